import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURES, applyReplacement, expectedRange } from '../expected';
import { applyCodeAction, closeAllEditors, codeActionsAt, openScratchCopy, removeScratch, ruleIdOf, waitForDiagnostics } from '../helpers';

interface DisableCase {
  file: string;
  rule: string;
  scope: 'line' | 'file';
  /** The comment the action must insert, as a replacement on the fixture text. */
  insert: { from: string; to: string };
}

const CASES: DisableCase[] = [
  {
    file: 'src/client.ts', rule: 'malformed-bearer', scope: 'line',
    insert: { from: "    headers: { Authorization: 'bearer '", to: "    // unkey-lint-disable-next-line malformed-bearer\n    headers: { Authorization: 'bearer '" },
  },
  {
    file: 'requests/keys.http', rule: 'malformed-bearer', scope: 'line',
    insert: { from: 'Authorization: {{$dotenv', to: '# unkey-lint-disable-next-line malformed-bearer\nAuthorization: {{$dotenv' },
  },
  {
    // Inside a ```ts fence the comment is the fenced language's.
    file: 'docs/api.md', rule: 'malformed-bearer', scope: 'line',
    insert: { from: '  headers: { Authorization: "Token', to: '  // unkey-lint-disable-next-line malformed-bearer\n  headers: { Authorization: "Token' },
  },
  {
    file: 'Dockerfile', rule: 'malformed-bearer', scope: 'line',
    insert: { from: '      -H "Authorization: $UNKEY', to: '      # unkey-lint-disable-next-line malformed-bearer\n      -H "Authorization: $UNKEY' },
  },
  {
    file: 'src/admin.js', rule: 'missing-authorization', scope: 'file',
    insert: { from: '// Admin tasks', to: '// unkey-lint-disable missing-authorization\n// Admin tasks' },
  },
  {
    // After the shebang, which must stay on the first line.
    file: 'scripts/create-key.sh', rule: 'unexpanded-env-var', scope: 'file',
    insert: { from: '#!/usr/bin/env bash\n', to: '#!/usr/bin/env bash\n# unkey-lint-disable unexpanded-env-var\n' },
  },
];

describe('disable comments', () => {
  afterEach(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  for (const { file, rule, scope, insert } of CASES) {
    it(`"Disable ${rule} for this ${scope}" in ${file} inserts a comment the engine honours`, async () => {
      const findings = FIXTURES[file];
      const finding = findings.find((f) => f.rule === rule);
      assert.ok(finding, `the fixture table has ${rule} in ${file}`);
      const { document } = await openScratchCopy(file);
      const original = document.getText();
      const range = expectedRange(original, finding);
      await waitForDiagnostics(document.uri, (d) => d.length === findings.length);

      const actions = await codeActionsAt(document.uri, range, vscode.CodeActionKind.QuickFix);
      const title = `Disable ${rule} for this ${scope}`;
      const action = actions.find((a) => a.title === title);
      assert.ok(action, `"${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(action.isPreferred ?? false, false, 'a disable action is never the preferred fix');
      await applyCodeAction(action);

      assert.equal(document.getText(), applyReplacement(original, insert));
      const others = findings.filter((f) => f.rule !== rule).map((f) => f.rule).sort();
      await waitForDiagnostics(document.uri, (d) => JSON.stringify(d.map(ruleIdOf).sort()) === JSON.stringify(others));
    });
  }

  it('offers "Show documentation" for each finding, running the docs command with the rule id', async () => {
    const { document } = await openScratchCopy('src/client.ts');
    const finding = FIXTURES['src/client.ts'][1];
    const range = expectedRange(document.getText(), finding);
    await waitForDiagnostics(document.uri, (d) => d.length === 2);
    const actions = await codeActionsAt(document.uri, range, vscode.CodeActionKind.QuickFix);
    const docs = actions.find((a) => a.title === `Show documentation for ${finding.rule}`);
    assert.ok(docs?.command, `a docs action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.deepEqual(docs.command.arguments, [finding.rule]);
    assert.ok((await vscode.commands.getCommands(true)).includes(docs.command.command), 'its command is registered');
    // Running it opens the rule's page shipped in the extension in the Markdown preview (no network).
    await vscode.commands.executeCommand(docs.command.command, ...docs.command.arguments);
    const page = `${finding.rule}.md`;
    const deadline = Date.now() + 15_000;
    const previewTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes(page));
    while (!previewTab() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(previewTab(), `a Markdown preview of ${page} among: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(' | ')}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
