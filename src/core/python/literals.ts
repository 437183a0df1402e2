// Key-shaped literals in Python strings (with the fix reading the key from the environment instead),
// and curl commands held in strings.
import type { ExtractContext } from '../extractors/context';
import { curlStrings, type DecodedString, stringKeys } from '../treesitter/file';
import { field, rangeOf, type Node } from '../treesitter/nodes';
import type { Extraction, KeyLiteral, SourceRange, TextEdit } from '../types';
import type { PyFile } from './file';

export function pythonKeys(file: PyFile): KeyLiteral[] {
  return stringKeys(file, ['string'], (literal, range, name) => (name === assignedEnvVar(file, literal) ? undefined : file.withOsImport(keyToEnv(file, literal, range, name))));
}

/** `os.environ["X"] = "unkey_…"`: reading X instead would assign it to itself. */
function assignedEnvVar(file: PyFile, literal: Node): string | undefined {
  const parent = literal.parent;
  if (parent?.type !== 'assignment') return undefined;
  const left = field(parent, 'left');
  return left ? file.envRef(left) : undefined;
}

function keyToEnv(file: PyFile, literal: Node, range: SourceRange, name: string): TextEdit | undefined {
  const { prefix, quote } = file.string(literal);
  if (prefix.includes('b')) return undefined;
  const start = literal.firstChild;
  const end = literal.lastChild;
  if (!start || !end || end.type !== 'string_end') return undefined;
  // The literal is exactly the key: replace it whole.
  if (range[0] === start.endIndex && range[1] === end.startIndex) return { range: rangeOf(literal), text: file.envExpression(name) };
  const inner: '"' | "'" = quote[0] === '"' ? "'" : '"';
  const reference = `{${file.envExpression(name, inner)}}`;
  if (prefix.includes('f')) return { range: [range[0], range[1]], text: reference };
  // A plain string becomes an f-string: its own braces are doubled so they stay text.
  const body = (from: number, to: number) => file.text.slice(from, to).replace(/[{}]/g, '$&$&');
  const text = `f${prefix}${quote}${body(start.endIndex, range[0])}${reference}${body(range[1], end.startIndex)}${quote}`;
  return { range: rangeOf(literal), text };
}

/** Curl commands in string literals, read as a shell would, with offsets and fixes in the Python source. */
export function pythonCurlStrings(file: PyFile, context: ExtractContext): Extraction {
  return curlStrings(file, ['string'], (literal) => cooked(file, literal), context);
}

/** A string's text with each interpolation as U+0000 (opaque), or undefined when it cannot map back. */
function cooked(file: PyFile, literal: Node): DecodedString | undefined {
  const decoded = file.string(literal);
  if (decoded.prefix.includes('b')) return undefined;
  let text = '';
  const map: number[] = [];
  for (const part of decoded.parts) {
    if (part.kind === 'opaque') {
      text += '\u0000';
      map.push(part.range[0]);
    } else if (part.map) {
      text += part.text;
      map.push(...part.map.slice(0, -1));
    } else return undefined;
  }
  if (!text) return undefined;
  map.push(literal.lastChild?.startIndex ?? literal.endIndex);
  return { text, map, quote: decoded.quote[0] as '"' | "'" };
}
