// The performance benchmark (issue 14). Every figure is measured in the same run as its baseline,
// alternating the two so machine noise hits both alike, and reported as a median.
//
//   npm run bench                      human table
//   npm run bench -- --json            one JSON object: every key, null with a reason when skipped
//   options: --corpus PATH (a real tree for cliVsNodeFloorReal), --runs N (CLI pairs, default 7), --eslint-runs N (1),
//            --cli PATH (another build of dist/cli.js, for before/after), --no-editor, --no-eslint, --no-vsix,
//            --keep (leave the generated corpus in the temp folder)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from '@babel/parser';
import { parserOptions } from '../src/core/js/parse';
import { lint } from '../src/core/lint';
import { bigFile, CALLS, tsFile, writeCorpus, type CorpusStats } from './corpus';

const ROOT = path.resolve(__dirname, '..');
const RUSAGE = path.join(__dirname, 'rusage.cjs');
const ESLINT_DIR = path.join(__dirname, 'eslint');

type Key =
  | 'lintVsParse' | 'fastPathVsParse' | 'cliVsNodeFloor' | 'cliVsNodeFloorReal' | 'eslintVsCli' | 'eslintPluginVsEslint'
  | 'activationMs' | 'firstDiagnosticsMs' | 'relint2kP95Ms' | 'relint20kP95Ms' | 'blinksPerTypedCall'
  | 'vsixBytes' | 'cliPeakRssMb' | 'bigFileRssMb'
  | 'pythonLintVsParse';

/** The table: each key's budget, and whether lower or higher is better. */
const BUDGETS: Record<Key, { budget: number; atLeast?: true; what: string }> = {
  lintVsParse: { budget: 1.3, what: 'engine / Babel parse, 2,000-line TS file with 50 calls (CPU)' },
  fastPathVsParse: { budget: 0.05, what: 'file with no Unkey text / that parse (CPU)' },
  cliVsNodeFloor: { budget: 1.5, what: 'CLI wall / bare Node walk+read+search, seeded 5,000-file corpus' },
  cliVsNodeFloorReal: { budget: 2.0, what: 'the same on --corpus PATH' },
  eslintVsCli: { budget: 50, atLeast: true, what: 'ESLint + typescript-eslint (one rule) / CLI, same corpus' },
  eslintPluginVsEslint: { budget: 1.3, what: 'ESLint with the one rule + the unkey-lint plugin / ESLint with the one rule, same parser (CPU)' },
  activationMs: { budget: 20, what: 'extension activation in the real host' },
  firstDiagnosticsMs: { budget: 150, what: 'open a 2,000-line file -> its diagnostics, in the host' },
  relint2kP95Ms: { budget: 10, what: 'one-character edit -> diagnostics, 2,000 lines, p95' },
  relint20kP95Ms: { budget: 80, what: 'one-character edit -> diagnostics, 20,000 lines, p95' },
  blinksPerTypedCall: { budget: 0, what: 'diagnostics emptied and refilled while typing a call at 200 ms/char' },
  vsixBytes: { budget: 4_000_000, what: 'the packaged extension, every grammar in' },
  cliPeakRssMb: { budget: 200, what: 'CLI peak RSS on the 5,000-file corpus' },
  bigFileRssMb: { budget: 250, what: 'CLI peak RSS, lint of the 100,000-call file' },
  pythonLintVsParse: { budget: 1.5, what: 'engine / tree-sitter parse, 2,000-line Python file with 50 calls (CPU; issue 15)' },
};
const KEYS = Object.keys(BUDGETS) as Key[];

// ---- options ------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const json = flag('--json');
const realCorpus = value('--corpus');
const pairs = Number(value('--runs') ?? 7);
const engineRuns = Number(process.env.BENCH_RUNS ?? 60);
// --cli PATH measures another build of the CLI (a checkout of an older commit, for before/after figures).
const CLI = path.resolve(value('--cli') ?? path.join(ROOT, 'dist/cli.js'));

const values: Partial<Record<Key, number>> = {};
const skipped: Partial<Record<Key, string>> = {};
/** Raw figures behind the ratios (milliseconds, MB, counts), for the README and the closing note. */
const details: Record<string, number | string> = {};
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// ---- helpers ------------------------------------------------------------------------------------

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Run {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  status: number | null;
  stdout: string;
}

