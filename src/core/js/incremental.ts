import type { ParserOptions } from '@babel/parser';
import { firstAtOrAfter } from '../sorted';
import type { Node, ParseResult } from './parse';
import { VISITOR_KEYS } from './visitorKeys';

/**
 * What an editor keeps of one document's last clean parse, so that the next parse after an edit re-parses
 * only the top-level statements the edit touched and reuses the others (shifted past the edit). Typing in
 * a 20,000-line file otherwise re-parses all of it on every keystroke.
 *
 * The host makes one per document and passes it as `LintOptions.parseMemory`; nothing else is shared. The
 * next parse compares texts (common prefix and suffix), so any text may come next: the document's next
 * version, or a fixed copy of it while the fixing loop runs.
 */
export class ParseMemory {
  /** The text last parsed whole and clean, its parser plugins, and its program. */
  text: string | undefined;
  plugins: string | undefined;
  program: Node | undefined;
  /** What the last parse did: the statements it parsed again and those it reused; for tests and the benchmark. */
  last: { reparsed: number; reused: number } | undefined;

  forget(): void {
    this.text = this.plugins = this.program = this.last = undefined;
  }
}

/**
 * A host's parse memories by document, the `capacity` most recently used kept: each holds a syntax tree
 * (measured after a full GC: 6.4 MB for a 2,000-line file, 39 MB for a 20,000-line one).
 */
export class ParseMemories {
  private readonly memories = new Map<string, ParseMemory>();

  constructor(private readonly capacity: number) {}

  /** The document's memory; made when there is none and `make` is set. */
  get(key: string, make: boolean): ParseMemory | undefined {
    let memory = this.memories.get(key);
    if (memory) {
      // Most recently used last, so the oldest is the first to go.
      this.memories.delete(key);
    } else if (make) {
      memory = new ParseMemory();
      if (this.memories.size >= this.capacity) this.memories.delete(this.memories.keys().next().value as string);
    } else return undefined;
    this.memories.set(key, memory);
    return memory;
  }

  delete(key: string): void {
    this.memories.delete(key);
  }

  clear(): void {
    this.memories.clear();
  }
}

/** One parse of a text with the given options (parse.ts's Babel call). */
export type Parse = (text: string, options: ParserOptions) => { program: Node; errors?: unknown[] | null };

/**
 * A first token that can go on with the statement before it when that one does not end with `;`
 * (`a\n(b)` is one call), so the statements on both sides of it are not parsed apart.
 */
