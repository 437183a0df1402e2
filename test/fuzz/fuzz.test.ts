// Seeded fuzzing of the engine (issue #10): the project's own fixtures, mutated (characters and lines
// deleted, inserted and duplicated; nesting, line continuations, quotes, backticks), must never crash
// the linter or take more than 2 s on one input (3,000 inputs), and every fix must leave text that a
// real parser of its format accepts (Babel, `bash -n`, the yaml package), settle within 10 passes and
// be stable (1,000 fix cases). A failure prints the seed and a minimised input; rerun one seed with
// UNKEY_LINT_FUZZ_SEED=<seed>.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as babelParse } from '@babel/parser';
import { parseDocument } from 'yaml';
import { applyFixes, detectLanguage, lint } from '../../src/core';

const ROOT = path.resolve(__dirname, '../..');
const SEED = Number(process.env.UNKEY_LINT_FUZZ_SEED ?? 20261130);
const INPUTS = Number(process.env.UNKEY_LINT_FUZZ_INPUTS ?? 3000);
const FIX_CASES = Math.min(1000, Math.floor(INPUTS / 3));
const SLOW_MS = 2000;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMATS = /\.(?:ts|js|sh|md|mdx|yml|yaml|http|ps1)$|(?:^|\/)Dockerfile$/;
function corpus(): { file: string; text: string }[] {
  const files: string[] = [];
  for (const base of ['test/fixtures', 'sample']) {
    for (const name of fs.readdirSync(path.join(ROOT, base), { recursive: true, encoding: 'utf8' })) {
      const file = `${base}/${name}`.split(path.sep).join('/');
      if (FORMATS.test(file) && fs.statSync(path.join(ROOT, file)).isFile()) files.push(file);
    }
  }
  return files.sort().map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), 'utf8') }));
}

const SNIPPETS = ['`', '"', "'", '\\\n', ' \\\n', '(', ')', '[', ']', '{', '}', '${', '$(', '#', ': ', '\n', '\r\n', '-H', ' -H "Authorization: Bearer x"', 'curl https://api.unkey.com/v2/keys.createKey ', '```', '<<EOF\n', 'unkey_'];

/** One random mutation of `text`. */
function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const at = Math.floor(random() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(random() * lines.length);
  switch (Math.floor(random() * 9)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 8));
    case 1:
      return text.slice(0, at) + pick(SNIPPETS) + text.slice(at);
    case 2: {
      const end = Math.min(text.length, at + 1 + Math.floor(random() * 40));
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    }
    case 3:
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n');
    case 4:
      return [...lines.slice(0, line + 1), lines[line], ...lines.slice(line + 1)].join('\n');
    case 5: {
      const depth = 1 + Math.floor(random() * 400);
      const [open, close] = pick([['[', ']'], ['(', ')'], ['{a:', '}'], ['f(', ')'], ['`${', '}`']]);
      return text.slice(0, at) + open.repeat(depth) + '1' + close.repeat(depth) + text.slice(at);
    }
    case 6:
      return [...lines.slice(0, line), ...Array.from({ length: 1 + Math.floor(random() * 50) }, () => `${lines[line]} \\`), ...lines.slice(line)].join('\n');
    case 7:
      return lines.map((l, i) => (i === line ? l + pick(['`', '"', "'", '\\']) : l)).join('\n');
    default:
      return text.slice(0, at) + pick(['"', "'", '`']) + text.slice(at, at + Math.floor(random() * 30)) + text.slice(at + Math.floor(random() * 30));
  }
}

