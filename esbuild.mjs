// Bundles the extension and the CLI. `--production` minifies; `--watch` rebuilds on change.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/extension/index.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// web-tree-sitter and the grammars stay files next to the bundle: src/core/treesitter/runtime.ts
// requires them on the first file of their language, so a TypeScript-only user never loads them.
const TREE_SITTER = ['tree-sitter.js', 'tree-sitter.wasm', ...['python', 'go'].map((name) => `tree-sitter-${name}.wasm`)];
const wasmDir = path.dirname(createRequire(import.meta.url).resolve('@vscode/tree-sitter-wasm'));
fs.mkdirSync('dist/tree-sitter', { recursive: true });
for (const file of TREE_SITTER) fs.copyFileSync(path.join(wasmDir, file), path.join('dist/tree-sitter', file));

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
