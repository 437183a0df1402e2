// The Dockerfile extractor: which instructions hold shell scripts, what the shell sees of them
// (continuations, dropped comment lines, the escape directive, SHELL), and fixes in place.
import * as assert from 'node:assert/strict';
import { extractDockerfile, findDockerfileScripts } from '../../src/core/extractors/dockerfile';
import { blankOut, maskedCopy } from '../../src/core/extractors/embed';
import { applyEdits } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { DEFAULT_OPTIONS, type SourceRange, type TextEdit } from '../../src/core/types';

const CURL = 'curl -X POST https://api.unkey.com/v2/keys.createKey';
const at = (text: string, range: SourceRange) => text.slice(range[0], range[1]);

/** Each script: its language, the source text of each kept range, and what the shell reads (blanks squeezed). */
function scripts(text: string) {
  return findDockerfileScripts(text).map(({ region, language }) => {
    const masked = maskedCopy(text, blankOut(text), region);
    assert.equal(masked.length, text.length);
    return { language, kept: region.keep.map((r) => at(text, r)), shell: masked.replace(/[ \t]+/g, ' ').replace(/ *\n\s*/g, '\n').trim() };
  });
}

const apply = (text: string, edit: TextEdit | undefined) => {
  assert.ok(edit, 'expected an edit');
  return applyEdits(text, [edit]).output;
};