/** Null when the text parses as its format, else why not (only formats with a real parser at hand). */
function parseError(text: string, file: string): string | null {
  const language = detectLanguage(file, text);
  try {
    if (language === 'javascript' || language === 'typescript') {
      babelParse(text, { sourceType: 'unambiguous', plugins: language === 'typescript' ? ['typescript'] : ['jsx'], errorRecovery: false });
    } else if (language === 'yaml') {
      const errors = parseDocument(text).errors;
      if (errors.length) return errors[0].message.split('\n')[0];
    } else if (language === 'shell') {
      const result = spawnSync('bash', ['-n'], { input: text, encoding: 'utf8', timeout: 5000 });
      if (result.status !== 0) return result.stderr.split('\n')[0] || `bash -n exited ${result.status}`;
    }
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
}

/** Shrinks `text` while `fails` holds: whole lines first, then single characters (bounded). */
function minimise(text: string, fails: (t: string) => boolean): string {
  let current = text;
  for (let chunk = 64; chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let i = 0; i < current.length && i < 20_000; ) {
      const candidate = current.slice(0, i) + current.slice(i + chunk);
      if (candidate !== current && fails(candidate)) current = candidate;
      else i += chunk;
    }
  }
  return current;
}

function report(kind: string, index: number, file: string, input: string, fails: (t: string) => boolean, detail: string): never {
  const small = process.env.UNKEY_LINT_FUZZ_NO_MINIMISE ? input.slice(0, 2000) : minimise(input, fails);
  assert.fail(`${kind} (seed ${SEED}, input ${index}, from ${file}): ${detail}\nminimised input (${small.length} chars): ${JSON.stringify(small)}`);
}

describe(`fuzzing the engine (seed ${SEED})`, function () {
  this.timeout(600_000);
  const random = prng(SEED);
  const sources = corpus();
  const inputs: { file: string; text: string }[] = [];
  before(() => {
    for (let i = 0; i < INPUTS; i++) {
      const source = sources[Math.floor(random() * sources.length)];
      let text = source.text;
      const rounds = 1 + Math.floor(random() * 3);
      for (let r = 0; r < rounds; r++) text = mutate(text, random);
      inputs.push({ file: source.file, text });
    }
  });

  it(`${INPUTS} mutated inputs: no crash, none over ${SLOW_MS} ms`, () => {
    assert.ok(sources.length >= 20, `${sources.length} fixtures`);
    inputs.forEach(({ file, text }, index) => {
      const crashes = (t: string) => {
        try {
          lint(t, file);
          return false;
        } catch {
          return true;
        }
      };
      // CPU time, not wall time: a busy machine must not fail the suite, a slow input must.
      const started = process.cpuUsage();
      try {
        lint(text, file);
      } catch (error) {
        report('crash', index, file, text, crashes, String((error as Error)?.stack ?? error).split('\n').slice(0, 3).join(' | '));
      }
      const used = process.cpuUsage(started);
      const elapsed = (used.user + used.system) / 1000;
      if (elapsed > SLOW_MS) {
        const slow = (t: string) => {
          const s = process.cpuUsage();
          lint(t, file);
          const u = process.cpuUsage(s);
          return (u.user + u.system) / 1000 > SLOW_MS;
        };
        report('slow', index, file, text, slow, `${elapsed.toFixed(0)} ms`);
      }
    });
  });

  it(`${FIX_CASES} fix cases: output parses, settles in 10 passes, and fixing again changes nothing`, () => {
    let cases = 0;
    for (let index = 0; index < inputs.length && cases < FIX_CASES; index++) {
      const { file, text } = inputs[index];
      if (!lint(text, file).findings.some((f) => f.fix)) continue;
      cases++;
      const before = parseError(text, file);
      const { output, passes } = applyFixes(text, file);
      // Text that did not parse before may stay broken; text that parsed must still parse.
      const after = before === null ? parseError(output, file) : null;
      if (after !== null) {
        report('fix breaks the file', index, file, text, (t) => parseError(t, file) === null && parseError(applyFixes(t, file).output, file) !== null, after);
      }
      if (passes >= 10) report('fix never settles', index, file, text, (t) => applyFixes(t, file).passes >= 10, `${passes} passes`);
      const again = applyFixes(output, file).output;
      if (again !== output) report('fix is not stable', index, file, text, (t) => { const o = applyFixes(t, file).output; return applyFixes(o, file).output !== o; }, 'a second --fix changed the text again');
    }
    assert.ok(cases >= FIX_CASES, `only ${cases} inputs had fixes`);
  });
});
