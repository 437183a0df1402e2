import type { Extraction } from '../types';
import type { ExtractContext } from './context';

/**
 * Finds curl commands inside a JS/TS string or template literal's cooked text.
 * `map[i]` is the source offset of character i of `text` (length + 1 entries, escapes accounted for);
 * `quote` is the literal's delimiter, so fixes can escape what they insert.
 * Stub: to be implemented by the shell work.
 */
export function extractCurlFromLiteral(text: string, map: number[], quote: '"' | "'" | '`', context: ExtractContext): Extraction {
  void text;
  void map;
  void quote;
  void context;
  return { sites: [], keys: [], errors: [] };
}
