import { applyFixes, detectLanguage, dominantEol, lint, prepareLint, resolveOptions, unkeyNeedles, type Finding, type LintOptions, type RuleId, type Severity, type Suggestion, type TextEdit, withEol } from '../core';
import { gitFacts } from '../core/gitHost';
import { decodeLossless, encodeLossless } from './bytes';
import { errorCode, type PathNotice, type SkipReason, type Target } from './files';
import { formatBytes, MAX_FILE_BYTES } from './limits';
import { positionsOf, type Position } from './positions';
import { mentionsAny } from './prefilter';
import { withProject } from './projectFiles';
import { NotRegularFile, readRegularFile, scanFile, WriteRefused, writeFixed, type Snapshot } from './safeFile';

export { MAX_FILE_BYTES } from './limits';
/** Git's test for binary content looks for a NUL byte in the first 8000 bytes; we look a little further. */
const BINARY_SNIFF_BYTES = 8192;
const BOM = '\uFEFF';

export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** One message for one file, in ESLint's terms (1-based positions, exclusive end column). */
export interface Problem {
  /** Null for a notice about the file itself (skipped, unreadable). */
  ruleId: RuleId | null;
  severity: 1 | 2;
  /** The engine's severity, kept for SARIF levels (info and hint are notes). */
  level: Severity;
  message: string;
  region?: Region;
  fix?: TextEdit;
  fixRegion?: Region;
  suggestions?: Suggestion[];
}

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /**
   * Set when the file was not linted. For a file found by walking a folder this is not a problem: the
   * result is then left out of the report and the CLI only mentions it on stderr (and in SARIF's notifications).
   */
  skipped?: PathNotice;
  /** With --fix / --fix-dry-run: the fixes applied (or that would be), per rule. */
  fixed?: Partial<Record<RuleId, number>>;
  /** Why part of the file was not analysed (`nesting too deep`): the CLI warns on stderr. */
  partial?: string;
}

export type FixMode = 'off' | 'write' | 'dry-run';

export interface FileLintOptions {
  lint: Partial<LintOptions>;
  fix: FixMode;
  /** Drop warnings from the report. */
  quiet: boolean;
  /** Files above this many bytes that mention Unkey are skipped (default MAX_FILE_BYTES). */
  maxFileSize?: number;
  /** Real paths below which fixes may be written (the linted paths); a file outside is not written. */
  roots?: readonly string[];
}

/** Languages whose extractor needs a grammar loaded first (Markdown: for its fenced blocks). */
const NEEDS_GRAMMAR = new Set(['python', 'go', 'rust', 'php', 'ruby', 'markdown']);

/**
 * Loads what linting this file needs (a tree-sitter grammar, once per language): await it before
 * `lintTarget` (in a worker too). Reads the file only when its name says it may need a grammar; any read
 * problem is left for lintTarget to report.
 */
export async function prepareTarget(target: Target, options: FileLintOptions): Promise<void> {
  const language = detectLanguage(target.file, '');
  if (!language || !NEEDS_GRAMMAR.has(language)) return;
  try {
    const { snapshot, complete } = readRegularFile(target.file, options.maxFileSize ?? MAX_FILE_BYTES);
    if (complete) await prepareLint(decodeLossless(snapshot.bytes), target.file, withProject(options.lint));
  } catch {
    // Unreadable, or a grammar that failed to load: lintTarget reports what it can.
  }
}

/**
 * Reads, lints and (with --fix) fixes one file. Problems with the file itself become notices, never
 * exceptions. Needs nothing but its arguments and the file system, so it can run in a worker.
 */
