import * as assert from 'node:assert/strict';
import type { ExtractContext } from '../../src/core/extractors/context';
import { extractCurlFromLiteral } from '../../src/core/extractors/curlLiteral';
import { extractShell, extractShellRegion } from '../../src/core/extractors/shell';
import { applyEdits } from '../../src/core/fix';
import { type Dialect } from '../../src/core/shell/dialect';
import { curlWordIndex } from '../../src/core/shell/curl';
import { tokenize } from '../../src/core/shell/tokenizer';
import { DEFAULT_OPTIONS, type LanguageKind, type RequestSite, type TextEdit, type Value } from '../../src/core/types';

const KEY = 'unkey_3ZfakefakefakefakefakeAB'; // key-shaped, not a real key
const context = (language: LanguageKind = 'shell'): ExtractContext => ({ options: DEFAULT_OPTIONS, language, fileName: '' });
const DIALECT_LANGUAGE: Record<Dialect, LanguageKind> = { posix: 'shell', powershell: 'powershell', cmd: 'cmd' };

function render(value: Value | undefined): string | undefined {
  return value?.parts.map((p) => (p.kind === 'text' ? p.text : `{${p.source}}`)).join('');
}

function sitesOf(text: string, dialect: Dialect = 'posix'): RequestSite[] {
  return extractShell(text, context(DIALECT_LANGUAGE[dialect])).sites;
}

interface Summary {
  url: string | undefined;
  method: string | undefined;
  headers: string[];
  headersKnown?: boolean;
  sendsCookies?: boolean;
}

/** A site as plain data; headersKnown / sendsCookies appear only when they differ from the default. */
function summary(site: RequestSite): Summary {
  const out: Summary = { url: render(site.url), method: site.method, headers: site.headers.map((h) => `${h.name}: ${render(h.value)}`) };
  if (!site.headersKnown) out.headersKnown = false;
  if (site.sendsCookies) out.sendsCookies = true;
  return out;
}

/** The words of the first curl command in `text`. */
function curlWords(text: string, dialect: Dialect = 'posix'): string[] {
  const command = tokenize(text, dialect).commands.find((c) => curlWordIndex(c, dialect) !== -1);
  assert.ok(command, `no curl command in ${JSON.stringify(text)}`);
  return command.words.map((w) => w.text);
}

function apply(text: string, edit: TextEdit | undefined): string {
  assert.ok(edit, 'expected an edit');
  return applyEdits(text, [edit]).output;
}

const U = 'https://api.unkey.com/v2/keys.createKey';

