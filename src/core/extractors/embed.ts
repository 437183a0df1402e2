// Running one language's extractor on text embedded in another format (curl in Markdown fences, YAML
// `run:` steps, Dockerfile `RUN` lines, TS in Markdown). The embedded extractor reads a SAME-LENGTH
// masked copy of the host file: the embedded text stays where it is, everything else is blanked to
// white space (line breaks and tabs kept). So its offsets are host offsets with no mapping table, and
// its fixes are host edits once checked against the host markup they must not damage.

import type { Extraction, HeaderEntry, KeyLiteral, SourceRange, TextEdit, Value, ValuePart } from '../types';
import { opaquePart, valueOf } from '../value';
import type { ExtractContext } from './context';
import { extractShellRegion } from './shell';

/** An extractor for embedded text; `bounds` spans the region in the masked copy (it may read just that). */
export type Extractor = (text: string, context: ExtractContext, bounds: SourceRange) => Extraction;

/** The shell extractor, reading only the region's span of the masked copy. */
export const embeddedShell: Extractor = (text, context, bounds) => extractShellRegion(text, bounds[0], bounds[1], context);

/** A same-length replacement in the masked copy. */
export interface Substitution {
  range: SourceRange;
  /** Exactly `range`'s length. */
  text: string;
  /**
   * `opaque`: the host fills this in before the embedded language runs (a GitHub `${{ }}` expression):
   * whatever the embedded extractor reads there comes out as an opaque part.
   * `join`: host syntax the embedded language must not see (a folded YAML line break, a Dockerfile
   * comment inside a continued instruction).
   */
  kind: 'opaque' | 'join';
  /** For `opaque`: the env var the expression reads, when it is one (`${{ env.X }}`). */
  envVar?: string;
}

/** Where the embedded text sits in the host. */
export interface Region {
  /** Host ranges holding embedded text, in order, not overlapping (usually one per line, no line break). */
  keep: SourceRange[];
  /** Sorted, not overlapping. */
  substitutions?: Substitution[];
  /**
   * Host markup that a line inserted by a fix must start with (Markdown blockquote markers, YAML
   * block-scalar indentation), for the line holding `offset`.
   */
  linePrefix?(offset: number): string;
  /** The host folds line breaks in this text (YAML plain, quoted and `>` scalars): a fix must not insert one. */
  folded?: boolean;
  /** The host quote around this text (a YAML quoted scalar): a fix must not insert it, or the host string ends there. */
  quote?: '"' | "'";
  /**
   * A YAML plain scalar (`run: curl …`): a fix that would put `: ` or ` #` in it (an `Authorization: …`
   * header) would end the scalar there, so such a fix quotes the whole scalar instead.
   */
  plainScalar?: boolean;
}

/** The text with every character but line breaks and tabs turned into a space; computed once per host text. */
export function blankOut(text: string): string {
  return text.replace(/[^\r\n\t]/g, ' ');
}

/** The masked copy: `blank` everywhere except `region.keep`, with `region.substitutions` applied. */
export function maskedCopy(text: string, blank: string, region: Region): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of region.keep) {
    if (start < cursor || end < start) continue;
    out += blank.slice(cursor, start) + text.slice(start, end);
    cursor = end;
  }
  out += blank.slice(cursor);
  const subs = region.substitutions;
  if (!subs?.length) return out;
  let result = '';
  cursor = 0;
  for (const sub of subs) {
    const [start, end] = sub.range;
    if (start < cursor || sub.text.length !== end - start) continue;
    result += out.slice(cursor, start) + sub.text;
    cursor = end;
  }
  return result + out.slice(cursor);
}

/** Runs `extract` on the masked copy of `region` and makes its results safe to use on the host text. */
export function runEmbedded(extract: Extractor, text: string, blank: string, region: Region, context: ExtractContext): Extraction {
  const masked = maskedCopy(text, blank, region);
  return adaptExtraction(extract(masked, context, boundsOf(region)), text, masked, region);
}

/**
 * Runs the shell extractor on many regions through ONE masked copy holding them all, each read within
 * its own bounds: the work stays linear in the file size, and one region's open quote cannot reach the next.
 */
export function runShellRegions(text: string, scripts: readonly { region: Region; context: ExtractContext }[]): Extraction[] {
  if (scripts.length === 0) return [];
  const byStart = (a: { range: SourceRange } | SourceRange, b: { range: SourceRange } | SourceRange) =>
    ('range' in a ? a.range[0] : a[0]) - ('range' in b ? b.range[0] : b[0]);
  const all: Region = {
    keep: scripts.flatMap((s) => s.region.keep).sort(byStart),
    substitutions: scripts.flatMap((s) => s.region.substitutions ?? []).sort(byStart),
  };
  const masked = maskedCopy(text, blankOut(text), all);
  return scripts.map(({ region, context }) => adaptExtraction(embeddedShell(masked, context, boundsOf(region)), text, masked, region));
}

