// Offset and line-ending helpers between the core's plain edits and the editor. No `vscode` import.
import { applyEdits } from '../core/fix';
import { LineIndex, withEol } from '../core/lines';
import type { TextEdit } from '../core/types';

export interface LinePosition {
  line: number;
  character: number;
}

/** Offset → line/character for text that is not open in an editor, with VS Code's line breaks (\r\n, \n, \r). */
export class LineMap {
  private readonly lines: LineIndex;

  constructor(text: string) {
    this.lines = new LineIndex(text);
  }

  positionAt(offset: number): LinePosition {
    const { line, column } = this.lines.positionAt(offset);
    return { line, character: column };
  }
}

/** The one region where `after` differs from `before` (common prefix and suffix kept), or none. */
export function diffEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never cut a \r\n pair or a surrogate pair in two.
  while (start > 0 && splits(before, start)) start--;
  while (end > 0 && splits(before, before.length - end)) end--;
  return { range: [start, before.length - end], text: after.slice(start, after.length - end) };
}

function splits(text: string, at: number): boolean {
  const previous = text.charCodeAt(at - 1);
  return (previous === 13 && text.charCodeAt(at) === 10) || (previous >= 0xd800 && previous <= 0xdbff);
}

/**
 * The edits turning `text` into `fixed` (the core's applyFixes output). When one pass of `firstPass`
 * already gives `fixed`, those precise edits are used (the cursor and folding outside them stay put);
 * after several passes the earlier offsets are stale, so the changed region is replaced instead.
 */
export function fixAllEdits(text: string, fixed: string, firstPass: readonly TextEdit[], eol: '\n' | '\r\n'): TextEdit[] {
  if (fixed === text) return [];
  // applyFixes writes inserted line breaks in one line ending; compare like with like.
  const first = applyEdits(text, firstPass.map((edit) => withEol(edit, eol)));
  const edits = first.output === fixed ? first.applied : [diffEdit(text, fixed)!];
  return edits.map((edit) => withEol(edit, eol));
}
