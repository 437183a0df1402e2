// What --fix will never do to a file, and what the CLI will never do to a terminal or a walk (issue #10):
// symlinks out of the tree, bytes that are not UTF-8, permissions, owners and hard links, a file edited
// during the run, stray temporary files, FIFOs, control characters in printed paths.
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import * as fc from 'fast-check';
import { decodeLossless, encodeLossless } from '../../src/cli/bytes';
import { printable } from '../../src/cli/printable';
import { readRegularFile, WriteRefused, writeFixed } from '../../src/cli/safeFile';
import { run } from '../../src/cli/run';

const ROOT = path.resolve(__dirname, '../..');
const CURL = 'curl -X POST https://api.unkey.com/v2/keys.createKey\n';
const CURL_FIXED = 'curl -X POST https://api.unkey.com/v2/keys.createKey -H "Authorization: Bearer $UNKEY_ROOT_KEY"\n';

const temps: string[] = [];
after(() => {
  for (const dir of temps) {
    execFileSync('chmod', ['-R', 'u+rwX', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function project(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-safety-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd, env: {} });
  return { code, stdout, stderr };
}

async function fixJson(argv: string[], cwd: string) {
  const outcome = await cli(['--fix', '--format', 'json', ...argv], cwd);
  const results = JSON.parse(outcome.stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
  const messages = (file: string) => results.find((r) => r.filePath === path.join(cwd, file))?.messages.map((m) => m.message) ?? [];
  return { ...outcome, messages };
}

const tempFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.unkey-lint.tmp'));

let bundle: string;
before(async function () {
  this.timeout(60_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-safety-bundle-'));
  temps.push(dir);
  fs.chmodSync(dir, 0o755);
  bundle = path.join(dir, 'cli.js');
  await esbuild.build({ entryPoints: [path.join(ROOT, 'src/cli/main.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent' });
  fs.chmodSync(bundle, 0o755);
});

describe('--fix writes only inside the linted paths', () => {
  it('reports and leaves alone a symlinked file whose target is outside', async () => {
    const dir = project({ 'outside/secret.sh': CURL, 'links/inside.sh': CURL, 'links/real.sh': CURL });
    fs.symlinkSync('../outside/secret.sh', path.join(dir, 'links/out.sh'));
    fs.symlinkSync('real.sh', path.join(dir, 'links/in.sh'));
    const { messages } = await fixJson(['links'], dir);
    assert.equal(fs.readFileSync(path.join(dir, 'outside/secret.sh'), 'utf8'), CURL, 'the file outside is untouched');
    assert.equal(messages('links/out.sh')[0], 'Fixes not written: it is a symbolic link to a file outside the linted paths.');
    assert.equal(fs.readFileSync(path.join(dir, 'links/inside.sh'), 'utf8'), CURL_FIXED);
    // A link whose target is inside the tree is written through, and stays a link.
    assert.equal(fs.readFileSync(path.join(dir, 'links/real.sh'), 'utf8'), CURL_FIXED);
    assert.ok(fs.lstatSync(path.join(dir, 'links/in.sh')).isSymbolicLink());
  });

  it('a symlinked file named on the command line is written only if its target is in that folder', async () => {
    const dir = project({ 'outside/secret.sh': CURL, 'here/x.sh': '' });
    fs.symlinkSync('../outside/secret.sh', path.join(dir, 'here/out.sh'));
    const { messages } = await fixJson(['here/out.sh'], dir);
    assert.equal(fs.readFileSync(path.join(dir, 'outside/secret.sh'), 'utf8'), CURL);
    assert.match(messages('here/out.sh')[0], /^Fixes not written: it is a symbolic link/);
  });
});

describe('--fix keeps every byte it does not edit', () => {
  it('invalid UTF-8, Latin-1 and WTF-8 outside the edit survive exactly', async () => {
    const cases: Record<string, Buffer> = {
      'latin1.sh': Buffer.concat([Buffer.from('# caf'), Buffer.of(0xe9), Buffer.from('\n'), Buffer.from(CURL)]),
      // A lone surrogate as WTF-8, an overlong NUL, a truncated sequence, and a lone continuation byte.
      'wtf8.sh': Buffer.concat([Buffer.from('# '), Buffer.of(0xed, 0xa0, 0x80, 0xc0, 0x80, 0xe2, 0x82, 0x20, 0x80), Buffer.from('\n'), Buffer.from(CURL), Buffer.of(0xff, 0x0a)]),
      'same-line.sh': Buffer.concat([Buffer.from(CURL.trimEnd()), Buffer.from(' # '), Buffer.of(0xe9, 0xe8), Buffer.from('\n')]),
    };
    const dir = project(cases);
    await cli(['--fix', '.'], dir);
    assert.deepEqual(fs.readFileSync(path.join(dir, 'latin1.sh')), Buffer.concat([Buffer.from('# caf'), Buffer.of(0xe9), Buffer.from('\n'), Buffer.from(CURL_FIXED)]));
    assert.deepEqual(
      fs.readFileSync(path.join(dir, 'wtf8.sh')),
      Buffer.concat([Buffer.from('# '), Buffer.of(0xed, 0xa0, 0x80, 0xc0, 0x80, 0xe2, 0x82, 0x20, 0x80), Buffer.from('\n'), Buffer.from(CURL_FIXED), Buffer.of(0xff, 0x0a)]),
    );
    const sameLine = fs.readFileSync(path.join(dir, 'same-line.sh'));
    assert.ok(sameLine.includes(Buffer.of(0xe9, 0xe8, 0x0a)), 'the bytes after the edit on the same line');
    assert.ok(sameLine.includes('Authorization: Bearer $UNKEY_ROOT_KEY'));
  });

  it('decoding then encoding gives back any bytes; valid UTF-8 decodes as usual', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        assert.deepEqual(encodeLossless(decodeLossless(buffer)), buffer);
      }),
      { numRuns: 2000, seed: 10 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 32 }), (text) => {
        assert.equal(decodeLossless(Buffer.from(text, 'utf8')), text);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('--fix respects permissions, owners and links', () => {
  it('skips and reports a read-only file', async () => {
    const dir = project({ 'ro.sh': CURL });
    fs.chmodSync(path.join(dir, 'ro.sh'), 0o444);
    const { messages } = await fixJson(['.'], dir);
    assert.equal(fs.readFileSync(path.join(dir, 'ro.sh'), 'utf8'), CURL);
    assert.equal(messages('ro.sh')[0], 'Fixes not written: it is read-only.');
    assert.equal(fs.statSync(path.join(dir, 'ro.sh')).mode & 0o777, 0o444);
  });

  it('writes a hard-linked file in place, so every link sees the fix', async () => {
    const dir = project({ 'tree/a.sh': CURL });
    fs.linkSync(path.join(dir, 'tree/a.sh'), path.join(dir, 'twin.sh'));
    const inode = fs.statSync(path.join(dir, 'tree/a.sh')).ino;
    await cli(['--fix', 'tree'], dir);
    assert.equal(fs.statSync(path.join(dir, 'tree/a.sh')).ino, inode);
    assert.equal(fs.readFileSync(path.join(dir, 'twin.sh'), 'utf8'), CURL_FIXED);
    assert.deepEqual(tempFiles(dir), []);
  });

  it('keeps owner, group and mode of a file it rewrites (as root: another user\'s file stays theirs)', async function () {
    const dir = project({ 'theirs.sh': CURL });
    const file = path.join(dir, 'theirs.sh');
    fs.chmodSync(file, 0o640);
    const isRoot = process.getuid?.() === 0;
    if (isRoot) fs.chownSync(file, 65534, 65534);
    const before = fs.statSync(file);
    await cli(['--fix', '.'], dir);
    const after = fs.statSync(file);
    assert.equal(fs.readFileSync(file, 'utf8'), CURL_FIXED);
    assert.deepEqual([after.uid, after.gid, after.mode & 0o7777], [before.uid, before.gid, 0o640]);
  });

  it('as an unprivileged user, a root-owned file in a folder it cannot write is reported, not replaced', function () {
    if (process.getuid?.() !== 0) {
      // Not root: the current user plays the unprivileged one, with a file it may not write.
      const dir = project({ 'locked/a.sh': CURL });
      fs.chmodSync(path.join(dir, 'locked/a.sh'), 0o444);
      fs.chmodSync(path.join(dir, 'locked'), 0o555);
      const { stdout } = spawnSync(process.execPath, [bundle, '--fix', '--format', 'json', 'locked'], { cwd: dir, encoding: 'utf8' });
      assert.match(stdout, /Fixes not written/);
      assert.equal(fs.readFileSync(path.join(dir, 'locked/a.sh'), 'utf8'), CURL);
      return;
    }
    const dir = project({ 'locked/a.sh': CURL });
    for (const p of [dir, path.join(dir, 'locked')]) fs.chmodSync(p, 0o755);
    fs.chmodSync(path.join(dir, 'locked/a.sh'), 0o644);
    const { stdout, status } = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bundle, '--fix', '--format', 'json', 'locked'], { cwd: dir, encoding: 'utf8' });
    assert.equal(status, 1, 'the finding is still there');
    const [result] = JSON.parse(stdout) as { messages: { message: string }[] }[];
    assert.equal(result.messages[0].message, 'Fixes not written: you cannot write it (EACCES).');
    assert.equal(fs.readFileSync(path.join(dir, 'locked/a.sh'), 'utf8'), CURL);
    assert.equal(fs.statSync(path.join(dir, 'locked/a.sh')).uid, 0);
  });
});

describe('--fix never loses an edit made while it ran', () => {
  it('refuses to write over a file that changed since it was read', () => {
    const dir = project({ 'a.sh': CURL });
    const file = path.join(dir, 'a.sh');
    const { snapshot } = readRegularFile(file);
    fs.appendFileSync(file, 'echo added meanwhile\n');
    assert.throws(() => writeFixed(file, snapshot, Buffer.from(CURL_FIXED), [dir]), (e: unknown) => e instanceof WriteRefused && /changed on disk/.test(e.message));
    assert.equal(fs.readFileSync(file, 'utf8'), `${CURL}echo added meanwhile\n`);
    // Same size and a restored mtime: the bytes still tell.
    const again = readRegularFile(file).snapshot;
    const stat = fs.statSync(file);
    fs.writeFileSync(file, `${CURL}echo ADDED meanwhile\n`);
    fs.utimesSync(file, stat.atime, stat.mtime);
    assert.throws(() => writeFixed(file, again, Buffer.from(CURL_FIXED), [dir]), WriteRefused);
    assert.deepEqual(tempFiles(dir), []);
  });
});

describe('--fix leaves no temporary file', () => {
  it('removes stale temporary files of ours that a killed run left, and only those', async () => {
    const dir = project({ 'a.sh': CURL, '.a.sh.99999999.k2j4h5.unkey-lint.tmp': '', '.a.sh.tmp': 'not ours', 'sub/.b.sh.99999998.zz.unkey-lint.tmp': 'half', 'sub/b.sh': CURL });
    await cli(['--fix', '.'], dir);
    assert.deepEqual(tempFiles(dir), []);
    assert.ok(fs.existsSync(path.join(dir, '.a.sh.tmp')));
    assert.equal(fs.readFileSync(path.join(dir, 'a.sh'), 'utf8'), CURL_FIXED);
  });

  it('on SIGINT stops between files, exits 130 and leaves no temporary or half-written file', async function () {
    this.timeout(60_000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) files[`d${i % 10}/f${i}.sh`] = CURL.repeat(20);
    const dir = project(files);
    const child = spawn(process.execPath, [bundle, '--fix', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    // Interrupt once the run is well under way (some files are fixed).
    const started = Date.now();
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const fixed = fs.readFileSync(path.join(dir, 'd0/f0.sh'), 'utf8') !== CURL.repeat(20);
        if (fixed || Date.now() - started > 20_000) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 130, stderr);
    assert.match(stderr, /interrupted/);
    assert.deepEqual(tempFiles(dir), []);
    let fixedCount = 0;
    for (const name of Object.keys(files)) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      if (text === CURL_FIXED.repeat(20)) fixedCount++;
      else assert.equal(text, CURL.repeat(20), `${name} is either untouched or fully fixed`);
    }
    assert.ok(fixedCount > 0 && fixedCount < 1500, `${fixedCount} fixed before the interrupt`);
  });
});

describe('the walk never blocks', () => {
  it('skips a symlink to a FIFO (and a FIFO) instead of opening it', () => {
    const dir = project({ 't/a.sh': CURL });
    execFileSync('mkfifo', [path.join(dir, 't/p')]);
    fs.symlinkSync('p', path.join(dir, 't/run'));
    fs.symlinkSync('p', path.join(dir, 't/run.sh'));
    const walked = spawnSync(process.execPath, [bundle, '--format', 'json', 't'], { cwd: dir, encoding: 'utf8', timeout: 15_000 });
    assert.equal(walked.error, undefined, 'no hang');
    assert.equal(walked.status, 1);
    assert.deepEqual((JSON.parse(walked.stdout) as { filePath: string }[]).map((r) => path.basename(r.filePath)), ['a.sh']);
    const named = spawnSync(process.execPath, [bundle, '--format', 'json', 't/run'], { cwd: dir, encoding: 'utf8', timeout: 15_000 });
    assert.equal(named.error, undefined, 'no hang');
    assert.equal((JSON.parse(named.stdout) as { messages: { message: string }[] }[])[0].messages[0].message, 'File skipped: it is not a regular file.');
  });
});

describe('printed paths cannot steer the terminal', () => {
  it('escapes control characters in file names and messages in stylish and on stderr', async () => {
    const evil = 'a\nb\u001b[31mc\u202e.sh';
    const dir = project({ [evil]: CURL, [`big\u001b]0;x\u0007.sh`]: `# ${'x'.repeat(2048)}\n${CURL}` });
    const { stdout, stderr } = await cli(['--verbose', '--max-file-size', '1K', '.'], dir);
    assert.ok(stdout.includes(`${path.join(dir, 'a\\x0ab\\x1b[31mc\\u202e.sh')}\n`), stdout);
    assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    assert.doesNotMatch(stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    assert.match(stderr, /big\\x1b\]0;x\\x07\.sh: File skipped/);
    assert.equal(printable('tab\there'), 'tab\\x09here');
  });
});