/** The span of a region in the masked copy, substitutions included (a joined line break may end it). */
function boundsOf(region: Region): SourceRange {
  let from = region.keep[0]?.[0] ?? 0;
  let to = region.keep.at(-1)?.[1] ?? 0;
  for (const sub of region.substitutions ?? []) [from, to] = [Math.min(from, sub.range[0]), Math.max(to, sub.range[1])];
  return [from, to];
}

/**
 * Rewrites an embedded extraction for the host, in place: values touching an opaque substitution
 * become opaque there, and every fix builder is wrapped so that its edit keeps the host intact.
 */
export function adaptExtraction(extraction: Extraction, text: string, masked: string, region: Region): Extraction {
  const opaque = (region.substitutions ?? []).filter((s) => s.kind === 'opaque');
  const adapt = (edit: TextEdit | undefined) => (edit ? adaptEdit(edit, text, masked, region, opaque) : undefined);
  const inOpaque = (range: SourceRange) => opaque.some((s) => range[0] >= s.range[0] && range[1] <= s.range[1]);

  for (const site of extraction.sites) {
    site.url = opaqueValue(site.url, text, opaque);
    for (const header of site.headers) adaptHeader(header, text, opaque, adapt, inOpaque);
    wrapBuilder(site, 'addAuthorization', adapt);
  }
  const keys = extraction.keys.filter((key) => !opaque.some((s) => overlaps(key.range, s.range)));
  for (const key of keys) wrapBuilder(key, 'replaceWithEnv', adapt);
  return { sites: extraction.sites, keys, errors: extraction.errors, ...(extraction.tooDeep && { tooDeep: true }) };
}

function adaptHeader(
  header: HeaderEntry,
  text: string,
  opaque: Substitution[],
  adapt: (edit: TextEdit | undefined) => TextEdit | undefined,
  inOpaque: (range: SourceRange) => boolean,
): void {
  if (header.value) header.value = opaqueValue(header.value, text, opaque);
  // `'${{ secrets.X }}'` is filled in before the shell runs: quoting it is no mistake.
  if (header.unexpanded && inOpaque(header.unexpanded.range)) delete header.unexpanded;
  wrapBuilder(header, 'prependToValue', adapt);
  wrapBuilder(header, 'replaceValue', adapt);
  wrapBuilder(header, 'expandReferences', adapt);
  wrapBuilder(header, 'replaceWithBearerEnv', adapt);
}

type Builder<A extends unknown[]> = ((...args: A) => TextEdit | undefined) | undefined;

function wrapBuilder<T extends object, K extends keyof T>(target: T, name: K, adapt: (edit: TextEdit | undefined) => TextEdit | undefined): void {
  const original = target[name] as Builder<unknown[]>;
  if (typeof original !== 'function') return;
  (target as Record<K, unknown>)[name] = (...args: unknown[]) => adapt(original.apply(target, args));
}

function overlaps(a: SourceRange, b: SourceRange): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Replaces what the embedded extractor read inside opaque substitutions with one opaque part each. */
function opaqueValue(value: Value, text: string, opaque: Substitution[]): Value {
  const touched = opaque.filter((s) => overlaps(s.range, value.range));
  if (touched.length === 0) return value;
  const subAt = (offset: number | undefined) =>
    offset === undefined ? undefined : touched.find((s) => offset >= s.range[0] && offset < s.range[1]);
  const parts: ValuePart[] = [];
  let last: Substitution | undefined;
  const pushOpaque = (sub: Substitution) => {
    if (sub !== last) parts.push(opaquePart(sub.range, text.slice(sub.range[0], sub.range[1]), sub.envVar));
    last = sub;
  };
  for (const part of value.parts) {
    if (part.kind === 'opaque') {
      const sub = subAt(part.range[0]);
      if (sub && part.range[1] <= sub.range[1]) pushOpaque(sub);
      else {
        parts.push(part);
        last = undefined;
      }
      continue;
    }
    const map = part.map;
    if (!map) {
      parts.push(part);
      last = undefined;
      continue;
    }
    let from = 0;
    for (let i = 0; i <= part.text.length; i++) {
      const sub = i < part.text.length ? subAt(map[i]) : undefined;
      if (sub === undefined && i < part.text.length) continue;
      if (i > from) {
        parts.push({ kind: 'text', text: part.text.slice(from, i), map: map.slice(from, i + 1) });
        last = undefined;
      }
      if (sub) pushOpaque(sub);
      from = i + 1;
    }
  }
  return valueOf(value.range, parts);
}

/**
 * Checks and rewrites an edit made on the masked copy:
 * - it may not remove host markup (a blockquote `>`, a prompt, a YAML quote) nor cut into an opaque expression;
 * - expressions it copied from the masked copy get their original text back;
 * - in folded text it may not add a line break (the host would fold it away);
 * - each line it inserts starts with the host's line prefix.
 */
