import type { ParserOptions, ParserPlugin } from '@babel/parser';
import type { ExtractContext } from '../extractors/context';
import { type Parse, type ParseMemory, remember, reparse } from './incremental';
import { VISITOR_KEYS } from './visitorKeys';

/** A Babel AST node, read loosely: the extractor only touches a few well-known fields. */
export type Node = { type: string; start: number; end: number; [key: string]: any };

/** A program and the part of the text it stands for: items outside [validStart, validEnd) are dropped. */
export interface ParsedPart {
  program: Node;
  validStart: number;
  validEnd: number;
}

export interface ParseResult {
  /** One part for a clean parse; after recovery, the text before the error and (maybe) after it. */
  parts: ParsedPart[];
  errors: string[];
  /**
   * Ranges left out because they nest deeper than the parser's stack allows (blanked before parsing, so
   * nothing in them is in `parts`). Absent when the whole text was read.
   */
  tooDeep?: Array<[number, number]>;
}

type Babel = typeof import('@babel/parser');
let babel: Babel | undefined;

/** Loaded on first use, so the extension does not pay for the parser at activation. */
function parser(): Babel {
  babel ??= require('@babel/parser') as Babel;
  return babel;
}

/**
 * One Babel parse. Error recovery makes Babel create an error object for each problem it gets past, deep
 * in its recursion, and each one captures the stack: under a host that sets `Error.stackTraceLimit` to
 * Infinity (mocha does) a broken, deeply nested file took seconds instead of milliseconds, depending on
 * how deep the caller's own stack was. We read only messages and positions, so traces are off meanwhile.
 */
function babelParse(text: string, options: ParserOptions): ReturnType<Babel['parse']> {
  const limit = Error.stackTraceLimit;
  const set = (value: number) => {
    try {
      Error.stackTraceLimit = value;
    } catch {
      // Frozen intrinsics: parse with the host's limit.
    }
  };
  set(0);
  let file: ReturnType<Babel['parse']>;
  try {
    file = parser().parse(text, options);
  } finally {
    set(limit);
  }
  if (text.length >= COMPACT_FROM) compactTree(file.program as unknown as Node);
  return file;
}

/**
 * Texts from this size on get their tree compacted (compactTree): below it the walk costs more time
 * than the memory is worth; above it the tree is tens of MB and the memory saved also saves GC time.
 */
export const COMPACT_FROM = 256 * 1024;

/**
 * Drops what the engine never reads from a freshly parsed tree: every node's `loc` (line and column
 * objects, about 40% of the tree; the engine reads offsets only) and the spare room Babel's arrays keep
 * (a call's one argument sits in an array of 16 slots). The 100,000-call file's tree: about 110 -> 55 MB.
 * Runs before anything else holds a node or an array of the tree, so replacing arrays is invisible.
 */
export function compactTree(root: Node): void {
  const stack: Node[] = [root];
  const visit = (node: Node, key: string) => {
    const child = node[key];
    if (child === null || typeof child !== 'object') return;
    if (!Array.isArray(child)) {
      if (typeof child.type === 'string') stack.push(child);
      return;
    }
    if (child.length < 16) node[key] = child.slice();
    for (const item of child) if (item !== null && typeof item === 'object' && typeof item.type === 'string') stack.push(item);
  };
  while (stack.length) {
    const node = stack.pop() as Node;
    node.loc = null;
    const keys = VISITOR_KEYS[node.type];
    if (keys) for (const key of keys) visit(node, key);
    else for (const key in node) if (key !== 'loc' && key !== 'extra') visit(node, key);
  }
}

/** The options used for every parse (the benchmark measures the parser with exactly these). */
export function parserOptions(context: Pick<ExtractContext, 'language' | 'fileName'>): ParserOptions {
  const ext = /\.[^./\\]+$/.exec(context.fileName)?.[0].toLowerCase() ?? '';
  const typescript = context.language === 'typescript' || /^\.[mc]?tsx?$/.test(ext);
  const plugins: ParserPlugin[] = [];
  if (typescript) plugins.push('typescript');
  // `<T>(x) => x` is a generic arrow in .ts but JSX in .tsx, so JSX only where it can occur.
  if (ext === '.tsx' || !typescript) plugins.push('jsx');
  return {
    sourceType: 'module',
    errorRecovery: true,
    attachComment: false,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowUndeclaredExports: true,
    allowNewTargetOutsideFunction: true,
    allowSuperOutsideMethod: true,
    plugins,
  };
}

