// The key tester's pure logic: every local shape check, the URL rules and every outcome mapping.
import * as assert from 'node:assert/strict';
import {
  checkApiBaseUrl,
  checkKeyShape,
  describeChar,
  endpointUrl,
  errorCode,
  interpretVerifyResult,
  looksLikeKey,
  redactVerdict,
  type HttpResult,
  type ShapeProblemCode,
} from '../../src/core/keyCheck';
import { redact } from '../../src/core/mask';
import { dotenvAssignments, parseDotenv } from '../../src/extension/keyTester/dotenv';

const GOOD = 'unkey_3ZabcdefghijkmnopqrstuvW';

describe('checkKeyShape', () => {
  it('accepts unkey_ + 20 or more base58 characters', () => {
    assert.deepEqual(checkKeyShape(GOOD), { ok: true });
    assert.deepEqual(checkKeyShape('unkey_' + '2'.repeat(19) + 'A'), { ok: true });
    assert.deepEqual(checkKeyShape('unkey_' + 'z'.repeat(120)), { ok: true });
  });

  const cases: [string, string, ShapeProblemCode, RegExp][] = [
    ['empty', '', 'empty', /^The key is empty\.$/],
    ['white space only', '  \n', 'empty', /only white space/],
    ['double quotes around it', `"${GOOD}"`, 'surrounding', /quotes \("…"\) pasted along/],
    ['single quotes around it', `'${GOOD}'`, 'surrounding', /quotes \('…'\)/],
    ['a quote in front only', `"${GOOD}`, 'surrounding', /a quote \("\) in front/],
    ['a trailing newline', `${GOOD}\n`, 'surrounding', /a newline at the end/],
    ['a trailing CRLF', `${GOOD}\r\n`, 'surrounding', /a newline at the end/],
    ['a leading space', ` ${GOOD}`, 'surrounding', /a space in front/],
    ['spaces on both sides', `  ${GOOD} `, 'surrounding', /spaces before it and a space after it/],
    ['Bearer pasted in front', `Bearer ${GOOD}`, 'bearer-prefix', /starts with "Bearer ": that is part of the Authorization header/],
    ['bearer in lower case', `bearer ${GOOD}`, 'bearer-prefix', /"bearer "/],
    ['Bearer: with a colon', `Bearer:${GOOD}`, 'bearer-prefix', /"Bearer:"/],
    ['unkey_YOUR_API_KEY', 'unkey_YOUR_API_KEY', 'placeholder', /"unkey_YOUR_API_KEY" is a placeholder from the docs/],
    ['unkey_XXXX', 'unkey_XXXX', 'placeholder', /placeholder/],
    ['unkey_xxxxxxxxxxxxxxxxxxxxxxxx', 'unkey_xxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder', /looks like a placeholder/],
    ['<UNKEY_ROOT_KEY>', '<UNKEY_ROOT_KEY>', 'placeholder', /placeholder/],
    ['<YOUR_ROOT_KEY>', '<YOUR_ROOT_KEY>', 'placeholder', /placeholder/],
    ['YOUR_ROOT_KEY', 'YOUR_ROOT_KEY', 'placeholder', /placeholder/],
    ['{ROOT_KEY}', '{ROOT_KEY}', 'placeholder', /placeholder/],
    ['<token>', '<token>', 'placeholder', /placeholder/],
    ['{{rootKey}}', '{{rootKey}}', 'placeholder', /template placeholder/],
    ['unkey_1234567890', 'unkey_1234567890', 'placeholder', /placeholder from the docs/],
    ['unkey_12345678901234567890', 'unkey_12345678901234567890', 'placeholder', /counting run of digits/],
    ['an unexpanded $VAR', '$UNKEY_ROOT_KEY', 'placeholder', /"\$UNKEY_ROOT_KEY" is a variable reference that was never expanded/],
    ['an unexpanded ${VAR}', '${UNKEY_ROOT_KEY}', 'placeholder', /never expanded/],
    ['an ellipsis', 'unkey_3Zab...', 'placeholder', /shortened/],
    ['a Unicode ellipsis', 'unkey_…wxyz', 'placeholder', /shortened/],
    ['a key id', 'key_2cGKbMxRyIzhCxo1Idjz8q', 'key-id', /key id \(key_…\), not a key/],
    ["an end user's key with a prefix", 'sk_live_3Zabcdefghijkmnopqrstu', 'not-root-key', /prefix "sk_live_": it looks like an end user's API key/],
    ["an end user's key without a prefix", '3ZabcdefghijkmnopqrstuvWxyz', 'not-root-key', /no "unkey_" prefix/],
    // In a random token the text before an early underscore is part of the secret: never quoted.
    ['a random token with an early underscore', 'Zq3xT9wKp2_mLr8sVb4nYc6dHf', 'not-root-key', /no "unkey_" prefix/],
    ['a short prefix with too little after it', 'sk_live_3Zabcdefgh', 'not-root-key', /no "unkey_" prefix/],
    ['Unkey_ in the wrong case', 'Unkey_3ZabcdefghijkmnopqrstuvW', 'not-root-key', /starts with "Unkey_", not "unkey_"/],
    ['a zero', 'unkey_3Zabcdef0hijkmnopqrstuvW', 'not-base58', /character 15 is '0' \(zero\), which base58 never uses/],
    ['a capital O', 'unkey_3ZOabcdefghijkmnopqrstu', 'not-base58', /character 9 is 'O' \(capital o\), which base58 never uses/],
    ['a capital I', 'unkey_I3Zabcdefghijkmnopqrstu', 'not-base58', /character 7 is 'I' \(capital i\)/],
    ['a lower-case L', 'unkey_3Zabcdefghijklmnopqrstu', 'not-base58', /character 20 is 'l' \(lower-case L\)/],
    ['a space inside', 'unkey_3Zabcdefg hijkmnopqrstuv', 'not-base58', /character 16 is a space, which a root key never contains/],
    ['a hyphen', 'unkey_3Zabc-defghijkmnopqrstuv', 'not-base58', /character 12 is '-', which a root key never contains/],
    ['a zero-width space', 'unkey_3Zabc\u200bdefghijkmnopqrstuv', 'not-base58', /character 12 is an invisible character \(U\+200B\)/],
    ['a second underscore', 'unkey_3Zabc_defghijkmnopqrstuv', 'not-base58', /character 12 is '_'/],
    ['too short', 'unkey_3Zabcdefghijk', 'too-short', /13 characters after "unkey_", where a root key has at least 20/],
    ['19 characters', 'unkey_' + '2'.repeat(19), 'too-short', /19 characters/],
  ];
  for (const [name, key, code, message] of cases) {
    it(`rejects ${name} (${code})`, () => {
      const result = checkKeyShape(key);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.code, code);
      assert.match(result.message, message);
    });
  }

  it('never quotes a real-looking key in a message', () => {
    const secret = GOOD.slice(8, 24);
    const variants = [`"${GOOD}"`, `Bearer ${GOOD}`, GOOD.replace('W', '0'), `sk_live_${GOOD.slice(6)}`, GOOD.slice(0, 26) + '...', `<${GOOD}>`, `$${GOOD}`, `{${GOOD}}`, `${GOOD}xxxxxx`, ` ${GOOD}\n`];
    for (const key of variants) {
      const result = checkKeyShape(key);
      assert.equal(result.ok, false, key);
      if (!result.ok) assert.ok(!result.message.includes(secret), result.message);
    }
  });

  it('counts positions in characters, not UTF-16 units', () => {
    const result = checkKeyShape('unkey_😀3Zabcdefghijkmnopqrstuv');
    assert.ok(!result.ok && /character 7 is '😀' \(U\+1F600\)/.test(result.message));
  });

  it('names characters', () => {
    assert.equal(describeChar('\t'), 'a tab');
    assert.equal(describeChar('\u0007'), 'the control character U+0007');
    assert.equal(describeChar('\u00a0'), 'the control character U+00A0');
    assert.equal(describeChar('\u3000'), 'a white-space character (U+3000)');
  });
});

describe('looksLikeKey (what "key under the cursor" offers)', () => {
  const random = '3ZqD7nWvK9pXcT2yBfLmR8sA';
  for (const token of [GOOD, 'unkey_' + 'x'.repeat(9), 'sk_live_' + random, 'prod_' + random, random]) {
    it(`key-shaped: ${token.slice(0, 12)}…`, () => assert.equal(looksLikeKey(token), true));
  }
  for (const token of ['rootKey', 'UNKEY_ROOT_KEY', 'process.env.UNKEY_ROOT_KEY', 'authorizationHeaderValue', 'get_authorizationheadervalue', 'unkey_', 'key_123', 'https://api.unkey.com/v2/keys.verifyKey']) {
    it(`not key-shaped: ${token}`, () => assert.equal(looksLikeKey(token), false));
  }
});

describe('checkApiBaseUrl', () => {
  const accepted = ['https://api.unkey.com', 'https://proxy.example.com/unkey/', 'http://127.0.0.1:8787', 'http://127.5.6.7', 'http://localhost:3000', 'http://LOCALHOST', 'http://[::1]:9000', 'http://127.1'];
  for (const url of accepted) it(`accepts ${url}`, () => assert.equal(checkApiBaseUrl(url).ok, true));
  const refused: [string, RegExp][] = [
    ['http://api.unkey.com', /plain http:\/\/ to api\.unkey\.com/],
    ['http://10.0.0.1', /plain http/],
    ['http://127.0.0.1.evil.com', /plain http/],
    ['http://localhost.evil.com', /plain http/],
    ['http://[::2]', /plain http/],
    ['http://0.0.0.0', /plain http/],
    ['https://user:pass@api.unkey.com', /user name or password/],
    ['https://user@api.unkey.com', /user name or password/],
    ['http://u@127.0.0.1', /user name or password/],
    ['https://api.unkey.com?x=1', /query/],
    ['https://api.unkey.com#frag', /fragment/],
    ['http://127.0.0.1:8080/?', /query/],
    ['https://api.unkey.com/#', /fragment/],
    ['https://api.unkey.com?#', /query/],
    ['ftp://api.unkey.com', /must be an https:\/\/ URL/],
    ['file:///etc/passwd', /must be an https:\/\/ URL/],
    ['api.unkey.com', /not a URL/],
    ['', /not a URL/],
  ];
  for (const [url, message] of refused) {
    it(`refuses ${url || '(empty)'}`, () => {
      const result = checkApiBaseUrl(url);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.message, message);
    });
  }
  it('quotes a value that is not a URL without its user:password@ part', () => {
    for (const raw of [`https://me:${GOOD}@api.unkey.com:bad`, `${GOOD}@api.unkey.com`]) {
      const result = checkApiBaseUrl(raw);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.match(result.message, /not a URL \(".*…@api\.unkey\.com.*"\)/);
        assert.ok(!result.message.includes(GOOD) && !result.message.includes('me:'), result.message);
      }
    }
    // Parsed, with the user name taken for a scheme: refused without quoting the rest.
    const result = checkApiBaseUrl(`me:${GOOD}@api.unkey.com`);
    assert.ok(!result.ok && !result.message.includes(GOOD));
  });

  it('joins the endpoint path keeping a path prefix', () => {
    assert.equal(endpointUrl(new URL('https://api.unkey.com'), '/v2/keys.verifyKey').href, 'https://api.unkey.com/v2/keys.verifyKey');
    assert.equal(endpointUrl(new URL('https://p.example/unkey//'), '/v2/keys.verifyKey').href, 'https://p.example/unkey/v2/keys.verifyKey');
  });
});

