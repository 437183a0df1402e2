// Reading and rewriting single shell words: slices of a word's value, its quoting at a source offset,
// and edits that keep the word's other characters exactly as the shell read them.

import type { SourceRange, TextEdit, Value, ValuePart } from '../types';
import { OPAQUE, mappedText, sourceOffsetAt, sourceRangeOf } from '../value';
import { type Dialect, envReference, escapeDoubleQuoted, escapeSingleQuoted, quoteUnquoted } from './dialect';
import type { Quoting, Segment, Word } from './tokenizer';

/** The part of `value` between flattened positions [from, to), with its source range. */
export function sliceValue(value: Value, from: number, to = Infinity): Value {
  const parts: ValuePart[] = [];
  let pos = 0;
  for (const part of value.parts) {
    const length = part.kind === 'text' ? part.text.length : 1;
    const a = Math.max(from, pos) - pos;
    const b = Math.min(to, pos + length) - pos;
    if (a < b) parts.push(part.kind === 'opaque' ? part : mappedText(part.text.slice(a, b), part.map?.slice(a, b + 1)));
    pos += length;
  }
  const range = sourceRangeOf(value, from, Math.min(to, pos)) ?? value.range;
  return { parts, range };
}

/** Source range of the word's flattened characters [from, to), or the whole word when it does not map. */
export function wordRange(word: Word, from: number, to: number): SourceRange {
  return sourceRangeOf(word.value, from, to) ?? word.range;
}

/** The word has a quote left open (half-typed input): text inserted after it would land inside the quotes. */
export function isUnterminated(word: Word): boolean {
  return word.segments.some((s) => s.quoting !== 'none' && s.range[1] === s.content[1]);
}

/** The segment whose inside holds source offset `at` (an insertion point): `"ab|c"` is inside the quotes. */
export function segmentAt(word: Word, at: number): Segment | undefined {
  return word.segments.find((s) => s.content[0] <= at && at <= s.content[1]);
}

/** Plain text written into a segment of the given quoting so that the shell reads it back unchanged. */
export function escapeIn(dialect: Dialect, quoting: Quoting, text: string): string {
  switch (quoting) {
    case 'double':
      return escapeDoubleQuoted(dialect, text);
    case 'single':
      return escapeSingleQuoted(dialect, text);
    case 'ansi':
      return text.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n');
    case 'none':
      return quoteUnquoted(dialect, text);
  }
}

/** The cooked characters of a segment, or undefined when they include a run-time part. */
export function segmentText(word: Word, segment: Segment): string | undefined {
  const text = word.text.slice(segment.text[0], segment.text[1]);
  return text.includes(OPAQUE) ? undefined : text;
}

/** An insertion of plain `text` before flattened position `index` of the word, escaped for the quoting there. */
export function insertInWord(dialect: Dialect, word: Word, index: number, text: string): TextEdit | undefined {
  const at = sourceOffsetAt(word.value, index);
  if (at === undefined) return undefined;
  const quoting = segmentAt(word, at)?.quoting ?? 'none';
  return { range: [at, at], text: escapeIn(dialect, quoting, text) };
}

// References a reader means to be expanded: `$NAME`, `${NAME}`; in PowerShell also `$env:NAME`, `${env:NAME}`.
const REFERENCES: Record<Dialect, RegExp | undefined> = {
  posix: /\$(?:\{[A-Za-z_]\w*\}|[A-Za-z_]\w*)/g,
  powershell: /\$(?:\{env:[A-Za-z_]\w*\}|env:[A-Za-z_]\w*|[A-Za-z_]\w*)/gi,
  cmd: undefined,
};

/**
 * The first variable reference written inside single quotes (or `$'...'`) of the word's flattened
 * positions [from, to): the shell passes it on as literal text.
 */
export function unexpandedReference(dialect: Dialect, word: Word, from: number, to: number): { reference: string; range: SourceRange } | undefined {
  const pattern = REFERENCES[dialect];
  if (!pattern) return undefined;
  for (const segment of word.segments) {
    if (segment.quoting !== 'single' && segment.quoting !== 'ansi') continue;
    const a = Math.max(from, segment.text[0]);
    const b = Math.min(to, segment.text[1]);
    if (a >= b) continue;
    // A fresh copy: a shared /g pattern's lastIndex would leak into the next caller (matchAll copies it).
    const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(word.text.slice(a, b));
    if (match) return { reference: match[0], range: wordRange(word, a + match.index, a + match.index + match[0].length) };
  }
  return undefined;
}

/** Writes plain text as the inside of a double-quoted string, leaving variable references free to expand. */
function escapeKeepingReferences(dialect: Dialect, text: string): string {
  const pattern = REFERENCES[dialect];
  if (!pattern) return escapeDoubleQuoted(dialect, text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out += escapeDoubleQuoted(dialect, text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + escapeDoubleQuoted(dialect, text.slice(last));
}

/**
 * Rewrites every single-quoted (and `$'...'`) segment of the word as a double-quoted one in which variable
 * references expand and every other character stays literal. Other segments are kept as written.
 */
export function expandWordReferences(dialect: Dialect, text: string, word: Word): TextEdit | undefined {
  const literal = word.segments.filter((s) => s.quoting === 'single' || s.quoting === 'ansi');
  if (literal.length === 0 || dialect === 'cmd' || isUnterminated(word)) return undefined;
  const first = word.segments.indexOf(literal[0]);
  const last = word.segments.indexOf(literal[literal.length - 1]);
  let out = '';
  for (const segment of word.segments.slice(first, last + 1)) {
    if (segment.quoting !== 'single' && segment.quoting !== 'ansi') {
      out += text.slice(segment.range[0], segment.range[1]);
      continue;
    }
    const cooked = segmentText(word, segment);
    if (cooked === undefined) return undefined;
    out += `"${escapeKeepingReferences(dialect, cooked)}"`;
  }
  return { range: [word.segments[first].range[0], word.segments[last].range[1]], text: out };
}

/**
 * Replaces the word's flattened characters [from, to) (a key) by a reference to env var `name`:
 * in place inside double quotes or unquoted; a single-quoted segment is rewritten in double quotes.
 */
export function replaceWithReference(dialect: Dialect, text: string, word: Word, from: number, to: number, name: string): TextEdit | undefined {
  const range = sourceRangeOf(word.value, from, to);
  if (!range) return undefined;
  const segment = segmentAt(word, range[0]);
  if (!segment || range[1] > segment.content[1]) return undefined;
  if (segment.quoting === 'none' || segment.quoting === 'double') {
    if (range[1] - range[0] !== to - from) return undefined; // escapes inside the key: not a plain run of characters
    return { range: [range[0], range[1]], text: envReference(dialect, name, text[range[1]]) };
  }
  const cooked = segmentText(word, segment);
  if (cooked === undefined) return undefined;
  const a = from - segment.text[0];
  const b = to - segment.text[0];
  const reference = envReference(dialect, name, cooked[b]);
  const inside = escapeDoubleQuoted(dialect, cooked.slice(0, a)) + reference + escapeDoubleQuoted(dialect, cooked.slice(b));
  return { range: [segment.range[0], segment.range[1]], text: `"${inside}"` };
}
