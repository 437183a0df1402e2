import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes, detectLanguage, dominantEol, lint, type Finding, type LintOptions, type RuleId, type Severity, type Suggestion, type TextEdit, withEol } from '../core';
import { errorCode, type Target } from './files';
import { positionsOf, type Position } from './positions';

/** Larger files are skipped with a warning: generated bundles and data, not hand-written requests. */
export const MAX_FILE_BYTES = 1024 * 1024;
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
}

export type FixMode = 'off' | 'write' | 'dry-run';

export interface FileLintOptions {
  lint: Partial<LintOptions>;
  fix: FixMode;
  /** Drop warnings from the report. */
  quiet: boolean;
}

/** Reads, lints and (with --fix) fixes one file. Problems with the file itself become warnings, never exceptions. */
export function lintTarget(target: Target, options: FileLintOptions): FileResult {
  const { file } = target;
  const notice = (message: string) => noticeResult(file, message, options.quiet);

  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    // A FIFO or device would block or never end.
    if (!stat.isFile()) return notice('File skipped: it is not a regular file.');
    if (stat.size > MAX_FILE_BYTES) return notice(`File skipped: it is larger than 1 MiB (${stat.size} bytes).`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    return notice(`File skipped: it could not be read (${errorCode(error)}).`);
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return notice('File skipped: it holds binary data.');

  const decoded = bytes.toString('utf8');
  const hasBom = decoded.startsWith(BOM);
  // Positions are counted in the text without its BOM, as ESLint does.
  const text = hasBom ? decoded.slice(1) : decoded;
  if (!detectLanguage(file, text)) return notice('File skipped: unkey-lint has no extractor for this file type.');

  if (options.fix === 'off') return report(file, text, lint(text, file, options.lint).findings, options.quiet);

  const fixed = applyFixes(text, file, options.lint);
  if (options.fix === 'write' && fixed.output !== text) {
    try {
      writeFileAtomic(file, (hasBom ? BOM : '') + fixed.output);
    } catch (error) {
      const findings = lint(text, file, options.lint).findings;
      const failure = fileNotice(`Fixes could not be written (${errorCode(error)}).`);
      return result(file, [failure, ...problemsOf(text, findings, dominantEol(text))], options.quiet);
    }
  }
  return report(file, fixed.output, fixed.remaining, options.quiet);
}

/**
 * Replaces a file's content atomically: a temporary file in the same folder (same file system), the
 * original's permission bits, then a rename over it. A symbolic link is followed, so the link survives.
 */
export function writeFileAtomic(file: string, content: string): void {
  const target = fs.realpathSync(file);
  const mode = fs.statSync(target).mode & 0o7777;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.unkey-lint.tmp`);
  const fd = fs.openSync(temp, 'wx', mode);
  try {
    try {
      fs.writeFileSync(fd, content, 'utf8');
      // The mode given to open is filtered by the umask; set it exactly.
      fs.fchmodSync(fd, mode);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
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