describe('curl model: options', () => {
  const cases: Array<[string, string, Summary[]]> = [
    ['plain GET', `curl ${U}`, [{ url: U, method: 'GET', headers: [] }]],
    ['-X and -H', `curl -X POST ${U} -H "Authorization: Bearer $K"`, [{ url: U, method: 'POST', headers: ['Authorization: Bearer {$K}'] }]],
    ['--request and --header', `curl --request patch --header 'X-A: 1' ${U}`, [{ url: U, method: 'PATCH', headers: ['X-A: 1'] }]],
    ['--header=...', `curl --header="Authorization: Bearer x" ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: Bearer x'] }]],
    ['glued -H"..." and -XPOST', `curl -XPOST -H"Authorization: Bearer x" ${U}`, [{ url: U, method: 'POST', headers: ['Authorization: Bearer x'] }]],
    ['clustered -sSfH', `curl -sSfH "Authorization: Bearer x" ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: Bearer x'] }]],
    ['clustered -sSfXPOST', `curl -sSfXPOST ${U}`, [{ url: U, method: 'POST', headers: [] }]],
    ['header value: leading white space skipped, name trimmed', `curl -H "Authorization:   Bearer x" ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: Bearer x'] }]],
    ['"Name;" sends an empty header', `curl -H "Authorization;" ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: '] }]],
    ['"Name:" sends nothing', `curl -H "Authorization:" ${U}`, [{ url: U, method: 'GET', headers: [] }]],
    ['-H @file: headers unknown', `curl -H @headers.txt ${U}`, [{ url: U, method: 'GET', headers: [], headersKnown: false }]],
    ['-H@file glued', `curl -H@headers.txt ${U}`, [{ url: U, method: 'GET', headers: [], headersKnown: false }]],
    ['header name from a variable: unknown', `curl -H "$HDR" ${U}`, [{ url: U, method: 'GET', headers: [], headersKnown: false }]],
    ['-K / --config: unknown', `curl -K opts.txt ${U}`, [{ url: U, method: 'GET', headers: [], headersKnown: false }]],
    ['unquoted $OPTS may hold headers', `curl $CURL_OPTS ${U}`, [{ url: U, method: 'GET', headers: [], headersKnown: false }]],
    ['"$@" may hold headers', `curl "$@" ${U}`, [{ url: U, method: 'GET', headers: [], headersKnown: false }]],
    ['-u sends Basic', `curl -u user:pass ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: Basic dXNlcjpwYXNz'] }]],
    ['--user with a variable', `curl --user "$U:" ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: Basic {"$U:"}'] }]],
    ['--oauth2-bearer sends Bearer', `curl --oauth2-bearer "$UNKEY_ROOT_KEY" ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: Bearer {$UNKEY_ROOT_KEY}'] }]],
    ['an explicit -H Authorization replaces -u', `curl -u a:b -H "Authorization: Bearer x" ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: Bearer x'] }]],
    ['-d implies POST', `curl -d '{}' ${U}`, [{ url: U, method: 'POST', headers: [] }]],
    ['--data-raw implies POST', `curl --data-raw '{}' ${U}`, [{ url: U, method: 'POST', headers: [] }]],
    ['--json implies POST', `curl --json '{}' ${U}`, [{ url: U, method: 'POST', headers: [] }]],
    ['-F implies POST', `curl -F a=b ${U}`, [{ url: U, method: 'POST', headers: [] }]],
    ['-G with data is GET', `curl -G -d a=b ${U}`, [{ url: U, method: 'GET', headers: [] }]],
    ['-I is HEAD', `curl -I ${U}`, [{ url: U, method: 'HEAD', headers: [] }]],
    ['-T is PUT', `curl -T file ${U}`, [{ url: U, method: 'PUT', headers: [] }]],
    ['-X from a variable: unknown method', `curl -X "$M" ${U}`, [{ url: U, method: undefined, headers: [] }]],
    ['-b sends cookies', `curl -b "session=1" ${U}`, [{ url: U, method: 'GET', headers: [], sendsCookies: true }]],
    ['--cookie sends cookies', `curl --cookie jar.txt ${U}`, [{ url: U, method: 'GET', headers: [], sendsCookies: true }]],
    ['--url', `curl --url ${U} -d x`, [{ url: U, method: 'POST', headers: [] }]],
    [
      'option arguments are not URLs',
      `curl -o out.json -w '%{http_code}' -A agent -e ref --connect-timeout 5 -m 10 --retry 3 -x proxy:1 ${U}`,
      [{ url: U, method: 'GET', headers: [] }],
    ],
    ['unknown flags take no argument', `curl --compressed --no-progress-meter -L ${U}`, [{ url: U, method: 'GET', headers: [] }]],
    ['URL with a variable base', `curl "$UNKEY_API/v2/keys.createKey"`, [{ url: '{$UNKEY_API}/v2/keys.createKey', method: 'GET', headers: [] }]],
    ['two URLs: a site each', `curl -H "A: 1" ${U} https://example.com`, [{ url: U, method: 'GET', headers: ['A: 1'] }, { url: 'https://example.com', method: 'GET', headers: ['A: 1'] }]],
    ['--next starts a new request', `curl -H "Authorization: Bearer x" ${U} --next -d y https://example.com`, [{ url: U, method: 'GET', headers: ['Authorization: Bearer x'] }, { url: 'https://example.com', method: 'POST', headers: [] }]],
    ['placeholders are plain text', `curl -H "Authorization: Bearer <UNKEY_ROOT_KEY>" ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: Bearer <UNKEY_ROOT_KEY>'] }]],
    ['unquoted placeholder', `curl -H Authorization:Bearer\\ <UNKEY_ROOT_KEY> ${U}`, [{ url: U, method: 'GET', headers: ['Authorization: Bearer <UNKEY_ROOT_KEY>'] }]],
    ['redirections are not URLs', `curl ${U} > out.json 2>/dev/null`, [{ url: U, method: 'GET', headers: [] }]],
    ['no URL: no site', 'curl -H "A: b"', []],
    ['not curl', `echo curl ${U}; curly ${U}`, []],
  ];
  for (const [title, input, expected] of cases) {
    it(title, () => assert.deepEqual(sitesOf(input).map(summary), expected));
  }
});

describe('curl model: where commands are found', () => {
  const cases: Array<[string, string, Dialect, string[]]> = [
    ['after env assignments and wrappers', `FOO=1 BAR="x y" sudo -E -u root env A=1 time nohup curl ${U}`, 'posix', [U]],
    ['timeout takes a duration; xargs -I takes its placeholder', `timeout 10 curl ${U}/a && xargs -I {} curl ${U}/b`, 'posix', [`${U}/a`, `${U}/b`]],
    ['in control flow', `if curl -sf ${U}/a; then curl ${U}/b; fi\nwhile true; do curl ${U}/c; done`, 'posix', [`${U}/a`, `${U}/b`, `${U}/c`]],
    ['inside $(...) and backticks', `R=$(curl -s ${U}/a | jq .) ; echo "$(curl ${U}/b)" \`curl ${U}/c\``, 'posix', [`${U}/a`, `${U}/b`, `${U}/c`]],
    ['after a pipe and a separator', `echo '{}' | curl -d @- ${U}/a; curl ${U}/b`, 'posix', [`${U}/a`, `${U}/b`]],
    ['absolute path', `/usr/bin/curl ${U}`, 'posix', [U]],
    ['PowerShell curl.exe, & call operator', `& curl.exe ${U}/a; CURL.EXE ${U}/b`, 'powershell', [`${U}/a`, `${U}/b`]],
    ['cmd @curl', `@curl ${U}/a & curl.exe ${U}/b`, 'cmd', [`${U}/a`, `${U}/b`]],
    ['single-quoted sh -c scripts', `sudo sh -c 'curl ${U}/a' && bash -lc 'curl "$B/v2/keys.createKey"' && sh -c "curl ${U}/c"`, 'posix', [`${U}/a`, '{$B}/v2/keys.createKey']],
    ['not in comments or here-documents', `# curl ${U}/a\ncat <<EOF\ncurl ${U}/b\nEOF`, 'posix', []],
  ];
  for (const [title, input, dialect, urls] of cases) {
    it(title, () => assert.deepEqual(sitesOf(input, dialect).map((s) => render(s.url)), urls));
  }

  it('reports on the curl word; the command range covers the whole command', () => {
    const text = `  X=1 curl ${U} \\\n    -d x | jq`;
    const [site] = sitesOf(text);
    assert.equal(text.slice(...site.reportRange), 'curl');
    assert.equal(text.slice(...site.range), `X=1 curl ${U} \\\n    -d x`);
  });

  it('maps header names and values into the source', () => {
    const text = `curl ${U} \\\n  -H 'authorization:  Bearer "$K"'`;
    const [header] = sitesOf(text)[0].headers;
    assert.equal(text.slice(...header.nameRange), 'authorization');
    assert.equal(text.slice(...header.value!.range), 'Bearer "$K"');
    assert.equal(text.slice(...header.range), `-H 'authorization:  Bearer "$K"'`);
  });

  it('-u: name and range are the option and its argument', () => {
    const text = `curl -u "${KEY}:" ${U}`;
    const [header] = sitesOf(text)[0].headers;
    assert.equal(text.slice(...header.range), `-u "${KEY}:"`);
    assert.deepEqual(header.nameRange, header.range);
    assert.match(render(header.value)!, /^Basic [A-Za-z0-9+/=]+$/);
  });

  it('PowerShell and cmd env references are opaque env vars', () => {
    const ps = sitesOf(`curl.exe -H "Authorization: Bearer $env:UNKEY_ROOT_KEY" ${U}`, 'powershell')[0].headers[0].value!;
    const cmd = sitesOf(`curl -H "Authorization: Bearer %UNKEY_ROOT_KEY%" ${U}`, 'cmd')[0].headers[0].value!;
    for (const value of [ps, cmd]) {
      const opaque = value.parts.at(-1);
      assert.ok(opaque?.kind === 'opaque');
      assert.equal(opaque.envVar, 'UNKEY_ROOT_KEY');
    }
  });

  it('finds commands in a masked copy with arbitrary leading white space, CRLF included', () => {
    const text = '           \r\n   \r\n```bash'.replace(/./g, ' ') + `\r\n   curl -X POST ${U} \\\r\n     -H "Content-Type: application/json"\r\n   `;
    const [site] = sitesOf(text);
    assert.equal(site.method, 'POST');
    assert.equal(
      apply(text, site.addAuthorization?.('UNKEY_ROOT_KEY')),
      text.replace('application/json"', 'application/json" \\\r\n     -H "Authorization: Bearer $UNKEY_ROOT_KEY"'),
    );
  });

  it('extractShellRegion reads only its region, offsets into the whole text', () => {
    const text = `curl ${U}/outside\n\`\`\`sh\ncurl ${U}/inside -H "unterminated\n\`\`\`\ncurl ${U}/after`;
    const start = text.indexOf('curl', 10);
    const end = text.indexOf('```', start);
    const result = extractShellRegion(text, start, end, context('markdown'));
    assert.deepEqual(result.sites.map((s) => [render(s.url), text.slice(...s.reportRange)]), [[`${U}/inside`, 'curl']]);
    assert.deepEqual(result.errors, ['shell: unterminated double quote']);
  });

  it('a dialect option overrides the language', () => {
    const result = extractShell(`curl.exe -H "Authorization: Bearer $env:K" ${U}`, context('markdown'), { dialect: 'powershell' });
    assert.equal(result.sites[0].headers[0].value?.parts.at(-1)?.kind, 'opaque');
  });
});

describe('curl model: unexpanded references', () => {
  const cases: Array<[string, string, Dialect, string | undefined]> = [
    ['single quotes', `curl -H 'Authorization: Bearer $UNKEY_ROOT_KEY' ${U}`, 'posix', '$UNKEY_ROOT_KEY'],
    ['${NAME} in single quotes', `curl -H 'Authorization: Bearer \${KEY}' ${U}`, 'posix', '${KEY}'],
    ["$'...' quoting", `curl -H $'Authorization: Bearer $KEY' ${U}`, 'posix', '$KEY'],
    ['double quotes expand', `curl -H "Authorization: Bearer $KEY" ${U}`, 'posix', undefined],
    ['escaped dollar is deliberate', `curl -H "Authorization: Bearer \\$KEY" ${U}`, 'posix', undefined],
    ['only the Authorization header', `curl -H 'X-Other: $KEY' ${U}`, 'posix', undefined],
    ['PowerShell single quotes', `curl.exe -H 'Authorization: Bearer $env:UNKEY_ROOT_KEY' ${U}`, 'powershell', '$env:UNKEY_ROOT_KEY'],
    ['cmd has no single quotes', `curl -H 'Authorization: Bearer %K%' ${U}`, 'cmd', undefined],
  ];
  for (const [title, input, dialect, reference] of cases) {
    it(title, () => {
      const headers = sitesOf(input, dialect).flatMap((s) => s.headers);
      const found = headers.filter((h) => h.unexpanded);
      assert.deepEqual(found.map((h) => h.unexpanded?.reference), reference ? [reference] : []);
      if (reference) assert.equal(input.slice(...found[0].unexpanded!.range), reference);
    });
  }
});

/** Asserts the fixed command tokenizes to the original words with `changed` applied. */
function assertWordsAfter(before: string, after: string, dialect: Dialect, change: (words: string[]) => string[]): void {
  assert.deepEqual(curlWords(after, dialect), change(curlWords(before, dialect)));
}

describe('curl fixes: addAuthorization', () => {
  const cases: Array<[string, string, Dialect, string]> = [
    ['inline, after the last -H', `curl -X POST ${U} -H "A: b" -d x`, 'posix', `curl -X POST ${U} -H "A: b" -H "Authorization: Bearer $UNKEY_ROOT_KEY" -d x`],
    ['inline, after the URL when there is no -H', `curl -d x ${U} | jq`, 'posix', `curl -d x ${U} -H "Authorization: Bearer $UNKEY_ROOT_KEY" | jq`],
    [
      'the error page request: a new continued line',
      `curl -X POST ${U} \\\n  -H "Content-Type: application/json"`,
      'posix',
      `curl -X POST ${U} \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer $UNKEY_ROOT_KEY"`,
    ],
    [
      'continued, the -H line followed by more lines',
      `curl -X POST ${U} \\\n    -H "A: b" -H "C: d" \\\n    -d '{}'`,
      'posix',
      `curl -X POST ${U} \\\n    -H "A: b" -H "C: d" \\\n    -H "Authorization: Bearer $UNKEY_ROOT_KEY" \\\n    -d '{}'`,
    ],
    [
      'continued, anchored on the URL of the first line',
      `curl -X POST ${U} \\\n  -d '{}'`,
      'posix',
      `curl -X POST ${U} \\\n  -H "Authorization: Bearer $UNKEY_ROOT_KEY" \\\n  -d '{}'`,
    ],
    [
      'PowerShell backtick continuation and $env:',
      `curl.exe -X POST ${U} \`\n  -H "Content-Type: application/json"`,
      'powershell',
      `curl.exe -X POST ${U} \`\n  -H "Content-Type: application/json" \`\n  -H "Authorization: Bearer $env:UNKEY_ROOT_KEY"`,
    ],
    [
      'cmd caret continuation and %NAME%, CRLF kept',
      `curl -X POST ${U} ^\r\n  -H "Content-Type: application/json"\r\n`,
      'cmd',
      `curl -X POST ${U} ^\r\n  -H "Content-Type: application/json" ^\r\n  -H "Authorization: Bearer %UNKEY_ROOT_KEY%"\r\n`,
    ],
  ];
  for (const [title, input, dialect, output] of cases) {
    it(title, () => {
      const [site] = sitesOf(input, dialect);
      const fixed = apply(input, site.addAuthorization?.('UNKEY_ROOT_KEY'));
      assert.equal(fixed, output);
      const header = `Authorization: Bearer \u0000`;
      assertWordsAfter(fixed, input, dialect, (words) => {
        const at = words.indexOf(header);
        return [...words.slice(0, at - 1), ...words.slice(at + 1)];
      });
      const [again] = sitesOf(fixed, dialect);
      assert.ok(again.headers.some((h) => h.name === 'Authorization' && h.value?.parts.at(-1)?.kind === 'opaque'));
    });
  }

  it('inside a single-quoted sh -c script: double quotes, expanded by the inner shell', () => {
    const text = `docker run alpine sh -c 'apk add curl && curl -X POST ${U}'`;
    const sites = sitesOf(text);
    assert.equal(sites.length, 1);
    assert.equal(apply(text, sites[0].addAuthorization?.('UNKEY_ROOT_KEY')), `docker run alpine sh -c 'apk add curl && curl -X POST ${U} -H "Authorization: Bearer $UNKEY_ROOT_KEY"'`);
  });

  it('refuses a name that is not an env var name', () => {
    assert.equal(sitesOf(`curl ${U}`)[0].addAuthorization?.('NOT A NAME'), undefined);
  });
});

describe('curl fixes: header values and keys', () => {
  const prepend: Array<[string, string, string]> = [
    ['inside double quotes', `curl -H "Authorization: $K" ${U}`, `curl -H "Authorization: Bearer $K" ${U}`],
    ['inside single quotes', `curl -H 'Authorization: ${KEY}' ${U}`, `curl -H 'Authorization: Bearer ${KEY}' ${U}`],
    ['unquoted: the prefix comes quoted', `curl -H Authorization:${KEY} ${U}`, `curl -H Authorization:"Bearer "${KEY} ${U}`],
    ['value after a closing quote', `curl -H "Authorization: "$K ${U}`, `curl -H "Authorization: Bearer "$K ${U}`],
  ];
  for (const [title, input, output] of prepend) {
    it(`prependToValue ${title}`, () => {
      const [header] = sitesOf(input)[0].headers;
      const fixed = apply(input, header.prependToValue?.('Bearer '));
      assert.equal(fixed, output);
      assertWordsAfter(input, fixed, 'posix', (words) => words.map((w) => w.replace(/^(Authorization: ?)/, '$1Bearer ')));
    });
  }

  it('replaceValue replaces the value inside its quotes, and refuses a value across quotes', () => {
    const text = `curl -H "Authorization: bearer $K" ${U}`;
    assert.equal(apply(text, sitesOf(text)[0].headers[0].replaceValue?.('Bearer $K')), `curl -H "Authorization: Bearer $K" ${U}`);
    assert.equal(sitesOf(`curl -H "Authorization: bearer "$K ${U}`)[0].headers[0].replaceValue?.('x'), undefined);
  });

  const expand: Array<[string, string, Dialect, string]> = [
    ['POSIX', `curl -H 'Authorization: Bearer $UNKEY_ROOT_KEY' ${U}`, 'posix', `curl -H "Authorization: Bearer $UNKEY_ROOT_KEY" ${U}`],
    ['POSIX, escaping what must stay literal', `curl -H 'Authorization: Bearer \${KEY}"\\\`$1' ${U}`, 'posix', `curl -H "Authorization: Bearer \${KEY}\\"\\\\\\\`\\$1" ${U}`],
    ['glued to the option', `curl -H'Authorization: Bearer $K' ${U}`, 'posix', `curl -H"Authorization: Bearer $K" ${U}`],
    ["$'...'", `curl -H $'Authorization: Bearer $K\\t' ${U}`, 'posix', `curl -H "Authorization: Bearer $K\t" ${U}`],
    ['PowerShell', `curl.exe -H 'Authorization: Bearer $env:K "x" \`' ${U}`, 'powershell', `curl.exe -H "Authorization: Bearer $env:K \`"x\`" \`\`" ${U}`],
  ];
  for (const [title, input, dialect, output] of expand) {
    it(`expandReferences: ${title}`, () => {
      const header = sitesOf(input, dialect)[0].headers[0];
      const fixed = apply(input, header.expandReferences?.());
      assert.equal(fixed, output);
      const again = sitesOf(fixed, dialect)[0].headers[0];
      assert.equal(again.unexpanded, undefined);
      assert.equal(again.value?.parts.some((p) => p.kind === 'opaque'), true);
    });
  }

  const keys: Array<[string, string, Dialect, string]> = [
    ['in double quotes', `curl -H "Authorization: Bearer ${KEY}" ${U}`, 'posix', `curl -H "Authorization: Bearer $UNKEY_ROOT_KEY" ${U}`],
    ['unquoted, glued to a name character', `export K=${KEY}_x`, 'posix', 'export K=${UNKEY_ROOT_KEY}_x'],
    ['in single quotes: requoted', `curl -H 'Authorization: Bearer ${KEY}' ${U}`, 'posix', `curl -H "Authorization: Bearer $UNKEY_ROOT_KEY" ${U}`],
    ['single quotes with a literal $', `curl -d '{"k":"${KEY}","p":"$1"}' ${U}`, 'posix', `curl -d "{\\"k\\":\\"$UNKEY_ROOT_KEY\\",\\"p\\":\\"\\$1\\"}" ${U}`],
    ['PowerShell', `curl.exe -H 'Authorization: Bearer ${KEY}' ${U}`, 'powershell', `curl.exe -H "Authorization: Bearer $env:UNKEY_ROOT_KEY" ${U}`],
    ['cmd', `curl -H "Authorization: Bearer ${KEY}" ${U}`, 'cmd', `curl -H "Authorization: Bearer %UNKEY_ROOT_KEY%" ${U}`],
  ];
  for (const [title, input, dialect, output] of keys) {
    it(`key literal ${title}`, () => {
      const { keys: found } = extractShell(input, context(DIALECT_LANGUAGE[dialect]));
      assert.equal(found.length, 1);
      assert.equal(input.slice(...found[0].range), KEY);
      assert.equal(found[0].key, KEY);
      assert.equal(apply(input, found[0].replaceWithEnv?.('UNKEY_ROOT_KEY')), output);
    });
  }

  it('placeholder keys are not key literals', () => {
    assert.deepEqual(extractShell(`curl -H "Authorization: Bearer unkey_XXXX" -H 'A: unkey_YOUR_API_KEY' ${U}`, context()).keys, []);
  });
});

describe('curl in JS string literals', () => {
  /** Cooks a JS string literal's body the simple way (\\, \", \n, \t): the text and its source map. */
  function cook(source: string, open: number, close: number): { text: string; map: number[] } {
    let text = '';
    const map: number[] = [];
    for (let k = open; k < close; ) {
      map.push(k);
      if (source[k] === '\\') {
        const e = source[k + 1];
        text += e === 'n' ? '\n' : e === 't' ? '\t' : e;
        k += 2;
      } else if (source.startsWith('${', k)) {
        text += '\u0000';
        k = source.indexOf('}', k) + 1;
      } else text += source[k++];
    }
    map.push(close);
    return { text, map };
  }

  function literal(source: string, quote: '"' | "'" | '`') {
    const open = source.indexOf(quote) + 1;
    const close = source.lastIndexOf(quote);
    const { text, map } = cook(source, open, close);
    return extractCurlFromLiteral(text, map, quote, context('typescript'));
  }

  it('maps ranges through escapes and escapes what fixes insert (double-quoted string)', () => {
    const source = `const cmd = "curl -X POST ${U} -H \\"Authorization: $KEY\\"";`;
    const [site] = literal(source, '"').sites;
    const [header] = site.headers;
    assert.equal(source.slice(...site.reportRange), 'curl');
    assert.equal(source.slice(...header.nameRange), 'Authorization');
    assert.equal(source.slice(...header.value!.range), '$KEY');
    assert.equal(render(site.url), U);
    assert.equal(apply(source, header.prependToValue?.('Bearer ')), `const cmd = "curl -X POST ${U} -H \\"Authorization: Bearer $KEY\\"";`);
    assert.equal(apply(source, site.addAuthorization?.('UNKEY_ROOT_KEY')), `const cmd = "curl -X POST ${U} -H \\"Authorization: $KEY\\" -H \\"Authorization: Bearer $UNKEY_ROOT_KEY\\"";`);
  });

  it('template literal: ${} is opaque, continuations stay, a fix goes inline', () => {
    const source = 'const cmd = `curl ${base}/v2/keys.createKey \\\\\n  -H \'Authorization: Bearer $UNKEY_ROOT_KEY\'`;';
    const [site] = literal(source, '`').sites;
    assert.equal(render(site.url), '{${…}}/v2/keys.createKey');
    assert.equal(source.slice(...site.url.range), '${base}/v2/keys.createKey');
    const [header] = site.headers;
    assert.equal(header.unexpanded?.reference, '$UNKEY_ROOT_KEY');
    assert.equal(source.slice(...header.unexpanded!.range), '$UNKEY_ROOT_KEY');
    assert.equal(
      apply(source, header.expandReferences?.()),
      'const cmd = `curl ${base}/v2/keys.createKey \\\\\n  -H "Authorization: Bearer $UNKEY_ROOT_KEY"`;',
    );
    assert.equal(
      apply(source, site.addAuthorization?.('K')),
      'const cmd = `curl ${base}/v2/keys.createKey \\\\\n  -H \'Authorization: Bearer $UNKEY_ROOT_KEY\' -H "Authorization: Bearer $K"`;',
    );
  });

  it('single-quoted string: inserted single quotes and backslashes are escaped', () => {
    const source = `x = 'curl -H "Authorization: ${KEY}" ${U}'`;
    const result = literal(source, "'");
    assert.equal(source.slice(...result.keys[0].range), KEY);
    assert.equal(apply(source, result.keys[0].replaceWithEnv?.('UNKEY_ROOT_KEY')), `x = 'curl -H "Authorization: $UNKEY_ROOT_KEY" ${U}'`);
    const single = `x = 'curl -H Authorization:${KEY} ${U}'`;
    assert.equal(apply(single, literal(single, "'").sites[0].headers[0].prependToValue?.("it's ")), `x = 'curl -H Authorization:"it\\'s "${KEY} ${U}'`);
  });

  it('text without curl is left to the JS extractor', () => {
    const text = `Bearer ${KEY}`;
    assert.deepEqual(extractCurlFromLiteral(text, [...Array(text.length + 1).keys()], '"', context('typescript')), { sites: [], keys: [], errors: [] });
  });
});

describe('extractShell on hostile input', () => {
  it('1 MB of curl commands with CRLF: every site found', function () {
    this.timeout(30_000);
    const block = `curl -X POST ${U} \\\r\n  -H "Content-Type: application/json" \\\r\n  -H 'Authorization: Bearer $UNKEY_ROOT_KEY'\r\n`;
    const count = Math.ceil(1_000_000 / block.length);
    const result = extractShell(block.repeat(count), context());
    assert.equal(result.sites.length, count);
    assert.equal(result.sites.filter((s) => s.headers[1]?.unexpanded).length, count);
  });

  it('1 MB on one line of unbalanced constructs does not throw', function () {
    this.timeout(30_000);
    const text = `curl "$(\`'$'{ ${U} -H`.repeat(25_000);
    assert.doesNotThrow(() => extractShell(text, context()));
  });
});

describe('key literals outside words', () => {
  it('reports keys in comments and here-documents once, without a rewrite', () => {
    const text = `# old key: ${KEY}\ncat <<EOF\n{"rootKey": "${KEY}"}\nEOF\nexport UNKEY_ROOT_KEY="${KEY}"`;
    const { keys } = extractShell(text, context());
    assert.deepEqual(keys.map((k) => [text.slice(...k.range), k.replaceWithEnv !== undefined]), [
      [KEY, true],
      [KEY, false],
      [KEY, false],
    ]);
    assert.deepEqual(keys.map((k) => k.range[0]).sort((a, b) => a - b), [...text.matchAll(new RegExp(KEY, 'g'))].map((m) => m.index));
  });
});
