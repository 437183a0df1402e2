#!/usr/bin/env node
// The editor figures of `npm run bench`: builds the extension and bench/editor/suite.ts, runs the suite in
// the real extension host as the integration tests do (scripts/run-integration.mjs), and prints one line
// "UNKEY_LINT_BENCH_EDITOR {json}", or "SKIP <reason>" where the host is not installed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { OUT, ROOT, runSuite, TRUSTED } from '../scripts/run-integration.mjs';

const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(CODE_SERVER)) {
  console.log('SKIP code-server is not installed (npm test installs it, or bash scripts/install-code-server.sh)');
  process.exit(0);
}
if (!fs.existsSync(CHROMIUM)) {
  console.log(`SKIP Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(0);
}

const label = 'bench-editor';
const production = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
if (production.status !== 0) process.exit(1);
await esbuild.build({
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], logLevel: 'warning',
  entryPoints: { index: path.join(ROOT, 'bench/editor/suite.ts'), engine: path.join(ROOT, 'bench/editor/engine.ts') }, outdir: path.join(OUT, 'integration', label),
});
fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
const out = path.join(os.tmpdir(), `unkey-lint-bench-editor-${process.pid}.json`);
// The extension host inherits code-server's environment, and code-server this process's.
process.env.UNKEY_LINT_BENCH_EDITOR_OUT = out;
// A 20,000-line file is over the default unkeyLint.maxFileSize (1 MiB).
const settings = { ...TRUSTED, 'unkeyLint.maxFileSize': 16 * 1024 * 1024 };
await runSuite({ name: label, workspace: 'test/fixtures/workspace', settings }, { keep: false });
if (!fs.existsSync(out)) {
  console.log('SKIP the editor run produced no figures (see test-artifacts/bench-editor-*.log)');
  process.exit(0);
}
console.log(`UNKEY_LINT_BENCH_EDITOR ${fs.readFileSync(out, 'utf8')}`);
fs.rmSync(out, { force: true });
process.exit(0);
