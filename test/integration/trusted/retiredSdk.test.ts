import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyCodeAction, closeAllEditors, codeActionsAt, removeScratch, ruleIdOf, waitForDiagnostics, workspaceRoot } from '../helpers';

// A v1-era project written into the workspace: package.json pins @unkey/api 0.x, so the code is
// judged against 0.x even where its shape alone would say nothing.
const PACKAGE_JSON = '{\n  "dependencies": {\n    "@unkey/api": "^0.26.0"\n  }\n}\n';
const CODE = 'import { Unkey } from "@unkey/api";\n\nconst unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });\n\nexport const check = (key: string) => unkey.keys.verifyKey({ key, apiId: "api_123" });\n';

describe('retired-sdk in a v1-era project', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  async function project(): Promise<vscode.Uri> {
    // Written before any of it is opened, so no open model can be reloaded under a test.
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `sdk-${Date.now()}`);
    fs.mkdirSync(path.join(dir.fsPath, 'src'), { recursive: true });
    fs.writeFileSync(path.join(dir.fsPath, 'package.json'), PACKAGE_JSON);
    fs.writeFileSync(path.join(dir.fsPath, 'src', 'check.ts'), CODE);
    return dir;
  }

  it('applies "Migrate to @unkey/api v2" on a call, judged by the package.json up the tree', async () => {
    const dir = await project();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(dir, 'src', 'check.ts'));
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleIdOf(x) === 'retired-sdk'));
    const found = diagnostics.filter((x) => ruleIdOf(x) === 'retired-sdk');
    assert.deepEqual(found.map((x) => document.getText(x.range)), ['apiId']);
    const actions = await codeActionsAt(document.uri, found[0].range, vscode.CodeActionKind.QuickFix);
    const migrate = actions.find((a) => a.edit && /^Fix: migrate to @unkey\/api v2 \(retired-sdk\)$/i.test(a.title));
    assert.ok(migrate, `the migration among: ${actions.map((a) => a.title).join(' | ')}`);
    await applyCodeAction(migrate);
    assert.equal(document.getText(), CODE.replace(', apiId: "api_123"', ''));
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => ruleIdOf(x) === 'retired-sdk'));
  });

  it('reports package.json once and suggests the 2.x range', async () => {
    const dir = await project();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(dir, 'package.json'));
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleIdOf(x) === 'retired-sdk'));
    const found = diagnostics.filter((x) => ruleIdOf(x) === 'retired-sdk');
    assert.deepEqual(found.map((x) => document.getText(x.range)), ['"^0.26.0"']);
    const actions = await codeActionsAt(document.uri, found[0].range, vscode.CodeActionKind.QuickFix);
    const depend = actions.find((a) => a.edit && a.title === 'Depend on @unkey/api ^2.5.1 (retired-sdk)');
    assert.ok(depend, `the suggestion among: ${actions.map((a) => a.title).join(' | ')}`);
    // No disable comment is offered: JSON has none.
    assert.ok(!actions.some((a) => a.title.startsWith('Disable')), actions.map((a) => a.title).join(' | '));
    await applyCodeAction(depend);
    assert.equal(document.getText(), PACKAGE_JSON.replace('^0.26.0', '^2.5.1'));
  });
});
