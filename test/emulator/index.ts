// A local stand-in for the Unkey API (real HTTP on 127.0.0.1), for the key tester's tests, the
// server-order comparison test and for trying the tester offline. A request meets the v2 server's
// checks in its order (reference notes: "What the v2 server checks, in order"), and the first failing
// check decides the answer:
//   1. routing (Go's net/http mux): an unknown path is a plain-text 404, a known path with another
//      method a plain-text 405, before any header or body is read;
//   2. OpenAPI validation: a missing or empty Authorization header (detail "Authorization header for
//      'bearer' scheme") and a body the operation's request schema rejects (unknown property, missing
//      required one, not a JSON object) answer one 400 application/invalid_input; the security check
//      is listed first (the validator checks parameters and security before the body);
//   3. the bearer parser (pkg/zen/auth.go): malformed 400, key_not_found 401;
//   4. authorization: key_disabled, workspace_disabled, insufficient_permissions 403;
// then the handler: keys.verifyKey and apis.getApi as documented, every other v2 operation 200 with
// empty data. The catalog and request schemas are the project's own copies (endpoints.generated.ts).
// Every request is recorded so tests can assert what was, and was not, sent.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { ENDPOINTS, type Endpoint } from '../../src/core/endpoints.generated';

export type RootKeyState = 'valid' | 'disabled' | 'workspace_disabled' | 'insufficient_permissions';
export type Fault = 'slow' | '500' | '429' | 'nonjson' | 'redirect';

/** An identity's rate limit (RatelimitResponse). */
export interface IdentityRatelimit {
  id: string;
  name: string;
  limit: number;
  duration: number;
  autoApply: boolean;
}

/** A key-level rate limit as verifyKey reports it (VerifyKeyRatelimitData), with its live counter. */
export interface KeyRatelimit extends IdentityRatelimit {
  remaining: number;
  reset: number;
}

/** An end user's key as the emulator stores it. */
export interface UserKey {
  keyId: string;
  name?: string;
  enabled?: boolean;
  /** Unix milliseconds. */
  expires?: number;
  /** Remaining credits; absent means unlimited. */
  credits?: number;
  permissions?: string[];
  roles?: string[];
  meta?: Record<string, unknown>;
  identity?: { id: string; externalId: string; meta?: Record<string, unknown>; ratelimits?: IdentityRatelimit[] };
  ratelimits?: KeyRatelimit[];
}

