// A rule-test harness in the manner of typescript-eslint's RuleTester: static tables of valid and
// invalid code; every invalid case states each finding's exact message and range, the fixed output
// (or null for "no fix") and each suggestion's output. The harness itself rejects duplicate cases,
// fixes that change nothing or do not parse, and fixes that leave the same finding in place.
import * as assert from 'node:assert/strict';
import { parse as babelParse } from '@babel/parser';
import { parseDocument as parseYamlDocument } from 'yaml';
import { applyEdits, fixUntilStable } from '../../src/core/fix';
import { extract, detectLanguage, lint, resolveOptions } from '../../src/core/lint';
import { RULES, RULES_BY_ID } from '../../src/core/rules';
import { GRAMMARS, prepareGrammar } from '../../src/core/treesitter/runtime';
import type { FileEdit, FileFacts, Finding, LintOptions, ProjectFiles, RuleId } from '../../src/core/types';

export interface ValidCase {
  /** Shown in the test title; defaults to the code. */
  name?: string;
  code: string;
  /** Picks the extractor; defaults to `file.ts`. */
  filename?: string;
  options?: Partial<LintOptions>;
  /** Other files of the project by path (package.json, lockfiles), read through the engine's ProjectFiles. */
  files?: Record<string, string>;
  /** What the front end knows about the file (git status of a .env file). */
  facts?: FileFacts;
}

export interface ExpectedSuggestion {
  desc: string;
  output: string;
  /** The suggestion's edits to other files (compared only when given). */
  files?: FileEdit[];
}

export interface ExpectedFinding {
  message: string;
  /** 1-based, like ESLint; the end column is one past the last character. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The text after applying this rule's fixes until stable; null when the rule offers no fix. */
  output: string | null;
}

export interface RuleTests {
  valid: Array<ValidCase | string>;
  invalid: InvalidCase[];
}

/** Lints with every other rule off, so a table speaks about one rule. */
function lintOnly(ruleId: RuleId, code: string, filename: string, options?: Partial<LintOptions>, files?: Record<string, string>, facts?: FileFacts): Finding[] {
  const rules: LintOptions['rules'] = Object.fromEntries(RULES.map((r) => [r.id, 'off']));
  rules[ruleId] = options?.rules?.[ruleId] ?? RULES_BY_ID.get(ruleId)?.defaultSeverity;
  const project: ProjectFiles | undefined = files && { readFile: (path) => (Object.hasOwn(files, path) ? files[path] : undefined) };
  return lint(code, filename, { ...options, rules, ...(project ? { project } : {}) }, undefined, facts).findings.filter((f) => f.ruleId === ruleId);
}

