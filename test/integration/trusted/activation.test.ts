import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitUntil } from '../helpers';

describe('activation', () => {
  it('activates when a TypeScript file is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is loaded`);
    await openFixture('src/client.ts');
    await waitUntil(() => extension.isActive, 10_000, 'the extension to activate');
    assert.equal(vscode.workspace.isTrusted, true);
  });
});