/** Lines after a hard error tried as a separate program, at most this many times. */
const SUFFIX_ATTEMPTS = 4;

/**
 * Brackets kept when a text overflowed the parser's stack: anything nested deeper is left out. Babel
 * overflows at about 250 to 600 levels depending on the construct (and on how deep the caller's stack
 * already is); 64 leaves room for the analysis that walks the tree afterwards.
 */
export const SHALLOW_DEPTH = 64;

/** Whether `error` is V8's stack overflow (Babel and the tree walkers recurse once per nesting level). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * Parses with Babel's error recovery. When the parser still gives up (half-typed code: an unclosed
 * call or object), parses again the text before the line of the error with its open brackets closed,
 * so the complete calls above the cursor are still found; then the text from the error line on, with
 * everything before it blanked (offsets kept), skipping a line at a time past further errors.
 *
 * Nesting too deep for the parser's stack (`[[[…]]]` 400 levels down, a `+` chain of 3,000 strings)
 * does not cost the rest of the file: see parseShallow. `shallow` starts there (the caller's analysis
 * overflowed on the full tree).
 */
export function parseJs(text: string, context: Pick<ExtractContext, 'language' | 'fileName'>, shallow = false, memory?: ParseMemory): ParseResult {
  const options = parserOptions(context);
  if (!shallow) {
    try {
      const result = (memory && reparse(text, options, memory, babelParse as unknown as Parse)) || parseRecovering(text, options);
      if (memory) remember(memory, text, options, result);
      return result;
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
    }
  }
  memory?.forget();
  return parseShallow(text, options);
}

/** parseJs's recovery; throws only when a parse overflows the stack. */
function parseRecovering(text: string, options: ParserOptions): ParseResult {
  let pos: number | undefined;
  let first: string;
  try {
    const file = babelParse(text, options);
    return { parts: [{ program: file.program as unknown as Node, validStart: 0, validEnd: text.length }], errors: file.errors?.map(errorText) ?? [] };
  } catch (error) {
    if (isStackOverflow(error)) throw error;
    first = errorText(error);
    pos = errorPos(error);
  }
  const parts: ParsedPart[] = [];
  if (pos === undefined) return { parts, errors: [first] };
  const cut = lineStart(text, pos);
  try {
    const prefix = text.slice(0, cut);
    parts.push({ program: babelParse(prefix + closers(prefix), options).program as unknown as Node, validStart: 0, validEnd: cut });
  } catch (error) {
    // Nothing usable before the error.
    if (isStackOverflow(error)) throw error;
  }
  // The rest, with each line the parser still stumbles on blanked in turn (a stray `}` of the
  // function the broken statement sat in, say).
  let rest = blank(text, 0, cut);
  for (let attempt = 0; attempt < SUFFIX_ATTEMPTS && cut < text.length; attempt++) {
    try {
      parts.push({ program: babelParse(rest, options).program as unknown as Node, validStart: cut, validEnd: text.length });
      break;
    } catch (error) {
      if (isStackOverflow(error)) throw error;
      const at = errorPos(error);
      if (at === undefined) break;
      const from = lineStart(rest, Math.min(at, rest.length));
      const eol = rest.indexOf('\n', from);
      const to = eol === -1 ? rest.length : eol;
      if (/^\s*$/.test(rest.slice(from, to))) break;
      rest = blank(rest, from, to);
    }
  }
  return { parts, errors: [first] };
}

/**
 * The text read without what nests too deep, in steps that each keep more of the file than the next:
 * 1. the insides of brackets deeper than SHALLOW_DEPTH blanked (`f([[[…]]])` keeps `f([[[ ]]])`);
 * 2. then also the top-level statements that still overflow alone (a `+` chain thousands of terms long);
 * 3. then each remaining statement as its own program (together they still overflow).
 * Blanking keeps offsets and line breaks, so every position still points into the original text.
 */
