// Key-shaped literals in Python strings (with the fix reading the key from the environment instead),
// and curl commands held in strings.
import { extractCurlFromLiteral } from '../extractors/curlLiteral';
import type { ExtractContext } from '../extractors/context';
import { ROOT_KEY, ancestor, field, rangeOf, type Node } from '../treesitter/nodes';
import type { Extraction, KeyLiteral, SourceRange, TextEdit } from '../types';
import type { PyFile } from './file';

export function pythonKeys(file: PyFile): KeyLiteral[] {
  const keys: KeyLiteral[] = [];
  for (const match of file.text.matchAll(ROOT_KEY)) {
    const from = match.index;
    const to = from + match[0].length;
    const leaf = file.root.descendantForIndex(from, to);
    const literal = leaf && ancestor(leaf, ['string']);
    if (!literal || literal.startIndex > from || literal.endIndex < to) continue;
    const range: SourceRange = [from, to];
    const assigned = assignedEnvVar(file, literal);
    keys.push({ key: match[0], range, replaceWithEnv: (name) => (name === assigned ? undefined : file.withOsImport(keyToEnv(file, literal, range, name))) });
  }
  return keys;
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
  const out: Extraction = { sites: [], keys: [], errors: [] };
  const seen = new Set<number>();
  for (const match of file.text.matchAll(/\bcurl\b/gi)) {
    const leaf = file.root.descendantForIndex(match.index, match.index + 4);
    const literal = leaf && ancestor(leaf, ['string']);
    if (!literal || seen.has(literal.startIndex)) continue;
    seen.add(literal.startIndex);
    const decoded = file.string(literal);
    if (decoded.prefix.includes('b')) continue;
    let cooked = '';
    const map: number[] = [];
    for (const part of decoded.parts) {
      if (part.kind === 'opaque') {
        cooked += '\u0000';
        map.push(part.range[0]);
      } else if (part.map) {
        cooked += part.text;
        map.push(...part.map.slice(0, -1));
      } else {
        cooked = '';
        break;
      }
    }
    if (!cooked) continue;
    map.push(literal.lastChild?.startIndex ?? literal.endIndex);
    const found = extractCurlFromLiteral(cooked, map, decoded.quote[0] as '"' | "'", context);
    out.sites.push(...found.sites);
    out.keys.push(...found.keys);
  }
  return out;
}
