import * as assert from 'node:assert/strict';
import { BODY_RENAMES, ENDPOINTS, V1_TO_V2 } from '../../src/core/endpoints.generated';

describe('endpoint data', () => {
  const v1 = [...ENDPOINTS.values()].filter((e) => e.path.startsWith('/v1/'));

  it('knows every v1 endpoint, the legacy aliases included', () => {
    assert.equal(v1.length, 44);
    assert.deepEqual(v1.filter((e) => e.legacyAliasOf).map((e) => [e.path, e.legacyAliasOf]), [
      ['/v1/apis/{apiId}/keys', '/v1/apis.listKeys'],
      ['/v1/keys', '/v1/keys.createKey'],
      ['/v1/keys/verify', '/v1/keys.verifyKey'],
    ]);
  });

  it('maps every v1 RPC path to a v2 endpoint, or says why there is none', () => {
    for (const endpoint of v1) {
      const row = V1_TO_V2.get(endpoint.legacyAliasOf ?? endpoint.path);
      assert.ok(row, endpoint.path);
      if (row.v2 === null) assert.match(row.manual ?? '', /no twin/, endpoint.path);
      else assert.equal(ENDPOINTS.get(row.v2)?.deprecated, false, `${endpoint.path} -> ${row.v2}`);
    }
    assert.deepEqual([...V1_TO_V2].filter(([, row]) => row.v2 === null).map(([path]) => path), ['/v1/apis.deleteKeys', '/v1/migrations.enqueueKeys']);
  });

  it('has the renamed endpoints', () => {
    assert.equal(V1_TO_V2.get('/v1/keys.updateRemaining')?.v2, '/v2/keys.updateCredits');
    assert.equal(V1_TO_V2.get('/v1/ratelimits.limit')?.v2, '/v2/ratelimit.limit');
    assert.equal(V1_TO_V2.get('/v1/migrations.createKeys')?.v2, '/v2/keys.migrateKeys');
    assert.equal(V1_TO_V2.get('/v1/keys.getVerifications')?.v2, '/v2/analytics.getVerifications');
  });

  it('knows each v2 request body and its permissions', () => {
    const verify = ENDPOINTS.get('/v2/keys.verifyKey');
    assert.deepEqual(verify?.body, { properties: ['key', 'tags', 'permissions', 'credits', 'ratelimits', 'migrationId'], required: ['key'], closed: true });
    assert.match(verify?.permissions ?? '', /`api\.\*\.verify_key`/);
    assert.deepEqual(ENDPOINTS.get('/v2/keys.updateCredits')?.body?.required, ['keyId', 'operation']);
    assert.equal(ENDPOINTS.get('/v2/liveness')?.body, undefined);
    for (const [from, rename] of BODY_RENAMES) {
      for (const path of rename.in) {
        const props = ENDPOINTS.get(path)?.body?.properties ?? [];
        assert.ok(props.includes(rename.to) && !props.includes(from), `${from} -> ${rename.to} in ${path}`);
      }
    }
  });
});
