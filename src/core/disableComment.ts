// Builds the disable comments that lint.ts honours, in the comment syntax of the place they go:
// the file's own syntax, or, inside a Markdown fence, the syntax of the fenced block's language.
import { dominantEol } from './lines';
import type { LanguageKind, RuleId, TextEdit } from './types';

interface CommentSyntax {
  open: string;
  close: string;
  /** The character that continues a command on the next line; a comment line cannot go after one. */
  continuation: string | undefined;
}

const SLASHES: CommentSyntax = { open: '//', close: '', continuation: '\\' };
const HASH: CommentSyntax = { open: '#', close: '', continuation: '\\' };
const POWERSHELL: CommentSyntax = { open: '#', close: '', continuation: '`' };
// `@` keeps cmd from echoing the line when echo is on.
const CMD: CommentSyntax = { open: '@REM', close: '', continuation: '^' };
// Docker drops comment lines before joining continuation lines, so a comment is fine anywhere.
const DOCKERFILE: CommentSyntax = { open: '#', close: '', continuation: undefined };
const HTML: CommentSyntax = { open: '<!--', close: ' -->', continuation: undefined };
// MDX is JSX: an HTML comment is a syntax error there.
const MDX: CommentSyntax = { open: '{/*', close: ' */}', continuation: undefined };

// package.json is JSON: no comments (npm would refuse the file).
const FILE_SYNTAX: Record<LanguageKind, CommentSyntax | undefined> = {
  javascript: SLASHES, typescript: SLASHES,
  shell: HASH, yaml: HASH, http: HASH, powershell: POWERSHELL, cmd: CMD, dockerfile: DOCKERFILE,
  markdown: HTML, manifest: undefined,
  python: HASH, go: SLASHES, rust: SLASHES, php: SLASHES, ruby: HASH,
  dotenv: DOCKERFILE, text: undefined,
};

const JS_FENCES = new Set(['js', 'javascript', 'jsx', 'mjs', 'cjs', 'ts', 'typescript', 'tsx', 'mts', 'cts']);
/** Other fenced languages whose line comments start with `//`. */
const SLASH_FENCES = new Set(['go', 'golang', 'rs', 'rust', 'php']);
const POWERSHELL_FENCES = new Set(['powershell', 'pwsh', 'ps1', 'ps']);
const CMD_FENCES = new Set(['bat', 'cmd', 'batch']);

export interface DisableCommentOptions {
  /** The Markdown file is MDX (comments are `{/* … *\/}`). */
  mdx?: boolean;
}

/**
 * An edit inserting `unkey-lint-disable-next-line <rule>` on its own line above the line holding `offset`,
 * with that line's indentation. Undefined where a comment line would change the code: after a line
 * that continues a command (`\`, a PowerShell backtick, cmd `^`).
 */
export function disableLineEdit(text: string, language: LanguageKind, offset: number, ruleId: RuleId, options: DisableCommentOptions = {}): TextEdit | undefined {
  if (language === 'text') return undefined;
  const start = lineStartAt(text, offset);
  const syntax = syntaxAt(text, language, start, options);
  if (!syntax) return undefined;
  if (syntax.continuation && start > 0 && continues(previousLine(text, start), syntax.continuation)) return undefined;
  INDENT.lastIndex = start;
  const indent = INDENT.exec(text)?.[0] ?? '';
  return { range: [start, start], text: indent + comment(syntax, `unkey-lint-disable-next-line ${ruleId}`) + dominantEol(text) };
}

/**
 * An edit inserting `unkey-lint-disable <rule>` at the top of the file (undefined in JSON): after a BOM, a shebang,
 * Markdown front matter, or Dockerfile parser directives, which must stay first.
 */
export function disableFileEdit(text: string, language: LanguageKind, ruleId: RuleId, options: DisableCommentOptions = {}): TextEdit | undefined {
  const at = fileHeaderEnd(text, language);
  const syntax = language === 'markdown' && options.mdx ? MDX : FILE_SYNTAX[language];
  if (!syntax) return undefined;
  const eol = dominantEol(text);
  // Inserted after a last line with no newline, the comment needs one in front.
  const lead = at > 0 && at === text.length && !text.endsWith('\n') ? eol : '';
  return { range: [at, at], text: lead + comment(syntax, `unkey-lint-disable ${ruleId}`) + eol };
}

// Sticky: matches at lastIndex only, without copying the rest of the text.
const INDENT = /[ \t]*/y;

function comment(syntax: CommentSyntax, directive: string): string {
  return `${syntax.open} ${directive}${syntax.close}`;
}

