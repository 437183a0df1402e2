import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { FIXTURES, SKIPPED_BY_SCAN, expectedRange } from '../expected';
import { EXTENSION_ID, fixtureUri, note, readWorkspaceFile, ruleIdOf, waitForDiagnostics, workspaceRoot } from '../helpers';

// Diagnostics from the problem matcher carry the rule id as a plain string; the extension's own carry
// { value, target }. The workspace-scan test may have left the latter on the same files.
const fromMatcher = (d: vscode.Diagnostic) => d.source === 'unkey-lint' && typeof d.code === 'string';
const startOf = (d: vscode.Diagnostic) => `${ruleIdOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`;

describe('the $unkey-lint problem matcher', () => {
  it('fills the Problems panel from a task that runs the CLI', async function () {
    // A task starts a terminal and a Node process: slower than the rest on a busy machine.
    this.timeout(90_000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    // Markers are keyed by owner: with the owner of the extension's own diagnostics, a task run and the
    // extension would overwrite each other's entries, and the host hides such markers from extensions.
    const matcher = extension.packageJSON.contributes.problemMatchers.find((m: { name: string }) => m.name === 'unkey-lint');
    assert.notEqual(matcher.owner, 'unkey-lint', 'the problem matcher has an owner of its own');
    const cli = path.join(extension.extensionPath, 'dist', 'cli.js');
    const folder = vscode.workspace.workspaceFolders![0];
    const task = new vscode.Task(
      { type: 'process', label: 'unkey-lint' }, folder, 'unkey-lint', 'unkey-lint',
      new vscode.ProcessExecution(process.execPath, [cli, '.'], { cwd: workspaceRoot().fsPath }),
      ['$unkey-lint'],
    );
    const ended = new Promise<number | undefined>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the task did not end within 45 s')), 45_000);
      const subscription = vscode.tasks.onDidEndTaskProcess((event) => {
        if (event.execution.task.name !== 'unkey-lint') return;
        clearTimeout(timer);
        subscription.dispose();
        resolve(event.exitCode);
      });
    });
    const started = Date.now();
    await vscode.tasks.executeTask(task);
    assert.equal(await ended, 1, 'the CLI exits with 1 when it finds errors');
    note(`the task ran in ${Date.now() - started} ms`);

    for (const [file, findings] of Object.entries(FIXTURES)) {
      const text = readWorkspaceFile(file);
      const want = findings.map((f) => { const r = expectedRange(text, f); return `${f.rule}@${r.start.line + 1}:${r.start.character + 1}`; }).sort();
      const same = (d: vscode.Diagnostic[]) => JSON.stringify(d.map(startOf).sort()) === JSON.stringify(want);
      await waitForDiagnostics(fixtureUri(file), same, 15_000, fromMatcher);
    }
    for (const file of SKIPPED_BY_SCAN) {
      assert.deepEqual(vscode.languages.getDiagnostics(fixtureUri(file)).filter(fromMatcher), [], `${file} is not linted`);
    }
  });
});
