import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { debounceMs } from '../../../src/extension/config';
import type { Publication } from '../../../src/extension/diagnostics';
import type { UnkeyLintApi } from '../../../src/extension/index';
import { closeAllEditors, EXTENSION_ID, openFixture, openScratchCopy, removeScratch, waitUntil } from '../helpers';

const TEXT = [
  'const key = process.env.UNKEY_ROOT_KEY;',
  '// a comment to type into',
  'await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer " + key } });',
  '',
].join('\n');

async function api(): Promise<UnkeyLintApi> {
  const extension = vscode.extensions.getExtension<UnkeyLintApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is loaded`);
  await openFixture('src/client.ts');
  await waitUntil(() => extension.isActive, 10_000, 'the extension to activate');
  return extension.exports;
}

describe('lint timing', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  it('reports its own activation time (code loading and activate()) through its exports', async () => {
    const { activationMs } = await api();
    assert.equal(typeof activationMs, 'number');
    assert.ok(activationMs > 0 && activationMs < 60_000, `activationMs ${activationMs}`);
  });

  it('lints an opened document at once, and a change after a wait no longer than its last lint took', async () => {
    const published: Publication[] = [];
    const subscription = (await api()).onDidPublish((publication) => published.push(publication));
    try {
      const editor = await openScratchCopy('src/client.ts', TEXT);
      const uri = editor.document.uri.toString();
      const ours = () => published.filter((p) => p.uri.toString() === uri);
      await waitUntil(() => ours().length > 0, 10_000, 'the first publication');
      // The first lint of an opened document comes from the open event itself, not from a timer.
      assert.deepEqual(ours().map((p) => [p.trigger, p.delayMs]), [['open', 0]]);

      const before = ours().length;
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(1, 10), 'x')));
      await waitUntil(() => ours().some((p) => p.trigger === 'change'), 10_000, 'the lint after the change');
      const changed = ours().findIndex((p) => p.trigger === 'change');
      assert.ok(changed >= before, 'published after the edit');
      const previous = ours()[changed - 1];
      assert.equal(ours()[changed].delayMs, debounceMs(previous.lintMs), `waited as long as the previous lint (${previous.lintMs.toFixed(1)} ms)`);
      assert.equal(ours()[changed].version, editor.document.version);
    } finally {
      subscription.dispose();
    }
  });
});