function parseShallow(text: string, options: ParserOptions): ParseResult {
  const deep = deepRegions(text, SHALLOW_DEPTH);
  const bracketed = fill(text, deep);
  let tooDeep: Array<[number, number]> = deep.map((r) => [r.start, r.end]);
  try {
    return { ...parseRecovering(bracketed, options), tooDeep };
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
  }
  const kept: Array<[number, number]> = [];
  const dropped: DeepRegion[] = [];
  for (const [start, end] of statementChunks(bracketed)) {
    try {
      babelParse(bracketed.slice(start, end), options);
      kept.push([start, end]);
    } catch (error) {
      if (!isStackOverflow(error)) kept.push([start, end]);
      else dropped.push({ start, end, filler: '' });
    }
  }
  const shallow = fill(bracketed, dropped);
  // A dropped statement holds any bracket region inside it: keep the outermost ranges only.
  tooDeep = [...tooDeep.filter(([s]) => !dropped.some((d) => s >= d.start && s < d.end)), ...dropped.map((d): [number, number] => [d.start, d.end])];
  tooDeep.sort((a, b) => a[0] - b[0]);
  try {
    return { ...parseRecovering(shallow, options), tooDeep };
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
  }
  const parts: ParsedPart[] = [];
  const errors: string[] = [];
  let line = 0;
  let counted = 0;
  for (const [start, end] of kept) {
    line += countLines(shallow, counted, start);
    counted = start;
    try {
      const file = babelParse(shallow.slice(start, end), { ...options, startIndex: start, startLine: line + 1, startColumn: 0 } as ParserOptions);
      parts.push({ program: file.program as unknown as Node, validStart: start, validEnd: end });
    } catch (error) {
      if (errors.length === 0) errors.push(errorText(error));
    }
  }
  return { parts, errors, tooDeep };
}

/** Line breaks in text[from, to). */
function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

interface DeepRegion {
  start: number;
  end: number;
  /** `(`, `[` and `${` hold an expression: the blanked inside becomes `0`; `{` stays empty. */
  filler: string;
}

/** The insides of brackets opened deeper than `limit` (outermost only), in text order. */
export function deepRegions(text: string, limit: number): DeepRegion[] {
  const regions: DeepRegion[] = [];
  let open: { start: number; depth: number; filler: string } | undefined;
  const { stack } = scanNesting(text, {
    open(kind, end, depth) {
      // A template's own entry comes with its `${`: the region starts at the `${`.
      if (!open && depth > limit && kind !== '`') open = { start: end, depth, filler: kind === '{' ? '' : '0' };
    },
    close(kind, start, depth) {
      if (open && depth === open.depth) {
        regions.push({ start: open.start, end: start, filler: open.filler });
        open = undefined;
      }
    },
  });
  if (open && stack.length) regions.push({ start: open.start, end: text.length, filler: open.filler });
  return regions;
}

/** `text` with each region (in order, not overlapping) blanked and its filler (`0`) first, offsets and line breaks kept. */
function fill(text: string, regions: readonly DeepRegion[]): string {
  const pieces: string[] = [];
  let done = 0;
  for (const region of regions) {
    const inside = text.slice(region.start, region.end).replace(/[^\r\n]/g, ' ');
    const at = region.filler ? inside.indexOf(' ') : -1;
    pieces.push(text.slice(done, region.start), at === -1 ? inside : inside.slice(0, at) + region.filler + inside.slice(at + 1));
    done = region.end;
  }
  pieces.push(text.slice(done));
  return pieces.join('');
}

/** A line that ends this way goes on in the next (`a +`, `f(`, `x =`). */
const CONTINUES_AFTER = /[-+*/%&|^,=<>?:.!~([{]\s*$/;
/** A line that starts this way goes on from the previous one (`.then(…)`, `+ b`, `? x : y`). */
const CONTINUES_BEFORE = /^\s*(?:[-+*/%&|^,=<>?:.)\]}]|(?:as|satisfies|in|instanceof)\b)/;

/**
 * The text cut into top-level statements (roughly: at line breaks outside any bracket, string,
 * comment or template, where neither side of the break looks like it goes on), as [start, end).
 */
