import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { detectLanguage } from '../core';
import { UsageError } from './args';

/** Folders never walked into, whatever .gitignore says (an explicit path argument still works). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage']);

/** A file to lint: found by the walk, or named on the command line (linted wherever it is). */
export interface Target {
  /** Absolute path. */
  file: string;
}

/** A problem with a path that is not a finding: reported as a warning for that path. */
export interface PathNotice {
  file: string;
  message: string;
}

interface IgnoreLayer {
  dir: string;
  rules: Ignore;
}

/** Enough of a file's head to read a shebang line. */
const HEAD_BYTES = 256;

/** Expands the command line's paths into the files to lint, in a stable order, each once. */
export function collectTargets(paths: readonly string[], cwd: string): { targets: Target[]; notices: PathNotice[] } {
  const targets: Target[] = [];
  const notices: PathNotice[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    targets.push({ file });
  };

  for (const arg of paths) {
    const full = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new UsageError(`No such file or directory: "${arg}".`);
    }
    if (stat.isDirectory()) {
      // A folder named on the command line is walked even if an outer .gitignore excludes it.
      const outer = ancestorLayers(full);
      walk(full, isIgnored(full, true, outer) ? [] : outer, { add, notices });
    } else add(full);
  }
  return { targets, notices };
}

interface WalkSink {
  add(file: string): void;
  notices: PathNotice[];
}

function walk(dir: string, inherited: IgnoreLayer[], sink: WalkSink): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    sink.notices.push({ file: dir, message: `Folder skipped: it could not be read (${errorCode(error)}).` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const own = entries.some((e) => e.name === '.gitignore' && !e.isDirectory()) ? loadLayer(dir) : undefined;
  const layers = own ? [...inherited, own] : inherited;

  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Symbolic links to folders are not followed (no cycles, no walking out of the tree); links to files are read.
    const isDir = entry.isDirectory();
    if (isDir && SKIPPED_FOLDERS.has(entry.name)) continue;
    if (!isDir && !entry.isFile() && !entry.isSymbolicLink()) continue;
    if (entry.isSymbolicLink() && isDirectory(full)) continue;
    if (isIgnored(full, isDir, layers)) continue;
    if (isDir) walk(full, layers, sink);
    else if (isLintable(full)) sink.add(full);
  }
}

/** Whether a walked file is one the engine reads: by name, or for a name without extension by its shebang. */
function isLintable(file: string): boolean {
  if (detectLanguage(file, '')) return true;
  const base = path.basename(file);
  if (base.lastIndexOf('.') > 0) return false;
  return detectLanguage(file, readHead(file)) !== undefined;
}

function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = fs.readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    // Unreadable: let the file through only if its name says so; its read error is reported by the linter.
    return '';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Git's precedence: the deepest .gitignore that matches decides, and `!pattern` re-includes. */
function isIgnored(full: string, isDir: boolean, layers: readonly IgnoreLayer[]): boolean {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    const relative = path.relative(layer.dir, full).split(path.sep).join('/') + (isDir ? '/' : '');
    const verdict = layer.rules.test(relative);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}

/**
 * The .gitignore files above a walked folder, from the repository root down, so `unkey-lint src` honours
 * the root .gitignore as git does. Outside a repository only the walked tree's own files count.
 */
function ancestorLayers(dir: string): IgnoreLayer[] {
  if (fs.existsSync(path.join(dir, '.git'))) return [];
  const chain: string[] = [];
  for (let current = dir; ; ) {
    const parent = path.dirname(current);
    if (parent === current) return []; // not inside a repository
    chain.unshift(parent);
    if (fs.existsSync(path.join(parent, '.git'))) break;
    current = parent;
  }
  return chain.flatMap((folder) => {
    const layer = loadLayer(folder);
    return layer ? [layer] : [];
  });
}

function loadLayer(dir: string): IgnoreLayer | undefined {
  try {
    return { dir, rules: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return undefined;
  }
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
}
