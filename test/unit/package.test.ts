// The package people install: `npm pack` (its prepack builds the production bundles) holds the CLI, the
// language server, the ESLint plugin, the tree-sitter grammars and the rule docs, nothing from tests or
// sources; installed from the tarball into an empty folder with an empty npm cache and --offline (so
// nothing can come from a registry), `npx unkey-lint` lints a fixture and the other entry points load.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RULES } from '../../src/core';

const ROOT = path.resolve(__dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

describe('npm package', function () {
  this.timeout(300_000);
  let dir: string;
  let pack: PackResult;
  let app: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-pack-'));
    env = { ...process.env, npm_config_cache: path.join(dir, 'empty-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
    const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
    pack = (JSON.parse(out.slice(out.indexOf('['))) as PackResult[])[0];
    app = path.join(dir, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
    const install = spawnSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', path.join(dir, pack.filename)], { cwd: app, encoding: 'utf8', env });
    assert.equal(install.status, 0, install.stderr);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds the bundles, grammars, rule docs, action and hook, and nothing from tests, sources or source maps', () => {
    const files = pack.files.map((f) => f.path).sort();
    for (const file of ['dist/cli.js', 'dist/language-server.js', 'dist/eslint-plugin.js', 'dist/tree-sitter/tree-sitter.wasm', 'action.yml', 'scripts/action/run.sh', '.pre-commit-hooks.yaml', 'README.md', 'LICENSE', 'package.json']) {
      assert.ok(files.includes(file), `missing ${file}`);
    }
    for (const rule of RULES) assert.ok(files.includes(`docs/rules/${rule.id}.md`), `missing docs/rules/${rule.id}.md`);
    const unexpected = files.filter((f) => !/^(dist\/(cli|language-server|eslint-plugin)\.js|dist\/tree-sitter\/[\w.-]+|docs\/rules\/[\w-]+\.md|action\.yml|scripts\/action\/run\.sh|\.pre-commit-hooks\.yaml|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(f));
    assert.deepEqual(unexpected, []);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.dependencies, undefined, 'everything is bundled: the package has no runtime dependencies');
  });

  it('README states the tarball size (within 15%)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const stated = /The tarball is about \*\*(\d+) kB\*\*/.exec(readme);
    assert.ok(stated, 'README: "The tarball is about **N kB**"');
    const kb = pack.size / 1000;
    assert.ok(Math.abs(kb - Number(stated[1])) / kb < 0.15, `README says ${stated[1]} kB, the tarball is ${kb.toFixed(0)} kB`);
  });

  it('installed offline from the tarball: npx unkey-lint lints a fixture (TypeScript and Python)', () => {
    fs.mkdirSync(path.join(app, 'src'));
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/cli/project/src/calls.ts'), path.join(app, 'src/calls.ts'));
    fs.writeFileSync(path.join(app, 'src/keys.py'), 'import requests\nrequests.post("https://api.unkey.com/v2/keys.createKey", json={})\n');
    const run = spawnSync(NPX, ['--offline', 'unkey-lint', '--format', 'json', 'src'], { cwd: app, encoding: 'utf8', env });
    assert.equal(run.status, 1, run.stderr);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    assert.deepEqual(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.line}:${m.ruleId}`)]), [
      ['calls.ts', ['4:missing-authorization', '8:malformed-bearer']],
      ['keys.py', ['2:missing-authorization']],
    ]);
  });

  it('installed: the language server bin and the ESLint plugin export load', () => {
    const server = spawnSync(path.join(app, 'node_modules/.bin/unkey-lint-language-server'), ['--version'], { encoding: 'utf8' });
    assert.equal(server.status, 0, server.stderr);
    assert.match(server.stdout, /^\d+\.\d+\.\d+\n$/);
    const esm = spawnSync(process.execPath, ['--input-type=module', '-e', 'import unkey from "unkey-lint/eslint-plugin"; console.log(Object.keys(unkey.rules).join(","))'], { cwd: app, encoding: 'utf8' });
    assert.equal(esm.status, 0, esm.stderr);
    // Rules for other languages only (a workflow's env: mappings) are not in the plugin.
    assert.equal(esm.stdout.trim(), RULES.filter((r) => !r.languages || r.languages.some((l) => l === 'javascript' || l === 'typescript')).map((r) => r.id).join(','));
  });
});
