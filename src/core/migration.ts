// Turns a request to the retired v1 API into its v2 twin, as one edit set: host, path (renames and legacy
// aliases), POST with the query moved into the JSON body, body renames, and the Authorization header v2
// needs. What cannot be changed safely is listed for the message, and then the edits are only a suggestion.
import { BODY_RENAMES, CURRENT_HOST, ENDPOINTS, LEGACY_HOSTS, V1_TO_V2 } from './endpoints.generated';
import type { BodyProperty, RequestSite, TextEdit, Value } from './types';
import type { UnkeyTarget } from './unkeyUrl';
import { OPAQUE, flatten, literalRangeOf, plainRangeOf } from './value';

export interface MigrationPlan {
  /** The v2 path, or undefined when v1's endpoint has no twin. */
  to: string | undefined;
  /** "POST https://api.unkey.com/v2/keys.verifyKey". */
  request: string | undefined;
  /** What changes, for the message ("needs a root key", "`apiId` is no longer accepted"). */
  notes: string[];
  /** What must be changed by hand; when any, the edits are a suggestion, not a fix. */
  manual: string[];
  edits: TextEdit[];
}

/** Where the pieces of a URL sit in its flattened text. */
export interface UrlPieces {
  flat: string;
  /** [start, end) of `scheme://host[:port]`, when written. */
  origin?: [number, number];
  scheme?: string;
  pathStart: number;
  pathEnd: number;
  /** [start, end) of the query after `?`, when there is one. */
  query?: [number, number];
}

