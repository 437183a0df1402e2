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
  return { parts, range };
}

export function valueOf(range: SourceRange, parts: ValuePart[]): Value {
  const merged: ValuePart[] = [];
  for (const part of parts) pushPart(merged, part);
  return { parts: merged, range };
}

function pushPart(parts: ValuePart[], part: ValuePart): void {
  if (part.kind === 'text' && part.text === '') return;
  const last = parts[parts.length - 1];
  if (last?.kind === 'text' && part.kind === 'text') {
    const map = last.map && part.map ? [...last.map.slice(0, -1), ...part.map] : undefined;
    parts[parts.length - 1] = mappedText(last.text + part.text, map);
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

/**
 * Source offset of position `index` of the flattened value (a position between characters).
 * Undefined when that position falls in text that does not map to the source.
 * An index at the boundary before an opaque part maps to the opaque part's start.
 */
export function sourceOffsetAt(value: Value, index: number): number | undefined {
  let pos = 0;
  for (const part of value.parts) {
    const len = part.kind === 'text' ? part.text.length : 1;
    if (index < pos + len || (index === pos + len && part.kind === 'text')) {
      if (part.kind === 'opaque') return index === pos ? part.range[0] : part.range[1];
      return part.map?.[index - pos];
    }
    pos += len;
  }
  return index === pos ? value.range[1] : undefined;
}

/** The source range covering flattened positions [from, to), when both ends map to the source. */
export function sourceRangeOf(value: Value, from: number, to: number): [number, number] | undefined {
  const start = sourceOffsetAt(value, from);
  const end = to === from ? start : endOffsetAt(value, to);
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** Like sourceOffsetAt, but an index at the end of a text part maps to that part's end (not the next part's start). */
function endOffsetAt(value: Value, index: number): number | undefined {
  let pos = 0;
  for (const part of value.parts) {
    const len = part.kind === 'text' ? part.text.length : 1;
    if (index <= pos + len && index > pos) {
      if (part.kind === 'opaque') return part.range[1];
      return part.map?.[index - pos];
    }
    pos += len;
  }
  return index === 0 ? sourceOffsetAt(value, 0) : undefined;
}

/** The opaque parts of a value, in order. */
export function opaqueParts(value: Value): OpaquePart[] {
  return value.parts.filter((p): p is OpaquePart => p.kind === 'opaque');
}
