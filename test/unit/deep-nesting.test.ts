// Deep nesting (issue #10, item 13): past a few hundred levels Babel overflows the stack. The file then
// still reports what does not need the deep part (a root key and a bad call above it), keys inside the
// deep part are still found by a token-level scan, and the result says the file was not fully analysed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/run';
import { applyFixes, lint, partialAnalysisMessage } from '../../src/core';
import { deepRegions, parseJs, statementChunks } from '../../src/core/js/parse';

// Built at run time: no key-shaped literal in the repository.
const KEY = 'unkey_' + '3ZkQm8vRt2WcY6hNpLx4aBsEfG';
const TOP = `const rootKey = "${KEY}";\nawait fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", body: "{}" });\n`;
const DEPTH = 2000;

/** Constructs that each overflow Babel at DEPTH (the issue's list), as one statement. */
const DEEP: Record<string, string> = {
  arrays: `const a = ${'['.repeat(DEPTH)}1${']'.repeat(DEPTH)};\n`,
  parens: `const b = ${'('.repeat(DEPTH)}1${')'.repeat(DEPTH)};\n`,
  objects: `const c = ${'{a:'.repeat(DEPTH)}1${'}'.repeat(DEPTH)};\n`,
  templates: `const d = ${'`${'.repeat(DEPTH)}1${'}`'.repeat(DEPTH)};\n`,
  calls: `const e = ${'f('.repeat(DEPTH)}1${')'.repeat(DEPTH)};\n`,
  'a + chain on one line': `const g = ${Array.from({ length: 20 * DEPTH }, () => '"x"').join(' + ')};\n`,
  'a + chain over many lines': `const h =\n${Array.from({ length: 20 * DEPTH }, () => '  "x"').join(' +\n')};\n`,
};

const rules = (file: string, text: string) => lint(text, file).findings.map((f) => `${f.ruleId}@${f.range[0]}`);

describe('deep nesting (JS/TS): the rest of the file is still read', function () {
  this.timeout(60_000);

  for (const [name, deep] of Object.entries(DEEP)) {
    it(`${name}: the root key and the bad call above it are reported, and the file is marked partial`, () => {
      const text = `${TOP}${deep}export const after = 1;\n`;
      const result = lint(text, 'src/deep.ts');
      assert.equal(result.partial, 'nesting too deep');
      const found = result.findings.map((f) => f.ruleId);
      assert.ok(found.includes('hardcoded-root-key'), `${name}: ${found.join(', ')}`);
      assert.ok(found.includes('missing-authorization'), `${name}: ${found.join(', ')}`);
      // The same findings as the file without the deep statement, at the same places.
      assert.deepEqual(rules('src/deep.ts', text), rules('src/deep.ts', `${TOP}${' '.repeat(deep.length)}export const after = 1;\n`));
    });
  }

  it('a call below the deep part, in the same statement list, is reported too', () => {
    const text = `${DEEP.arrays}await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", body: "{}" });\n`;
    const result = lint(text, 'src/deep.js');
    assert.equal(result.partial, 'nesting too deep');
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['missing-authorization']);
  });

  it('a call with a blanked part inside it is not judged (its headers may be in that part)', () => {
    // The call at depth 63, its headers object at 65, past the blanking limit: read as `headers: {}` it
    // would be a false alarm.
    const wrap = (inner: string) => `${'['.repeat(62)}${inner}${']'.repeat(62)}`;
    const call = 'fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}` } })';
    const text = `const calls = ${wrap(call)};\n${DEEP.arrays}`;
    const result = lint(text, 'src/deep.ts');
    assert.equal(result.partial, 'nesting too deep');
    assert.deepEqual(result.findings.map((f) => f.ruleId), []);
  });

  it('a key inside the deep part is found by the token-level scan', () => {
    const text = `const a = ${'['.repeat(DEPTH)}"${KEY}"${']'.repeat(DEPTH)};\n`;
    const result = lint(text, 'src/deep.ts');
    assert.equal(result.partial, 'nesting too deep');
    const key = result.findings.find((f) => f.ruleId === 'hardcoded-root-key');
    assert.ok(key, 'the key is reported');
    assert.equal(text.slice(key.range[0], key.range[1]), KEY);
  });

  it('inside a Markdown code block as well', () => {
    const text = `# Setup\n\n\`\`\`ts\n${TOP}${DEEP.calls}\`\`\`\n`;
    const result = lint(text, 'docs/setup.md');
    assert.equal(result.partial, 'nesting too deep');
    assert.ok(result.findings.some((f) => f.ruleId === 'missing-authorization'));
  });

  it('ordinary nesting is read in full and says nothing', () => {
    const text = `${TOP}const a = ${'['.repeat(60)}1${']'.repeat(60)};\n`;
    const result = lint(text, 'src/fine.ts');
    assert.equal(result.partial, undefined);
    assert.equal(result.extraction.tooDeep, undefined);
  });

  it('--fix fixes the readable part, leaves the deep part byte for byte, and says it was partial', () => {
    const text = `${TOP}${DEEP.objects}`;
    const fixed = applyFixes(text, 'src/deep.ts');
    assert.ok(fixed.output.includes('Authorization'), 'the missing header was added');
    assert.ok(fixed.output.endsWith(DEEP.objects));
    assert.equal(fixed.partial, 'nesting too deep');
  });

  it('the message front ends show', () => {
    assert.match(partialAnalysisMessage('nesting too deep'), /could not be fully analysed: nesting too deep/);
  });

  it('deepRegions blanks only the insides of brackets past the limit; statementChunks cuts at top-level line breaks', () => {
    assert.deepEqual(deepRegions('f([[[1]]], `${`${x}`}`)', 2).map((r) => [r.start, r.end, r.filler]), [[4, 7, '0'], [14, 20, '0']]);
    assert.deepEqual(deepRegions('a = {b: {c: {d: 1}}}', 2), [{ start: 13, end: 17, filler: '' }]);
    const text = 'const a = 1;\nconst b =\n  2 +\n  3;\nfoo()\n  .bar();\n';
    assert.deepEqual(statementChunks(text).map(([s, e]) => text.slice(s, e)), ['const a = 1;\n', 'const b =\n  2 +\n  3;\n', 'foo()\n  .bar();\n']);
  });

  it('parseJs keeps offsets: a node after the deep part points into the original text', () => {
    const text = `${DEEP.parens}const tail = "here";\n`;
    const parsed = parseJs(text, { language: 'typescript', fileName: 'a.ts' });
    assert.ok(parsed.tooDeep?.length);
    const last = parsed.parts.at(-1)?.program.body.at(-1);
    assert.equal(text.slice(last.start, last.end), 'const tail = "here";');
  });
});

