import type { ExtractContext } from '../extractors/context';
import type { Extraction, KeyLiteral } from '../types';
import { curlSites, inlineScript, isAssignment } from './curl';
import { type Dialect, dialectOf } from './dialect';
import { type Command, type Word, tokenize } from './tokenizer';
import { replaceWithReference, wordRange } from './words';

export interface ShellRegionOptions {
  /** Defaults to the dialect of `context.language` (POSIX for everything but PowerShell and cmd). */
  dialect?: Dialect;
  /** Add missing headers on the command's own line even when it is continued (for curl inside a JS string). */
  inlineFixes?: boolean;
}

const KEY = /unkey_[1-9A-HJ-NP-Za-km-z]{20,}/g;
// `$(...)` inside `$(...)`: deeper nesting is read as opaque only, which bounds the work on hostile input.
const MAX_NESTING = 3;
const MAX_ERRORS = 20;

/**
 * Reads the curl commands and key literals of `text[start, end)`; offsets stay offsets into the whole `text`.
 * Commands inside `$(...)`, backticks and `sh -c '...'` are read too. Never throws.
 */
export function extractShellRegion(text: string, start: number, end: number, context: ExtractContext, options: ShellRegionOptions = {}): Extraction {
  const dialect = options.dialect ?? dialectOf(context.language);
  const curl = { text, dialect, inlineFixes: options.inlineFixes };
  const extraction: Extraction = { sites: [], keys: [], errors: [] };
  const visit = (from: number, to: number, depth: number) => {
    const { commands, errors } = tokenize(text, dialect, from, to);
    for (const error of errors) if (extraction.errors.length < MAX_ERRORS) extraction.errors.push(`shell: ${error}`);
    for (const command of commands) {
      extraction.sites.push(...curlSites(command, curl));
      command.words.forEach((word, k) => {
        if (word.text.includes('unkey_')) extraction.keys.push(...keysIn(word, text, dialect, assignedVariable(command, k, dialect)));
      });
      if (depth >= MAX_NESTING) continue;
      for (const [a, b] of command.substitutions) visit(a, b, depth + 1);
      const script = inlineScript(command, dialect);
      if (script) visit(script[0], script[1], depth + 1);
    }
  };
  const from = Math.max(0, start);
  const to = Math.min(end, text.length);
  // Nothing to find without a curl command or a key: skip the tokenizer.
  const region = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!/curl/i.test(region) && !region.includes('unkey_')) return extraction;
  visit(from, to, 0);
  extraction.keys.push(...keysOutsideWords(text, from, to, extraction.keys));
  return extraction;
}

/** Keys in comments and here-document bodies: still leaked, though there is no word to rewrite. */
function keysOutsideWords(text: string, from: number, to: number, found: KeyLiteral[]): KeyLiteral[] {
  const start = text.indexOf('unkey_', from);
  if (start === -1 || start >= to) return [];
  const seen = new Set(found.map((k) => k.range[0]));
  const keys: KeyLiteral[] = [];
  const pattern = new RegExp(KEY.source, 'g');
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match && match.index + match[0].length <= to; match = pattern.exec(text)) {
    if (!seen.has(match.index)) keys.push({ key: match[0], range: [match.index, match.index + match[0].length] });
  }
  return keys;
}

/** `assigned`: the env var this word sets, if any; a reference to that same variable would replace the key by nothing. */
function keysIn(word: Word, text: string, dialect: Dialect, assigned: string | undefined): KeyLiteral[] {
  const keys: KeyLiteral[] = [];
  const sameVariable = (name: string) => (dialect === 'posix' ? name === assigned : name.toLowerCase() === assigned?.toLowerCase());
  for (const match of word.text.matchAll(KEY)) {
    const from = match.index;
    const to = from + match[0].length;
    keys.push({
      key: match[0],
      range: wordRange(word, from, to),
      replaceWithEnv: (name) => (sameVariable(name) ? undefined : replaceWithReference(dialect, text, word, from, to, name)),
    });
  }
  return keys;
}

const DECLARATIONS = new Set(['export', 'declare', 'typeset', 'local', 'readonly', 'env']);

/**
 * The environment variable that word `k` of the command assigns: `NAME=…` (alone, before a command, after
 * `export` and the like), cmd's `set NAME=…`, PowerShell's `$env:NAME = …`.
 */
function assignedVariable(command: Command, k: number, dialect: Dialect): string | undefined {
  const { words } = command;
  const word = words[k];
  if (dialect === 'powershell') {
    const target = k === 2 && words[1].text === '=' ? words[0] : k === 0 ? word : undefined;
    const first = target?.value.parts[0];
    const bare = target === word ? word.text[1] === '=' : target?.value.parts.length === 1;
    return first?.kind === 'opaque' && bare ? first.envVar : undefined;
  }
  if (dialect === 'cmd') {
    return k === 1 && words[0].text.toLowerCase() === 'set' ? /^([A-Za-z_]\w*)=/.exec(word.text)?.[1] : undefined;
  }
  if (!isAssignment(word)) return undefined;
  const before = words.slice(0, k);
  const leading = before.length > 0 && DECLARATIONS.has(before[0].text) ? before.slice(1) : before;
  return leading.every((w) => isAssignment(w) || w.text.startsWith('-')) ? word.text.slice(0, word.text.indexOf('=')) : undefined;
}
