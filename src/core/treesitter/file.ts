// What every tree-sitter language's file model shares: evaluating expressions to Values (each language
// says how its nodes read through `parts`), header entries with their edits, format-string templates,
// inserting an item into a bracketed list, key literals and curl commands held in strings.
import { extractCurlFromLiteral } from '../extractors/curlLiteral';
import type { ExtractContext } from '../extractors/context';
import type { Extraction, HeaderEntry, KeyLiteral, OpaquePart, SourceRange, TextEdit, Value, ValuePart } from '../types';
import { computedText, flatten, mappedText, opaquePart, valueOf } from '../value';
import { ancestor, rangeOf, ROOT_KEY, type Node } from './nodes';

/** How deep a value is followed through names, calls and operators before it is opaque. */
export const MAX_DEPTH = 8;

/** A string literal's content decoded, with the source offset of each character (length + 1 entries). */
export interface DecodedString {
  text: string;
  map: number[];
  /** The delimiter a fix inserting into it must escape. */
  quote: '"' | "'" | '`';
}

export abstract class TreeSitterFile {
  constructor(
    readonly text: string,
    readonly root: Node,
  ) {}

  /** The parts of an expression: text it certainly holds, opaque parts for the rest. */
  protected abstract parts(node: Node, mapped: boolean, depth: number): ValuePart[];

  /** `Bearer ` + an env reference, in this language's idiom. */
  abstract bearerValue(envVarName: string): string;

  /** The name of the env var an expression reads in this language (`os.Getenv("X")`, `ENV["X"]`), else undefined. */
  envRef(_node: Node): string | undefined {
    return undefined;
  }

  value(node: Node, mapped = true): Value {
    return valueOf(rangeOf(node), this.guardedParts(node, mapped, 0));
  }

  /** `parts` behind the depth limit and the env reads, for languages that check every node for them. */
  protected guardedParts(node: Node, mapped: boolean, depth: number): ValuePart[] {
    if (depth > MAX_DEPTH) return [this.opaque(node)];
    const env = this.envRef(node);
    return env === undefined ? this.parts(node, mapped, depth) : [this.opaque(node, env)];
  }

  protected opaque(node: Node, envVar?: string): OpaquePart {
    return opaquePart(rangeOf(node), node.text, envVar);
  }

  /** The exact text of an expression that holds no unknown part, else undefined. */
  literal(node: Node): string | undefined {
    return textOf(this.value(node));
  }

  /** The start of the line holding `node`, and its indentation. */
  lineOf(node: Node): { start: number; indent: string } {
    const start = this.text.lastIndexOf('\n', node.startIndex - 1) + 1;
    return { start, indent: /^[ \t]*/.exec(this.text.slice(start))?.[0] ?? '' };
  }

  // ---- Header entries ---------------------------------------------------------------------------

  /** The leftmost operand of a string concatenation (the node itself when it is none). */
  protected leftmostOperand(node: Node): Node {
    return node;
  }

  /**
   * Where `prefix` can be written as-is at the start of the string literal `node`; undefined to join
   * it before the value instead (`concat`), null when neither is safe.
   */
  protected prefixInsertion(_node: Node, _prefix: string): number | null | undefined {
    return undefined;
  }

  /** `prefix` (a string) joined before the expression `expression`. */
  protected abstract concat(prefix: string, expression: string): string;

  /** Sets `unexpanded` (and its fix) when the value is a literal holding a reference the language does not expand. */
  protected markUnexpanded(_entry: HeaderEntry, _valueNode: Node): void {}

  headerEntry(name: string, nameNode: Node, valueNode: Node, entryNode: Node): HeaderEntry {
    const entry: HeaderEntry = { name, nameRange: rangeOf(nameNode), value: this.value(valueNode), range: rangeOf(entryNode) };
    entry.replaceValue = (text) => ({ range: rangeOf(valueNode), text });
    entry.prependToValue = (prefix) => {
      const at = this.prefixInsertion(this.leftmostOperand(valueNode), prefix);
      if (at === null) return undefined;
      return at === undefined ? { range: rangeOf(valueNode), text: this.concat(prefix, valueNode.text) } : { range: [at, at], text: prefix };
    };
    this.markUnexpanded(entry, valueNode);
    return entry;
  }

  // ---- Edits ------------------------------------------------------------------------------------

  /**
   * Inserts `item` as the last entry of a bracketed list (arguments, a dict, an array, a hash) whose
   * entries are `items` and closing token `close`: on its own line when the list spans lines, keeping a
   * trailing comma where there was one.
   */
  appendItem(open: Node, items: Node[], close: Node | null | undefined, item: string): TextEdit | undefined {
    if (!close || close.isMissing) return undefined;
    const last = items[items.length - 1];
    if (!last) return { range: [open.endIndex, close.startIndex], text: item };
    const between = this.text.slice(last.endIndex, close.startIndex);
    const comma = between.trimStart().startsWith(',');
    const after = comma ? last.endIndex + between.indexOf(',') + 1 : last.endIndex;
    if (this.text.slice(open.endIndex, last.startIndex).includes('\n')) {
      const indent = /[ \t]*$/.exec(this.text.slice(0, last.startIndex))?.[0] ?? '';
      return { range: [after, after], text: `${comma ? '' : ','}\n${indent}${item}${comma ? ',' : ''}` };
    }
    return { range: [after, after], text: `${comma ? ' ' : ', '}${item}` };
  }
}