describe('deep nesting in the CLI: findings in the report, a warning on stderr', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-deep-'));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src/deep.ts'), `${TOP}${DEEP.arrays}`);
    fs.writeFileSync(path.join(dir, 'src/fine.ts'), TOP);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function cli(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir, env: { UNKEY_LINT_WORKERS: '0' } });
    return { code, stdout, stderr };
  }

  it('reports the root key and the bad call, and warns once, naming the file', async () => {
    const { code, stdout, stderr } = await cli(['--format', 'json', 'src']);
    assert.equal(code, 1);
    const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>;
    const deep = results.find((r) => r.filePath.endsWith('deep.ts'));
    assert.deepEqual(deep?.messages.map((m) => `${m.line}:${m.ruleId}`), ['1:hardcoded-root-key', '2:missing-authorization']);
    const warning = `unkey-lint: warning: ${path.join('src', 'deep.ts')}: ${partialAnalysisMessage('nesting too deep')}\n`;
    assert.equal(stderr, warning);
    assert.match(stderr, /could not be fully analysed: nesting too deep/);
    assert.ok(!stderr.includes('fine.ts'));
    // No key on stderr.
    assert.ok(!stderr.includes(KEY.slice(6, 14)));
  });

  it('--fix-dry-run warns too', async () => {
    const { stderr } = await cli(['--fix-dry-run', '--format', 'json', 'src/deep.ts']);
    assert.match(stderr, /src\/deep\.ts: This file could not be fully analysed: nesting too deep/);
  });
});

describe('a broken, deeply nested file costs the same under any Error.stackTraceLimit', function () {
  this.timeout(120_000);
  // The fuzz suite's stall: mocha sets Error.stackTraceLimit to Infinity, and Babel's error recovery
  // creates an error object per problem deep in its recursion, each capturing the whole stack. One such
  // input took 1.9 s instead of 50 ms (more with a deeper caller stack), so the suite's 2 s limit fired and
  // its minimiser then ran that input thousands of times.
  const text = `import { Unkey } from "@unkey/api";\nconst { result }${'{a:'.repeat(300)}1${'}'.repeat(300)} = await unkey.keys.create({ apiId });\n`;
  const cpuMs = (limit: number) => {
    const saved = Error.stackTraceLimit;
    Error.stackTraceLimit = limit;
    try {
      let best = Infinity;
      for (let round = 0; round < 3; round++) {
        const started = process.cpuUsage();
        lint(text, 'src/keys.ts');
        const used = process.cpuUsage(started);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    } finally {
      Error.stackTraceLimit = saved;
    }
  };

  it('Infinity costs at most ~3x the default 10, and the host setting is restored', () => {
    cpuMs(10);
    const usual = cpuMs(10);
    const infinite = cpuMs(Infinity);
    assert.ok(infinite <= Math.max(3 * usual, usual + 30), `${usual.toFixed(0)} ms with 10, ${infinite.toFixed(0)} ms with Infinity`);
  });

  it('leaves the host setting as it found it', () => {
    const saved = Error.stackTraceLimit;
    Error.stackTraceLimit = 37;
    try {
      lint(text, 'src/keys.ts');
      assert.equal(Error.stackTraceLimit, 37);
    } finally {
      Error.stackTraceLimit = saved;
    }
  });
});
