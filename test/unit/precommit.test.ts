// .pre-commit-hooks.yaml with Debian's pre-commit (`npm test` installs it) in a temporary git repository:
// a commit with a bad call is refused with the finding, a good one passes. Offline, the hook runs as a
// `repo: local` hook built from our .pre-commit-hooks.yaml entry with `language: system` and the bundled
// CLI on PATH as `unkey-lint`, which is what `language: node` arranges after `npm install -g` of the
// package (that install step needs the registry, so it is not exercised here).
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { EXTENSIONS } from '../../src/core/lint';

const ROOT = path.resolve(__dirname, '../..');
const HOOKS = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');

function filesPattern(): RegExp {
  const match = /^\s*files:\s*(.+)$/m.exec(HOOKS);
  assert.ok(match, 'the hook has a files pattern');
  // Python's inline (?i) is a flag in JavaScript; pre-commit matches with re.search, so no anchors are implied.
  return new RegExp(match[1].trim().replace(/^\(\?i\)/, ''), 'i');
}

describe('.pre-commit-hooks.yaml', function () {
  this.timeout(120_000);

  it('declares the unkey-lint hook for node, and its files pattern covers every extension the engine reads', () => {
    assert.match(HOOKS, /^- id: unkey-lint$/m);
    assert.match(HOOKS, /^\s+language: node$/m);
    assert.match(HOOKS, /^\s+entry: unkey-lint$/m);
    const files = filesPattern();
    for (const ext of Object.keys(EXTENSIONS)) assert.ok(files.test(`src/app${ext}`), `files misses ${ext}`);
    for (const name of ['Dockerfile', 'docker/Dockerfile.prod', 'Containerfile', 'build/app.dockerfile', 'SRC/CALLS.TS']) assert.ok(files.test(name), name);
    for (const name of ['notes.txt', 'package.json', 'src/app.tsbuildinfo', 'my-dockerfile-notes.txt', 'image.png']) assert.ok(!files.test(name), name);
  });

  describe('in a git repository with Debian pre-commit', () => {
    let dir: string;
    let repo: string;
    let env: NodeJS.ProcessEnv;
    const git = (...args: string[]): SpawnSyncReturns<string> => spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });

    before(async function () {
      const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
      assert.equal(version.status, 0, 'pre-commit is not installed: `apt-get install pre-commit` (npm test installs it)');
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-precommit-'));
      const bin = path.join(dir, 'bin');
      const builds = (await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href)).builds as esbuild.BuildOptions[];
      const cli = builds.find((b) => b.outfile === 'dist/cli.js')!;
      await esbuild.build({ ...cli, absWorkingDir: ROOT, outfile: path.join(bin, 'cli.js'), minify: false, sourcemap: false, logLevel: 'silent' });
      fs.writeFileSync(path.join(bin, 'unkey-lint'), `#!/bin/sh\nexec node "${path.join(bin, 'cli.js')}" "$@"\n`, { mode: 0o755 });
      repo = path.join(dir, 'repo');
      fs.mkdirSync(repo);
      env = {
        PATH: `${bin}${path.delimiter}${process.env.PATH}`,
        HOME: dir,
        PRE_COMMIT_HOME: path.join(dir, 'cache'),
        GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_CONFIG_NOSYSTEM: '1',
      };
      assert.equal(git('init', '-q', '-b', 'main').status, 0);
      // Our hook entry as it stands, under a local repo; only the language differs (see the header).
      const hook = HOOKS.split('\n').filter((line) => line.trim() && !line.startsWith('#')).map((line) => `    ${line}`).join('\n').replace(/language: node/, 'language: system');
      fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: local\n    hooks:\n${hook}\n`);
      assert.equal(git('add', '.pre-commit-config.yaml').status, 0);
      assert.equal(git('commit', '-q', '-m', 'config').status, 0);
      const install = spawnSync('pre-commit', ['install'], { cwd: repo, env, encoding: 'utf8' });
      assert.equal(install.status, 0, install.stderr);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('refuses a commit with a bad call, showing the finding, and passes a good one', () => {
      fs.mkdirSync(path.join(repo, 'src'));
      fs.writeFileSync(path.join(repo, 'src/keys.ts'), 'export const create = () => fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });\n');
      fs.writeFileSync(path.join(repo, 'notes.txt'), 'curl -X POST https://api.unkey.com/v2/keys.createKey\n');
      assert.equal(git('add', '.').status, 0);
      const bad = git('commit', '-m', 'bad');
      assert.notEqual(bad.status, 0, 'the commit went through');
      const output = bad.stdout + bad.stderr;
      assert.match(output, /unkey-lint\.+Failed/);
      assert.match(output, /src\/keys\.ts\n\s+1:29\s+error\s+Unkey will reject this request .*POST \/v2\/keys\.createKey needs an "Authorization: Bearer <root key>" header\s+missing-authorization/);
      // A file type the hook does not read is not passed to it.
      assert.doesNotMatch(output, /notes\.txt/);
      assert.equal(git('rev-list', '--count', 'HEAD').stdout.trim(), '1');

      fs.writeFileSync(path.join(repo, 'src/keys.ts'), 'export const create = () => fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n');
      assert.equal(git('add', '.').status, 0);
      const good = git('commit', '-m', 'good');
      assert.equal(good.status, 0, good.stdout + good.stderr);
      assert.match(good.stdout + good.stderr, /unkey-lint\.+Passed/);
      assert.equal(git('rev-list', '--count', 'HEAD').stdout.trim(), '2');
    });
  });
});
