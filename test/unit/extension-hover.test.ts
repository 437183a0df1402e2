import * as assert from 'node:assert/strict';
import { lint, type LintResult } from '../../src/core/lint';
import { maskSecrets } from '../../src/core/mask';
import type { Extraction, Finding, HeaderEntry, RequestSite } from '../../src/core/types';
import { concatValues, opaquePart, sourceText, valueOf } from '../../src/core/value';
import { hoverAt } from '../../src/extension/hoverText';

const HOSTS = ['api.unkey.com', 'api.unkey.dev'];
const KEY = 'unkey_3ZabcdefghijkmnopqrsWXYZ';

/** A request site built by hand over `text`, where `url` and the Authorization value are literal substrings. */
function site(text: string, url: string, authorization?: string | HeaderEntry['value']): RequestSite {
  const urlStart = text.indexOf(url);
  const headers: HeaderEntry[] = [];
  if (authorization !== undefined) {
    const value = typeof authorization === 'string' ? valueOf([text.indexOf(authorization), text.indexOf(authorization) + authorization.length], [sourceText(authorization, text.indexOf(authorization))]) : authorization;
    const nameStart = text.indexOf('Authorization');
    headers.push({ name: 'Authorization', nameRange: [nameStart, nameStart + 13], value, range: [nameStart, value ? value.range[1] : nameStart + 13] });
  }
  return {
    tool: 'curl', url: valueOf([urlStart, urlStart + url.length], [sourceText(url, urlStart)]), method: 'POST',
    range: [0, text.length], reportRange: [0, 4], headers, headersKnown: true, sendsCookies: false,
  };
}

function result(sites: RequestSite[], findings: Finding[] = [], keys: Extraction['keys'] = []): LintResult {
  return { language: 'shell', findings, extraction: { sites, keys, errors: [] }, parsed: true };
}