describe('dockerfile extractor', () => {
  describe('shell scripts', () => {
    const cases: { name: string; text: string; expected: ReturnType<typeof scripts> }[] = [
      {
        name: 'RUN with continuations, after its flags',
        text: 'FROM alpine\nRUN --mount=type=secret,id=k --network=host curl a \\\n  -H b\nENV X=1\n',
        expected: [{ language: 'shell', kept: ['curl a \\', '  -H b'], shell: 'curl a \\\n-H b' }],
      },
      {
        name: 'comment and empty lines inside a continued RUN are dropped, the command goes on',
        text: 'RUN curl a \\\n  # note\n\n  -H b\n',
        expected: [{ language: 'shell', kept: ['curl a \\', '  -H b'], shell: 'curl a \\\n\\\n\\\n\\\n\\\n-H b' }],
      },
      {
        name: 'exec form is no shell; CMD, ENTRYPOINT, HEALTHCHECK CMD and ONBUILD RUN are',
        text: 'RUN ["curl", "a"]\nCMD curl b\nENTRYPOINT curl c\nHEALTHCHECK --interval=5s CMD curl d\nHEALTHCHECK NONE\nONBUILD RUN curl e\n',
        expected: [
          { language: 'shell', kept: ['curl b'], shell: 'curl b' },
          { language: 'shell', kept: ['curl c'], shell: 'curl c' },
          { language: 'shell', kept: ['curl d'], shell: 'curl d' },
          { language: 'shell', kept: ['curl e'], shell: 'curl e' },
        ],
      },
      {
        name: 'RUN <<EOF: the heredoc body is the script; other heredocs are data',
        text: 'RUN <<EOF\ncurl a\ncurl b\nEOF\nRUN cat <<-END > /f\n\tcurl c\n\tEND\nRUN curl d\n',
        expected: [
          { language: 'shell', kept: ['curl a', 'curl b'], shell: 'curl a\ncurl b' },
          { language: 'shell', kept: ['cat <<-END > /f', '\tcurl c', '\tEND'], shell: 'cat <<-END > /f\ncurl c\nEND' },
          { language: 'shell', kept: ['curl d'], shell: 'curl d' },
        ],
      },
      {
        name: '# escape=` : Windows, cmd by default, and Docker joins the lines itself',
        text: '# escape=`\nFROM windows\nRUN curl a `\n  -H b\n',
        expected: [{ language: 'cmd', kept: ['curl a `', '  -H b'], shell: 'curl a -H b' }],
      },
      {
        name: 'SHELL switches the dialect for the instructions after it',
        text: 'RUN curl a\nSHELL ["pwsh", "-Command"]\nRUN curl.exe b \\\n  -H c\nSHELL ["/bin/sh", "-c"]\nRUN curl d\n',
        expected: [
          { language: 'shell', kept: ['curl a'], shell: 'curl a' },
          { language: 'powershell', kept: ['curl.exe b \\', '  -H c'], shell: 'curl.exe b -H c' },
          { language: 'shell', kept: ['curl d'], shell: 'curl d' },
        ],
      },
      {
        name: 'lower-case instructions, CRLF and a BOM',
        text: '\uFEFFrun curl a \\\r\n  -H b\r\n',
        expected: [{ language: 'shell', kept: ['curl a \\', '  -H b'], shell: 'curl a \\\r\n-H b' }],
      },
    ];
    for (const { name, text, expected } of cases) it(name, () => assert.deepEqual(scripts(text), expected));
  });

  describe('requests and fixes', () => {
    it('a request at its place in the file', () => {
      const text = `FROM alpine\nRUN ${CURL} \\\n  -H "Content-Type: application/json"\n`;
      const [site] = extractDockerfile(text, { options: DEFAULT_OPTIONS, language: 'dockerfile', fileName: 'Dockerfile' }).sites;
      assert.equal(at(text, site.url.range), 'https://api.unkey.com/v2/keys.createKey');
      assert.equal(at(text, site.headers[0].range), '-H "Content-Type: application/json"');
    });

    it('missing Authorization: a new continued line, past a dropped comment line', () => {
      const text = `FROM alpine\nRUN ${CURL} \\\n  # the body\n  -H "Content-Type: application/json"\nCMD ["x"]\n`;
      const fix = lint(text, 'Dockerfile').findings.find((f) => f.ruleId === 'missing-authorization')?.fix;
      assert.equal(
        apply(text, fix),
        `FROM alpine\nRUN ${CURL} \\\n  # the body\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer $UNKEY_ROOT_KEY"\nCMD ["x"]\n`,
      );
    });

    it('with the backtick escape, the fix stays on the joined line', () => {
      const text = `# escape=\`\nFROM windows\nSHELL ["pwsh", "-Command"]\nRUN curl.exe -X POST https://api.unkey.com/v2/keys.createKey \`\n  -H "Content-Type: application/json"\n`;
      const fix = lint(text, 'Dockerfile').findings.find((f) => f.ruleId === 'missing-authorization')?.fix;
      assert.ok(fix);
      assert.doesNotMatch(fix.text, /\n/);
      assert.equal(apply(text, fix), text.replace('application/json"', 'application/json" -H "Authorization: Bearer $env:UNKEY_ROOT_KEY"'));
    });

    it('an unexpanded variable in single quotes switches to double quotes', () => {
      const text = `RUN ${CURL} -H 'Authorization: Bearer $UNKEY_ROOT_KEY'\n`;
      const [finding] = lint(text, 'Dockerfile').findings;
      assert.equal(finding.ruleId, 'unexpanded-env-var');
      assert.equal(apply(text, finding.fix), `RUN ${CURL} -H "Authorization: Bearer $UNKEY_ROOT_KEY"\n`);
    });

    it('nothing from other instructions or comments', () => {
      const text = `# RUN ${CURL}\nLABEL x="${CURL}"\nRUN ["curl", "https://api.unkey.com/v2/keys.createKey"]\n`;
      assert.deepEqual(lint(text, 'Dockerfile').findings, []);
    });

    it('a key literal in ENV is found, once', () => {
      const key = 'unkey_3ZtestKeyAbcdefghijkmnopq';
      const text = `ENV UNKEY_ROOT_KEY=${key}\nRUN ${CURL} -H "Authorization: Bearer ${key}"\n`;
      const { keys } = extractDockerfile(text, { options: DEFAULT_OPTIONS, language: 'dockerfile', fileName: 'Dockerfile' });
      assert.deepEqual(keys.map((k) => k.range[0]), [text.indexOf(key), text.lastIndexOf(key)]);
    });
  });
});
