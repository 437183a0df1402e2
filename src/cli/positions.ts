import { LineIndex } from '../core';

/** 1-based line and column (UTF-16 code units), as ESLint and SARIF count them. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps 0-based offsets to 1-based positions. `\r\n`, `\n` and a lone `\r` end a line, as in ESLint and
 * VS Code; an offset past the end clamps to the end.
 */
export function positionsOf(text: string): (offset: number) => Position {
  const lines = new LineIndex(text);
  return (offset) => {
    const { line, column } = lines.positionAt(offset);
    return { line: line + 1, column: column + 1 };
  };
}
