// The v1-era sample app (test/fixtures/v1-app: fetch, axios, curl in a script, a README, a .http file
// and a workflow) through `unkey-lint --fix`: afterwards no request is on v1, every Unkey URL is a v2
// catalog entry, every request is a POST with a well-formed Bearer read from an env reference, and every
// visible body has only properties the v2 schema allows. The integration test sends the same migrated
// requests to the emulator, so keep the fixture's path.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/run';
import { ENDPOINTS } from '../../src/core/endpoints.generated';
import { detectLanguage, extract, lint, resolveOptions } from '../../src/core/lint';
import type { RequestSite } from '../../src/core/types';
import { classifyUrl } from '../../src/core/unkeyUrl';
import { flatten } from '../../src/core/value';
import { assertParses } from './ruleTester';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'v1-app');
const FILES = ['src/unkey.ts', 'src/admin.js', 'scripts/rotate.sh', 'README.md', 'api.http', '.github/workflows/smoke.yml'];
const GONE = new Set(['retired-endpoint', 'unknown-endpoint', 'wrong-method']);
const options = resolveOptions();

function unkeySites(file: string, text: string): Array<{ site: RequestSite; host: string | undefined; path: string }> {
  const language = detectLanguage(file, text);
  assert.ok(language, file);
  return extract(text, language, { options, language, fileName: file }).sites.flatMap((site) => {
    const target = classifyUrl(site.url, options.hosts);
    return target ? [{ site, host: target.host, path: target.path }] : [];
  });
}

describe('the v1-era sample app after unkey-lint --fix', () => {
  let dir: string;
  let report: Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
  const migrated = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

  before(async function () {
    this.timeout(60_000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-v1-app-'));
    fs.cpSync(FIXTURE, dir, { recursive: true });
    let stdout = '';
    await run(['--fix', '--format', 'json', '.'], { stdout: { write: (s: string) => (stdout += s), isTTY: false }, stderr: { write: () => true }, cwd: dir, env: {} });
    report = JSON.parse(stdout);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('started on v1: every request of every file gets retired-endpoint', () => {
    let requests = 0;
    for (const file of FILES) {
      const text = fs.readFileSync(path.join(FIXTURE, file), 'utf8');
      const sites = unkeySites(file, text);
      const retired = lint(text, file).findings.filter((f) => f.ruleId === 'retired-endpoint');
      assert.ok(sites.length > 0, `${file} has requests`);
      assert.equal(retired.length, sites.length, file);
      assert.ok(retired.every((f) => f.fix), `${file}: every migration is a fix, nothing left by hand`);
      requests += sites.length;
    }
    assert.equal(requests, 12);
  });

  it('leaves no retired-endpoint, unknown-endpoint or wrong-method finding', () => {
    const left = report.flatMap((f) => f.messages.filter((m) => GONE.has(m.ruleId)).map((m) => `${f.filePath}: ${m.ruleId}`));
    assert.deepEqual(left, []);
    for (const file of FILES) assert.deepEqual(lint(migrated(file), file).findings.filter((f) => GONE.has(f.ruleId)).map((f) => f.message), [], file);
  });

  it('changes every file, and each still parses', () => {
    for (const file of FILES) {
      assert.notEqual(migrated(file), fs.readFileSync(path.join(FIXTURE, file), 'utf8'), file);
      assertParses(migrated(file), file);
    }
  });

  it('sends every request to a v2 catalog endpoint on https://api.unkey.com with POST', () => {
    let requests = 0;
    for (const file of FILES) {
      for (const { site, host, path: urlPath } of unkeySites(file, migrated(file))) {
        requests++;
        const where = `${file}: ${flatten(site.url)}`;
        assert.equal(host, 'api.unkey.com', where);
        assert.match(flatten(site.url), /^https:\/\/api\.unkey\.com\/v2\/[a-zA-Z]+\.[a-zA-Z]+$/, where);
        const endpoint = ENDPOINTS.get(urlPath);
        assert.ok(endpoint && urlPath.startsWith('/v2/') && !endpoint.deprecated, `${where} is in the v2 catalog`);
        assert.equal(site.method, 'POST', where);
      }
    }
    assert.equal(requests, 12);
  });

  it('gives every request a well-formed Bearer read from an env reference', () => {
    for (const file of FILES) {
      for (const { site } of unkeySites(file, migrated(file))) {
        const auth = site.headers.filter((h) => h.name.trim().toLowerCase() === 'authorization');
        assert.equal(auth.length, 1, `${file}: one Authorization header`);
        const value = auth[0].value;
        assert.ok(value, file);
        assert.equal(flatten(value), 'Bearer \u0000', `${file}: "Bearer " and one run-time part`);
        const reference = value.parts.find((p) => p.kind === 'opaque');
        assert.equal(reference?.kind === 'opaque' && reference.envVar, 'UNKEY_ROOT_KEY', `${file}: the root key comes from the environment`);
      }
    }
  });

  it('leaves only properties the v2 schema allows in every visible body', () => {
    let bodies = 0;
    for (const file of FILES) {
      for (const { site, path: urlPath } of unkeySites(file, migrated(file))) {
        if (!site.body) continue;
        bodies++;
        const allowed = ENDPOINTS.get(urlPath)?.body?.properties ?? [];
        for (const property of site.body.properties) assert.ok(allowed.includes(property.name), `${file}: ${urlPath} allows "${property.name}"`);
        for (const required of ENDPOINTS.get(urlPath)?.body?.required ?? []) {
          assert.ok(site.body.properties.some((p) => p.name === required), `${file}: ${urlPath} gets its required "${required}"`);
        }
      }
    }
    assert.equal(bodies, 12, 'every request of the sample has a visible body');
  });

  it('still reads the just-migrated verify answer the v1 way: v1-response-shape says so', () => {
    const shape = report.flatMap((f) => f.messages.filter((m) => m.ruleId === 'v1-response-shape').map(() => path.basename(f.filePath)));
    assert.deepEqual(shape, ['unkey.ts']);
  });
});