export function statementChunks(text: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  scanNesting(text, {
    newline(at, depth) {
      if (depth !== 0) return;
      const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
      const eol = text.indexOf('\n', at + 1);
      const after = text.slice(at + 1, eol === -1 ? text.length : eol);
      if (CONTINUES_AFTER.test(before) || CONTINUES_BEFORE.test(after)) return;
      if (/\S/.test(text.slice(start, at + 1))) chunks.push([start, at + 1]);
      start = at + 1;
    },
  });
  if (start < text.length) chunks.push([start, text.length]);
  return chunks;
}

function errorPos(error: unknown): number | undefined {
  const pos = (error as { pos?: unknown }).pos;
  return typeof pos === 'number' ? pos : undefined;
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The text with [start, end) turned into spaces (line breaks kept), so offsets stay put. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * The closing brackets (and quote) that would end what `text` leaves open. A light scanner:
 * strings, comments, templates and regex literals are skipped well enough for recovery.
 */
export function closers(text: string): string {
  const { stack, tail } = scanNesting(text, {});
  return tail + closeAll(stack);
}

interface NestingVisitor {
  /** A bracket, `${` or template (`` ` `` entry, pushed with its first `${`) opened; `end` is just after it; `depth` counts it. */
  open?(kind: string, end: number, depth: number): void;
  /** The entry at `depth` closed by the character at `start`. */
  close?(kind: string, start: number, depth: number): void;
  /** A line break outside strings, comments and template text. */
  newline?(at: number, depth: number): void;
}

/**
 * Walks the brackets of JS/TS text: the entries left open at the end, and what would end an
 * unterminated string, comment or template there (`tail`).
 */
function scanNesting(text: string, visitor: NestingVisitor): { stack: string[]; tail: string } {
  const stack: string[] = [];
  const push = (kind: string, end: number) => {
    stack.push(kind);
    visitor.open?.(kind, end, stack.length);
  };
  const pop = (at: number) => {
    visitor.close?.(stack[stack.length - 1], at, stack.length);
    stack.pop();
  };
  let regexAllowed = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipQuoted(text, i, c);
      if (i > n) return { stack, tail: c };
      regexAllowed = false;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return { stack, tail: '\n' };
      i = nl;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return { stack, tail: '*/' };
      i = end + 2;
      continue;
    }
    if (c === '/' && regexAllowed) {
      i = skipRegex(text, i);
      regexAllowed = false;
      continue;
    }
    if (c === '`' || (c === '}' && stack[stack.length - 1] === '${')) {
      if (c === '}') pop(i);
      // Scan template text up to its end or the next `${`.
      let j = i + 1;
      for (; j < n; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '`') break;
        else if (text[j] === '$' && text[j + 1] === '{') break;
      }
      if (j >= n) return { stack, tail: '`' };
      if (text[j] === '`') i = j + 1;
      else {
        // A template continued after `}` already has its entry.
        if (c === '`') push('`', j + 2);
        push('${', j + 2);
        i = j + 2;
        regexAllowed = true;
        continue;
      }
      if (c === '}' && stack[stack.length - 1] === '`') pop(j);
      regexAllowed = false;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      push(c, i + 1);
      regexAllowed = true;
    } else if (c === ')' || c === ']' || c === '}') {
      if (stack.length && CLOSE[stack[stack.length - 1]] === c) pop(i);
      regexAllowed = c !== ')' && c !== ']';
    } else if (/[A-Za-z0-9_$]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_$]/.test(text[j])) j++;
      regexAllowed = /^(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(text.slice(i, j));
      i = j;
      continue;
    } else if (c === '\n') visitor.newline?.(i, stack.length);
    else if (!/\s/.test(c)) regexAllowed = true;
    i++;
  }
  return { stack, tail: '' };
}

function closeAll(stack: string[]): string {
  let out = '';
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k];
    // A template interpolation: close the expression, then the template itself.
    if (open === '${') out += '}';
    else if (open === '`') out += '`';
    else out += CLOSE[open];
  }
  return '\n' + out;
}

function skipQuoted(text: string, i: number, quote: string): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === quote) return j + 1;
    else if (c === '\n') return j; // unterminated: the line ends the string
  }
  return text.length + 1;
}

function skipRegex(text: string, i: number): number {
  let inClass = false;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      j++;
      while (j < text.length && /[a-z]/i.test(text[j])) j++;
      return j;
    } else if (c === '\n') return j;
  }
  return text.length;
}
