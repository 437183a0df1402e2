// Decoding string literal content with a source map, shared by the tree-sitter languages: each gives
// only what its escapes mean.

/** What a language reads at one position: `text` stands for `length` source characters. */
export interface Escape {
  text: string;
  length: number;
}

/**
 * Decodes source[start, end) into its text and the source offset of each character (length + 1
 * entries). `read(i)` says what starts at i when it is not one plain character (an escape, a doubled
 * brace), else undefined.
 */
export function decodeContent(source: string, start: number, end: number, read: (i: number) => Escape | undefined): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let i = start;
  while (i < end) {
    const escape = read(i);
    if (!escape) {
      text += source[i];
      map.push(i);
      i++;
      continue;
    }
    for (const ch of escape.text) {
      text += ch;
      map.push(i);
    }
    i += Math.max(1, escape.length);
  }
  map.push(end);
  return { text, map };
}

/** The code point written as `digits` hex digits at source[at…], when they are all there before `end`. */
export function hexAt(source: string, at: number, digits: number, end: number): number | undefined {
  const hex = source.slice(at, at + digits);
  return at + digits <= end && hex.length === digits && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : undefined;
}

/** `\u{1F600}`-style escapes (Rust, PHP, Ruby): the code point and the escape's length from the backslash. */
export function bracedCodePoint(source: string, backslash: number, end: number): Escape | undefined {
  const match = /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(backslash, Math.min(end, backslash + 10)));
  if (!match) return undefined;
  const code = parseInt(match[1], 16);
  return code <= 0x10ffff ? { text: String.fromCodePoint(code), length: match[0].length } : undefined;
}

/** Single-quoted content in PHP and Ruby: only `\\` and `\'` are escapes. */
export function decodeSingleQuoted(source: string, start: number, end: number): { text: string; map: number[] } {
  return decodeContent(source, start, end, (i) => (source[i] === '\\' && (source[i + 1] === '\\' || source[i + 1] === "'") ? { text: source[i + 1], length: 2 } : undefined));
}
