import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { FIXTURES, SKIPPED_BY_SCAN, expectedDescriptions } from '../expected';
import { closeAllEditors, describeAll, fixtureUri, isExtensionDiagnostic, readWorkspaceFile, unkeyDiagnostics, workspaceRoot } from '../helpers';

interface LintWorkspaceResult {
  files: number;
  problems: number;
  filesWithProblems: number;
  skipped: number;
  cancelled: boolean;
}

describe('Unkey Lint: Lint Workspace', () => {
  before(closeAllEditors);

  it('lints every matching file without opening it, fills the Problems panel and returns the counts', async () => {
    const command = 'unkeyLint.lintWorkspace';
    assert.ok((await vscode.commands.getCommands(true)).includes(command), `${command} is registered`);
    const result = await vscode.commands.executeCommand<LintWorkspaceResult>(command);

    const expectedProblems = Object.values(FIXTURES).reduce((n, findings) => n + findings.length, 0);
    assert.equal(result.cancelled, false);
    assert.equal(result.problems, expectedProblems, 'problems');
    assert.equal(result.filesWithProblems, Object.keys(FIXTURES).length, 'files with problems');
    assert.ok(result.files >= Object.keys(FIXTURES).length, `files checked: ${result.files}`);

    for (const [file, findings] of Object.entries(FIXTURES)) {
      const uri = fixtureUri(file);
      assert.deepEqual(describeAll(unkeyDiagnostics(uri)), expectedDescriptions(readWorkspaceFile(file), findings), `Problems for ${file}`);
    }
    for (const file of SKIPPED_BY_SCAN) {
      assert.deepEqual(unkeyDiagnostics(fixtureUri(file)), [], `${file} is build output and is not scanned`);
    }
    // Documents other tests opened (and deleted) can outlive their editors with their diagnostics;
    // count the files that are in the workspace now.
    const total = vscode.languages.getDiagnostics()
      .filter(([uri]) => uri.scheme === 'file' && uri.fsPath.startsWith(workspaceRoot().fsPath) && fs.existsSync(uri.fsPath))
      .reduce((n, [, d]) => n + d.filter(isExtensionDiagnostic).length, 0);
    assert.equal(total, result.problems, 'the Problems panel holds exactly the reported problems');
  });
});
