// Shows a verdict: a notification with "Copy request ID" / "Open docs", a line in the output channel,
// and the Language Status item. Everything shown here is built from masked labels and verdicts only.
import * as vscode from 'vscode';
import type { Verdict } from '../../core/keyCheck';
import { READ_LANGUAGE_IDS } from '../config';
import type { Log } from '../log';

export const TEST_COMMAND = 'unkeyLint.testRootKey';
const COPY_REQUEST_ID = 'Copy request ID';
const OPEN_DOCS = 'Open docs';

/** What the test command returns: the verdict and the masked source, never the key. */
export interface TestResult extends Verdict {
  source: string;
  /** The notification's text. */
  notification: string;
}

const STATUS_TEXT: Partial<Record<Verdict['outcome'], string>> = {
  works: '$(pass) Unkey key works',
  'works-without-permission': '$(pass) Unkey key works (no verify permission)',
  'key-not-found': '$(error) Unkey key not found',
  'key-disabled': '$(error) Unkey key disabled',
  'workspace-disabled': '$(error) Unkey workspace disabled',
  'rate-limited': '$(watch) Unkey: rate limited',
  'invalid-shape': '$(error) Unkey key malformed',
  'not-unkey-api': '$(error) Unkey: not the Unkey API',
  cancelled: '$(circle-slash) Unkey key test cancelled',
};

export class ResultPresenter implements vscode.Disposable {
  private readonly status: vscode.LanguageStatusItem;

  constructor(private readonly log: Log) {
    this.status = vscode.languages.createLanguageStatusItem('unkeyLint.keyTest', READ_LANGUAGE_IDS.map((language) => ({ language })));
    this.status.name = 'Unkey root key test';
    this.status.text = '$(key) Unkey key: not tested';
    this.status.detail = 'Test a root key against the Unkey API';
    this.status.command = { command: TEST_COMMAND, title: 'Test Root Key' };
  }

  show(verdict: Verdict, source: string): TestResult {
    // Verdict first: a collapsed notification shows only its start.
    const notification = `${verdict.message} (Unkey key test: ${source})`;
    const latency = verdict.latencyMs !== undefined ? `${verdict.latencyMs} ms` : '-';
    this.log.info(
      `key test at ${new Date().toISOString()}: source=${source} outcome=${verdict.outcome} status=${verdict.status ?? '-'} requestId=${verdict.requestId ?? '-'} latency=${latency}`,
    );
    this.updateStatus(verdict, source);
    void this.notify(verdict, notification);
    return { ...verdict, source, notification };
  }

  private updateStatus(verdict: Verdict, source: string): void {
    this.status.text = STATUS_TEXT[verdict.outcome] ?? `$(warning) Unkey key test: ${verdict.outcome}`;
    this.status.severity = verdict.ok
      ? vscode.LanguageStatusSeverity.Information
      : verdict.severity === 'error'
        ? vscode.LanguageStatusSeverity.Error
        : vscode.LanguageStatusSeverity.Warning;
    const time = new Date().toLocaleTimeString();
    this.status.detail = `${source}, ${time}${verdict.requestId ? `, ${verdict.requestId}` : ''}`;
  }

  // Not awaited by the command: a notification stays until dismissed.
  private async notify(verdict: Verdict, text: string): Promise<void> {
    const actions = [...(verdict.requestId ? [COPY_REQUEST_ID] : []), ...(verdict.docsUrl ? [OPEN_DOCS] : [])];
    const show =
      verdict.severity === 'error' ? vscode.window.showErrorMessage : verdict.severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    const action = await show(text, ...actions);
    if (action === COPY_REQUEST_ID && verdict.requestId) await vscode.env.clipboard.writeText(verdict.requestId);
    if (action === OPEN_DOCS && verdict.docsUrl) await vscode.env.openExternal(vscode.Uri.parse(verdict.docsUrl));
  }

  dispose(): void {
    this.status.dispose();
  }
}
