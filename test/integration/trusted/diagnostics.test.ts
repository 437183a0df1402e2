import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { READ_LANGUAGE_IDS } from '../../../src/extension/config';
import { FIXTURES, expectedDescriptions } from '../expected';
import {
  closeAllEditors, describeAll, openFixture, openScratchCopy,
  removeScratch, ruleIdOf, waitForDiagnostics, waitForExactly,
} from '../helpers';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning };

describe('diagnostics', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  for (const [file, findings] of Object.entries(FIXTURES)) {
    it(`reports the expected rule ids and ranges in ${file}`, async () => {
      const { document } = await openFixture(file);
      assert.ok(READ_LANGUAGE_IDS.includes(document.languageId), `${file} opens as a language the extension reads (got "${document.languageId}")`);
      const diagnostics = await waitForExactly(document.uri, expectedDescriptions(document.getText(), findings));

      for (const diagnostic of diagnostics) {
        const rule = ruleIdOf(diagnostic);
        const expected = findings.find((f) => f.rule === rule && diagnostic.range.start.line === f.line - 1);
        assert.ok(expected, `unexpected ${rule}`);
        assert.equal(diagnostic.source, 'unkey-lint');
        assert.equal(diagnostic.severity, SEVERITY[expected.severity], `severity of ${rule}`);
        assert.ok(typeof diagnostic.code === 'object', 'code carries a link to the rule docs');
        // A command link that opens the rule's bundled page in the Markdown preview (offline).
        assert.equal(diagnostic.code.target.scheme, 'command');
        assert.equal(diagnostic.code.target.path, 'unkeyLint.showRuleDocs');
        assert.deepEqual(JSON.parse(decodeURIComponent(diagnostic.code.target.query)), [rule]);
        assert.match(diagnostic.message, /\S/);
      }
    });
  }

  it('follows edits: a finding disappears when the code is corrected and comes back when it is broken again', async () => {
    const editor = await openScratchCopy('src/client.ts');
    const { document } = editor;
    const rules = (d: vscode.Diagnostic[]) => d.map(ruleIdOf).sort().join(',');
    await waitForDiagnostics(document.uri, (d) => rules(d) === 'malformed-bearer,missing-authorization');

    const bearer = document.getText().indexOf("'bearer '");
    const word = new vscode.Range(document.positionAt(bearer + 1), document.positionAt(bearer + 2));
    await editor.edit((edit) => edit.replace(word, 'B'));
    await waitForDiagnostics(document.uri, (d) => rules(d) === 'missing-authorization');

    await editor.edit((edit) => edit.replace(word, 'b'));
    await waitForDiagnostics(document.uri, (d) => rules(d) === 'malformed-bearer,missing-authorization');
  });

  it('lints half-typed code: a finding on a complete call survives a syntax error elsewhere', async () => {
    const editor = await openScratchCopy('src/client.ts');
    const { document } = editor;
    await waitForDiagnostics(document.uri, (d) => d.length === 2);
    // An unterminated call at the end of the file, as while typing.
    await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\nconst pending = fetch("https://api.unkey.com/v2/keys.getKey", { method: '));
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleIdOf(x) === 'malformed-bearer'));
    assert.ok(describeAll(diagnostics).some((d) => d.startsWith('malformed-bearer@25:')), 'the malformed header on line 25 is still reported');
  });

  it('a file nested too deep for the parser: the call above the deep part is reported, with an information diagnostic on line 1', async () => {
    const deep = `const a = ${'['.repeat(2000)}1${']'.repeat(2000)};\n`;
    const editor = await openScratchCopy('src/deep.ts', `await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", body: "{}" });\n${deep}`);
    // The notice has no rule, so no code: selected by source.
    const diagnostics = await waitForDiagnostics(editor.document.uri, (d) => d.length === 2, 20_000, (d) => d.source === 'unkey-lint');
    const notice = diagnostics.find((d) => d.severity === vscode.DiagnosticSeverity.Information);
    assert.ok(notice, describeAll(diagnostics).join('; '));
    assert.equal(notice.range.start.line, 0);
    assert.equal(notice.source, 'unkey-lint');
    assert.match(notice.message, /could not be fully analysed: nesting too deep/);
    assert.ok(diagnostics.some((d) => ruleIdOf(d) === 'missing-authorization'));
  });
});
