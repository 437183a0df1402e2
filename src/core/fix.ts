import { dominantEol, withEol } from './lines';
import { lint } from './lint';
import { firstAtOrAfter } from './sorted';
import type { FileFacts, Finding, LintOptions, RuleId, TextEdit } from './types';

export interface FixResult {
  /** The text after every applicable fix. */
  output: string;
  /** Whether anything changed. */
  fixed: boolean;
  /** Findings that remain after the last pass. */
  remaining: Finding[];
  passes: number;
  /** How many fixes of each rule were applied, over all passes. */
  fixedByRule: Partial<Record<RuleId, number>>;
  /** Why part of the output was not analysed, as LintResult.partial. */
  partial?: string;
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
 * A fix that leaves its own finding in place (same rule, same place) is not applied: see fixUntilStable.
 */
export function applyFixes(text: string, fileName: string, options?: Partial<LintOptions>, languageId?: string, facts?: FileFacts): FixResult {
  // Per text linted (a handful: at most two per pass), whether it was read in full.
  const partials = new Map<string, string | undefined>();
  const { output, remaining, passes, fixedByRule } = fixUntilStable(text, (t) => {
    const result = lint(t, fileName, options, languageId, facts);
    partials.set(t, result.partial);
    return result.findings;
  });
  const partial = partials.get(output);
  return { output, fixed: output !== text, remaining, passes, fixedByRule, ...(partial && { partial }) };
}

export interface StableFix {
  output: string;
  remaining: Finding[];
  passes: number;
  /** Fixes left out because their result still had the same finding at the same place. */
  dropped: Finding[];
  fixedByRule: Partial<Record<RuleId, number>>;
}

/**
 * The fixing loop, for any linter (the rule tester runs it with one rule). After each pass, a fix whose
 * finding is still reported (same rule, at the same place once the pass's edits are accounted for) fixed
 * nothing: applying it again would add the same text over and over (a header inserted ten times). Such
 * a fix is dropped, the pass is redone without it, and it stays dropped for the rest of the run.
 */
export function fixUntilStable(text: string, lintText: (text: string) => Finding[]): StableFix {
  const eol = dominantEol(text);
  const blocked = new Set<string>();
  const dropped: Finding[] = [];
  // A finding's identity that survives other fixes: its rule, the text it covers and its fix.
  const identity = (source: string, f: Finding) => `${f.ruleId}\u0000${source.slice(f.range[0], f.range[1])}\u0000${f.fix?.text}`;
  const fixedByRule: Partial<Record<RuleId, number>> = {};
  let output = text;
  let passes = 0;
  let findings = lintText(output);
  while (passes < MAX_PASSES) {
    const fixable = findings.filter((f) => f.fix && !blocked.has(identity(output, f)));
    if (fixable.length === 0) break;
    const edits = fixable.map((f) => withEol(f.fix as TextEdit, eol));
    const { output: next, applied } = applyEdits(output, edits);
    if (next === output) break;
    const nextFindings = lintText(next);
    // Sets and a binary search, not scans: a file with 100,000 fixes spent minutes here.
    const taken = new Set(applied);
    const reported = new Set(nextFindings.map((n) => `${n.ruleId}\u0000${n.range[0]}`));
    const moved = offsetMapper(applied);
    const stuck = fixable.filter((f, i) => taken.has(edits[i]) && reported.has(`${f.ruleId}\u0000${moved(f.range[0])}`));
    if (stuck.length > 0) {
      for (const f of stuck) {
        blocked.add(identity(output, f));
        dropped.push(f);
      }
      continue;
    }
    fixable.forEach((f, i) => {
      if (taken.has(edits[i])) fixedByRule[f.ruleId] = (fixedByRule[f.ruleId] ?? 0) + 1;
    });
    output = next;
    findings = nextFindings;
    passes++;
  }
  return { output, remaining: findings, passes, dropped, fixedByRule };
}

/**
 * Where an offset moves to once `edits` (sorted, non-overlapping) are applied; inside a replaced range,
 * to its start. Their ends never decrease, so the edits wholly before an offset are found by binary search.
 */
export function offsetMapper(edits: readonly TextEdit[]): (offset: number) => number {
  // shifts[k]: how far the first k edits move the text after them.
  const shifts = [0];
  for (const edit of edits) shifts.push(shifts[shifts.length - 1] + edit.text.length - (edit.range[1] - edit.range[0]));
  return (offset) => {
    // The number of edits ending at or before the offset (an insertion at the offset itself pushes the text right).
    const low = firstAtOrAfter(edits, (edit) => edit.range[1], offset + 1);
    const next = edits[low];
    return next && next.range[0] < offset ? next.range[0] + shifts[low] : offset + shifts[low];
  };
}
