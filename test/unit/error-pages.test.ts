// Unkey's own error pages (a copy in test/fixtures/error-pages): for the curl rules, the linter must
// report exactly the requests the pages say trigger the error, and nothing on the corrected requests
// or on the other pages.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../../src/cli/run';
import { applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import type { RuleId } from '../../src/core/types';

const DIR = path.join(__dirname, '..', 'fixtures', 'error-pages');
const CURL_RULES: readonly RuleId[] = ['missing-authorization', 'malformed-bearer', 'unexpanded-env-var'];
const PAGES = fs.readdirSync(DIR).filter((f) => f.endsWith('.mdx')).sort();

function read(page: string): string {
  return fs.readFileSync(path.join(DIR, page), 'utf8');
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function curlFindings(page: string, text = read(page)) {
  return lint(text, page)
    .findings.filter((f) => CURL_RULES.includes(f.ruleId))
    .map((f) => ({ page, ruleId: f.ruleId, line: lineOf(text, f.range[0]), endLine: lineOf(text, f.range[1]) }));
}

describe('error pages (fixtures copied from the Unkey docs)', () => {
  it('has every page', () => {
    assert.deepEqual(PAGES, [
      'authentication-key_not_found.mdx',
      'authentication-malformed.mdx',
      'authentication-missing.mdx',
      'authentication-portal_session_not_found.mdx',
      'authentication-portal_token_missing.mdx',
      'authorization-forbidden.mdx',
      'authorization-insufficient_permissions.mdx',
      'authorization-key_disabled.mdx',
      'authorization-workspace_disabled.mdx',
    ]);
  });

  it('reads every curl request of every page', () => {
    const counts = Object.fromEntries(PAGES.map((page) => [page, lint(read(page), page).extraction.sites.filter((s) => s.tool === 'curl').length]));
    assert.deepEqual(counts, {
      'authentication-key_not_found.mdx': 2,
      'authentication-malformed.mdx': 2,
      'authentication-missing.mdx': 2,
      'authentication-portal_session_not_found.mdx': 1,
      'authentication-portal_token_missing.mdx': 1,
      'authorization-forbidden.mdx': 1,
      'authorization-insufficient_permissions.mdx': 2,
      'authorization-key_disabled.mdx': 2,
      'authorization-workspace_disabled.mdx': 1,
    });
  });

  it('reports exactly the first request of the missing and malformed pages', () => {
    const findings = PAGES.flatMap((page) => curlFindings(page));
    assert.deepEqual(findings, [
      // `-H "Authorization: unkey_YOUR_API_KEY"`, line 39 of the first request (lines 37-39).
      { page: 'authentication-malformed.mdx', ruleId: 'malformed-bearer', line: 39, endLine: 39 },
      // The first request (lines 30-31) has no Authorization header; reported on its first line.
      { page: 'authentication-missing.mdx', ruleId: 'missing-authorization', line: 30, endLine: 30 },
    ]);
  });

  it('reports every call to /v2/keys.listKeys, which does not exist (404 before any header is read)', () => {
    const findings = PAGES.flatMap((page) => lint(read(page), page).findings.filter((f) => f.ruleId === 'unknown-endpoint').map((f) => ({ page, message: f.message, fix: f.fix?.text })));
    assert.equal(findings.length, 9);
    for (const f of findings) {
      assert.match(f.message, /^Unkey will reject this request \(HTTP 404, plain text "404 page not found"\): \/v2\/keys\.listKeys is not an endpoint \(did you mean \/v2\/apis\.listKeys\?\)/);
      assert.equal(f.fix, '/v2/apis.listKeys');
    }
  });

  it('the CLI over the folder reports the same, for these rules', async () => {
    let stdout = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd: DIR, env: {} };
    const rules = ['--rule', 'hardcoded-root-key=off', '--rule', 'unknown-endpoint=off'];
    const code = await run(['.', '--format', 'json', ...rules], io);
    const reported = (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[]).flatMap((file) =>
      file.messages.map((m) => ({ page: path.basename(file.filePath), ruleId: m.ruleId, line: m.line })),
    );
    assert.deepEqual(reported, [
      { page: 'authentication-malformed.mdx', ruleId: 'malformed-bearer', line: 39 },
      { page: 'authentication-missing.mdx', ruleId: 'missing-authorization', line: 30 },
    ]);
    assert.equal(code, 1);
  });

  it('fixes those requests in place, and the fixed pages are clean', () => {
    for (const page of ['authentication-missing.mdx', 'authentication-malformed.mdx']) {
      const text = read(page);
      const { output } = applyFixes(text, page);
      assert.notEqual(output, text, page);
      assert.deepEqual(curlFindings(page, output), [], page);
      // Only the first request changed: everything before its block and after it is untouched.
      const before = text.indexOf('curl -X POST');
      const after = text.indexOf('```', before);
      assert.equal(output.slice(0, before), text.slice(0, before), page);
      // ...except that unknown-endpoint also corrects the pages' /v2/keys.listKeys, which does not exist.
      assert.equal(output.slice(output.length - (text.length - after)), text.slice(after).replaceAll('/v2/keys.listKeys', '/v2/apis.listKeys'), page);
      assert.match(output.slice(before, output.length - (text.length - after)), /Authorization: Bearer /, page);
    }
  });
});