export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function describeFinding(text: string, finding: Finding) {
  const start = position(text, finding.range[0]);
  const end = position(text, finding.range[1]);
  return { message: finding.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The output must still be valid source of its format. */
export function assertParses(text: string, filename: string): void {
  const language = detectLanguage(filename, text);
  if (language === 'javascript' || language === 'typescript') {
    const tsx = /\.tsx$/.test(filename);
    const plugins: Array<'typescript' | 'jsx'> = language === 'typescript' ? (tsx ? ['typescript', 'jsx'] : ['typescript']) : ['jsx'];
    babelParse(text, { sourceType: 'unambiguous', plugins, errorRecovery: false });
    return;
  }
  if (!language) return;
  if (language === 'yaml') {
    // A real YAML parser: the line scanner of the extractor would accept a broken document.
    const errors = parseYamlDocument(text).errors.map((e) => e.message.split('\n')[0]);
    assert.deepEqual(errors, [], 'the fixed YAML does not parse');
  }
  const extraction = extract(text, language, { options: resolveOptions(), language, fileName: filename });
  assert.deepEqual(extraction.errors, [], `the fixed ${language} text has syntax errors`);
}

function parses(text: string, filename: string): boolean {
  try {
    assertParses(text, filename);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies this rule's fixes until stable, through the core's loop (as the CLI and the editor do). A fix
 * that leaves its own finding in place, or that never settles in 10 passes, is a bug in the rule.
 */
function fixOnly(ruleId: RuleId, code: string, filename: string, options?: Partial<LintOptions>, files?: Record<string, string>): string {
  const { output, passes, dropped } = fixUntilStable(code, (text) => lintOnly(ruleId, text, filename, options, files));
  assert.deepEqual(dropped.map((f) => f.message), [], 'a fix left its own finding in place (it would be applied again and again)');
  assert.ok(passes < 10, 'the fixes did not settle in 10 passes');
  return output;
}

/** Checks one invalid case; throws on any mismatch (exported so the harness itself can be tested). */
export function checkInvalidCase(ruleId: RuleId, c: InvalidCase): void {
  const filename = c.filename ?? 'file.ts';
  assert.ok(c.errors.length > 0, 'an invalid case must expect at least one finding');
  const findings = lintOnly(ruleId, c.code, filename, c.options, c.files, c.facts);
  assert.deepEqual(
    findings.map((f) => describeFinding(c.code, f)),
    c.errors.map(({ suggestions: _, ...e }) => e),
  );

  findings.forEach((finding, i) => {
    const expected = c.errors[i].suggestions ?? [];
    // A suggestion's edits to other files are compared where the case states them.
    const actual = (finding.suggestions ?? []).map((s, j) => ({ desc: s.desc, output: applyEdits(c.code, [s.fix]).output, ...(expected[j]?.files && { files: s.files }) }));
    assert.deepEqual(actual, expected, `suggestions of finding ${i + 1}`);
    if (parses(c.code, filename)) for (const s of actual) assertParses(s.output, filename);
  });

  const output = fixOnly(ruleId, c.code, filename, c.options, c.files);
  if (c.output === null) {
    assert.equal(output, c.code, 'expected no fix, but the rule changed the text');
    return;
  }
  assert.notEqual(c.output, c.code, 'a fixed output must differ from the input; use null for "no fix"');
  assert.equal(output, c.output);
  // Half-typed input stays half-typed; otherwise the fix must leave valid source.
  if (parses(c.code, filename)) assertParses(output, filename);
  const unfixable = findings.filter((f) => !f.fix).length;
  assert.equal(lintOnly(ruleId, output, filename, c.options, c.files).length, unfixable, 'the fix left the same finding in place');
}

/** Checks one valid case. */
export function checkValidCase(ruleId: RuleId, c: ValidCase): void {
  const findings = lintOnly(ruleId, c.code, c.filename ?? 'file.ts', c.options, c.files, c.facts);
  assert.deepEqual(findings.map((f) => describeFinding(c.code, f)), []);
}

/** Every table registered so far (several per rule: one per language file), so other hosts reuse the same cases. */
export const RULE_TABLES = new Map<RuleId, RuleTests[]>();

export function runRuleTests(ruleId: RuleId, tests: RuleTests): void {
  RULE_TABLES.set(ruleId, [...(RULE_TABLES.get(ruleId) ?? []), tests]);
  const seen = new Set<string>();
  const key = (c: ValidCase) => JSON.stringify([c.code, c.filename ?? 'file.ts', c.options ?? null, c.files ?? null, c.facts ?? null]);
  const all: ValidCase[] = [...tests.valid.map((c) => (typeof c === 'string' ? { code: c } : c)), ...tests.invalid];
  for (const c of all) {
    const k = key(c);
    if (seen.has(k)) throw new Error(`duplicate test case for ${ruleId}: ${c.name ?? c.code}`);
    seen.add(k);
  }

  describe(ruleId, () => {
    // lint() is synchronous once a language's grammar is loaded (front ends await prepareLint).
    before(() => Promise.all(GRAMMARS.map((grammar) => prepareGrammar(grammar))));
    describe('valid', () => {
      for (const raw of tests.valid) {
        const c = typeof raw === 'string' ? { code: raw } : raw;
        it(c.name ?? c.code, () => checkValidCase(ruleId, c));
      }
    });
    describe('invalid', () => {
      for (const c of tests.invalid) {
        it(c.name ?? c.code, () => checkInvalidCase(ruleId, c));
      }
    });
  });
}
