import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURES, allFixed, applyReplacement, expectedDescriptions, expectedRange } from '../expected';
import {
  EXTENSION_ID, applyCodeAction, closeAllEditors, codeActionsAt, openFixture, openScratchCopy, removeScratch, ruleIdOf,
  waitForDiagnostics, waitForExactly,
} from '../helpers';

// The folder is opened with workspace trust enabled and never granted: Restricted Mode.
describe('Restricted Mode', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  it('runs in an untrusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON;
    assert.equal(manifest?.capabilities?.untrustedWorkspaces?.supported, 'limited');
  });

  for (const file of ['src/client.ts', 'docs/api.md']) {
    it(`reports the findings in ${file}`, async () => {
      const { document } = await openFixture(file);
      await waitForExactly(document.uri, expectedDescriptions(document.getText(), FIXTURES[file]));
    });
  }

  it('applies a quick fix', async () => {
    const finding = FIXTURES['src/client.ts'].find((f) => f.rule === 'malformed-bearer')!;
    const { document } = await openScratchCopy('src/client.ts');
    const original = document.getText();
    const range = expectedRange(original, finding);
    await waitForDiagnostics(document.uri, (d) => d.length === 2);
    const actions = await codeActionsAt(document.uri, range, vscode.CodeActionKind.QuickFix);
    const fix = actions.find((a) => a.isPreferred && a.title.endsWith(`(${finding.rule})`));
    assert.ok(fix, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    await applyCodeAction(fix);
    assert.equal(document.getText(), applyReplacement(original, finding.fix!));
    await waitForDiagnostics(document.uri, (d) => d.map(ruleIdOf).join() === 'missing-authorization');
  });

  it('fixes all problems of a file through source.fixAll.unkeyLint', async () => {
    const findings = FIXTURES['src/admin.js'];
    const { document } = await openScratchCopy('src/admin.js');
    const original = document.getText();
    await waitForExactly(document.uri, expectedDescriptions(original, findings));
    const kind = vscode.CodeActionKind.SourceFixAll.append('unkeyLint');
    const actions = await codeActionsAt(document.uri, new vscode.Range(0, 0, document.lineCount, 0), kind);
    const fixAll = actions.find((a) => a.kind?.value === kind.value);
    assert.ok(fixAll, 'a fix-all action');
    await applyCodeAction(fixAll);
    assert.equal(document.getText(), allFixed(original, findings));
  });

  it('scans the workspace', async () => {
    const result = await vscode.commands.executeCommand<{ problems: number; cancelled: boolean }>('unkeyLint.lintWorkspace');
    assert.equal(result.cancelled, false);
    assert.equal(result.problems, Object.values(FIXTURES).reduce((n, f) => n + f.length, 0));
  });
});
