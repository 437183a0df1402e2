// The `unkey-lint` command: argument handling, file walking, the three report formats, --fix on disk,
// exit codes. Most runs call run() in-process with captured output; a few run the bundled CLI as a
// child process to check what users get (shebang, streams, exit status).
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { positionsOf } from '../../src/cli/positions';
import { collectTargets, SKIPPED_FOLDERS } from '../../src/cli/files';
import { formatStylish, ANSI } from '../../src/cli/formatters/stylish';
import { formatJson, jsonChunks, toEslintResult } from '../../src/cli/formatters/json';
import { formatSarif, SARIF_SCHEMA } from '../../src/cli/formatters/sarif';
import { MAX_FILE_BYTES, type FileResult } from '../../src/cli/lintFile';
import { run } from '../../src/cli/run';
import { RULES, ruleDocsUrl } from '../../src/core';
import { version } from '../../package.json';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/cli');
const PROJECT = path.join(FIXTURES, 'project');
const BOM = '\uFEFF';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], options: { cwd?: string; isTTY?: boolean; env?: Record<string, string> } = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.isTTY ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: options.cwd ?? PROJECT,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

async function json(argv: string[], cwd?: string) {
  const outcome = await cli(['--format', 'json', ...argv], { cwd });
  // Only the --fix summary lines may go to stderr.
  assert.equal(outcome.stderr.replace(/^unkey-lint: (?:fixed|would fix) \d+ problems? in .*\n/gm, ''), '', outcome.stderr);
  return { ...outcome, results: JSON.parse(outcome.stdout) as JsonResult[] };
}

interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

const temps: string[] = [];
/** A fresh folder holding `files` (a Buffer for raw bytes); removed after the suite. */
function project(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-cli-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}
after(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

const byFile = (results: JsonResult[], dir: string) => new Map(results.map((r) => [path.relative(dir, r.filePath).split(path.sep).join('/'), r]));
const rulesOf = (result: JsonResult | undefined) => (result?.messages ?? []).map((m) => `${m.line}:${m.ruleId}`);

// Requests written so the engine's verdict is certain (the issue names each case).
const MISSING = 'await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", body: "{}" });\n';
const MALFORMED = 'await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer " + key } });\n';
const CORRECT = 'await fetch("https://api.unkey.com/v2/keys.getKey", { method: "POST", headers: { Authorization: `Bearer ${key}` } });\n';
const KEY_LINE = 'const key = process.env.UNKEY_ROOT_KEY;\n';
// FAKE root key: the shape of one (unkey_ + 24 base58 characters), never issued.
// unkey-lint-disable-next-line hardcoded-root-key
const FAKE_KEY = 'unkey_FakeDemoKeyNotRea1ForUse';

describe('cli: usage', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, stdout, stderr } = await cli(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: unkey-lint \[options\] \[paths\.\.\.\]/);
    for (const option of ['--format', '--fix', '--rule', '--env-var', '--host', '--max-warnings', '--quiet', '--version']) assert.ok(stdout.includes(option), option);
    for (const rule of RULES) assert.ok(stdout.includes(rule.id), rule.id);
    assert.equal(stderr, '');
  });

  it('--version prints the package version', async () => {
    assert.deepEqual(await cli(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
    assert.equal((await cli(['-v'])).stdout, `${version}\n`);
  });

  const usageErrors: Array<[string[], RegExp]> = [
    [['--bogus'], /^unkey-lint: Unknown option --bogus; see --help\.\n$/],
    [['-z'], /^unkey-lint: Unknown option -z; see --help\.\n$/],
    [['--format', 'xml'], /^unkey-lint: Unknown format "xml"; use one of: stylish, json, sarif, github\.\n$/],
    [['--format'], /^unkey-lint: Option .*--format.* is missing its value/],
    [['--rule', 'no-such-rule=off'], new RegExp(`^unkey-lint: Unknown rule "no-such-rule"; known rules: ${RULES.map((r) => r.id).join(', ')}\\.\\n$`)],
    [['--rule', 'missing-authorization=loud'], /^unkey-lint: Unknown level "loud" for rule missing-authorization/],
    [['--rule', 'missing-authorization'], /^unkey-lint: --rule expects <id>=<level>/],
    [['--max-warnings', 'ten'], /^unkey-lint: --max-warnings expects an integer, not "ten"\.\n$/],
    [['--env-var', 'NOT A NAME'], /^unkey-lint: --env-var "NOT A NAME" is not a valid environment variable name\.\n$/],
    [['--host', 'https://api.unkey.com/'], /^unkey-lint: --host "https:\/\/api\.unkey\.com\/" is not a host name/],
    [['--host', 'localhost:8080'], /^unkey-lint: --host "localhost:8080" is not a host name \(give it without scheme, port or path/],
    [['--fix', '--fix-dry-run'], /^unkey-lint: --fix and --fix-dry-run cannot be used together\.\n$/],
    [['no/such/path'], /^unkey-lint: No such file or directory: "no\/such\/path"\.\n$/],
  ];
  for (const [argv, expected] of usageErrors) {
    it(`exits 2 with one line on stderr for: ${argv.join(' ')}`, async () => {
      const { code, stdout, stderr } = await cli(argv);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, expected);
      assert.equal(stderr.split('\n').length, 2, 'exactly one line');
    });
  }

  it('accepts every level name for --rule, and id:level', async () => {
    for (const level of ['off', 'warn', 'warning', 'error', 'info', 'hint', '0', '1', '2']) {
      assert.equal((await cli(['--rule', `malformed-bearer=${level}`, 'src/clean.ts'])).code, 0, level);
    }
    assert.equal((await cli(['--rule', 'malformed-bearer:warn', 'src/clean.ts'])).code, 0);
  });
});

describe('cli: positions', () => {
  it('maps offsets to 1-based lines and UTF-16 columns across LF, CRLF and CR', () => {
    const at = positionsOf('ab\r\ncd\nef\rg😀h');
    assert.deepEqual(at(0), { line: 1, column: 1 });
    assert.deepEqual(at(2), { line: 1, column: 3 }); // the end of line 1, before \r\n
    assert.deepEqual(at(4), { line: 2, column: 1 });
    assert.deepEqual(at(7), { line: 3, column: 1 });
    assert.deepEqual(at(10), { line: 4, column: 1 });
    assert.deepEqual(at(13), { line: 4, column: 4 }); // the astral character counts two
    assert.deepEqual(at(99), { line: 4, column: 5 });
  });
});