export interface EmulatorOptions {
  rootKeys?: Record<string, RootKeyState>;
  userKeys?: Record<string, UserKey>;
  /** apiId → name, for apis.getApi; 'any' answers every well-formed apiId (for requests read from sample code). */
  apis?: Record<string, string> | 'any';
  fault?: Fault;
  /** 0 (default) picks a free port. */
  port?: number;
  /** How long the 'slow' fault waits before answering. Default 15 s (longer than the tester's 10 s timeout). */
  slowMs?: number;
  /** Where the 'redirect' fault points. Default: another loopback origin. */
  redirectTo?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Lower-case names, as Node parses them. */
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Emulator {
  url: string;
  port: number;
  requests: RecordedRequest[];
  setFault(fault: Fault | undefined): void;
  close(): Promise<void>;
}

const DOCS = 'https://unkey.com/docs/errors/';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

// Go's strings.TrimSpace: unicode.IsSpace (JS trim() also strips U+FEFF, which Go keeps).
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');
export function goTrimSpace(text: string): string {
  return text.replace(GO_TRIM, '');
}

/** The server's bearer parser, step by step as in pkg/zen/auth.go. */
export function parseBearer(header: string | undefined): { token: string } | { error: 'missing' | 'malformed' } {
  if (header === undefined || header === '') return { error: 'missing' };
  const trimmed = goTrimSpace(header);
  if (!trimmed.startsWith('Bearer ')) return { error: 'malformed' };
  const token = goTrimSpace(trimmed.slice('Bearer '.length));
  return token === '' ? { error: 'malformed' } : { token };
}

interface Problem {
  status: number;
  title: string;
  type: string;
  detail: string;
  errors?: { location: string; message: string; fix?: string }[];
}

const PROBLEMS = {
  // Reached only without the validator in front (it stops a request without the header first).
  missing: { status: 400, title: 'Bad Request', type: `${DOCS}unkey/authentication/missing`, detail: 'Authentication credentials were not provided' },
  malformed: { status: 400, title: 'Bad Request', type: `${DOCS}unkey/authentication/malformed`, detail: 'Authentication credentials were incorrectly formatted' },
  key_not_found: { status: 401, title: 'Unauthorized', type: `${DOCS}unkey/authentication/key_not_found`, detail: 'The provided API key was not found' },
  key_disabled: { status: 403, title: 'Forbidden', type: `${DOCS}unkey/authorization/key_disabled`, detail: 'The API key used for authentication has been disabled' },
  workspace_disabled: { status: 403, title: 'Forbidden', type: `${DOCS}unkey/authorization/workspace_disabled`, detail: 'The workspace associated with this API key has been disabled' },
  insufficient_permissions: {
    status: 403,
    title: 'Forbidden',
    type: `${DOCS}unkey/authorization/insufficient_permissions`,
    detail: 'The authenticated API key does not have permission to perform this operation',
  },
  not_found: { status: 404, title: 'Not Found', type: `${DOCS}unkey/data/api_not_found`, detail: 'The requested API does not exist or has been deleted' },
  rate_limited: { status: 429, title: 'Too Many Requests', type: `${DOCS}unkey/application/rate_limited`, detail: 'The workspace exceeded its API rate limit' },
  internal: { status: 500, title: 'Internal Server Error', type: `${DOCS}unkey/application/unexpected_error`, detail: 'An unexpected error occurred' },
} satisfies Record<string, Problem>;

/** One failure the OpenAPI validator lists, in its order. */
interface ValidationIssue {
  /** The failure's summary: the first one becomes the answer's detail. */
  message: string;
  errors: { location: string; message: string }[];
}

function invalidInput(issues: ValidationIssue[]): Problem {
  return { status: 400, title: 'Bad Request', type: `${DOCS}unkey/application/invalid_input`, detail: issues[0]!.message, errors: issues.flatMap((i) => i.errors) };
}

// The validator's own wording (the server's validation tests assert these summaries).
const MISSING_CREDENTIAL: ValidationIssue = {
  message: "Authorization header for 'bearer' scheme",
  errors: [{ location: 'security', message: 'Authorization header was not found' }],
};
const schemaFailure = (path: string, errors: ValidationIssue['errors']): ValidationIssue => ({ message: `POST request body for '${path}' failed to validate schema`, errors });

/** v2 operations by path: the routes the server registers. v1 paths have none (404). */
const ROUTES: ReadonlyMap<string, Endpoint> = new Map([...ENDPOINTS].filter(([path]) => path.startsWith('/v2/')));

/** Constraints of some request schemas beyond property names, checked with the rest of the body. */
const FIELD_CHECKS: Record<string, (body: Record<string, unknown>) => ValidationIssue['errors']> = {
  '/v2/keys.verifyKey': (body) => {
    const key = body.key;
    return 'key' in body && (typeof key !== 'string' || key.length < 1 || key.length > 512) ? [{ location: 'body.key', message: 'key must be a string of 1 to 512 characters' }] : [];
  },
  '/v2/apis.getApi': (body) => {
    const apiId = body.apiId;
    return 'apiId' in body && (typeof apiId !== 'string' || apiId.length < 8 || apiId.length > 255 || !/^[a-zA-Z0-9_]+$/.test(apiId))
      ? [{ location: 'body.apiId', message: 'apiId must be 8 to 255 characters of [a-zA-Z0-9_]' }]
      : [];
  },
};

/** Step 2: what the OpenAPI validator lists for this request, security first, then the body. */
export function validateRequest(endpoint: Endpoint, authorization: string | undefined, rawBody: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // An empty header counts as none: the validator asks for a non-empty Authorization value.
  if (endpoint.auth === 'rootKey' && !authorization) issues.push(MISSING_CREDENTIAL);
  const schema = endpoint.body;
  if (!schema || endpoint.method !== 'POST') return issues;
  if (rawBody.trim() === '') {
    issues.push({ message: `POST request body is empty for '${endpoint.path}'`, errors: [{ location: 'body', message: 'the request body is empty' }] });
    return issues;
  }
  const body = parseJsonObject(rawBody);
  if (!body) {
    issues.push(schemaFailure(endpoint.path, [{ location: 'body', message: 'the request body must be a JSON object' }]));
    return issues;
  }
  const errors: ValidationIssue['errors'] = [];
  for (const name of schema.required) if (!(name in body)) errors.push({ location: `body.${name}`, message: `missing property '${name}'` });
  if (schema.closed) for (const name of Object.keys(body)) if (!schema.properties.includes(name)) errors.push({ location: `body.${name}`, message: `additional properties '${name}' not allowed` });
  errors.push(...(FIELD_CHECKS[endpoint.path]?.(body) ?? []));
  if (errors.length) issues.push(schemaFailure(endpoint.path, errors));
  return issues;
}

export function requestId(): string {
  const bytes = randomBytes(16);
  return 'req_' + Array.from(bytes, (b) => BASE58[b % 58]).join('');
}

interface Answer {
  status: number;
  /** JSON, or the exact text of a plain answer. */
  body: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/** The mux's own answers: text/plain, not JSON. */
const plain = (status: number, text: string, headers: Record<string, string> = {}): Answer => ({
  status,
  body: text,
  contentType: 'text/plain; charset=utf-8',
  headers: { 'x-content-type-options': 'nosniff', ...headers },
});

const problemAnswer = (problem: Problem, contentType = 'application/json'): Answer => {
  const { status, errors, ...rest } = problem;
  return { status, contentType, body: { meta: { requestId: requestId() }, error: { ...rest, status, ...(errors ? { errors } : {}) } } };
};
const ok = (data: unknown): Answer => ({ status: 200, body: { meta: { requestId: requestId() }, data } });

/** Evaluates a permissions query: names joined by AND / OR (AND binds tighter), with parentheses. */
export function evaluatePermissionQuery(query: string, granted: ReadonlySet<string>): boolean | 'syntax-error' {
  const tokens = query.match(/\(|\)|[^\s()]+/g) ?? [];
  let index = 0;
  const peek = (): string | undefined => tokens[index];
  const parseOr = (): boolean => {
    let value = parseAnd();
    while (peek() === 'OR') {
      index++;
      value = parseAnd() || value;
    }
    return value;
  };
  const parseAnd = (): boolean => {
    let value = parseAtom();
    while (peek() === 'AND') {
      index++;
      value = parseAtom() && value;
    }
    return value;
  };
  const parseAtom = (): boolean => {
    const token = tokens[index++];
    if (token === '(') {
      const value = parseOr();
      if (tokens[index++] !== ')') throw new SyntaxError('expected )');
      return value;
    }
    if (token === undefined || token === ')' || token === 'AND' || token === 'OR') throw new SyntaxError(`unexpected ${token ?? 'end'}`);
    return granted.has(token);
  };
  try {
    const value = parseOr();
    return index === tokens.length ? value : 'syntax-error';
  } catch {
    return 'syntax-error';
  }
}

function parseJsonObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const rootKeys = new Map(Object.entries(options.rootKeys ?? {}));
  // Copies: verifications spend credits and rate limits, and the caller's objects stay untouched.
  const userKeys = new Map(Object.entries(structuredClone(options.userKeys ?? {})));
  const apis = new Map(Object.entries(options.apis === 'any' ? {} : (options.apis ?? {})));
  const requests: RecordedRequest[] = [];
  let fault = options.fault;
  const timers = new Set<NodeJS.Timeout>();

