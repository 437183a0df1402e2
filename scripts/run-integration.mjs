#!/usr/bin/env node
// Runs the integration suites inside a real VS Code extension host, offline: code-server serves VS Code's
// web workbench and runs the genuine (Node) extension host; headless Chromium opens the workbench with
// extensionTestsPath set, and the workbench calls window.codeAutomationExit(code) when the suite settles.
// Then a UI phase: Playwright drives the real workbench (test/ui/*.ui.ts).
//
// Usage: node scripts/run-integration.mjs [run...] [--grep <pattern>] [--no-build] [--keep]
//   run: trusted | restricted | workspace-file | ui | ui:<name> (default: all). --keep leaves the temp dirs for inspection.
// Prints each run's mocha report and ends with one line "N passed, N failed".
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as util from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const OUT = path.join(ROOT, 'out/test');
// Must match test/integration/mochaEntry.ts: the entry prefixes its report lines with OUTPUT_TAG when the
// env var of the same name is set, and ends with a SUMMARY_TAG line holding mocha's counts as JSON.
const OUTPUT_TAG = '[unkey-lint-test] ';
const SUMMARY_TAG = 'UNKEY_LINT_MOCHA_SUMMARY ';
// Per run; mocha's own per-test timeout (20 s) catches a hung test long before this.
const RUN_TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS || 600_000);
const UI_TIMEOUT_MS = Number(process.env.UI_TIMEOUT_MS || 180_000);
const PAGE_LOAD_TIMEOUT_MS = 120_000;

// Quiet, deterministic workbench: no welcome page, no tips, no network-bound features.
export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.hover.delay': 300,
  'editor.stickyScroll.enabled': false,
  'chat.disableAIFeatures': true,
  // Built-in TypeScript support: syntax server only (no project loading, no type acquisition over the
  // network); it competes with the tests for CPU otherwise.
  'typescript.tsserver.useSyntaxServer': 'always',
  'typescript.disableAutomaticTypeAcquisition': true,
  'npm.autoDetect': 'off',
};
export const TRUSTED = { 'security.workspace.trust.enabled': false };
// Trust on, no startup prompt: the folder stays untrusted, i.e. opens in Restricted Mode.
export const RESTRICTED = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' };

export const RUNS = [
  { name: 'trusted', workspace: 'test/fixtures/workspace', settings: TRUSTED },
  { name: 'restricted', workspace: 'test/fixtures/workspace', settings: RESTRICTED },
  // Opened from a .code-workspace file (written into the workspace copy, listing that folder) instead of
  // the folder: a multi-root workspace, whose "settings" the suite makes hostile.
  { name: 'workspace-file', workspace: 'test/fixtures/workspace', settings: TRUSTED, workspaceFile: 'unkey-lint.code-workspace' },
];

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

// ---------------------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const options = { selected: [], grep: undefined, build: true, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--grep') options.grep = argv[++i];
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--keep') options.keep = true;
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else options.selected.push(arg);
  }
  return options;
}

const listFiles = (dir, suffix) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(suffix)).sort() : [];