export function urlPieces(url: Value): UrlPieces | undefined {
  const flat = flatten(url);
  const origin = /^(\s*)((https?):)?\/\/[^/?#\s\u0000]*/i.exec(flat);
  let pathStart: number;
  if (origin) pathStart = origin[0].length;
  else {
    // A base the engine cannot see, then the path.
    const at = flat.search(/\/v\d+\//);
    if (at === -1) return undefined;
    pathStart = at;
  }
  const rest = flat.slice(pathStart);
  const stop = rest.search(/[?#]/);
  const pathEnd = stop === -1 ? flat.length : pathStart + stop;
  const pieces: UrlPieces = { flat, pathStart, pathEnd };
  if (origin) {
    pieces.origin = [origin[1].length, origin[0].length];
    if (origin[3]) pieces.scheme = origin[3].toLowerCase();
  }
  if (flat[pathEnd] === '?') {
    const hash = flat.indexOf('#', pathEnd);
    pieces.query = [pathEnd + 1, hash === -1 ? flat.length : hash];
  }
  return pieces;
}

/** `a=1&b=x` as JSON properties; undefined when a part is only known at run time. */
export function queryToJson(query: string): Record<string, string | number | boolean> | undefined {
  if (query.includes(OPAQUE)) return undefined;
  const out: Record<string, string | number | boolean> = {};
  for (const pair of query.split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent((eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
      value = eq === -1 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
    // v2 bodies are typed: numbers and booleans in a query were numbers and booleans.
    out[name] = /^(?:0|[1-9]\d{0,14})$/.test(value) ? Number(value) : value === 'true' || value === 'false' ? value === 'true' : value;
  }
  return out;
}

/** `{name}` segments of a template path filled by `path`'s literal segments; undefined when there are none. */
function pathParams(template: string, path: string): Record<string, string> | undefined {
  if (!template.includes('{')) return undefined;
  const names = template.split('/');
  const values = path.replace(/\/$/, '').split('/');
  const out: Record<string, string> = {};
  names.forEach((name, i) => {
    if (name.startsWith('{') && values[i] !== undefined) out[name.slice(1, -1)] = values[i];
  });
  return out;
}

/** The v1 RPC path a v1 path stands for (a legacy alias maps through its entry). */
export function v1RpcPath(target: UnkeyTarget): string {
  return target.endpoint?.legacyAliasOf ?? target.path;
}

/** One body property of a v1 request and what v2 wants instead. */
export type BodyChange =
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'remove'; name: string; why: string }
  | { kind: 'manual'; name: string; how: string };

/** How v2 endpoint `to` wants a v1-era body property; undefined when v2 accepts it as it is. */
export function bodyChange(to: string, name: string): BodyChange | undefined {
  const schema = ENDPOINTS.get(to)?.body;
  if (!schema || schema.properties.includes(name)) return undefined;
  const rename = BODY_RENAMES.get(name);
  if (rename?.in.includes(to)) return { kind: 'rename', from: name, to: rename.to };
  if (to === '/v2/keys.verifyKey') {
    if (name === 'apiId') return { kind: 'remove', name, why: '`apiId` is no longer accepted: the root key decides which APIs it may verify' };
    if (name === 'remaining') return { kind: 'rename', from: name, to: 'credits' };
    if (name === 'authorization') return { kind: 'manual', name, how: 'write `authorization.permissions` as a query string in `permissions` ("a AND b")' };
  }
  if ((name === 'remaining' || name === 'refill') && schema.properties.includes('credits')) {
    return { kind: 'manual', name, how: '`remaining` and `refill` move into `credits: { remaining, refill }`' };
  }
  if (name === 'ratelimit' && schema.properties.includes('ratelimits')) {
    return { kind: 'manual', name, how: '`ratelimit: {…}` becomes `ratelimits: [{ name, limit, duration }]`' };
  }
  if (!schema.closed) return undefined;
  return { kind: 'manual', name, how: `remove \`${name}\`: the v2 request schema allows only ${schema.properties.map((p) => `\`${p}\``).join(', ')}` };
}

/** What a v1 body sent to v2 endpoint `to` must change, in short; empty when the body is the same. */
export function v1BodyHints(to: string): string[] {
  const schema = ENDPOINTS.get(to)?.body;
  if (!schema) return [];
  const hints: string[] = [];
  for (const [from, rename] of BODY_RENAMES) if (rename.in.includes(to)) hints.push(`\`${from}\` is now \`${rename.to}\``);
  if (to === '/v2/keys.verifyKey') hints.push('`apiId` is no longer accepted', '`remaining: { cost }` is now `credits: { cost }`');
  else if (schema.properties.includes('credits')) hints.push('`remaining` and `refill` move into `credits`');
  if (schema.properties.includes('ratelimits') && to !== '/v2/keys.verifyKey') hints.push('`ratelimit: {…}` becomes `ratelimits: [{…}]`');
  return hints;
}

/** Edits for one body change (a rename of the name, or removing the entry with its comma). */
export function bodyChangeEdits(text: string, property: BodyProperty, change: BodyChange): TextEdit[] | undefined {
  if (change.kind === 'rename') {
    const rename = property.rename?.(change.to);
    if (rename) return [rename];
    return property.nameRange ? [{ range: [property.nameRange[0], property.nameRange[1]], text: change.to }] : undefined;
  }
  if (change.kind === 'remove' && property.range) return [removeEntry(text, property.range)];
  return undefined;
}

/** Removes `name: value` and one comma next to it (the one after, else the one before). */
function removeEntry(text: string, [start, end]: readonly [number, number]): TextEdit {
  const after = /^\s*,[ \t]*(?:\r?\n[ \t]*)?/.exec(text.slice(end));
  if (after) return { range: [start, end + after[0].length], text: '' };
  const before = /,\s*$/.exec(text.slice(Math.max(0, start - 200), start));
  return { range: [before ? start - before[0].length : start, end], text: '' };
}

export function planMigration(site: RequestSite, target: UnkeyTarget, text: string, envVarName: string): MigrationPlan {
  const from = v1RpcPath(target);
  const row = from.startsWith('/v1/') ? V1_TO_V2.get(from) : { v2: from };
  const plan: MigrationPlan = { to: undefined, request: undefined, notes: [], manual: [], edits: [] };
  if (!row) {
    plan.manual.push(`${target.path} was not a v1 endpoint either: pick the v2 endpoint you need from the catalog`);
    return plan;
  }
  if (!row.v2) {
    plan.manual.push(row.manual ?? 'v2 has no twin for this endpoint');
    return plan;
  }
  const to = row.v2;
  const v2 = ENDPOINTS.get(to);
  plan.to = to;
  plan.request = `${v2?.method ?? 'POST'} https://${CURRENT_HOST}${to}`;
  if (row.manual) plan.manual.push(row.manual);
  if (from !== target.path && from.startsWith('/v1/')) plan.notes.push(`${target.path} was the old name of ${from.slice(4)}`);
  if (to.slice(3) !== from.slice(3)) plan.notes.push(`renamed from ${from.slice(4)}`);

  // URL: host and path (and the query, which moves into the body, inserted after any new header).
  let bodyEdit: TextEdit | undefined;
  let postEdits: TextEdit[] | undefined;
  const pieces = urlPieces(site.url);
  // The host and path may be changed where a constant of this file defines them (`const API = "https://api.unkey.dev"`):
  // api.unkey.dev is gone for every use, so changing it once is right for all of them.
  const atDefinition: string[] = [];
  // A range that is not plain text may still be one literal with escapes; it must not take a quote with it
  // (`"…/v1/apis.getApi?"p` is one shell word in two quotings: replacing it whole would leave a quote open).
  const directRange = (a: number, b: number): [number, number] | undefined => {
    const plain = plainRangeOf(site.url, a, b);
    if (plain) return plain;
    const range = literalRangeOf(site.url, a, b);
    const quotes = (s: string) => s.replace(/[^"'`]/g, '').length;
    return range && quotes(text.slice(range[0], range[1])) === quotes(flatten(site.url).slice(a, b)) ? range : undefined;
  };
  const edit = (a: number, b: number, replacement: string, what: string, definition?: 'host' | 'path') => {
    const direct = directRange(a, b);
    const folded = direct ? undefined : plainRangeOf(site.url, a, b, true);
    const range = direct ?? folded;
    const outside = range !== undefined && (range[0] < site.range[0] || range[1] > site.range[1]);
    // Only the host and a whole path may change away from the request (at a constant); a query moves only from its own text.
    if (!range || (outside && !definition)) plan.manual.push(what);
    else {
      plan.edits.push({ range, text: replacement });
      if (outside && folded && definition) atDefinition.push(definition);
    }
  };
  if (!pieces) plan.manual.push(`point the URL at https://${CURRENT_HOST}${to}`);
  else {
    const host = pieces.origin && pieces.flat.slice(pieces.origin[0], pieces.origin[1]).replace(/^[a-z]+:/i, '').slice(2).toLowerCase();
    if (pieces.origin && host && (LEGACY_HOSTS.includes(host) || pieces.scheme === 'http')) {
      edit(pieces.origin[0], pieces.origin[1], `https://${CURRENT_HOST}`, `change the host to https://${CURRENT_HOST}`, 'host');
    } else if (!pieces.origin && target.host === undefined) {
      plan.manual.push(`make sure the base URL is https://${CURRENT_HOST}, not api.unkey.dev`);
    }
    const path = pieces.flat.slice(pieces.pathStart, pieces.pathEnd);
    const queryEnd = pieces.query ? pieces.query[1] : pieces.pathEnd;
    let query = pieces.query ? queryToJson(pieces.flat.slice(pieces.query[0], pieces.query[1])) : undefined;
    // `/v1/apis/api_123/keys`: the id in the path becomes a body property.
    const params = pathParams(target.endpoint?.path ?? '', path);
    if (params && query) query = { ...params, ...query };
    else if (params && !pieces.query) query = params;
    if (path.includes(OPAQUE)) {
      plan.manual.push(`the path ${target.path} holds a run-time part: call ${to} and send it in the JSON body`);
    } else if (pieces.query && (!query || !(directRange(pieces.pathStart, queryEnd) ?? plainRangeOf(site.url, pieces.pathStart, queryEnd, true)))) {
      edit(pieces.pathStart, pieces.pathEnd, to, `change the path to ${to}`, 'path');
      plan.manual.push('move the query parameters into the JSON body');
    } else {
      edit(pieces.pathStart, queryEnd, to, `change the path to ${to}`, pieces.query || query ? undefined : 'path');
      if (query && Object.keys(query).length) {
        const json = JSON.stringify(query);
        const post = site.body || site.method === 'POST' ? undefined : site.postWithBody?.(json);
        if (post) postEdits = post;
        const body = site.body || site.method === 'POST' || site.postWithBody ? undefined : site.addJsonBody?.(json);
        if (body || post) {
          bodyEdit = body;
          const names = Object.keys(query).map((k) => `\`${k}\``);
          plan.notes.push(`${names.join(', ')} ${names.length > 1 ? 'move' : 'moves'} into the JSON body`);
        } else plan.manual.push(`send ${Object.keys(query).map((k) => `\`${k}\``).join(', ')} in the JSON body instead of the query`);
      }
    }
  }

  if (atDefinition.length) plan.notes.push(`the ${atDefinition.join(' and ')} ${atDefinition.length > 1 ? 'change where they are' : 'changes where it is'} defined, for every request using it`);
  const override = site.url.parts.find((p) => p.kind === 'text' && p.overriddenBy !== undefined);
  if (override?.kind === 'text') plan.notes.push(`${override.overriddenBy}, when set, must be https://${CURRENT_HOST} too`);

  // Method: every v2 endpoint but liveness is POST.
  const method = v2?.method ?? 'POST';
  if (postEdits) plan.edits.push(...postEdits);
  else if (site.method !== method) {
    const post = site.method === undefined || method !== 'POST' || site.body ? undefined : site.postWithBody?.(undefined);
    const fix = site.method === undefined || site.postWithBody ? undefined : site.setMethod?.(method);
    if (post) plan.edits.push(...post);
    else if (fix) plan.edits.push(fix);
    else plan.manual.push(`send it with ${method}`);
  }

  // Body: v1 names v2 renamed or dropped.
  for (const property of site.body?.properties ?? []) {
    const change = bodyChange(to, property.name);
    if (!change) continue;
    const edits = bodyChangeEdits(text, property, change);
    if (change.kind === 'rename') plan.notes.push(`\`${change.from}\` is now \`${change.to}\``);
    if (change.kind === 'remove') plan.notes.push(change.why);
    if (edits) plan.edits.push(...edits);
    else plan.manual.push(change.kind === 'manual' ? change.how : `rename \`${property.name}\``);
  }

  // A body the engine cannot read (or only part of) may hold v1 names.
  const hints = v1BodyHints(to);
  if (hints.length && (site.bodyUnseen || site.body?.complete === false)) {
    plan.manual.push(`check the body built elsewhere for v1 names: ${hints.join('; ')}`);
  }

  // v2 needs a root key where v1's verifyKey needed none.
  if (v2?.auth === 'rootKey' && site.headersKnown && !site.sendsCookies && !site.headers.some((h) => h.name.trim().toLowerCase() === 'authorization')) {
    const needs = target.auth === 'none' ? 'v2 needs a root key' : 'it needs a root key';
    // Through a wrapper function that writes the headers: the header goes there, once for every call (missing-authorization).
    const wrapper = site.wrapper?.headersRange ? site.wrapper.name : undefined;
    const add = wrapper ? undefined : site.addAuthorization?.(envVarName);
    plan.notes.push(wrapper ? `${needs}, which ${wrapper}() does not send yet` : needs);
    if (wrapper) {
      // Reported at the wrapper's request once this call is a v2 request.
    } else if (add) plan.edits.push(add);
    else plan.manual.push(`add "Authorization: Bearer <root key>" from ${envVarName}`);
  }
  if (bodyEdit) plan.edits.push(bodyEdit);
  return plan;
}

/**
 * The edits as one edit over the text they span (a finding carries one), or undefined when two overlap.
 * Insertions at one point keep the order they were given in.
 */
export function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit | undefined {
  if (edits.length === 0) return undefined;
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.range[0] - b.e.range[0] || a.e.range[1] - b.e.range[1] || a.i - b.i).map((x) => x.e);
  const start = sorted[0].range[0];
  let end = start;
  let out = '';
  for (const edit of sorted) {
    if (edit.range[0] < end) return undefined;
    out += text.slice(end, edit.range[0]) + edit.text;
    end = edit.range[1];
  }
  const last = Math.max(...sorted.map((e) => e.range[1]));
  return { range: [start, last], text: out + text.slice(end, last) };
}
