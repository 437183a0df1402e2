// Markdown and MDX: the requests in fenced code blocks. Prose is not read, only code blocks.
//
// A hand scanner (≈ 100 lines), not markdown-it (126 kB minified, 14.x, and no MDX; remark/micromark are
// larger): all we need is CommonMark's fence rules (indentation, fence character and length, unclosed
// fences, blockquotes, list items) and the source range of each content line, which markdown-it's
// tokens do not give (they carry the block's text with markers stripped, and line numbers only). Each block then goes to its language's extractor through a masked copy of the file
// (see embed.ts), so findings and fixes land at their place in the Markdown file.

import type { Extraction, LanguageKind, SourceRange } from '../types';
import { mentionsUnkey } from '../unkeyUrl';
import type { ExtractContext } from './context';
import { extractDockerfile } from './dockerfile';
import { blankOut, embeddedShell, type Extractor, findRootKeys, mergeExtractions, type Region, runEmbedded, runShellRegions, splitLines } from './embed';
import { extractHttp } from './http';
import { extractJavaScript } from './javascript';
import { extractGo } from './go';
import { extractPhp } from './php';
import { extractRuby } from './ruby';
import { extractRust } from './rust';
import { extractPython } from './python';
import { extractYaml } from './yaml';

/** A fenced code block. */
export interface CodeBlock {
  /** The info string's first word, lower case ('' when untagged). */
  lang: string;
  /** The opening fence line. */
  fence: SourceRange;
  /** Each content line after its blockquote markers, without its line break. */
  lines: SourceRange[];
  /** Whether a closing fence was found (an unclosed fence runs to the end of its container). */
  closed: boolean;
  /** Blockquote markers of each line of the block, fence lines included, by line start. */
  prefixes: Map<number, string>;
}

interface Target {
  extract: Extractor;
  language: LanguageKind;
  fileName?: string;
  /** Commands follow `$ ` / `% ` prompts; other lines are output. */
  console?: boolean;
}

const SHELL: Target = { extract: embeddedShell, language: 'shell' };
const CONSOLE: Target = { ...SHELL, console: true };
const POWERSHELL: Target = { extract: embeddedShell, language: 'powershell' };
const CMD: Target = { extract: embeddedShell, language: 'cmd' };
const TYPESCRIPT: Target = { extract: extractJavaScript, language: 'typescript', fileName: 'block.tsx' };
const JAVASCRIPT: Target = { extract: extractJavaScript, language: 'javascript', fileName: 'block.jsx' };
const HTTP: Target = { extract: extractHttp, language: 'http' };
const YAML: Target = { extract: extractYaml, language: 'yaml' };
const DOCKERFILE: Target = { extract: extractDockerfile, language: 'dockerfile' };
const PYTHON: Target = { extract: extractPython, language: 'python', fileName: 'block.py' };
const GO: Target = { extract: extractGo, language: 'go', fileName: 'block.go' };
const PHP: Target = { extract: extractPhp, language: 'php', fileName: 'block.php' };
const RUBY: Target = { extract: extractRuby, language: 'ruby', fileName: 'block.rb' };
const RUST: Target = { extract: extractRust, language: 'rust', fileName: 'block.rs' };

/** Info-string languages and the extractor that reads them; other blocks are only scanned for key literals. */
const TARGETS: Record<string, Target> = {
  '': SHELL, bash: SHELL, sh: SHELL, shell: SHELL, zsh: SHELL, curl: SHELL,
  console: CONSOLE, terminal: CONSOLE, 'shell-session': CONSOLE, shellsession: CONSOLE,
  ps1: POWERSHELL, powershell: POWERSHELL, pwsh: POWERSHELL,
  cmd: CMD, bat: CMD, batch: CMD,
  ts: TYPESCRIPT, typescript: TYPESCRIPT, tsx: TYPESCRIPT, mts: TYPESCRIPT, cts: TYPESCRIPT,
  js: JAVASCRIPT, javascript: JAVASCRIPT, jsx: JAVASCRIPT, mjs: JAVASCRIPT, cjs: JAVASCRIPT,
  http: HTTP, rest: HTTP,
  yaml: YAML, yml: YAML,
  dockerfile: DOCKERFILE, docker: DOCKERFILE,
  py: PYTHON, python: PYTHON, python3: PYTHON,
  go: GO, golang: GO,
  rs: RUST, rust: RUST,
  php: PHP,
  rb: RUBY, ruby: RUBY,
};

