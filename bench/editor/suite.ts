// The editor half of the benchmark, run inside the real extension host (code-server) by bench/editor.mjs:
// activation, open -> first diagnostics, one-character edit -> diagnostics (2,000 and 20,000 lines), and
// how often the diagnostics of a file blink (vanish, then come back) while a call is typed at 200 ms a
// character. Writes one JSON object to the file named by UNKEY_LINT_BENCH_EDITOR_OUT.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import { lint } from '../../src/core/lint';
import type { UnkeyLintApi } from '../../src/extension/index';
import { tsFile } from '../corpus';

const EXTENSION_ID = 'unkey-lint.unkey-lint';
const results: Record<string, number | string> = {};
const log = (message: string) => console.log(`[bench-editor] ${message}`);
let api: UnkeyLintApi;

const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'unkey-lint' && typeof d.code === 'object');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Timing {
  /** Until the extension set the diagnostics (its onDidPublish): what the editor shows. */
  publishedMs: number;
  /** Until vscode.languages.onDidChangeDiagnostics told this extension: VS Code debounces that by 50 ms. */
  eventMs: number;
  /** The extension's own lint, and its wait before it (the debounce after a change). */
  lintMs: number;
  delayMs: number;
  /** Whether the lint re-parsed only the statements the edit touched (the parse memory). */
  reparsed: boolean;
}

/**
 * Resolves with the milliseconds until the extension publishes diagnostics for `uri` (of `minVersion` or
 * later) that satisfy `ok`, and until VS Code's diagnostics event says so.
 */
