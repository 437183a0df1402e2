// The key tester inside a real VS Code, against the Unkey API emulator (started here: this code runs in
// the extension host). unkeyLint.apiBaseUrl is set at user level to the emulator; a second listener
// stands for everywhere else a key must never go. Every flow uses canary keys, scanned for at the end.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TestResult } from '../../../src/extension/keyTester/present';
import type { VerifyResult } from '../../../src/extension/keyTester/verifyApiKey';
import { startEmulator, type Emulator } from '../../emulator';
import { waitUntil, workspaceRoot } from '../helpers';
import { canaryHits, canaryKey, filesUnder, readFiles, userDataDir } from '../keytesterSupport';

const TEST = 'unkeyLint.testRootKey';
const THROWAWAY = 'unkey-lint-key-tester-throwaway-key';

const K = {
  stored: canaryKey('Stored'),
  envFile: canaryKey('EnvFi1e'),
  envLocal: canaryKey('EnvLocaL'),
  envDev: canaryKey('EnvDev'),
  processEnv: canaryKey('Pr'),
  selection: canaryKey('Se1ection'),
  hover: canaryKey('Hover'),
  input: canaryKey('Typed'),
  unknown: canaryKey('Unknown'),
  wsDisabled: canaryKey('WsDisab1ed'),
  noPermission: canaryKey('NoPerm'),
  codeLens: canaryKey('CodeLens'),
  userKey: canaryKey('User', 'sk_canary_'),
  disabledRoot: canaryKey('Disab1edRoot'),
};
const CANARIES = Object.values(K);

/** Everything the tester showed or returned: scanned for canaries at the end. */
const shown: string[] = [];
const latencies: number[] = [];

async function testKey(args?: unknown): Promise<TestResult> {
  const result = await vscode.commands.executeCommand<TestResult | undefined>(TEST, args);
  shown.push(JSON.stringify(result ?? null));
  assert.ok(result, `the command returned a verdict for ${JSON.stringify(args && { ...(args as object), key: undefined })}`);
  return result;
}

async function verifyKey(args: unknown): Promise<VerifyResult> {
  const result = await vscode.commands.executeCommand<VerifyResult>('unkeyLint.verifyApiKey', args);
  shown.push(JSON.stringify(result ?? null));
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  return result;
}

const masked = (key: string): string => `${key.slice(0, key.indexOf('_') + 1)}…${key.slice(-4)}`;

