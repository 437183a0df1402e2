import type { LanguageKind } from '../types';

/** The three command-line syntaxes the tokenizer knows. */
export type Dialect = 'posix' | 'powershell' | 'cmd';

/** The dialect for an extractor language; everything that is not PowerShell or cmd reads as POSIX sh. */
export function dialectOf(language: LanguageKind): Dialect {
  return language === 'powershell' || language === 'cmd' ? language : 'posix';
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isEnvName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/**
 * A reference to env var `name` in `dialect`, safe to place before `next` (the character that will follow it):
 * `$NAME` / `${NAME}`, `$env:NAME` / `${env:NAME}`, `%NAME%`.
 */
export function envReference(dialect: Dialect, name: string, next = ''): string {
  const glued = /^[A-Za-z0-9_]/.test(next);
  if (dialect === 'cmd') return `%${name}%`;
  if (dialect === 'powershell') return glued ? `\${env:${name}}` : `$env:${name}`;
  return glued ? `\${${name}}` : `$${name}`;
}

/** The line-continuation marker: `\` in POSIX shells, a backtick in PowerShell, `^` in cmd. */
export function continuationMarker(dialect: Dialect): string {
  return dialect === 'powershell' ? '`' : dialect === 'cmd' ? '^' : '\\';
}

/** Escapes plain text for the inside of a double-quoted string, so every character stays literal. */
export function escapeDoubleQuoted(dialect: Dialect, text: string): string {
  if (dialect === 'powershell') return text.replace(/["`$]/g, '`$&');
  // cmd has no escape inside quotes; `\"` is how the C runtime that parses curl.exe's argv reads a quote.
  if (dialect === 'cmd') return text.replace(/"/g, '\\"');
  return text.replace(/["\\$`]/g, '\\$&');
}

/** Escapes plain text for the inside of a single-quoted string (cmd has none; callers use double quotes there). */
export function escapeSingleQuoted(dialect: Dialect, text: string): string {
  return dialect === 'powershell' ? text.replace(/'/g, "''") : text.replace(/'/g, `'\\''`);
}

// Characters that mean nothing special outside quotes in any of the three dialects.
const PLAIN = /^[A-Za-z0-9_\-.,:/=+@]*$/;

/** Plain text written where no quotes are open: as is when harmless, else as a double-quoted piece. */
export function quoteUnquoted(dialect: Dialect, text: string): string {
  return PLAIN.test(text) ? text : `"${escapeDoubleQuoted(dialect, text)}"`;
}
