// Seeded fuzzing of the engine (issue #10): the project's own fixtures, mutated (characters and lines
// deleted, inserted and duplicated; nesting, line continuations, quotes, backticks), must never crash
// the linter or take more than 2 s of CPU on one input (3,000 inputs), and every fix must leave text that
// a real parser of its format accepts (Babel, `bash -n`, the yaml package), settle within 10 passes and
// be stable (1,000 fix cases); and a JS/TS lint that reuses the parse of the fixture (the editor's
// incremental re-parse) must report what a lint from scratch does, edit by edit. A failure prints the
// seed, the input's index and a minimised input; rerun one seed with UNKEY_LINT_FUZZ_SEED=<seed>.
//
// The engine runs in a worker thread (worker.ts): a hang there is seen from here, the worker is ended and
// the input reported, so the suite cannot stall. Every child process has a timeout, and minimising a
// failure has a time budget (it once ran a 2 s input thousands of times: over 8 minutes of "stall").
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { mulberry32 } from '../seeded';
import type { FixOutcome, IncrementalOutcome, Input, LintOutcome, ParseCheck, Request } from './worker';

const ROOT = path.resolve(__dirname, '../..');
const SEED = Number(process.env.UNKEY_LINT_FUZZ_SEED ?? 20261130);
const INPUTS = Number(process.env.UNKEY_LINT_FUZZ_INPUTS ?? 3000);
const FIX_CASES = Math.min(1000, Math.floor(INPUTS / 3));
/** CPU time one input may take. */
const SLOW_MS = 2000;
/** Wall time without progress after which the worker is taken to hang (generous: the machine may be busy). */
const HANG_MS = Number(process.env.UNKEY_LINT_FUZZ_HANG_MS ?? 30_000);
/** Wall time the worker may take to load the engine. */
const STARTUP_MS = 180_000;
/** Wall time minimising one failure may take. */
const MINIMISE_MS = 60_000;

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

/** Runs worker.ts requests one at a time; a request that stops making progress ends the worker. */
class Runner {
  private worker: Worker | undefined;
  private readonly progress = new Int32Array(new SharedArrayBuffer(8));

