// The emulator against the documented behaviour of the Unkey API (reference notes: "How the server
// reads the header", status codes, RFC 7807 error bodies, verifyKey / getApi shapes), over real HTTP.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import { evaluatePermissionQuery, parseBearer, startEmulator, type Emulator } from '../emulator';

const ROOT = 'unkey_3ZemuLatorVa1idRootKey12';
const DISABLED = 'unkey_3ZemuLatorDisab1edRootKey';
const WS_DISABLED = 'unkey_3ZemuLatorWorkspaceDisab1ed';
const NO_PERMISSION = 'unkey_3ZemuLatorNoPermissi0nKey'.replace('0', 'o');
const DOCS = 'https://unkey.com/docs/errors/unkey/';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: any;
}

/** Raw HTTP, so header values reach the server byte for byte (fetch would normalise some). */
function call(emulator: Emulator, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${emulator.url}${path}`, { method, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

const verify = (emulator: Emulator, authorization: string | undefined, body: unknown = { key: 'sk_nothing' }): Promise<Reply> =>
  call(emulator, 'POST', '/v2/keys.verifyKey', { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) }, JSON.stringify(body));

function assertProblem(reply: Reply, status: number, code: string, title: string): void {
  assert.equal(reply.status, status, reply.text);
  assert.match(reply.headers['content-type'] ?? '', /json/);
  assert.deepEqual(Object.keys(reply.json).sort(), ['error', 'meta']);
  assert.match(reply.json.meta.requestId, /^req_[1-9A-HJ-NP-Za-km-z]{16}$/);
  assert.equal(reply.json.error.type, DOCS + code);
  assert.equal(reply.json.error.status, status);
  assert.equal(reply.json.error.title, title);
  assert.equal(typeof reply.json.error.detail, 'string');
}

describe('Unkey API emulator', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator({
      rootKeys: { [ROOT]: 'valid', [DISABLED]: 'disabled', [WS_DISABLED]: 'workspace_disabled', [NO_PERMISSION]: 'insufficient_permissions' },
      userKeys: {
        sk_live_good: {
          keyId: 'key_good',
          name: 'Good key',
          credits: 2,
          permissions: ['documents.read', 'users.view'],
          roles: ['reader'],
          meta: { plan: 'pro' },
          identity: { id: 'id_1', externalId: 'user_1', ratelimits: [{ id: 'rl_identity1', name: 'identity', limit: 5, duration: 1000, autoApply: true }] },
          ratelimits: [{ id: 'rl_requests1', name: 'requests', limit: 10, duration: 60000, reset: 60000, remaining: 10, autoApply: true }],
        },
        sk_live_disabled: { keyId: 'key_disabled', enabled: false },
        sk_live_expired: { keyId: 'key_expired', expires: Date.now() - 1000 },
        sk_live_spent: { keyId: 'key_spent', credits: 0 },
        sk_live_limited: { keyId: 'key_limited', ratelimits: [{ id: 'rl_limited1', name: 'requests', limit: 1, duration: 1000, reset: 1000, remaining: 0, autoApply: true }] },
      },
      apis: { api_12345678: 'payments' },
    });
  });
  afterEach(() => emulator.close());

  it('listens on 127.0.0.1 with a random port', () => {
    assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(emulator.port > 0);
  });

  it('GET /v2/liveness answers without a key', async () => {
    const reply = await call(emulator, 'GET', '/v2/liveness');
    assert.equal(reply.status, 200);
    assert.equal(reply.json.data.message, 'OK');
    assert.match(reply.json.meta.requestId, /^req_/);
  });

  describe('header parsing, as pkg/zen/auth.go', () => {
    const cases: [string, string | undefined, 'missing' | 'malformed' | 'token', string?][] = [
      ['no header', undefined, 'missing'],
      ['an empty header', '', 'missing'],
      ['white space only (trimmed to nothing, then no "Bearer ")', '   ', 'malformed'],
      ['lower-case scheme', `bearer ${ROOT}`, 'malformed'],
      ['upper-case scheme', `BEARER ${ROOT}`, 'malformed'],
      ['a colon', `Bearer:${ROOT}`, 'malformed'],
      ['another scheme', `Token ${ROOT}`, 'malformed'],
      ['Basic', 'Basic dXNlcjpwYXNz', 'malformed'],
      ['a bare key', ROOT, 'malformed'],
      ['Bearer alone', 'Bearer', 'malformed'],
      ['Bearer and spaces only', 'Bearer    ', 'malformed'],
      ['the canonical form', `Bearer ${ROOT}`, 'token', ROOT],
      ['two spaces (accepted)', `Bearer  ${ROOT}`, 'token', ROOT],
      ['surrounding white space', `  Bearer ${ROOT}  `, 'token', ROOT],
      ['a tab after Bearer', `Bearer\t${ROOT}`, 'malformed'],
    ];
    for (const [name, header, expected, token] of cases) {
      it(`parseBearer: ${name}`, () => {
        const result = parseBearer(header);
        if (expected === 'token') assert.deepEqual(result, { token });
        else assert.deepEqual(result, { error: expected });
      });
    }
    it('keeps a BOM that Go would not trim', () => {
      assert.deepEqual(parseBearer('\ufeffBearer x'), { error: 'malformed' });
    });

    it('answers 400 application/invalid_input from the validator without a header, or with an empty one', async () => {
      for (const header of [undefined, '']) {
        const reply = await verify(emulator, header);
        assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
        assert.equal(reply.json.error.detail, "Authorization header for 'bearer' scheme");
        assert.deepEqual(reply.json.error.errors, [{ location: 'security', message: 'Authorization header was not found' }]);
      }
    });
    it('a header of white space only arrives empty (HTTP trims the value): the validator\'s answer', async () => {
      const reply = await verify(emulator, '   ');
      assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
      assert.equal(reply.json.error.detail, "Authorization header for 'bearer' scheme");
    });
    it('answers 400 authentication/malformed for "bearer <key>"', async () => {
      assertProblem(await verify(emulator, `bearer ${ROOT}`), 400, 'authentication/malformed', 'Bad Request');
    });
    it('answers 400 authentication/malformed for "Bearer" alone', async () => {
      assertProblem(await verify(emulator, 'Bearer'), 400, 'authentication/malformed', 'Bad Request');
    });
    it('accepts "Bearer  <key>" with two spaces', async () => {
      const reply = await verify(emulator, `Bearer  ${ROOT}`);
      assert.equal(reply.status, 200);
    });
  });

  describe('root key states', () => {
    it('401 authentication/key_not_found for an unknown root key', async () => {
      assertProblem(await verify(emulator, 'Bearer unkey_3ZunknownKeyAbcdefghijk'), 401, 'authentication/key_not_found', 'Unauthorized');
    });
    it("401 for an end user's key used as root key", async () => {
      assertProblem(await verify(emulator, 'Bearer sk_live_good'), 401, 'authentication/key_not_found', 'Unauthorized');
    });
    it('403 authorization/key_disabled', async () => {
      assertProblem(await verify(emulator, `Bearer ${DISABLED}`), 403, 'authorization/key_disabled', 'Forbidden');
    });
    it('403 authorization/workspace_disabled', async () => {
      assertProblem(await verify(emulator, `Bearer ${WS_DISABLED}`), 403, 'authorization/workspace_disabled', 'Forbidden');
    });
    it('403 authorization/insufficient_permissions for a root key without verify_key', async () => {
      assertProblem(await verify(emulator, `Bearer ${NO_PERMISSION}`), 403, 'authorization/insufficient_permissions', 'Forbidden');
    });
    it('validates the body before it authenticates', async () => {
      const reply = await call(emulator, 'POST', '/v2/keys.verifyKey', { authorization: 'Bearer unkey_3Znope' }, 'not json');
      assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
      assert.equal(reply.json.error.detail, "POST request body for '/v2/keys.verifyKey' failed to validate schema");
      const valid = await call(emulator, 'POST', '/v2/keys.verifyKey', { authorization: 'Bearer unkey_3Znope' }, '{"key":"k"}');
      assertProblem(valid, 401, 'authentication/key_not_found', 'Unauthorized');
    });
  });

  describe('POST /v2/keys.verifyKey', () => {
    it('200 valid:false NOT_FOUND for a throwaway key, without keyId', async () => {
      const reply = await verify(emulator, `Bearer ${ROOT}`, { key: 'throwaway' });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.json.data, { valid: false, code: 'NOT_FOUND' });
      assert.match(reply.json.meta.requestId, /^req_/);
    });
    it('VALID with the documented fields, spending a credit', async () => {
      const first = await verify(emulator, `Bearer ${ROOT}`, { key: 'sk_live_good' });
      assert.equal(first.status, 200);
      const data = first.json.data;
      assert.equal(data.valid, true);
      assert.equal(data.code, 'VALID');
      assert.equal(data.keyId, 'key_good');
      assert.equal(data.name, 'Good key');
      assert.equal(data.credits, 1);
      assert.equal(data.enabled, true);
      assert.deepEqual(data.meta, { plan: 'pro' });
      assert.equal(data.identity.externalId, 'user_1');
      assert.equal(data.ratelimits[0].remaining, 9);
      assert.equal(data.ratelimits[0].exceeded, false);
      assert.equal(data.permissions, undefined, 'permissions are returned only when a query was checked');
      const second = await verify(emulator, `Bearer ${ROOT}`, { key: 'sk_live_good', permissions: 'documents.read AND users.view' });
      assert.equal(second.json.data.code, 'VALID');
      assert.equal(second.json.data.credits, 0);
      assert.deepEqual(second.json.data.permissions, ['documents.read', 'users.view']);
      assert.deepEqual(second.json.data.roles, ['reader']);
      const third = await verify(emulator, `Bearer ${ROOT}`, { key: 'sk_live_good' });
      assert.equal(third.json.data.code, 'USAGE_EXCEEDED');
      assert.equal(third.json.data.valid, false);
    });
    it('credits: { cost: 0 } spends no credit; an auto-applied rate limit still counts the request', async () => {
      for (const expected of [9, 8]) {
        const reply = await verify(emulator, `Bearer ${ROOT}`, { key: 'sk_live_good', credits: { cost: 0 } });
        assert.equal(reply.json.data.code, 'VALID');
        assert.equal(reply.json.data.credits, 2, 'credits unchanged');
        assert.equal(reply.json.data.ratelimits[0].remaining, expected);
      }
    });
    it('INSUFFICIENT_PERMISSIONS for a failed permission query', async () => {
      const reply = await verify(emulator, `Bearer ${ROOT}`, { key: 'sk_live_good', permissions: 'documents.write' });
      assert.equal(reply.json.data.code, 'INSUFFICIENT_PERMISSIONS');
      assert.equal(reply.json.data.valid, false);
    });
    it('400 for a permission query with a syntax error', async () => {
      const reply = await verify(emulator, `Bearer ${ROOT}`, { key: 'sk_live_good', permissions: 'AND documents.read' });
      assert.equal(reply.status, 400);
      assert.equal(reply.json.error.type, 'https://unkey.com/docs/errors/user/bad_request/permissions_query_syntax_error');
    });
    for (const [key, code] of [
      ['sk_live_disabled', 'DISABLED'],
      ['sk_live_expired', 'EXPIRED'],
      ['sk_live_spent', 'USAGE_EXCEEDED'],
      ['sk_live_limited', 'RATE_LIMITED'],
    ]) {
      it(`${code} with HTTP 200 and keyId`, async () => {
        const reply = await verify(emulator, `Bearer ${ROOT}`, { key });
        assert.equal(reply.status, 200);
        assert.equal(reply.json.data.valid, false);
        assert.equal(reply.json.data.code, code);
        assert.match(reply.json.data.keyId, /^key_/);
      });
    }
    it('400 application/invalid_input without a key in the body', async () => {
      const reply = await verify(emulator, `Bearer ${ROOT}`, {});
      assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
      assert.equal(reply.json.error.errors[0].location, 'body.key');
    });
    it('400 for an unknown body property (additionalProperties: false)', async () => {
      const reply = await verify(emulator, `Bearer ${ROOT}`, { key: 'x', apiId: 'api_1' });
      assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
    });
    it('400 for a body that is not JSON', async () => {
      const reply = await call(emulator, 'POST', '/v2/keys.verifyKey', { authorization: `Bearer ${ROOT}` }, '{');
      assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
    });
  });

  describe('POST /v2/apis.getApi', () => {
    const getApi = (authorization: string | undefined, body: unknown): Promise<Reply> =>
      call(emulator, 'POST', '/v2/apis.getApi', authorization ? { authorization } : {}, JSON.stringify(body));
    it('200 with {id, name}', async () => {
      const reply = await getApi(`Bearer ${ROOT}`, { apiId: 'api_12345678' });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.json.data, { id: 'api_12345678', name: 'payments' });
    });
    it('400 invalid_input without a header (the linter\'s missing-authorization case)', async () => {
      const reply = await getApi(undefined, { apiId: 'api_12345678' });
      assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
      assert.equal(reply.json.error.detail, "Authorization header for 'bearer' scheme");
    });
    it('404 data/api_not_found for an unknown api', async () => {
      assertProblem(await getApi(`Bearer ${ROOT}`, { apiId: 'api_00000000' }), 404, 'data/api_not_found', 'Not Found');
    });
    it('400 for an apiId of the wrong shape', async () => {
      assertProblem(await getApi(`Bearer ${ROOT}`, { apiId: 'x' }), 400, 'application/invalid_input', 'Bad Request');
    });
  });

  describe('faults', () => {
    it('500 with an RFC 7807 body', async () => {
      emulator.setFault('500');
      assertProblem(await verify(emulator, `Bearer ${ROOT}`), 500, 'application/unexpected_error', 'Internal Server Error');
    });
    it('429 as application/problem+json', async () => {
      emulator.setFault('429');
      const reply = await verify(emulator, `Bearer ${ROOT}`);
      assert.equal(reply.status, 429);
      assert.equal(reply.headers['content-type'], 'application/problem+json');
      assert.match(reply.json.meta.requestId, /^req_/);
    });
    it('an HTML page for nonjson', async () => {
      emulator.setFault('nonjson');
      const reply = await verify(emulator, `Bearer ${ROOT}`);
      assert.equal(reply.status, 200);
      assert.match(reply.headers['content-type'] ?? '', /text\/html/);
      assert.equal(reply.json, undefined);
    });
    it('a 307 to another origin for redirect', async () => {
      emulator.setFault('redirect');
      const reply = await verify(emulator, `Bearer ${ROOT}`);
      assert.equal(reply.status, 307);
      assert.notEqual(new URL(reply.headers.location!).origin, emulator.url);
    });
    it('slow answers after slowMs', async () => {
      const slow = await startEmulator({ rootKeys: { [ROOT]: 'valid' }, fault: 'slow', slowMs: 150 });
      try {
        const started = Date.now();
        const reply = await verify(slow, `Bearer ${ROOT}`);
        assert.ok(Date.now() - started >= 140);
        assert.equal(reply.status, 200);
      } finally {
        await slow.close();
      }
    });
    it('setFault(undefined) restores normal answers', async () => {
      emulator.setFault('500');
      emulator.setFault(undefined);
      assert.equal((await verify(emulator, `Bearer ${ROOT}`)).status, 200);
    });
  });

  it('records every request with method, path, headers and body', async () => {
    await verify(emulator, `Bearer ${ROOT}`, { key: 'k1' });
    await call(emulator, 'GET', '/v2/liveness?x=1');
    assert.equal(emulator.requests.length, 2);
    assert.deepEqual(
      emulator.requests.map((r) => [r.method, r.path]),
      [
        ['POST', '/v2/keys.verifyKey'],
        ['GET', '/v2/liveness'],
      ],
    );
    assert.equal(emulator.requests[0]!.headers.authorization, `Bearer ${ROOT}`);
    assert.deepEqual(JSON.parse(emulator.requests[0]!.body), { key: 'k1' });
  });

  describe('the order of checks: routing, validation, bearer parser, permissions', () => {
    const plainText = (reply: Reply, status: number, text: string): void => {
      assert.equal(reply.status, status, reply.text);
      assert.equal(reply.headers['content-type'], 'text/plain; charset=utf-8');
      assert.equal(reply.text, text);
    };
    it('an unknown path is the router\'s plain-text 404, whatever the headers and body', async () => {
      for (const path of ['/v2/nope', '/v2/keys.listKeys', '/v2/ratelimits.limit', '/v1/keys.verifyKey', '/v1/keys/verify', '/']) {
        plainText(await call(emulator, 'POST', path), 404, '404 page not found\n');
        plainText(await call(emulator, 'POST', path, { authorization: `Bearer ${ROOT}` }, '{"key":"x"}'), 404, '404 page not found\n');
      }
    });
    it('a known path with another method is a plain-text 405 with Allow, before the header is read', async () => {
      for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
        const reply = await call(emulator, method, '/v2/keys.verifyKey');
        plainText(reply, 405, 'Method Not Allowed\n');
        assert.equal(reply.headers.allow, 'POST');
      }
      const live = await call(emulator, 'POST', '/v2/liveness');
      plainText(live, 405, 'Method Not Allowed\n');
      assert.equal(live.headers.allow, 'GET, HEAD');
      assert.equal((await call(emulator, 'HEAD', '/v2/liveness')).status, 200);
    });
    it('the validator lists a missing header before the body, in one 400', async () => {
      const reply = await call(emulator, 'POST', '/v2/keys.verifyKey', { 'content-type': 'application/json' }, '{"apiId":"api_1"}');
      assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
      assert.equal(reply.json.error.detail, "Authorization header for 'bearer' scheme");
      assert.deepEqual(reply.json.error.errors.map((e: { location: string }) => e.location), ['security', 'body.key', 'body.apiId']);
    });
    it('a body missing a required property or carrying an unknown one: the validator\'s detail', async () => {
      const reply = await call(emulator, 'POST', '/v2/keys.createKey', { authorization: `Bearer ${ROOT}` }, '{"ownerId":"u"}');
      assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
      assert.equal(reply.json.error.detail, "POST request body for '/v2/keys.createKey' failed to validate schema");
      assert.deepEqual(reply.json.error.errors, [
        { location: 'body.apiId', message: "missing property 'apiId'" },
        { location: 'body.ownerId', message: "additional properties 'ownerId' not allowed" },
      ]);
      const empty = await call(emulator, 'POST', '/v2/keys.createKey', { authorization: `Bearer ${ROOT}` }, '');
      assert.equal(empty.json.error.detail, "POST request body is empty for '/v2/keys.createKey'");
    });
    it('an open schema (identities.createIdentity) accepts other properties', async () => {
      const reply = await call(emulator, 'POST', '/v2/identities.createIdentity', { authorization: `Bearer ${ROOT}` }, '{"externalId":"u","extra":1}');
      assert.equal(reply.status, 200, reply.text);
    });
    it('every other v2 operation answers 200 with the documented envelope once the request passes', async () => {
      const reply = await call(emulator, 'POST', '/v2/keys.createKey', { authorization: `Bearer ${ROOT}` }, '{"apiId":"api_12345678","externalId":"u"}');
      assert.equal(reply.status, 200, reply.text);
      assert.match(reply.json.meta.requestId, /^req_/);
      assert.deepEqual(reply.json.data, {});
    });
    it('a malformed header with a bad body: the body first (validation comes before the bearer parser)', async () => {
      const reply = await call(emulator, 'POST', '/v2/keys.verifyKey', { authorization: `bearer ${ROOT}` }, '{"key":"k","apiId":"a"}');
      assertProblem(reply, 400, 'application/invalid_input', 'Bad Request');
      assertProblem(await call(emulator, 'POST', '/v2/keys.verifyKey', { authorization: `bearer ${ROOT}` }, '{"key":"k"}'), 400, 'authentication/malformed', 'Bad Request');
    });
  });

  it('evaluates permission queries with AND before OR and parentheses', () => {
    const granted = new Set(['a', 'b']);
    assert.equal(evaluatePermissionQuery('a', granted), true);
    assert.equal(evaluatePermissionQuery('c', granted), false);
    assert.equal(evaluatePermissionQuery('a AND c', granted), false);
    assert.equal(evaluatePermissionQuery('c OR a AND b', granted), true);
    assert.equal(evaluatePermissionQuery('(c OR a) AND b', granted), true);
    assert.equal(evaluatePermissionQuery('(c OR a', granted), 'syntax-error');
    assert.equal(evaluatePermissionQuery('a b', granted), 'syntax-error');
  });
});
