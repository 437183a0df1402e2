// The ESLint baseline: ESLint 10 with typescript-eslint's parser and one no-restricted-syntax rule (a
// selector for fetch calls), over every JS/TS file of a tree. Usage: node run.mjs DIR [--plugin PATH]
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const dir = path.resolve(process.argv[2] ?? '.');
const pluginAt = process.argv.indexOf('--plugin');
const config = [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/out/**', '**/coverage/**'] },
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { 'no-restricted-syntax': ['error', "CallExpression[callee.name='fetch']"] },
  },
];
if (pluginAt !== -1) {
  // With the unkey-lint plugin: its recommended config on top of the same rule.
  const plugin = (await import(pathToFileURL(path.resolve(process.argv[pluginAt + 1])).href)).default;
  config.push({ files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], ...(plugin.configs?.recommended ?? { plugins: { 'unkey-lint': plugin } }) });
}
const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, cache: false, warnIgnored: false });
const results = await eslint.lintFiles(['.']);
const messages = results.reduce((n, r) => n + r.messages.length, 0);
process.stdout.write(`${results.length} files, ${messages} messages\n`);
