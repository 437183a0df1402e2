// What the v2 server answers first. It checks a request in a fixed order and the first failing check
// decides the answer (svc/api/routes/register.go, pkg/zen/, pkg/openapi/validation/ in unkeyed/unkey):
//   1. routing (net/http mux): unknown path 404 (plain text), known path with another method 405;
//   2. OpenAPI validation: a missing Authorization header or a body the schema rejects, one 400 invalid_input
//      whose detail names the first failure the validator lists (the header: it checks security before
//      the body);
//   3. the bearer parser: malformed 400, a token that is no root key 401 key_not_found;
//   4. permissions 403 (not knowable from source).
// A v1 request fails before all of this (api.unkey.dev no longer resolves). Every rule message and the
// hover take the answer from here, so they agree with each other and with the emulator.
import { judgeAuthorization } from './authorization';
import { LEGACY_HOSTS } from './endpoints.generated';
import { bodyChange } from './migration';
import type { BodyProperty, RequestSite } from './types';
import type { UnkeyTarget } from './unkeyUrl';

export type MistakeKind = 'retired' | 'unknown-path' | 'wrong-method' | 'missing-header' | 'body' | 'missing-property' | 'malformed' | 'key-not-found';

/** The server's answer as it arrives: status, error type (for JSON problems), detail, or the plain text. */
export interface ServerReply {
  status: number;
  /** The last two segments of the problem's type URL: `application/invalid_input`. */
  type?: string;
  detail?: string;
  /** The whole body of a plain-text answer (the router's 404 and 405). */
  text?: string;
}

export interface Mistake {
  kind: MistakeKind;
  /** The check that catches it: 0 before the server (v1), 1 routing, 2 validation, 3 bearer parser. */
  step: 0 | 1 | 2 | 3;
  /** The answer, as rule messages put it in parentheses: "HTTP 404, plain text ...". */
  answer: string;
  /** The same answer as data; undefined when the request never reaches the server (v1's host). */
  reply?: ServerReply;
  /** Why, in a few words, for the hover and for messages of later mistakes. */
  reason: string;
  /** What a request with this mistake still needs once the earlier ones are fixed ("need POST"). */
  then: string;
}

export const INVALID_INPUT = 'https://unkey.com/docs/errors/unkey/application/invalid_input';
/** The validator's detail for a request without the header (the server's own tests assert it). */
export const MISSING_HEADER_DETAIL = "Authorization header for 'bearer' scheme";

/** The validator's detail for a body its request schema rejects. */
export const bodyDetail = (path: string): string => `POST request body for '${path}' failed to validate schema`;

const REPLIES = {
  missingHeader: { status: 400, type: 'application/invalid_input', detail: MISSING_HEADER_DETAIL },
  body: (path: string): ServerReply => ({ status: 400, type: 'application/invalid_input', detail: bodyDetail(path) }),
  malformed: { status: 400, type: 'authentication/malformed' },
  keyNotFound: { status: 401, type: 'authentication/key_not_found' },
  notFound: { status: 404, text: '404 page not found\n' },
  methodNotAllowed: { status: 405, text: 'Method Not Allowed\n' },
} satisfies Record<string, ServerReply | ((path: string) => ServerReply)>;

/** The validator's answer to a request without the header, as rule messages write it. */
export const MISSING_HEADER_ANSWER = `application/invalid_input, HTTP 400, "${MISSING_HEADER_DETAIL}"`;

const ANSWERS = {
  missingHeader: MISSING_HEADER_ANSWER,
  body: 'application/invalid_input, HTTP 400',
  malformed: 'authentication/malformed, HTTP 400',
  keyNotFound: 'authentication/key_not_found, HTTP 401',
  notFound: 'HTTP 404, plain text "404 page not found"',
  methodNotAllowed: 'HTTP 405 Method Not Allowed',
};

/** A request to the retired v1 API: its host, or a `/v1/` path on an Unkey host. */
export function isRetired(target: UnkeyTarget): boolean {
  return (target.host !== undefined && LEGACY_HOSTS.includes(target.host)) || target.path.startsWith('/v1/');
}

