// "Unkey Lint: Verify an API Key": verifies an end user's key with the stored root key and shows what
// keys.verifyKey says about it, as a read-only QuickPick (one fact a line, the request id copyable).
import * as vscode from 'vscode';
import { checkKeyShape, interpretVerifyResult, parseBody, redactAll, redactVerdict } from '../../core/keyCheck';
import { maskKey } from '../../core/mask';
import type { Log } from '../log';
import type { KeyTester } from './index';
import { SECRET_KEY } from './sources';
import { refuseUntrusted, RESTRICTED_MESSAGE } from './trust';

export interface VerifyArgs {
  /** The end user's key (tests); without it a password box asks. */
  key?: string;
  /** A permission query to check, e.g. "documents.read AND users.view"; '' skips the prompt. */
  permissions?: string;
  timeoutMs?: number;
}

/** The result of a verification: the API's data (which holds no key) or why there is none. */
export interface VerifyResult {
  ok: boolean;
  message: string;
  requestId?: string;
  data?: Record<string, unknown>;
  /** The lines shown in the QuickPick. */
  lines?: string[];
  latencyMs?: number;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const list = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined);

function duration(ms: number): string {
  const abs = Math.abs(ms);
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  const [size, unit] = units.find(([size]) => abs >= size) ?? [1, 'ms'];
  const count = Math.round(abs / size);
  return unit === 'ms' ? `${count} ms` : `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** One readable line per fact of keys.verifyKey's data. Exported for the integration test. */
export function describeVerification(data: Record<string, unknown>, now = Date.now()): string[] {
  const lines = [`${data.valid === true ? '$(pass) valid' : '$(error) not valid'}: ${str(data.code) ?? 'no code'}`];
  if (str(data.keyId)) lines.push(`Key ID: ${str(data.keyId)}`);
  if (str(data.name)) lines.push(`Name: ${str(data.name)}`);
  if (typeof data.enabled === 'boolean') lines.push(`Enabled: ${data.enabled ? 'yes' : 'no'}`);
  const identity = data.identity as Record<string, unknown> | undefined;
  if (identity && typeof identity === 'object') lines.push(`Identity: ${str(identity.externalId) ?? '?'} (${str(identity.id) ?? '?'})`);
  const permissions = list(data.permissions);
  lines.push(`Permissions: ${permissions ? permissions.join(', ') || 'none' : 'not returned (Unkey lists them only when a permission query is checked)'}`);
  const roles = list(data.roles);
  lines.push(`Roles: ${roles ? roles.join(', ') || 'none' : 'not returned'}`);
  lines.push(`Credits: ${typeof data.credits === 'number' ? `${data.credits} remaining` : 'unlimited'}`);
  if (typeof data.expires === 'number') {
    const left = data.expires - now;
    lines.push(`Expires: ${new Date(data.expires).toISOString()} (${left > 0 ? `in ${duration(left)}` : `${duration(left)} ago`})`);
  } else {
    lines.push('Expires: never');
  }
  for (const limit of Array.isArray(data.ratelimits) ? (data.ratelimits as Record<string, unknown>[]) : []) {
    lines.push(
      `Rate limit ${str(limit.name) ?? '?'}: ${limit.remaining ?? '?'} of ${limit.limit ?? '?'} left per ${typeof limit.duration === 'number' ? duration(limit.duration) : '?'}${limit.exceeded ? ' (exceeded)' : ''}`,
    );
  }
  if (data.meta && typeof data.meta === 'object') lines.push(`Meta: ${JSON.stringify(data.meta).slice(0, 200)}`);
  return lines;
}

function showLines(title: string, lines: string[], requestId: string | undefined): void {
  const picker = vscode.window.createQuickPick<vscode.QuickPickItem & { copy?: string }>();
  picker.title = title;
  picker.placeholder = requestId ? 'Select the request ID to copy it' : 'Result';
  picker.items = [...lines.map((label) => ({ label })), ...(requestId ? [{ label: `$(copy) Request ID: ${requestId}`, copy: requestId }] : [])];
  picker.onDidAccept(() => {
    const copy = picker.selectedItems[0]?.copy;
    if (copy) void vscode.env.clipboard.writeText(copy);
    picker.hide();
  });
  picker.onDidHide(() => picker.dispose());
  picker.show();
}

/** What a verification spends: no credits, but the API always counts it against auto-applied rate limits. */
export const SPEND_NOTE = 'No credits are spent (cost 0), but a rate limit set to apply automatically on this key counts this request.';

export async function verifyApiKey(secrets: vscode.SecretStorage, tester: KeyTester, log: Log, args?: VerifyArgs): Promise<VerifyResult | undefined> {
  if (refuseUntrusted()) return { ok: false, message: RESTRICTED_MESSAGE };
  const rootKey = await secrets.get(SECRET_KEY);
  if (rootKey === undefined || !checkKeyShape(rootKey).ok) {
    const message = 'Unkey: verifying an API key needs a stored root key with the verify_key permission. Run "Unkey Lint: Set Root Key" first.';
    void vscode.window.showWarningMessage(message, 'Set Root Key').then((action) => action && vscode.commands.executeCommand('unkeyLint.setRootKey'));
    return { ok: false, message };
  }
  const key =
    args?.key ??
    (await vscode.window.showInputBox({ title: 'Unkey Lint: Verify an API Key', prompt: "The end user's API key to verify", password: true, ignoreFocusOut: true }));
  if (!key) return undefined;
  const permissions =
    args?.permissions ??
    (await vscode.window.showInputBox({
      title: 'Unkey Lint: Verify an API Key',
      // The last step before the request: say what it spends, and that Escape cancels.
      prompt: `Permissions to check (optional; Unkey lists the key’s permissions and roles only when a query is checked). Press Enter to verify, Escape to cancel. ${SPEND_NOTE}`,
      placeHolder: 'documents.read AND users.view',
      ignoreFocusOut: true,
    }));
  if (permissions === undefined) return undefined;

  // cost 0: looking at a key must not spend its credits (the v2 schema allows 0).
  const body = { key, ...(permissions.trim() ? { permissions: permissions.trim() } : {}), credits: { cost: 0 } };
  const result = await tester.verifyKeyRequest('Unkey: verifying the API key…', rootKey, body, args?.timeoutMs);
  if ('refused' in result) {
    void vscode.window.showErrorMessage(`Unkey: ${result.refused}`);
    return { ok: false, message: result.refused };
  }
  // Everything below may hold text from the network: neither key may reach a log line, a notification or the result.
  const keys = [key, rootKey];
  const label = maskKey(key);
  const parsed = result.kind === 'response' && result.status === 200 ? parseBody(result.body) : undefined;
  const data = parsed?.data;
  if (!data || typeof data.valid !== 'boolean') {
    // Not a verification: the root key (or the network) failed. Say so in the root key's terms.
    const verdict = redactVerdict(interpretVerifyResult(result), keys);
    const message = `Unkey: could not verify ${label}. ${verdict.message}`;
    log.info(`verify api key: key=${label} outcome=${verdict.outcome} requestId=${verdict.requestId ?? '-'} latency=${verdict.latencyMs ?? '-'} ms`);
    void vscode.window.showErrorMessage(message);
    return { ok: false, message, requestId: verdict.requestId, latencyMs: verdict.latencyMs };
  }
  const requestId = parsed.requestId && redactAll(parsed.requestId, keys) === parsed.requestId ? parsed.requestId : undefined;
  const lines = describeVerification(data).map((line) => redactAll(line, keys));
  log.info(redactAll(`verify api key: key=${label} code=${str(data.code) ?? '-'} keyId=${str(data.keyId) ?? '-'} requestId=${requestId ?? '-'} latency=${result.latencyMs} ms`, keys));
  showLines(`Unkey: ${label} is ${data.valid === true ? 'valid' : 'not valid'}`, lines, requestId);
  return { ok: true, message: lines[0]!, requestId, data, lines, latencyMs: result.latencyMs };
}
