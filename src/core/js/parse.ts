import type { ParserOptions, ParserPlugin } from '@babel/parser';
import type { ExtractContext } from '../extractors/context';

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
}

type Babel = typeof import('@babel/parser');
let babel: Babel | undefined;

/** Loaded on first use, so the extension does not pay for the parser at activation. */
function parser(): Babel {
  babel ??= require('@babel/parser') as Babel;
  return babel;
}

/**
 * Loads Babel and parses a tiny program once, so the first real parse pays neither the load nor the
 * first (unoptimised) run. The extension calls it right after activation when the workspace has JS/TS.
 */
export function warmParser(): void {
  parser().parse('const a: number = f(`${b}`, { c: [1] });', parserOptions({ language: 'typescript', fileName: 'warm.ts' }));
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
 * Parses with Babel's error recovery. When the parser still gives up (half-typed code: an unclosed
 * call or object), parses again the text before the line of the error with its open brackets closed,
 * so the complete calls above the cursor are still found; then the text from the error line on, with
 * everything before it blanked (offsets kept), skipping a line at a time past further errors.
 */
export function parseJs(text: string, context: Pick<ExtractContext, 'language' | 'fileName'>): ParseResult {
  const options = parserOptions(context);
  let pos: number | undefined;
  let first: string;
  try {
    const file = parser().parse(text, options);
    return { parts: [{ program: file.program as unknown as Node, validStart: 0, validEnd: text.length }], errors: file.errors?.map(errorText) ?? [] };
  } catch (error) {
    first = errorText(error);
    pos = errorPos(error);
  }
  const parts: ParsedPart[] = [];
  if (pos === undefined) return { parts, errors: [first] };
  const cut = lineStart(text, pos);
  try {
    const prefix = text.slice(0, cut);
    parts.push({ program: parser().parse(prefix + closers(prefix), options).program as unknown as Node, validStart: 0, validEnd: cut });
  } catch {
    // Nothing usable before the error.
  }
  // The rest, with each line the parser still stumbles on blanked in turn (a stray `}` of the
  // function the broken statement sat in, say).
  let rest = blank(text, 0, cut);
  for (let attempt = 0; attempt < SUFFIX_ATTEMPTS && cut < text.length; attempt++) {
    try {
      parts.push({ program: parser().parse(rest, options).program as unknown as Node, validStart: cut, validEnd: text.length });
      break;
    } catch (error) {
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
  const stack: string[] = [];
  let regexAllowed = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipQuoted(text, i, c);
      if (i > n) return c + closeAll(stack);
      regexAllowed = false;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return '\n' + closeAll(stack);
      i = nl;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return '*/' + closeAll(stack);
      i = end + 2;
      continue;
    }
    if (c === '/' && regexAllowed) {
      i = skipRegex(text, i);
      regexAllowed = false;
      continue;
    }
    if (c === '`' || (c === '}' && stack[stack.length - 1] === '${')) {
      if (c === '}') stack.pop();
      // Scan template text up to its end or the next `${`.
      let j = i + 1;
      for (; j < n; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '`') break;
        else if (text[j] === '$' && text[j + 1] === '{') break;
      }
      if (j >= n) return '`' + closeAll(stack);
      if (text[j] === '`') i = j + 1;
      else {
        stack.push('`', '${');
        i = j + 2;
        regexAllowed = true;
        continue;
      }
      if (stack[stack.length - 1] === '`') stack.pop();
      regexAllowed = false;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      stack.push(c);
      regexAllowed = true;
    } else if (c === ')' || c === ']' || c === '}') {
      if (stack.length && CLOSE[stack[stack.length - 1]] === c) stack.pop();
      regexAllowed = c !== ')' && c !== ']';
    } else if (/[A-Za-z0-9_$]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_$]/.test(text[j])) j++;
      regexAllowed = /^(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)$/.test(text.slice(i, j));
      i = j;
      continue;
    } else if (!/\s/.test(c)) regexAllowed = true;
    i++;
  }
  return closeAll(stack);
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