function adaptEdit(edit: TextEdit, text: string, masked: string, region: Region, opaque: Substitution[]): TextEdit | undefined {
  const [start, end] = edit.range;
  let out = edit.text;
  let searchFrom = 0;
  for (const sub of opaque) {
    const [s, e] = sub.range;
    if ((start > s && start < e) || (end > s && end < e)) return undefined;
    if (s >= start && e <= end && s < e) {
      const at = out.indexOf(sub.text, searchFrom);
      if (at === -1) continue;
      const original = text.slice(s, e);
      out = out.slice(0, at) + original + out.slice(at + sub.text.length);
      searchFrom = at + original.length;
    }
  }
  for (let i = start; i < end; i++) {
    if (text[i] !== masked[i] && !opaque.some((s) => i >= s.range[0] && i < s.range[1])) return undefined;
  }
  if (region.folded && /[\r\n]/.test(out)) return undefined;
  if (region.quote && out.includes(region.quote)) return undefined;
  const prefix = region.linePrefix?.(start) ?? '';
  if (prefix !== '') out = prefixInsertedLines(out, start === 0 || text[start - 1] === '\n', prefix);
  if (region.plainScalar && region.keep.length > 0) {
    const from = region.keep[0][0];
    const to = region.keep[region.keep.length - 1][1];
    if (start >= from && end <= to) {
      const scalar = text.slice(from, start) + out + text.slice(end, to);
      if (!isPlainScalarSafe(scalar)) return { range: [from, to], text: quoteYamlScalar(scalar) };
    }
  }
  return { range: [start, end], text: out };
}

/** Whether `value` can stay a block-context YAML plain scalar: no `: ` / `:` at a line end, no ` #`. */
function isPlainScalarSafe(value: string): boolean {
  return !/:(?:[ \t]|$)|[ \t]#/m.test(value);
}

/**
 * `value` (as written, line breaks and indentation included, which fold the same way in a quoted scalar)
 * as a YAML flow scalar: single-quoted when it holds no `'` (nothing to escape), else double-quoted
 * with `\` and `"` escaped.
 */
export function quoteYamlScalar(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Gives every line that `insert` starts the host's line prefix. The embedded extractor copied its
 * indentation from the masked copy, where the prefix reads as blanks: those blanks become the prefix.
 */
function prefixInsertedLines(insert: string, atLineStart: boolean, prefix: string): string {
  const blankPrefix = prefix.replace(/[^\t]/g, ' ');
  const fix = (line: string) => {
    const indent = /^[ \t]*/.exec(line)![0];
    return indent.startsWith(blankPrefix) ? prefix + line.slice(blankPrefix.length) : prefix + line;
  };
  const lines = insert.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // The text after a final line break is the host's existing line, which has its prefix already.
    const isTail = i > 0 && i === lines.length - 1 && lines[i] === '';
    if ((i > 0 || atLineStart) && !isTail) lines[i] = fix(lines[i]);
  }
  return lines.join('\n');
}

// ---- Shared by the host formats -----------------------------------------------------------------

/** A root key's shape: `unkey_` and at least 20 base58 characters, not glued to other word characters. */
const ROOT_KEY = /(?<![A-Za-z0-9_])unkey_[1-9A-HJ-NP-Za-km-z]{20,}(?![A-Za-z0-9_])/g;

/** Root-key-shaped literals in `text[from, to)`, outside the `skip` ranges (sorted). */
export function findRootKeys(text: string, from = 0, to = text.length, skip: readonly SourceRange[] = []): KeyLiteral[] {
  const keys: KeyLiteral[] = [];
  const first = text.indexOf('unkey_', from);
  if (first === -1 || first >= to) return keys;
  ROOT_KEY.lastIndex = first;
  for (let m = ROOT_KEY.exec(text); m && m.index + m[0].length <= to; m = ROOT_KEY.exec(text)) {
    const range: SourceRange = [m.index, m.index + m[0].length];
    if (!skip.some((s) => overlaps(s, range))) keys.push({ key: m[0], range });
  }
  return keys;
}

/** One line of a text: [start, end) without its line break, `next` the start of the following line. */
export interface Line {
  start: number;
  end: number;
  next: number;
}

/** The lines of `text`, with `\n`, `\r\n` or a lone `\r` as line breaks. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** Merges extractions, dropping a key literal reported twice at the same range. */
export function mergeExtractions(extractions: readonly Extraction[]): Extraction {
  const merged: Extraction = { sites: [], keys: [], errors: [] };
  const seenKeys = new Set<string>();
  for (const extraction of extractions) {
    merged.sites.push(...extraction.sites);
    merged.errors.push(...extraction.errors);
    if (extraction.tooDeep) merged.tooDeep = true;
    for (const key of extraction.keys) {
      const id = `${key.range[0]}:${key.range[1]}`;
      if (seenKeys.has(id)) continue;
      seenKeys.add(id);
      merged.keys.push(key);
    }
  }
  merged.sites.sort((a, b) => a.range[0] - b.range[0]);
  merged.keys.sort((a, b) => a.range[0] - b.range[0]);
  return merged;
}

