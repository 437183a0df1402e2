import * as assert from 'node:assert/strict';
import { disableEditsFor, disableFileEdit, disableLineEdit, fenceAt } from '../../src/core/disableComment';
import { applyEdits } from '../../src/core/fix';
import { lint, parseDirectives } from '../../src/core/lint';
import type { LanguageKind, RuleId } from '../../src/core/types';

const RULE: RuleId = 'missing-authorization';

/** Inserts the line comment above the line holding `marker` and returns the new text. */
function disableLine(text: string, language: LanguageKind, marker: string, mdx = false): string | undefined {
  const offset = text.indexOf(marker);
  assert.ok(offset >= 0, `marker ${marker} not in text`);
  const edit = disableLineEdit(text, language, offset, RULE, { mdx });
  return edit && applyEdits(text, [edit]).output;
}

/** The 0-based line holding `marker`. */
function lineOf(text: string, marker: string): number {
  return text.slice(0, text.indexOf(marker)).split('\n').length - 1;
}

/** The engine's own directive parser must disable RULE on the marker's line after the edit. */
function assertHonoured(output: string, marker: string): void {
  const directive = parseDirectives(output).lines.get(lineOf(output, marker));
  assert.ok(directive === 'all' || directive?.has(RULE), `directive not honoured on the line of ${marker}:\n${output}`);
}

