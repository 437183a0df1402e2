import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURES, expectedDescriptions, expectedRange } from '../expected';
import {
  closeAllEditors, codeActionsAt, openFixture, openScratchCopy, removeScratch, ruleIdOf, setSetting,
  unkeyDiagnostics, waitForDiagnostics, waitForExactly,
} from '../helpers';

const rulesOf = (d: vscode.Diagnostic[]) => d.map(ruleIdOf).sort().join(',');

describe('settings', () => {
  const restores: Array<() => Promise<void>> = [];
  const set = async (section: string, key: string, value: unknown) => restores.push(await setSetting(section, key, value));
  afterEach(async () => {
    while (restores.length) await restores.pop()!();
    await closeAllEditors();
    await removeScratch();
  });

  it('turns a rule off and re-levels it through unkeyLint.rules', async () => {
    const { document } = await openFixture('src/client.ts');
    await waitForExactly(document.uri, expectedDescriptions(document.getText(), FIXTURES['src/client.ts']));

    await set('unkeyLint', 'rules', { 'malformed-bearer': 'off' });
    await waitForDiagnostics(document.uri, (d) => rulesOf(d) === 'missing-authorization');

    await vscode.workspace.getConfiguration('unkeyLint').update('rules', { 'malformed-bearer': 'warning', 'missing-authorization': 'info' }, vscode.ConfigurationTarget.Workspace);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => rulesOf(d) === 'malformed-bearer,missing-authorization'
      && d.every((x) => x.severity !== vscode.DiagnosticSeverity.Error));
    const severity = (rule: string) => diagnostics.find((d) => ruleIdOf(d) === rule)?.severity;
    assert.equal(severity('malformed-bearer'), vscode.DiagnosticSeverity.Warning);
    assert.equal(severity('missing-authorization'), vscode.DiagnosticSeverity.Information);
  });

  it('shows nothing while unkeyLint.enable is false, and everything again when it is back on', async () => {
    const { document } = await openFixture('src/admin.js');
    const want = expectedDescriptions(document.getText(), FIXTURES['src/admin.js']);
    await waitForExactly(document.uri, want);
    await set('unkeyLint', 'enable', false);
    await waitForDiagnostics(document.uri, (d) => d.length === 0);
    await restores.pop()!();
    await waitForExactly(document.uri, want);
  });

  it('writes fixes with the env var named by unkeyLint.envVarName', async () => {
    await set('unkeyLint', 'envVarName', 'ACME_UNKEY_KEY');
    const { document } = await openScratchCopy('src/client.ts');
    const finding = FIXTURES['src/client.ts'][0];
    const range = expectedRange(document.getText(), finding);
    await waitForDiagnostics(document.uri, (d) => d.length === 2);
    const actions = await codeActionsAt(document.uri, range, vscode.CodeActionKind.QuickFix);
    const fix = actions.find((a) => a.isPreferred && a.title.endsWith(`(${finding.rule})`));
    assert.ok(fix?.edit, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    const inserted = fix.edit.get(document.uri).map((e) => e.newText).join('');
    assert.match(inserted, /Authorization: `Bearer \$\{process\.env\.ACME_UNKEY_KEY\}`/);
  });

  it('judges calls to the hosts listed in unkeyLint.hosts', async () => {
    const code = "export const create = () => fetch('https://unkey.internal.example/v2/keys.createKey', { method: 'POST' });\n";
    const { document } = await openScratchCopy('src/client.ts', code);
    const marker = await openFixture('src/client.ts');
    // Not an Unkey host by default: the scratch file stays clean once the extension has linted it.
    await waitForDiagnostics(marker.document.uri, (d) => d.length > 0);
    assert.equal(unkeyDiagnostics(document.uri).length, 0);

    await set('unkeyLint', 'hosts', ['api.unkey.com', 'unkey.internal.example']);
    await waitForDiagnostics(document.uri, (d) => rulesOf(d) === 'missing-authorization');
  });
});