/** Top-level body properties the endpoint's v2 request schema does not allow (the validator answers 400). */
export function unknownBodyProperties(site: RequestSite, target: UnkeyTarget): BodyProperty[] {
  const schema = target.endpoint?.body;
  if (!site.body || !schema?.closed || isRetired(target)) return [];
  return site.body.properties.filter((p) => !schema.properties.includes(p.name));
}

/**
 * Required properties of the endpoint's request schema that a visible body lacks. Only for a body the
 * engine sees whole (no spread, no computed name): anything else may carry them.
 */
export function missingBodyProperties(site: RequestSite, target: UnkeyTarget): string[] {
  const schema = target.endpoint?.body;
  if (!site.body?.complete || !schema || isRetired(target)) return [];
  const present = new Set(site.body.properties.map((p) => p.name));
  // A v1 name the body carries instead (`op` for `operation`) is one mistake: unknown-body-field renames it.
  for (const p of site.body.properties) {
    const change = bodyChange(target.path, p.name);
    if (change?.kind === 'rename') present.add(change.to);
  }
  return schema.required.filter((name) => !present.has(name));
}

/** The order the server meets the mistakes in (within the bearer parser: malformed before the key lookup). */
const ORDER: readonly MistakeKind[] = ['retired', 'unknown-path', 'wrong-method', 'missing-header', 'body', 'missing-property', 'malformed', 'key-not-found'];
const STEP: Record<MistakeKind, Mistake['step']> = {
  retired: 0, 'unknown-path': 1, 'wrong-method': 1, 'missing-header': 2, body: 2, 'missing-property': 2, malformed: 3, 'key-not-found': 3,
};

const cache = new WeakMap<RequestSite, Mistake[]>();

/** Every mistake of the request the engine can see, in the order the server meets them. */
export function siteMistakes(site: RequestSite, target: UnkeyTarget): Mistake[] {
  let mistakes = cache.get(site);
  if (!mistakes) cache.set(site, (mistakes = findMistakes(site, target)));
  return mistakes;
}

function findMistakes(site: RequestSite, target: UnkeyTarget): Mistake[] {
  const out: Mistake[] = [];
  const endpoint = target.endpoint;
  if (isRetired(target)) {
    const legacyHost = target.host === undefined || LEGACY_HOSTS.includes(target.host);
    // The v2 server has no v1 routes: on api.unkey.com a v1 path is a 404.
    out.push(legacyHost
      ? { kind: 'retired', step: 0, answer: 'no answer', reason: 'the request goes to the v1 API, which was shut down at the end of 2025 (api.unkey.dev no longer resolves)', then: '' }
      : { kind: 'retired', step: 1, answer: ANSWERS.notFound, reply: REPLIES.notFound, reason: `v1 was shut down at the end of 2025 and the server has no route ${target.path}`, then: '' });
    // What else is wrong is judged against v2, after the migration.
    return out;
  }
  // 1. Routing.
  if (!endpoint) {
    out.push({ kind: 'unknown-path', step: 1, answer: ANSWERS.notFound, reply: REPLIES.notFound, reason: `${target.path} is not an endpoint`, then: 'need an existing endpoint' });
  } else if (site.method !== undefined && site.method !== endpoint.method) {
    out.push({ kind: 'wrong-method', step: 1, answer: ANSWERS.methodNotAllowed, reply: REPLIES.methodNotAllowed, reason: `${target.path} accepts only ${endpoint.method}`, then: `need ${endpoint.method}` });
  }
  // 2. Validation: the validator lists the security failure before the body's.
  const auth = target.auth === 'rootKey' && site.headersKnown && !site.sendsCookies ? authorizationOf(site) : undefined;
  if (auth?.missing) {
    out.push({ kind: 'missing-header', step: 2, answer: ANSWERS.missingHeader, reply: REPLIES.missingHeader, reason: 'there is no Authorization header', then: 'need an Authorization header' });
  }
  if (endpoint) {
    const unknown = unknownBodyProperties(site, target);
    if (unknown.length) {
      const names = unknown.map((p) => `"${p.name}"`).join(', ');
      out.push({ kind: 'body', step: 2, answer: ANSWERS.body, reply: REPLIES.body(endpoint.path), reason: `the request schema does not allow ${names}`, then: `need a body without ${names}` });
    }
    const missing = missingBodyProperties(site, target);
    if (missing.length) {
      const names = missing.map((name) => `"${name}"`).join(', ');
      out.push({ kind: 'missing-property', step: 2, answer: ANSWERS.body, reply: REPLIES.body(endpoint.path), reason: `the body lacks the required ${names}`, then: `need ${names} in the body` });
    }
  }
  // 3. The bearer parser.
  if (auth?.malformed) {
    out.push({ kind: 'malformed', step: 3, answer: ANSWERS.malformed, reply: REPLIES.malformed, reason: 'the Authorization value is not "Bearer <root key>"', then: 'need a well-formed "Bearer <root key>" value' });
  } else if (auth?.notAKey) {
    out.push({ kind: 'key-not-found', step: 3, answer: ANSWERS.keyNotFound, reply: REPLIES.keyNotFound, reason: 'the token after "Bearer " cannot be a root key', then: 'need a root key after "Bearer "' });
  }
  return out;
}