  private start(): Worker {
    const source = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'worker.ts'))});`;
    return new Worker(source, { eval: true, workerData: { fuzzWorker: true, progress: this.progress.buffer } });
  }

  /** The outcomes, or the index of the input the worker hung on (it is then ended; the next call starts a new one). */
  run<T>(request: Request, hangMs = HANG_MS): Promise<{ outcomes: T[] } | { hang: number }> {
    const worker = (this.worker ??= this.start());
    Atomics.store(this.progress, 0, -1);
    return new Promise((resolve, reject) => {
      let seen = Atomics.load(this.progress, 1);
      let since = Date.now();
      const watch = setInterval(() => {
        const now = Atomics.load(this.progress, 1);
        if (now !== seen) {
          seen = now;
          since = Date.now();
        } else if (Date.now() - since > hangMs) {
          const index = Atomics.load(this.progress, 0);
          // Before its first input the worker is still loading (slow on a busy machine): not a hang yet.
          if (index === -1 && Date.now() - since < STARTUP_MS) return;
          done();
          this.close();
          if (index === -1) reject(new Error(`the fuzz worker did not start within ${STARTUP_MS / 1000} s`));
          else resolve({ hang: index });
        }
      }, 200);
      const done = () => {
        clearInterval(watch);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (outcomes: T[]) => {
        done();
        resolve({ outcomes });
      };
      const onError = (error: Error) => {
        done();
        this.worker = undefined;
        reject(error);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(request);
    });
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}

/**
 * `bash -n` over many texts with one bash process (a node spawn per text cost most of the suite's time);
 * the texts that fail, with bash's first line. One timeout for the batch; if it fires, one per text.
 */
function bashSyntax(texts: string[]): Map<number, string> {
  const failed = new Map<number, string>();
  if (texts.length === 0) return failed;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-fuzz-'));
  try {
    const files = texts.map((text, i) => {
      const file = path.join(dir, `${i}.sh`);
      fs.writeFileSync(file, text);
      return file;
    });
    const batch = spawnSync('bash', ['-c', 'for f in "$@"; do bash -n "$f" >/dev/null 2>&1 || echo "${f##*/}"; done', 'bash', ...files], { encoding: 'utf8', timeout: 120_000 });
    const suspects = batch.status === 0 ? batch.stdout.split('\n').filter(Boolean).map((name) => Number.parseInt(name, 10)) : files.map((_, i) => i);
    for (const i of suspects) {
      const one = spawnSync('bash', ['-n', files[i]], { encoding: 'utf8', timeout: 10_000 });
      if (one.status !== 0) failed.set(i, (one.stderr.split('\n')[0] || `bash -n ${one.error ? 'timed out' : `exited ${one.status}`}`).replace(`${files[i]}: `, ''));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return failed;
}

/** A ParseCheck resolved (bash for shell): null when the text parses. */
function resolveCheck(check: ParseCheck, text: string): string | null {
  return check === 'shell' ? (bashSyntax([text]).get(0) ?? null) : check;
}

/**
 * Shrinks `text` while `fails` holds: chunks of lines first, then of characters, within MINIMISE_MS (a
 * failure is reported with the smallest input found by then).
 */
async function minimise(text: string, fails: (t: string) => Promise<boolean>): Promise<string> {
  const deadline = Date.now() + MINIMISE_MS;
  let current = text;
  const shrink = async (split: (t: string) => string[], join: string) => {
    let pieces = split(current);
    for (let chunk = Math.max(1, 2 ** Math.floor(Math.log2(pieces.length / 2 || 1))); chunk >= 1; chunk = Math.floor(chunk / 2)) {
      for (let i = 0; i < pieces.length && Date.now() < deadline; ) {
        const candidate = [...pieces.slice(0, i), ...pieces.slice(i + chunk)];
        if (candidate.length < pieces.length && (await fails(candidate.join(join)))) {
          pieces = candidate;
          current = pieces.join(join);
        } else i += chunk;
      }
    }
  };
  await shrink((t) => t.split('\n'), '\n');
  if (current.length <= 4000) await shrink((t) => [...t], '');
  return current;
}

describe(`fuzzing the engine (seed ${SEED})`, function () {
  this.timeout(900_000);
  const random = mulberry32(SEED);
  const sources = corpus();
  const inputs: Input[] = [];
  /** The fixture each input was mutated from. */
  const originals = new Map<number, string>();
  const runner = new Runner();

  before(() => {
    for (let i = 0; i < INPUTS; i++) {
      const source = sources[Math.floor(random() * sources.length)];
      let text = source.text;
      const rounds = 1 + Math.floor(random() * 3);
      for (let r = 0; r < rounds; r++) text = mutate(text, random);
      inputs.push({ index: i, file: source.file, text });
      originals.set(i, source.text);
    }
  });
  after(() => runner.close());

  /** Fails the test with the seed, the input and a minimised input (the whole input is written to a file). */
  async function report(kind: string, input: Input, detail: string, fails: (t: string) => Promise<boolean>): Promise<never> {
    const saved = path.join(os.tmpdir(), `unkey-lint-fuzz-${SEED}-${input.index}${path.extname(input.file) || '.txt'}`);
    fs.writeFileSync(saved, input.text);
    const small = process.env.UNKEY_LINT_FUZZ_NO_MINIMISE ? input.text.slice(0, 2000) : await minimise(input.text, fails);
    assert.fail(`${kind} (seed ${SEED}, input ${input.index}, from ${input.file}): ${detail}\nwhole input: ${saved}\nminimised input (${small.length} chars): ${JSON.stringify(small)}`);
  }

  /** One lint in the worker, for minimising: what it did, or 'hang'. */
  async function lintOnce(input: Input, text: string, hangMs: number): Promise<LintOutcome | 'hang'> {
    const result = await runner.run<LintOutcome>({ kind: 'lint', inputs: [{ ...input, text }], limitMs: SLOW_MS }, hangMs);
    return 'hang' in result ? 'hang' : result.outcomes[0];
  }

  it(`${INPUTS} mutated inputs: no crash, no hang, none over ${SLOW_MS} ms of CPU`, async () => {
    assert.ok(sources.length >= 20, `${sources.length} fixtures`);
    const result = await runner.run<LintOutcome>({ kind: 'lint', inputs, limitMs: SLOW_MS });
    if ('hang' in result) {
      const input = inputs[result.hang];
      await report('hang', input, `no progress for ${HANG_MS / 1000} s`, async (t) => (await lintOnce(input, t, 5000)) === 'hang');
      return;
    }
    assert.equal(result.outcomes.length, INPUTS);
    for (const outcome of result.outcomes) {
      const input = inputs[outcome.index];
      if (outcome.error) {
        await report('crash', input, outcome.error, async (t) => {
          const again = await lintOnce(input, t, 5000);
          return again !== 'hang' && again.error !== undefined;
        });
      }
      if (outcome.ms > SLOW_MS) {
        await report('slow', input, `${outcome.ms.toFixed(0)} ms of CPU`, async (t) => {
          const again = await lintOnce(input, t, 10_000);
          return again === 'hang' || again.ms > SLOW_MS;
        });
      }
    }
  });

  it(`${FIX_CASES} fix cases: output parses, settles in 10 passes, and fixing again changes nothing`, async () => {
    const result = await runner.run<FixOutcome>({ kind: 'fix', inputs, cases: FIX_CASES });
    if ('hang' in result) {
      const input = inputs[result.hang];
      await report('hang while fixing', input, `no progress for ${HANG_MS / 1000} s`, async (t) => {
        const again = await runner.run<FixOutcome>({ kind: 'fix', inputs: [{ ...input, text: t }], cases: 1 }, 5000);
        return 'hang' in again;
      });
      return;
    }
    const cases = result.outcomes;
    assert.ok(cases.length >= FIX_CASES, `only ${cases.length} inputs had fixes`);
    // Shell: `bash -n` in two batches (the inputs, then the outputs of those that parsed).
    const shellBefore = cases.filter((c) => c.before === 'shell');
    const brokenBefore = bashSyntax(shellBefore.map((c) => inputs[c.index].text));
    const shellAfter = shellBefore.filter((_, i) => !brokenBefore.has(i));
    const brokenAfter = bashSyntax(shellAfter.map((c) => c.output ?? ''));
    const afterError = new Map<number, string>(shellAfter.flatMap((c, i) => (brokenAfter.has(i) ? [[c.index, brokenAfter.get(i) as string]] : [])));
    for (const c of cases) if (c.before === null && c.after !== null && c.after !== undefined && c.after !== 'shell') afterError.set(c.index, c.after);

    const fixOf = async (input: Input, t: string) => {
      const again = await runner.run<FixOutcome>({ kind: 'fix', inputs: [{ ...input, text: t }], cases: 1 }, 10_000);
      return 'hang' in again ? undefined : again.outcomes[0];
    };
    for (const c of cases) {
      const input = inputs[c.index];
      const broken = afterError.get(c.index);
      if (broken !== undefined) {
        await report('fix breaks the file', input, broken, async (t) => {
          const again = await fixOf(input, t);
          if (!again || resolveCheck(again.before, t) !== null) return false;
          return again.after !== undefined && resolveCheck(again.after, again.output ?? '') !== null;
        });
      }
      if (c.passes >= 10) await report('fix never settles', input, `${c.passes} passes`, async (t) => ((await fixOf(input, t))?.passes ?? 0) >= 10);
      if (!c.stable) await report('fix is not stable', input, 'a second --fix changed the text again', async (t) => (await fixOf(input, t))?.stable === false);
    }
  });
  it('JS/TS inputs: a lint that re-parses only what the edit touched reports what a lint from scratch does', async () => {
    // The editor keeps a document's last parse (js/incremental.ts); every mutation here is an edit from the
    // fixture to the input and back, which that path must read exactly as a whole parse does.
    const cases = inputs.filter((input) => /\.(?:[mc]?[jt]sx?)$/.test(input.file)).map((input) => ({ ...input, before: originals.get(input.index) as string }));
    const result = await runner.run<IncrementalOutcome>({ kind: 'incremental', inputs: cases });
    assert.ok(!('hang' in result), 'the incremental runs made progress');
    assert.equal(result.outcomes.length, cases.length);
    for (const outcome of result.outcomes) {
      if (!outcome.differs) continue;
      const input = inputs[outcome.index];
      assert.fail(`incremental lint differs (seed ${SEED}, input ${input.index}, from ${input.file}):\nreused: ${outcome.differs[0].slice(0, 1500)}\nscratch: ${outcome.differs[1].slice(0, 1500)}`);
    }
    // Random mutations mostly break the syntax, and then both sides parse whole (the default seed: 93 of
    // 942 cases reused the tree); the comparison above proves something only if some did.
    const reused = result.outcomes.filter((o) => o.reused).length;
    assert.ok(reused >= cases.length / 20, `the parse memory was used in ${reused} of ${cases.length} cases`);
  });
});