const CONTINUES = /^(?:[-+*/%&|^,=<>?:.!([`]|(?:as|satisfies|in|instanceof)\b)/;

/**
 * Parses `text` by re-parsing only the top-level statements an edit touched since `memory`'s text, when
 * that is sure to give the tree a whole parse would give; undefined when it is not (then the caller
 * parses the whole text). Sure means: the earlier parse was clean, the re-parsed statements parse clean
 * on their own, and nothing at either edge of them could join with its neighbour.
 */
export function reparse(text: string, options: ParserOptions, memory: ParseMemory, parse: Parse): ParseResult | undefined {
  const { text: before, program } = memory;
  if (before === undefined || program === undefined || memory.plugins !== pluginsKey(options)) return undefined;
  const body: Node[] = program.body;
  if (body.length < 2 || program.directives?.length || program.interpreter) return undefined;

  // The edit: [start, oldEnd) of the old text became [start, newEnd) of the new one.
  const max = Math.min(before.length, text.length);
  const start = commonPrefix(before, text, max);
  if (start === before.length && start === text.length) return { parts: [{ program: { ...program }, validStart: 0, validEnd: text.length }], errors: [] };
  const tail = commonSuffix(before, text, max - start);
  const oldEnd = before.length - tail;
  const delta = text.length - before.length;

  // The statements touched: from the first one ending at or after the edit's start to the last one
  // starting at or before its end. The re-parsed text runs from the end of the statement before them to
  // the start of the one after, so it starts and ends between tokens, never inside a comment or string.
  const first = firstAtOrAfter(body, (node) => node.end, start);
  const last = firstAtOrAfter(body, (node) => node.start, oldEnd + 1) - 1;
  if (first === 0) return undefined;
  const from = body[first - 1].end;
  const to = last + 1 < body.length ? body[last + 1].start : before.length;

  let parsed: ReturnType<Parse>;
  try {
    parsed = parse(text.slice(from, to + delta), { ...options, startIndex: from, startLine: lineOf(text, from), startColumn: columnOf(text, from) } as ParserOptions);
  } catch {
    return undefined;
  }
  if (parsed.errors?.length || parsed.program.directives?.length || parsed.program.interpreter) return undefined;
  const fresh: Node[] = parsed.program.body;

  // Neither edge may join two statements that a whole parse would read as one.
  const previous = fresh.length ? fresh[fresh.length - 1] : body[first - 1];
  if (!endsClosed(text, body[first - 1]) && CONTINUES.test(firstToken(text, from))) return undefined;
  if (last + 1 < body.length && !endsClosed(text, previous) && CONTINUES.test(firstToken(text, to + delta))) return undefined;

  const rest = body.slice(last + 1);
  if (delta !== 0) for (const node of rest) shift(node, delta);
  const next: Node = { ...program, start: 0, end: text.length, body: [...body.slice(0, first), ...fresh, ...rest] };
  memory.last = { reparsed: fresh.length, reused: first + rest.length };
  return { parts: [{ program: next, validStart: 0, validEnd: text.length }], errors: [] };
}

/**
 * Keeps a clean whole parse of `text` for the next call. Any other result leaves the memory as it was: a
 * half-typed line does not parse, and once it does again, the text before it is still the nearest.
 */
export function remember(memory: ParseMemory, text: string, options: ParserOptions, result: ParseResult): void {
  const [part] = result.parts;
  if (result.parts.length !== 1 || result.errors.length || result.tooDeep || part.validStart !== 0 || part.validEnd !== text.length) return;
  memory.text = text;
  memory.plugins = pluginsKey(options);
  memory.program = part.program;
}

function pluginsKey(options: ParserOptions): string {
  return JSON.stringify(options.plugins ?? []);
}

/** Whether the statement ends so that nothing after it can continue it: with `;`, or as a declaration or block. */
function endsClosed(text: string, node: Node): boolean {
  if (text.charCodeAt(node.end - 1) === 59 /* ; */) return true;
  return /^(?:FunctionDeclaration|ClassDeclaration|BlockStatement|IfStatement|ForStatement|ForInStatement|ForOfStatement|WhileStatement|TryStatement|SwitchStatement|TSInterfaceDeclaration|TSModuleDeclaration|TSEnumDeclaration|EmptyStatement)$/.test(node.type) && text.charCodeAt(node.end - 1) === 125 /* } */;
}

/** The text from `at` on, past white space and comments. */
function firstToken(text: string, at: number): string {
  let i = at;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('//', i)) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else return text.slice(i, i + 16);
  }
}

/** Child keys left out of VISITOR_KEYS (the engine's walkers skip types); still moved, since code may read them (a call's `<T>`). */
const TYPE_KEYS = ['typeAnnotation', 'typeParameters', 'typeArguments', 'returnType', 'predicate', 'superTypeParameters', 'implements'];

/**
 * Moves every offset in a reused subtree by `delta`. Every node is reached: code nodes through their
 * VISITOR_KEYS and the type keys; type nodes (and any type the table lacks) through all their keys.
 */
function shift(root: Node, delta: number): void {
  const stack: Node[] = [root];
  const push = (child: any) => {
    if (child === null || typeof child !== 'object') return;
    if (!Array.isArray(child)) {
      if (typeof child.type === 'string') stack.push(child);
      return;
    }
    for (let i = 0; i < child.length; i++) {
      const item = child[i];
      if (item !== null && typeof item === 'object' && typeof item.type === 'string') stack.push(item);
    }
  };
  while (stack.length) {
    const node = stack.pop() as Node;
    node.start += delta;
    node.end += delta;
    // Lines and columns are not moved: nothing reads them (huge files have them dropped, see compactTree).
    if (node.loc) node.loc = null;
    const extra = node.extra;
    if (extra && typeof extra.parenStart === 'number') extra.parenStart += delta;
    const keys = VISITOR_KEYS[node.type];
    if (keys !== undefined && keys.length) {
      for (let k = 0; k < keys.length; k++) push(node[keys[k]]);
      for (let k = 0; k < TYPE_KEYS.length; k++) push(node[TYPE_KEYS[k]]);
    } else {
      const own = Object.keys(node);
      for (let k = 0; k < own.length; k++) if (own[k] !== 'loc' && own[k] !== 'extra') push(node[own[k]]);
    }
  }
}

/** Characters compared a block at a time first: string equality runs as memcmp, a charCodeAt loop does not. */
const BLOCK = 4096;

/** The length of the common prefix of `a` and `b`, at most `max`. */
function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the common suffix of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + BLOCK <= max && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** The 1-based line of offset `at`. */
function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function columnOf(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1);
}
