// The key tester's pure logic: the local shape check of a root key, the rules for where a key may be
// sent, and the mapping from an HTTP result of `POST /v2/keys.verifyKey` to a verdict.
// No `vscode` import: the extension and the unit tests share it.
import { maskKey, redact } from './mask';

export const ROOT_KEY_PREFIX = 'unkey_';
export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** A root key has at least this many base58 characters after `unkey_` (README: "What a root key looks like"). */
export const MIN_KEY_BODY_LENGTH = 20;
export const DEFAULT_API_BASE_URL = 'https://api.unkey.com';
export const VERIFY_KEY_PATH = '/v2/keys.verifyKey';
/** The key sent in the body when testing a root key: it cannot exist (it is not even a key's shape). */
export const THROWAWAY_KEY = 'unkey-lint-key-tester-throwaway-key';
export const REQUEST_TIMEOUT_MS = 10_000;
const DOCS_BASE = 'https://unkey.com/docs/errors/';

export type ShapeProblemCode =
  | 'empty'
  | 'surrounding'
  | 'bearer-prefix'
  | 'placeholder'
  | 'key-id'
  | 'not-root-key'
  | 'not-base58'
  | 'too-short';

export type ShapeCheck = { ok: true } | { ok: false; code: ShapeProblemCode; message: string };

const PLACEHOLDERS = new Set(
  ['unkey_YOUR_API_KEY', 'unkey_XXXX', '<UNKEY_ROOT_KEY>', '<YOUR_ROOT_KEY>', 'YOUR_ROOT_KEY', '{ROOT_KEY}', '<token>', 'unkey_1234567890']
    .map((p) => p.toLowerCase()),
);

/** Why `key` is recognisably a placeholder, or undefined. Case-insensitive on the whole key. */
function placeholderReason(key: string): string | undefined {
  const lower = key.toLowerCase();
  if (PLACEHOLDERS.has(lower)) return `"${key}" is a placeholder from the docs, not a key`;
  if (/^<[^<>]*>$|^\{[^{}]*\}$|^\{\{[^{}]*\}\}$/.test(key)) return `${describePlaceholder(key)} is a template placeholder, not a key`;
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(key)) {
    return `${describePlaceholder(key)} is a variable reference that was never expanded: the value is the reference's own text`;
  }
  if (/\.\.\.|…/.test(key)) return 'The value contains an ellipsis: it is a shortened (masked) key or a placeholder, not a whole key';
  const lastSegment = key.slice(key.lastIndexOf('_') + 1);
  if (/your[_-]?(api|root)?[_-]?key|your[_-]?token|replace[_-]?me|change[_-]?me|x{6,}/i.test(key) || /^x{4,}$/i.test(lastSegment)) {
    return `${describePlaceholder(key)} looks like a placeholder, not a key`;
  }
  // unkey_1234567890, unkey_123456789012...: a counting run of digits is a docs example.
  const body = key.startsWith(ROOT_KEY_PREFIX) ? key.slice(ROOT_KEY_PREFIX.length) : '';
  if (body.length >= 8 && '12345678901234567890123456789012345678901234567890'.startsWith(body)) {
    return `${describePlaceholder(key)} is an example key from the docs (a counting run of digits)`;
  }
  return undefined;
}

// Placeholders are not secrets, but `<unkey_…>` or `$unkey_…` might wrap a real key: quote only short
// values (a root key has at least 26 characters).
function describePlaceholder(key: string): string {
  return key.length <= 24 ? `"${key}"` : 'The value';
}

/** Human name for a character, for "character 14 is '0' (zero)". */
export function describeChar(ch: string): string {
  const names: Record<string, string> = {
    '0': "'0' (zero)",
    O: "'O' (capital o)",
    I: "'I' (capital i)",
    l: "'l' (lower-case L)",
    ' ': 'a space',
    '\t': 'a tab',
    '\n': 'a line break',
    '\r': 'a carriage return',
    '"': 'a double quote',
    "'": 'a single quote',
    '`': 'a backtick',
  };
  if (names[ch]) return names[ch];
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0xa0)) return `the control character ${hex}`;
  if (/[\u200b-\u200d\u2060\ufeff]/u.test(ch)) return `an invisible character (${hex})`;
  if (/\s/u.test(ch)) return `a white-space character (${hex})`;
  if (cp > 0x7e) return `'${ch}' (${hex})`;
  return `'${ch}'`;
}

