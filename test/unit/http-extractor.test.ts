// The REST Client `.http` extractor: requests, headers, variables, ranges and fix builders.
import * as assert from 'node:assert/strict';
import { applyEdits, applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { extractHttp } from '../../src/core/extractors/http';
import { DEFAULT_OPTIONS, type Extraction, type RequestSite, type SourceRange, type TextEdit, type Value } from '../../src/core/types';
import { flatten, OPAQUE } from '../../src/core/value';

const KEY = 'unkey_3ZtestKeyAbcdefghijkmnopq';

function extract(text: string): Extraction {
  return extractHttp(text, { options: DEFAULT_OPTIONS, language: 'http', fileName: 'requests.http' });
}

const at = (text: string, range: SourceRange) => text.slice(range[0], range[1]);
const flat = (value: Value | undefined) => (value ? flatten(value).replaceAll(OPAQUE, '◆') : undefined);
const apply = (text: string, edit: TextEdit | undefined) => {
  assert.ok(edit, 'expected an edit');
  return applyEdits(text, [edit]).output;
};

/** A request summarised with the source text at each of its ranges. */
function summary(text: string, site: RequestSite) {
  return {
    method: site.method,
    url: flat(site.url),
    urlText: at(text, site.url.range),
    report: at(text, site.reportRange),
    headers: site.headers.map((h) => [at(text, h.nameRange), flat(h.value), h.value && at(text, h.value.range), at(text, h.range)]),
  };
}

describe('http extractor', () => {
  describe('finds requests', () => {
    const cases: { name: string; text: string; expected: ReturnType<typeof summary>[] }[] = [
      {
        name: 'method, URL, version and headers',
        text: 'POST https://api.unkey.com/v2/keys.createKey HTTP/1.1\nContent-Type: application/json\nAuthorization: Bearer x\n\n{"apiId":"api_1"}\n',
        expected: [{
          method: 'POST', url: 'https://api.unkey.com/v2/keys.createKey', urlText: 'https://api.unkey.com/v2/keys.createKey',
          report: 'POST https://api.unkey.com/v2/keys.createKey HTTP/1.1',
          headers: [
            ['Content-Type', 'application/json', 'application/json', 'Content-Type: application/json'],
            ['Authorization', 'Bearer x', 'Bearer x', 'Authorization: Bearer x'],
          ],
        }],
      },
      {
        name: 'a bare URL is a GET; query continuation lines join the URL',
        text: 'https://api.unkey.com/v2/liveness\n    ?verbose=1\n    &x=2\n',
        expected: [{
          method: 'GET', url: 'https://api.unkey.com/v2/liveness?verbose=1&x=2', urlText: 'https://api.unkey.com/v2/liveness\n    ?verbose=1\n    &x=2',
          report: 'https://api.unkey.com/v2/liveness', headers: [],
        }],
      },
      {
        name: '### separators, comments, names and a lower-case method',
        text: '# @name first\nGET https://a.example/one\n\n### second\n// a comment\npost https://a.example/two\n# between headers\nX-A: 1\n###\n\n',
        expected: [
          { method: 'GET', url: 'https://a.example/one', urlText: 'https://a.example/one', report: 'GET https://a.example/one', headers: [] },
          { method: 'POST', url: 'https://a.example/two', urlText: 'https://a.example/two', report: 'post https://a.example/two', headers: [['X-A', '1', '1', 'X-A: 1']] },
        ],
      },
      {
        name: 'file variables resolve, also through each other; unknown ones are opaque',
        text: '@base = https://api.unkey.com\n@v = {{base}}/v2\n\nPOST {{v}}/keys.createKey\nAuthorization: Bearer {{token}}\nX-Id: {{$guid}}\n',
        expected: [{
          method: 'POST', url: 'https://api.unkey.com/v2/keys.createKey', urlText: '{{v}}/keys.createKey', report: 'POST {{v}}/keys.createKey',
          headers: [
            ['Authorization', 'Bearer ◆', 'Bearer {{token}}', 'Authorization: Bearer {{token}}'],
            ['X-Id', '◆', '{{$guid}}', 'X-Id: {{$guid}}'],
          ],
        }],
      },
      {
        name: 'a body line that looks like a header is body',
        text: 'POST https://a.example/x\n\nAuthorization: not a header\n',
        expected: [{ method: 'POST', url: 'https://a.example/x', urlText: 'https://a.example/x', report: 'POST https://a.example/x', headers: [] }],
      },
      {
        name: 'CRLF line endings and a BOM',
        text: '\uFEFFGET https://api.unkey.com/v2/apis.getApi\r\nAuthorization: Bearer y\r\n',
        expected: [{
          method: 'GET', url: 'https://api.unkey.com/v2/apis.getApi', urlText: 'https://api.unkey.com/v2/apis.getApi',
          report: 'GET https://api.unkey.com/v2/apis.getApi', headers: [['Authorization', 'Bearer y', 'Bearer y', 'Authorization: Bearer y']],
        }],
      },
    ];
    for (const { name, text, expected } of cases) {
      it(name, () => assert.deepEqual(extract(text).sites.map((s) => summary(text, s)), expected));
    }
  });

  describe('finds nothing in', () => {
    const cases = {
      'an empty file': '',
      'only comments and variables': '# GET https://api.unkey.com/v2/apis.getApi\n// POST https://x\n@a = b\n',
      'a pasted curl command (REST Client does not expand its shell variables)': 'curl -X POST https://api.unkey.com/v2/keys.createKey\n',
      'separators only': '###\n###\n',
    };
    for (const [name, text] of Object.entries(cases)) it(name, () => assert.deepEqual(extract(text).sites, []));
  });

  it('reports the whole request as its range and marks cookies', () => {
    const text = 'GET https://api.unkey.com/v2/portal.listKeys\nCookie: portal_session=abc\n\n{}\n\n\n###\n';
    const [site] = extract(text).sites;
    assert.equal(at(text, site.range), 'GET https://api.unkey.com/v2/portal.listKeys\nCookie: portal_session=abc\n\n{}');
    assert.equal(site.sendsCookies, true);
    assert.equal(site.headersKnown, true);
    assert.equal(site.tool, 'http');
  });

  describe('env references', () => {
    it('{{$dotenv NAME}} and {{$processEnv NAME}} are opaque env references; %NAME is indirect', () => {
      const text = 'GET https://a.example/x\nA: {{$dotenv UNKEY_ROOT_KEY}}\nB: {{ $processEnv KEY }}\nC: {{$processEnv %nameSetting}}\n';
      const parts = extract(text).sites[0].headers.map((h) => h.value!.parts);
      const range = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
      assert.deepEqual(parts, [
        [{ kind: 'opaque', range: range('{{$dotenv UNKEY_ROOT_KEY}}'), source: '{{$dotenv UNKEY_ROOT_KEY}}', envVar: 'UNKEY_ROOT_KEY' }],
        [{ kind: 'opaque', range: range('{{ $processEnv KEY }}'), source: '{{ $processEnv KEY }}', envVar: 'KEY' }],
        [{ kind: 'opaque', range: range('{{$processEnv %nameSetting}}'), source: '{{$processEnv %nameSetting}}' }],
      ]);
    });

    it('a literal $NAME in a header is unexpanded, and expandReferences turns it into {{$processEnv NAME}}', () => {
      const text = 'GET https://a.example/x\nAuthorization: Bearer ${KEY} $OTHER {{$dotenv X}}\n';
      const [header] = extract(text).sites[0].headers;
      assert.deepEqual(header.unexpanded, { reference: '${KEY}', range: [46, 52] });
      assert.equal(
        apply(text, header.expandReferences?.()),
        'GET https://a.example/x\nAuthorization: Bearer {{$processEnv KEY}} {{$processEnv OTHER}} {{$dotenv X}}\n',
      );
    });

    it('{{$dotenv X}} alone is not unexpanded', () => {
      const text = 'GET https://a.example/x\nAuthorization: Bearer {{$dotenv X}}\n';
      const [header] = extract(text).sites[0].headers;
      assert.equal(header.unexpanded, undefined);
      assert.equal(header.expandReferences, undefined);
    });
  });

  describe('fix builders', () => {
    const add = (text: string) => apply(text, extract(text).sites[0].addAuthorization?.('UNKEY_ROOT_KEY'));

    it('addAuthorization goes after the last header line', () => {
      assert.equal(
        add('POST https://api.unkey.com/v2/keys.createKey\nContent-Type: application/json\n\n{}\n'),
        'POST https://api.unkey.com/v2/keys.createKey\nContent-Type: application/json\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n\n{}\n',
      );
    });
    it('addAuthorization goes after the request line (and its query lines) when there are no headers', () => {
      assert.equal(
        add('GET https://api.unkey.com/v2/apis.getApi\n  ?apiId=1\n\n###\n'),
        'GET https://api.unkey.com/v2/apis.getApi\n  ?apiId=1\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\n\n###\n',
      );
    });
    it('addAuthorization keeps CRLF', () => {
      assert.equal(
        add('POST https://api.unkey.com/v2/keys.createKey\r\nX: 1\r\n\r\n{}'),
        'POST https://api.unkey.com/v2/keys.createKey\r\nX: 1\r\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\r\n\r\n{}',
      );
    });
    it('addAuthorization at the end of a file with no final line break uses the file\'s line break', () => {
      assert.equal(
        add('@a = 1\r\nPOST https://api.unkey.com/v2/keys.createKey'),
        '@a = 1\r\nPOST https://api.unkey.com/v2/keys.createKey\r\nAuthorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}',
      );
    });
    it('addAuthorization puts the header in the right request', () => {
      assert.equal(
        apply('GET https://a.example/1\n\n###\nGET https://a.example/2\n', extract('GET https://a.example/1\n\n###\nGET https://a.example/2\n').sites[1].addAuthorization?.('K')),
        'GET https://a.example/1\n\n###\nGET https://a.example/2\nAuthorization: Bearer {{$dotenv K}}\n',
      );
    });

    const header = (text: string) => extract(text).sites[0].headers[0];
    it('prependToValue and replaceValue edit the value text', () => {
      const text = 'GET https://a.example/x\nAuthorization: {{$dotenv KEY}}\n';
      assert.equal(apply(text, header(text).prependToValue?.('Bearer ')), 'GET https://a.example/x\nAuthorization: Bearer {{$dotenv KEY}}\n');
      assert.equal(apply(text, header(text).replaceValue?.('Bearer {{$dotenv KEY}}')), 'GET https://a.example/x\nAuthorization: Bearer {{$dotenv KEY}}\n');
    });
    it('prependToValue and replaceValue keep a space after a bare colon', () => {
      const text = 'GET https://a.example/x\nAuthorization:\n';
      assert.equal(apply(text, header(text).prependToValue?.('Bearer ')), 'GET https://a.example/x\nAuthorization: Bearer \n');
      assert.equal(apply(text, header(text).replaceValue?.('Bearer x')), 'GET https://a.example/x\nAuthorization: Bearer x\n');
    });
  });

  describe('key literals', () => {
    it('in header lines and variable definitions, replaced by {{$dotenv NAME}}', () => {
      const text = `@rootKey = ${KEY}\n\nGET https://api.unkey.com/v2/apis.getApi\nAuthorization: Bearer ${KEY}\n\n{"key": "${KEY}"}\n`;
      const { keys } = extract(text);
      const first = text.indexOf(KEY);
      const second = text.indexOf(KEY, first + 1);
      assert.deepEqual(keys.map((k) => k.range), [[first, first + KEY.length], [second, second + KEY.length]]);
      assert.equal(first, '@rootKey = '.length);
      assert.ok(keys.every((k) => k.key === KEY));
      assert.equal(apply(text, keys[1].replaceWithEnv?.('UNKEY_ROOT_KEY')), text.replace(`Bearer ${KEY}`, 'Bearer {{$dotenv UNKEY_ROOT_KEY}}'));
      assert.equal(apply(text, keys[0].replaceWithEnv?.('K')), text.replace(`= ${KEY}`, '= {{$dotenv K}}'));
    });
    it('not placeholders or keys glued to other text', () => {
      const text = 'GET https://a.example/x\nA: unkey_YOUR_API_KEY\nB: xunkey_3ZtestKeyAbcdefghijkmnopq\nC: unkey_3ZtestKeyAbcdefghijkmnopq0\n';
      assert.deepEqual(extract(text).keys, []);
    });
    it('a key from a file variable is read into the header value', () => {
      const text = `@k = ${KEY}\nGET https://a.example/x\nAuthorization: Bearer {{k}}\n`;
      assert.equal(flat(extract(text).sites[0].headers[0].value), `Bearer ${KEY}`);
    });
  });

  it('through lint(): each rule, and the file after applyFixes', () => {
    const text = [
      'POST https://api.unkey.com/v2/keys.createKey', 'X-Price: $FOO', 'Authorization: Bearer $UNKEY_ROOT_KEY', '', '###',
      'POST https://api.unkey.com/v2/keys.createKey', 'Content-Type: application/json', '', '{}', '###',
      'POST https://api.unkey.com/v2/apis.getApi', 'Authorization: bearer {{$dotenv K}}', '###',
      'GET https://api.unkey.com/v2/liveness', '',
    ].join('\n');
    assert.deepEqual(lint(text, 'a.http').findings.map((f) => `${f.ruleId} ${at(text, f.range)}`), [
      'unexpanded-env-var $UNKEY_ROOT_KEY',
      'missing-authorization POST https://api.unkey.com/v2/keys.createKey',
      'malformed-bearer bearer {{$dotenv K}}',
    ]);
    assert.equal(applyFixes(text, 'a.http').output, [
      'POST https://api.unkey.com/v2/keys.createKey', 'X-Price: $FOO', 'Authorization: Bearer {{$processEnv UNKEY_ROOT_KEY}}', '', '###',
      'POST https://api.unkey.com/v2/keys.createKey', 'Content-Type: application/json', 'Authorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}', '', '{}', '###',
      'POST https://api.unkey.com/v2/apis.getApi', 'Authorization: Bearer {{$dotenv K}}', '###',
      'GET https://api.unkey.com/v2/liveness', '',
    ].join('\n'));
  });

  it('survives an unterminated {{ and a variable cycle', () => {
    const text = '@a = {{b}}\n@b = {{a}}\nGET https://a.example/{{a}}\nX: {{oops\n';
    const result = extract(text);
    assert.equal(result.sites.length, 1);
    assert.equal(flat(result.sites[0].url), 'https://a.example/◆');
    assert.equal(result.errors.length, 1);
  });
});