/** What the request's Authorization headers mean to the validator and the bearer parser. */
function authorizationOf(site: RequestSite): { missing: boolean; malformed: boolean; notAKey: boolean } {
  const headers = site.headers.filter((h) => h.name.trim().toLowerCase() === 'authorization');
  const verdicts = headers.map((h) => (h.value ? judgeAuthorization(h.value).kind : 'unknown'));
  // An empty value counts as none: the validator wants a non-empty header.
  const missing = headers.length === 0 || verdicts.every((v) => v === 'empty');
  const malformed = !missing && verdicts.some((v) => v === 'no-scheme' || v === 'wrong-case' || v === 'other-scheme' || v === 'colon' || v === 'glued' || v === 'empty-token');
  const notAKey = !missing && (verdicts.some((v) => v === 'whitespace-in-token' || v === 'double-bearer') || headers.some((h) => h.unexpanded));
  return { missing, malformed, notAKey };
}

/** The answer the server will send first, for the hover; undefined when the source shows no mistake. */
export function firstAnswer(site: RequestSite, target: UnkeyTarget): Mistake | undefined {
  return siteMistakes(site, target)[0];
}

/**
 * A rule message for the mistake `kind` of this request: "Unkey will reject this request (<answer>): <what>".
 * When the server stops at an earlier mistake the message says so; when later checks would fail too, the
 * first finding says what else the request needs ("; after that it would also need an Authorization header").
 * `answer` overrides the kind's usual answer (the key_not_found variant of a malformed value).
 */
export function rejectMessage(site: RequestSite, target: UnkeyTarget, kind: MistakeKind, what: string, answer?: string): string {
  const mistakes = siteMistakes(site, target);
  const index = mistakes.findIndex((m) => m.kind === kind);
  const mine = mistakes[index];
  const own = answer ?? mine?.answer ?? '';
  const first = mistakes[0];
  const body = what.replace(/\.$/, '');
  // A mistake this module does not see on the site (a placeholder key) still has its place in the order.
  const rank = mine ? ORDER.indexOf(mine.kind) : ORDER.indexOf(kind);
  if (first && first !== mine && first.step === 2 && STEP[kind] === 2) {
    // The same check failed earlier in the validator's list: one answer, whose detail names the other.
    return `Unkey will reject this request (${own}): ${body}. The same answer names first that ${first.reason}.`;
  }
  if (first && first !== mine && ORDER.indexOf(first.kind) < rank) {
    const stop = first.kind === 'retired' && first.step === 0 ? `this request fails first: ${first.reason}` : `the server answers ${first.answer} first: ${first.reason}`;
    return `Unkey would reject this request (${own}): ${body}. But ${stop}.`;
  }
  const later = mistakes.filter((m, i) => (mine ? i > index : ORDER.indexOf(m.kind) > rank) && m.kind !== kind && m.then);
  // Every `then` starts with "need": "need POST and an Authorization header".
  const needs = later.map((m, i) => (i === 0 ? m.then : m.then.replace(/^need /, '')));
  const rest = needs.length ? `; after that it would also ${needs.join(' and ')}` : '';
  return `Unkey will reject this request (${own}): ${body}${rest}.`;
}
