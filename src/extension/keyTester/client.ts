// The only code that sends a key anywhere. Node's http/https directly (not fetch) so that nothing
// follows a redirect, and every rule about where a key may go is enforced right here:
// https, or http to loopback; no userinfo; one request to the configured origin; a hard timeout.
// No `vscode` import, so the unit tests drive it against the emulator.
import * as http from 'node:http';
import * as https from 'node:https';
import * as dns from 'node:dns';
import { performance } from 'node:perf_hooks';
import { checkApiBaseUrl, endpointUrl, isLoopbackHost, REQUEST_TIMEOUT_MS, type HttpResult, type NetworkErrorKind } from '../../core/keyCheck';

export interface PostOptions {
  /** `unkeyLint.apiBaseUrl`, validated here again whatever the caller did. */
  baseUrl: string;
  /** e.g. `/v2/keys.verifyKey`. */
  path: string;
  /** Sent as `Authorization: Bearer <rootKey>`. */
  rootKey: string;
  body: unknown;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Thrown (as a rejected promise) when the URL may not receive a key; nothing was sent. */
export class RefusedUrlError extends Error {}

const MAX_BODY_BYTES = 1024 * 1024;
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO$|HOSTNAME_MISMATCH)/;

function classify(error: NodeJS.ErrnoException): NetworkErrorKind {
  const code = error.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') return 'reset';
  if (TLS_CODES.test(code)) return 'tls';
  return 'other';
}

// For plain http the host must not only be named loopback but resolve to it: a hosts file that maps
// `localhost` elsewhere would otherwise carry the key in clear text off the machine.
const loopbackOnlyLookup: typeof dns.lookup = ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error);
    const list = (addresses as dns.LookupAddress[]).filter((a) => a.address === '::1' || /^127\./.test(a.address));
    if (!list.length) return callback(Object.assign(new Error(`${hostname} does not resolve to a loopback address`), { code: 'ENOTLOOPBACK' }));
    if (options.all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
}) as typeof dns.lookup;

/**
 * POSTs JSON with the root key as bearer token. Resolves with the response or the network error;
 * rejects only with RefusedUrlError, before anything is sent.
 */
export function postWithRootKey(options: PostOptions): Promise<HttpResult> {
  const checked = checkApiBaseUrl(options.baseUrl);
  if (!checked.ok) return Promise.reject(new RefusedUrlError(checked.message));
  // Cancelled already: not even a connection is opened.
  if (options.signal?.aborted) return Promise.resolve({ kind: 'network-error', error: 'cancelled', detail: '', latencyMs: 0 });
  const url = endpointUrl(checked.url, options.path);
  const payload = JSON.stringify(options.body);
  const secure = url.protocol === 'https:';
  const timeoutMs = Math.min(options.timeoutMs ?? REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_MS);
  const started = performance.now();
  const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;

  return new Promise<HttpResult>((resolve) => {
    let settled = false;
    const finish = (result: HttpResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const fail = (error: NetworkErrorKind, detail: string): void => {
      finish({ kind: 'network-error', error, detail, latencyMs: elapsed() });
      request.destroy();
    };
    const onAbort = (): void => fail('cancelled', '');

    const requestOptions: https.RequestOptions = {
      method: 'POST',
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path: url.pathname,
      headers: {
        Authorization: `Bearer ${options.rootKey}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Content-Length': Buffer.byteLength(payload),
        'User-Agent': 'unkey-lint-key-tester',
      },
      // A fresh agent: no pooled socket from another origin, no keep-alive left behind.
      agent: secure ? new https.Agent({ keepAlive: false }) : new http.Agent({ keepAlive: false }),
      ...(secure ? {} : isLoopbackHost(url.hostname) ? { lookup: loopbackOnlyLookup } : {}),
    };
    const request = (secure ? https : http).request(requestOptions, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) return fail('other', 'the answer is larger than 1 MiB');
        chunks.push(chunk);
      });
      response.on('end', () => {
        const headers: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(response.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        finish({ kind: 'response', status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8'), latencyMs: elapsed() });
      });
      response.on('error', (error: NodeJS.ErrnoException) => fail(classify(error), error.code ?? error.message));
    });
    const timer = setTimeout(() => fail('timeout', ''), timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => fail(classify(error), error.code ?? error.message));
    options.signal?.addEventListener('abort', onAbort);
    request.end(payload);
  });
}