/**
 * Whether a token under the cursor is worth offering as "the key under the cursor": `unkey_…` (even a
 * mangled one, which the shape check then explains), or `prefix_` + a long random-looking base58 run
 * (an end user's key), or such a run alone. Identifiers (`rootKey`, `UNKEY_ROOT_KEY`,
 * `process.env.X`) are not: a random run has digits and letters, not only a word's letters.
 */
export function looksLikeKey(token: string): boolean {
  if (/^unkey_[A-Za-z0-9]{8,}$/i.test(token)) return true;
  const match = /^(?:[A-Za-z0-9]{1,12}_){0,3}([1-9A-HJ-NP-Za-km-z]{16,})$/.exec(token);
  if (!match) return false;
  const random = match[1];
  return /[0-9]/.test(random) && /[A-Za-z]/.test(random);
}

/**
 * The local check of a root key's shape. Every problem found here stops the test before any request.
 * Messages never quote a key whole (placeholders excepted, which are not secrets).
 */
export function checkKeyShape(key: string): ShapeCheck {
  const fail = (code: ShapeProblemCode, message: string): ShapeCheck => ({ ok: false, code, message });
  const trimmed = key.trim();
  if (trimmed === '') {
    return fail('empty', key === '' ? 'The key is empty.' : 'The key is only white space.');
  }
  const extra = surroundingExtras(key);
  if (extra) {
    return fail('surrounding', `The key has ${extra} pasted along with it; a root key is only "unkey_" followed by letters and digits. Remove the extra characters and try again.`);
  }
  if (/^bearer[\s:]/i.test(trimmed)) {
    return fail('bearer-prefix', `The key starts with "${trimmed.slice(0, 7)}": that is part of the Authorization header, not of the key. Remove it; the tester adds "Bearer " itself.`);
  }
  const placeholder = placeholderReason(trimmed);
  if (placeholder) return fail('placeholder', `${placeholder}. Use the root key from the Unkey dashboard (Settings → Root Keys).`);
  if (/^key_/.test(trimmed)) {
    return fail('key-id', 'This is a key id (key_…), not a key: ids name keys in the dashboard and the API but authenticate nothing. Use the root key itself ("unkey_…").');
  }
  if (!trimmed.startsWith(ROOT_KEY_PREFIX)) {
    if (/^unkey_/i.test(trimmed) || /^unkey[^_]/i.test(trimmed)) {
      return fail('not-root-key', `The key starts with "${trimmed.slice(0, 6)}", not "unkey_": root keys begin with exactly "unkey_" in lower case.`);
    }
    // Named only when it reads like a prefix (`sk_live_`) with a long rest: in a random token an
    // underscore can come early, and what stands before it is part of the secret.
    const prefix = /^(?:[a-z0-9]{1,8}_){1,3}/.exec(trimmed)?.[0];
    const what = prefix && trimmed.length - prefix.length >= 16 ? `has the prefix "${prefix}"` : 'has no "unkey_" prefix';
    return fail('not-root-key', `This key ${what}: it looks like an end user's API key, not a root key. Root keys start with "unkey_". To check an end user's key, use "Unkey Lint: Verify an API Key".`);
  }
  const body = trimmed.slice(ROOT_KEY_PREFIX.length);
  const chars = Array.from(body);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (BASE58_ALPHABET.includes(ch)) continue;
    // 1-based position in the whole key, counted in characters (not UTF-16 units).
    const position = Array.from(ROOT_KEY_PREFIX).length + i + 1;
    const why = /^[0-9A-Za-z]$/.test(ch) ? 'which base58 never uses' : 'which a root key never contains';
    return fail('not-base58', `Not a root key: after "unkey_" a root key has only base58 characters, and character ${position} is ${describeChar(ch)}, ${why}. It may have been mistyped or mangled in copying.`);
  }
  if (chars.length < MIN_KEY_BODY_LENGTH) {
    return fail('too-short', `Too short for a root key: ${chars.length} characters after "unkey_", where a root key has at least ${MIN_KEY_BODY_LENGTH} (usually 24). It may have been cut off in copying.`);
  }
  return { ok: true };
}

