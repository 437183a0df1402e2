// The key tester in Restricted Mode: every tester command explains that the workspace must be trusted
// and does nothing else. No .env file is read (their access times stay put) and nothing is sent.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestResult } from '../../../src/extension/keyTester/present';
import type { VerifyResult } from '../../../src/extension/keyTester/verifyApiKey';
import { startEmulator, type Emulator } from '../../emulator';
import { waitUntil, workspaceRoot } from '../helpers';
import { canaryKey } from '../keytesterSupport';

const ENV_FILES = ['.env', '.env.local', '.env.development', '.env.production'];
const LONG_AGO = new Date('2001-01-01T00:00:00Z');

describe('key tester (Restricted Mode)', function () {
  this.timeout(60_000);
  const key = canaryKey('Restricted');
  let api: Emulator;
  let hostile: Emulator;
  let root: string;
  let previousBaseUrl: unknown;
  const config = () => vscode.workspace.getConfiguration('unkeyLint');
  const settingsFile = (): string => path.join(root, '.vscode', 'settings.json');
  let originalSettings: string | undefined;

  before(async () => {
    root = workspaceRoot().fsPath;
    api = await startEmulator({ rootKeys: { [key]: 'valid' } });
    hostile = await startEmulator({ rootKeys: { [key]: 'valid' } });
    previousBaseUrl = config().inspect('apiBaseUrl')?.globalValue;
    await config().update('apiBaseUrl', api.url, vscode.ConfigurationTarget.Global);
    for (const name of ENV_FILES) {
      const file = path.join(root, name);
      fs.writeFileSync(file, `UNKEY_ROOT_KEY=${key}\n`);
      // relatime updates the access time on the next read when it is older than the modification time.
      fs.utimesSync(file, LONG_AGO, new Date());
    }
    originalSettings = fs.existsSync(settingsFile()) ? fs.readFileSync(settingsFile(), 'utf8') : undefined;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (originalSettings === undefined) fs.rmSync(settingsFile(), { force: true });
    else fs.writeFileSync(settingsFile(), originalSettings);
    for (const name of ENV_FILES) fs.rmSync(path.join(root, name), { force: true });
    fs.rmSync(path.join(root, 'keytester-scratch'), { recursive: true, force: true });
    await config().update('apiBaseUrl', previousBaseUrl, vscode.ConfigurationTarget.Global);
    await api?.close();
    await hostile?.close();
  });

  it('runs untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  const calls: [string, () => unknown][] = [
    ['no arguments (the picker)', () => undefined],
    ['a typed key', () => ({ source: 'input', key })],
    ['a .env file', () => ({ source: 'env-file', file: path.join(root, '.env') })],
    ['the stored key', () => ({ source: 'stored' })],
    ['the environment', () => ({ source: 'process-env' })],
    ['the selection', () => ({ source: 'selection' })],
  ];
  for (const [name, args] of calls) {
    it(`"Test Root Key" with ${name} explains and does nothing`, async () => {
      const result = await vscode.commands.executeCommand<TestResult>('unkeyLint.testRootKey', args());
      assert.equal(result.outcome, 'restricted');
      assert.match(result.message, /Restricted Mode.*Trust this workspace/);
      assert.equal(result.source, '-');
    });
  }

  it('"Verify an API Key" explains and does nothing', async () => {
    const result = await vscode.commands.executeCommand<VerifyResult>('unkeyLint.verifyApiKey', { key: 'sk_user_key', permissions: '' });
    assert.equal(result.ok, false);
    assert.match(result.message, /Restricted Mode/);
  });

  it('read no .env file', () => {
    for (const name of ENV_FILES) {
      assert.equal(fs.statSync(path.join(root, name)).atimeMs, LONG_AGO.getTime(), `${name} was read`);
    }
    // The check can fail: a read does move the access time on this file system.
    fs.readFileSync(path.join(root, '.env.production'));
    assert.notEqual(fs.statSync(path.join(root, '.env.production')).atimeMs, LONG_AGO.getTime(), 'the access time check works here');
  });

  it('offers no CodeLens in .env files and no "Test key" link in hovers', async () => {
    const env = await vscode.workspace.openTextDocument(path.join(root, '.env.production'));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', env.uri);
    assert.equal(lenses.filter((lens) => lens.command?.command === 'unkeyLint.testRootKey').length, 0);
    const file = path.join(root, 'keytester-scratch', 'hover.ts');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `const rootKey = "${key}";\n`);
    const code = await vscode.workspace.openTextDocument(file);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', code.uri, new vscode.Position(0, 22));
    const texts = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value)));
    assert.ok(!texts.some((text) => text.includes('command:unkeyLint.testRootKey')), texts.join('\n'));
  });

  it('ignores unkeyLint.apiBaseUrl from the workspace settings', async () => {
    const base = originalSettings ? (JSON.parse(originalSettings) as object) : {};
    fs.mkdirSync(path.dirname(settingsFile()), { recursive: true });
    fs.writeFileSync(settingsFile(), JSON.stringify({ ...base, 'unkeyLint.apiBaseUrl': hostile.url, 'editor.tabSize': 3 }, null, 2));
    await waitUntil(() => vscode.workspace.getConfiguration('editor').get('tabSize') === 3, 10_000, 'the workspace settings to load');
    assert.notEqual(config().get('apiBaseUrl'), hostile.url);
  });

  it('sent nothing anywhere', () => {
    assert.equal(api.requests.length, 0);
    assert.equal(hostile.requests.length, 0);
  });
});
