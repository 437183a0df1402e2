// What the v2 server answers first. It checks a request in a fixed order and the first failing check
// decides the answer (svc/api/routes/register.go, pkg/zen/, pkg/openapi/validation/ in unkeyed/unkey):
//   1. routing (net/http mux): unknown path 404 (plain text), known path with another method 405;
//   2. OpenAPI validation: a missing Authorization header or a body the schema rejects, 400 invalid_input;
//   3. the bearer parser: malformed 400, a token that is no root key 401 key_not_found;
//   4. permissions 403 (not knowable from source).
// A v1 request fails before all of this (api.unkey.dev no longer resolves). Every rule message and the
// hover take the answer from here, so they agree with each other and with the emulator.
import { judgeAuthorization } from './authorization';
import { LEGACY_HOSTS } from './endpoints.generated';
import type { BodyProperty, RequestSite } from './types';
import type { UnkeyTarget } from './unkeyUrl';

export type MistakeKind = 'retired' | 'unknown-path' | 'wrong-method' | 'missing-header' | 'body' | 'malformed' | 'key-not-found';

export interface Mistake {
  kind: MistakeKind;
  /** The check that catches it: 0 before the server (v1), 1 routing, 2 validation, 3 bearer parser. */
  step: 0 | 1 | 2 | 3;
  /** The answer, as rule messages put it in parentheses: "HTTP 404, plain text ...". */
  answer: string;
  /** Why, in a few words, for the hover and for messages of later mistakes. */
  reason: string;
  /** What a request with this mistake still needs once the earlier ones are fixed ("need POST"). */
  then: string;
}

export const INVALID_INPUT = 'https://unkey.com/docs/errors/unkey/application/invalid_input';
/** The validator's detail for a request without the header (the server's own tests assert it). */
export const MISSING_HEADER_DETAIL = "Authorization header for 'bearer' scheme";

const ANSWERS = {
  missingHeader: `application/invalid_input, HTTP 400, "${MISSING_HEADER_DETAIL}"`,
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
      : { kind: 'retired', step: 1, answer: ANSWERS.notFound, reason: `v1 was shut down at the end of 2025 and the server has no route ${target.path}`, then: '' });
    // What else is wrong is judged against v2, after the migration.
    return out;
  }
  if (!endpoint) {
    out.push({ kind: 'unknown-path', step: 1, answer: ANSWERS.notFound, reason: `${target.path} is not an endpoint`, then: 'need an existing endpoint' });
  } else if (site.method !== undefined && site.method !== endpoint.method) {
    out.push({ kind: 'wrong-method', step: 1, answer: ANSWERS.methodNotAllowed, reason: `${target.path} accepts only ${endpoint.method}`, then: `need ${endpoint.method}` });
  }
  const unknown = unknownBodyProperties(site, target);
  if (unknown.length) {
    const names = unknown.map((p) => `"${p.name}"`).join(', ');
    out.push({ kind: 'body', step: 2, answer: ANSWERS.body, reason: `the request schema does not allow ${names}`, then: `need a body without ${names}` });
  }
  if (target.auth === 'rootKey' && site.headersKnown && !site.sendsCookies) {
    const headers = site.headers.filter((h) => h.name.trim().toLowerCase() === 'authorization');
    const verdicts = headers.map((h) => (h.value ? judgeAuthorization(h.value).kind : 'unknown'));
    if (headers.length === 0 || verdicts.every((v) => v === 'empty')) {
      out.push({ kind: 'missing-header', step: 2, answer: ANSWERS.missingHeader, reason: 'there is no Authorization header', then: 'need an Authorization header' });
    } else if (verdicts.some((v) => v === 'no-scheme' || v === 'wrong-case' || v === 'other-scheme' || v === 'colon' || v === 'glued' || v === 'empty-token')) {
      out.push({ kind: 'malformed', step: 3, answer: ANSWERS.malformed, reason: 'the Authorization value is not "Bearer <root key>"', then: 'need a well-formed "Bearer <root key>" value' });
    } else if (verdicts.some((v) => v === 'whitespace-in-token' || v === 'double-bearer') || headers.some((h) => h.unexpanded)) {
      out.push({ kind: 'key-not-found', step: 3, answer: ANSWERS.keyNotFound, reason: 'the token after "Bearer " cannot be a root key', then: 'need a root key after "Bearer "' });
    }
  }
  return out;
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
  const mine = mistakes.find((m) => m.kind === kind);
  const own = answer ?? mine?.answer ?? '';
  const first = mistakes[0];
  const body = what.replace(/\.$/, '');
  if (first && mine && first.step < mine.step) {
    const stop = first.kind === 'retired' && first.step === 0 ? `this request fails first: ${first.reason}` : `the server answers ${first.answer} first: ${first.reason}`;
    return `Unkey would reject this request (${own}): ${body}. But ${stop}.`;
  }
  const later = mistakes.filter((m) => m.step > (mine?.step ?? 0) && m.kind !== kind && m.then);
  const rest = later.length ? `; after that it would also ${later.map((m) => m.then).join(' and ')}` : '';
  return `Unkey will reject this request (${own}): ${body}${rest}.`;
}
