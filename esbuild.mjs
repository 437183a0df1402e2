// Bundles the extension, the CLI, the language server and the ESLint plugin. `--production` minifies; `--watch` rebuilds on change.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { pathToFileURL } from 'node:url';

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

/**
 * The extension loads Babel from its own file beside the bundle (dist/babel-parser.js): Babel is 40% of
 * the bundle, and V8 compiles a script whole before running it, so inside the bundle it would cost every
 * activation, even with no JS/TS in sight. src/core/js/parse.ts requires it on the first parse, or when
 * the extension warms the parser in the background after activation.
 */
const babelApart = {
  name: 'babel-apart',
  setup(build) {
    build.onResolve({ filter: /^@babel\/parser$/ }, () => ({ path: './babel-parser.js', external: true }));
  },
};

/**
 * The extension's entry (dist/extension.js) holds only what activation needs: the commands, registered
 * with shims. The engine (src/extension/engine.ts: the core, every rule, the linter and the key tester)
 * is its own bundle beside it, which the entry requires right after activate() returns (src/extension/index.ts).
 */
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine$/ }, () => ({ path: './extension-engine.js', external: true }));
  },
};

/** Exported so tests can build one bundle into a temporary folder. */
export const builds = [
  { ...common, entryPoints: ['src/extension/index.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [engineApart] },
  { ...common, entryPoints: ['src/extension/engine.ts'], outfile: 'dist/extension-engine.js', external: ['vscode'], plugins: [babelApart] },
  { ...common, entryPoints: [createRequire(import.meta.url).resolve('@babel/parser')], outfile: 'dist/babel-parser.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/server/main.ts'], outfile: 'dist/language-server.js', banner: { js: '#!/usr/bin/env node' } },
  // `require('unkey-lint/eslint-plugin')` and `import unkey from …` both get the plugin object itself.
  { ...common, entryPoints: ['src/eslint/index.ts'], outfile: 'dist/eslint-plugin.js', footer: { js: 'module.exports = module.exports.default;' } },
];

// web-tree-sitter and the grammars stay files next to the bundle: src/core/treesitter/runtime.ts
// requires them on the first file of their language, so a TypeScript-only user never loads them.
const TREE_SITTER = ['tree-sitter.js', 'tree-sitter.wasm', ...['python', 'go', 'rust', 'php', 'ruby'].map((name) => `tree-sitter-${name}.wasm`)];
const wasmDir = path.dirname(createRequire(import.meta.url).resolve('@vscode/tree-sitter-wasm'));
fs.mkdirSync('dist/tree-sitter', { recursive: true });
for (const file of TREE_SITTER) fs.copyFileSync(path.join(wasmDir, file), path.join('dist/tree-sitter', file));

// Builds only when run (`node esbuild.mjs`), not when a test imports the list.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
  } else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
  }
}
