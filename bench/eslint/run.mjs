// The ESLint baseline: ESLint 10 with typescript-eslint's parser and one no-restricted-syntax rule (a
// selector for fetch calls), over every JS/TS file of a tree. Usage: node run.mjs DIR [--plugin PATH]
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const dir = path.resolve(process.argv[2] ?? '.');
const pluginAt = process.argv.indexOf('--plugin');
const jsTs = {
  files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
  languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
  rules: { 'no-restricted-syntax': ['error', "CallExpression[callee.name='fetch']"] },
};
if (pluginAt !== -1) {
  // With the unkey-lint plugin: the same files, parser and rule, plus the plugin's recommended rules, in
  // one config object, so the two runs differ by the plugin's rules and nothing else.
  const plugin = (await import(pathToFileURL(path.resolve(process.argv[pluginAt + 1])).href)).default;
  const recommended = plugin.configs.recommended;
  Object.assign(jsTs, { plugins: recommended.plugins, rules: { ...jsTs.rules, ...recommended.rules } });
}
const config = [{ ignores: ['**/node_modules/**', '**/dist/**', '**/build/**', '**/out/**', '**/coverage/**'] }, jsTs];
const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, cache: false, warnIgnored: false });
const results = await eslint.lintFiles(['.']);
const messages = results.reduce((n, r) => n + r.messages.length, 0);
const byRule = {};
for (const result of results) for (const m of result.messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
// The last line is JSON for the benchmark: what ran, so a plugin run that reported nothing of its own is caught.
process.stdout.write(`${results.length} files, ${messages} messages\n${JSON.stringify({ files: results.length, rules: Object.keys(jsTs.rules).length, byRule })}\n`);