describe('interpretVerifyResult', () => {
  const docs = (code: string): string => `https://unkey.com/docs/errors/unkey/${code}`;
  const problem = (status: number, code: string, requestId = 'req_abc123', base = 'https://unkey.com/docs/errors/unkey/'): HttpResult => ({
    kind: 'response',
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ meta: { requestId }, error: { title: 'x', detail: 'd', status, type: base + code } }),
    latencyMs: 12.5,
  });
  const success = (data: unknown): HttpResult => ({ kind: 'response', status: 200, headers: {}, body: JSON.stringify({ meta: { requestId: 'req_ok1' }, data }), latencyMs: 3 });

  it('200 valid:false NOT_FOUND → the root key works', () => {
    const verdict = interpretVerifyResult(success({ valid: false, code: 'NOT_FOUND' }));
    assert.equal(verdict.outcome, 'works');
    assert.equal(verdict.ok, true);
    assert.equal(verdict.severity, 'info');
    assert.equal(verdict.requestId, 'req_ok1');
    assert.equal(verdict.status, 200);
    assert.equal(verdict.latencyMs, 3);
    assert.match(verdict.message, /The root key works.*req_ok1/);
  });
  it('200 without verify data → unexpected', () => {
    assert.equal(interpretVerifyResult(success({ something: 1 })).outcome, 'unexpected');
  });

  const table: [string, HttpResult, string, boolean, RegExp, string | undefined][] = [
    ['400 missing (only when the header did not arrive)', problem(400, 'authentication/missing'), 'header-rejected', false, /no credentials \(authentication\/missing, HTTP 400\).*a proxy in between removed it\. The key was not judged/, docs('authentication/missing')],
    ['400 malformed', problem(400, 'authentication/malformed'), 'header-rejected', false, /as malformed \(HTTP 400\)/, docs('authentication/malformed')],
    ['401 malformed (as the public pages show it)', problem(401, 'authentication/malformed'), 'header-rejected', false, /HTTP 401/, docs('authentication/malformed')],
    ['401 key_not_found', problem(401, 'authentication/key_not_found'), 'key-not-found', false, /Not a valid root key \(HTTP 401\).*revoked, mistyped, from another workspace/, docs('authentication/key_not_found')],
    ['403 key_disabled', problem(403, 'authorization/key_disabled'), 'key-disabled', false, /root key is disabled/, docs('authorization/key_disabled')],
    ['403 workspace_disabled', problem(403, 'authorization/workspace_disabled'), 'workspace-disabled', false, /workspace of this root key is disabled/, docs('authorization/workspace_disabled')],
    ['403 insufficient_permissions', problem(403, 'authorization/insufficient_permissions'), 'works-without-permission', true, /valid, but it lacks the verify_key permission/, docs('authorization/insufficient_permissions')],
    ['403 forbidden', problem(403, 'authorization/forbidden'), 'forbidden', false, /refused this root key \(HTTP 403, forbidden\).*"d"/, docs('authorization/forbidden')],
    ['the older errors-v2 type URL', problem(401, 'authentication/key_not_found', 'req_1', 'https://unkey.com/docs/api-reference/errors-v2/unkey/'), 'key-not-found', false, /Not a valid root key/, 'https://unkey.com/docs/api-reference/errors-v2/unkey/authentication/key_not_found'],
    ['a type URL off unkey.com (docs link rebuilt)', problem(401, 'authentication/key_not_found', 'req_1', 'https://evil.example/docs/errors/unkey/'), 'key-not-found', false, /Not a valid root key/, docs('authentication/key_not_found')],
    ['429', problem(429, 'application/rate_limited'), 'rate-limited', false, /Rate limited \(HTTP 429\).*try again/, docs('application/rate_limited')],
    ['500', problem(500, 'application/unexpected_error'), 'unreachable', false, /Could not reach the API: it answered with a server error \(HTTP 500\)/, docs('application/unexpected_error')],
    ['503 without a body', { kind: 'response', status: 503, headers: {}, body: '', latencyMs: 1 }, 'unreachable', false, /server error \(HTTP 503\)/, undefined],
    ['non-JSON 200', { kind: 'response', status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<html>', latencyMs: 1 }, 'unreachable', false, /\(HTTP 200, text\/html\) is not JSON/, undefined],
    ['307 redirect', { kind: 'response', status: 307, headers: { location: 'https://elsewhere.example/v2/keys.verifyKey?x' }, body: '', latencyMs: 1 }, 'redirect', false, /redirect \(HTTP 307\) to https:\/\/elsewhere\.example\. The key tester does not follow redirects, so the key was not sent there/, undefined],
    ['302 relative redirect', { kind: 'response', status: 302, headers: { location: '/login' }, body: '', latencyMs: 1 }, 'redirect', false, /to a path on the same host/, undefined],
    ['400 invalid_input about the body', problem(400, 'application/invalid_input'), 'not-unkey-api', false, /^This is not the Unkey API, or not its v2 \(HTTP 400, application\/invalid_input, "d"\).*Check unkeyLint\.apiBaseUrl.*The key was not judged\.$/, docs('application/invalid_input')],
    [
      '400 invalid_input for a missing header (a proxy removed it)',
      { kind: 'response', status: 400, headers: { 'content-type': 'application/json' }, latencyMs: 12.5, body: JSON.stringify({ meta: { requestId: 'req_p1' }, error: { title: 'Bad Request', detail: "Authorization header for 'bearer' scheme", status: 400, type: 'https://unkey.com/docs/errors/unkey/application/invalid_input' } }) },
      'header-rejected', false, /without its Authorization header \(HTTP 400, application\/invalid_input, "Authorization header for 'bearer' scheme"\) \(request req_p1\): .*a proxy in between removed it/, docs('application/invalid_input'),
    ],
    ['404 JSON', problem(404, 'resource/not_found'), 'not-unkey-api', false, /^This is not the Unkey API \(HTTP 404, resource\/not_found\) \(request req_abc123\): the server that answered has no route POST \/v2\/keys\.verifyKey/, docs('resource/not_found')],
    ['404 plain text (a router)', { kind: 'response', status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '404 page not found\n', latencyMs: 1 }, 'not-unkey-api', false, /^This is not the Unkey API \(HTTP 404 text\/plain, "404 page not found"\): .*no route POST \/v2\/keys\.verifyKey.*with no \/v2 or other path/, undefined],
    ['405 plain text', { kind: 'response', status: 405, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Method Not Allowed\n', latencyMs: 1 }, 'not-unkey-api', false, /^This is not the Unkey API \(HTTP 405 text\/plain, "Method Not Allowed"\): the server that answered does not accept POST/, undefined],
    ['404 with an HTML page', { kind: 'response', status: 404, headers: { 'content-type': 'text/html' }, body: '<html><body>Not here</body></html>', latencyMs: 1 }, 'not-unkey-api', false, /^This is not the Unkey API \(HTTP 404 text\/html, "<html><body>Not here<\/body><\/html>"\)/, undefined],
    ['404 data/api_not_found is still not the route (tester sends no apiId)', problem(404, 'data/key_not_found'), 'not-unkey-api', false, /HTTP 404, data\/key_not_found/, docs('data/key_not_found')],
    ['timeout', { kind: 'network-error', error: 'timeout', detail: '', latencyMs: 10000 }, 'unreachable', false, /no answer within 10 seconds \(timeout\)/, undefined],
    ['DNS', { kind: 'network-error', error: 'dns', detail: 'ENOTFOUND', latencyMs: 5 }, 'unreachable', false, /could not be resolved \(DNS\) \(ENOTFOUND\)/, undefined],
    ['TLS', { kind: 'network-error', error: 'tls', detail: 'CERT_HAS_EXPIRED', latencyMs: 5 }, 'unreachable', false, /secure connection failed \(TLS/, undefined],
    ['refused', { kind: 'network-error', error: 'refused', detail: 'ECONNREFUSED', latencyMs: 1 }, 'unreachable', false, /connection was refused/, undefined],
    ['reset', { kind: 'network-error', error: 'reset', detail: 'ECONNRESET', latencyMs: 1 }, 'unreachable', false, /closed before an answer/, undefined],
    ['cancelled', { kind: 'network-error', error: 'cancelled', detail: '', latencyMs: 1 }, 'cancelled', false, /cancelled/, undefined],
  ];
  for (const [name, result, outcome, ok, message, docsUrl] of table) {
    it(`${name} → ${outcome}`, () => {
      const verdict = interpretVerifyResult(result);
      assert.equal(verdict.outcome, outcome);
      assert.equal(verdict.ok, ok);
      assert.match(verdict.message, message);
      assert.equal(verdict.docsUrl, docsUrl);
      assert.equal(verdict.latencyMs, result.latencyMs);
      if (result.kind === 'response' && result.body.includes('requestId')) {
        assert.ok(verdict.requestId);
        assert.ok(verdict.message.includes(verdict.requestId) || outcome === 'unexpected' || outcome === 'forbidden');
      }
    });
  }

  it('falls back to the Unkey-Request-Id header and cleans request ids', () => {
    const verdict = interpretVerifyResult({ kind: 'response', status: 500, headers: { 'unkey-request-id': 'req_h1' }, body: '', latencyMs: 1 });
    assert.equal(verdict.requestId, 'req_h1');
    const dirty = interpretVerifyResult(problem(401, 'authentication/key_not_found', 'req_<script>\n'));
    assert.equal(dirty.requestId, 'req_script');
  });

  it('error codes from both type URL forms', () => {
    assert.equal(errorCode('https://unkey.com/docs/errors/unkey/authentication/missing'), 'authentication/missing');
    assert.equal(errorCode('https://unkey.com/docs/api-reference/errors-v2/unkey/authorization/key_disabled'), 'authorization/key_disabled');
    assert.equal(errorCode(undefined), undefined);
  });

  it('redacts a secret from text, in any letter case, and anything key-shaped', () => {
    assert.equal(redact(`a ${GOOD} b ${GOOD}`, [GOOD]), 'a unkey_…tuvW b unkey_…tuvW');
    assert.equal(redact(`key ${GOOD.toLowerCase()}`, [GOOD]), 'key unkey_…tuvW');
    assert.equal(redact(`KEY ${GOOD.toUpperCase()}`), 'KEY UNKEY_…TUVW');
    // Not the key sent, but one of its kind: a custom prefix is redacted for anything after it.
    assert.equal(redact('got sk_Abcdefghijkmnopq, sent sk_Zyxwvutsrqpo123', ['sk_Zyxwvutsrqpo123']), 'got sk_…nopq, sent sk_…o123');
    // Env var names and request ids stay readable.
    assert.equal(redact('$UNKEY_ROOT_KEY req_2c9a0jf23l4k34 UNKEY_ROOT_KEY_FILE'), '$UNKEY_ROOT_KEY req_2c9a0jf23l4k34 UNKEY_ROOT_KEY_FILE');
    // Glued to a variable name.
    assert.equal(redact(`Bearer $UNKEY_ROOT_KEY${GOOD}`), 'Bearer $UNKEY_ROOT_KEYunkey_…tuvW');
  });

  it('redacts a key the server echoes in another letter case (detail, request id, error type)', () => {
    for (const echo of [GOOD.toLowerCase(), GOOD.toUpperCase()]) {
      const raw = interpretVerifyResult({
        kind: 'response',
        status: 401,
        headers: { 'content-type': `application/json; k=${echo}` },
        body: JSON.stringify({ meta: { requestId: echo }, error: { type: `https://unkey.com/docs/errors/unkey/authentication/key_not_found?k=${echo}`, detail: `key ${echo}` } }),
        latencyMs: 3,
      });
      const verdict = JSON.stringify(redactVerdict(raw, [GOOD])).toLowerCase();
      assert.ok(!verdict.includes(GOOD.slice(6).toLowerCase()), verdict);
    }
  });

  it('redacts every text of a verdict that came from the network: message, request id, error type', () => {
    const echoing: HttpResult = {
      kind: 'response',
      status: 401,
      headers: {},
      body: JSON.stringify({ meta: { requestId: GOOD }, error: { type: `https://unkey.com/docs/errors/unkey/authentication/key_not_found?k=${GOOD}`, detail: `key ${GOOD}` } }),
      latencyMs: 3,
    };
    const raw = interpretVerifyResult(echoing);
    assert.ok(JSON.stringify(raw).includes(GOOD), 'the fixture must echo the key');
    const verdict = redactVerdict(raw, [GOOD]);
    assert.ok(!JSON.stringify(verdict).includes(GOOD), JSON.stringify(verdict));
    assert.equal(verdict.requestId, undefined, 'a request id that held a key is dropped, not shown masked');
    assert.equal(verdict.outcome, raw.outcome);
    // Nothing to redact: the verdict is unchanged.
    const clean = interpretVerifyResult({ ...echoing, body: JSON.stringify({ meta: { requestId: 'req_1' }, error: { type: 'https://unkey.com/docs/errors/unkey/authentication/key_not_found' } }) });
    assert.deepEqual(redactVerdict(clean, [GOOD]), clean);
  });
});

describe('dotenv', () => {
  it('reads plain, quoted, exported and commented values', () => {
    const env = parseDotenv(
      [
        '\ufeff# comment',
        'A=plain',
        'export B="double # not a comment"',
        "C='single $NOT_EXPANDED'",
        'D=value # a comment',
        'E = spaced ',
        'F="line\\nbreak"',
        'G="multi',
        'line"',
        'H=`back`',
        'I=a#b',
        'A=second',
        'J="unterminated',
        'not an assignment',
      ].join('\r\n'),
    );
    assert.equal(env.get('A')?.value, 'second');
    assert.equal(env.get('A')?.line, 11);
    assert.equal(env.get('B')?.value, 'double # not a comment');
    assert.equal(env.get('C')?.value, 'single $NOT_EXPANDED');
    assert.equal(env.get('D')?.value, 'value');
    assert.equal(env.get('E')?.value, 'spaced');
    assert.equal(env.get('F')?.value, 'line\nbreak');
    assert.equal(env.get('G')?.value, 'multi\nline');
    assert.equal(env.get('H')?.value, 'back');
    assert.equal(env.get('I')?.value, 'a#b');
    assert.equal(env.get('J')?.value, 'unterminated');
    assert.equal(env.size, 10);
  });
  it('lists every assignment with its line', () => {
    assert.deepEqual(
      dotenvAssignments('X=1\n\nX=2\nY=3').map((a) => [a.name, a.line]),
      [
        ['X', 0],
        ['X', 2],
        ['Y', 3],
      ],
    );
  });
});

describe('key tester manifest', () => {
  const manifest = require('../../package.json') as {
    contributes: { commands: { command: string; category?: string }[]; configuration: { properties: Record<string, { scope?: string; default?: unknown }> } };
    capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
  };
  it('declares unkeyLint.apiBaseUrl application-scoped and restricted in untrusted workspaces', () => {
    const setting = manifest.contributes.configuration.properties['unkeyLint.apiBaseUrl'];
    assert.equal(setting?.scope, 'application');
    assert.equal(setting?.default, 'https://api.unkey.com');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('unkeyLint.apiBaseUrl'));
  });
  it('contributes the tester commands in the one "Unkey Lint" category', () => {
    for (const id of ['unkeyLint.testRootKey', 'unkeyLint.verifyApiKey', 'unkeyLint.setRootKey', 'unkeyLint.clearRootKey']) {
      assert.equal(manifest.contributes.commands.find((command) => command.command === id)?.category, 'Unkey Lint', id);
    }
  });
});
