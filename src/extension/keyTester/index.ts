// The command-palette key tester: "Test Root Key", "Verify an API Key", "Set/Clear Root Key", the
// CodeLens over .env assignments, the hover link and the Language Status item. Requests happen only
// when one of these commands runs; nothing is checked in the background.
import * as vscode from 'vscode';
import {
  checkApiBaseUrl,
  checkKeyShape,
  type HttpResult,
  interpretVerifyResult,
  redactVerdict,
  shapeVerdict,
  THROWAWAY_KEY,
  VERIFY_KEY_PATH,
  type Verdict,
} from '../../core/keyCheck';
import { maskKey } from '../../core/mask';
import type { CommandHandler } from '../commandIds';
import type { Log } from '../log';
import { postWithRootKey } from './client';
import { ResultPresenter, TEST_COMMAND, type TestResult } from './present';
import { registerKeyTesterProviders } from './providers';
import { apiBaseUrl } from './settings';
import { resolveKey, SECRET_KEY, type SourceArgs } from './sources';
import { refuseUntrusted, RESTRICTED_MESSAGE } from './trust';
import { verifyApiKey, type VerifyArgs } from './verifyApiKey';

const HAS_STORED_KEY = 'unkeyLint.hasStoredRootKey';
const TEST_RUNNING = 'unkeyLint.keyTestRunning';

/** Test-only knobs a programmatic caller may add to the source arguments. */
export interface TestArgs extends SourceArgs {
  /** Shorter than the 10 s default (never longer). */
  timeoutMs?: number;
}

export class KeyTester implements vscode.Disposable {
  private readonly running = new Set<AbortController>();

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly presenter: ResultPresenter,
  ) {}

  /** The test command. Returns the verdict (without the key), or undefined when the user dismissed a prompt. */
  async testRootKey(args?: TestArgs): Promise<TestResult | undefined> {
    if (refuseUntrusted()) return { outcome: 'restricted', ok: false, severity: 'warning', message: RESTRICTED_MESSAGE, source: '-', notification: RESTRICTED_MESSAGE };
    const found = await resolveKey(this.secrets, args);
    if (!found) {
      if (args?.source && args.source !== 'pick' && args.source !== 'input') {
        void vscode.window.showWarningMessage(`Unkey: no root key found (${args.source}).`);
      }
      return undefined;
    }
    const verdict = await this.check(found.key, found.label, args?.timeoutMs);
    return this.presenter.show(verdict, found.label);
  }

  /** Local shape check, then one side-effect-free verifyKey call with a throwaway key. */
  private async check(key: string, label: string, timeoutMs?: number): Promise<Verdict> {
    const shape = checkKeyShape(key);
    if (!shape.ok) return shapeVerdict(shape);
    const result = await this.verifyKeyRequest(`Unkey: testing the root key (${label})`, key, { key: THROWAWAY_KEY }, timeoutMs);
    if ('refused' in result) return { outcome: 'refused-url', ok: false, severity: 'error', message: result.refused };
    // The answer comes from the network: make sure it cannot echo the key into a notification or log.
    return redactVerdict(interpretVerifyResult(result), [key]);
  }

  /**
   * The one request the tester makes: `POST {apiBaseUrl}/v2/keys.verifyKey` with `rootKey`, under a
   * cancellable progress. `refused` (nothing sent) when the setting is not a URL a key may go to.
   */
  async verifyKeyRequest(title: string, rootKey: string, body: unknown, timeoutMs?: number): Promise<HttpResult | { refused: string }> {
    const baseUrl = apiBaseUrl();
    const url = checkApiBaseUrl(baseUrl);
    if (!url.ok) return { refused: url.message };
    // postWithRootKey checks the URL again and would reject (sending nothing); it cannot here.
    return this.withCancellableProgress(title, (signal) => postWithRootKey({ baseUrl, path: VERIFY_KEY_PATH, rootKey, body, timeoutMs, signal }));
  }

  private async withCancellableProgress<T>(title: string, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.running.add(controller);
    void vscode.commands.executeCommand('setContext', TEST_RUNNING, true);
    try {
      return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
        token.onCancellationRequested(() => controller.abort());
        return task(controller.signal);
      });
    } finally {
      this.running.delete(controller);
      if (!this.running.size) void vscode.commands.executeCommand('setContext', TEST_RUNNING, false);
    }
  }

  /** "Unkey Lint: Cancel Key Test": the same as the progress notification's Cancel button. */
  cancelAll(): number {
    const count = this.running.size;
    for (const controller of this.running) controller.abort();
    return count;
  }

  /** On deactivation: no request (nor its timeout timer) outlives the extension. */
  dispose(): void {
    this.cancelAll();
  }
}

