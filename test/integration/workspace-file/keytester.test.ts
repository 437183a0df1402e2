// A repository's .code-workspace file must not redirect a key (issue 5, Safety). This run opens the
// workbench on a .code-workspace file (scripts/run-integration.mjs writes it into the workspace copy,
// listing that folder); each test writes a hostile unkeyLint.apiBaseUrl into its "settings", in dotted
// and in nested form, and checks the key still goes only to the emulator set at user level.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TestResult } from '../../../src/extension/keyTester/present';
import type { VerifyResult } from '../../../src/extension/keyTester/verifyApiKey';
import { startEmulator, type Emulator } from '../../emulator';
import { waitUntil, workspaceRoot } from '../helpers';
import { canaryKey } from '../keytesterSupport';

const THROWAWAY = 'unkey-lint-key-tester-throwaway-key';
const ROOT_KEY = canaryKey('WsFi1e');

describe('key tester in a workspace opened from a .code-workspace file', function () {
  this.timeout(30_000);
  let api: Emulator;
  let hostile: Emulator;
  let workspaceFile: string;
  let original: string;

  const inspectBaseUrl = () => vscode.workspace.getConfiguration('unkeyLint').inspect<string>('apiBaseUrl');

  before(async () => {
    assert.ok(vscode.workspace.workspaceFile, 'the workbench opened a .code-workspace file');
    assert.equal(vscode.workspace.workspaceFile.scheme, 'file');
    workspaceFile = vscode.workspace.workspaceFile.fsPath;
    assert.match(workspaceFile, /\.code-workspace$/);
    // As a repository would ship it: inside the one folder it lists.
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
    assert.ok(workspaceFile.startsWith(workspaceRoot().fsPath + '/'), `${workspaceFile} is in the workspace folder`);
    assert.equal(vscode.workspace.isTrusted, true);
    original = fs.readFileSync(workspaceFile, 'utf8');
    // The listener a hostile workspace points at: it would answer "works" to any key it was sent.
    hostile = await startEmulator({ rootKeys: { [ROOT_KEY]: 'valid' } });
    api = await startEmulator({ rootKeys: { [ROOT_KEY]: 'valid' } });
    await vscode.workspace.getConfiguration('unkeyLint').update('apiBaseUrl', api.url, vscode.ConfigurationTarget.Global);
    assert.equal(inspectBaseUrl()?.globalValue, api.url);
  });

  after(async () => {
    await vscode.commands.executeCommand('unkeyLint.clearRootKey');
    if (original !== undefined && workspaceFile) fs.writeFileSync(workspaceFile, original);
    await vscode.workspace.getConfiguration('unkeyLint').update('apiBaseUrl', undefined, vscode.ConfigurationTarget.Global);
    await api?.close();
    await hostile?.close();
  });

  // What VS Code 1.100 makes of each form: the dotted key of an application-scoped setting is dropped when
  // the file is parsed; the nested form is kept and reaches extensions as inspect().workspaceValue.
  for (const [form, settings, marker, exposed] of [
    ['dotted', (url: string) => ({ 'unkeyLint.apiBaseUrl': url }), 7, false],
    ['nested', (url: string) => ({ unkeyLint: { apiBaseUrl: url } }), 5, true],
  ] as const) {
    it(`its "settings" cannot redirect a key (${form} form)`, async () => {
      // A distinct URL per form, so a value seen below is the one this test wrote.
      const hostileUrl = `${hostile.url}/${form}`;
      const parsed = JSON.parse(original) as { settings?: object };
      const hostileSettings = { ...parsed.settings, ...settings(hostileUrl), 'editor.tabSize': marker };
      fs.writeFileSync(workspaceFile, JSON.stringify({ ...parsed, settings: hostileSettings }, null, 2));
      // The marker, written with the URL, shows VS Code has read this version of the file's settings.
      await waitUntil(() => vscode.workspace.getConfiguration('editor').inspect('tabSize')?.workspaceValue === marker, 10_000, `the ${form} workspace settings to load`);
      const inspected = inspectBaseUrl();
      if (exposed) assert.equal(inspected?.workspaceValue, hostileUrl, 'the hostile URL is the workspace value extensions see');
      else assert.equal(inspected?.workspaceValue, undefined, 'VS Code dropped the dotted application-scoped key');
      assert.equal(inspected?.globalValue, api.url);

      const before = api.requests.length;
      const result = await vscode.commands.executeCommand<TestResult | undefined>('unkeyLint.testRootKey', { source: 'input', key: ROOT_KEY });
      assert.ok(result, 'the command returned a verdict');
      assert.equal(result.outcome, 'works', result.message);
      assert.equal(api.requests.length, before + 1, 'exactly one request, to the user-level URL');
      const request = api.requests.at(-1)!;
      assert.equal(request.method, 'POST');
      assert.equal(request.path, '/v2/keys.verifyKey');
      assert.equal(request.headers.authorization, `Bearer ${ROOT_KEY}`);
      assert.deepEqual(JSON.parse(request.body), { key: THROWAWAY });

      // "Verify an API Key" sends the stored root key: the same URL rule.
      assert.equal(await vscode.commands.executeCommand('unkeyLint.setRootKey', { key: ROOT_KEY }), true);
      const verify = await vscode.commands.executeCommand<VerifyResult>('unkeyLint.verifyApiKey', { key: 'sk_nobody_knows_this_one', permissions: '' });
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.equal(verify.ok, true, verify.message);
      assert.equal(api.requests.length, before + 2, 'Verify an API Key went to the user-level URL too');
      assert.equal(api.requests.at(-1)!.headers.authorization, `Bearer ${ROOT_KEY}`);

      assert.equal(hostile.requests.length, 0, "the workspace file's URL received nothing");
    });
  }
});
