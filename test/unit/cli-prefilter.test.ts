// The CLI's byte prefilter: the same answer as looking for every needle, with the 'unkey' needles
// looked for only where 'unkey' occurs.
import * as assert from 'node:assert/strict';
import { unkeyNeedles } from '../../src/core';
import { mentionsAny } from '../../src/cli/prefilter';

describe('cli: prefilter', () => {
  const naive = (needles: readonly string[], text: string) => needles.some((needle) => Buffer.from(text).includes(needle));
  const texts = [
    '',
    'export const answer = 42;',
    'fetch("https://api.unkey.com/keys")',
    'fetch("https://example.com/v2/keys.getKey")',
    'GET /v1/keys.getKey',
    'const unkey = new Unkey({ rootKey });',
    'import { Unkey } from "@unkey/api";',
    'UNKEY_ROOT_KEY=unkey_3ZZZ',
    'from unkey import Unkey',
    'pip install unkey.py',
    'require github.com/unkeyed/sdks/api/go/v2 v2.0.0',
    'curl https://api.unkey.dev/keys',
    'https://api.example.com/keys.getKey',
    'unke y_ @unke y/ /v3/ api.unkey.co',
  ];

  for (const hosts of [['api.unkey.com', 'api.unkey.dev'], ['api.example.com'], []]) {
    it(`answers as every needle would, hosts ${JSON.stringify(hosts)}`, () => {
      const needles = unkeyNeedles(hosts);
      const test = mentionsAny(needles);
      for (const text of texts) assert.equal(test(Buffer.from(text)), naive(needles, text), text);
    });
  }

  it('finds a host without "unkey" in it, and finds nothing with no needles', () => {
    assert.equal(mentionsAny(['api.example.com'])(Buffer.from('https://api.example.com/x')), true);
    assert.equal(mentionsAny(['unkey.internal'])(Buffer.from('unkey')), false);
    assert.equal(mentionsAny([])(Buffer.from('unkey_ /v2/')), false);
  });
});
