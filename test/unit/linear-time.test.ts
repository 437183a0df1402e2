// No hang (issue #10, item 12): a curl command continued over thousands of lines (each line a URL, so
// as many request sites) is linted in linear time; fixing it once was quadratic in the same place (the
// fix builders run while linting). Measured as a ratio within one run, in CPU time, after a warm-up, so
// a slow or busy machine does not matter. Quadrupling the lines separates the two cleanly: linear work
// grows ~4x, quadratic ~16x, so a limit of 7x leaves room for GC and load noise (one round of a busy
// machine measured 2.8x for a mere doubling) and still fails the old quadratic code.
import * as assert from 'node:assert/strict';
import { applyEdits, applyFixes, fixUntilStable, lint, type Finding, type TextEdit } from '../../src/core';
import { offsetMapper } from '../../src/core/fix';

const LINE = 'curl -X POST https://api.unkey.com/v2/keys.createKey \\\n';
const N = 2000;
const FACTOR = 4;
const LIMIT = 7;

function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('curl continuations are linear', function () {
  this.timeout(180_000);
  const forms: Record<string, (n: number) => [string, string]> = {
    shell: (n) => ['a.sh', `${LINE.repeat(n)}  -d x\n`],
    'YAML run: |': (n) => ['.github/workflows/a.yml', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n${`          ${LINE}`.repeat(n)}          -d x\n`],
    Markdown: (n) => ['a.md', `\`\`\`bash\n${LINE.repeat(n)}-d x\n\`\`\`\n`],
  };
  for (const [name, make] of Object.entries(forms)) {
    it(`${name}: ${FACTOR}x ${N} continued lines at most ${LIMIT}x the time`, () => {
      const [file, warm] = make(200);
      assert.ok(applyFixes(warm, file).output.includes('Authorization: Bearer'), 'the fix applies');
      let small = Infinity;
      let large = Infinity;
      for (let round = 0; round < 3; round++) {
        small = Math.min(small, cpuMs(() => lint(make(N)[1], file)));
        large = Math.min(large, cpuMs(() => lint(make(FACTOR * N)[1], file)));
      }
      assert.ok(large / small <= LIMIT, `${name}: ${small.toFixed(0)} ms for ${N} lines, ${large.toFixed(0)} ms for ${FACTOR * N} (x${(large / small).toFixed(2)})`);
    });
  }
});

// The same for many requests in one JS file (the bench's 100,000-call file): a per-request walk of the
// whole program (the response-read check built its parent map once per call) made 4x the calls 21x the time.
describe('many requests in one file are linear', function () {
  this.timeout(180_000);
  const forms: Record<string, (n: number) => string> = {
    'fetch(u) calls': (n) => `const u = "https://api.unkey.com/v2/keys.getKey";\n${'fetch(u)\n'.repeat(n)}`,
    'answers read as JSON': (n) => {
      let body = '';
      for (let i = 0; i < n; i++) body += `const r${i} = await fetch(u);\nconst j${i} = await r${i}.json();\nj${i}.valid;\n`;
      return `const u = "https://api.unkey.com/v2/keys.verifyKey";\n${body}`;
    },
    // Each wrapper's uses are looked up in the whole program: a walk of every top-level statement per wrapper was quadratic (half as many: each is two statements).
    'wrapper functions, each called once': (n) => {
      let body = '';
      for (let i = 0; i < n / 2; i++) body += `function w${i}(path: string) { return fetch(BASE + path, { method: "POST" }); }\nawait w${i}("/v2/keys.createKey");\n`;
      return `const BASE = "https://api.unkey.com";\n${body}`;
    },
  };
  const CALLS = 1000;
  for (const [name, make] of Object.entries(forms)) {
    it(`${name}: ${FACTOR}x ${CALLS} requests at most ${LIMIT}x the time`, () => {
      assert.equal(lint(make(CALLS), 'a.ts').findings.length > 0, true, 'the requests are findings');
      let small = Infinity;
      let large = Infinity;
      for (let round = 0; round < 3; round++) {
        small = Math.min(small, cpuMs(() => lint(make(CALLS), 'a.ts')));
        large = Math.min(large, cpuMs(() => lint(make(FACTOR * CALLS), 'a.ts')));
      }
      assert.ok(large / small <= LIMIT, `${name}: ${small.toFixed(0)} ms for ${CALLS} requests, ${large.toFixed(0)} ms for ${FACTOR * CALLS} (x${(large / small).toFixed(2)})`);
    });
  }
});

// Fixing: after each pass, which fixes left their finding in place was found by scanning every finding
// of the next lint per applied fix (a list search, then a walk of all edits per candidate): the 100,000-call
// file took 130 s to fix. A linter that costs nothing isolates the fixing loop itself.
describe('the fixing loop is linear in the number of fixes', function () {
  this.timeout(180_000);
  // Each `a` is a fixable finding (fixed to `b`); each `b` an unfixable finding of another rule.
  const lintText = (text: string): Finding[] => {
    const findings: Finding[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === 'a') findings.push({ ruleId: 'missing-authorization', severity: 'error', message: 'm', range: [i, i + 1], fix: { range: [i, i + 1], text: 'bb' } });
      else if (text[i] === 'b') findings.push({ ruleId: 'wrong-method', severity: 'error', message: 'n', range: [i, i + 1] });
    }
    return findings;
  };
  const COUNT = 10_000;
  // The larger run makes more garbage that lives longer, so under load it measured up to 9x (the old
  // quadratic loop: 15.8x). Five rounds and a 10x limit keep the two apart.
  const FIX_LIMIT = 10;
  it(`${FACTOR}x ${COUNT} fixes at most ${FIX_LIMIT}x the time`, () => {
    const make = (n: number) => 'a;'.repeat(n);
    const fixed = fixUntilStable(make(3), lintText);
    assert.deepEqual([fixed.output, fixed.passes, fixed.remaining.length, fixed.dropped.length], ['bb;bb;bb;', 1, 6, 0]);
    let small = Infinity;
    let large = Infinity;
    for (let round = 0; round < 5; round++) {
      small = Math.min(small, cpuMs(() => fixUntilStable(make(COUNT), lintText)));
      large = Math.min(large, cpuMs(() => fixUntilStable(make(FACTOR * COUNT), lintText)));
    }
    assert.ok(large / small <= FIX_LIMIT, `${small.toFixed(0)} ms for ${COUNT} fixes, ${large.toFixed(0)} ms for ${FACTOR * COUNT} (x${(large / small).toFixed(2)})`);
  });

  it('maps offsets through the applied edits as a walk over them does', () => {
    // The plain walk the binary search replaced.
    const walk = (offset: number, edits: readonly TextEdit[]) => {
      let shift = 0;
      for (const edit of edits) {
        if (edit.range[1] <= offset) shift += edit.text.length - (edit.range[1] - edit.range[0]);
        else if (edit.range[0] < offset) return edit.range[0] + shift;
        else break;
      }
      return offset + shift;
    };
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const text = 'x'.repeat(60);
      const edits: TextEdit[] = [];
      for (let k = random(8); k > 0; k--) {
        const start = random(61);
        edits.push({ range: [start, Math.min(60, start + random(4))], text: 'y'.repeat(random(4)) });
      }
      const { applied } = applyEdits(text, edits);
      const moved = offsetMapper(applied);
      for (let offset = 0; offset <= 60; offset++) assert.equal(moved(offset), walk(offset, applied), `offset ${offset}, edits ${JSON.stringify(applied)}`);
    }
  });
});