/** Builds the extension, each run's mocha entry and test files, and the UI tests. */
export async function build() {
  const started = Date.now();
  await run(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT });
  const common = {
    bundle: true, platform: 'node', target: 'node20', sourcemap: 'inline', sourcesContent: false,
    logLevel: 'warning', absWorkingDir: ROOT,
    // Mocha's parallel mode resolves worker files at run time; we never use it.
    logOverride: { 'require-resolve-not-external': 'silent' },
  };
  const builds = [];
  for (const { name } of RUNS) {
    const src = path.join(ROOT, 'test/integration', name);
    const out = path.join(OUT, 'integration', name);
    fs.rmSync(out, { recursive: true, force: true });
    // Test files are separate bundles that mocha loads with addFile, the standard contract that
    // @vscode/test-electron uses too. Mocha itself is bundled into index.js (it ships as ESM).
    const entryPoints = ['index.ts', ...listFiles(src, '.test.ts')].map((f) => path.join(src, f));
    builds.push(esbuild.build({ ...common, format: 'cjs', entryPoints, outdir: out, external: ['vscode'] }));
  }
  const uiSrc = path.join(ROOT, 'test/ui');
  fs.rmSync(path.join(OUT, 'ui'), { recursive: true, force: true });
  const uiEntries = listFiles(uiSrc, '.ui.ts').map((f) => path.join(uiSrc, f));
  if (uiEntries.length) {
    builds.push(esbuild.build({
      ...common, format: 'esm', entryPoints: uiEntries, outdir: path.join(OUT, 'ui'), outExtension: { '.js': '.mjs' },
      external: ['playwright-core'],
    }));
  }
  await Promise.all(builds);
  log(`built extension and test bundles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

function log(message) {
  process.stdout.write(`[integration] ${message}\n`);
}

async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Everything a session started, so it can be torn down in every case (also on Ctrl+C). */
const live = new Set();
function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of live) killGroup(child);
    process.exit(130);
  });
}
process.on('exit', () => { for (const child of live) killGroup(child); });

/**
 * Starts code-server on a free loopback port with a fresh user-data dir and a copy of the workspace,
 * and opens a headless Chromium page on it. Returns a handle whose close() ends everything.
 */
async function startSession(label, { workspace: workspaceFixture, workspaceFile, settings, env }, keep) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `unkey-lint-${label}-`));
  const userDataDir = path.join(tmp, 'user');
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  fs.writeFileSync(settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  // Tests edit and save fixture files: give each session its own copy.
  fs.cpSync(path.join(ROOT, workspaceFixture), workspace, { recursive: true });
  // What the workbench opens: the folder, or a workspace file listing it.
  const open = workspaceFile ? { workspace: path.join(workspace, workspaceFile) } : { folder: workspace };
  if (open.workspace) fs.writeFileSync(open.workspace, JSON.stringify({ folders: [{ path: '.' }], settings: {} }, null, 2));

  const port = await freePort();
  const serverLog = fs.createWriteStream(path.join(ARTIFACTS, `${label}-code-server.log`));
  const server = spawn(CODE_SERVER, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--user-data-dir', userDataDir, '--extensions-dir', path.join(tmp, 'ext'), workspace,
  ], {
    // Its own process group, so killing the group also ends the extension host and other children.
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env },
  });
  live.add(server);
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  server.on('exit', () => live.delete(server));

  const close = async () => {
    await browser?.close().catch(() => {});
    killGroup(server);
    live.delete(server);
    serverLog.end();
    if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
  };

  let browser;
  try {
    await waitForServer(port, server);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    return { page, port, workspace, open, userDataDir, settingsFile, tmp, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function waitForServer(port, server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited early with code ${server.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('code-server did not answer on /healthz within 60 s');
}

/** `open` is `{ folder }` or `{ workspace }` (a .code-workspace file): code-server's query parameters. */
function workbenchUrl(port, open, payload) {
  const query = new URLSearchParams({ ...open, payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${query}`;
}

const remote = (port, file) => `vscode-remote://127.0.0.1:${port}${file}`;