async function setRootKey(secrets: vscode.SecretStorage, args?: { key?: string }): Promise<boolean> {
  const key =
    typeof args?.key === 'string'
      ? args.key
      : await vscode.window.showInputBox({
          title: 'Unkey Lint: Set Root Key',
          prompt: "Stored in VS Code's secret storage (the OS keychain), never in settings or files",
          placeHolder: 'unkey_…',
          password: true,
          ignoreFocusOut: true,
          validateInput: (value) => {
            const shape = checkKeyShape(value);
            return shape.ok || value === '' ? undefined : shape.message;
          },
        });
  if (key === undefined || key === '') return false;
  const shape = checkKeyShape(key);
  if (!shape.ok) {
    void vscode.window.showErrorMessage(`Unkey: root key not stored. ${shape.message}`);
    return false;
  }
  await secrets.store(SECRET_KEY, key);
  void vscode.window.showInformationMessage(`Unkey: root key ${maskKey(key)} stored in the secret storage.`);
  return true;
}

async function clearRootKey(secrets: vscode.SecretStorage): Promise<boolean> {
  const had = (await secrets.get(SECRET_KEY)) !== undefined;
  await secrets.delete(SECRET_KEY);
  void vscode.window.showInformationMessage(had ? 'Unkey: stored root key forgotten.' : 'Unkey: no root key was stored.');
  return had;
}

/** The key tester's commands, keyed by id: the extension's entry registers them (see ../commandIds.ts). */
export type KeyTesterCommand = 'unkeyLint.testRootKey' | 'unkeyLint.verifyApiKey' | 'unkeyLint.setRootKey' | 'unkeyLint.clearRootKey' | 'unkeyLint.cancelKeyTest';

/** Starts the key tester's CodeLens, hover link and status item; returns what runs its commands. */
export function startKeyTester(context: vscode.ExtensionContext, log: Log): Record<KeyTesterCommand, CommandHandler> {
  const presenter = new ResultPresenter(log);
  const tester = new KeyTester(context.secrets, presenter);
  const syncStoredContext = async (): Promise<void> => {
    await vscode.commands.executeCommand('setContext', HAS_STORED_KEY, (await context.secrets.get(SECRET_KEY)) !== undefined);
  };
  void syncStoredContext();

  context.subscriptions.push(
    presenter,
    tester,
    context.secrets.onDidChange((event) => {
      if (event.key === SECRET_KEY) void syncStoredContext();
    }),
    ...registerKeyTesterProviders(),
  );
  return {
    [TEST_COMMAND]: (args?: unknown) => tester.testRootKey(args as TestArgs | undefined),
    'unkeyLint.verifyApiKey': (args?: unknown) => verifyApiKey(context.secrets, tester, log, args as VerifyArgs | undefined),
    'unkeyLint.setRootKey': (args?: unknown) => setRootKey(context.secrets, args as { key?: string } | undefined),
    'unkeyLint.clearRootKey': () => clearRootKey(context.secrets),
    'unkeyLint.cancelKeyTest': () => tester.cancelAll(),
  };
}
