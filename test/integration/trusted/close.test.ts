import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, describeAll, waitForExactly, waitForNoFindings } from '../helpers';

// A call that needs a root key and sends no Authorization header: exactly one missing-authorization.
const CONTENT = [
  "const response = await fetch('https://api.unkey.com/v2/keys.createKey', {",
  "  method: 'POST',",
  "  headers: { 'Content-Type': 'application/json' },",
  "  body: JSON.stringify({ apiId: 'api_123' }),",
  '});',
  '',
].join('\n');

/** Resolves when the host closes the document at `uri` (disposes its model), not merely its editor. */
function documentClosed(uri: vscode.Uri, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.toString() !== uri.toString()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${uri.toString(true)} to close`));
    }, timeoutMs);
  });
}

describe('close', () => {
  let document: vscode.TextDocument | undefined;

  afterEach(async () => {
    // A failed test can leave the dirty buffer open; closing it plainly would ask to save it.
    if (document && !document.isClosed) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    document = undefined;
    await closeAllEditors();
  });

  // An untitled buffer, because closing a file's editor leaves its document alive in the host (no close
  // event); reverting an untitled buffer disposes it, so the host really closes the document.
  it('removes the diagnostics of a document when it is closed', async () => {
    document = await vscode.workspace.openTextDocument({ language: 'typescript', content: CONTENT });
    const { uri } = document;
    assert.equal(uri.scheme, 'untitled');
    await vscode.window.showTextDocument(document);
    const before = await waitForExactly(uri, ['missing-authorization@1:24-1:71']);
    assert.equal(before.length, 1, 'the open document has its finding before it is closed');

    const closed = documentClosed(uri);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    assert.ok(document.isClosed);

    // Diagnostics reach getDiagnostics through the main process, so the removal lands a moment later.
    await waitForNoFindings(uri, 5_000);
    assert.deepEqual(describeAll(vscode.languages.getDiagnostics(uri)), [], 'no diagnostics of any source remain');
  });
});
