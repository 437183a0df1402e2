// Key-shaped literals in Rust strings (with the fix reading the key from the environment instead), and
// curl commands held in strings.
import type { ExtractContext } from '../extractors/context';
import { curlStrings, stringKeys } from '../treesitter/file';
import { ancestor, rangeOf, type Node } from '../treesitter/nodes';
import type { Extraction, KeyLiteral, SourceRange, TextEdit } from '../types';
import { decodeRust, type RustFile, STRINGS } from './file';

export function rustKeys(file: RustFile): KeyLiteral[] {
  return stringKeys(file, STRINGS, (literal, range, name) => keyToEnv(file, literal, range, name));
}

/**
 * The literal becomes the env var's value (`std::env::var("X").expect(…)`), or a `format!` around it
 * when the key is part of a longer string. A `const`/`static` cannot call a function: no fix there.
 */
function keyToEnv(file: RustFile, literal: Node, range: SourceRange, name: string): TextEdit | undefined {
  if (ancestor(literal, ['const_item', 'static_item', 'token_tree'])) return undefined;
  const decoded = decodeRust(file.text, literal);
  if (!decoded || decoded.raw) return undefined;
  const value = file.envValue(name, literal);
  const before = file.text.slice(literal.startIndex + 1, range[0]);
  const after = file.text.slice(range[1], literal.endIndex - 1);
  // A &str is expected where the literal was: the String is borrowed.
  const borrowed = literal.parent?.type === 'arguments' || literal.parent?.type === 'let_declaration' ? '' : '&';
  if (!before && !after) return { range: rangeOf(literal), text: borrowed ? `&${value}` : value };
  const template = `"${before.replace(/[{}]/g, '$&$&')}{}${after.replace(/[{}]/g, '$&$&')}"`;
  return { range: rangeOf(literal), text: `${borrowed}format!(${template}, ${value})` };
}

/** Curl commands in string literals, read as a shell would, with offsets and fixes in the Rust source. */
export function rustCurlStrings(file: RustFile, context: ExtractContext): Extraction {
  return curlStrings(
    file,
    STRINGS,
    (literal) => {
      const decoded = decodeRust(file.text, literal);
      // A raw string cannot escape a quote a fix would insert.
      return decoded && !decoded.raw ? { text: decoded.text, map: decoded.map, quote: '"' } : undefined;
    },
    context,
  );
}
