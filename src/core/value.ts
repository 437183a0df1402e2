import type { OpaquePart, SourceRange, TextPart, Value, ValuePart } from './types';

/** Stands for an opaque part in flattened text; no header or URL contains it. */
export const OPAQUE = '\u0000';

/** A text part whose characters come 1:1 from source starting at `start`. */
export function sourceText(text: string, start: number): TextPart {
  const map = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = start + i;
  return { kind: 'text', text, map };
}

/** A text part with an explicit per-character source map (length + 1 entries), for text with escapes. */
export function mappedText(text: string, map: number[] | undefined): TextPart {
  return map && map.length === text.length + 1 ? { kind: 'text', text, map } : { kind: 'text', text };
}

/** A text part folded from a constant of this file, with where each character is defined (see TextPart.at). */
export function constText(text: string, at: number[] | undefined): TextPart {
  return at && at.length === text.length + 1 ? { kind: 'text', text, at } : { kind: 'text', text };
}

/** A text part that does not map to the source (folded from a constant elsewhere, computed). */
export function computedText(text: string): TextPart {
  return { kind: 'text', text };
}

export function opaquePart(range: SourceRange, source: string, envVar?: string): OpaquePart {
  return envVar === undefined ? { kind: 'opaque', range, source } : { kind: 'opaque', range, source, envVar };
}

/** Joins values left to right, merging adjacent text parts (and their maps, when both have one). */
export function concatValues(range: SourceRange, ...values: Value[]): Value {
  const parts: ValuePart[] = [];
  for (const value of values) for (const part of value.parts) pushPart(parts, part);
  return { parts: exact(parts), range };
}

export function valueOf(range: SourceRange, parts: ValuePart[]): Value {
  const merged: ValuePart[] = [];
  for (const part of parts) pushPart(merged, part);
  return { parts: exact(merged), range };
}

/**
 * The array without the spare room `push` leaves (16 slots for one part): values are kept per request
 * site, and a file with 100,000 requests kept 12 MB of empty slots.
 */
function exact<T>(items: T[]): T[] {
  return items.length < 16 ? items.slice() : items;
}

function pushPart(parts: ValuePart[], part: ValuePart): void {
  if (part.kind === 'text' && part.text === '') return;
  const last = parts[parts.length - 1];
  // Text that sits here and text folded from elsewhere stay apart, so the part that sits here keeps its
  // place (`BASE + "/v2/keys.createKey"`: the path can still be edited where it is written).
  if (last?.kind === 'text' && part.kind === 'text' && !((last.map && part.at) || (last.at && part.map))) {
    const map = last.map && part.map ? [...last.map.slice(0, -1), ...part.map] : undefined;
    const lastAt = last.map ?? last.at;
    const partAt = part.map ?? part.at;
    const merged = mappedText(last.text + part.text, map);
    if (!map && lastAt && partAt) merged.at = [...lastAt.slice(0, -1), ...partAt];
    const overriddenBy = last.overriddenBy ?? part.overriddenBy;
    if (overriddenBy !== undefined) merged.overriddenBy = overriddenBy;
    parts[parts.length - 1] = merged;
    return;
  }
  parts.push(part);
}

/** The value as a string, with each opaque part replaced by OPAQUE. */
export function flatten(value: Value): string {
  let out = '';
  for (const part of value.parts) out += part.kind === 'text' ? part.text : OPAQUE;
  return out;
}

/** The exact string when the value has no opaque part. */
export function knownText(value: Value): string | undefined {
  if (value.parts.some((p) => p.kind === 'opaque')) return undefined;
  return flatten(value);
}

/** The part holding flattened character `index`, and that part's first flattened index. */
function partAt(value: Value, index: number): { part: ValuePart; pos: number } | undefined {
  let pos = 0;
  for (const part of value.parts) {
    const len = part.kind === 'text' ? part.text.length : 1;
    if (index < pos + len) return { part, pos };
    pos += len;
  }
  return undefined;
}

/** Source offset where flattened character `index` starts. */
function charStart(value: Value, index: number): number | undefined {
  const hit = partAt(value, index);
  if (!hit) return undefined;
  return hit.part.kind === 'opaque' ? hit.part.range[0] : hit.part.map?.[index - hit.pos];
}

/** Source offset where flattened character `index` ends. */
function charEnd(value: Value, index: number): number | undefined {
  const hit = partAt(value, index);
  if (!hit) return undefined;
  return hit.part.kind === 'opaque' ? hit.part.range[1] : hit.part.map?.[index - hit.pos + 1];
}

/**
 * Source offset of the point between flattened characters index-1 and index, for insertions.
 * Prefers the end of literal text before it (so `"Bearer" + key` gets its space inside the string).
 */
export function sourceOffsetAt(value: Value, index: number): number | undefined {
  if (index > 0) {
    const before = partAt(value, index - 1);
    if (before?.part.kind === 'text' && before.part.map) return before.part.map[index - before.pos];
  }
  return charStart(value, index);
}

/** The source range covering flattened characters [from, to); an empty range is an insertion point. */
export function sourceRangeOf(value: Value, from: number, to: number): [number, number] | undefined {
  if (to <= from) {
    const at = sourceOffsetAt(value, from);
    return at === undefined ? undefined : [at, at];
  }
  const start = charStart(value, from);
  const end = charEnd(value, to - 1);
  return start === undefined || end === undefined || end < start ? undefined : [start, end];
}

/**
 * The source range of flattened characters [from, to) when they lie in one literal (escapes allowed):
 * replacing it keeps the quotes around it. Across two literals (`"…?"p` in a shell word, `"a" + "b"`)
 * the range would swallow a closing quote.
 */
export function literalRangeOf(value: Value, from: number, to: number): [number, number] | undefined {
  if (to > from && partAt(value, from)?.part !== partAt(value, to - 1)?.part) return undefined;
  return sourceRangeOf(value, from, to);
}

/**
 * The source range of flattened characters [from, to) when they are one run of plain source characters
 * (no escape, no join of two literals). With `definition`, text folded from a constant of this file maps
 * to where the constant is defined: an edit there changes every use of it.
 */
export function plainRangeOf(value: Value, from: number, to: number, definition = false): [number, number] | undefined {
  if (to <= from) return sourceRangeOf(value, from, to);
  const offset = (index: number): number | undefined => {
    const hit = partAt(value, index);
    if (hit?.part.kind !== 'text') return undefined;
    return (hit.part.map ?? (definition ? hit.part.at : undefined))?.[index - hit.pos];
  };
  const start = offset(from);
  const last = offset(to - 1);
  return start === undefined || last === undefined || last + 1 - start !== to - from ? undefined : [start, last + 1];
}
