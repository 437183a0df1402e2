// Key-shaped literals in PHP strings (with the fix reading the key from the environment instead), and
// curl commands held in strings.
import type { ExtractContext } from '../extractors/context';
import { curlStrings, stringKeys } from '../treesitter/file';
import { ancestor, rangeOf, type Node } from '../treesitter/nodes';
import type { Extraction, KeyLiteral, SourceRange, TextEdit } from '../types';
import { decodePhpSingle, type PhpFile, STRINGS } from './file';

export function phpKeys(file: PhpFile): KeyLiteral[] {
  return stringKeys(file, STRINGS, (literal, range, name) => keyToEnv(file, literal, range, name));
}

/**
 * The literal becomes `getenv('X')`, joined with `.` to the rest of its text. Constants, property
 * defaults and parameter defaults must be constant expressions: no fix there.
 */
function keyToEnv(file: PhpFile, literal: Node, range: SourceRange, name: string): TextEdit | undefined {
  if (ancestor(literal, ['const_declaration', 'property_declaration', 'simple_parameter', 'property_promotion_parameter', 'static_variable_declaration'])) return undefined;
  const quote = literal.text[0];
  if (quote !== "'" && quote !== '"') return undefined;
  // Only text pieces of a plain literal (an interpolation would need care: leave it).
  if (literal.type === 'encapsed_string' && literal.namedChildren.some((c) => c && c.type !== 'string_content' && c.type !== 'escape_sequence')) return undefined;
  const before = file.text.slice(literal.startIndex + 1, range[0]);
  const after = file.text.slice(range[1], literal.endIndex - 1);
  const pieces = [...(before ? [quote + before + quote] : []), file.envExpression(name), ...(after ? [quote + after + quote] : [])];
  return { range: rangeOf(literal), text: pieces.join(' . ') };
}

/** Curl commands in string literals, read as a shell would, with offsets and fixes in the PHP source. */
export function phpCurlStrings(file: PhpFile, context: ExtractContext): Extraction {
  return curlStrings(
    file,
    STRINGS,
    (literal) => {
      // Double-quoted strings expand `$`: a fix inserting one would change its meaning.
      if (literal.type !== 'string' || !literal.text.startsWith("'")) return undefined;
      const decoded = decodePhpSingle(file.text, literal);
      return decoded && { ...decoded, quote: "'" };
    },
    context,
  );
}
