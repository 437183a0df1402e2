// Applies a suggestion's edits to other files (types.ts FileEdit) for the front ends, through a small
// file-system interface so that the CLI, the extension and tests share one implementation.
import * as path from 'node:path';
import type { FileEdit } from './types';

export interface FileHost {
  /** A file's text (an open editor's text where the front end has one), or undefined when it does not exist. */
  read(file: string): string | undefined;
  /** Whether git ignores the path; undefined outside a repository or when git cannot tell. */
  isIgnored(file: string): boolean | undefined;
  /** The root of the repository holding `dir`, where the search for `.env` stops. */
  repositoryRoot(dir: string): string | undefined;
}

export interface PlannedWrite {
  /** Absolute path. */
  file: string;
  /** The file's whole new text. */
  text: string;
  created: boolean;
}

export type FileEditPlan = { ok: true; writes: PlannedWrite[] } | { ok: false; reason: string };

/**
 * The writes that carry out `edits` for the file `linted` (absolute path). All or nothing: when one
 * edit cannot be done safely (a `.env` that sets the variable to another value) the plan says why and
 * nothing may be written, since the code edit that goes with it would then read the wrong value.
 */
export function planFileEdits(linted: string, edits: readonly FileEdit[], host: FileHost): FileEditPlan {
  const pending = new Map<string, { text: string; created: boolean }>();
  const current = (file: string) => pending.get(file)?.text ?? host.read(file);
  const write = (file: string, text: string) => pending.set(file, { text, created: pending.get(file)?.created ?? host.read(file) === undefined });
  const dir = path.dirname(linted);

  for (const edit of edits) {
    if (edit.kind === 'dotenv') {
      const file = dotenvFile(dir, host);
      const text = current(file) ?? '';
      const existing = assignedValue(text, edit.name);
      if (existing !== undefined && existing !== edit.value) {
        return { ok: false, reason: `${file} already sets ${edit.name} to another value; nothing was changed, so neither value is lost.` };
      }
      if (existing === undefined) write(file, appendLine(text, `${edit.name}=${edit.value}`));
      const ignore = ensureIgnored(file, host, current);
      if (ignore) write(ignore.file, ignore.text);
    } else {
      const ignore = ensureIgnored(path.resolve(dir, edit.path), host, current);
      if (ignore) write(ignore.file, ignore.text);
    }
  }
  return { ok: true, writes: [...pending].map(([file, { text, created }]) => ({ file, text, created })) };
}

/** The nearest `.env` from `dir` up to the repository root; else where one belongs: beside the nearest package.json, else in `dir`. */
export function dotenvFile(dir: string, host: FileHost): string {
  const root = host.repositoryRoot(dir);
  const ancestors: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    ancestors.push(at);
    if ((root !== undefined && path.relative(root, at) === '') || path.dirname(at) === at) break;
  }
  for (const at of ancestors) if (host.read(path.join(at, '.env')) !== undefined) return path.join(at, '.env');
  for (const at of ancestors) if (host.read(path.join(at, 'package.json')) !== undefined) return path.join(at, '.env');
  return path.join(dir, '.env');
}

/** The value a dotenv text assigns to `name` (quotes removed), or undefined. */
export function assignedValue(text: string, name: string): string | undefined {
  let value: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const match = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!match || match[1] !== name) continue;
    const raw = match[2];
    const quoted = /^(["'`])(.*)\1$/.exec(raw);
    // Later lines win, as in dotenv loaders.
    value = quoted ? quoted[2] : raw.replace(/[ \t]+#.*$/, '');
  }
  return value;
}

function appendLine(text: string, line: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return text === '' ? line + eol : text + (text.endsWith('\n') ? '' : eol) + line + eol;
}

/** The `.gitignore` write that makes git ignore `file`, or undefined when it is ignored already. */
function ensureIgnored(file: string, host: FileHost, current: (file: string) => string | undefined): { file: string; text: string } | undefined {
  if (host.isIgnored(file) === true) return undefined;
  const gitignore = path.join(path.dirname(file), '.gitignore');
  const text = current(gitignore) ?? '';
  const entry = path.basename(file);
  if (text.split(/\r?\n/).some((line) => line.trim() === entry || line.trim() === `/${entry}`)) return undefined;
  return { file: gitignore, text: appendLine(text, entry) };
}