describe('hover', () => {
  it('on a well-formed Authorization value: the endpoint, that it needs a root key, the header with the key masked', () => {
    const text = `curl -X POST https://api.unkey.com/v2/keys.createKey -H "Authorization: Bearer ${KEY}"`;
    const hover = hoverAt(result([site(text, 'https://api.unkey.com/v2/keys.createKey', `Bearer ${KEY}`)]), text.indexOf('Bearer') + 2, HOSTS)!;
    assert.ok(hover);
    assert.match(hover.markdown, /`POST \/v2\/keys\.createKey` on `api\.unkey\.com` needs a root key/);
    assert.match(hover.markdown, /Sends `Authorization: Bearer unkey_…WXYZ`; the server accepts this format/);
    assert.ok(!hover.markdown.includes(KEY), 'the key leaked');
    assert.deepEqual(hover.range, [text.indexOf('Authorization'), text.length - 1]);
  });

  it('shows an env reference in the value as written (it names the key, it is not one)', () => {
    const text = 'await fetch("https://api.unkey.com/v2/apis.getApi", { headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n';
    const linted = lint(text, 'a.ts');
    const hover = hoverAt(linted, text.indexOf('Bearer'), HOSTS)!;
    assert.ok(hover, 'a hover on the Authorization value');
    assert.ok(hover.markdown.includes('Sends `Authorization: Bearer ${process.env.UNKEY_ROOT_KEY}`'), hover.markdown);
  });

  it('on a finding: the request as sent and the rule\'s docs, not the diagnostic\'s message again', () => {
    const text = 'curl -X POST https://api.unkey.com/v2/apis.getApi -H "Authorization: bearer $K"';
    const value = concatValues([text.indexOf('bearer'), text.length - 1], valueOf([0, 0], [sourceText('bearer ', text.indexOf('bearer'))]), valueOf([0, 0], [opaquePart([text.indexOf('$K'), text.indexOf('$K') + 2], '$K', 'K')]));
    const message = 'Unkey will reject this request (authentication/malformed, HTTP 400): the scheme must be "Bearer" with a capital B, not "bearer".';
    const finding: Finding = { ruleId: 'malformed-bearer', severity: 'error', message, range: value.range };
    const hover = hoverAt(result([site(text, 'https://api.unkey.com/v2/apis.getApi', value)], [finding]), text.indexOf('bearer'), HOSTS)!;
    assert.ok(hover.markdown.includes('Sends `Authorization: bearer $K`. Rule [malformed-bearer](https://github.com/unkey-lint/unkey-lint#malformed-bearer).'), hover.markdown);
    assert.ok(!hover.markdown.includes(message), 'VS Code shows the message in its own hover: not twice');
    assert.match(hover.markdown, /Root key permission: one of `api\.\*\.read_api`, `api\.<api_id>\.read_api`\./);
  });

  it('a value built at run time is not judged; a known-bad value with its rule off still is', () => {
    const text = 'curl https://api.unkey.com/v2/apis.getApi -H "Authorization: $AUTH" -H "Authorization: Token abc"';
    const opaque = valueOf([text.indexOf('$AUTH'), text.indexOf('$AUTH') + 5], [opaquePart([text.indexOf('$AUTH'), text.indexOf('$AUTH') + 5], '$AUTH', 'AUTH')]);
    const s = site(text, 'https://api.unkey.com/v2/apis.getApi', opaque);
    const tokenAt = text.indexOf('Token abc');
    s.headers.push({ name: 'authorization', nameRange: [0, 0], value: valueOf([tokenAt, tokenAt + 9], [sourceText('Token abc', tokenAt)]), range: [tokenAt - 15, tokenAt + 9] });
    const hover = hoverAt(result([s]), 1, HOSTS)!;
    assert.match(hover.markdown, /Sends `Authorization: \$AUTH`, built at run time: the linter cannot tell/);
    assert.match(hover.markdown, /Sends `Authorization: Token abc`; Unkey will reject this format/);
  });

  it('a request without the header: the rule\'s link, or the server\'s answer when the rule is off', () => {
    const text = 'curl -X POST https://api.unkey.com/v2/keys.createKey';
    const s = site(text, 'https://api.unkey.com/v2/keys.createKey');
    const off = hoverAt(result([s]), 2, HOSTS)!;
    assert.match(off.markdown, /The server will answer first: application\/invalid_input, HTTP 400, "Authorization header for 'bearer' scheme" \(there is no Authorization header\)\.\n\nSends no `Authorization` header\./);
    const finding: Finding = { ruleId: 'missing-authorization', severity: 'error', message: 'Unkey will reject this request (application/invalid_input, HTTP 400, "Authorization header for \'bearer\' scheme"): POST /v2/keys.createKey needs an "Authorization: Bearer <root key>" header.', range: [0, 4] };
    const on = hoverAt(result([s], [finding]), 2, HOSTS)!;
    assert.ok(on.markdown.includes('Rule [missing-authorization](https://github.com/unkey-lint/unkey-lint#missing-authorization).'), on.markdown);
    assert.ok(!on.markdown.includes('needs an "Authorization'), 'the message is the diagnostic\'s: not repeated');
    assert.ok(!on.markdown.includes('Sends no'), 'said twice');
  });

  it('a path from the source cannot become a link or a remote image in the hover', () => {
    const text = 'await fetch("https://api.unkey.com/v2/x![t](https://evil.example/t.png)");\n';
    const linted = lint(text, 'a.ts');
    assert.equal(linted.findings[0]?.ruleId, 'missing-authorization', 'the fixture must report the path in a message');
    const hover = hoverAt(linted, text.indexOf('fetch') + 1, HOSTS)!;
    assert.ok(hover.markdown.includes('x!\\[t\\](https://evil.example/t.png)'), hover.markdown);
    // Inside code spans it is only text; outside them no `](` may stay unescaped.
    assert.ok(!/[^\\]\]\(https:\/\/evil/.test(hover.markdown.replace(/`[^`]*`/g, '')), hover.markdown);
  });

  it('endpoints that need no key or a portal session say so', () => {
    const live = 'curl https://api.unkey.com/v2/liveness';
    assert.match(hoverAt(result([{ ...site(live, 'https://api.unkey.com/v2/liveness'), method: 'GET' }]), 1, HOSTS)!.markdown, /`GET \/v2\/liveness` on `api\.unkey\.com` needs no credential\.[^]*needs none/);
    const portal = 'curl https://api.unkey.com/v2/portal.listKeys';
    assert.match(hoverAt(result([site(portal, 'https://api.unkey.com/v2/portal.listKeys')]), 1, HOSTS)!.markdown, /portal session cookie/);
  });

  it('says nothing off a site, on a non-Unkey host, or on a site with no hover range at the offset', () => {
    const text = 'curl -X POST https://example.com/v2/keys.createKey        ';
    assert.equal(hoverAt(result([site(text, 'https://example.com/v2/keys.createKey')]), 2, HOSTS), undefined);
    const unkey = 'curl -X POST https://api.unkey.com/v2/keys.createKey        ';
    assert.equal(hoverAt(result([site(unkey, 'https://api.unkey.com/v2/keys.createKey')]), unkey.length - 2, HOSTS), undefined);
    assert.equal(hoverAt(result([]), 0, HOSTS), undefined);
  });

  it('on a key literal: masked, with the finding', () => {
    const text = `const k = "${KEY}";`;
    const start = text.indexOf(KEY);
    const finding: Finding = { ruleId: 'hardcoded-root-key', severity: 'warning', message: 'Root key unkey_…WXYZ is written in the source.', range: [start, start + KEY.length] };
    const hover = hoverAt(result([], [finding], [{ key: KEY, range: [start, start + KEY.length] }]), start + 3, HOSTS)!;
    assert.equal(hover.markdown, '**Unkey Lint** · key literal `unkey_…WXYZ`\n\nRule [hardcoded-root-key](https://github.com/unkey-lint/unkey-lint#hardcoded-root-key).');
  });

  it('works on the real engine\'s result for a fetch call', () => {
    const text = 'await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });\n';
    const hover = hoverAt(lint(text, 'a.ts'), text.indexOf('fetch') + 1, HOSTS)!;
    assert.ok(hover, 'no hover on the callee');
    assert.match(hover.markdown, /`POST \/v2\/keys\.createKey` on `api\.unkey\.com` needs a root key/);
    assert.match(hover.markdown, /The server will answer first: application\/invalid_input, HTTP 400, "Authorization header for 'bearer' scheme"/);
    // The hover and the rule message take the answer from the same place; the message itself is not repeated.
    assert.ok(lint(text, 'a.ts').findings[0].message.startsWith('Unkey will reject this request (application/invalid_input, HTTP 400, "Authorization header for \'bearer\' scheme")'));
    assert.ok(!hover.markdown.includes('Unkey will reject'), hover.markdown);
  });

  it('names the first answer of a request with two mistakes', () => {
    const text = 'await fetch("https://api.unkey.com/v2/keys.listKeys", { method: "POST" });\n';
    const hover = hoverAt(lint(text, 'a.ts'), text.indexOf('fetch') + 1, HOSTS)!;
    assert.match(hover.markdown, /The server will answer first: HTTP 404, plain text "404 page not found" \(\/v2\/keys\.listKeys is not an endpoint\)/);
  });
});

describe('maskSecrets', () => {
  it('masks key-like runs and keeps words', () => {
    assert.equal(maskSecrets(`Bearer ${KEY}`), 'Bearer unkey_…WXYZ');
    assert.equal(maskSecrets('Bearer sk_live_0123456789abcdefXYZW'), 'Bearer sk_…XYZW');
    assert.equal(maskSecrets('Bearer $UNKEY_ROOT_KEY'), 'Bearer $UNKEY_ROOT_KEY');
    // A property path names a key; a key inside a path or call is still masked.
    assert.equal(maskSecrets('Bearer ${process.env.UNKEY_ROOT_KEY}'), 'Bearer ${process.env.UNKEY_ROOT_KEY}');
    assert.equal(maskSecrets('config.unkey.rootKey'), 'config.unkey.rootKey');
    for (const text of [`process.env.${KEY}`, `getKey("${KEY}")`, `env.fallback.${KEY.slice(6)}`]) {
      assert.ok(!maskSecrets(text).includes(KEY.slice(-12)), maskSecrets(text));
    }
    assert.equal(maskSecrets('Basic dXNlcjpwYXNzd29yZA=='), 'Basic …ZA==');
  });
});

describe('hover verdicts without a finding', () => {
  const verdictOf = (authorization: string) => {
    const text = `curl https://api.unkey.com/v2/apis.getApi -H "Authorization: ${authorization}"`;
    const start = text.indexOf('Authorization: ') + 15;
    const value = valueOf([start, start + authorization.length], [sourceText(authorization, start)]);
    return hoverAt(result([site(text, 'https://api.unkey.com/v2/apis.getApi', value)]), 1, HOSTS)!.markdown;
  };
  it('names the error the server answers', () => {
    assert.match(verdictOf(''), /400 application\/invalid_input/);
    assert.match(verdictOf('Bearer a b'), /401 authentication\/key_not_found/);
    assert.match(verdictOf('Bearer Bearer x'), /401 authentication\/key_not_found/);
    assert.match(verdictOf('bearer x'), /authentication\/malformed, HTTP 400/);
    assert.match(verdictOf('Bearer  x'), /the server accepts this format/);
  });

  it('shows values in the file\'s own notation: shell stays shell', () => {
    const text = 'curl -X POST https://api.unkey.com/v2/apis.getApi -u "$UNKEY_ROOT_KEY:"\n';
    const markdown = hoverAt(lint(text, 'call.sh'), text.indexOf('-u') + 1, HOSTS)!.markdown;
    assert.ok(markdown.includes('Sends `Authorization: Basic $UNKEY_ROOT_KEY:`'), markdown);
    assert.ok(!markdown.includes('${'), markdown);
  });

  it('reports a key written in the header besides the format verdict', () => {
    const text = `curl https://api.unkey.com/v2/apis.getApi -H "Authorization: Bearer ${KEY}"`;
    const start = text.indexOf('Bearer');
    const value = valueOf([start, text.length - 1], [sourceText(`Bearer ${KEY}`, start)]);
    const keyFinding: Finding = { ruleId: 'hardcoded-root-key', severity: 'warning', message: 'Root key unkey_…WXYZ is written in the source.', range: [start + 7, text.length - 1] };
    const markdown = hoverAt(result([site(text, 'https://api.unkey.com/v2/apis.getApi', value)], [keyFinding]), start, HOSTS)!.markdown;
    assert.match(markdown, /the server accepts this format[^]*Rule \[hardcoded-root-key\]/);
    assert.ok(!markdown.includes(KEY));
  });

  it('on an SDK constructor: the package, the endpoint it calls, how it sends the key; findings as rule links', () => {
    const text = 'import { Ratelimit } from "@unkey/ratelimit";\nexport const limiter = new Ratelimit({ rootKey: `bearer ${process.env.UNKEY_ROOT_KEY}`, namespace: "api", limit: 10, duration: "30s" });\n';
    const linted = lint(text, 'limit.ts');
    const hover = hoverAt(linted, text.indexOf('Ratelimit({') + 2, HOSTS)!;
    assert.ok(hover, 'a hover on the constructor');
    assert.deepEqual(hover.range, [text.indexOf('Ratelimit({'), text.indexOf('Ratelimit({') + 9]);
    assert.ok(hover.markdown.includes('`new Ratelimit()` from `@unkey/ratelimit` calls `POST /v2/ratelimit.limit` on `api.unkey.com` with its `rootKey` as the root key.'), hover.markdown);
    assert.ok(hover.markdown.includes('adding `Bearer ` unless the value already starts with "bearer "'), hover.markdown);
    assert.ok(hover.markdown.includes('Rule [malformed-bearer]'), hover.markdown);
    const onValue = hoverAt(linted, text.indexOf('bearer ${') + 1, HOSTS)!;
    assert.deepEqual(onValue.range, [text.indexOf('`bearer'), text.indexOf('}`') + 2]);
  });

  it('on an SDK constructor given a key literal: the key hover (masked) wins on the literal', () => {
    const text = `import { Unkey } from "@unkey/api";\nconst unkey = new Unkey({ rootKey: "${KEY}" });\n`;
    const hover = hoverAt(lint(text, 'a.ts'), text.indexOf(KEY) + 3, HOSTS)!;
    assert.match(hover.markdown, /key literal `unkey_…WXYZ`/);
    assert.ok(!hover.markdown.includes(KEY));
    assert.match(hoverAt(lint(text, 'a.ts'), text.indexOf('Unkey({'), HOSTS)!.markdown, /`new Unkey\(\)` from `@unkey\/api` calls `POST \/v2\/<group>\.<method>/);
  });
});