/** The workbench logs with a %c style marker and its CSS argument first; drop them for the log file. */
function consoleText(message) {
  return message.text().replace(/^%c\s*(\w+)\s+color: #\w+\s*/, '$1 ');
}

/** Runs one mocha suite in the extension host; resolves with its counts. */
export async function runSuite(spec, options) {
  const label = spec.name;
  const started = Date.now();
  const entry = path.join(OUT, 'integration', label, 'index.js');
  const result = { label, passed: 0, failed: 0, ok: false, summary: false };
  // The extension host inherits code-server's environment; the test entry reads MOCHA_GREP.
  const env = { UNKEY_LINT_TEST_OUTPUT_TAG: OUTPUT_TAG, ...(options.grep ? { MOCHA_GREP: options.grep } : {}) };
  const consoleLog = fs.createWriteStream(path.join(ARTIFACTS, `${label}-console.log`));
  let s;
  try {
    s = await startSession(label, { ...spec, env }, options.keep);
    let exit;
    const exited = new Promise((resolve) => { exit = resolve; });
    await s.page.exposeFunction('codeAutomationExit', (code) => exit(Number(code)));
    s.page.on('console', (message) => consoleLog.write(`${message.type()}: ${consoleText(message)}\n`));
    // The workbench hands its log (which, in extension-test mode, includes the extension host's console)
    // to window.codeAutomationLog. Only the test entry's tagged lines go to stdout; the rest is noise.
    await s.page.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = util.format(...(Array.isArray(args) ? args : [args]));
      for (const line of text.split('\n')) {
        if (!line.startsWith(OUTPUT_TAG)) continue;
        const body = line.slice(OUTPUT_TAG.length);
        if (body.startsWith(SUMMARY_TAG)) {
          const counts = JSON.parse(body.slice(SUMMARY_TAG.length));
          result.passed += counts.passed;
          result.failed += counts.failed;
          result.summary = true;
        } else {
          process.stdout.write(`${body}\n`);
        }
      }
    });
    s.page.on('pageerror', (error) => consoleLog.write(`pageerror: ${error.message}\n`));
    log(`${label}: workbench on port ${s.port}, ${Object.keys(s.open)[0]} ${Object.values(s.open)[0]}`);
    await s.page.goto(workbenchUrl(s.port, s.open, [
      ['extensionDevelopmentPath', remote(s.port, ROOT)],
      ['extensionTestsPath', remote(s.port, entry)],
      ['skipWelcome', 'true'],
    ]), { timeout: PAGE_LOAD_TIMEOUT_MS });
    const code = await withTimeout(exited, RUN_TIMEOUT_MS, `${label}: no result within ${RUN_TIMEOUT_MS / 1000} s`);
    result.ok = code === 0 && result.summary && result.failed === 0;
    if (!result.summary) {
      log(`${label}: the suite did not report its counts (did the test entry fail to load? see test-artifacts/${label}-console.log)`);
    }
  } catch (error) {
    log(`${label}: ${error?.message ?? error} (logs: test-artifacts/${label}-*.log)`);
  } finally {
    if (!result.ok && s) await screenshot(s.page, `${label}-failure.png`);
    consoleLog.end();
    await s?.close();
  }
  if (!result.summary) result.failed += 1;
  log(`${label}: ${result.passed} passed, ${result.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Runs one Playwright UI test against a workbench that has the extension loaded (no test entry). */
async function runUiTest(file, options) {
  const name = path.basename(file, '.ui.mjs');
  const label = `ui-${name}`;
  const started = Date.now();
  const result = { label, passed: 0, failed: 0, ok: false };
  const consoleLog = fs.createWriteStream(path.join(ARTIFACTS, `${label}-console.log`));
  let s;
  try {
    s = await startSession(label, { workspace: 'test/fixtures/workspace', settings: TRUSTED }, options.keep);
    s.page.on('console', (message) => consoleLog.write(`${message.type()}: ${consoleText(message)}\n`));
    const test = await import(pathToFileURL(file).href);
    if (typeof test.run !== 'function') throw new Error(`${file} does not export run()`);
    const baseUrl = `http://127.0.0.1:${s.port}`;
    await s.page.goto(workbenchUrl(s.port, s.open, [
      ['extensionDevelopmentPath', remote(s.port, ROOT)],
      ['skipWelcome', 'true'],
    ]), { timeout: PAGE_LOAD_TIMEOUT_MS });
    await s.page.locator('.monaco-workbench').waitFor({ timeout: PAGE_LOAD_TIMEOUT_MS });
    log(`${label}: workbench ready on port ${s.port}`);
    await withTimeout(
      test.run({
        page: s.page, baseUrl, workspace: s.workspace, artifacts: ARTIFACTS,
        userDataDir: s.userDataDir, settingsFile: s.settingsFile, log: (m) => log(`${label}: ${m}`),
      }),
      UI_TIMEOUT_MS, `${label}: did not finish within ${UI_TIMEOUT_MS / 1000} s`,
    );
    result.ok = true;
    result.passed = 1;
    log(`${label}: passed`);
  } catch (error) {
    result.failed = 1;
    log(`${label}: FAILED: ${error?.stack ?? error}`);
    if (s) await screenshot(s.page, `${label}-failure.png`);
  } finally {
    consoleLog.end();
    await s?.close();
  }
  log(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function screenshot(page, name) {
  try {
    await page.screenshot({ path: path.join(ARTIFACTS, name), timeout: 10_000 });
    log(`screenshot: test-artifacts/${name}`);
  } catch { /* the page may be gone */ }
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(CODE_SERVER)) {
    console.error('code-server is not installed: `npm test` installs it, or run `bash scripts/install-code-server.sh`.');
    process.exit(2);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
    process.exit(2);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (options.build) await build();

  const wants = (name) => options.selected.length === 0 || options.selected.includes(name);
  const results = [];
  for (const spec of RUNS) if (wants(spec.name)) results.push(await runSuite(spec, options));
  for (const file of listFiles(path.join(OUT, 'ui'), '.ui.mjs')) {
    const name = path.basename(file, '.ui.mjs');
    if (wants('ui') || wants(`ui:${name}`)) results.push(await runUiTest(path.join(OUT, 'ui', file), options));
  }

  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  for (const r of results) log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.label}: ${r.passed} passed, ${r.failed} failed`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && results.every((r) => r.ok) && results.length > 0 ? 0 : 1);
}

// Imported by run-electron.mjs for build() and the run table; runs only when executed directly.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error?.stack ?? String(error));
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}
