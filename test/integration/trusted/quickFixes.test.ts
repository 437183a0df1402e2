import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURES, allFixed, applyReplacement, describeRange, expectedDescriptions, expectedRange } from '../expected';
import {
  applyCodeAction, closeAllEditors, codeActionsAt, openScratchCopy, readWorkspaceFile, removeScratch, ruleIdOf,
  waitForDiagnostics, waitForExactly,
} from '../helpers';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('unkeyLint');
const NOT_AN_EDIT = /^(Disable|Show documentation)/;

describe('quick fixes', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  for (const [file, findings] of Object.entries(FIXTURES)) {
    for (const finding of findings) {
      const change = finding.fix ?? finding.suggestion;
      if (!change) continue;
      const kind = finding.fix ? 'preferred fix' : 'suggestion';
      it(`applies the ${kind} for ${finding.rule} in ${file}`, async () => {
        const { document } = await openScratchCopy(file);
        const original = document.getText();
        const range = expectedRange(original, finding);
        const here = describeRange(finding.rule, range);
        await waitForDiagnostics(document.uri, (d) => d.some((x) => describeRange(String(ruleIdOf(x)), x.range) === here));

        const actions = await codeActionsAt(document.uri, range, vscode.CodeActionKind.QuickFix);
        // executeCodeActionProvider does not hand back an action's diagnostics; its title names the rule.
        const forRule = actions.filter((a) => a.edit && !NOT_AN_EDIT.test(a.title) && a.title.endsWith(`(${finding.rule})`));
        const action = finding.fix ? forRule.find((a) => a.isPreferred) : forRule.find((a) => !a.isPreferred);
        assert.ok(action, `a ${kind} among: ${actions.map((a) => a.title).join(' | ')}`);
        assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);

        await applyCodeAction(action);
        assert.equal(document.getText(), applyReplacement(original, change));
        // The finding is gone; the others stay.
        await waitForDiagnostics(document.uri, (d) =>
          !d.some((x) => ruleIdOf(x) === finding.rule && x.range.start.line === range.start.line)
          && d.length === findings.length - 1);
      });
    }
  }

  for (const file of ['src/client.ts', 'scripts/create-key.sh']) {
    it(`keeps CRLF line endings when a fix inserts lines in ${file}`, async () => {
      const finding = FIXTURES[file].find((f) => f.rule === 'missing-authorization')!;
      const lf = readWorkspaceFile(file);
      const { document } = await openScratchCopy(file, lf.replace(/\n/g, '\r\n'));
      assert.equal(document.eol, vscode.EndOfLine.CRLF);
      const range = expectedRange(document.getText().replace(/\r\n/g, '\n'), finding);
      await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleIdOf(x) === finding.rule && x.range.isEqual(range)));
      const actions = await codeActionsAt(document.uri, range, vscode.CodeActionKind.QuickFix);
      const fix = actions.find((a) => a.isPreferred && a.title.endsWith(`(${finding.rule})`));
      assert.ok(fix, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
      await applyCodeAction(fix);
      assert.equal(document.getText(), applyReplacement(lf, finding.fix!).replace(/\n/g, '\r\n'));
    });
  }

  it('lists disable actions last, with no diagnostic, never preferred; a finding with no fix gets the docs first', async () => {
    const code = [
      'export async function call(keyId: string, key: string) {',
      '  await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: `Bearer ${keyId} ${key}` } });',
      '  await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "Basic " + key } });',
      '}',
      '',
    ].join('\n');
    const { document } = await openScratchCopy('src/client.ts', code);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 2);
    for (const [i, first] of [[0, /^Show documentation for malformed-bearer$/], [1, /^Send "Bearer" with the root key from UNKEY_ROOT_KEY/]] as const) {
      const actions = await codeActionsAt(document.uri, diagnostics[i].range, vscode.CodeActionKind.QuickFix);
      const titles = actions.map((a) => a.title);
      // The order VS Code shows them in (the command returns the menu's sorted list); the first is focused.
      assert.match(titles[0], first, titles.join(' | '));
      const firstDisable = titles.findIndex((t) => t.startsWith('Disable'));
      assert.ok(firstDisable > 0, titles.join(' | '));
      assert.ok(titles.slice(firstDisable).every((t) => t.startsWith('Disable')), `disable actions last: ${titles.join(' | ')}`);
      for (const action of actions.filter((a) => a.title.startsWith('Disable'))) {
        assert.ok(!action.isPreferred, `${action.title} is not preferred`);
        assert.ok(!action.diagnostics?.length, `${action.title} carries no diagnostic, so the menu sorts it after the fixes`);
      }
    }
  });

  it('offers "Fix all unkey-lint problems in this file", which applies every fix but no suggestion', async () => {
    const findings = FIXTURES['src/KeyTable.tsx'].concat();
    const { document } = await openScratchCopy('src/KeyTable.tsx');
    const original = document.getText();
    const diagnostics = await waitForExactly(document.uri, expectedDescriptions(original, findings));
    const actions = await codeActionsAt(document.uri, diagnostics[0].range, vscode.CodeActionKind.QuickFix);
    const fixAll = actions.find((a) => a.title === 'Fix all unkey-lint problems in this file');
    assert.ok(fixAll, `fix-all among: ${actions.map((a) => a.title).join(' | ')}`);
    await applyCodeAction(fixAll);
    assert.equal(document.getText(), allFixed(original, findings));
  });

  for (const file of ['src/client.ts', 'src/admin.js', 'docs/api.md', 'requests/keys.http']) {
    it(`provides ${FIX_ALL_KIND.value} for ${file}`, async () => {
      const findings = FIXTURES[file];
      const { document } = await openScratchCopy(file);
      const original = document.getText();
      await waitForExactly(document.uri, expectedDescriptions(original, findings));
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const actions = await codeActionsAt(document.uri, whole, FIX_ALL_KIND);
      const fixAll = actions.find((a) => a.kind?.value === FIX_ALL_KIND.value);
      assert.ok(fixAll, `a ${FIX_ALL_KIND.value} action among: ${actions.map((a) => `${a.title} [${a.kind?.value}]`).join(' | ')}`);
      await applyCodeAction(fixAll);
      assert.equal(document.getText(), allFixed(original, findings));
      await waitForDiagnostics(document.uri, (d) => d.length === findings.filter((f) => !f.fix).length);
    });
  }
});