/** The comment syntax at a line start: Markdown fences use their block's language. */
function syntaxAt(text: string, language: LanguageKind, lineStart: number, options: DisableCommentOptions): CommentSyntax | undefined {
  if (language !== 'markdown') return FILE_SYNTAX[language];
  const fence = fenceAt(text, lineStart);
  if (fence === undefined) return options.mdx ? MDX : HTML;
  if (JS_FENCES.has(fence) || SLASH_FENCES.has(fence)) return SLASHES;
  if (POWERSHELL_FENCES.has(fence)) return POWERSHELL;
  if (CMD_FENCES.has(fence)) return CMD;
  if (fence === 'dockerfile' || fence === 'docker') return DOCKERFILE;
  // Shell, console, http, yaml and untagged blocks all comment with `#`.
  return HASH;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*([^\s`{]*)/;

/**
 * The language tag (lower case, '' when untagged) of the fenced block containing the line that starts
 * at `lineStart`, or undefined outside fences.
 */
export function fenceAt(text: string, lineStart: number): string | undefined {
  let open: { marker: string; info: string } | undefined;
  let position = 0;
  while (position < lineStart) {
    const end = lineEndAt(text, position);
    const match = FENCE.exec(text.slice(position, end));
    if (match) {
      const marker = match[1];
      if (!open) open = { marker, info: match[2].toLowerCase() };
      // A closing fence: same character, at least as long, nothing after it.
      else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && match[2] === '' && /^[ \t]*[`~]+[ \t]*$/.test(text.slice(position, end))) open = undefined;
    }
    position = nextLineStart(text, end);
  }
  return open?.info;
}

function fileHeaderEnd(text: string, language: LanguageKind): number {
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  if (text.startsWith('#!', at)) return nextLineStart(text, lineEndAt(text, at));
  if (language === 'markdown') {
    const fence = /^(---|\+\+\+)[ \t]*\r?$/m.exec(text.slice(at, lineEndAt(text, at)));
    if (fence) {
      let position = nextLineStart(text, lineEndAt(text, at));
      while (position < text.length) {
        const end = lineEndAt(text, position);
        const line = text.slice(position, end).replace(/\r$/, '').trimEnd();
        position = nextLineStart(text, end);
        if (line === fence[1] || (fence[1] === '---' && line === '...')) return position;
      }
      return at; // Unclosed front matter: not front matter after all.
    }
  }
  // Before `<?php` a comment would be page text: after that line instead.
  if (language === 'php' && /^<\?php\b/i.test(text.slice(at, at + 6))) return nextLineStart(text, lineEndAt(text, at));
  if (language === 'dockerfile') {
    while (at < text.length && /^#[ \t]*[A-Za-z]+[ \t]*=/.test(text.slice(at, lineEndAt(text, at)))) at = nextLineStart(text, lineEndAt(text, at));
  }
  return at;
}

function continues(line: string, mark: string): boolean {
  const trimmed = line.replace(/[ \t\r]+$/, '');
  if (mark !== '\\') return trimmed.endsWith(mark);
  // An even run of backslashes is escaped backslashes, not a continuation.
  const run = /\\+$/.exec(trimmed)?.[0].length ?? 0;
  return run % 2 === 1;
}

function previousLine(text: string, lineStart: number): string {
  const end = lineStart - 1; // the '\n'
  return text.slice(lineStartAt(text, end), end);
}

function lineStartAt(text: string, offset: number): number {
  // lastIndexOf treats a negative start as 0, so offset 0 needs its own case (a text starting with '\n').
  const start = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  return start || (text.startsWith('\uFEFF') ? 1 : 0);
}

/** Offset of the '\n' ending the line that contains `offset`, or the text's length. */
function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function nextLineStart(text: string, lineEnd: number): number {
  return Math.min(text.length, lineEnd + 1);
}

/** The disable comments an editor offers for one finding of a lint result: for its line, and for the file. */
export function disableEditsFor(
  text: string,
  result: { language: LanguageKind | undefined; extraction: { sites: ReadonlyArray<{ tool: string; range: readonly [number, number] }> } },
  finding: { ruleId: RuleId; range: readonly [number, number] },
  options: DisableCommentOptions = {},
): { line?: TextEdit; file?: TextEdit } {
  const { language } = result;
  if (!language) return {};
  // A curl command inside a JS string: a comment line above would land inside the string.
  const inCurlString = (language === 'javascript' || language === 'typescript') &&
    result.extraction.sites.some((site) => site.tool === 'curl' && site.range[0] <= finding.range[0] && finding.range[1] <= site.range[1]);
  const line = inCurlString ? undefined : disableLineEdit(text, language, finding.range[0], finding.ruleId, options);
  return { ...(line && { line }), file: disableFileEdit(text, language, finding.ruleId, options) };
}

/** MDX is JSX, so its comments differ from Markdown's. */
export function isMdxFile(fileName: string, languageId?: string): boolean {
  return languageId === 'mdx' || /\.mdx$/i.test(fileName);
}
