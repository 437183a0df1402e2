import { dominantEol, withEol } from './lines';
import { lint } from './lint';
import type { Finding, LintOptions, TextEdit } from './types';

export interface FixResult {
  /** The text after every applicable fix. */
  output: string;
  /** Whether anything changed. */
  fixed: boolean;
  /** Findings that remain after the last pass. */
  remaining: Finding[];
  passes: number;
}

const MAX_PASSES = 10;

/**
 * Applies non-overlapping edits to `text`, in order of position; an edit that overlaps one already
 * taken is skipped (a later pass picks it up). Edits are data, so the CLI and the editor share this.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { output: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (start < lastEnd || start > end || end > text.length) continue;
    // Two insertions at one point would interleave unpredictably; the second waits for the next pass.
    if (start === lastEnd && applied.length && applied[applied.length - 1].range[0] === start && start === end) continue;
    applied.push(edit);
    lastEnd = end;
  }
  let output = '';
  let cursor = 0;
  for (const edit of applied) {
    output += text.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  output += text.slice(cursor);
  return { output, applied };
}

/**
 * Lints and fixes repeatedly until no fix applies (at most 10 passes), as ESLint does:
 * after one pass the ranges of other findings are stale, so each pass lints afresh.
 * Inserted line breaks follow the text's dominant line ending, so a fix never brings a foreign one.
 */
export function applyFixes(text: string, fileName: string, options?: Partial<LintOptions>, languageId?: string): FixResult {
  const eol = dominantEol(text);
  let output = text;
  let passes = 0;
  let findings = lint(output, fileName, options, languageId).findings;
  while (passes < MAX_PASSES) {
    const edits = findings.flatMap((f) => (f.fix ? [withEol(f.fix, eol)] : []));
    if (edits.length === 0) break;
    const next = applyEdits(output, edits).output;
    if (next === output) break;
    output = next;
    passes++;
    findings = lint(output, fileName, options, languageId).findings;
  }
  return { output, fixed: output !== text, remaining: findings, passes };
}
