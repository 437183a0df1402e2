// One core analysis per file, shared by every rule of the plugin: ESLint calls each rule's `create`
// separately, so the first rule lints the file and the others read the cached result.
import { detectLanguage, lint, RULES, type LintOptions, type LintResult, type RuleSeverity } from '../core';

/** What the plugin needs of ESLint's (or oxlint's) SourceCode. */
export interface SourceText {
  text: string;
}

/** The options a rule accepts (its `meta.schema`). */
export interface PluginOptions {
  envVarName?: string;
  hosts?: string[];
}

const cache = new WeakMap<object, Map<string, LintResult | undefined>>();
let runs = 0;

/** How many times the core ran (for the test that checks one analysis per file). */
export function analysisRuns(): number {
  return runs;
}

// Every rule on at its own level, so one result serves all of them whatever the config enables.
const ALL_RULES = Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])) as Record<string, RuleSeverity>;

/** The core's result for this file with these options; undefined for a file that is not JS/TS. */
export function sharedAnalysis(source: SourceText, filename: string, options: PluginOptions): LintResult | undefined {
  const key = JSON.stringify([filename, options.envVarName ?? null, options.hosts ?? null]);
  let perFile = cache.get(source);
  if (!perFile) cache.set(source, (perFile = new Map()));
  if (perFile.has(key)) return perFile.get(key);
  const result = analyse(source.text, filename, options);
  perFile.set(key, result);
  return result;
}

function analyse(text: string, filename: string, options: PluginOptions): LintResult | undefined {
  // ESLint names text given on stdin or to `Linter#verify` without a file name `<input>` or `<text>`.
  const anonymous = /^<\w+>$/.test(filename);
  const language = anonymous ? 'javascript' : detectLanguage(filename, text);
  if (language !== 'javascript' && language !== 'typescript') return undefined;
  runs++;
  const lintOptions: Partial<LintOptions> = { envVarName: options.envVarName, hosts: options.hosts, rules: ALL_RULES };
  return lint(text, filename, lintOptions, anonymous ? 'javascript' : undefined);
}
