#!/usr/bin/env node
// Takes docs/screenshot-grammar.png: a sample file in real VS Code (code-server's workbench in headless
// Chromium) with only our grammars loaded, in the default theme. Needs code-server installed by
// scripts/install-code-server.sh and /usr/bin/chromium. Not part of the test suite.
//
// Usage: node test/grammar/screenshot.mjs
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server/node_modules/.bin/code-server');
const OUTPUT = path.join(ROOT, 'docs/screenshot-grammar.png');
const THEME = process.env.THEME || 'Default Dark Modern';

// The key below is made up (it is shaped like a root key so that the grammar marks it).
const SAMPLE = `// Create a key: the root key comes from the environment.
const res = await fetch("https://api.unkey.com/v2/keys.createKey", {
  method: "POST",
  headers: {
    "Authorization": \`Bearer \${process.env.UNKEY_ROOT_KEY}\`,
    "Content-Type": "application/json",
  },
  body: JSON.stringify({ apiId: "api_123" }),
});

// Shell commands and pasted keys are marked too (even in comments: unkey_3ZFakeKeyForGrammarTestsXy).
execSync('curl https://api.unkey.com/v2/keys.verifyKey -H "Authorization: Bearer $UNKEY_ROOT_KEY"');
const leaked = "Bearer unkey_3ZFakeKeyForGrammarTestsXy";
const placeholder = "unkey_YOUR_API_KEY"; // a docs placeholder: not marked
const Authorization = getHeader(); // code, not a header name: not marked
`;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForServer(port, deadline) {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('code-server did not start');
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-shot-'));
  // A grammar-only copy of the extension, so the screenshot shows the grammars and nothing else.
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const ext = path.join(tmp, 'ext');
  fs.mkdirSync(ext);
  fs.cpSync(path.join(ROOT, 'syntaxes'), path.join(ext, 'syntaxes'), { recursive: true });
  fs.writeFileSync(
    path.join(ext, 'package.json'),
    JSON.stringify({
      name: 'unkey-lint-grammars',
      publisher: manifest.publisher,
      version: manifest.version,
      engines: manifest.engines,
      contributes: { grammars: manifest.contributes.grammars },
    }),
  );
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace);
  fs.writeFileSync(path.join(workspace, 'create-key.ts'), SAMPLE);
  const userDir = path.join(tmp, 'user');
  fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDir, 'User/settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'workbench.colorTheme': THEME,
      'workbench.tips.enabled': false,
      'editor.minimap.enabled': false,
      'editor.fontSize': 14,
      'editor.stickyScroll.enabled': false,
      'breadcrumbs.enabled': false,
      'typescript.tsserver.useSyntaxServer': 'always',
      'typescript.disableAutomaticTypeAcquisition': true,
      'telemetry.telemetryLevel': 'off',
      'git.enabled': false,
      'chat.disableAIFeatures': true,
    }),
  );

  const port = await freePort();
  const server = spawn(
    CODE_SERVER,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--user-data-dir', userDir, '--extensions-dir', path.join(tmp, 'extensions'), workspace],
    { detached: true, stdio: 'ignore' },
  );
  let browser;
  try {
    await waitForServer(port, Date.now() + 60_000);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 560 } });
    const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ext}`]]);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForTimeout(3000);
    // Open the file from the Explorer (quick open needs a file index that may not be ready yet).
    await page.keyboard.press('Control+Shift+E');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'create-key.ts' }).first().click({ timeout: 30_000 });
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 20_000 });
    // The Explorer is not part of the picture.
    await page.keyboard.press('Control+B');
    // Let tokenization (grammar loading happens on first use) and the layout settle.
    await page.waitForTimeout(5000);
    await page.mouse.click(1270, 550);
    await page.locator('.editor-group-container').first().screenshot({ path: OUTPUT });
    console.log(`wrote ${path.relative(ROOT, OUTPUT)}`);
  } catch (error) {
    const pages = browser?.contexts()[0]?.pages() ?? [];
    if (pages[0]) await pages[0].screenshot({ path: path.join(os.tmpdir(), 'unkey-lint-shot-failure.png') });
    throw error;
  } finally {
    await browser?.close();
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
