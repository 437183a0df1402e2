// How the Unkey API server reads an Authorization header (pkg/zen/auth.go in unkeyed/unkey):
// trim the value; it must start with exactly "Bearer " (capital B, one space); trim the rest;
// an empty rest is malformed. This module judges a Value the engine evaluated as far as it could.
import type { Value } from './types';
import { OPAQUE, flatten } from './value';

export type AuthorizationVerdict =
  /** The server accepts the format (the key itself may still be wrong). */
  | { kind: 'ok'; tokenStart: number }
  /** Cannot tell: the scheme is built from something the engine cannot see. */
  | { kind: 'unknown' }
  /** An empty header counts as no header. */
  | { kind: 'empty' }
  /** A key (or an env var holding one) with no scheme in front. */
  | { kind: 'no-scheme'; at: number }
  /** `bearer`, `BEARER`: the scheme is compared case-sensitively. */
  | { kind: 'wrong-case'; at: number; scheme: string }
  /** `Token x`, `Basic x`: another scheme. */
  | { kind: 'other-scheme'; at: number; scheme: string }
  /** `Bearer:x`. */
  | { kind: 'colon'; at: number; end: number }
  /** `Bearerunkey_…`, `"Bearer" + key`. */
  | { kind: 'glued'; at: number }
  /** `Bearer` with nothing after it. */
  | { kind: 'empty-token'; at: number }
  /** The token holds white space, so it cannot be a key (the server answers key_not_found). */
  | { kind: 'whitespace-in-token'; at: number }
  /** `Bearer Bearer x`. */
  | { kind: 'double-bearer'; at: number; end: number };

// Env vars that by convention hold the bare key, so `Authorization: process.env.UNKEY_ROOT_KEY` lacks the scheme.
const KEY_VARIABLE = /(?:^|_)(?:ROOT_?KEY|API_?KEY|KEY|TOKEN|SECRET)$/i;
const NOT_A_KEY_VARIABLE = /AUTH|HEADER|BEARER/i;

const WS = /\s/;

export function judgeAuthorization(value: Value): AuthorizationVerdict {
  const flat = flatten(value);
  let at = 0;
  while (at < flat.length && WS.test(flat[at])) at++;
  if (at === flat.length) return { kind: 'empty' };
  const rest = flat.slice(at);

  if (rest[0] === OPAQUE) {
    // Only a lone env reference to a key variable is known to lack the scheme.
    const only = value.parts.length === 1 && value.parts[0].kind === 'opaque' ? value.parts[0] : undefined;
    if (only?.envVar && KEY_VARIABLE.test(only.envVar) && !NOT_A_KEY_VARIABLE.test(only.envVar)) return { kind: 'no-scheme', at };
    return { kind: 'unknown' };
  }

  if (rest.startsWith('Bearer ')) {
    let tokenStart = at + 7;
    while (tokenStart < flat.length && WS.test(flat[tokenStart])) tokenStart++;
    let tokenEnd = flat.length;
    while (tokenEnd > tokenStart && WS.test(flat[tokenEnd - 1])) tokenEnd--;
    if (tokenEnd === tokenStart) return { kind: 'empty-token', at };
    const token = flat.slice(tokenStart, tokenEnd);
    const again = /^bearer(?:\s+|:|$)/i.exec(token);
    if (again) return { kind: 'double-bearer', at: tokenStart, end: tokenStart + again[0].length };
    const space = token.search(/\s/);
    if (space !== -1) return { kind: 'whitespace-in-token', at: tokenStart + space };
    return { kind: 'ok', tokenStart };
  }

  const scheme = /^[A-Za-z][A-Za-z0-9_-]*/.exec(rest)?.[0] ?? '';
  if (/^bearer$/i.test(scheme.slice(0, 6)) && scheme.length >= 6) {
    const after = rest.slice(6);
    if (scheme.length > 6 || after[0] === OPAQUE) return { kind: 'glued', at: at + 6 };
    if (after.length === 0 || /^\s*$/.test(after)) return { kind: 'empty-token', at };
    if (after[0] === ':') {
      let end = at + 7;
      while (end < flat.length && WS.test(flat[end])) end++;
      return { kind: 'colon', at, end };
    }
    if (WS.test(after[0]) && rest.slice(0, 6) !== 'Bearer') return { kind: 'wrong-case', at, scheme: rest.slice(0, 6) };
    // "Bearer\t…": white space other than a space after the scheme.
    return { kind: 'glued', at: at + 6 };
  }
  if (scheme && /^\s/.test(rest.slice(scheme.length)) && /^(?:token|basic|digest|apikey|api-key|key|jwt)$/i.test(scheme)) {
    return { kind: 'other-scheme', at, scheme };
  }
  return { kind: 'no-scheme', at };
}
