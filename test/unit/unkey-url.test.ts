import * as assert from 'node:assert/strict';
import type { Value } from '../../src/core/types';
import { classifyUrl, mentionsUnkey } from '../../src/core/unkeyUrl';
import { computedText, opaquePart, valueOf } from '../../src/core/value';

const HOSTS = ['api.unkey.com', 'api.unkey.dev'];
const url = (...parts: Array<string | null>): Value =>
  valueOf([0, 1], parts.map((p) => (p === null ? opaquePart([0, 1], 'base') : computedText(p))));

describe('classifyUrl', () => {
  const unkey: Array<[string, Value, string, string]> = [
    ['v2 endpoint on the API host', url('https://api.unkey.com/v2/keys.createKey'), '/v2/keys.createKey', 'rootKey'],
    ['host case and trailing dot', url('https://API.Unkey.com./v2/apis.getApi'), '/v2/apis.getApi', 'rootKey'],
    ['query string ignored', url('https://api.unkey.com/v2/keys.getKey?x=1'), '/v2/keys.getKey', 'rootKey'],
    ['unknown path on the host needs a root key', url('https://api.unkey.com/v2/keys.listKeys'), '/v2/keys.listKeys', 'rootKey'],
    ['liveness needs nothing', url('https://api.unkey.com/v2/liveness'), '/v2/liveness', 'none'],
    ['portal endpoints use a session cookie', url('https://api.unkey.com/v2/portal.listKeys'), '/v2/portal.listKeys', 'portalSession'],
    ['v1 verifyKey needed no key', url('https://api.unkey.dev/v1/keys.verifyKey'), '/v1/keys.verifyKey', 'none'],
    ['v2 verifyKey needs a root key', url('https://api.unkey.com/v2/keys.verifyKey'), '/v2/keys.verifyKey', 'rootKey'],
    ['unknown base + known endpoint', url(null, '/v2/keys.createKey'), '/v2/keys.createKey', 'rootKey'],
    ['two unknown parts, then a known endpoint', url(null, '/', null, '/v2/keys.createKey'), '/v2/keys.createKey', 'rootKey'],
  ];
  for (const [name, value, path, auth] of unkey) {
    it(name, () => {
      const target = classifyUrl(value, HOSTS);
      assert.ok(target, 'expected an Unkey call');
      assert.equal(target.path, path);
      assert.equal(target.auth, auth);
    });
  }

  const notUnkey: Array<[string, Value]> = [
    ['another host with an Unkey-like path', url('https://example.com/v2/keys.createKey')],
    ['a look-alike host', url('https://api.unkey.com.evil.io/v2/keys.createKey')],
    ['relative path with no base', url('/v2/keys.createKey')],
    ['unknown base + unknown path', url(null, '/v2/keys.notAThing')],
    ['unknown base + other prefix', url(null, '/proxy/v2/keys.createKey')],
    ['placeholder path', url('https://api.unkey.com/v2/...')],
    ['braced placeholder', url('https://api.unkey.com/v2/{procedure}')],
    ['opaque path on the host', url('https://api.unkey.com/v2/', null)],
    ['bare host', url('https://api.unkey.com')],
    ['an unversioned path on the host (not an operation)', url('https://api.unkey.com/openapi.json')],
    ['opaque host', url('https://', null, '/v2/keys.createKey')],
  ];
  for (const [name, value] of notUnkey) {
    it(`not Unkey: ${name}`, () => assert.equal(classifyUrl(value, HOSTS), undefined));
  }

  it('honours a custom host list', () => {
    assert.ok(classifyUrl(url('https://unkey.internal/v2/keys.createKey'), ['unkey.internal']));
    assert.equal(classifyUrl(url('https://api.unkey.com/v2/keys.createKey'), ['unkey.internal']), undefined);
  });
});

describe('mentionsUnkey (the pre-parse filter)', () => {
  it('passes text with a host, an endpoint path or a key prefix', () => {
    assert.ok(mentionsUnkey('fetch("https://api.unkey.com")', HOSTS));
    assert.ok(mentionsUnkey('`${base}/v2/keys.createKey`', HOSTS));
    assert.ok(mentionsUnkey('const k = "unkey_abc"', HOSTS));
  });
  it('rejects text with none of them', () => {
    assert.ok(!mentionsUnkey('fetch("https://example.com/api")', HOSTS));
  });
});
