import * as assert from 'node:assert/strict';
import { judgeAuthorization } from '../../src/core/authorization';
import type { Value } from '../../src/core/types';
import { computedText, opaquePart, valueOf } from '../../src/core/value';

const text = (s: string): Value => valueOf([0, s.length], [computedText(s)]);
const env = (name: string): Value => valueOf([0, 1], [opaquePart([0, 1], `process.env.${name}`, name)]);
const mixed = (...parts: Array<string | { opaque: string; env?: string }>): Value =>
  valueOf([0, 1], parts.map((p) => (typeof p === 'string' ? computedText(p) : opaquePart([0, 1], p.opaque, p.env))));

describe('judgeAuthorization (the server parser, pkg/zen/auth.go)', () => {
  const cases: Array<[string, Value, string]> = [
    ['Bearer + key', text('Bearer unkey_abc'), 'ok'],
    ['surrounding white space is trimmed', text('  Bearer unkey_abc \n'), 'ok'],
    ['two spaces are accepted (the token is trimmed)', text('Bearer  unkey_abc'), 'ok'],
    ['Bearer + opaque token', mixed('Bearer ', { opaque: 'key' }), 'ok'],
    ['Bearer + placeholder', text('Bearer <UNKEY_ROOT_KEY>'), 'ok'],
    ['empty value', text(''), 'empty'],
    ['only white space', text('   '), 'empty'],
    ['bare key', text('unkey_abc'), 'no-scheme'],
    ['bare env var holding the key', env('UNKEY_ROOT_KEY'), 'no-scheme'],
    ['env var that holds a whole header value', env('UNKEY_AUTH_HEADER'), 'unknown'],
    ['opaque prefix', mixed({ opaque: 'scheme' }, ' unkey_abc'), 'unknown'],
    ['lower-case bearer', text('bearer unkey_abc'), 'wrong-case'],
    ['upper-case BEARER', text('BEARER unkey_abc'), 'wrong-case'],
    ['Token scheme', text('Token unkey_abc'), 'other-scheme'],
    ['Basic scheme', text('Basic dXNlcjpwYXNz'), 'other-scheme'],
    ['Bearer:key', text('Bearer:unkey_abc'), 'colon'],
    ['Bearer: key', text('Bearer: unkey_abc'), 'colon'],
    ['Bearer glued to the key', text('Bearerunkey_abc'), 'glued'],
    ['"Bearer" + key', mixed('Bearer', { opaque: 'key' }), 'glued'],
    ['Bearer and a tab', text('Bearer\tunkey_abc'), 'glued'],
    ['Bearer alone', text('Bearer'), 'empty-token'],
    ['Bearer and spaces', text('Bearer   '), 'empty-token'],
    ['white space inside the token', text('Bearer unkey_abc def'), 'whitespace-in-token'],
    ['two opaque parts with a space', mixed('Bearer ', { opaque: 'a' }, ' ', { opaque: 'b' }), 'whitespace-in-token'],
    ['Bearer twice', text('Bearer Bearer unkey_abc'), 'double-bearer'],
    ['Bearer then bearer', text('Bearer bearer unkey_abc'), 'double-bearer'],
  ];
  for (const [name, value, kind] of cases) {
    it(`${name} → ${kind}`, () => assert.equal(judgeAuthorization(value).kind, kind));
  }
});