/** "quotes", "a leading space", "a trailing newline"... or undefined when the key has none. */
function surroundingExtras(key: string): string | undefined {
  const inner = key.trim();
  const quoteStart = /^["'`]/.test(inner);
  const quoteEnd = /["'`]$/.test(inner);
  if (quoteStart && quoteEnd && inner.length >= 2) return `quotes (${inner[0]}…${inner.at(-1)})`;
  if (quoteStart) return `a quote (${inner[0]}) in front`;
  if (quoteEnd) return `a quote (${inner.at(-1)}) at the end`;
  const lead = /^\s+/.exec(key)?.[0];
  const trail = /\s+$/.exec(key)?.[0];
  const name = (ws: string): string => (/[\r\n]/.test(ws) ? 'a newline' : ws.length > 1 ? 'spaces' : 'a space');
  if (lead && trail) return `${name(lead)} before it and ${name(trail)} after it`;
  if (lead) return `${name(lead) === 'spaces' ? 'spaces' : name(lead)} in front`;
  if (trail) return `${name(trail)} at the end`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Where a key may go

export type UrlCheck = { ok: true; url: URL } | { ok: false; message: string };

/** True for 127.0.0.0/8, localhost and [::1]: the only hosts plain HTTP may carry a key to. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Validates `unkeyLint.apiBaseUrl`: https, or http to loopback; no userinfo, query or fragment.
 * WHATWG URL parsing normalises `127.1`, `0x7f.1` and `LOCALHOST`, so the loopback test sees canonical hosts.
 */
export function checkApiBaseUrl(raw: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    // Quoted to help fix a typo, without any user:password@ part.
    return { ok: false, message: `unkeyLint.apiBaseUrl is not a URL ("${raw.replace(/^([^/]*\/\/)?[^/]*@/, '$1…@')}").` };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'unkeyLint.apiBaseUrl contains a user name or password (user:pass@host); the key tester refuses to send a key to such a URL.' };
  }
  // An empty `?` or `#` leaves search and hash empty but is still in the URL (and would be sent).
  if (url.search || url.hash || /[?#]/.test(url.href)) {
    return { ok: false, message: 'unkeyLint.apiBaseUrl must not contain a query (?…) or fragment (#…).' };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return { ok: true, url };
    return { ok: false, message: `unkeyLint.apiBaseUrl uses plain http:// to ${url.hostname}; a key is only sent over https://, or over http:// to this machine (127.0.0.1, localhost, [::1]).` };
  }
  return { ok: false, message: `unkeyLint.apiBaseUrl must be an https:// URL (got ${url.protocol}).` };
}

/** `{base}/v2/keys.verifyKey`, keeping a path prefix on the base (a proxy mounted under /unkey). */
export function endpointUrl(base: URL, path: string): URL {
  const url = new URL(base.href);
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  return url;
}

// ---------------------------------------------------------------------------------------------
// What the answer means

export type NetworkErrorKind = 'timeout' | 'cancelled' | 'dns' | 'tls' | 'refused' | 'reset' | 'other';

/** What the HTTP client hands back: a response, or why there was none. */
export type HttpResult =
  | {
      kind: 'response';
      status: number;
      /** Lower-case header names. */
      headers: Record<string, string | undefined>;
      body: string;
      latencyMs: number;
    }
  | { kind: 'network-error'; error: NetworkErrorKind; detail: string; latencyMs: number };

export type Outcome =
  | 'works'
  | 'works-without-permission'
  | 'header-rejected'
  | 'key-not-found'
  | 'key-disabled'
  | 'workspace-disabled'
  | 'forbidden'
  | 'rate-limited'
  | 'redirect'
  | 'unreachable'
  | 'cancelled'
  | 'unexpected'
  | 'not-unkey-api'
  | 'invalid-shape'
  | 'refused-url'
  | 'restricted';

/** The result of a key test, shown to the user and returned to callers. Never holds the key. */
export interface Verdict {
  outcome: Outcome;
  /** The key authenticated. */
  ok: boolean;
  severity: 'info' | 'warning' | 'error';
  /** One or two sentences for the notification. */
  message: string;
  status?: number;
  /** The error `type` URL from the body, when the API sent one. */
  errorType?: string;
  requestId?: string;
  /** The page explaining this outcome (an error page of the Unkey docs). */
  docsUrl?: string;
  latencyMs?: number;
  /** For 'invalid-shape': which local check failed. */
  shapeProblem?: ShapeProblemCode;
}

/** Docs page for an error code such as `unkey/authentication/key_not_found`. */
export function docsUrlFor(code: string): string {
  return DOCS_BASE + code;
}

// Only pages on unkey.com/docs are offered as links: the body comes from the network.
function trustedDocsUrl(type: string | undefined): string | undefined {
  if (!type) return undefined;
  try {
    const url = new URL(type);
    // The page only: a query or fragment from the network has nothing to add to a docs link.
    if (url.protocol === 'https:' && url.hostname === 'unkey.com' && url.pathname.startsWith('/docs/')) return url.origin + url.pathname;
  } catch {
    // not a URL
  }
  return undefined;
}

export interface ParsedBody {
  json: boolean;
  requestId?: string;
  type?: string;
  detail?: string;
  data?: Record<string, unknown>;
}

/** The parts of an Unkey API answer the tester reads: `meta.requestId` (cleaned), `error.type`/`detail`, `data`. */
export function parseBody(body: string): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { json: false };
  }
  if (!value || typeof value !== 'object') return { json: false };
  const record = value as Record<string, unknown>;
  const meta = record.meta as Record<string, unknown> | undefined;
  const error = record.error as Record<string, unknown> | undefined;
  const requestId = typeof meta?.requestId === 'string' ? cleanRequestId(meta.requestId) : undefined;
  return {
    json: true,
    requestId,
    type: typeof error?.type === 'string' ? error.type : undefined,
    detail: typeof error?.detail === 'string' ? error.detail.slice(0, 300) : undefined,
    data: record.data && typeof record.data === 'object' ? (record.data as Record<string, unknown>) : undefined,
  };
}