describe('disable comment for a line', () => {
  const cases: Array<[string, LanguageKind, string, string, string]> = [
    ['TypeScript', 'typescript', 'const r = await fetch(url);\n  await fetch("https://api.unkey.com/v2/keys.createKey");\n', 'await fetch("https', '  // unkey-lint-disable-next-line missing-authorization\n'],
    ['shell', 'shell', '#!/bin/sh\ncurl -X POST https://api.unkey.com/v2/keys.createKey\n', 'curl', '# unkey-lint-disable-next-line missing-authorization\n'],
    ['YAML', 'yaml', 'steps:\n  - run: |\n      curl https://api.unkey.com/v2/apis.getApi\n', 'curl', '      # unkey-lint-disable-next-line missing-authorization\n'],
    ['.http', 'http', '###\nPOST https://api.unkey.com/v2/keys.createKey\n', 'POST', '# unkey-lint-disable-next-line missing-authorization\n'],
    ['Dockerfile', 'dockerfile', 'FROM alpine\nRUN curl https://api.unkey.com/v2/apis.getApi\n', 'RUN', '# unkey-lint-disable-next-line missing-authorization\n'],
    ['PowerShell', 'powershell', 'curl.exe https://api.unkey.com/v2/apis.getApi\n', 'curl', '# unkey-lint-disable-next-line missing-authorization\n'],
    ['cmd', 'cmd', '@echo off\ncurl https://api.unkey.com/v2/apis.getApi\n', 'curl', '@REM unkey-lint-disable-next-line missing-authorization\n'],
  ];
  for (const [name, language, text, marker, inserted] of cases) {
    it(`${name}: inserts ${JSON.stringify(inserted.trim())} above the line, with its indentation`, () => {
      const output = disableLine(text, language, marker);
      assert.ok(output);
      const at = text.slice(0, text.indexOf(marker)).lastIndexOf('\n') + 1;
      assert.equal(output, text.slice(0, at) + inserted + text.slice(at));
      assertHonoured(output, marker);
    });
  }

  it('Markdown outside a fence: an HTML comment', () => {
    const text = '# Title\n\nSee POST /v2/keys.createKey here.\n';
    const output = disableLine(text, 'markdown', 'See POST')!;
    assert.equal(output, '# Title\n\n<!-- unkey-lint-disable-next-line missing-authorization -->\nSee POST /v2/keys.createKey here.\n');
    assertHonoured(output, 'See POST');
  });

  it('MDX outside a fence: a JSX comment, since an HTML comment does not parse in MDX', () => {
    const output = disableLine('Text with /v2/keys.createKey\n', 'markdown', 'Text', true)!;
    assert.equal(output, '{/* unkey-lint-disable-next-line missing-authorization */}\nText with /v2/keys.createKey\n');
    assertHonoured(output, 'Text');
  });

  it('Markdown inside a shell fence: the fence\'s own # comment, not HTML (which would be code there)', () => {
    const text = 'Create a key:\n\n```bash\ncurl -X POST https://api.unkey.com/v2/keys.createKey\n```\n';
    const output = disableLine(text, 'markdown', 'curl')!;
    assert.equal(output, 'Create a key:\n\n```bash\n# unkey-lint-disable-next-line missing-authorization\ncurl -X POST https://api.unkey.com/v2/keys.createKey\n```\n');
    assertHonoured(output, 'curl');
  });

  it('Markdown inside a TypeScript fence in a list item: // with the block\'s indentation', () => {
    const text = '1. Call it:\n\n   ```ts\n   await fetch("https://api.unkey.com/v2/apis.getApi");\n   ```\n';
    const output = disableLine(text, 'markdown', 'await')!;
    assert.ok(output.includes('   ```ts\n   // unkey-lint-disable-next-line missing-authorization\n   await fetch('), output);
    assertHonoured(output, 'await');
  });

  it('Markdown inside an untagged or console fence: #; after the fence closes: HTML again', () => {
    const text = '```\ncurl https://api.unkey.com/v2/apis.getApi\n```\n\n~~~console\n$ curl https://api.unkey.com/v2/apis.listKeys\n~~~\nAfter /v2/apis.deleteApi\n';
    assert.ok(disableLine(text, 'markdown', 'curl https://api.unkey.com/v2/apis.getApi')!.includes('```\n# unkey-lint'));
    assert.ok(disableLine(text, 'markdown', '$ curl')!.includes('~~~console\n# unkey-lint'));
    assert.ok(disableLine(text, 'markdown', 'After')!.includes('~~~\n<!-- unkey-lint-disable-next-line missing-authorization -->\nAfter'));
  });

  it('keeps CRLF line endings', () => {
    const text = 'a();\r\n    fetch("https://api.unkey.com/v2/apis.getApi");\r\n';
    const output = disableLine(text, 'javascript', 'fetch')!;
    assert.equal(output, 'a();\r\n    // unkey-lint-disable-next-line missing-authorization\r\n    fetch("https://api.unkey.com/v2/apis.getApi");\r\n');
    assert.ok(!/[^\r]\n/.test(output), 'a bare \\n was inserted');
  });

  it('works on the first line, and after a BOM', () => {
    assert.equal(disableLine('curl https://api.unkey.com/v2/apis.getApi', 'shell', 'curl'), '# unkey-lint-disable-next-line missing-authorization\ncurl https://api.unkey.com/v2/apis.getApi');
    assert.equal(disableLine('\uFEFFcurl x /v2/apis.getApi', 'shell', 'curl'), '\uFEFF# unkey-lint-disable-next-line missing-authorization\ncurl x /v2/apis.getApi');
  });

  it('an offset at the very start is on the first line, even when that line is empty', () => {
    assert.deepEqual(disableLineEdit('\ncurl x', 'shell', 0, RULE), { range: [0, 0], text: '# unkey-lint-disable-next-line missing-authorization\n' });
  });

  it('indents with the line\'s own leading white space, tabs included, and nothing from the next line', () => {
    assert.equal(disableLine('a\n\t  curl x\n    b\n', 'shell', 'curl'), 'a\n\t  # unkey-lint-disable-next-line missing-authorization\n\t  curl x\n    b\n');
    assert.equal(disableLine('a\ncurl x\n    b\n', 'shell', 'curl'), 'a\n# unkey-lint-disable-next-line missing-authorization\ncurl x\n    b\n');
  });

  it('offers nothing after a continued line, where a comment line would split the command', () => {
    assert.equal(disableLine('curl https://api.unkey.com/v2/keys.createKey \\\n  -H "Authorization: bearer $K"\n', 'shell', '-H'), undefined);
    assert.equal(disableLine('```sh\ncurl https://api.unkey.com/v2/keys.createKey \\\n  -H "Authorization: bearer $K"\n```\n', 'markdown', '-H'), undefined);
    assert.equal(disableLine('curl.exe https://api.unkey.com/v2/keys.createKey `\n  -H "Authorization: bearer x"\n', 'powershell', '-H'), undefined);
    assert.equal(disableLine('curl https://api.unkey.com/v2/keys.createKey ^\n  -H "Authorization: bearer x"\n', 'cmd', '-H'), undefined);
    // An escaped backslash is not a continuation.
    assert.ok(disableLine('echo \\\\\ncurl https://api.unkey.com/v2/apis.getApi\n', 'shell', 'curl'));
  });

  it('offers "disable for this file" where a continued line cannot take a line comment', () => {
    const text = 'curl -X POST https://api.unkey.com/v2/keys.createKey \\\n  -H "Authorization: bearer $K"\n';
    const result = lint(text, 'call.sh');
    const finding = result.findings.find((f) => f.ruleId === 'malformed-bearer')!;
    const edits = disableEditsFor(text, result, finding);
    assert.equal(edits.line, undefined);
    assert.deepEqual(edits.file, { range: [0, 0], text: '# unkey-lint-disable malformed-bearer\n' });
  });

  it('Dockerfile continuation lines do take a comment line (Docker drops comment lines before joining)', () => {
    const text = 'RUN apk add curl && \\\n    curl https://api.unkey.com/v2/apis.getApi\n';
    const output = disableLine(text, 'dockerfile', 'curl https')!;
    assert.equal(output, 'RUN apk add curl && \\\n    # unkey-lint-disable-next-line missing-authorization\n    curl https://api.unkey.com/v2/apis.getApi\n');
    assertHonoured(output, 'curl https');
  });
});

