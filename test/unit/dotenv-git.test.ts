// Keys in .env files against a real git repository in a temp folder: git decides whether a key there
// is a problem, and the "move the key into .env" suggestion writes .env and .gitignore on disk.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintTarget } from '../../src/cli/lintFile';
import { planFileEdits } from '../../src/core/fileEdits';
import { gitFacts, nodeFileHost, writePlannedFiles } from '../../src/core/gitHost';
import { lint } from '../../src/core/lint';

const repos: string[] = [];
// Built at run time: no key-shaped literal in the sources.
const KEY = ['unkey', '3ZkQm8vRt2WcY6hNpLx4aBsEfG'].join('_');
const OTHER = ['unkey', '3ZpW7nKc5RtYh2GvLq9XmDsAbE'].join('_');

function repo(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-git-')));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  repos.push(dir);
  return dir;
}
const commit = (dir: string, ...files: string[]) => {
  execFileSync('git', ['add', '-f', ...files], { cwd: dir, stdio: 'ignore' });
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'x'], { cwd: dir, stdio: 'ignore' });
};

after(() => {
  for (const dir of repos) fs.rmSync(dir, { recursive: true, force: true });
});

describe('.env files and git', () => {
  const line = `UNKEY_ROOT_KEY=${KEY}\n`;

  it('git facts: ignored, tracked, neither, and no repository', () => {
    const dir = repo({ '.gitignore': '.env\n', '.env': line, '.env.production': line, '.env.local': line });
    commit(dir, '.env.production');
    assert.deepEqual(gitFacts(path.join(dir, '.env')), { git: 'ignored' });
    assert.deepEqual(gitFacts(path.join(dir, '.env.production')), { git: 'tracked' });
    assert.deepEqual(gitFacts(path.join(dir, '.env.local')), { git: 'untracked' });
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-nogit-'));
    repos.push(outside);
    fs.writeFileSync(path.join(outside, '.env'), line);
    assert.deepEqual(gitFacts(path.join(outside, '.env')), {});
  });

  it('the CLI: no finding for an ignored .env, an error for a tracked or unignored one; the key is never printed', () => {
    const dir = repo({ '.gitignore': '.env\n', '.env': line, '.env.production': line, '.env.local': line });
    commit(dir, '.env.production');
    const check = (name: string) => lintTarget({ file: path.join(dir, name), explicit: true }, { lint: {}, fix: 'off', quiet: false });
    assert.deepEqual(check('.env').problems, []);
    const tracked = check('.env.production');
    assert.equal(tracked.errorCount, 1);
    assert.match(tracked.problems[0].message, /^Root key unkey_…sEfG is committed: git tracks \.env\.production/);
    assert.equal(tracked.problems[0].suggestions?.[0].desc, 'Add .env.production to .gitignore');
    const local = check('.env.local');
    assert.equal(local.errorCount, 1);
    assert.match(local.problems[0].message, /which git does not ignore/);
    assert.ok(!JSON.stringify([tracked, local]).includes(KEY));
  });

  it('a level the user set wins over the raised one', () => {
    const findings = lint(line, '.env', { rules: { 'hardcoded-root-key': 'info' } }, undefined, { git: 'tracked' }).findings;
    assert.deepEqual(findings.map((f) => f.severity), ['info']);
    assert.deepEqual(lint(line, '.env', {}, undefined, { git: 'tracked' }).findings.map((f) => f.severity), ['error']);
  });

  describe('moving a key from code into .env', () => {
    const code = `export const unkey = new Unkey({ rootKey: "${KEY}" });\n`;
    const move = (dir: string) => {
      const file = path.join(dir, 'src', 'app.ts');
      const finding = lint(fs.readFileSync(file, 'utf8'), file).findings.find((f) => f.ruleId === 'hardcoded-root-key')!;
      const suggestion = finding.suggestions!.find((s) => s.files)!;
      return planFileEdits(file, suggestion.files!, nodeFileHost());
    };

    it('creates .env beside package.json and makes git ignore it', () => {
      const dir = repo({ 'package.json': '{}\n', 'src/app.ts': code });
      const plan = move(dir);
      assert.ok(plan.ok);
      writePlannedFiles(plan.writes);
      assert.equal(fs.readFileSync(path.join(dir, '.env'), 'utf8'), `UNKEY_ROOT_KEY=${KEY}\n`);
      assert.equal(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), '.env\n');
      assert.deepEqual(gitFacts(path.join(dir, '.env')), { git: 'ignored' });
      assert.deepEqual(plan.writes.map((w) => [path.relative(dir, w.file), w.created]).sort(), [['.env', true], ['.gitignore', true]]);
    });

    it('appends to the nearest existing .env, keeping its lines; an ignored .env leaves .gitignore alone', () => {
      const dir = repo({ '.gitignore': 'node_modules\n.env\n', '.env': 'OTHER=1', 'package.json': '{}\n', 'src/app.ts': code });
      const plan = move(dir);
      assert.ok(plan.ok);
      writePlannedFiles(plan.writes);
      assert.equal(fs.readFileSync(path.join(dir, '.env'), 'utf8'), `OTHER=1\nUNKEY_ROOT_KEY=${KEY}\n`);
      assert.equal(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), 'node_modules\n.env\n');
    });

    it('the same value already there: nothing to write but the ignore rule', () => {
      const dir = repo({ '.env': `UNKEY_ROOT_KEY="${KEY}"\n`, 'src/app.ts': code });
      const plan = move(dir);
      assert.ok(plan.ok);
      assert.deepEqual(plan.writes.map((w) => path.relative(dir, w.file)), ['.gitignore']);
    });

    it('a different value already there is kept: the plan fails and nothing is written', () => {
      const dir = repo({ '.env': `UNKEY_ROOT_KEY=${OTHER}\n`, 'src/app.ts': code });
      const plan = move(dir);
      assert.equal(plan.ok, false);
      assert.match((plan as { reason: string }).reason, /already sets UNKEY_ROOT_KEY to another value/);
      assert.ok(!(plan as { reason: string }).reason.includes(OTHER));
      assert.equal(fs.readFileSync(path.join(dir, '.env'), 'utf8'), `UNKEY_ROOT_KEY=${OTHER}\n`);
      assert.ok(!fs.existsSync(path.join(dir, '.gitignore')));
    });
  });
});