export function extractMarkdown(text: string, context: ExtractContext): Extraction {
  const mdx = /\.mdx$/i.test(context.fileName);
  const blocks = findCodeBlocks(text, mdx);
  if (blocks.length === 0) return { sites: [], keys: [], errors: [] };
  let blank: string | undefined;
  const results: Extraction[] = [];
  const shellScripts: { region: Region; context: ExtractContext }[] = [];
  for (const block of blocks) {
    if (block.lines.length === 0) continue;
    const from = block.lines[0][0];
    const to = block.lines[block.lines.length - 1][1];
    const target = TARGETS[block.lang];
    if (!target) {
      results.push({ sites: [], keys: findRootKeys(text, from, to), errors: [] });
      continue;
    }
    // Most blocks of a long document are not about Unkey: skip them before building a masked copy.
    if (!mentionsUnkey(text.slice(from, to), context.options.hosts)) continue;
    const consoleMode = target.console || (target === SHELL && startsWithPrompt(text, block));
    const region: Region = {
      keep: consoleMode ? commandLines(text, block.lines) : block.lines,
      linePrefix: (offset) => block.prefixes.get(lineStartOf(text, offset)) ?? '',
    };
    const embeddedContext: ExtractContext = { ...context, language: target.language, fileName: target.fileName ?? context.fileName };
    if (target.extract === embeddedShell) {
      shellScripts.push({ region, context: embeddedContext });
      continue;
    }
    // Other languages read the whole masked copy (a JS program, an .http file): one copy per block.
    blank ??= blankOut(text);
    results.push(runEmbedded(target.extract, text, blank, region, embeddedContext));
  }
  results.push(...runShellRegions(text, shellScripts));
  return mergeExtractions(results);
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

// ---- Fence scanning -----------------------------------------------------------------------------

const BLOCKQUOTE_MARKER = /^[ \t]{0,3}>[ \t]?/;
const LIST_MARKER = /^([ \t]*)([-+*]|\d{1,9}[.)])([ \t]+|$)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;

interface OpenFence {
  char: string;
  length: number;
  /** Blockquote depth the fence lives in. */
  depth: number;
  /** Content column of the list item holding the fence (0 outside lists). */
  listColumn: number;
  block: CodeBlock;
}

/** Columns of leading white space (a tab advances to the next multiple of 4). */
function indentColumns(s: string): number {
  let col = 0;
  for (const ch of s) {
    if (ch === ' ') col++;
    else if (ch === '\t') col += 4 - (col % 4);
    else break;
  }
  return col;
}

/** Strips up to `max` blockquote markers (all when `max` is undefined); returns how many and where the rest starts. */
function stripBlockquotes(text: string, start: number, end: number, max?: number): { depth: number; pos: number } {
  let depth = 0;
  let pos = start;
  while (max === undefined || depth < max) {
    const m = BLOCKQUOTE_MARKER.exec(text.slice(pos, Math.min(end, pos + 6)));
    if (!m) break;
    depth++;
    pos += m[0].length;
  }
  return { depth, pos };
}

/**
 * The fenced code blocks of a Markdown text, by CommonMark's rules: a fence of 3+ backticks or tildes
 * indented at most 3 columns (relative to its list item; any indentation in MDX, which has no indented
 * code), closed by a fence of the same character at least as long, or by the end of its blockquote or
 * list item, or of the document. HTML comments and MDX `{/* *\/}` comments are skipped.
 */