  /** Authentication, then authorization, as the server runs them before any handler. */
  function authenticate(req: http.IncomingMessage): Answer | undefined {
    const parsed = parseBearer(req.headers.authorization);
    if ('error' in parsed) return problemAnswer(PROBLEMS[parsed.error]);
    const state = rootKeys.get(parsed.token);
    if (!state) return problemAnswer(PROBLEMS.key_not_found);
    if (state === 'disabled') return problemAnswer(PROBLEMS.key_disabled);
    if (state === 'workspace_disabled') return problemAnswer(PROBLEMS.workspace_disabled);
    if (state === 'insufficient_permissions') return problemAnswer(PROBLEMS.insufficient_permissions);
    return undefined;
  }

  function verifyKey(body: Record<string, unknown>): Answer {
    // The validator has checked the body's shape (validateRequest).
    const stored = userKeys.get(body.key as string);
    if (!stored) return ok({ valid: false, code: 'NOT_FOUND' });

    const granted = new Set(stored.permissions ?? []);
    let permitted = true;
    if (typeof body.permissions === 'string') {
      const result = evaluatePermissionQuery(body.permissions, granted);
      if (result === 'syntax-error') {
        return problemAnswer({
          status: 400,
          title: 'Bad Request',
          type: `${DOCS}user/bad_request/permissions_query_syntax_error`,
          detail: 'Syntax error in permission query',
          errors: [{ location: 'body.permissions', message: 'invalid permission query' }],
        });
      }
      permitted = result;
    }
    const enabled = stored.enabled ?? true;
    const now = Date.now();
    const exceeded = (stored.ratelimits ?? []).find((limit) => limit.autoApply && limit.remaining <= 0);
    const code = !enabled
      ? 'DISABLED'
      : stored.expires !== undefined && stored.expires <= now
        ? 'EXPIRED'
        : !permitted
          ? 'INSUFFICIENT_PERMISSIONS'
          : stored.credits !== undefined && stored.credits <= 0
            ? 'USAGE_EXCEEDED'
            : exceeded
              ? 'RATE_LIMITED'
              : 'VALID';
    if (code === 'VALID') {
      const cost = typeof (body.credits as { cost?: unknown } | undefined)?.cost === 'number' ? (body.credits as { cost: number }).cost : 1;
      if (stored.credits !== undefined) stored.credits = Math.max(0, stored.credits - cost);
      for (const limit of stored.ratelimits ?? []) if (limit.autoApply) limit.remaining = Math.max(0, limit.remaining - 1);
    }
    // The spec returns permissions and roles only when a permission query was checked.
    const checked = typeof body.permissions === 'string';
    return ok({
      valid: code === 'VALID',
      code,
      keyId: stored.keyId,
      ...(stored.name !== undefined ? { name: stored.name } : {}),
      ...(stored.meta ? { meta: stored.meta } : {}),
      ...(stored.expires !== undefined ? { expires: stored.expires } : {}),
      ...(stored.credits !== undefined ? { credits: stored.credits } : {}),
      enabled,
      ...(checked && stored.permissions ? { permissions: stored.permissions } : {}),
      ...(checked && stored.roles ? { roles: stored.roles } : {}),
      ...(stored.identity ? { identity: stored.identity } : {}),
      ...(stored.ratelimits
        ? { ratelimits: stored.ratelimits.map((limit) => ({ ...limit, exceeded: limit.autoApply && limit.remaining <= 0 && code === 'RATE_LIMITED' })) }
        : {}),
    });
  }

