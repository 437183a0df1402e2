import { ENDPOINTS, type Endpoint, type EndpointAuth } from './endpoints.generated';
import type { Value } from './types';
import { OPAQUE, flatten } from './value';

/** A request URL recognised as the Unkey API. */
export interface UnkeyTarget {
  /** The explicit API host, or undefined when the base URL is not visible (a variable, an env var). */
  host: string | undefined;
  /** The endpoint path, e.g. `/v2/keys.createKey`. */
  path: string;
  /** The catalog entry, when the path is a known endpoint. */
  endpoint: Endpoint | undefined;
  /** The credential the endpoint needs; any unknown path on the API host needs a root key (global bearer security). */
  auth: EndpointAuth;
}

const SCHEME_HOST = /^\s*(?:https?:)?\/\/([^/?#\s\u0000]*)/i;
// `/v2/...`, `/v2/{procedure}`, `/v2/<name>`, `/v2/:proc`: documentation placeholders, not endpoints.
const PLACEHOLDER = /\.\.\.|…|[{}<>*]|\/:|\$\{/;

/**
 * Decides whether a URL is a call to the Unkey API.
 * - an explicit host is Unkey only when it is one of `hosts` (any path, minus placeholders);
 * - a base the engine cannot see followed by a known endpoint path is Unkey;
 * - everything else (another host, a relative path with no base) is not.
 */
export function classifyUrl(url: Value, hosts: readonly string[]): UnkeyTarget | undefined {
  const flat = flatten(url);
  const explicit = SCHEME_HOST.exec(flat);
  if (explicit) {
    const authority = explicit[1].toLowerCase();
    if (authority.includes(OPAQUE)) return undefined;
    const host = authority.replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/\.$/, '');
    if (!hosts.some((h) => h.toLowerCase() === host)) return undefined;
    const rest = flat.slice(explicit[0].length);
    const path = pathOf(rest);
    // Only versioned API paths are operations; /openapi.json, /favicon.ico and the like are not judged.
    if (path === undefined) {
      // `/v1/apis/${apiId}/keys`: a run-time segment of a legacy v1 path.
      const template = templateEndpoint(rest);
      return template && { host, path: template.path, endpoint: template, auth: template.auth };
    }
    if (!/^\/v\d+\//.test(path)) return undefined;
    const endpoint = ENDPOINTS.get(path) ?? templateEndpoint(path);
    return { host, path: endpoint?.path.includes('{') ? endpoint.path : path, endpoint, auth: endpoint?.auth ?? 'rootKey' };
  }
  // A base that is not visible: only a known endpoint path after it counts.
  if (!flat.startsWith(OPAQUE)) return undefined;
  const match = /\/v[12]\/[A-Za-z]+\.[A-Za-z]+/.exec(flat);
  if (!match) return undefined;
  const before = flat.slice(0, match.index);
  // Anything but opaque parts and slashes before the path means a host or prefix we can't vouch for.
  if (!/^[\u0000/]*$/.test(before)) return undefined;
  const path = pathOf(flat.slice(match.index));
  const endpoint = path === undefined ? undefined : ENDPOINTS.get(path);
  if (!endpoint || path === undefined) return undefined;
  return { host: undefined, path, endpoint, auth: endpoint.auth };
}

const TEMPLATES = [...ENDPOINTS.values()]
  .filter((e) => e.path.includes('{'))
  .map((e) => ({ endpoint: e, pattern: new RegExp(`^${e.path.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/?#\\s]+')}/?$`) }));

/** The catalog entry with a `{param}` segment that the path matches, a run-time part filling the segment. */
function templateEndpoint(rest: string): Endpoint | undefined {
  const end = rest.search(/[?#]/);
  const path = end === -1 ? rest : rest.slice(0, end);
  // Run-time parts only as whole segments; documentation placeholders stay unjudged.
  if (/\.\.\.|…|[<>*]/.test(path) || /[^/]\u0000|\u0000[^/]/.test(path.replace(/\u0000+/g, OPAQUE))) return undefined;
  return TEMPLATES.find((t) => t.pattern.test(path))?.endpoint;
}

/** The path up to `?` or `#`; undefined when it holds an opaque part or a placeholder. */
function pathOf(rest: string): string | undefined {
  const end = rest.search(/[?#]/);
  const path = end === -1 ? rest : rest.slice(0, end);
  if (path.includes(OPAQUE) || PLACEHOLDER.test(path)) return undefined;
  return path.replace(/\/+$/, '') || '/';
}

/** Cheap text test run before any parsing: could this text hold an Unkey call or key at all? */
export function mentionsUnkey(text: string, hosts: readonly string[]): boolean {
  return unkeyNeedles(hosts).some((needle) => text.includes(needle));
}

/** The substrings one of which every text the engine would report on contains (all ASCII, so byte search works). */
export function unkeyNeedles(hosts: readonly string[]): string[] {
  // '@unkey/': an import of, or a package.json dependency on, the Unkey SDKs; the Python SDK's imports
  // (`unkey.py`, `from unkey import`; `unkey_py` is covered by 'unkey_') and the Go SDKs' module paths.
  return ['/v2/', '/v1/', 'unkey_', '@unkey/', 'unkey.py', 'from unkey import', 'github.com/unkeyed/', ...hosts.filter((host) => host)];
}