/** Runs `node args...` to the end; wall time measured here, CPU and peak RSS by the preloaded rusage.cjs. */
function node(args: string[], cwd = ROOT): Run {
  const usageFile = path.join(os.tmpdir(), `unkey-lint-bench-${process.pid}.json`);
  fs.rmSync(usageFile, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', RUSAGE, ...args], {
    cwd,
    env: { ...process.env, UNKEY_LINT_BENCH_RUSAGE: usageFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw child.error;
  if (child.status !== 0 && child.status !== 1) throw new Error(`node ${args.join(' ')} exited with ${child.status}: ${child.stderr.slice(0, 500)}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { userMs: number; systemMs: number; maxRssKb: number };
  fs.rmSync(usageFile, { force: true });
  return { wallMs, cpuMs: usage.userMs + usage.systemMs, rssMb: usage.maxRssKb / 1024, status: child.status, stdout: child.stdout };
}

/** Alternates `a` and `b` `n` times (after one warm-up each, for the file cache, unless told not to); medians of each. */
function paired(n: number, a: () => Run, b: () => Run, warm = true): { a: Run; b: Run } {
  if (warm) {
    a();
    b();
  }
  const as: Run[] = [];
  const bs: Run[] = [];
  for (let i = 0; i < n; i++) {
    as.push(a());
    bs.push(b());
  }
  const med = (runs: Run[]): Run => ({
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
    status: runs[0].status,
    stdout: runs[0].stdout,
  });
  return { a: med(as), b: med(bs) };
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

// ---- engine vs parser (in process) --------------------------------------------------------------

interface Sample {
  wall: number;
  /** CPU milliseconds of this process (user + system): steadier than wall time on a busy machine. */
  cpu: number;
}

function sample(fn: () => void): Sample {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function engineVsParser(): void {
  progress('engine vs Babel parse');
  const withCalls = tsFile(2000, CALLS);
  const without = tsFile(2000, 0);
  const options = parserOptions({ language: 'typescript', fileName: 'bench.ts' });
  const fns = {
    parse: () => void parse(withCalls, options),
    lint: () => void lint(withCalls, 'bench.ts'),
    plain: () => void lint(without, 'bench.ts'),
  };
  for (let i = 0; i < 20; i++) for (const fn of Object.values(fns)) fn();
  const samples: Record<keyof typeof fns, Sample[]> = { parse: [], lint: [], plain: [] };
  for (let i = 0; i < engineRuns; i++) for (const [name, fn] of Object.entries(fns)) samples[name as keyof typeof fns].push(sample(fn));
  const cpu = (name: keyof typeof fns) => median(samples[name].map((s) => s.cpu));
  const wall = (name: keyof typeof fns) => median(samples[name].map((s) => s.wall));
  // CPU time decides: on a shared machine wall time also counts the time other processes ran.
  values.lintVsParse = round(cpu('lint') / cpu('parse'), 3);
  values.fastPathVsParse = round(cpu('plain') / cpu('parse'), 4);
  details.parse2kMs = round(wall('parse'));
  details.lint2kMs = round(wall('lint'));
  details.lint2kSites = lint(withCalls, 'bench.ts').extraction.sites.length;
}

/** bench/languages.ts in its own process: tree-sitter grammars load asynchronously. */
function languages(): void {
  progress('engine vs tree-sitter parse (Python, Go)');
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'languages.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BENCH_JSON: '1' } });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  try {
    const measured = JSON.parse(last) as Record<string, number>;
    values.pythonLintVsParse = round(measured.pythonLintVsParse, 3);
    for (const [k, v] of Object.entries(measured)) if (k !== 'pythonLintVsParse') details[k] = round(v, 3);
  } catch {
    skipped.pythonLintVsParse = `bench/languages.ts failed: ${(run.stderr || last).slice(0, 200)}`;
  }
}

// ---- CLI vs the floor, ESLint, memory ----------------------------------------------------------

function build(): void {
  progress('building dist/ (esbuild --production)');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
}

const cli = (target: string, ...extra: string[]) => () => node([CLI, '--format', 'json', ...extra, target]);
const floor = (target: string) => () => node([path.join(__dirname, 'floor.mjs'), target]);

function cliVsFloor(key: 'cliVsNodeFloor' | 'cliVsNodeFloorReal', target: string, label: string): Run {
  progress(`CLI vs the Node floor on ${label} (${pairs} pairs)`);
  const { a: run, b: base } = paired(pairs, cli(target), floor(target));
  values[key] = round(run.wallMs / base.wallMs);
  details[`${key}.cliWallMs`] = round(run.wallMs, 0);
  details[`${key}.floorWallMs`] = round(base.wallMs, 0);
  details[`${key}.cliCpuMs`] = round(run.cpuMs, 0);
  details[`${key}.floorCpuMs`] = round(base.cpuMs, 0);
  details[`${key}.cpuRatio`] = round(run.cpuMs / base.cpuMs);
  return run;
}

function ensureEslint(): string | undefined {
  if (fs.existsSync(path.join(ESLINT_DIR, 'node_modules/eslint'))) return undefined;
  progress('installing the ESLint baseline into bench/eslint (npm ci, once)');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ESLINT_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  return result.status === 0 ? undefined : 'npm ci in bench/eslint failed (is the npm registry reachable?)';
}

/** The ESLint plugin of issue 13, once it exists on main: a built file exporting the flat-config plugin. */
function findPlugin(): string | undefined {
  const candidates = ['dist/eslint-plugin.js', 'dist/eslint-plugin/index.js', 'dist/eslint.js', 'packages/eslint-plugin/dist/index.js'];
  return candidates.map((c) => path.join(ROOT, c)).find((c) => fs.existsSync(c));
}

function eslint(corpus: string, corpusStats: CorpusStats, cliRun: Run): void {
  const missing = ensureEslint();
  if (missing) {
    skipped.eslintVsCli = skipped.eslintPluginVsEslint = missing;
    return;
  }
  // ESLint takes tens of seconds a run on a loaded machine: few pairs, and the file cache is warm already.
  const runs = Number(value('--eslint-runs') ?? 1);
  progress(`ESLint vs CLI on the corpus (${corpusStats.jsTs} JS/TS files, ${runs} pair(s))`);
  const eslintRun = () => node([path.join(ESLINT_DIR, 'run.mjs'), corpus], ESLINT_DIR);
  const { a: es, b: ours } = paired(runs, eslintRun, cli(corpus), false);
  values.eslintVsCli = round(es.wallMs / ours.wallMs, 1);
  details['eslintVsCli.eslintWallMs'] = round(es.wallMs, 0);
  details['eslintVsCli.cliWallMs'] = round(ours.wallMs, 0);
  void cliRun;

  const plugin = findPlugin();
  if (!plugin) {
    skipped.eslintPluginVsEslint = 'no unkey-lint ESLint plugin is built on this branch yet (issue 13)';
    return;
  }
  progress('ESLint with the plugin vs ESLint alone');
  const withPlugin = () => node([path.join(ESLINT_DIR, 'run.mjs'), corpus, '--plugin', plugin], ESLINT_DIR);
  const { a: p, b: base } = paired(runs, withPlugin, eslintRun, false);
  // Both runs: the same files, typescript-eslint's parser and the one rule; the plugin run adds its
  // recommended rules (bench/eslint/run.mjs). CPU decides, as for lintVsParse: ESLint runs on one thread,
  // so on a quiet machine CPU and wall agree, and on a shared one wall time also counts other processes.
  const ran = (run: Run) => JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { rules?: number; byRule?: Record<string, number> };
  const pluginMessages = Object.entries(ran(p).byRule ?? {}).filter(([rule]) => rule.startsWith('unkey/')).reduce((n, [, count]) => n + count, 0);
  if (pluginMessages === 0) {
    skipped.eslintPluginVsEslint = 'the plugin run reported nothing of its own: the plugin did not run';
    return;
  }
  values.eslintPluginVsEslint = round(p.cpuMs / base.cpuMs);
  details['eslintPluginVsEslint.wallRatio'] = round(p.wallMs / base.wallMs);
  details['eslintPluginVsEslint.pluginWallMs'] = round(p.wallMs, 0);
  details['eslintPluginVsEslint.eslintWallMs'] = round(base.wallMs, 0);
  details['eslintPluginVsEslint.pluginCpuMs'] = round(p.cpuMs, 0);
  details['eslintPluginVsEslint.eslintCpuMs'] = round(base.cpuMs, 0);
  details['eslintPluginVsEslint.pluginRules'] = ran(p).rules ?? 0;
  details['eslintPluginVsEslint.pluginMessages'] = pluginMessages;
}

function bigFileMemory(dir: string): void {
  progress('the 100,000-call file: lint and --fix');
  const file = path.join(dir, 'big.ts');
  const text = bigFile();
  fs.writeFileSync(file, text);
  details.bigFileBytes = Buffer.byteLength(text);
  const lints: Run[] = [];
  const fixes: Run[] = [];
  for (let i = 0; i < 3; i++) {
    lints.push(cli(file)());
    fs.writeFileSync(file, text);
    fixes.push(cli(file, '--fix')());
    fs.writeFileSync(file, text);
  }
  values.bigFileRssMb = round(median(lints.map((r) => r.rssMb)), 0);
  details.bigFileLintWallMs = round(median(lints.map((r) => r.wallMs)), 0);
  details.bigFileFixRssMb = round(median(fixes.map((r) => r.rssMb)), 0);
  details.bigFileFixWallMs = round(median(fixes.map((r) => r.wallMs)), 0);
}

function vsix(dir: string): void {
  progress('packaging the .vsix');
  const out = path.join(dir, 'unkey-lint.vsix');
  const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '-o', out], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(out)) {
    skipped.vsixBytes = `vsce package failed: ${(result.stderr || result.stdout).trim().split('\n').pop()}`;
    return;
  }
  values.vsixBytes = fs.statSync(out).size;
}

// ---- the editor (real extension host) ------------------------------------------------------------

const EDITOR_KEYS = ['activationMs', 'firstDiagnosticsMs', 'relint2kP95Ms', 'relint20kP95Ms', 'blinksPerTypedCall'] as const;

function editor(): void {
  progress('the editor figures in code-server (a few minutes)');
  const result = spawnSync(process.execPath, [path.join(__dirname, 'editor.mjs')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 15 * 60_000 });
  const line = result.stdout?.split('\n').find((l) => l.startsWith('UNKEY_LINT_BENCH_EDITOR '));
  if (!line) {
    const reason = result.stdout?.split('\n').find((l) => l.startsWith('SKIP '))?.slice(5) ?? `the editor run failed (exit ${result.status}; see test-artifacts/bench-editor-*.log)`;
    for (const key of EDITOR_KEYS) skipped[key] = reason;
    return;
  }
  const measured = JSON.parse(line.slice('UNKEY_LINT_BENCH_EDITOR '.length)) as Record<string, number | string>;
  for (const key of EDITOR_KEYS) {
    const v = measured[key];
    if (typeof v === 'number') values[key] = round(v, 1);
    else skipped[key] = String(measured[`${key}.skipped`] ?? 'not measured');
  }
  for (const [k, v] of Object.entries(measured)) if (!(EDITOR_KEYS as readonly string[]).includes(k)) details[`editor.${k}`] = v;
}

// ---- main ----------------------------------------------------------------------------------------

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`;
}

function main(): void {
  const started = Date.now();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-bench-'));
  try {
    engineVsParser();
    languages();
    if (!value('--cli')) build();
    const corpus = path.join(work, 'corpus');
    progress('writing the seeded 5,000-file corpus');
    const stats = writeCorpus(corpus);
    Object.assign(details, { corpusFiles: stats.files, corpusBytes: stats.bytes, corpusFilesWithCalls: stats.withCalls, corpusJsTsFiles: stats.jsTs });
    const cliRun = cliVsFloor('cliVsNodeFloor', corpus, 'the seeded corpus');
    values.cliPeakRssMb = round(cliRun.rssMb, 0);
    if (!realCorpus) skipped.cliVsNodeFloorReal = 'no --corpus PATH given';
    else if (!fs.existsSync(realCorpus)) skipped.cliVsNodeFloorReal = `--corpus ${realCorpus} does not exist`;
    else cliVsFloor('cliVsNodeFloorReal', path.resolve(realCorpus), realCorpus);
    if (flag('--no-eslint')) skipped.eslintVsCli = skipped.eslintPluginVsEslint = '--no-eslint';
    else eslint(corpus, stats, cliRun);
    bigFileMemory(work);
    if (flag('--no-vsix')) skipped.vsixBytes = '--no-vsix';
    else vsix(work);
    if (flag('--no-editor')) for (const key of EDITOR_KEYS) skipped[key] = '--no-editor';
    else editor();
  } finally {
    if (flag('--keep')) progress(`kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
  details.seconds = Math.round((Date.now() - started) / 1000);
  report();
}

function verdict(key: Key): 'ok' | 'MISS' | 'skipped' {
  const v = values[key];
  if (v === undefined) return 'skipped';
  const { budget, atLeast } = BUDGETS[key];
  return (atLeast ? v >= budget : v <= budget) ? 'ok' : 'MISS';
}

function report(): void {
  const result: Record<string, unknown> = {};
  for (const key of KEYS) result[key] = values[key] ?? null;
  result.skipped = skipped;
  result.budgets = Object.fromEntries(KEYS.map((k) => [k, `${BUDGETS[k].atLeast ? '>=' : '<='} ${BUDGETS[k].budget}`]));
  result.met = Object.fromEntries(KEYS.map((k) => [k, verdict(k)]));
  result.details = details;
  result.machine = machine();
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const rows = KEYS.map((k) => [k, values[k] === undefined ? '-' : String(values[k]), `${BUDGETS[k].atLeast ? '>=' : '<='} ${BUDGETS[k].budget}`, verdict(k), skipped[k] ?? BUDGETS[k].what]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), ['key', 'value', 'budget', ''][c].length));
  const line = (r: string[]) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join('  ');
  console.log(line(['key', 'value', 'budget', '', 'what']));
  for (const r of rows) console.log(line(r));
  console.log('');
  for (const [k, v] of Object.entries(details)) console.log(`  ${k}: ${v}`);
  console.log(`machine: ${machine()}`);
}

main();