export function lintTarget(target: Target, options: FileLintOptions): FileResult {
  const { file } = target;
  const skip = (reason: SkipReason, message: string): FileResult => {
    const notice: PathNotice = { file, message, reason };
    return { ...(target.explicit ? noticeResult(file, message, options.quiet) : result(file, [], options.quiet)), skipped: notice };
  };
  const limit = options.maxFileSize ?? MAX_FILE_BYTES;
  const needles = unkeyNeedles(resolveOptions(options.lint).hosts);
  const mentions = mentionsAny(needles);

  let snapshot: Snapshot;
  try {
    const read = readRegularFile(file, limit);
    snapshot = read.snapshot;
    if (!read.complete) {
      // The cheap test first: a large file that never mentions Unkey has nothing to report.
      const overlap = Math.max(...needles.map((n) => n.length));
      if (!scanFile(file, overlap, mentions)) return result(file, [], options.quiet);
      return skip('size', `File skipped: it is larger than ${formatBytes(limit)} (${read.snapshot.size} bytes).`);
    }
  } catch (error) {
    if (error instanceof NotRegularFile) return skip('not-regular', 'File skipped: it is not a regular file.');
    return skip('unreadable', `File skipped: it could not be read (${errorCode(error)}).`);
  }
  const { bytes } = snapshot;
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return mentions(bytes) ? skip('binary', 'File skipped: it holds binary data.') : result(file, [], options.quiet);
  }

  // Lossless: bytes that are not UTF-8 come back unchanged when a fix is written.
  const decoded = decodeLossless(bytes);
  const hasBom = decoded.startsWith(BOM);
  // Positions are counted in the text without its BOM, as ESLint does.
  const text = hasBom ? decoded.slice(1) : decoded;
  const language = detectLanguage(file, text);
  if (!language) return skip('no-extractor', 'File skipped: unkey-lint has no extractor for this file type.');
  // Whether git tracks or ignores a dotenv file decides whether its key is a problem; asked only then.
  const facts = language === 'dotenv' && text.includes('unkey_') ? gitFacts(file) : {};

  if (options.fix === 'off') {
    const linted = lint(text, file, withProject(options.lint), undefined, facts);
    return withPartial(report(file, text, linted.findings, options.quiet), linted.partial);
  }

  const fixed = applyFixes(text, file, withProject(options.lint), undefined, facts);
  if (options.fix === 'write' && fixed.output !== text) {
    try {
      writeFixed(file, snapshot, encodeLossless((hasBom ? BOM : '') + fixed.output), options.roots ?? [file]);
    } catch (error) {
      const findings = lint(text, file, withProject(options.lint), undefined, facts).findings;
      const sentence = error instanceof WriteRefused ? `Fixes not written: ${error.message}.` : `Fixes could not be written (${errorCode(error)}).`;
      return result(file, [fileNotice(sentence), ...problemsOf(text, findings, dominantEol(text))], options.quiet);
    }
  }
  const reported = report(file, fixed.output, fixed.remaining, options.quiet);
  return withPartial(fixed.fixed ? { ...reported, fixed: fixed.fixedByRule } : reported, fixed.partial);
}

function withPartial(result: FileResult, partial: string | undefined): FileResult {
  return partial ? { ...result, partial } : result;
}

function report(file: string, text: string, findings: readonly Finding[], quiet: boolean): FileResult {
  return result(file, problemsOf(text, findings, dominantEol(text)), quiet);
}

function problemsOf(text: string, findings: readonly Finding[], eol: '\n' | '\r\n'): Problem[] {
  const at = positionsOf(text);
  const region = (range: readonly [number, number]): Region => {
    const start: Position = at(range[0]);
    const end: Position = at(range[1]);
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
  };
  return findings.map((finding) => {
    // Shown as --fix would apply it, in the file's line ending.
    const fix = finding.fix && withEol(finding.fix, eol);
    return {
      ruleId: finding.ruleId,
      severity: finding.severity === 'error' ? 2 : 1,
      level: finding.severity,
      message: finding.message,
      region: region(finding.range),
      ...(fix && { fix, fixRegion: region(fix.range) }),
      ...(finding.suggestions?.length && { suggestions: finding.suggestions.map((s) => ({ desc: s.desc, fix: withEol(s.fix, eol) })) }),
    };
  });
}

/** The result for a path that was not linted: one warning without a position, like ESLint's "file ignored". */
export function noticeResult(file: string, message: string, quiet: boolean): FileResult {
  return result(file, [fileNotice(message)], quiet);
}

function fileNotice(message: string): Problem {
  return { ruleId: null, severity: 1, level: 'warning', message };
}

function result(filePath: string, all: Problem[], quiet: boolean): FileResult {
  const problems = quiet ? all.filter((p) => p.severity === 2) : all;
  const count = (severity: 1 | 2, fixable: boolean) => problems.filter((p) => p.severity === severity && (!fixable || p.fix)).length;
  return {
    filePath,
    problems,
    errorCount: count(2, false),
    warningCount: count(1, false),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}