describe('cli: choosing files', () => {
  const rel = (dir: string, files: { file: string }[]) => files.map((t) => path.relative(dir, t.file).split(path.sep).join('/'));

  it('walks folders, honours nested .gitignore files, skips build folders, reads .github', () => {
    const dir = project({
      '.gitignore': 'ignored.ts\ngenerated/\n*.log.md\n!keep.log.md\n',
      'a.ts': '',
      'ignored.ts': '',
      'keep.log.md': '',
      'drop.log.md': '',
      'generated/x.ts': '',
      'pkg/.gitignore': 'local.ts\n/rooted.sh\n!ignored.ts\n',
      'pkg/local.ts': '',
      'pkg/rooted.sh': '',
      'pkg/deep/rooted.sh': '',
      'pkg/ignored.ts': '',
      'pkg/b.mjs': '',
      '.github/workflows/ci.yml': '',
      '.git/config.yml': '',
      'node_modules/dep/index.js': '',
      'dist/cli.js': '',
      'build/x.ts': '',
      'out/x.ts': '',
      'coverage/x.js': '',
      'src/dist/y.ts': '',
      'notes.txt': '',
      'data.json': '',
      'Dockerfile': '',
      'bin/rotate': '#!/usr/bin/env bash\ncurl\n',
      'bin/README': 'plain text\n',
      'docs/page.mdx': '',
      'requests/a.http': '',
    });
    const { targets, notices } = collectTargets(['.'], dir);
    assert.deepEqual(notices, []);
    assert.deepEqual(rel(dir, targets), [
      '.github/workflows/ci.yml',
      '.gitignore',
      'Dockerfile',
      'a.ts',
      'bin/README',
      'bin/rotate',
      'data.json',
      'docs/page.mdx',
      'keep.log.md',
      'notes.txt',
      'pkg/.gitignore',
      'pkg/b.mjs',
      'pkg/deep/rooted.sh',
      'pkg/ignored.ts',
      'requests/a.http',
    ]);
    assert.deepEqual([...SKIPPED_FOLDERS].sort(), ['.git', 'build', 'coverage', 'dist', 'node_modules', 'out']);
  });

  it('lints explicit files wherever they are, each once, and walks an explicitly named ignored folder', () => {
    const dir = project({ '.gitignore': 'vendor/\n', 'node_modules/x/a.ts': '', 'vendor/b.ts': '', 'c.ts': '' });
    const { targets } = collectTargets(['node_modules/x/a.ts', 'c.ts', '.', 'vendor'], dir);
    assert.deepEqual(rel(dir, targets), ['node_modules/x/a.ts', 'c.ts', '.gitignore', 'vendor/b.ts']);
  });

  it('honours the .gitignore files above a walked folder up to the repository root', () => {
    const dir = project({ '.git/HEAD': '', '.gitignore': 'secret.ts\n', 'app/.gitignore': 'tmp/\n', 'app/src/secret.ts': '', 'app/src/tmp/x.ts': '', 'app/src/ok.ts': '' });
    assert.deepEqual(rel(dir, collectTargets(['app/src'], dir).targets), ['app/src/ok.ts']);
  });

  it('does not follow symbolic links to folders but reads links to files', () => {
    const dir = project({ 'real/a.ts': '' });
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'loop'));
    fs.symlinkSync(path.join(dir, 'real/a.ts'), path.join(dir, 'link.ts'));
    assert.deepEqual(rel(dir, collectTargets(['.'], dir).targets), ['link.ts', 'real/a.ts']);
  });
});

