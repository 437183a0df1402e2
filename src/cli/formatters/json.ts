import { holdsKey } from '../../core';
import type { FileResult, Problem } from '../lintFile';

/** A message as ESLint 9's JSON formatter writes it. */
export interface EslintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fatal?: false;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

/** A file as ESLint 9's JSON formatter writes it (`source` and `output` are left out: they could hold a key). */
export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: [];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
}

/** ESLint's `json` formatter: the results array, one entry per linted file, as one line of JSON. */
export function formatJson(results: readonly FileResult[]): string {
  return [...jsonChunks(results)].join('');
}

/** Messages per written piece: small strings, few writes. */
const CHUNK = 1000;

/**
 * `formatJson`'s text in pieces, each message converted when its piece is written: a file with 100,000
 * findings would otherwise hold every message twice and a 77 MB string (twice more with the final line break).
 */
export function* jsonChunks(results: readonly FileResult[]): Generator<string> {
  yield '[';
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    // JSON.stringify(toEslintResult(result)) written out around its messages (a test holds the two
    // equal): most files of a tree have none, and building an object per file to stringify it cost more.
    yield `${i > 0 ? ',' : ''}{"filePath":${JSON.stringify(result.filePath)},"messages":[`;
    for (let from = 0; from < result.problems.length; from += CHUNK) {
      const piece = result.problems.slice(from, from + CHUNK).map((p) => JSON.stringify(toEslintMessage(p))).join(',');
      yield (from > 0 ? ',' : '') + piece;
    }
    yield `],"suppressedMessages":[],"errorCount":${result.errorCount},"fatalErrorCount":0,"warningCount":${result.warningCount},` +
      `"fixableErrorCount":${result.fixableErrorCount},"fixableWarningCount":${result.fixableWarningCount},"usedDeprecatedRules":[]}`;
  }
  yield ']';
}

export function toEslintResult(result: FileResult): EslintResult {
  return {
    filePath: result.filePath,
    messages: result.problems.map(toEslintMessage),
    suppressedMessages: [],
    errorCount: result.errorCount,
    fatalErrorCount: 0,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    usedDeprecatedRules: [],
  };
}

function toEslintMessage(problem: Problem): EslintMessage {
  // A notice about the file itself has no position, like ESLint's "file ignored" warning.
  if (!problem.region) return { ruleId: null, fatal: false, severity: problem.severity, message: problem.message };
  const { startLine, startColumn, endLine, endColumn } = problem.region;
  const suggestions = problem.suggestions?.filter((s) => !holdsKey(s.fix.text));
  return {
    ruleId: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    line: startLine,
    column: startColumn,
    endLine,
    endColumn,
    // A fix whose text would carry a key (one kept from the source) is left out: reports end up in CI logs.
    ...(problem.fix && !holdsKey(problem.fix.text) && { fix: { range: [problem.fix.range[0], problem.fix.range[1]], text: problem.fix.text } }),
    ...(suggestions?.length && {
      suggestions: suggestions.map((s) => ({ desc: s.desc, fix: { range: [s.fix.range[0], s.fix.range[1]] as [number, number], text: s.fix.text } })),
    }),
  };
}