describe('disable comment for the file', () => {
  const cases: Array<[string, LanguageKind, string, string, boolean?]> = [
    ['TypeScript', 'typescript', 'fetch(x);\n', '// unkey-lint-disable missing-authorization\nfetch(x);\n'],
    ['a script with a shebang', 'javascript', '#!/usr/bin/env node\nfetch(x);\n', '#!/usr/bin/env node\n// unkey-lint-disable missing-authorization\nfetch(x);\n'],
    ['shell with a shebang', 'shell', '#!/bin/bash\ncurl x\n', '#!/bin/bash\n# unkey-lint-disable missing-authorization\ncurl x\n'],
    ['YAML', 'yaml', 'on: push\n', '# unkey-lint-disable missing-authorization\non: push\n'],
    ['.http', 'http', 'GET x\n', '# unkey-lint-disable missing-authorization\nGET x\n'],
    ['Markdown', 'markdown', '# Hi\n', '<!-- unkey-lint-disable missing-authorization -->\n# Hi\n'],
    ['Markdown with front matter', 'markdown', '---\ntitle: x\n---\n# Hi\n', '---\ntitle: x\n---\n<!-- unkey-lint-disable missing-authorization -->\n# Hi\n'],
    ['MDX', 'markdown', '---\ntitle: x\n---\nimport A from "a";\n', '---\ntitle: x\n---\n{/* unkey-lint-disable missing-authorization */}\nimport A from "a";\n', true],
    ['Dockerfile with parser directives', 'dockerfile', '# syntax=docker/dockerfile:1\n# escape=\\\nFROM alpine\n', '# syntax=docker/dockerfile:1\n# escape=\\\n# unkey-lint-disable missing-authorization\nFROM alpine\n'],
    ['a BOM and CRLF', 'typescript', '\uFEFFfetch(x);\r\n', '\uFEFF// unkey-lint-disable missing-authorization\r\nfetch(x);\r\n'],
    ['a lone shebang line with no newline', 'shell', '#!/bin/sh', '#!/bin/sh\n# unkey-lint-disable missing-authorization\n'],
    ['an empty file', 'shell', '', '# unkey-lint-disable missing-authorization\n'],
  ];
  for (const [name, language, text, expected, mdx] of cases) {
    it(name, () => {
      const output = applyEdits(text, [disableFileEdit(text, language, RULE, { mdx })!]).output;
      assert.equal(output, expected);
      const file = parseDirectives(output).file;
      assert.ok(file === 'all' || file?.has(RULE), 'the engine does not read the directive');
    });
  }
});

describe('fenceAt', () => {
  const text = 'a\n````md\n```js\nx\n```\n````\n~~~ Bash title="x"\ny\n~~~\nz\n';
  const at = (marker: string) => fenceAt(text, text.indexOf(marker));
  it('follows CommonMark fences: longer fences, tildes, info strings', () => {
    assert.equal(at('a\n'), undefined);
    assert.equal(at('x\n'), 'md'); // ``` inside a ```` block does not open a new block
    assert.equal(at('y\n'), 'bash');
    assert.equal(at('z\n'), undefined);
  });
  it('an unclosed fence runs to the end of the file', () => {
    assert.equal(fenceAt('```sh\ncurl x\n', 6), 'sh');
  });
});

describe('disable comments against the real engine', () => {
  const cases: Array<[string, string, string]> = [
    ['a.ts', 'const x = 1;\n    await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });\n', 'typescript'],
    ['a.http', '###\nPOST https://api.unkey.com/v2/keys.createKey\nContent-Type: application/json\n', 'http'],
  ];
  for (const [file, text, language] of cases) {
    it(`${file}: the finding is gone after "disable for this line" and "disable for this file"`, () => {
      const before = lint(text, file).findings;
      assert.equal(before.length, 1, 'fixture should have one finding');
      const finding = before[0];
      const line = applyEdits(text, [disableLineEdit(text, language as LanguageKind, finding.range[0], finding.ruleId)!]).output;
      assert.deepEqual(lint(line, file).findings, []);
      const whole = applyEdits(text, [disableFileEdit(text, language as LanguageKind, finding.ruleId)!]).output;
      assert.deepEqual(lint(whole, file).findings, []);
    });
  }
});