function nextDiagnostics(uri: vscode.Uri, start: number, ok: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 10_000, minVersion = 0): Promise<Timing> {
  return new Promise((resolve, reject) => {
    let published: Omit<Timing, 'eventMs'> | undefined;
    let eventMs: number | undefined;
    const done = () => {
      if (!published || eventMs === undefined) return;
      clearTimeout(timer);
      subs.forEach((sub) => sub.dispose());
      resolve({ ...published, eventMs });
    };
    const timer = setTimeout(() => {
      subs.forEach((sub) => sub.dispose());
      reject(new Error(`no diagnostics for ${uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const subs = [
      api.onDidPublish((p) => {
        if (published || p.uri.toString() !== uri.toString() || p.version < minVersion || !ok(ours(uri))) return;
        published = { publishedMs: performance.now() - start, lintMs: p.lintMs, delayMs: p.delayMs, reparsed: p.reparse !== undefined };
        done();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (!published || eventMs !== undefined || !event.uris.some((u) => u.toString() === uri.toString()) || !ok(ours(uri))) return;
        eventMs = performance.now() - start;
        done();
      }),
    ];
  });
}

const median = (samples: number[]) => percentile(samples, 50);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function write(name: string, text: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');
  const uri = vscode.Uri.joinPath(folder, 'bench', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** One-character edits on a comment line, alternately typed and deleted; each timed to its diagnostics. */
async function relint(editor: vscode.TextEditor, edits: number, prefix: string): Promise<void> {
  const { document } = editor;
  const line = Array.from({ length: document.lineCount }, (_, i) => i).find((i) => document.lineAt(i).text.includes('// no discount'));
  if (line === undefined) throw new Error('no comment line to edit');
  const end = document.lineAt(line).range.end;
  const samples: Timing[] = [];
  for (let i = 0; i < edits; i++) {
    const start = performance.now();
    const published = nextDiagnostics(document.uri, start, (d) => d.length > 0, 60_000, document.version + 1);
    await editor.edit((b) => (i % 2 === 0 ? b.insert(end, 'x') : b.delete(new vscode.Range(end, end.translate(0, 1)))));
    samples.push(await published);
    await sleep(250);
  }
  const of = (key: Exclude<keyof Timing, 'reparsed'>) => samples.map((t) => t[key]);
  results[`${prefix}P95Ms`] = percentile(of('publishedMs'), 95);
  results[`${prefix}.medianMs`] = median(of('publishedMs'));
  results[`${prefix}.eventP95Ms`] = percentile(of('eventMs'), 95);
  results[`${prefix}.lintP95Ms`] = percentile(of('lintMs'), 95);
  results[`${prefix}.lintMedianMs`] = median(of('lintMs'));
  results[`${prefix}.delayMedianMs`] = median(of('delayMs'));
  results[`${prefix}.partialParses`] = `${samples.filter((t) => t.reparsed).length} of ${samples.length}`;
  engineAlone(document, prefix, Math.min(edits, 10));
}

/**
 * The engine alone on the document's text: in this process (the extension host), and, right after, in a
 * plain Node process on the same machine at the same moment (engine.js, built beside this suite), so a
 * difference between the two is the host's and not the machine's load.
 */
function engineAlone(document: vscode.TextDocument, prefix: string, runs: number): void {
  const text = document.getText();
  const host: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lint(text, document.fileName, {}, 'typescript');
    host.push(performance.now() - start);
  }
  results[`${prefix}.engineP95Ms`] = percentile(host, 95);
  results[`${prefix}.engineMedianMs`] = median(host);
  const child = spawnSync(process.execPath, [path.join(__dirname, 'engine.js'), document.fileName, String(runs)], { encoding: 'utf8', timeout: 120_000 });
  if (child.status !== 0) {
    results[`${prefix}.engineNodeMedianMs.skipped`] = `engine.js exited with ${child.status}: ${child.stderr.slice(0, 200)}`;
    return;
  }
  const node = JSON.parse(child.stdout) as number[];
  // The child's first runs load and optimise the code the host has long optimised: its later half only.
  results[`${prefix}.engineNodeMedianMs`] = median(node.slice(Math.floor(runs / 2)));
  results[`${prefix}.engineHostMedianAgainMs`] = median(Array.from({ length: runs }, () => {
    const start = performance.now();
    lint(text, document.fileName, {}, 'typescript');
    return performance.now() - start;
  }));
}

/** Types a call char by char; counts the times the file's earlier finding vanished and came back. */
async function blinks(): Promise<void> {
  const head = 'const key = process.env.UNKEY_ROOT_KEY;\nawait fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer " + key } });\n\n';
  const uri = await write('typing.ts', `${head}${tsFile(200, 0)}`);
  const published = nextDiagnostics(uri, performance.now(), (d) => d.length > 0, 60_000);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await published;
  const call = 'await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", body: "{}" });';
  let present = ours(uri).some((d) => d.range.start.line === 1);
  let vanished = 0;
  let count = 0;
  const sub = vscode.languages.onDidChangeDiagnostics((event) => {
    if (!event.uris.some((u) => u.toString() === uri.toString())) return;
    const now = ours(uri).some((d) => d.range.start.line === 1);
    if (present && !now) vanished++;
    if (!present && now) count++;
    present = now;
  });
  let at = new vscode.Position(2, 0);
  for (const ch of call) {
    await editor.edit((b) => b.insert(at, ch));
    at = at.translate(0, 1);
    await sleep(200);
  }
  await sleep(1000);
  sub.dispose();
  results.blinksPerTypedCall = count;
  results['blinksPerTypedCall.vanished'] = vanished;
  results['blinksPerTypedCall.chars'] = call.length;
}

async function measure(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in the host`);
  const first = await write('first.ts', tsFile(2000, 50));
  const second = await write('second.ts', tsFile(2000, 50, 3));
  const big = await write('big.ts', tsFile(20_000, 500));

  // The workspace may have woken the extension before this suite runs (a JSON or text document the
  // workbench opened): the extension measures its own activation, code loading included, either way.
  results['activation.wasActive'] = String(extension.isActive);
  const start = performance.now();
  api = (await extension.activate()) as UnkeyLintApi;
  if (!extension.isActive || typeof api?.activationMs !== 'number') throw new Error('the extension reports no activationMs');
  // The extension's clock starts when the bundle's code starts running; V8 compiled the script before
  // that. Timed here on the same bundle text (one comment added, so V8's cache of it does not answer),
  // and added: activationMs = compile + running the modules + activate().
  const bundle = fs.readFileSync(path.join(extension.extensionPath, extension.packageJSON.main), 'utf8');
  const compileStart = performance.now();
  new vm.Script(`${bundle}\n// ${Date.now()}`, { filename: 'extension-copy.js' });
  results['activation.compileMs'] = performance.now() - compileStart;
  results['activation.codeLoadingMs'] = api.codeLoadingMs;
  results['activation.activateMs'] = api.activationMs - api.codeLoadingMs;
  results.activationMs = results['activation.compileMs'] + api.activationMs;
  if (results['activation.wasActive'] === 'false') results['activation.outsideMs'] = performance.now() - start;
  results['host.stackTraceLimit'] = String(Error.stackTraceLimit);
  results['host.heapUsedMb'] = v8.getHeapStatistics().used_heap_size / 2 ** 20;

  // Opened right after activation, as when a file's language wakes the extension.
  await phase('firstDiagnosticsMs', async () => {
    const start = performance.now();
    let openEventMs: number | undefined;
    const sub = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === first.toString()) openEventMs ??= performance.now() - start;
    });
    const published = nextDiagnostics(first, start, (d) => d.length > 0, 120_000);
    const document = await vscode.workspace.openTextDocument(first);
    results['firstDiagnostics.openTextDocumentMs'] = performance.now() - start;
    await vscode.window.showTextDocument(document);
    results['firstDiagnostics.shownMs'] = performance.now() - start;
    const timing = await published;
    sub.dispose();
    results.firstDiagnosticsMs = timing.publishedMs;
    if (openEventMs !== undefined) results['firstDiagnostics.openEventMs'] = openEventMs;
    results['firstDiagnostics.lintMs'] = timing.lintMs;
    results['firstDiagnostics.eventMs'] = timing.eventMs;
    // Not part of activation: the engine's bundle, required and started right after activate() returned.
    if (api.engineLoadMs !== undefined) results['activation.engineLoadMs'] = api.engineLoadMs;
  });
  await phase('firstDiagnostics.secondFileMs', async () => {
    const start = performance.now();
    const published = nextDiagnostics(second, start, (d) => d.length > 0, 120_000);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(second));
    const timing = await published;
    results['firstDiagnostics.secondFileMs'] = timing.publishedMs;
    results['firstDiagnostics.secondFileLintMs'] = timing.lintMs;
  });
  await phase('relint2kP95Ms', async () => {
    log('relint, 2,000 lines');
    await relint(await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first)), 30, 'relint2k');
  });
  await phase('relint20kP95Ms', async () => {
    log('relint, 20,000 lines');
    const start = performance.now();
    const published = nextDiagnostics(big, start, (d) => d.length > 0, 120_000);
    const bigEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(big));
    results['relint20k.openMs'] = (await published).publishedMs;
    await relint(bigEditor, 12, 'relint20k');
    // The host's heap with the 20,000-line document's parse kept for its next edit (the parse memory).
    results['relint20k.heapUsedMb'] = v8.getHeapStatistics().used_heap_size / 2 ** 20;
  });
  await phase('blinksPerTypedCall', async () => {
    log('typing a call');
    await blinks();
  });
}

/** Runs one measurement; a failure is recorded as that key's skip reason and the others still run. */
async function phase(key: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    results[`${key}.skipped`] = `failed in the host: ${error instanceof Error ? error.message : String(error)}`;
    log(`${key}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

/** The extension-test entry contract: run() settles when done. */
export async function run(): Promise<void> {
  const out = process.env.UNKEY_LINT_BENCH_EDITOR_OUT;
  try {
    await measure();
  } catch (error) {
    results.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  for (const [k, v] of Object.entries(results)) if (typeof v === 'number') results[k] = Number(v.toFixed(1));
  if (out) fs.writeFileSync(out, JSON.stringify(results));
  else log(JSON.stringify(results));
  // The runner's line for a suite's counts (see test/integration/mochaEntry.ts).
  const tag = process.env.UNKEY_LINT_TEST_OUTPUT_TAG ?? '';
  console.log(`${tag}UNKEY_LINT_MOCHA_SUMMARY ${JSON.stringify({ passed: results.error ? 0 : 1, failed: results.error ? 1 : 0 })}`);
  // Nothing to leave dirty: the workbench closes with the session.
  await vscode.commands.executeCommand('workbench.action.files.revert').then(undefined, () => undefined);
}