// Request ids are shown and copied: keep them short and printable.
function cleanRequestId(id: string): string | undefined {
  const clean = id.replace(/[^\w.:-]/g, '').slice(0, 100);
  return clean || undefined;
}

/** The last two path segments of an error type: `authentication/key_not_found`. Works for both URL forms. */
export function errorCode(type: string | undefined): string | undefined {
  if (!type) return undefined;
  const match = /(?:^|\/)(authentication|authorization|application|data|limits|user|bad_request|too_many_requests)\/([A-Za-z_]+)\/?$/.exec(type);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The validator's detail when a request arrives without the Authorization header. */
const MISSING_HEADER_DETAIL = "Authorization header for 'bearer' scheme";
const NOT_JUDGED = 'The key was not judged.';
const CHECK_BASE = 'Check unkeyLint.apiBaseUrl (the API\'s origin, such as https://api.unkey.com, with no /v2 or other path) and any proxy in between.';

/**
 * Maps the answer to `POST /v2/keys.verifyKey` (sent with a throwaway key) to a verdict. The v2 server
 * checks routing, then the request against its OpenAPI document, then the bearer token, then permissions;
 * the tester's request passes the first two at the Unkey API, so a 404, a 405 or an invalid_input answer
 * says where the request went (another server, a path prefix, a proxy), not what the key is.
 */
export function interpretVerifyResult(result: HttpResult): Verdict {
  const latencyMs = result.latencyMs;
  if (result.kind === 'network-error') return networkVerdict(result.error, result.detail, latencyMs);

  const { status, headers } = result;
  const parsed = parseBody(result.body);
  const requestId = parsed.requestId ?? (headers['unkey-request-id'] ? cleanRequestId(headers['unkey-request-id']) : undefined);
  const base = { status, requestId, latencyMs, errorType: parsed.type };
  const suffix = requestId ? ` (request ${requestId})` : '';

  if (status >= 300 && status < 400) {
    const where = redirectTarget(headers.location);
    return {
      ...base,
      outcome: 'redirect',
      ok: false,
      severity: 'error',
      message: `The API answered with a redirect (HTTP ${status}) to ${where}. The key tester does not follow redirects, so the key was not sent there. Check unkeyLint.apiBaseUrl.`,
    };
  }

  const code = errorCode(parsed.type);
  const docsUrl = trustedDocsUrl(parsed.type) ?? (code ? docsUrlFor(`unkey/${code}`) : undefined);
  const detail = parsed.detail ? ` The API says: "${parsed.detail}"` : '';
  const type = headers['content-type']?.split(';')[0]?.trim();

  // Routing comes first at the Unkey API, and it routes POST /v2/keys.verifyKey.
  if ((status === 404 || status === 405) && !code?.startsWith('authentication/') && !code?.startsWith('authorization/')) {
    const what = status === 404 ? 'has no route POST /v2/keys.verifyKey' : 'does not accept POST for /v2/keys.verifyKey';
    const tail = parsed.type?.split('/').slice(-2).join('/');
    const body = !parsed.json && result.body.trim() ? `, "${printable(result.body)}"` : tail ? `, ${printable(tail)}` : '';
    return {
      ...base,
      docsUrl: trustedDocsUrl(parsed.type),
      outcome: 'not-unkey-api',
      ok: false,
      severity: 'error',
      message: `This is not the Unkey API (HTTP ${status}${type && !parsed.json ? ` ${type}` : ''}${body})${suffix}: the server that answered ${what}, which the Unkey API has. ${CHECK_BASE} ${NOT_JUDGED}`,
    };
  }
  // Then the OpenAPI validator, which the tester's request satisfies: header present, body { key }.
  if (code === 'application/invalid_input') {
    if (parsed.detail === MISSING_HEADER_DETAIL) {
      return {
        ...base,
        docsUrl,
        outcome: 'header-rejected',
        ok: false,
        severity: 'error',
        message: `The request reached the API without its Authorization header (HTTP ${status}, application/invalid_input, "${MISSING_HEADER_DETAIL}")${suffix}: the key tester sends it, so a proxy in between removed it. ${NOT_JUDGED}`,
      };
    }
    return {
      ...base,
      docsUrl,
      outcome: 'not-unkey-api',
      ok: false,
      severity: 'error',
      message: `This is not the Unkey API, or not its v2 (HTTP ${status}, application/invalid_input${parsed.detail ? `, "${parsed.detail}"` : ''})${suffix}: the Unkey v2 API accepts the key tester's request as sent, so something in between changed it or another server answered. ${CHECK_BASE} ${NOT_JUDGED}`,
    };
  }

  switch (code) {
    case 'authentication/missing':
      // With the validator in front, the v2 server says this only when the header did not arrive.
      return {
        ...base,
        docsUrl,
        outcome: 'header-rejected',
        ok: false,
        severity: 'error',
        message: `The API says the request had no credentials (authentication/missing, HTTP ${status})${suffix}: the key tester sends the Authorization header, so a proxy in between removed it. ${NOT_JUDGED}`,
      };
    case 'authentication/malformed':
      return {
        ...base,
        docsUrl,
        outcome: 'header-rejected',
        ok: false,
        severity: 'error',
        message: `The API rejected the Authorization header as ${code.split('/')[1]} (HTTP ${status})${suffix}: the key probably contains a character that breaks the header. If the key looks right, this is a bug in the key tester.`,
      };
    case 'authentication/key_not_found':
      return {
        ...base,
        docsUrl,
        outcome: 'key-not-found',
        ok: false,
        severity: 'error',
        message: `Not a valid root key (HTTP ${status})${suffix}: Unkey does not know it. It may be revoked, mistyped, from another workspace, or an end user's key rather than a root key.`,
      };
    case 'authorization/key_disabled':
      return { ...base, docsUrl, outcome: 'key-disabled', ok: false, severity: 'error', message: `This root key is disabled (HTTP ${status})${suffix}. Re-enable it in the Unkey dashboard or create a new one.` };
    case 'authorization/workspace_disabled':
      return { ...base, docsUrl, outcome: 'workspace-disabled', ok: false, severity: 'error', message: `The workspace of this root key is disabled (HTTP ${status})${suffix}. Contact Unkey support or re-enable the workspace.` };
    case 'authorization/insufficient_permissions':
      // Authorization runs after authentication: the key itself was accepted.
      return {
        ...base,
        docsUrl,
        outcome: 'works-without-permission',
        ok: true,
        severity: 'warning',
        message: `The root key is valid, but it lacks the verify_key permission the test call needs (HTTP ${status})${suffix}. Management calls it has permissions for will work.`,
      };
    case 'authorization/forbidden':
      return { ...base, docsUrl, outcome: 'forbidden', ok: false, severity: 'error', message: `The API refused this root key (HTTP ${status}, forbidden)${suffix}.${detail}` };
  }

  if (status === 429) {
    return { ...base, docsUrl, outcome: 'rate-limited', ok: false, severity: 'warning', message: `Rate limited (HTTP 429)${suffix}: the workspace sent too many requests. The key was not judged; try again in a minute.` };
  }
  if (status >= 500) {
    return {
      ...base,
      docsUrl,
      outcome: 'unreachable',
      ok: false,
      severity: 'error',
      message: `Could not reach the API: it answered with a server error (HTTP ${status})${suffix}. The key was not judged; try again later.`,
    };
  }
  if (!parsed.json) {
    return {
      ...base,
      outcome: 'unreachable',
      ok: false,
      severity: 'error',
      message: `Could not reach the API: the answer (HTTP ${status}${type ? `, ${type}` : ''}) is not JSON, so whatever answered is not the Unkey API. Check unkeyLint.apiBaseUrl and any proxy.`,
    };
  }
  if (status === 200) {
    const valid = parsed.data?.valid;
    const verifyCode = parsed.data?.code;
    if (typeof valid === 'boolean' && typeof verifyCode === 'string') {
      return {
        ...base,
        outcome: 'works',
        ok: true,
        severity: 'info',
        message: `The root key works: Unkey accepted it${suffix}.`,
      };
    }
  }
  if (status === 403) {
    return { ...base, docsUrl, outcome: 'forbidden', ok: false, severity: 'error', message: `The API refused this root key (HTTP 403)${suffix}.${detail}` };
  }
  return {
    ...base,
    docsUrl,
    outcome: 'unexpected',
    ok: false,
    severity: 'error',
    message: `Unexpected answer from the API (HTTP ${status}${code ? `, ${code}` : ''})${suffix}; the key was not judged.${detail}`,
  };
}

/** A short, single-line piece of a plain-text answer, for the message. */
function printable(text: string): string {
  const line = text.trim().split(/\r?\n/)[0]!.replace(/[^\x20-\x7e]/g, '');
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

// Only the origin of a Location is shown: the rest of a URL from the network is of no use here.
function redirectTarget(location: string | undefined): string {
  if (!location) return 'an unnamed location';
  try {
    return new URL(location).origin;
  } catch {
    return 'a path on the same host';
  }
}

function networkVerdict(error: NetworkErrorKind, detail: string, latencyMs: number): Verdict {
  if (error === 'cancelled') {
    return { outcome: 'cancelled', ok: false, severity: 'info', message: 'Key test cancelled.', latencyMs };
  }
  const causes: Record<Exclude<NetworkErrorKind, 'cancelled'>, string> = {
    timeout: `no answer within ${REQUEST_TIMEOUT_MS / 1000} seconds (timeout)`,
    dns: 'the host name could not be resolved (DNS)',
    tls: 'the secure connection failed (TLS certificate or handshake)',
    refused: 'the connection was refused',
    reset: 'the connection was closed before an answer came',
    other: 'the request failed',
  };
  return {
    outcome: 'unreachable',
    ok: false,
    severity: 'error',
    message: `Could not reach the API: ${causes[error]}${detail ? ` (${detail})` : ''}. The key was not judged.`,
    latencyMs,
  };
}

/** A verdict for a key that failed the local check: no request was made. */
export function shapeVerdict(check: Extract<ShapeCheck, { ok: false }>): Verdict {
  return { outcome: 'invalid-shape', ok: false, severity: 'error', message: check.message, shapeProblem: check.code };
}

/**
 * Server-provided text must never echo a key back: each secret in any letter case, and anything
 * key-shaped, is masked (the shared `redact`).
 */
export function redactAll(text: string, secrets: readonly string[]): string {
  return redact(text, secrets);
}

/**
 * The verdict with every text that came from the network (message, error type, request id, docs link)
 * cleared of the keys: it is logged, shown and returned to callers. A request id or link that held a
 * key is dropped (it is copied or opened, not read).
 */
export function redactVerdict(verdict: Verdict, secrets: readonly string[]): Verdict {
  const clean = (text: string | undefined): string | undefined => (text === undefined ? undefined : redactAll(text, secrets));
  const keepIfClean = (text: string | undefined): string | undefined => (clean(text) === text ? text : undefined);
  return {
    ...verdict,
    message: redactAll(verdict.message, secrets),
    errorType: clean(verdict.errorType),
    requestId: keepIfClean(verdict.requestId),
    docsUrl: keepIfClean(verdict.docsUrl),
  };
}
