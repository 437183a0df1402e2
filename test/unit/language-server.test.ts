// The language server end to end with a real LSP client that is not VS Code: headless Neovim (Debian's
// 0.7.2; `npm test` installs it) runs test/fixtures/lsp/init.lua, which starts the bundled server over
// stdio, opens a fixture, waits for diagnostics, asks for hover and code actions, applies the preferred
// fix and then source.fixAll.unkeyLint. The Lua side writes what it saw; this side asserts it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/lsp');

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  message: string;
  source: string;
  code: string;
}

interface Report {
  error?: string;
  filetype: string;
  diagnostics: LspDiagnostic[];
  hover?: string;
  actions: string[];
  after_fix: string;
  diagnostics_after_fix: LspDiagnostic[];
  fix_all: string[];
  after_fix_all: string;
}

describe('language server in headless Neovim', function () {
  this.timeout(120_000);
  let dir: string;
  let server: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lsp-'));
    server = path.join(dir, 'language-server.js');
    const builds = (await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href)).builds as esbuild.BuildOptions[];
    const config = builds.find((b) => b.outfile === 'dist/language-server.js');
    assert.ok(config, 'esbuild.mjs builds dist/language-server.js');
    await esbuild.build({ ...config, absWorkingDir: ROOT, outfile: server, minify: false, sourcemap: false, logLevel: 'silent' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function runNeovim(): Report {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, 'Neovim is not installed: `apt-get install neovim` (npm test installs it)');
    const fixture = path.join(dir, 'calls.ts');
    fs.copyFileSync(path.join(FIXTURES, 'calls.ts'), fixture);
    const out = path.join(dir, 'report.json');
    const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(FIXTURES, 'init.lua')], {
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...process.env, UNKEY_LS: server, UNKEY_FIXTURE: fixture, UNKEY_OUT: out, XDG_STATE_HOME: path.join(dir, 'state'), XDG_CACHE_HOME: path.join(dir, 'cache') },
    });
    assert.ok(fs.existsSync(out), `Neovim wrote no report (status ${run.status}): ${run.stderr}`);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
    assert.equal(report.error, undefined, report.error);
    return report;
  }

  it('publishes diagnostics, answers hover, applies a quick fix and fix-all, with settings pulled from the client', () => {
    const report = runNeovim();
    assert.equal(report.filetype, 'typescript');
    assert.deepEqual(report.diagnostics.map((d) => [d.code, d.source, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]), [
      ['missing-authorization', 'unkey-lint', 1, 3, 9, 3, 56],
      // A warning (2) because the client's unkeyLint.rules setting says so, read with workspace/configuration.
      ['malformed-bearer', 'unkey-lint', 2, 7, 99, 7, 114],
    ]);
    assert.match(report.diagnostics[0].message, /POST \/v2\/keys\.createKey needs an "Authorization: Bearer <root key>" header/);
    assert.match(report.hover ?? '', /^\*\*Unkey Lint\*\* · `POST \/v2\/keys\.createKey` on `api\.unkey\.com` needs a root key/);
    assert.deepEqual(report.actions, [
      'Fix this missing-authorization problem',
      'Fix all unkey-lint problems',
      'Disable missing-authorization for this line',
      'Disable missing-authorization for this file',
    ]);

    const original = fs.readFileSync(path.join(FIXTURES, 'calls.ts'), 'utf8');
    // The fix reads the key from unkeyLint.envVarName (MY_KEY), also a pulled setting.
    const fixed = original.replace('body: "{}" });', 'body: "{}", headers: { Authorization: `Bearer ${process.env.MY_KEY}` } });');
    assert.notEqual(fixed, original);
    assert.equal(report.after_fix, fixed);
    assert.deepEqual(report.diagnostics_after_fix.map((d) => d.code), ['malformed-bearer']);
    assert.deepEqual(report.fix_all, ['Fix all unkey-lint problems']);
    assert.equal(report.after_fix_all, fixed.replace('"bearer " + key', '"Bearer " + key'));
  });
});
