// Offsets ↔ lines, and a text's line ending: shared by the engine, the CLI and the extension.
import type { TextEdit } from './types';

/**
 * Which characters end a line. `'any'`: `\r\n`, `\n` or a lone `\r`, as VS Code and ESLint count.
 * `'lf'`: `\n` only (so `\r\n` too), as disable comments and the edits that insert them count.
 */
export type LineBreaks = 'any' | 'lf';

/** 0-based line and column; columns count UTF-16 code units, as VS Code and ESLint do. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Offset → line/column by binary search over line starts computed once (many findings, big files). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string, breaks: LineBreaks = 'any') {
    if (breaks === 'lf') {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The 0-based line holding `offset`; an offset outside the text clamps to it. */
  lineAt(offset: number): number {
    const at = this.clamp(offset);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  positionAt(offset: number): LineColumn {
    const line = this.lineAt(offset);
    return { line, column: this.clamp(offset) - this.starts[line] };
  }

  private clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }
}

/** The line ending most lines use (`\n` on a tie or with none); inserted text follows it. */
export function dominantEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** An edit whose inserted line breaks follow the file's line ending (the core writes '\n'). */
export function withEol(edit: TextEdit, eol: '\n' | '\r\n'): TextEdit {
  const text = edit.text.replace(/\r?\n/g, eol);
  return text === edit.text ? edit : { range: edit.range, text };
}
