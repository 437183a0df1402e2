// Key-shaped literals in Go strings (with the fix reading the key from the environment instead), and
// curl commands held in strings.
import type { ExtractContext } from '../extractors/context';
import { curlStrings, stringKeys } from '../treesitter/file';
import { ancestor, namedChildren, rangeOf, type Node } from '../treesitter/nodes';
import type { Extraction, KeyLiteral, SourceRange, TextEdit } from '../types';
import { decodeGo, type GoFile } from './file';

const STRINGS = ['interpreted_string_literal', 'raw_string_literal'];

export function goKeys(file: GoFile): KeyLiteral[] {
  return stringKeys(file, STRINGS, (literal, range, name) => file.withOsImport(keyToEnv(file, literal, range, name)));
}

function keyToEnv(file: GoFile, literal: Node, range: SourceRange, name: string): TextEdit | undefined {
  const quote = file.text[literal.startIndex];
  const pieces: string[] = [];
  const before = file.text.slice(literal.startIndex + 1, range[0]);
  const after = file.text.slice(range[1], literal.endIndex - 1);
  if (before) pieces.push(quote + before + quote);
  pieces.push(file.envExpression(name));
  if (after) pieces.push(quote + after + quote);
  const text = pieces.join('+');
  // `const k = "unkey_…"` cannot hold a call: the declaration becomes a var.
  const spec = literal.parent?.parent;
  const declaration = spec?.parent;
  if (spec?.type === 'const_spec' && declaration?.type === 'const_declaration') {
    if (namedChildren(declaration).length !== 1 || spec.childrenForFieldName('name').length !== 1) return undefined;
    const keyword = declaration.firstChild!;
    return { range: [keyword.startIndex, literal.endIndex], text: `var${file.text.slice(keyword.endIndex, literal.startIndex)}${text}` };
  }
  if (ancestor(literal, ['const_declaration'])) return undefined;
  return { range: rangeOf(literal), text };
}

/** Curl commands in string literals, read as a shell would, with offsets and fixes in the Go source. */
export function goCurlStrings(file: GoFile, context: ExtractContext): Extraction {
  return curlStrings(
    file,
    STRINGS,
    (literal) => {
      const raw = literal.type === 'raw_string_literal';
      // A raw string cannot escape what a fix would insert (a backtick, a line break is fine).
      return { ...decodeGo(file.text, literal.startIndex + 1, literal.endIndex - 1, raw), quote: raw ? '`' : '"' };
    },
    context,
  );
}