/** `base` joined with `url` the way httpx, aiohttp, Guzzle and Faraday do: an absolute URL wins, else one slash between. */
export function joinUrl(base: Value | undefined, url: Value): Value {
  if (!base) return url;
  const flatUrl = flatten(url);
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(flatUrl)) return url;
  const baseParts = [...base.parts];
  const last = baseParts[baseParts.length - 1];
  if (last?.kind === 'text') {
    const trimmed = last.text.replace(/\/+$/, '');
    baseParts[baseParts.length - 1] = mappedText(trimmed, last.map?.slice(0, trimmed.length + 1));
  }
  const urlParts = [...url.parts];
  const first = urlParts[0];
  if (first?.kind === 'text') {
    const cut = first.text.length - first.text.replace(/^\/+/, '').length;
    urlParts[0] = mappedText(first.text.slice(cut), first.map?.slice(cut));
  }
  if (flatUrl === '') return valueOf(url.range, base.parts);
  return valueOf(url.range, [...baseParts, computedText('/'), ...urlParts]);
}

/** The value from character `from` of its flattened text on (opaque parts count one character). */
export function sliceValue(value: Value, from: number): Value {
  const parts: ValuePart[] = [];
  let offset = 0;
  for (const part of value.parts) {
    const length = part.kind === 'text' ? part.text.length : 1;
    if (offset + length > from) {
      if (part.kind === 'text' && from > offset) parts.push(mappedText(part.text.slice(from - offset), part.map?.slice(from - offset)));
      else parts.push(part);
    }
    offset += length;
  }
  return valueOf(value.range, parts);
}

/** The exact string of a value with no opaque part. */
export function textOf(value: Value): string | undefined {
  let out = '';
  for (const part of value.parts) {
    if (part.kind !== 'text') return undefined;
    out += part.text;
  }
  return out;
}

/**
 * Fills a format template (`"Bearer %s"`, `"Bearer {}"`): each match of `pattern` in the text parts is
 * replaced by what `replace` returns for it, or by an opaque part when it returns undefined. `index`
 * counts the placeholders (-1 for an escape such as `%%` or `{{`); `group` is the pattern's first group.
 */
export function substitute(
  parts: ValuePart[],
  pattern: RegExp,
  replace: (token: string, index: number, group: string | undefined) => ValuePart[] | undefined,
  isEscape: (token: string) => boolean = () => false,
): ValuePart[] {
  const out: ValuePart[] = [];
  let index = 0;
  for (const part of parts) {
    if (part.kind !== 'text') {
      out.push(part);
      continue;
    }
    let cursor = 0;
    for (const match of part.text.matchAll(pattern)) {
      const slice = (from: number, to: number) => mappedText(part.text.slice(from, to), part.map?.slice(from, to + 1));
      out.push(slice(cursor, match.index));
      const escape = isEscape(match[0]);
      const replacement = replace(match[0], escape ? -1 : index, match[1]);
      if (!escape) index++;
      const range: SourceRange = part.map ? [part.map[match.index], part.map[match.index + match[0].length]] : [0, 0];
      out.push(...(replacement ?? [opaquePart(range, match[0])]));
      cursor = match.index + match[0].length;
    }
    out.push(mappedText(part.text.slice(cursor), part.map?.slice(cursor)));
  }
  return out;
}

/**
 * Key-shaped text inside the string literals of `types`, each with the fix `toEnv` builds (it gets the
 * literal node and the key's range).
 */
export function stringKeys(file: TreeSitterFile, types: readonly string[], toEnv: (literal: Node, range: SourceRange, name: string) => TextEdit | undefined): KeyLiteral[] {
  const keys: KeyLiteral[] = [];
  if (!file.text.includes('unkey_')) return keys;
  for (const match of file.text.matchAll(ROOT_KEY)) {
    const from = match.index;
    const to = from + match[0].length;
    const leaf = file.root.descendantForIndex(from, to);
    const literal = leaf && ancestor(leaf, types);
    if (!literal || literal.startIndex > from || literal.endIndex < to) continue;
    const range: SourceRange = [from, to];
    keys.push({ key: match[0], range, replaceWithEnv: (name) => toEnv(literal, range, name) });
  }
  return keys;
}

/** Curl commands in the string literals of `types`, read as a shell would, with offsets and fixes in the source. */
export function curlStrings(file: TreeSitterFile, types: readonly string[], decode: (literal: Node) => DecodedString | undefined, context: ExtractContext): Extraction {
  const out: Extraction = { sites: [], keys: [], errors: [] };
  if (!/curl/i.test(file.text)) return out;
  const seen = new Set<number>();
  for (const match of file.text.matchAll(/\bcurl\b/gi)) {
    const leaf = file.root.descendantForIndex(match.index, match.index + 4);
    const literal = leaf && ancestor(leaf, types);
    if (!literal || seen.has(literal.startIndex)) continue;
    seen.add(literal.startIndex);
    const decoded = decode(literal);
    if (!decoded) continue;
    const found = extractCurlFromLiteral(decoded.text, decoded.map, decoded.quote, context);
    out.sites.push(...found.sites);
    out.keys.push(...found.keys);
  }
  return out;
}

/** Adds the keys of `more` that `keys` does not hold yet (same range). */
export function mergeKeys(keys: KeyLiteral[], more: readonly KeyLiteral[]): KeyLiteral[] {
  for (const key of more) if (!keys.some((o) => o.range[0] === key.range[0] && o.range[1] === key.range[1])) keys.push(key);
  return keys;
}