export function findCodeBlocks(text: string, mdx = false): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = splitLines(text);
  if (text.charCodeAt(0) === 0xfeff) lines[0] = { ...lines[0], start: 1 };
  let open: OpenFence | undefined;
  let comment: string | undefined; // the closing marker of the comment we are in
  let listColumns: number[] = [];
  let quoteDepth = 0;
  let previousBlank = true;

  for (const line of lines) {
    if (open) {
      const { depth, pos } = stripBlockquotes(text, line.start, line.end, open.depth);
      const rest = text.slice(pos, line.end);
      const blank = rest.trim() === '';
      const indent = indentColumns(rest);
      const endsContainer = depth < open.depth || (!blank && open.listColumn > 0 && indent < open.listColumn);
      if (!endsContainer) {
        open.block.prefixes.set(line.start, text.slice(line.start, pos));
        const close = FENCE.exec(rest.trimStart());
        if (close && close[1][0] === open.char && close[1].length >= open.length && close[2].trim() === '' && (mdx || indent - open.listColumn <= 3)) {
          open.block.closed = true;
          open = undefined;
        } else open.block.lines.push([pos, line.end]);
        continue;
      }
      open = undefined; // the container ended: the fence ends unclosed, and this line is read afresh
    }

    const { depth, pos } = stripBlockquotes(text, line.start, line.end);
    let rest = text.slice(pos, line.end);
    if (comment) {
      if (rest.includes(comment)) comment = undefined;
      continue;
    }
    if (depth !== quoteDepth) listColumns = [];
    quoteDepth = depth;
    if (rest.trim() === '') {
      previousBlank = true;
      continue;
    }
    let indent = indentColumns(rest);
    const list = LIST_MARKER.exec(rest);
    if (list && indentColumns(list[1]) <= (listColumns.at(-1) ?? 0) + 3) {
      const markerColumn = indentColumns(list[1]);
      const spaces = indentColumns(list[1] + list[2] + list[3]) - indentColumns(list[1] + list[2]);
      const contentColumn = markerColumn + list[2].length + (list[3] === '' || spaces > 4 ? 1 : spaces);
      while (listColumns.length && listColumns.at(-1)! > markerColumn) listColumns.pop();
      listColumns.push(contentColumn);
      rest = rest.slice(list[0].length);
      indent = 0;
    } else if (previousBlank) {
      // Lazy continuation aside, a line less indented than a list item's content ends the item.
      while (listColumns.length && listColumns.at(-1)! > indent) listColumns.pop();
    }
    previousBlank = false;
    const listColumn = list ? listColumns.at(-1)! : [...listColumns].reverse().find((c) => c <= indent) ?? 0;
    const relative = list ? 0 : indent - listColumn;
    const trimmed = rest.trimStart();
    const fence = FENCE.exec(trimmed);
    if (fence && (mdx || relative <= 3) && !(fence[1][0] === '`' && fence[2].includes('`'))) {
      const block: CodeBlock = { lang: infoLanguage(fence[2]), fence: [line.start, line.end], lines: [], closed: false, prefixes: new Map() };
      block.prefixes.set(line.start, text.slice(line.start, pos));
      blocks.push(block);
      open = { char: fence[1][0], length: fence[1].length, depth, listColumn, block };
      continue;
    }
    if (trimmed.startsWith('<!--')) comment = trimmed.includes('-->', 4) ? undefined : '-->';
    else if (mdx && trimmed.startsWith('{/*')) comment = trimmed.includes('*/}', 3) ? undefined : '*/}';
  }
  return blocks;
}

/** The language of an info string: its first word, lower case (`bash title="x"` → bash, `{.sh}` → sh). */
function infoLanguage(info: string): string {
  return /^[{.\s]*([\w+#.-]*)/.exec(info.trim())![1].replace(/^\.+|\.+$/g, '').toLowerCase();
}

// ---- Console transcripts ------------------------------------------------------------------------

const PROMPT = /^[ \t]*[$%](?:[ \t]|$)/;

function startsWithPrompt(text: string, block: CodeBlock): boolean {
  const first = block.lines.find(([s, e]) => text.slice(s, e).trim() !== '');
  return first !== undefined && /^[ \t]*\$[ \t]/.test(text.slice(first[0], first[1]));
}

/**
 * The command text of a console transcript: what follows each `$ ` / `% ` prompt, and the lines that
 * continue it (a trailing backslash, an open quote, a trailing pipe or `&&`). Output lines are left out.
 */
export function commandLines(text: string, lines: readonly SourceRange[]): SourceRange[] {
  const keep: SourceRange[] = [];
  let continues = false;
  let quote: string | undefined;
  for (const [start, end] of lines) {
    let from = start;
    if (!continues) {
      const prompt = PROMPT.exec(text.slice(start, end));
      if (!prompt) continue;
      from = start + prompt[0].length;
      quote = undefined;
    }
    keep.push([from, end]);
    ({ quote, continues } = scanCommandLine(text.slice(from, end), quote));
  }
  return keep;
}

/** Quote state at the end of a shell line, and whether the command goes on to the next line. */
function scanCommandLine(line: string, quote: string | undefined): { quote: string | undefined; continues: boolean } {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      if (ch === "'") quote = undefined;
    } else if (ch === '\\') {
      if (i === line.length - 1) return { quote, continues: true };
      i++;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]))) return { quote, continues: false };
  }
  return { quote, continues: quote !== undefined || /(?:\||&&)\s*$/.test(line) };
}
