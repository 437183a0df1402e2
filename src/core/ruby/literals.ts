// Key-shaped literals in Ruby strings (with the fix reading the key from the environment instead), and
// curl commands held in strings.
import type { ExtractContext } from '../extractors/context';
import { curlStrings, stringKeys } from '../treesitter/file';
import { rangeOf, type Node } from '../treesitter/nodes';
import type { Extraction, KeyLiteral, SourceRange, TextEdit } from '../types';
import { decodeRubySingle, type RubyFile, STRINGS } from './file';

export function rubyKeys(file: RubyFile): KeyLiteral[] {
  return stringKeys(file, STRINGS, (literal, range, name) => keyToEnv(file, literal, range, name));
}

/** The literal becomes `ENV.fetch("X")`, or an interpolation of it when the key is part of a longer string. */
function keyToEnv(file: RubyFile, literal: Node, range: SourceRange, name: string): TextEdit | undefined {
  const open = literal.child(0)?.text;
  const close = literal.lastChild;
  if ((open !== '"' && open !== "'") || !close) return undefined;
  const contentStart = literal.child(0)!.endIndex;
  const contentEnd = close.startIndex;
  if (range[0] === contentStart && range[1] === contentEnd) return { range: rangeOf(literal), text: file.envExpression(name) };
  const reference = `#{${file.envExpression(name)}}`;
  if (open === '"') return { range: [range[0], range[1]], text: reference };
  // A single-quoted string becomes double-quoted: what double quotes would read differently is escaped.
  const body = (from: number, to: number) => decodeRubySingle(file.text, from, to).text.replace(/["\\#]/g, '\\$&');
  return { range: rangeOf(literal), text: `"${body(contentStart, range[0])}${reference}${body(range[1], contentEnd)}"` };
}

/** Curl commands in single-quoted strings, read as a shell would, with offsets and fixes in the Ruby source. */
export function rubyCurlStrings(file: RubyFile, context: ExtractContext): Extraction {
  return curlStrings(
    file,
    STRINGS,
    (literal) => {
      // Double quotes interpolate `#{}`: leave those to the reader.
      if (literal.child(0)?.text !== "'" || literal.childCount !== 3) return undefined;
      const content = literal.child(1)!;
      return { ...decodeRubySingle(file.text, content.startIndex, content.endIndex), quote: "'" };
    },
    context,
  );
}
