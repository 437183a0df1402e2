// The CLI's worker pool: the same report as linting on the main thread, in the same order; files with
// no Unkey text are never sent to a worker; skips and --fix-dry-run work from workers too (--fix writes
// one file at a time on the main thread, so Ctrl-C can stop between files).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectTargets } from '../../src/cli/files';
import { lintTargets, POOL_MIN_FILES, workerCount } from '../../src/cli/pool';
import { run } from '../../src/cli/run';

const MISSING = 'await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", body: "{}" });\n';
const MALFORMED = 'await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer " + key } });\n';
const PLAIN = 'export const answer = 42;\nexport function add(a: number, b: number) { return a + b; }\n';

let dir: string;

async function cli(argv: string[], env: Record<string, string>, cwd = dir) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env });
  return { code, stdout, stderr };
}

describe('cli: worker pool', function () {
  // Workers run from source load the TypeScript through tsx: slow on a busy machine.
  this.timeout(90_000);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-pool-'));
    const write = (name: string, content: string | Buffer) => {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    };
    for (let i = 0; i < 30; i++) {
      write(`src/calls/c${String(i).padStart(2, '0')}.ts`, `const key = process.env.K;\n${'// pad\n'.repeat(i)}${i % 2 ? MISSING : MALFORMED}`);
      write(`src/plain/p${i}.ts`, PLAIN);
    }
    write('docs/setup.md', '# Setup\n\n```sh\ncurl -X POST https://api.unkey.com/v2/keys.createKey -d "{}"\n```\n');
    // Notices come from the per-file function, wherever it runs.
    write('src/calls/binary.ts', Buffer.concat([Buffer.from([0x2f, 0x2f, 0x00]), Buffer.from(' https://api.unkey.com/v2/keys.getKey')]));
    write('src/calls/huge.ts', `// https://api.unkey.com/v2/keys.getKey\n${'x'.repeat(300 * 1024)}\n`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports exactly what the main thread reports, sorted by path', async () => {
    const argv = ['--format', 'json', '--max-file-size', '200K', '--verbose', '.'];
    const serial = await cli(argv, { UNKEY_LINT_WORKERS: '0' });
    const pooled = await cli(argv, { UNKEY_LINT_WORKERS: '2' });
    assert.deepEqual(pooled, serial);
    assert.equal(pooled.code, 1);
    const files = JSON.parse(pooled.stdout) as Array<{ filePath: string; errorCount: number }>;
    const paths = files.map((f) => f.filePath);
    assert.deepEqual(paths, [...paths].sort());
    assert.equal(files.filter((f) => f.errorCount === 1).length, 31);
    // Skipped while walking: not in the report, listed on stderr.
    assert.ok(!paths.some((p) => p.endsWith('binary.ts') || p.endsWith('huge.ts')));
    assert.match(pooled.stderr, /binary\.ts: File skipped: it holds binary data/);
    assert.match(pooled.stderr, /huge\.ts: File skipped: it is larger than/);
  });

  it('sends only files with Unkey text to the workers', async () => {
    const { targets } = collectTargets(['.'], dir);
    const stats = { sentToWorkers: 0 };
    const results = await lintTargets(targets, { lint: {}, fix: 'off', quiet: false }, { UNKEY_LINT_WORKERS: '2' }, stats);
    assert.equal(results.length, targets.length);
    // 30 calls, the Markdown file and the two files with notices go the long way; the 30 plain files do not.
    assert.equal(stats.sentToWorkers, 33);
  });

  it('lints on the main thread too once the walk is done, each file once', async () => {
    const { targets } = collectTargets(['.'], dir);
    const options = { lint: {}, fix: 'off' as const, quiet: false };
    const serial = await lintTargets(targets, options, { UNKEY_LINT_WORKERS: '0' });
    const stats = { sentToWorkers: 0, lintedOnMain: 0 };
    const pooled = await lintTargets(targets, options, { UNKEY_LINT_WORKERS: '1' }, stats);
    assert.deepEqual(pooled, serial);
    // A worker run from source takes seconds to start: the main thread has taken jobs from the back of its queue by then.
    assert.equal(stats.sentToWorkers, 33);
    assert.ok(stats.lintedOnMain > 0 && stats.lintedOnMain <= 33, `${stats.lintedOnMain} linted on the main thread`);
  });

  it('ends its workers when the main thread fails while they work, so the process exits', () => {
    // The main thread's first claim of a job throws: a stand-in for a bug on its side of the pool.
    const preload = path.join(dir, 'fail-on-main.cjs');
    fs.writeFileSync(preload, `if (require('node:worker_threads').isMainThread) {
      const compareExchange = Atomics.compareExchange;
      Atomics.compareExchange = (array, index, expected, value) => {
        if (value === 2) throw new Error('main thread failure');
        return compareExchange(array, index, expected, value);
      };
    }`);
    const script = `require(${JSON.stringify(path.join(__dirname, '../../src/cli/run.ts'))})
      .run(['--format', 'json', 'src/calls'], { stdout: { write() {} }, stderr: process.stderr, cwd: process.argv[1], env: { UNKEY_LINT_WORKERS: '1' } })
      .then((code) => { process.exitCode = code; });`;
    try {
      const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '--require', preload, '-e', script, dir], { encoding: 'utf8', timeout: 45_000 });
      assert.equal(child.signal, null, 'the process did not exit by itself');
      assert.equal(child.status, 2, child.stderr);
      assert.match(child.stderr, /^unkey-lint: main thread failure$/m);
    } finally {
      fs.rmSync(preload);
    }
  });

  it('computes --fix-dry-run in the workers as on the main thread', async () => {
    const argv = ['--fix-dry-run', '--format', 'json', 'src/calls'];
    const serial = await cli(argv, { UNKEY_LINT_WORKERS: '0' });
    const pooled = await cli(argv, { UNKEY_LINT_WORKERS: '2' });
    assert.deepEqual(pooled, serial);
    // Each of the 30 findings has a fix, so nothing is left once they are applied.
    const errors = (stdout: string) => (JSON.parse(stdout) as Array<{ errorCount: number }>).reduce((n, r) => n + r.errorCount, 0);
    assert.equal(errors((await cli(['--format', 'json', 'src/calls'], { UNKEY_LINT_WORKERS: '2' })).stdout), 30);
    assert.equal(errors(pooled.stdout), 0);
  });

  it('starts workers only when enough files need parsing', () => {
    assert.equal(workerCount(POOL_MIN_FILES - 1, {}), 0);
    assert.equal(workerCount(1000, { UNKEY_LINT_WORKERS: '0' }), 0);
    assert.equal(workerCount(1, { UNKEY_LINT_WORKERS: '3' }), 1);
    assert.equal(workerCount(5, { UNKEY_LINT_WORKERS: '3' }), 3);
    const cores = os.availableParallelism();
    // One core is the main thread's: it walks, then lints what the workers have not started.
    assert.equal(workerCount(POOL_MIN_FILES, {}), cores < 2 ? 0 : Math.min(cores - 1, 4));
  });
});
