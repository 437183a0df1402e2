import * as assert from 'node:assert/strict';
import { applyEdits, applyFixes } from '../../src/core/fix';
import { detectLanguage, lint, parseDirectives } from '../../src/core/lint';
import { maskKey } from '../../src/core/mask';
import { concatValues, flatten, knownText, opaquePart, sourceRangeOf, sourceText, valueOf } from '../../src/core/value';

describe('detectLanguage', () => {
  const cases: Array<[string, string, string | undefined, string | undefined]> = [
    ['a.ts', '', undefined, 'typescript'],
    ['a.tsx', '', undefined, 'typescript'],
    ['a.mjs', '', undefined, 'javascript'],
    ['deploy.sh', '', undefined, 'shell'],
    ['README.md', '', undefined, 'markdown'],
    ['page.mdx', '', undefined, 'markdown'],
    ['keys.http', '', undefined, 'http'],
    ['keys.rest', '', undefined, 'http'],
    ['ci.yml', '', undefined, 'yaml'],
    ['Dockerfile', '', undefined, 'dockerfile'],
    ['api.Dockerfile', '', undefined, 'dockerfile'],
    ['script.ps1', '', undefined, 'powershell'],
    ['rotate', '#!/usr/bin/env bash\ncurl x', undefined, 'shell'],
    ['rotate', '#!/bin/sh\n', undefined, 'shell'],
    ['rotate', '#!/usr/bin/env node\n', undefined, 'javascript'],
    ['notes.txt', 'curl https://api.unkey.com', undefined, 'text'],
    ['main.tf', '', undefined, 'text'],
    ['logo.png', '', undefined, undefined],
    ['.env', '', undefined, 'dotenv'],
    ['.env.local', '', undefined, 'dotenv'],
    ['prod.env', '', undefined, 'dotenv'],
    ['settings.json', '', 'json', 'text'],
    ['Untitled-1', '', 'typescriptreact', 'typescript'],
    ['x.txt', '', 'shellscript', 'shell'],
  ];
  for (const [file, text, languageId, expected] of cases) {
    it(`${file}${languageId ? ` (${languageId})` : ''} → ${expected}`, () => assert.equal(detectLanguage(file, text, languageId), expected));
  }
});

describe('disable directives', () => {
  it('reads next-line, same-line and file directives in any comment syntax', () => {
    const d = parseDirectives([
      '// unkey-lint-disable-next-line missing-authorization',
      'x',
      '# unkey-lint-disable-next-line',
      'y',
      'z <!-- unkey-lint-disable-line malformed-bearer, unexpanded-env-var -->',
      '/* unkey-lint-disable hardcoded-root-key */',
    ].join('\n'));
    assert.deepEqual([...(d.lines.get(1) as Set<string>)], ['missing-authorization']);
    assert.equal(d.lines.get(3), 'all');
    assert.deepEqual([...(d.lines.get(4) as Set<string>)], ['malformed-bearer', 'unexpanded-env-var']);
    assert.deepEqual([...(d.file as Set<string>)], ['hardcoded-root-key']);
  });

  // Finding each finding's line by rescanning the text was quadratic: minutes on a 2 MB file.
  it('keeps the right findings in a big file with many findings and a directive', function () {
    // Correctness on a big input; speed is the benchmark's business (a wall-clock limit fails on a busy machine).
    this.timeout(120_000);
    const line = "curl -X POST https://api.unkey.com/v2/keys.createKey -d '{}'\n";
    const directive = '# unkey-lint-disable-next-line missing-authorization\n';
    const text = line + directive + line.repeat(32_000);
    const findings = lint(text, 'big.sh').findings;
    assert.equal(findings.length, 32_000, 'only the line after the directive is quiet');
    assert.equal(findings[0].range[0], 0);
    assert.equal(findings[1].range[0], line.length + directive.length + line.length);
  });
});

describe('applyEdits', () => {
  it('applies sorted, non-overlapping edits and skips overlaps', () => {
    const { output, applied } = applyEdits('abcdef', [
      { range: [4, 5], text: 'E' },
      { range: [0, 1], text: 'A' },
      { range: [0, 2], text: 'XX' },
    ]);
    assert.equal(output, 'AbcdEf');
    assert.equal(applied.length, 2);
  });
  it('keeps one insertion per point per pass', () => {
    assert.equal(applyEdits('ab', [{ range: [1, 1], text: 'x' }, { range: [1, 1], text: 'y' }]).output, 'axb');
  });
  it('ignores edits outside the text', () => {
    assert.equal(applyEdits('ab', [{ range: [1, 9], text: 'x' }]).output, 'ab');
  });
});

describe('values', () => {
  it('maps flattened positions back to the source through text and opaque parts', () => {
    // source: "Bearer " + key   (offsets: the literal's text starts at 1, `key` spans 12..15)
    const value = concatValues([0, 15], valueOf([0, 9], [sourceText('Bearer ', 1)]), valueOf([12, 15], [opaquePart([12, 15], 'key')]));
    assert.equal(flatten(value), 'Bearer \u0000');
    assert.equal(knownText(value), undefined);
    assert.deepEqual(sourceRangeOf(value, 0, 6), [1, 7]);
    assert.deepEqual(sourceRangeOf(value, 7, 8), [12, 15]);
  });
});

describe('maskKey', () => {
  it('shows the prefix and the last four characters only', () => {
    assert.equal(maskKey('unkey_3ZabcdefghijkmnopqrsWXYZ'), 'unkey_…WXYZ');
    assert.equal(maskKey('sk_live_abcdefghijkl1234'), 'sk_…1234');
    assert.equal(maskKey('short'), '…');
  });

  it('shows nothing of a value too short to keep at least 8 characters hidden', () => {
    // Prefix and last four would be the whole value (or nearly).
    assert.equal(maskKey('hunter2_pass'), '…');
    assert.equal(maskKey('unkey_abcd'), '…');
    assert.equal(maskKey('unkey_abcdefgWXYZ'), '…');
    assert.equal(maskKey('unkey_abcdefghWXYZ'), 'unkey_…WXYZ');
    assert.equal(maskKey('abcdefghWXYZ'), '…WXYZ');
  });
});

describe('applyFixes', () => {
  it("writes inserted line breaks in the text's dominant line ending, whatever the fix's own", () => {
    // Mostly CRLF, but the curl command's own lines end in LF: the extractor copies LF, the fixer writes CRLF.
    const text = 'set -e\r\necho one\r\necho two\r\ncurl -X POST https://api.unkey.com/v2/keys.createKey \\\n  -H "Content-Type: application/json"\n';
    const { output, remaining } = applyFixes(text, 'a.sh');
    assert.deepEqual(remaining, []);
    assert.equal(output, text.replace('application/json"\n', 'application/json" \\\r\n  -H "Authorization: Bearer $UNKEY_ROOT_KEY"\n'));
  });
});

describe('lint: the pre-parse filter', () => {
  it('does not parse a file with no Unkey host, endpoint path or key, even when it is broken', () => {
    const result = lint('const x = fetch("https://example.com/api", { headers: {\n', 'a.ts');
    assert.equal(result.parsed, false);
    assert.deepEqual(result.extraction, { sites: [], keys: [], errors: [] });
  });
  it('parses a file that mentions a configured host', () => {
    const result = lint('fetch("https://unkey.internal/v2/keys.createKey", { method: "POST" });\n', 'a.ts', { hosts: ['unkey.internal'] });
    assert.equal(result.parsed, true);
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['missing-authorization']);
  });
});