describe('cli: skipped files are not problems', () => {
  const UNKEY = 'await fetch("https://api.unkey.com/v2/keys.createKey");\n';

  function skipProject() {
    const dir = project({
      // Over the 1 KiB limit set below: one mentions Unkey (skipped), one does not (simply clean).
      'big.ts': Buffer.concat([Buffer.alloc(2048, 'a'), Buffer.from(`\n${UNKEY}`)]),
      'big-clean.ts': Buffer.alloc(4096, 'b'),
      'binary.ts': Buffer.from(`const a = 1;\u0000\u0001\u0002 ${UNKEY}`, 'latin1'),
      'binary-clean.ts': Buffer.from([0x61, 0, 0x62]),
      'notes.txt': 'hello',
      'logo.png': 'not read',
      'ok.ts': 'export {};\n',
    });
    fs.symlinkSync(path.join(dir, 'gone.ts'), path.join(dir, 'dangling.ts'));
    execFileSync('mkfifo', [path.join(dir, 'pipe.ts')]);
    return dir;
  }

  it('the default limit is 8 MiB', () => {
    assert.equal(MAX_FILE_BYTES, 8 * 1024 * 1024);
  });

  it('walking: no message, no exit code, one summary line on stderr', async () => {
    const dir = skipProject();
    const { code, stdout, stderr } = await cli(['--format', 'json', '--max-file-size', '1K', '--max-warnings', '0', '.'], { cwd: dir });
    assert.equal(code, 0);
    assert.equal(stderr, 'unkey-lint: 3 files skipped: 1 larger than 1 KiB, 1 binary, 1 unreadable; --verbose lists them.\n');
    const results = JSON.parse(stdout) as JsonResult[];
    assert.deepEqual(results.map((r) => path.relative(dir, r.filePath)).sort(), ['big-clean.ts', 'binary-clean.ts', 'notes.txt', 'ok.ts']);
    for (const result of results) assert.deepEqual(result.messages, [], result.filePath);

    const stylish = await cli(['--max-file-size', '1K', '--max-warnings', '0', '.'], { cwd: dir });
    assert.deepEqual([stylish.code, stylish.stdout], [0, '']);
  });

  it('--verbose lists each skipped file with its reason', async () => {
    const dir = skipProject();
    const { code, stdout, stderr } = await cli(['--verbose', '--max-file-size', '1K', '.'], { cwd: dir });
    assert.deepEqual([code, stdout], [0, '']);
    assert.equal(
      stderr,
      [
        'unkey-lint: dangling.ts: File skipped: it could not be read (ENOENT).',
        'unkey-lint: big.ts: File skipped: it is larger than 1 KiB (2105 bytes).',
        'unkey-lint: binary.ts: File skipped: it holds binary data.',
        'unkey-lint: 3 files skipped: 1 larger than 1 KiB, 1 binary, 1 unreadable.',
        '',
      ].join('\n'),
    );
  });

  it('sarif: skipped files are toolExecutionNotifications (notes), not results', async () => {
    const dir = skipProject();
    const { code, stdout } = await cli(['--format', 'sarif', '--max-file-size', '1K', '.'], { cwd: dir });
    assert.equal(code, 0);
    const [runLog] = JSON.parse(stdout).runs;
    assert.deepEqual(runLog.results, []);
    assert.deepEqual(
      runLog.invocations[0].toolExecutionNotifications
        .map((n: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [n.level, n.locations[0].physicalLocation.artifactLocation.uri, n.message.text])
        .sort((x: string[], y: string[]) => (x[1] < y[1] ? -1 : 1)),
      [
        ['note', 'big.ts', 'File skipped: it is larger than 1 KiB (2105 bytes).'],
        ['note', 'binary.ts', 'File skipped: it holds binary data.'],
        ['note', 'dangling.ts', 'File skipped: it could not be read (ENOENT).'],
      ].sort((x, y) => (x[1] < y[1] ? -1 : 1)),
    );
  });

  it('a file named on the command line and skipped still gets a warning, as in ESLint', async () => {
    const dir = skipProject();
    const { code, stdout, stderr } = await cli(['--format', 'json', '--max-file-size', '1K', 'notes.txt', 'logo.png', 'pipe.ts', 'big.ts', 'binary.ts', 'big-clean.ts'], { cwd: dir });
    assert.equal(code, 0);
    assert.equal(stderr, '');
    const files = byFile(JSON.parse(stdout) as JsonResult[], dir);
    const notice = (name: string) => {
      const result = files.get(name);
      assert.ok(result, name);
      assert.equal(result.warningCount, 1);
      assert.equal(result.errorCount, 0);
      assert.equal(result.messages.length, 1);
      const [message] = result.messages;
      assert.deepEqual(Object.keys(message), ['ruleId', 'fatal', 'severity', 'message']);
      assert.equal(message.ruleId, null);
      assert.equal(message.severity, 1);
      return message.message;
    };
    assert.equal(notice('big.ts'), 'File skipped: it is larger than 1 KiB (2105 bytes).');
    assert.equal(notice('binary.ts'), 'File skipped: it holds binary data.');
    // Any text file is read (for keys); a binary format is not.
    assert.deepEqual(files.get('notes.txt')?.messages, []);
    assert.equal(notice('logo.png'), 'File skipped: unkey-lint has no extractor for this file type.');
    assert.equal(notice('pipe.ts'), 'File skipped: it is not a regular file.', 'a FIFO is never read');
    assert.deepEqual(files.get('big-clean.ts')?.messages, []);
    // A broken link named on the command line is a usage error, as for any missing path.
    assert.equal((await cli(['dangling.ts'], { cwd: dir })).code, 2);
  });

  it('explicit notices print in stylish, count for --max-warnings and drop with --quiet', async () => {
    const dir = project({ 'binary.ts': Buffer.from(`a\u0000${UNKEY}`, 'latin1') });
    const stylish = await cli(['binary.ts'], { cwd: dir });
    assert.equal(stylish.code, 0);
    assert.equal(stylish.stdout, `\n${path.join(dir, 'binary.ts')}\n  0:0  warning  File skipped: it holds binary data\n\n\u2716 1 problem (0 errors, 1 warning)\n\n`);
    const strict = await cli(['--max-warnings', '0', 'binary.ts'], { cwd: dir });
    assert.equal(strict.code, 1);
    assert.equal(strict.stderr, 'unkey-lint found too many warnings (maximum: 0).\n');
    assert.deepEqual(await cli(['--quiet', '--max-warnings', '0', 'binary.ts'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
  });

  it('rejects a malformed --max-file-size', async () => {
    for (const value of ['0', 'big', '-1', '1G']) {
      const { code, stderr } = await cli([`--max-file-size=${value}`]);
      assert.equal(code, 2, value);
      assert.match(stderr, /--max-file-size expects a positive number of bytes/);
    }
  });
});

describe('cli: formatters', () => {
  const results: FileResult[] = [
    {
      filePath: '/p/src/a.ts',
      problems: [
        {
          ruleId: 'missing-authorization', severity: 2, level: 'error', message: 'Bad header.',
          region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 9 },
          fix: { range: [20, 20], text: ', { headers: {} }' }, fixRegion: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 9 },
        },
        { ruleId: 'hardcoded-root-key', severity: 1, level: 'warning', message: 'Key in source.', region: { startLine: 10, startColumn: 13, endLine: 10, endColumn: 43 } },
      ],
      errorCount: 1, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 0,
    },
    { filePath: '/p/clean.ts', problems: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
    {
      filePath: '/p/my docs/big #1.md',
      problems: [{ ruleId: 'malformed-bearer', severity: 1, level: 'info', message: 'Style.', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }],
      errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0,
    },
    { filePath: '/elsewhere/x.ts', problems: [{ ruleId: null, severity: 1, level: 'warning', message: 'File skipped: it holds binary data.' }], errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0 },
  ];

  it('stylish: ESLint layout, message dots dropped, totals and the fixable line', () => {
    assert.equal(
      formatStylish(results),
      [
        '',
        '/p/src/a.ts',
        '   2:5   error    Bad header     missing-authorization',
        '  10:13  warning  Key in source  hardcoded-root-key',
        '',
        '/p/my docs/big #1.md',
        '  1:1  warning  Style  malformed-bearer',
        '',
        '/elsewhere/x.ts',
        '  0:0  warning  File skipped: it holds binary data',
        '',
        '\u2716 4 problems (1 error, 3 warnings)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
    assert.equal(formatStylish([results[1]]), '');
  });

  it('stylish: colours only for a TTY without NO_COLOR', async () => {
    const colored = formatStylish(results.slice(0, 1), ANSI);
    assert.ok(colored.includes('\u001b[31merror\u001b[39m'));
    assert.ok(colored.includes('\u001b[33mwarning\u001b[39m'));
    assert.ok(colored.includes('\u001b[2m2:5\u001b[22m'));
    assert.equal(colored.replace(/\u001b\[\d+m/g, ''), formatStylish(results.slice(0, 1)));

    const dir = project({ 'binary.ts': Buffer.from('\u0000\u0000 unkey_') });
    assert.match((await cli(['binary.ts'], { cwd: dir, isTTY: true })).stdout, /\u001b\[/);
    assert.doesNotMatch((await cli(['binary.ts'], { cwd: dir, isTTY: true, env: { NO_COLOR: '1' } })).stdout, /\u001b\[/);
    assert.doesNotMatch((await cli(['.'], { cwd: dir, isTTY: false })).stdout, /\u001b\[/);
  });

  it("json: ESLint 9's result and message shapes, nothing more", () => {
    const parsed = JSON.parse(formatJson(results)) as Record<string, unknown>[];
    assert.equal(parsed.length, 4);
    assert.deepEqual(parsed[0], {
      filePath: '/p/src/a.ts',
      messages: [
        { ruleId: 'missing-authorization', severity: 2, message: 'Bad header.', line: 2, column: 5, endLine: 2, endColumn: 9, fix: { range: [20, 20], text: ', { headers: {} }' } },
        { ruleId: 'hardcoded-root-key', severity: 1, message: 'Key in source.', line: 10, column: 13, endLine: 10, endColumn: 43 },
      ],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    assert.deepEqual((parsed[3] as { messages: unknown[] }).messages, [{ ruleId: null, fatal: false, severity: 1, message: 'File skipped: it holds binary data.' }]);
    assert.ok(!formatJson(results).includes('\n'), 'one line, like ESLint');
  });

  it('json: written in pieces of at most 1,000 messages, the same text as one JSON.stringify', () => {
    const many = results[0].problems[0];
    const big = { ...results[0], filePath: '/p/a "messages":[] b.ts', problems: Array.from({ length: 2500 }, () => many), errorCount: 2500, warningCount: 0 };
    const all = [big, ...results, { ...results[1], problems: [] }];
    const pieces = [...jsonChunks(all)];
    assert.equal(pieces.join(''), JSON.stringify(all.map(toEslintResult)));
    assert.equal(formatJson(all), pieces.join(''));
    const longest = Math.max(...pieces.map((piece) => piece.length));
    assert.ok(longest <= 1000 * (JSON.stringify(toEslintResult(big).messages[0]).length + 1), `a piece of ${longest} characters`);
    assert.ok(pieces.length > 3 + all.length, 'the 2,500 messages come in several pieces');
  });

  it('sarif: 2.1.0 with a descriptor per rule, relative URIs under %SRCROOT% and notifications for skipped files', () => {
    const log = JSON.parse(formatSarif(results, '/p'));
    assert.equal(log.$schema, SARIF_SCHEMA);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [runLog] = log.runs;
    const driver = runLog.tool.driver;
    assert.equal(driver.name, 'unkey-lint');
    assert.equal(driver.version, version);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.id));
    for (const [index, rule] of RULES.entries()) {
      const descriptor = driver.rules[index];
      assert.equal(descriptor.shortDescription.text, rule.description);
      assert.ok(descriptor.fullDescription.text.startsWith(rule.description));
      assert.equal(descriptor.helpUri, ruleDocsUrl(rule.id));
      assert.equal(descriptor.defaultConfiguration.level, rule.defaultSeverity === 'error' ? 'error' : 'warning');
    }
    assert.deepEqual(runLog.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///p/' } });
    assert.equal(runLog.results.length, 3);
    const [first, second, third] = runLog.results;
    assert.deepEqual(first, {
      ruleId: 'missing-authorization',
      ruleIndex: RULES.findIndex((r) => r.id === 'missing-authorization'),
      level: 'error',
      message: { text: 'Bad header.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 9 } } }],
      fixes: [
        {
          description: { text: 'Fix missing-authorization' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'src/a.ts', uriBaseId: '%SRCROOT%' },
              replacements: [{ deletedRegion: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 9 }, insertedContent: { text: ', { headers: {} }' } }],
            },
          ],
        },
      ],
    });
    assert.equal(second.level, 'warning');
    assert.equal(second.ruleIndex, RULES.findIndex((r) => r.id === second.ruleId));
    assert.equal(third.level, 'note', 'info is a note');
    assert.equal(third.locations[0].physicalLocation.artifactLocation.uri, 'my%20docs/big%20%231.md');
    const notifications = runLog.invocations[0].toolExecutionNotifications;
    assert.deepEqual(notifications, [
      { level: 'warning', message: { text: 'File skipped: it holds binary data.' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///elsewhere/x.ts' } } }] },
    ]);
    assert.equal(runLog.invocations[0].executionSuccessful, true);
  });
});

// ---- Runs over real fixtures: these need the engine's JS/TS extractor and rules. ----

describe('cli: reports on the fixture project', () => {
  it('json: every linted file with its findings, 1-based positions and fixes', async () => {
    const { code, results } = await json(['.']);
    assert.equal(code, 1);
    const files = byFile(results, PROJECT);
    assert.deepEqual([...files.keys()], ['src/calls.ts', 'src/clean.ts', 'src/key.ts']);
    assert.ok(results.every((r) => path.isAbsolute(r.filePath)));
    assert.deepEqual(files.get('src/clean.ts')?.messages, []);

    const calls = files.get('src/calls.ts')!;
    assert.deepEqual(rulesOf(calls), ['4:missing-authorization', '8:malformed-bearer']);
    assert.deepEqual([calls.errorCount, calls.warningCount, calls.fixableErrorCount, calls.fixableWarningCount], [2, 0, 2, 0]);
    const text = fs.readFileSync(path.join(PROJECT, 'src/calls.ts'), 'utf8');
    const bad = calls.messages[1];
    // The finding covers the header value; its fix capitalises the scheme in place.
    assert.equal(bad.severity, 2);
    assert.equal(bad.line, 8);
    assert.equal(bad.column, text.split('\n')[7].indexOf('"bearer " + key') + 1);
    assert.equal(bad.endColumn, bad.column + '"bearer " + key'.length);
    assert.match(bad.message, /^Unkey will reject this request \(authentication\/malformed/);
    assert.ok(bad.fix);
    assert.equal(text.slice(bad.fix.range[0], bad.fix.range[1]).toLowerCase(), bad.fix.text.toLowerCase());

    const key = files.get('src/key.ts')!;
    assert.deepEqual(rulesOf(key), ['2:hardcoded-root-key']);
    assert.equal(key.messages[0].severity, 1);
    assert.ok(!JSON.stringify(results).includes(FAKE_KEY), 'a key is never printed');
  });

  it('stylish: the report users read, without source lines or keys', async () => {
    const { code, stdout, stderr } = await cli([]);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    assert.ok(stdout.startsWith(`\n${path.join(PROJECT, 'src/calls.ts')}\n  4:`), stdout);
    assert.match(stdout, /\n {2}8:\d+ +error +Unkey will reject this request \(authentication\/malformed, HTTP 400\)[^\n]*malformed-bearer\n/);
    assert.match(stdout, /\n {2}2:\d+ +warning +Root key unkey_…[^\n]+hardcoded-root-key\n/);
    assert.match(stdout, /\n\u2716 3 problems \(2 errors, 1 warning\)\n/);
    assert.ok(!stdout.includes(FAKE_KEY));
    assert.ok(!stdout.includes('fetch('), 'no source lines');
  });

  it('sarif: results point at the fixture files with relative URIs', async () => {
    const { code, stdout } = await cli(['--format', 'sarif']);
    assert.equal(code, 1);
    const [runLog] = JSON.parse(stdout).runs;
    const found = runLog.results.map((r: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) =>
      `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}:${r.ruleId}:${r.level}`,
    );
    assert.deepEqual(found, ['src/calls.ts:4:missing-authorization:error', 'src/calls.ts:8:malformed-bearer:error', 'src/key.ts:2:hardcoded-root-key:warning']);
    for (const result of runLog.results) assert.equal(runLog.tool.driver.rules[result.ruleIndex].id, result.ruleId);
  });

  it('exit codes: 0 on clean files, 1 on errors, 1 above --max-warnings', async () => {
    assert.equal((await cli(['src/clean.ts'])).code, 0);
    assert.equal((await cli(['src/calls.ts'])).code, 1);
    assert.equal((await cli(['src/key.ts'])).code, 0, 'warnings alone pass');
    assert.equal((await cli(['--max-warnings', '1', 'src/key.ts'])).code, 0);
    const strict = await cli(['--max-warnings', '0', 'src/key.ts']);
    assert.equal(strict.code, 1);
    assert.equal(strict.stderr, 'unkey-lint found too many warnings (maximum: 0).\n');
  });

  it('--quiet reports errors only', async () => {
    const { results } = await json(['--quiet', '.']);
    assert.deepEqual(results.flatMap((r) => r.messages.map((m) => m.ruleId)), ['missing-authorization', 'malformed-bearer']);
    assert.equal(results.reduce((n, r) => n + r.warningCount, 0), 0);
    assert.equal((await cli(['--quiet', '--max-warnings', '0', 'src/key.ts'])).code, 0);
  });

  it('--rule turns rules off or changes their level', async () => {
    const off = await json(['--rule', 'missing-authorization=off', 'src/calls.ts']);
    assert.deepEqual(rulesOf(off.results[0]), ['8:malformed-bearer']);
    const warn = await json(['--rule', 'missing-authorization=warn', '--rule', 'malformed-bearer=info', 'src/calls.ts']);
    assert.equal(warn.code, 0);
    assert.deepEqual(warn.results[0].messages.map((m) => m.severity), [1, 1]);
    const sarif = JSON.parse((await cli(['--format', 'sarif', '--rule', 'malformed-bearer=hint', 'src/calls.ts'])).stdout);
    assert.deepEqual(sarif.runs[0].results.map((r: { level: string }) => r.level), ['error', 'note']);
    const promoted = await json(['--rule', 'hardcoded-root-key=error', 'src/key.ts']);
    assert.equal(promoted.code, 1);
    assert.equal(promoted.results[0].messages[0].severity, 2);
  });

  it('--host replaces the list of API hosts', async () => {
    const dir = project({ 'a.ts': KEY_LINE + MISSING.replace('api.unkey.com', 'unkey.internal.example') + MALFORMED });
    assert.deepEqual(rulesOf((await json(['.'], dir)).results[0]), ['3:malformed-bearer']);
    assert.deepEqual(rulesOf((await json(['--host', 'unkey.internal.example', '.'], dir)).results[0]), ['2:missing-authorization']);
    assert.deepEqual(rulesOf((await json(['--host', 'unkey.internal.example', '--host', 'api.unkey.com', '.'], dir)).results[0]), ['2:missing-authorization', '3:malformed-bearer']);
  });

  it('counts columns in the text without its BOM', async () => {
    const text = KEY_LINE + MALFORMED;
    const dir = project({ 'plain.ts': text, 'bom.ts': BOM + text });
    const files = byFile((await json(['.'], dir)).results, dir);
    const strip = (r: JsonResult | undefined) => r?.messages.map(({ line, column, endLine, endColumn, fix }) => ({ line, column, endLine, endColumn, fix }));
    assert.equal(files.get('plain.ts')?.messages.length, 1);
    assert.deepEqual(strip(files.get('bom.ts')), strip(files.get('plain.ts')));
  });
});

describe('cli: --fix', () => {
  // A multi-line headers object, so the added header is a new line: the line-ending test needs one.
  const SOURCE = [
    'const key = process.env.UNKEY_ROOT_KEY;',
    'await fetch("https://api.unkey.com/v2/keys.createKey", {',
    '  method: "POST",',
    '  headers: {',
    '    "Content-Type": "application/json",',
    '  },',
    '});',
    'await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer " + key } });',
    '',
  ].join('\n');
  const FIXED = [
    'const key = process.env.UNKEY_ROOT_KEY;',
    'await fetch("https://api.unkey.com/v2/keys.createKey", {',
    '  method: "POST",',
    '  headers: {',
    '    "Content-Type": "application/json",',
    '    Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`,',
    '  },',
    '});',
    'await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "Bearer " + key } });',
    '',
  ].join('\n');
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');

  async function fix(files: Record<string, string | Buffer>, argv: string[] = []) {
    const dir = project(files);
    const outcome = await cli(['--fix', ...argv, '.'], { cwd: dir });
    return { ...outcome, dir, read: (name: string) => fs.readFileSync(path.join(dir, name)) };
  }

  it('fixes an LF file and reports nothing left', async () => {
    const { code, stdout, stderr, read } = await fix({ 'a.ts': SOURCE });
    assert.equal(read('a.ts').toString('utf8'), FIXED);
    assert.deepEqual({ code, stdout, stderr }, { code: 0, stdout: '', stderr: 'unkey-lint: fixed 2 problems in a.ts (malformed-bearer, missing-authorization)\n' });
  });

  it('keeps CRLF line endings, inserted lines included', async () => {
    const { code, read } = await fix({ 'a.ts': crlf(SOURCE) });
    assert.equal(code, 0);
    assert.deepEqual(read('a.ts'), Buffer.from(crlf(FIXED)));
  });

  it('changes only the inserted text in a file with mixed line endings', async () => {
    // Mostly CRLF, one LF line (line 3): that one stays LF, the inserted line gets CRLF.
    const mixed = crlf(SOURCE).replace('"POST",\r\n', '"POST",\n');
    const { read } = await fix({ 'a.ts': mixed });
    assert.deepEqual(read('a.ts'), Buffer.from(crlf(FIXED).replace('"POST",\r\n', '"POST",\n')));
  });

  it('follows the dominant line ending, not the first one', async () => {
    // Mostly LF with one CRLF line (line 1): the inserted line gets LF, the CRLF line keeps its CR.
    const mixed = SOURCE.replace('UNKEY_ROOT_KEY;\n', 'UNKEY_ROOT_KEY;\r\n');
    const { read } = await fix({ 'a.ts': mixed });
    assert.deepEqual(read('a.ts'), Buffer.from(FIXED.replace('UNKEY_ROOT_KEY;\n', 'UNKEY_ROOT_KEY;\r\n')));
  });

  it('keeps CRLF in every format: the CRLF file fixes to the LF result with CRLF endings', async () => {
    const sources: Record<string, string> = {
      'a.md': '# Keys\n\n```bash\ncurl -X POST https://api.unkey.com/v2/keys.createKey \\\n  -d \'{"apiId": "api_1"}\'\n```\n',
      'a.http': 'POST https://api.unkey.com/v2/keys.createKey\nContent-Type: application/json\n\n{ "apiId": "api_1" }\n',
      'a.yml': 'jobs:\n  a:\n    steps:\n      - run: |\n          curl -X POST https://api.unkey.com/v2/keys.createKey \\\n            -d \'{"apiId": "api_1"}\'\n',
    };
    const lf = await fix(sources);
    const crlfRun = await fix(Object.fromEntries(Object.entries(sources).map(([name, text]) => [name, crlf(text)])));
    for (const name of Object.keys(sources)) {
      const fixed = lf.read(name).toString('utf8');
      assert.ok(fixed.split('\n').length > sources[name].split('\n').length, `${name}: the fix adds a line`);
      assert.deepEqual(crlfRun.read(name), Buffer.from(crlf(fixed)), name);
    }
    assert.equal(lf.code, 0);
    assert.equal(crlfRun.code, 0);
  });

  it('keeps a BOM', async () => {
    const { read } = await fix({ 'a.ts': BOM + SOURCE, 'b.ts': BOM + crlf(SOURCE) });
    assert.deepEqual(read('a.ts'), Buffer.from(BOM + FIXED));
    assert.deepEqual(read('b.ts'), Buffer.from(BOM + crlf(FIXED)));
  });

  it('uses --env-var in the fixes it writes', async () => {
    const { read } = await fix({ 'a.ts': SOURCE }, ['--env-var', 'MY_UNKEY_KEY']);
    assert.equal(read('a.ts').toString('utf8'), FIXED.replace('process.env.UNKEY_ROOT_KEY}', 'process.env.MY_UNKEY_KEY}'));
  });

  it('keeps the file mode, leaves no temporary file, and never touches a file without fixes', async () => {
    const dir = project({ 'run.ts': SOURCE, 'clean.ts': CORRECT, 'key.ts': `export const k = "${FAKE_KEY}";\n`, 'other.ts': 'export {};\n' });
    fs.chmodSync(path.join(dir, 'run.ts'), 0o751);
    const past = new Date('2020-01-01T00:00:00Z');
    for (const name of ['clean.ts', 'key.ts', 'other.ts']) fs.utimesSync(path.join(dir, name), past, past);
    const inode = fs.statSync(path.join(dir, 'clean.ts')).ino;

    const { code, stdout, stderr } = await cli(['--fix', '.'], { cwd: dir });
    assert.equal(code, 0, 'only the hard-coded key warning is left');
    // One line per changed file, on stderr: what was fixed.
    assert.equal(stderr, 'unkey-lint: fixed 2 problems in run.ts (malformed-bearer, missing-authorization)\n');
    assert.match(stdout, /hardcoded-root-key/);
    assert.equal(fs.readFileSync(path.join(dir, 'run.ts'), 'utf8'), FIXED);
    assert.equal(fs.statSync(path.join(dir, 'run.ts')).mode & 0o777, 0o751);
    for (const name of ['clean.ts', 'key.ts', 'other.ts']) assert.equal(fs.statSync(path.join(dir, name)).mtimeMs, past.getTime(), name);
    assert.equal(fs.statSync(path.join(dir, 'clean.ts')).ino, inode);
    assert.equal(fs.readFileSync(path.join(dir, 'key.ts'), 'utf8'), `export const k = "${FAKE_KEY}";\n`, 'suggestions are never applied');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['clean.ts', 'key.ts', 'other.ts', 'run.ts']);
  });

  it('--fix-dry-run reports what would be left and writes nothing', async () => {
    const dir = project({ 'a.ts': SOURCE + MISSING.replace('fetch(', 'globalThis.fetch(') });
    const { code, stdout, stderr } = await cli(['--fix-dry-run', '--format', 'json', '.'], { cwd: dir });
    assert.equal(stderr, 'unkey-lint: would fix 3 problems in a.ts (malformed-bearer, missing-authorization ×2)\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.ts'), 'utf8'), SOURCE + MISSING.replace('fetch(', 'globalThis.fetch('));
    const [result] = JSON.parse(stdout) as JsonResult[];
    // The third request's header is added; nothing is left, so the dry run passes.
    assert.equal(code, 0);
    assert.deepEqual(result.messages, []);
  });

  it('reports the remaining problems after fixing', async () => {
    // A "Basic" scheme has no safe rewrite: it stays, and is reported against the fixed text.
    const basic = 'await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "Basic " + key } });\n';
    const dir = project({ 'a.ts': SOURCE + basic });
    const { code, results } = await json(['--fix', '.'], dir);
    assert.equal(code, 1);
    assert.equal(fs.readFileSync(path.join(dir, 'a.ts'), 'utf8'), FIXED + basic);
    assert.deepEqual(rulesOf(results[0]), ['10:malformed-bearer']);
    assert.equal(results[0].messages[0].fix, undefined);
  });
});

describe('cli: internal errors', () => {
  it('exits 2 with one line on stderr, and the stack only with UNKEY_LINT_DEBUG', async () => {
    const attempt = async (env: Record<string, string>) => {
      let stderr = '';
      const code = await run(['src/clean.ts', '--format', 'json'], {
        stdout: { write: () => { throw new Error('write EIO\n  while writing'); } },
        stderr: { write: (s: string) => (stderr += s) },
        cwd: PROJECT,
        env,
      });
      return { code, stderr };
    };
    assert.deepEqual(await attempt({}), { code: 2, stderr: 'unkey-lint: write EIO while writing\n' });
    const debug = await attempt({ UNKEY_LINT_DEBUG: '1' });
    assert.equal(debug.code, 2);
    assert.ok(debug.stderr.startsWith('unkey-lint: write EIO while writing\nError: write EIO'));
    assert.match(debug.stderr, /\n {4}at /);
  });
});

describe('cli: the sample project (npm run demo)', () => {
  const SAMPLE = path.join(ROOT, 'sample');
  // Every rule in every format, at the lines the sample's comments point at; the correct requests are silent.
  const EXPECTED: Record<string, string[]> = {
    '.github/workflows/rotate.yml': ['14:missing-authorization', '18:unexpanded-env-var', '22:malformed-bearer', '27:hardcoded-root-key'],
    Dockerfile: ['7:missing-authorization', '11:malformed-bearer', '15:unexpanded-env-var', '19:hardcoded-root-key'],
    'README.md': [],
    'package.json': ['8:retired-sdk'],
    'docs/quickstart.md': ['6:missing-authorization', '15:unexpanded-env-var', '31:malformed-bearer', '40:hardcoded-root-key'],
    'requests/keys.http': ['4:missing-authorization', '11:unexpanded-env-var', '18:malformed-bearer', '25:hardcoded-root-key'],
    'scripts/create-key.ps1': ['5:missing-authorization', '11:unexpanded-env-var', '16:malformed-bearer', '20:hardcoded-root-key'],
    'scripts/create-key.sh': ['8:missing-authorization', '14:unexpanded-env-var', '20:malformed-bearer', '25:hardcoded-root-key'],
    'src/keys.ts': ['8:hardcoded-root-key', '12:missing-authorization', '23:malformed-bearer', '31:malformed-bearer', '39:unexpanded-env-var'],
  };

  it('json: each file reports its mistakes and nothing else', async () => {
    const { code, results } = await json(['.'], SAMPLE);
    assert.equal(code, 1);
    const files = byFile(results, SAMPLE);
    assert.deepEqual(Object.fromEntries([...files].map(([name, result]) => [name, rulesOf(result)])), EXPECTED);
    assert.ok(!JSON.stringify(results).includes(FAKE_KEY), 'the key is masked');
  });

  it('stylish and sarif show the same findings', async () => {
    const total = Object.values(EXPECTED).flat().length;
    const stylish = await cli([], { cwd: SAMPLE });
    assert.equal(stylish.code, 1);
    assert.equal(stylish.stdout.match(/^ +\d+:\d+ +(?:error|warning) /gm)?.length, total);
    assert.ok(!stylish.stdout.includes(FAKE_KEY));
    const sarif = JSON.parse((await cli(['--format', 'sarif'], { cwd: SAMPLE })).stdout);
    const uris = new Set(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), Object.keys(EXPECTED).filter((f) => EXPECTED[f].length).sort());
    assert.equal(sarif.runs[0].results.length, total);
  });
});

describe('cli: the bundled command', () => {
  let bundle: string;
  before(async function () {
    this.timeout(60_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-bundle-'));
    temps.push(dir);
    bundle = path.join(dir, 'cli.js');
    // The same options as esbuild.mjs's CLI build, into a private folder so dist/ is left alone.
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'silent',
    });
  });
  const node = (argv: string[], cwd = PROJECT, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [bundle, ...argv], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

  it('starts with a node shebang and prints its version', () => {
    assert.equal(fs.readFileSync(bundle, 'utf8').split('\n')[0], '#!/usr/bin/env node');
    assert.equal(execFileSync(process.execPath, [bundle, '--version'], { encoding: 'utf8' }), `${version}\n`);
  });

  it('exits 2 on bad usage with one line on stderr and no stack, even with UNKEY_LINT_DEBUG', () => {
    for (const env of [{}, { UNKEY_LINT_DEBUG: '1' }] as Record<string, string>[]) {
      const { status, stdout, stderr } = node(['--rule', 'nope=off'], PROJECT, env);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.equal(stderr.trim().split('\n').length, 1);
    }
  });

  it('exits 0 on a clean file and 1 on errors, with the report on stdout', () => {
    const clean = node(['src/clean.ts']);
    assert.deepEqual([clean.status, clean.stdout, clean.stderr], [0, '', '']);
    const dirty = node(['--format', 'json', 'src']);
    assert.equal(dirty.status, 1);
    assert.equal(dirty.stderr, '');
    assert.equal((JSON.parse(dirty.stdout) as JsonResult[]).length, 3);
  });

  it('writes the report to --output-file', () => {
    const dir = project({});
    const out = path.join(dir, 'reports/unkey.sarif');
    const { status, stdout } = node(['--format', 'sarif', '--output-file', out, '.']);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).version, '2.1.0');
  });
});

describe('cli: constants imported from another module of the project', () => {
  it('reads a string export through a relative import and one re-export: the host decides', async () => {
    const dir = project({
      'src/config.ts': 'export const UNKEY_API: string = "https://api.unkey.dev";\nexport const OTHER_API = "https://example.com";\n',
      'src/index.ts': 'export * from "./config";\n',
      'src/v1.ts': 'import { UNKEY_API } from "./config";\nawait fetch(`${UNKEY_API}/v1/keys.createKey`, { method: "POST", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n',
      'src/other.ts': 'import { OTHER_API } from "./config";\nawait fetch(OTHER_API + "/v2/keys.createKey", { method: "POST" });\n',
      'src/sub/reexport.ts': 'import { UNKEY_API } from "..";\nawait fetch(UNKEY_API + "/v1/keys.createKey", { method: "POST", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } });\n',
      'src/package.ts': 'import { OTHER_API } from "@acme/config";\nawait fetch(OTHER_API + "/v2/keys.createKey", { method: "POST" });\n',
    });
    const { results } = await json(['.'], dir);
    const files = byFile(results, dir);
    assert.deepEqual(rulesOf(files.get('src/v1.ts')), ['2:retired-endpoint']);
    assert.ok(files.get('src/v1.ts')!.messages[0].message.startsWith('v1 was shut down'), 'the v1 host from ./config');
    // example.com is not Unkey: without the import read, the run-time base URL would be judged as Unkey's.
    assert.deepEqual(rulesOf(files.get('src/other.ts')), []);
    assert.deepEqual(rulesOf(files.get('src/sub/reexport.ts')), ['2:retired-endpoint']);
    // A package import stays unknown: the path alone is judged, as before.
    assert.deepEqual(rulesOf(files.get('src/package.ts')), ['2:missing-authorization']);
  });
});

describe('cli: headers objects imported from another module of the project', () => {
  it('reads an exported object literal of headers through a relative import: the importing call is judged with them', async () => {
    const constants =
      'export const API_URL = "https://api.unkey.com";\n' +
      'export const API_HEADERS = {\n  Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`,\n  "Content-Type": "application/json",\n};\n' +
      'export const BAD_HEADERS = { Authorization: `bearer ${process.env.UNKEY_ROOT_KEY}` };\n' +
      'export const JSON_ONLY = { "Content-Type": "application/json" };\n';
    const call = (names: string, headers: string) =>
      `import { ${names} } from "./constants";\nawait fetch(API_URL + "/v2/keys.createKey", { method: "POST", headers: ${headers}, body: "{}" });\n`;
    const dir = project({
      'src/constants.ts': constants,
      'src/index.ts': 'export * from "./constants";\n',
      'src/good.ts': call('API_URL, API_HEADERS', 'API_HEADERS'),
      'src/bad.ts': call('API_URL, BAD_HEADERS', 'BAD_HEADERS'),
      'src/none.ts': call('API_URL, JSON_ONLY', 'JSON_ONLY'),
      'src/sub/reexport.ts': 'import { API_URL, API_HEADERS } from "..";\nawait fetch(API_URL + "/v2/keys.createKey", { method: "POST", headers: API_HEADERS, body: "{}" });\n',
      'src/package.ts': 'import { API_HEADERS } from "@acme/config";\nawait fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", headers: API_HEADERS, body: "{}" });\n',
    });
    const { results } = await json(['.'], dir);
    const files = byFile(results, dir);
    // The example: not reported as missing Authorization, here or through a re-export.
    assert.deepEqual(rulesOf(files.get('src/good.ts')), []);
    assert.deepEqual(rulesOf(files.get('src/sub/reexport.ts')), []);
    // A malformed value there is reported at the name in the importing call; nothing in constants.ts itself.
    assert.deepEqual(rulesOf(files.get('src/bad.ts')), ['2:malformed-bearer']);
    const bad = files.get('src/bad.ts')!.messages[0];
    const at = call('API_URL, BAD_HEADERS', 'BAD_HEADERS').split('\n')[1].indexOf('headers: BAD_HEADERS') + 'headers: '.length;
    assert.deepEqual([bad.column, bad.endColumn], [at + 1, at + 1 + 'BAD_HEADERS'.length]);
    assert.equal(bad.fix, undefined, 'no edit is offered into the other file');
    assert.deepEqual(rulesOf(files.get('src/none.ts')), ['2:missing-authorization']);
    assert.deepEqual(rulesOf(files.get('src/constants.ts')), []);
    // A package import stays unknown: no finding.
    assert.deepEqual(rulesOf(files.get('src/package.ts')), []);
    // --fix changes neither file where the headers sit elsewhere.
    await json(['--fix', '.'], dir);
    assert.equal(fs.readFileSync(path.join(dir, 'src/constants.ts'), 'utf8'), constants);
    assert.equal(fs.readFileSync(path.join(dir, 'src/bad.ts'), 'utf8'), call('API_URL, BAD_HEADERS', 'BAD_HEADERS'));
  });

  it('reads CommonJS: const { … } = require("./config") from module.exports = { … } and exports.NAME = …', async () => {
    const call = (module: string) =>
      `const { API_URL, API_HEADERS } = require("${module}");\nfetch(API_URL + "/v2/keys.createKey", { method: "POST", headers: API_HEADERS, body: "{}" });\n`;
    const dir = project({
      'lib/config.js': 'const API_HEADERS = { Authorization: "bearer " + process.env.UNKEY_ROOT_KEY };\nmodule.exports = { API_URL: "https://api.unkey.com", API_HEADERS };\n',
      'lib/exports.js': 'exports.API_URL = "https://api.unkey.com";\nexports.API_HEADERS = { "Content-Type": "application/json" };\n',
      'lib/other.js': 'exports.API_URL = "https://example.com";\nexports.API_HEADERS = { "Content-Type": "application/json" };\n',
      'lib/malformed.js': call('./config'),
      'lib/missing.js': call('./exports'),
      'lib/elsewhere.js': call('./other'),
    });
    const { results } = await json(['.'], dir);
    const files = byFile(results, dir);
    assert.deepEqual(rulesOf(files.get('lib/malformed.js')), ['2:malformed-bearer']);
    assert.deepEqual(rulesOf(files.get('lib/missing.js')), ['2:missing-authorization']);
    // example.com is not Unkey: read from ./other, the base URL does not make this an Unkey request.
    assert.deepEqual(rulesOf(files.get('lib/elsewhere.js')), []);
  });
});
