import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
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

  it('activates from a small entry bundle; the engine is a bundle of its own, loaded after activation', () => {
    const extension = vscode.extensions.getExtension<UnkeyLintApi>(EXTENSION_ID);
    assert.ok(extension);
    const entry = fs.readFileSync(path.join(extension.extensionPath, extension.packageJSON.main), 'utf8');
    const engine = fs.readFileSync(path.join(path.dirname(path.join(extension.extensionPath, extension.packageJSON.main)), 'extension-engine.js'), 'utf8');
    // The rule table (every rule id) is in the engine, not in what VS Code loads to activate.
    for (const id of ['missing-authorization', 'hardcoded-root-key']) {
      assert.ok(!entry.includes(`"${id}"`) && !entry.includes(`'${id}'`), `the entry bundle holds the rule ${id}`);
      assert.ok(engine.includes(id), `the engine bundle holds the rule ${id}`);
    }
    assert.ok(Buffer.byteLength(entry) < 16 * 1024, `the entry bundle is ${Buffer.byteLength(entry)} bytes`);
  });

  it('runs a command invoked right after activation, loading the engine first if it is not there yet', async () => {
    const extension = vscode.extensions.getExtension<UnkeyLintApi>(EXTENSION_ID);
    assert.ok(extension);
    // Invoked the moment activate() has returned (before the engine's scheduled load, unless another test
    // activated the extension earlier): the commands' shims load the engine and run its handler.
    const results = await extension.activate().then((exports) => Promise.all([
      vscode.commands.executeCommand('unkeyLint.showRuleDocs', 'no-such-rule'),
      vscode.commands.executeCommand('unkeyLint.cancelKeyTest'),
      exports,
    ]));
    assert.equal(results[0], false, 'the docs command refuses an unknown rule');
    assert.equal(results[1], 0, 'no key test was running');
    const engineLoadMs = results[2].engineLoadMs;
    assert.ok(typeof engineLoadMs === 'number' && engineLoadMs > 0, `the engine is loaded (engineLoadMs ${engineLoadMs})`);
    // And it lints: the first publication for a document opened now.
    const published: Publication[] = [];
    const subscription = results[2].onDidPublish((publication) => published.push(publication));
    try {
      const editor = await openScratchCopy('src/client.ts', TEXT);
      await waitUntil(() => published.some((p) => p.uri.toString() === editor.document.uri.toString()), 10_000, 'the first publication');
    } finally {
      subscription.dispose();
    }
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
      // Linted by the change's timer, or sooner by a code-action request for the new version (VS Code asks
      // after an edit; on a loaded machine that can come first): then the timer finds it done.
      await waitUntil(() => ours().some((p) => p.version === editor.document.version), 10_000, 'the lint after the change');
      const changed = ours().findIndex((p) => p.version === editor.document.version);
      assert.ok(changed >= before, 'published after the edit');
      const previous = ours()[changed - 1];
      if (ours()[changed].trigger === 'change') assert.equal(ours()[changed].delayMs, debounceMs(previous.lintMs), `waited as long as the previous lint (${previous.lintMs.toFixed(1)} ms)`);
      else assert.equal(ours()[changed].trigger, 'request');
      // The edit was in the comment between the two statements: neither was parsed again.
      assert.deepEqual(ours()[changed].reparse, { reparsed: 0, reused: 2 });

      // An edit inside the call: that statement alone is parsed again, and its finding goes.
      const fixedAt = editor.document.getText().indexOf('"bearer "') + 1;
      assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(fixedAt), editor.document.positionAt(fixedAt + 1)), 'B')));
      await waitUntil(() => ours().some((p) => p.version === editor.document.version), 10_000, 'the lint after the second change');
      assert.deepEqual(ours().find((p) => p.version === editor.document.version)?.reparse, { reparsed: 1, reused: 1 });
      await waitUntil(() => vscode.languages.getDiagnostics(editor.document.uri).length === 0, 10_000, 'the malformed scheme fixed by hand');
    } finally {
      subscription.dispose();
    }
  });
});
