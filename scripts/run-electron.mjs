#!/usr/bin/env node
// Runs the same compiled integration suites under @vscode/test-electron (desktop VS Code).
// It downloads VS Code from Microsoft's update servers on first use, so it needs internet access;
// offline (as in our CI), use `npm run test:integration`, which runs them in code-server.
// Usage: node scripts/run-electron.mjs [run...]   (on a Linux machine without a display, wrap it in xvfb-run)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { BASE_SETTINGS, OUT, ROOT, RUNS, build } from './run-integration.mjs';

const VSCODE_VERSION = process.env.VSCODE_TEST_VERSION || '1.100.3';

async function runOne(spec) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `unkey-lint-electron-${spec.name}-`));
  const userDataDir = path.join(tmp, 'user');
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...spec.settings }, null, 2));
  fs.cpSync(path.join(ROOT, spec.workspace), workspace, { recursive: true });
  // A run that opens a .code-workspace file gets the same file the code-server runner writes.
  let target = workspace;
  if (spec.workspaceFile) {
    target = path.join(workspace, spec.workspaceFile);
    fs.writeFileSync(target, JSON.stringify({ folders: [{ path: '.' }], settings: {} }, null, 2));
  }
  try {
    return await runTests({
      version: VSCODE_VERSION,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(OUT, 'integration', spec.name, 'index.js'),
      launchArgs: [target, '--user-data-dir', userDataDir, '--extensions-dir', path.join(tmp, 'ext'), '--disable-extensions'],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const selected = process.argv.slice(2);
  await build();
  let failed = 0;
  for (const spec of RUNS) {
    if (selected.length && !selected.includes(spec.name)) continue;
    console.log(`[electron] ${spec.name}`);
    try {
      await runOne(spec);
      console.log(`[electron] ${spec.name}: passed`);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      if (/download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|fetch failed|update\.code\.visualstudio\.com/i.test(message)) {
        console.error(
          `[electron] could not download VS Code ${VSCODE_VERSION} (${message.split('\n')[0]}).\n` +
          '[electron] @vscode/test-electron needs internet access to fetch VS Code. Offline, run the same suites ' +
          'in code-server instead: npm run test:integration',
        );
        process.exit(1);
      }
      console.error(`[electron] ${spec.name}: FAILED: ${message}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`[electron] ${error?.stack ?? error}`);
  process.exit(1);
});
