import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURES, MASKED_KEY, expectedRange } from '../expected';
import { closeAllEditors, openFixture, unkeyHoverText, waitForDiagnostics } from '../helpers';

/** Position of the first `needle` in the document, plus `delta` characters. */
function at(document: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `the fixture holds ${needle}`);
  return document.positionAt(offset + delta);
}

describe('hover', () => {
  afterEach(closeAllEditors);

  it('shows a key literal masked, never whole', async () => {
    const { document } = await openFixture('src/KeyTable.tsx');
    const finding = FIXTURES['src/KeyTable.tsx'].find((f) => f.rule === 'hardcoded-root-key')!;
    const key = finding.text;
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    const text = await unkeyHoverText(document.uri, expectedRange(document.getText(), finding).start.translate(0, 8));
    assert.ok(text.includes(MASKED_KEY), `the hover names the key as ${MASKED_KEY}: ${text}`);
    assert.ok(!text.includes(key), 'the hover does not hold the whole key');
  });

  it('masks the key in the hover of an Authorization value built from it', async () => {
    const { document } = await openFixture('src/KeyTable.tsx');
    const key = FIXTURES['src/KeyTable.tsx'].find((f) => f.rule === 'hardcoded-root-key')!.text;
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    const text = await unkeyHoverText(document.uri, at(document, 'Authorization: ROOT_KEY', 16));
    assert.match(text, /apis\.listKeys/);
    assert.ok(!text.includes(key), 'the hover does not hold the whole key');
  });

  it('explains what the server will do with a malformed Authorization value', async () => {
    const { document } = await openFixture('src/client.ts');
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    const text = await unkeyHoverText(document.uri, at(document, "'bearer ' + rootKey"));
    assert.match(text, /\/v2\/keys\.deleteKey/, 'the endpoint');
    assert.match(text, /root key/, 'whether it needs a root key');
    assert.match(text, /authentication\/malformed|HTTP 400/, 'what the server answers');
  });

  it('adds what the diagnostic does not say: permission, the request as sent, the rule\'s docs; never the message again', async () => {
    const { document } = await openFixture('src/client.ts');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => x.message.includes('capital B')));
    const message = diagnostics.find((x) => x.message.includes('capital B'))!.message;
    const text = await unkeyHoverText(document.uri, at(document, "'bearer ' + rootKey"));
    assert.ok(!text.includes(message), `the diagnostic's message is not repeated: ${text}`);
    assert.match(text, /Root key permission: .*api\.\*\.delete_key/, 'the permission the root key needs');
    assert.match(text, /Sends `Authorization: bearer \$\{rootKey\}`/, 'the request as the server receives it');
    assert.match(text, /unkey-lint#malformed-bearer/, 'the rule\'s docs');
  });

  it('tells that an endpoint needs no key', async () => {
    const { document } = await openFixture('src/client.ts');
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    const text = await unkeyHoverText(document.uri, at(document, "fetch('https://api.unkey.com/v2/liveness')", 10));
    assert.match(text, /\/v2\/liveness/);
    assert.doesNotMatch(text, /needs a root key/);
  });
});