  function getApi(body: Record<string, unknown>): Answer {
    const apiId = body.apiId as string;
    const name = options.apis === 'any' ? 'api' : apis.get(apiId);
    return name === undefined ? problemAnswer(PROBLEMS.not_found) : ok({ id: apiId, name });
  }

  function route(req: http.IncomingMessage, path: string, rawBody: string): Answer {
    // 1. Routing: net/http's own plain-text answers, before any header or body is read.
    const endpoint = ROUTES.get(path);
    if (!endpoint) return plain(404, '404 page not found\n');
    const method = req.method ?? '';
    // A GET pattern also serves HEAD.
    if (method !== endpoint.method && !(endpoint.method === 'GET' && method === 'HEAD')) {
      return plain(405, 'Method Not Allowed\n', { allow: endpoint.method === 'GET' ? 'GET, HEAD' : endpoint.method });
    }
    // 2. OpenAPI validation: the missing credential and the body in one 400.
    const issues = validateRequest(endpoint, req.headers.authorization, rawBody);
    if (issues.length) return problemAnswer(invalidInput(issues));
    if (path === '/v2/liveness') return ok({ message: 'OK' });
    // 3-4. The bearer parser, then the root key's state (portal and public operations have no bearer).
    if (endpoint.auth === 'rootKey') {
      const denied = authenticate(req);
      if (denied) return denied;
    }
    const body = parseJsonObject(rawBody) ?? {};
    const handlers: Record<string, (body: Record<string, unknown>) => Answer> = {
      '/v2/keys.verifyKey': verifyKey,
      '/v2/apis.getApi': getApi,
    };
    return handlers[path]?.(body) ?? ok({});
  }

  function send(res: http.ServerResponse, answer: Answer): void {
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...answer.headers, 'content-type': answer.contentType ?? 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0]!;
      requests.push({ method: req.method ?? '', path, headers: { ...req.headers }, body });
      switch (fault) {
        case 'slow': {
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (!res.destroyed) send(res, route(req, path, body));
          }, options.slowMs ?? 15_000);
          timers.add(timer);
          return;
        }
        case '500':
          return send(res, problemAnswer(PROBLEMS.internal));
        case '429':
          return send(res, problemAnswer(PROBLEMS.rate_limited, 'application/problem+json'));
        case 'nonjson': {
          const html = '<!doctype html><html><body><h1>Welcome</h1></body></html>';
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
          return res.end(html);
        }
        case 'redirect':
          res.writeHead(307, { location: new URL(path, options.redirectTo ?? 'http://127.0.0.2:9/').href, 'content-length': 0 });
          return res.end();
        default:
          return send(res, route(req, path, body));
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    setFault: (next) => {
      fault = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
