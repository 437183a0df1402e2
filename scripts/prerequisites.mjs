#!/usr/bin/env node
// The first step of `npm test`: makes sure everything the suites need is on the machine, the way
// `playwright install --with-deps` does. What is present is detected and left alone, so a second run
// spends no time here. Missing Debian packages are installed with apt-get when running as root; otherwise
// one message names the exact command and the run stops.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** System packages the test suites use, with why; a later suite that needs one more adds a row here. */
export const SYSTEM_PACKAGES = [
  { apt: 'chromium', present: () => onPath('chromium'), why: 'headless browser for the VS Code integration and UI tests' },
  { apt: 'ripgrep', present: () => onPath('rg'), why: "code-server's search (seeded into its install offline)" },
  { apt: 'libkrb5-dev', present: () => debianPackage('libkrb5-dev'), why: "headers for code-server's native modules" },
  { apt: 'neovim', present: () => onPath('nvim'), why: 'the language server test drives a headless Neovim' },
  { apt: 'pre-commit', present: () => onPath('pre-commit'), why: 'the pre-commit hook test' },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function debianPackage(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function log(message) {
  process.stdout.write(`[prerequisites] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`[prerequisites] ${message}\n`);
  process.exit(1);
}

/** Runs a command with output shown; retried because package mirrors and the npm registry can blip. */
function run(command, args, options = {}) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = spawnSync(command, args, { stdio: 'inherit', ...options });
    if (result.status === 0) return true;
    if (attempt < 3) {
      log(`${command} ${args.join(' ')} failed (attempt ${attempt} of 3); retrying in ${attempt * 10} s`);
      spawnSync('sleep', [String(attempt * 10)]);
    }
  }
  return false;
}

function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !p.present());
  if (missing.length === 0) return;
  const names = missing.map((p) => p.apt);
  const list = missing.map((p) => `  ${p.apt}: ${p.why}`).join('\n');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!onPath('apt-get')) {
    fail(`npm test needs these packages, which this machine lacks:\n${list}\nInstall them with your system's package manager (on Debian or Ubuntu: sudo apt-get install -y ${names.join(' ')}), then run npm test again.`);
  }
  if (!isRoot) {
    fail(`npm test needs these packages, which this machine lacks:\n${list}\nInstall them, then run npm test again:\n  sudo apt-get update && sudo apt-get install -y ${names.join(' ')}`);
  }
  log(`installing ${names.join(', ')} with apt-get (first run only; about a minute)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // With recommends: they bring the fonts Chromium renders the workbench with.
  if (!run('apt-get', ['update', '-q'], { env }) || !run('apt-get', ['install', '-y', '-q', ...names], { env })) {
    fail(`apt-get could not install ${names.join(' ')}; see its output above.`);
  }
  const still = missing.filter((p) => !p.present()).map((p) => p.apt);
  if (still.length) fail(`apt-get finished but ${still.join(', ')} is still missing.`);
}

// Recent npm versions may skip dependencies' install scripts; esbuild then still needs its platform binary.
function ensureEsbuild() {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const works = () => {
    try {
      require('esbuild').transformSync('let a = 1');
      return true;
    } catch {
      return false;
    }
  };
  if (works()) return;
  log("esbuild's binary is missing; running its install script");
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/esbuild/install.js')], { stdio: 'inherit', cwd: ROOT });
  if (!works()) fail('esbuild does not work after its install script: run npm ci again.');
}

// code-server is VS Code's server and web workbench: the real extension host the integration tests use.
function ensureCodeServer() {
  const installer = path.join(ROOT, 'scripts/install-code-server.sh');
  const check = spawnSync('bash', [installer, '--check'], { stdio: 'ignore' });
  if (check.status === 0) return;
  log('installing code-server into .vscode-test/ (first run only; about two minutes)');
  if (!run('bash', [installer])) fail('code-server could not be installed; see the output above.');
}

const started = Date.now();
ensureSystemPackages();
ensureEsbuild();
ensureCodeServer();
log(`ready (${Date.now() - started} ms)`);
