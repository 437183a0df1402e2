// Files with no request extractor (JSON, Terraform, TOML, plain text, …) and dotenv files: only key
// literals are read. A dotenv line says which variable holds the key, for the rules that care.
import type { Extraction, KeyLiteral } from '../types';
import { findRootKeys, splitLines } from './embed';

/** Root-key-shaped text anywhere in the file. */
export function extractText(text: string): Extraction {
  return { sites: [], keys: findRootKeys(text), errors: [] };
}

/** `NAME=value`, `export NAME="value"`, `NAME: value` (the dotenv and direnv forms). */
const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*[=:]/;

/** Keys in a dotenv file, each with the variable it is assigned to (absent in a comment or odd line). */
export function extractDotenv(text: string): Extraction {
  const keys: KeyLiteral[] = [];
  if (!text.includes('unkey_')) return { sites: [], keys, errors: [] };
  for (const line of splitLines(text)) {
    const found = findRootKeys(text, line.start, line.end);
    if (!found.length) continue;
    const body = text.slice(line.start, line.end);
    const assignment = /^\s*#/.test(body) ? null : ASSIGNMENT.exec(body);
    for (const key of found) keys.push(assignment ? { ...key, envVar: assignment[1] } : key);
  }
  return { sites: [], keys, errors: [] };
}
