import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, describeAll, openScratchCopy, removeScratch, unkeyDiagnostics, waitForExactly } from '../helpers';

const BEFORE = [
  'const key = process.env.UNKEY_ROOT_KEY;',
  'await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer " + key } });',
  '',
  '',
].join('\n');
// Typed on line 4, a character at a time; most prefixes do not parse.
const TYPED = 'await fetch(`https://api.unkey.com/v2/keys.createKey`, { method: "POST" });';

/** Resolves with the next publication of the extension's diagnostics for `uri`, or undefined after `ms`. */
function nextPublication(uri: vscode.Uri, ms: number): Promise<vscode.Diagnostic[] | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve(undefined);
    }, ms);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(unkeyDiagnostics(uri));
    });
  });
}

describe('typing', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  it('keeps the findings on untouched lines while a typed call does not parse, and publishes fresh ones once it does', async function () {
    this.timeout(120_000);
    const editor = await openScratchCopy('src/client.ts', BEFORE);
    const { document } = editor;
    await waitForExactly(document.uri, ['malformed-bearer@2:97-2:112']);

    const published: string[][] = [];
    for (let i = 0; i < TYPED.length; i++) {
      const next = nextPublication(document.uri, 3000);
      const ok = await editor.edit((edit) => edit.insert(new vscode.Position(3, i), TYPED[i]), { undoStopBefore: false, undoStopAfter: false });
      assert.ok(ok, `typed character ${i}`);
      // Each character is linted after the debounce: wait for that publication before the next one.
      const diagnostics = await next;
      if (diagnostics) published.push(describeAll(diagnostics));
    }
    assert.equal(document.lineAt(3).text, TYPED);
    assert.ok(published.length >= TYPED.length / 2, `most characters were linted (${published.length} of ${TYPED.length})`);
    const empty = published.filter((d) => d.length === 0).length;
    assert.equal(empty, 0, 'no empty publication while typing');
    const lost = published.filter((d) => !d.includes('malformed-bearer@2:97-2:112'));
    assert.deepEqual(lost, [], 'the finding on line 2 never went away');

    // The finished call parses: its own finding is fresh.
    await waitForExactly(document.uri, ['malformed-bearer@2:97-2:112', 'missing-authorization@4:7-4:54']);
  });

  it('drops a held finding on a line the broken edit touched', async () => {
    const editor = await openScratchCopy('src/client.ts', BEFORE);
    const { document } = editor;
    await waitForExactly(document.uri, ['malformed-bearer@2:97-2:112']);
    const next = nextPublication(document.uri, 5000);
    // Break line 2 itself (an unclosed call): its old finding must not stay pinned to text that changed.
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 5), ' fetch("https://api.unkey.com/v2/keys.createKey", {'));
    const after = await next;
    assert.ok(after, 'published');
    assert.ok(!describeAll(after).includes('malformed-bearer@2:97-2:112'), `stale finding dropped: ${describeAll(after).join(', ')}`);
  });
});
