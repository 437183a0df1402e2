// The Markdown/MDX extractor: which fenced blocks it finds (CommonMark fence rules), what the embedded
// extractor sees of them (console prompts and output), and that sites and fixes map back into the file.
import * as assert from 'node:assert/strict';
import { applyEdits, applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { commandLines, extractMarkdown, findCodeBlocks } from '../../src/core/extractors/markdown';
import { DEFAULT_OPTIONS, type Extraction, type SourceRange, type TextEdit } from '../../src/core/types';
import { flatten, OPAQUE } from '../../src/core/value';

const at = (text: string, range: SourceRange) => text.slice(range[0], range[1]);
const contents = (text: string, lines: readonly SourceRange[]) => lines.map((r) => at(text, r)).join('\n');

function blocks(text: string, mdx = false) {
  return findCodeBlocks(text, mdx).map((b) => ({ lang: b.lang, closed: b.closed, content: contents(text, b.lines) }));
}

function extract(text: string, fileName = 'README.md'): Extraction {
  return extractMarkdown(text, { options: DEFAULT_OPTIONS, language: 'markdown', fileName });
}

const apply = (text: string, edit: TextEdit | undefined) => {
  assert.ok(edit, 'expected an edit');
  return applyEdits(text, [edit]).output;
};

const CURL = 'curl -X POST https://api.unkey.com/v2/keys.createKey';

describe('markdown extractor', () => {
  describe('fenced code blocks', () => {
    const cases: { name: string; text: string; mdx?: boolean; expected: ReturnType<typeof blocks> }[] = [
      { name: 'backticks and tildes', text: 'a\n```bash\nx\n```\n~~~sh\ny\n~~~\n', expected: [{ lang: 'bash', closed: true, content: 'x' }, { lang: 'sh', closed: true, content: 'y' }] },
      { name: 'untagged', text: '```\nx\n```\n', expected: [{ lang: '', closed: true, content: 'x' }] },
      {
        name: 'the closing fence is the same character and at least as long',
        text: '````md\n```bash\n~~~~\n```\n`````\n',
        expected: [{ lang: 'md', closed: true, content: '```bash\n~~~~\n```' }],
      },
      { name: 'a fence with text after it does not close', text: '```\na\n``` x\n```\n', expected: [{ lang: '', closed: true, content: 'a\n``` x' }] },
      { name: 'an unclosed fence runs to the end', text: 'p\n```sh\ncurl a\n\ncurl b', expected: [{ lang: 'sh', closed: false, content: 'curl a\n\ncurl b' }] },
      { name: 'up to 3 spaces of indentation', text: '   ```sh\n   x\n   ```\n', expected: [{ lang: 'sh', closed: true, content: '   x' }] },
      { name: '4 spaces is indented code, not a fence', text: 'p\n\n    ```sh\n    x\n    ```\n', expected: [] },
      { name: 'MDX has no indented code: any indentation', mdx: true, text: '<Tabs>\n    ```sh\n    x\n    ```\n</Tabs>\n', expected: [{ lang: 'sh', closed: true, content: '    x' }] },
      { name: 'a closing fence indented 4 spaces is content', text: '```\nx\n    ```\n```\n', expected: [{ lang: '', closed: true, content: 'x\n    ```' }] },
      { name: 'a backtick fence cannot have a backtick in its info', text: '``` a`b\nx\n```\n', expected: [{ lang: '', closed: false, content: '' }] },
      {
        name: 'info strings: first word, lower case',
        text: '```Bash title="x"\n1\n```\n```{.sh}\n2\n```\n```json Example\n3\n```\n',
        expected: [{ lang: 'bash', closed: true, content: '1' }, { lang: 'sh', closed: true, content: '2' }, { lang: 'json', closed: true, content: '3' }],
      },
      { name: 'in a blockquote, without the markers', text: '> ```sh\n> curl a\n>   -H b\n> ```\n', expected: [{ lang: 'sh', closed: true, content: 'curl a\n  -H b' }] },
      { name: 'the end of a blockquote ends its fence', text: '> ```sh\n> curl a\nafter\n```\n', expected: [{ lang: 'sh', closed: false, content: 'curl a' }, { lang: '', closed: false, content: '' }] },
      {
        name: 'in a list item, indented past 3 spaces',
        text: '1. step\n\n   - sub\n\n     ```sh\n     curl a\n     ```\n',
        expected: [{ lang: 'sh', closed: true, content: '     curl a' }],
      },
      { name: 'on the list marker line', text: '- ```sh\n  curl a\n  ```\n', expected: [{ lang: 'sh', closed: true, content: '  curl a' }] },
      { name: 'the end of a list item ends its fence', text: '- x\n\n  ```sh\n  curl a\nnext\n', expected: [{ lang: 'sh', closed: false, content: '  curl a' }] },
      { name: 'not in an HTML comment', text: '<!--\n```sh\ncurl a\n```\n-->\n```sh\nb\n```\n', expected: [{ lang: 'sh', closed: true, content: 'b' }] },
      { name: 'not in an MDX comment', mdx: true, text: '{/*\n```sh\ncurl a\n```\n*/}\n```sh\nb\n```\n', expected: [{ lang: 'sh', closed: true, content: 'b' }] },
      { name: 'CRLF and a BOM', text: '\uFEFF```sh\r\ncurl a\r\n```\r\n', expected: [{ lang: 'sh', closed: true, content: 'curl a' }] },
    ];
    for (const { name, text, mdx, expected } of cases) it(name, () => assert.deepEqual(blocks(text, mdx), expected));
  });

  describe('console transcripts', () => {
    const commands = (text: string) => contents(text, commandLines(text, findCodeBlocks(text)[0].lines));
    it('keeps what follows $ and % prompts, not the prompts or the output', () => {
      assert.equal(commands('```console\n$ curl a\n{"ok":true}\n% curl b\n$\n```\n'), 'curl a\ncurl b\n');
    });
    it('keeps continuation lines: backslash, open quote, pipe', () => {
      assert.equal(
        commands("```console\n$ curl a \\\n  -H b\n$ curl -d '{\n  \"x\": 1\n}' c |\n  jq\noutput \\\n```\n"),
        "curl a \\\n  -H b\ncurl -d '{\n  \"x\": 1\n}' c |\n  jq",
      );
    });
    it('a comment does not leave a quote open', () => {
      assert.equal(commands("```console\n$ curl a # it's fine\nout\n```\n"), "curl a # it's fine");
    });
  });

  describe('requests in blocks (end to end through the embedded extractors)', () => {
    const sites = (text: string, fileName?: string) =>
      extract(text, fileName).sites.map((s) => ({ tool: s.tool, url: flatten(s.url).replaceAll(OPAQUE, '◆'), report: at(text, s.reportRange) }));

    it('bash, untagged, curl and console blocks', () => {
      const text = `# Title\n\n\`\`\`bash\n${CURL}\n\`\`\`\n\n\`\`\`\n${CURL}\n\`\`\`\n\n\`\`\`curl\n${CURL}\n\`\`\`\n\n\`\`\`console\n$ ${CURL}\n\`\`\`\n`;
      const found = extract(text).sites;
      assert.equal(found.length, 4);
      for (const site of found) {
        assert.equal(site.tool, 'curl');
        assert.equal(flatten(site.url), 'https://api.unkey.com/v2/keys.createKey');
        assert.equal(at(text, site.url.range), 'https://api.unkey.com/v2/keys.createKey');
      }
    });

    it('a $ prompt in a bash block is a transcript', () => {
      const text = `\`\`\`bash\n$ ${CURL}\n{"error": "${CURL}"}\n\`\`\`\n`;
      assert.equal(extract(text).sites.length, 1);
    });

    it('nothing from prose, inline code, JSON blocks, console output or other languages', () => {
      const text = [
        `Run ${CURL} to create a key, or \`${CURL}\`.`,
        '```json', `{"cmd": "${CURL}"}`, '```',
        '```console', '$ echo hi', `${CURL}`, '```',
        '```elixir', `System.shell("${CURL}")`, '```',
        '',
      ].join('\n');
      assert.deepEqual(sites(text), []);
    });

    it('powershell and http blocks go to their extractors', () => {
      const text = `\`\`\`powershell\ncurl.exe -X POST https://api.unkey.com/v2/keys.createKey\n\`\`\`\n\n\`\`\`http\nPOST https://api.unkey.com/v2/keys.createKey\n\`\`\`\n`;
      assert.deepEqual(sites(text).map((s) => s.tool), ['curl', 'http']);
      assert.equal(sites(text)[1].report, 'POST https://api.unkey.com/v2/keys.createKey');
    });

    it('ts blocks go to the JS/TS extractor, with JSX', () => {
      const text = '```tsx\nconst el = <div />;\nawait fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });\n```\n';
      const found = extract(text).sites;
      assert.equal(found.length, 1);
      assert.equal(found[0].tool, 'fetch');
      assert.equal(at(text, found[0].url.range), '"https://api.unkey.com/v2/keys.createKey"');
    });

    it('a request in a blockquote and in a list item, at its place in the file', () => {
      const text = `> \`\`\`sh\n> ${CURL} \\\n>   -H "X: 1"\n> \`\`\`\n\n1. Call it:\n\n   \`\`\`sh\n   ${CURL}\n   \`\`\`\n`;
      const found = extract(text).sites;
      assert.equal(found.length, 2);
      assert.deepEqual(found.map((s) => at(text, s.url.range)), ['https://api.unkey.com/v2/keys.createKey', 'https://api.unkey.com/v2/keys.createKey']);
      assert.deepEqual(found[0].headers.map((h) => at(text, h.range)), ['-H "X: 1"']);
    });
  });

  describe('fixes map back into the file', () => {
    it('an added header in a blockquote keeps the > markers', () => {
      const text = `> \`\`\`sh\n> ${CURL} \\\n>   -H "Content-Type: application/json"\n> \`\`\`\n`;
      const out = apply(text, extract(text).sites[0].addAuthorization?.('UNKEY_ROOT_KEY'));
      assert.equal(out, `> \`\`\`sh\n> ${CURL} \\\n>   -H "Content-Type: application/json" \\\n>   -H "Authorization: Bearer $UNKEY_ROOT_KEY"\n> \`\`\`\n`);
      // The fixed block reads back as one command with both headers.
      const [site] = extract(out).sites;
      assert.deepEqual(site.headers.map((h) => h.name.toLowerCase()), ['content-type', 'authorization']);
    });

    it('an added header in an http block in a blockquote keeps the > markers and CRLF', () => {
      const text = '> ```http\r\n> POST https://api.unkey.com/v2/keys.createKey\r\n> Content-Type: application/json\r\n> ```\r\n';
      const out = apply(text, extract(text).sites[0].addAuthorization?.('UNKEY_ROOT_KEY'));
      assert.equal(out, '> ```http\r\n> POST https://api.unkey.com/v2/keys.createKey\r\n> Content-Type: application/json\r\n> Authorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}\r\n> ```\r\n');
    });

    it('a console transcript fix does not touch the prompt', () => {
      const text = `\`\`\`console\n$ ${CURL} \\\n  -H "X: 1"\nout\n\`\`\`\n`;
      const out = apply(text, extract(text).sites[0].addAuthorization?.('UNKEY_ROOT_KEY'));
      assert.equal(out, `\`\`\`console\n$ ${CURL} \\\n  -H "X: 1" \\\n  -H "Authorization: Bearer $UNKEY_ROOT_KEY"\nout\n\`\`\`\n`);
      assert.equal(extract(out).sites[0].headers.length, 2);
    });

    // Each rule's fix through lint(): the finding's text, then the whole file after applyFixes.
    const fixCases: { name: string; text: string; findings: string[]; output: string }[] = [
      {
        name: 'missing-authorization in a ts block in a blockquote',
        text: '> ```ts\n> await fetch("https://api.unkey.com/v2/keys.createKey", {\n>   method: "POST",\n>   headers: {\n>     "Content-Type": "application/json",\n>   },\n> });\n> ```\n',
        findings: ['missing-authorization fetch("https://api.unkey.com/v2/keys.createKey"'],
        output: '> ```ts\n> await fetch("https://api.unkey.com/v2/keys.createKey", {\n>   method: "POST",\n>   headers: {\n>     "Content-Type": "application/json",\n>     Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`,\n>   },\n> });\n> ```\n',
      },
      {
        name: 'malformed-bearer in a console transcript',
        text: '```console\n$ curl -X POST https://api.unkey.com/v2/keys.createKey \\\n  -H "Authorization: bearer $UNKEY_ROOT_KEY"\n{"error": 1}\n```\n',
        findings: ['malformed-bearer bearer $UNKEY_ROOT_KEY'],
        output: '```console\n$ curl -X POST https://api.unkey.com/v2/keys.createKey \\\n  -H "Authorization: Bearer $UNKEY_ROOT_KEY"\n{"error": 1}\n```\n',
      },
      {
        name: 'unexpanded-env-var in a list item',
        text: "- Step:\n  ```sh\n  curl -X POST https://api.unkey.com/v2/apis.getApi -H 'Authorization: Bearer $UNKEY_ROOT_KEY'\n  ```\n",
        findings: ['unexpanded-env-var $UNKEY_ROOT_KEY'],
        output: '- Step:\n  ```sh\n  curl -X POST https://api.unkey.com/v2/apis.getApi -H "Authorization: Bearer $UNKEY_ROOT_KEY"\n  ```\n',
      },
      {
        name: 'missing-authorization in a PowerShell block, with backtick continuations',
        text: '```powershell\ncurl.exe -X POST https://api.unkey.com/v2/keys.createKey `\n  -H "Content-Type: application/json"\n```\n',
        findings: ['missing-authorization curl.exe'],
        output: '```powershell\ncurl.exe -X POST https://api.unkey.com/v2/keys.createKey `\n  -H "Content-Type: application/json" `\n  -H "Authorization: Bearer $env:UNKEY_ROOT_KEY"\n```\n',
      },
      {
        name: 'nothing for another host',
        text: '```bash\ncurl -X POST https://api.example.com/v2/keys.createKey\n```\n',
        findings: [],
        output: '```bash\ncurl -X POST https://api.example.com/v2/keys.createKey\n```\n',
      },
    ];
    for (const { name, text, findings, output } of fixCases) {
      it(`lint and fix: ${name}`, () => {
        assert.deepEqual(lint(text, 'README.md').findings.map((f) => `${f.ruleId} ${at(text, f.range)}`), findings);
        assert.equal(applyFixes(text, 'README.md').output, output);
      });
    }

    it('a key literal in a JSON block is found, one in prose is not', () => {
      const key = 'unkey_3ZtestKeyAbcdefghijkmnopq';
      const text = `Key: ${key}\n\n\`\`\`json\n{"k": "${key}"}\n\`\`\`\n`;
      const { keys } = extract(text);
      assert.deepEqual(keys.map((k) => at(text, k.range)), [key]);
      assert.equal(keys[0].range[0], text.indexOf(`"${key}`) + 1);
    });
  });
});
