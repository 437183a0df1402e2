// No hang (issue #10, item 12): a curl command continued over thousands of lines (each line a URL, so
// as many request sites) is linted in linear time; fixing it once was quadratic in the same place (the
// fix builders run while linting). Measured as a ratio within one run, in CPU time, after a warm-up, so
// a slow or busy machine does not matter. Quadrupling the lines separates the two cleanly: linear work
// grows ~4x, quadratic ~16x, so a limit of 7x leaves room for GC and load noise (one round of a busy
// machine measured 2.8x for a mere doubling) and still fails the old quadratic code.
import * as assert from 'node:assert/strict';
import { applyFixes, lint } from '../../src/core';

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