describe('key tester (trusted workspace)', function () {
  // Generous: the first hover waits for the TypeScript server, on a shared, busy machine.
  this.timeout(90_000);
  let api: Emulator;
  let hostile: Emulator;
  let root: string;
  const envFile = (name: string): string => path.join(root, name);
  const scratch = (): string => path.join(root, 'keytester-scratch');
  let previousBaseUrl: unknown;

  const config = () => vscode.workspace.getConfiguration('unkeyLint');
  const setUserBaseUrl = (url: string | undefined) => config().update('apiBaseUrl', url, vscode.ConfigurationTarget.Global);

  before(async () => {
    root = workspaceRoot().fsPath;
    hostile = await startEmulator({ rootKeys: Object.fromEntries(CANARIES.map((k) => [k, 'valid' as const])) });
    api = await startEmulator({
      rootKeys: {
        [K.stored]: 'valid',
        [K.envFile]: 'valid',
        [K.envLocal]: 'disabled',
        [K.processEnv]: 'valid',
        [K.selection]: 'valid',
        [K.hover]: 'valid',
        [K.input]: 'valid',
        [K.codeLens]: 'valid',
        [K.wsDisabled]: 'workspace_disabled',
        [K.noPermission]: 'insufficient_permissions',
        [K.disabledRoot]: 'disabled',
      },
      userKeys: {
        [K.userKey]: {
          keyId: 'key_canaryUser1',
          name: 'Canary customer',
          credits: 5,
          expires: Date.now() + 3 * 86_400_000,
          permissions: ['documents.read', 'users.view'],
          roles: ['reader'],
          identity: { id: 'id_canary1', externalId: 'customer_7' },
          ratelimits: [{ id: 'rl_canary1', name: 'requests', limit: 10, duration: 60_000, reset: 60_000, remaining: 10, autoApply: true }],
        },
      },
      redirectTo: hostile.url,
    });
    previousBaseUrl = config().inspect('apiBaseUrl')?.globalValue;
    await setUserBaseUrl(api.url);
    fs.writeFileSync(envFile('.env'), `# local settings\nexport UNKEY_ROOT_KEY="${K.envFile}" # the root key\nOTHER=1\n`);
    fs.writeFileSync(envFile('.env.local'), `UNKEY_ROOT_KEY='${K.envLocal}'\n`);
    fs.writeFileSync(envFile('.env.development'), `\r\nUNKEY_ROOT_KEY=${K.envDev}\r\n`);
    fs.writeFileSync(envFile('.env.production'), 'OTHER_VAR=nothing here\n');
    fs.mkdirSync(scratch(), { recursive: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('unkeyLint.clearRootKey');
    await setUserBaseUrl(previousBaseUrl as string | undefined);
    for (const name of ['.env', '.env.local', '.env.development', '.env.production', '.env.codelens']) fs.rmSync(envFile(name), { force: true });
    fs.rmSync(scratch(), { recursive: true, force: true });
    delete process.env.UNKEY_ROOT_KEY;
    await api?.close();
    await hostile?.close();
  });

  /** The request the last test sent: exactly one more, with the key as bearer and the throwaway body. */
  function assertSentOnce(before: number, key: string): void {
    assert.equal(api.requests.length, before + 1, 'exactly one request');
    const request = api.requests.at(-1)!;
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/v2/keys.verifyKey');
    assert.equal(request.headers.authorization, `Bearer ${key}`);
    assert.deepEqual(JSON.parse(request.body), { key: THROWAWAY });
  }

  async function expectWorks(args: unknown, key: string, sourceText: RegExp): Promise<TestResult> {
    const before = api.requests.length;
    const result = await testKey(args);
    assert.equal(result.outcome, 'works', result.message);
    assert.equal(result.ok, true);
    assert.match(result.source, sourceText);
    assert.ok(result.source.includes(masked(key)), `source "${result.source}" shows the key masked`);
    assert.match(result.requestId ?? '', /^req_/);
    assert.ok(result.notification.includes(result.requestId!));
    assertSentOnce(before, key);
    latencies.push(result.latencyMs!);
    return result;
  }

  describe('no background requests', () => {
    it('opening .env and code with keys, CodeLens and hovers send nothing', async () => {
      const file = path.join(scratch(), 'idle.ts');
      fs.writeFileSync(file, `const key = "${K.hover}";\n`);
      const env = await vscode.workspace.openTextDocument(envFile('.env'));
      await vscode.window.showTextDocument(env);
      await vscode.commands.executeCommand('vscode.executeCodeLensProvider', env.uri);
      const code = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(code);
      await vscode.commands.executeCommand('vscode.executeHoverProvider', code.uri, new vscode.Position(0, 16));
      assert.equal(api.requests.length, 0);
      assert.equal(hostile.requests.length, 0);
    });
  });

  describe('key sources', () => {
    it('the stored key (SecretStorage), set and cleared by command', async () => {
      assert.equal(await vscode.commands.executeCommand('unkeyLint.setRootKey', { key: K.stored }), true);
      await expectWorks({ source: 'stored' }, K.stored, /^stored root key/);
      assert.equal(await vscode.commands.executeCommand('unkeyLint.clearRootKey'), true);
      const before = api.requests.length;
      assert.equal(await vscode.commands.executeCommand(TEST, { source: 'stored' }), undefined);
      assert.equal(api.requests.length, before);
    });

    it('refuses to store a key of the wrong shape', async () => {
      assert.equal(await vscode.commands.executeCommand('unkeyLint.setRootKey', { key: 'unkey_YOUR_API_KEY' }), false);
    });

    it('.env (export prefix, double quotes, trailing comment)', async () => {
      await expectWorks({ source: 'env-file', file: envFile('.env') }, K.envFile, /^UNKEY_ROOT_KEY in \.env unkey_…/);
    });

    it('.env.local (single quotes): a disabled key', async () => {
      const before = api.requests.length;
      const result = await testKey({ source: 'env-file', file: envFile('.env.local') });
      assert.equal(result.outcome, 'key-disabled');
      assert.match(result.source, /\.env\.local/);
      assert.equal(result.docsUrl, 'https://unkey.com/docs/errors/unkey/authorization/key_disabled');
      assertSentOnce(before, K.envLocal);
    });

    it('.env.development (CRLF): a key Unkey does not know', async () => {
      const before = api.requests.length;
      const result = await testKey({ source: 'env-file', file: envFile('.env.development') });
      assert.equal(result.outcome, 'key-not-found');
      assert.equal(result.status, 401);
      assertSentOnce(before, K.envDev);
    });

    it('.env.production without the variable offers nothing', async () => {
      assert.equal(await vscode.commands.executeCommand(TEST, { source: 'env-file', file: envFile('.env.production') }), undefined);
    });

    it('will not read a file that is not a .env file of the workspace', async () => {
      const outside = path.join(scratch(), 'notenv.txt');
      fs.writeFileSync(outside, `UNKEY_ROOT_KEY=${K.input}\n`);
      const before = api.requests.length;
      assert.equal(await vscode.commands.executeCommand(TEST, { source: 'env-file', file: outside }), undefined);
      assert.equal(api.requests.length, before);
    });

    it('the QuickPick offers the .env files and tests the one chosen', async () => {
      const before = api.requests.length;
      const pending = vscode.commands.executeCommand<TestResult>(TEST, { source: 'pick', kinds: ['env-file'] });
      let settled = false;
      void pending.then(() => (settled = true));
      // The picker has no "shown" event: accept the first item (.env) as soon as it takes the command.
      const deadline = Date.now() + 10_000;
      while (!settled && api.requests.length === before && Date.now() < deadline) {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const result = await pending;
      shown.push(JSON.stringify(result));
      assert.ok(result, 'a key was picked');
      assert.match(result.source, /^UNKEY_ROOT_KEY in \.env unkey_…/);
      assert.equal(result.outcome, 'works');
      assertSentOnce(before, K.envFile);
    });

    it('the CodeLens "Test this key" over the assignment in a .env file', async () => {
      fs.writeFileSync(envFile('.env.codelens'), `A=1\nUNKEY_ROOT_KEY=${K.codeLens}\n`);
      const document = await vscode.workspace.openTextDocument(envFile('.env.codelens'));
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      const ours = lenses.filter((lens) => lens.command?.command === TEST);
      assert.equal(ours.length, 1);
      assert.equal(ours[0]!.range.start.line, 1);
      assert.match(ours[0]!.command!.title, /Test this key/);
      assert.ok(!JSON.stringify(ours[0]!.command!.arguments).includes(K.codeLens), 'the lens carries no key');
      await expectWorks(ours[0]!.command!.arguments![0], K.codeLens, /UNKEY_ROOT_KEY in \.env\.codelens/);
    });

    it("the extension host's environment", async () => {
      process.env.UNKEY_ROOT_KEY = K.processEnv;
      try {
        await expectWorks({ source: 'process-env' }, K.processEnv, /extension host's environment/);
      } finally {
        delete process.env.UNKEY_ROOT_KEY;
      }
    });

    it('the selection, and the key under the cursor', async () => {
      const file = path.join(scratch(), 'selection.ts');
      fs.writeFileSync(file, `const rootKey = "${K.selection}";\n`);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
      const start = editor.document.getText().indexOf(K.selection);
      editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + K.selection.length));
      await expectWorks({ source: 'selection' }, K.selection, /^selected text/);
      editor.selection = new vscode.Selection(editor.document.positionAt(start + 5), editor.document.positionAt(start + 5));
      await expectWorks({ source: 'selection' }, K.selection, /^key under the cursor/);
      // On the variable name: nothing key-shaped under the cursor, so nothing is tested or sent.
      const before = api.requests.length;
      editor.selection = new vscode.Selection(new vscode.Position(0, 8), new vscode.Position(0, 8));
      assert.equal(await vscode.commands.executeCommand(TEST, { source: 'selection' }), undefined, 'no "key under the cursor" on rootKey');
      assert.equal(api.requests.length, before, 'nothing sent');
    });

    it('a typed key', async () => {
      await expectWorks({ source: 'input', key: K.input }, K.input, /^typed key/);
    });

    it('the hover link over a key literal, and over an env reference', async () => {
      const file = path.join(scratch(), 'hover.ts');
      fs.writeFileSync(file, `const rootKey = "${K.hover}";\nconst fromEnv = process.env.UNKEY_ROOT_KEY;\n`);
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document);
      const linkAt = async (position: vscode.Position): Promise<string | undefined> => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
        const texts = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value)));
        for (const text of texts) assert.ok(!text.includes(K.hover), 'no hover shows the key');
        return texts.find((text) => text.includes(`command:${TEST}?`));
      };
      const literal = await linkAt(document.positionAt(document.getText().indexOf(K.hover) + 3));
      assert.ok(literal, 'a "Test key" link over the literal');
      const args = JSON.parse(decodeURIComponent(/command:unkeyLint\.testRootKey\?([^ )]+)/.exec(literal)![1]!)) as unknown[];
      assert.equal(args.length, 1);
      await expectWorks(args[0], K.hover, /^key in keytester-scratch\/hover\.ts/);

      const reference = await linkAt(document.positionAt(document.getText().indexOf('process.env.UNKEY') + 14));
      assert.ok(reference, 'a "Test key" link over process.env.UNKEY_ROOT_KEY');
      assert.match(decodeURIComponent(reference), /"source":"pick"/);
      assert.equal(await linkAt(new vscode.Position(1, 2)), undefined, 'no link on ordinary code');
    });
  });

  describe('outcomes', () => {
    const typed = (key: string, extra: object = {}): Promise<TestResult> => testKey({ source: 'input', key, ...extra });

    it('a key Unkey does not know: 401 key_not_found', async () => {
      const result = await typed(K.unknown);
      assert.equal(result.outcome, 'key-not-found');
      // Verdict first, the (masked) source after: a collapsed notification shows its start.
      assert.match(result.notification, /^Not a valid root key \(HTTP 401\)/);
      assert.ok(result.notification.endsWith(`(Unkey key test: ${result.source})`), result.notification);
      assert.equal(result.docsUrl, 'https://unkey.com/docs/errors/unkey/authentication/key_not_found');
    });

    it('a disabled workspace: 403 workspace_disabled', async () => {
      const result = await typed(K.wsDisabled);
      assert.equal(result.outcome, 'workspace-disabled');
      assert.equal(result.status, 403);
    });

    it('a valid key without verify permission: 403 insufficient_permissions, but the key works', async () => {
      const result = await typed(K.noPermission);
      assert.equal(result.outcome, 'works-without-permission');
      assert.equal(result.ok, true);
    });

    for (const [fault, outcome, message] of [
      ['429', 'rate-limited', /Rate limited \(HTTP 429\)/],
      ['500', 'unreachable', /server error \(HTTP 500\)/],
      ['nonjson', 'unreachable', /is not JSON/],
    ] as const) {
      it(`fault ${fault} → ${outcome}`, async () => {
        api.setFault(fault);
        try {
          const result = await typed(K.input);
          assert.equal(result.outcome, outcome);
          assert.match(result.message, message);
        } finally {
          api.setFault(undefined);
        }
      });
    }

    it('a base URL with /v2 in it: the router\'s 404 says "not the Unkey API", not a verdict on the key', async () => {
      await setUserBaseUrl(`${api.url}/v2`);
      try {
        const result = await typed(K.input);
        assert.equal(result.outcome, 'not-unkey-api');
        assert.equal(result.ok, false);
        assert.equal(result.status, 404);
        assert.match(result.notification, /^This is not the Unkey API \(HTTP 404 text\/plain, "404 page not found"\)/);
        assert.equal(api.requests.at(-1)!.path, '/v2/v2/keys.verifyKey');
      } finally {
        await setUserBaseUrl(api.url);
      }
    });

    it('a redirect is reported and not followed (the other origin receives nothing)', async () => {
      api.setFault('redirect');
      try {
        const result = await typed(K.input);
        assert.equal(result.outcome, 'redirect');
        assert.equal(result.status, 307);
        assert.ok(result.message.includes(hostile.url));
        assert.equal(hostile.requests.length, 0);
      } finally {
        api.setFault(undefined);
      }
    });

    it('times out', async () => {
      api.setFault('slow');
      try {
        const result = await typed(K.input, { timeoutMs: 400 });
        assert.equal(result.outcome, 'unreachable');
        assert.match(result.message, /timeout/);
        assert.ok(result.latencyMs! >= 390, `gave up after ${result.latencyMs} ms`);
      } finally {
        api.setFault(undefined);
      }
    });

    it('is cancelled by "Unkey Lint: Cancel Key Test" while waiting', async () => {
      api.setFault('slow');
      try {
        const before = api.requests.length;
        const pending = typed(K.input);
        await waitUntil(() => api.requests.length > before, 5000, 'the request to reach the emulator');
        assert.equal(await vscode.commands.executeCommand('unkeyLint.cancelKeyTest'), 1);
        const result = await pending;
        assert.equal(result.outcome, 'cancelled');
      } finally {
        api.setFault(undefined);
      }
    });

    it('DNS failure → could not reach the API', async () => {
      await setUserBaseUrl('https://no-such-host.invalid');
      try {
        const result = await typed(K.input);
        assert.equal(result.outcome, 'unreachable');
        assert.match(result.message, /DNS/);
      } finally {
        await setUserBaseUrl(api.url);
      }
    });

    for (const [name, url, message] of [
      ['plain http to another host', 'http://192.0.2.1:9', /plain http:\/\//],
      ['userinfo', 'http://user:pass@127.0.0.1:9', /user name or password/],
    ] as const) {
      it(`refuses ${name} in unkeyLint.apiBaseUrl without sending`, async () => {
        await setUserBaseUrl(url);
        try {
          const before = api.requests.length;
          const result = await typed(K.input);
          assert.equal(result.outcome, 'refused-url');
          assert.match(result.message, message);
          assert.equal(api.requests.length, before);
        } finally {
          await setUserBaseUrl(api.url);
        }
      });
    }

    const shapes: [string, string, string][] = [
      ['empty', '', 'empty'],
      ['a trailing newline', `${K.input}\n`, 'surrounding'],
      ['quotes', `"${K.input}"`, 'surrounding'],
      ['Bearer in front', `Bearer ${K.input}`, 'bearer-prefix'],
      ['a placeholder', '<UNKEY_ROOT_KEY>', 'placeholder'],
      ['a key id', 'key_2cGKbMxRyzhCxoAdjz8q', 'key-id'],
      ["an end user's key", K.userKey, 'not-root-key'],
      ['a zero in it', K.input.slice(0, 14) + '0' + K.input.slice(15), 'not-base58'],
      ['too short', 'unkey_3Zabc', 'too-short'],
    ];
    for (const [name, key, problem] of shapes) {
      it(`stops locally, without a request: ${name}`, async () => {
        const before = api.requests.length;
        const result = await typed(key);
        assert.equal(result.outcome, 'invalid-shape');
        assert.equal(result.shapeProblem, problem);
        assert.equal(api.requests.length, before);
      });
    }
  });

  describe('hostile workspace settings', () => {
    const settingsFile = (): string => path.join(root, '.vscode', 'settings.json');
    let original: string | undefined;
    before(() => {
      original = fs.existsSync(settingsFile()) ? fs.readFileSync(settingsFile(), 'utf8') : undefined;
    });
    after(async () => {
      if (original === undefined) fs.rmSync(settingsFile(), { force: true });
      else fs.writeFileSync(settingsFile(), original);
      const expected = original === undefined ? undefined : (JSON.parse(original) as Record<string, unknown>)['editor.tabSize'];
      await waitUntil(() => vscode.workspace.getConfiguration('editor').inspect('tabSize')?.workspaceValue === expected, 10_000, 'the workspace settings to be restored');
      await vscode.commands.executeCommand('unkeyLint.clearRootKey');
    });

    for (const [form, settings] of [
      ['dotted', (url: string) => ({ 'unkeyLint.apiBaseUrl': url })],
      ['nested', (url: string) => ({ unkeyLint: { apiBaseUrl: url } })],
    ] as const) {
      it(`.vscode/settings.json cannot redirect a key (${form} form)`, async () => {
        const marker = form === 'dotted' ? 7 : 5;
        const base = original ? (JSON.parse(original) as object) : {};
        fs.mkdirSync(path.dirname(settingsFile()), { recursive: true });
        fs.writeFileSync(settingsFile(), JSON.stringify({ ...base, ...settings(hostile.url), 'editor.tabSize': marker }, null, 2));
        // The marker shows VS Code has read the file.
        await waitUntil(() => vscode.workspace.getConfiguration('editor').get('tabSize') === marker, 10_000, 'the workspace settings to load');
        const before = api.requests.length;
        const result = await testKey({ source: 'input', key: K.input });
        assert.equal(result.outcome, 'works');
        assertSentOnce(before, K.input);
        await vscode.commands.executeCommand('unkeyLint.setRootKey', { key: K.stored });
        const verify = await verifyKey({ key: 'sk_nobody_knows_this_one', permissions: '' });
        assert.equal(verify.ok, true, verify.message);
        assert.equal(api.requests.length, before + 2, 'Verify an API Key went to the user-level URL too');
        assert.equal(hostile.requests.length, 0, 'the workspace URL received nothing');
      });
    }
  });

  describe('Verify an API Key', () => {
    before(async () => {
      await vscode.commands.executeCommand('unkeyLint.setRootKey', { key: K.stored });
    });
    after(async () => {
      await vscode.commands.executeCommand('unkeyLint.clearRootKey');
    });

    it("shows an end user's key data", async () => {
      const before = api.requests.length;
      const result = await verifyKey({ key: K.userKey, permissions: 'documents.read' });
      assert.equal(result.ok, true, result.message);
      assert.equal(api.requests.length, before + 1);
      const request = api.requests.at(-1)!;
      assert.equal(request.headers.authorization, `Bearer ${K.stored}`);
      // Verifying spends no credits: cost 0 (auto-applied rate limits still count; the prompt says so).
      assert.deepEqual(JSON.parse(request.body), { key: K.userKey, permissions: 'documents.read', credits: { cost: 0 } });
      const lines = result.lines!.join('\n');
      for (const expected of [
        /valid: VALID/,
        /Key ID: key_canaryUser1/,
        /Name: Canary customer/,
        /Identity: customer_7 \(id_canary1\)/,
        /Permissions: documents\.read, users\.view/,
        /Roles: reader/,
        /Credits: 5 remaining/,
        /Expires: \d{4}-\d\d-\d\dT.* \(in 3 days\)/,
        /Rate limit requests: 9 of 10 left per 1 minute/,
      ]) {
        assert.match(lines, expected);
      }
      assert.match(result.requestId ?? '', /^req_/);
    });

    it('an unknown key: NOT_FOUND', async () => {
      const result = await verifyKey({ key: 'sk_nobody_knows_this_one', permissions: '' });
      assert.equal(result.ok, true);
      assert.match(result.lines![0]!, /not valid: NOT_FOUND/);
    });

    it('a disabled root key is reported as such', async () => {
      await vscode.commands.executeCommand('unkeyLint.setRootKey', { key: K.disabledRoot });
      try {
        const result = await verifyKey({ key: K.userKey, permissions: '' });
        assert.equal(result.ok, false);
        assert.match(result.message, /root key is disabled/);
      } finally {
        await vscode.commands.executeCommand('unkeyLint.setRootKey', { key: K.stored });
      }
    });

    it('without a stored key it asks for one and sends nothing', async () => {
      await vscode.commands.executeCommand('unkeyLint.clearRootKey');
      const before = api.requests.length;
      const result = await verifyKey({ key: K.userKey, permissions: '' });
      assert.equal(result.ok, false);
      assert.match(result.message, /Set Root Key/);
      assert.equal(api.requests.length, before);
    });
  });

  describe('canary scan', () => {
    it('no canary in the output channel, logs, settings, state or any request but the emulator’s', async () => {
      const dataDir = userDataDir();
      const logs = path.join(dataDir, 'logs');
      // The output channel's file is written asynchronously: wait until it holds the last test's line.
      const lastId = api.requests.length;
      assert.ok(lastId > 10, 'the flows above ran');
      const channelLog = () => filesUnder(logs).find((file) => file.endsWith(`${path.sep}Unkey Lint.log`));
      await waitUntil(() => {
        const file = channelLog();
        return !!file && /key test at .*outcome=works/.test(fs.readFileSync(file, 'utf8'));
      }, 10_000, 'the Unkey Lint output channel log');
      const logText = fs.readFileSync(channelLog()!, 'utf8');
      assert.match(logText, /source=typed key unkey_…\w{4} outcome=works status=200 requestId=req_\w+ latency=[\d.]+ ms/);

      const files = [
        ...filesUnder(dataDir).filter((file) => !file.includes(`${path.sep}CachedProfilesData${path.sep}`)),
        ...filesUnder(path.join(root, '.vscode')),
        ...fs.readdirSync(root).filter((name) => name.endsWith('.code-workspace')).map((name) => path.join(root, name)),
      ];
      assert.ok(files.some((file) => file.endsWith(`User${path.sep}settings.json`)), 'the user settings file is scanned');
      const hits = canaryHits(CANARIES, [...readFiles(files), ...shown.map((text, i): [string, string] => [`result #${i}`, text])]);
      assert.deepEqual(hits, []);

      // Requests: none anywhere but the emulator, and there only as the bearer token or the verified key.
      assert.equal(hostile.requests.length, 0);
      for (const request of api.requests) {
        const { authorization, ...otherHeaders } = request.headers;
        assert.deepEqual(canaryHits(CANARIES, [['headers', JSON.stringify(otherHeaders)], ['path', request.path]]), []);
        const body = JSON.parse(request.body) as { key?: string };
        const bodyRest = JSON.stringify({ ...body, key: undefined });
        assert.deepEqual(canaryHits(CANARIES, [['body', bodyRest]]), []);
        assert.ok(body.key === THROWAWAY || body.key === K.userKey || body.key === 'sk_nobody_knows_this_one', 'only the throwaway or the verified key in the body');
        assert.ok(authorization === undefined || CANARIES.includes(authorization.replace(/^Bearer /, '')));
      }
      console.log(`key tester latency against the emulator: median ${median(latencies)} ms, max ${Math.max(...latencies)} ms over ${latencies.length} tests`);
    });
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
