import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { detectLanguage } from '../core';
import { UsageError } from './args';
import { NotRegularFile } from './safeFile';

/** Folders never walked into, whatever .gitignore says (an explicit path argument still works). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage']);

/** A file to lint: found by the walk, or named on the command line (linted wherever it is). */
export interface Target {
  /** Absolute path. */
  file: string;
  /** Named on the command line: a skip is then a warning, as ESLint warns about an explicitly named ignored file. */
  explicit?: boolean;
}

/** Why a file was not linted. None of these is a lint message for a file found by walking a folder. */
export type SkipReason = 'size' | 'binary' | 'unreadable' | 'not-regular' | 'no-extractor';

/** A path that was not linted, with the sentence that says why. */
export interface PathNotice {
  file: string;
  message: string;
  reason: SkipReason;
}

export interface CollectOptions {
  /** Walk every folder and ignore .gitignore files (--no-ignore). */
  noIgnore?: boolean;
}

interface IgnoreLayer {
  dir: string;
  rules: Ignore;
}

/** Enough of a file's head to read a shebang line. */
const HEAD_BYTES = 256;

/** Expands the command line's paths into the files to lint, in a stable order, each once. */
export function collectTargets(
  paths: readonly string[],
  cwd: string,
  options: CollectOptions = {},
): { targets: Target[]; notices: PathNotice[]; roots: string[] } {
  const targets: Target[] = [];
  const notices: PathNotice[] = [];
  const roots = new Set<string>();
  const seen = new Set<string>();
  const add = (file: string, explicit = false) => {
    if (seen.has(file)) return;
    seen.add(file);
    targets.push(explicit ? { file, explicit } : { file });
  };

  for (const arg of paths) {
    const full = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new UsageError(`No such file or directory: "${arg}".`);
    }
    // Fixes are written only below these real paths: a folder named, or the folder of a file named.
    roots.add(realpathOr(stat.isDirectory() ? full : path.dirname(full)));
    if (stat.isDirectory()) {
      // A folder named on the command line is walked even if an outer .gitignore excludes it.
      const outer = options.noIgnore ? [] : ancestorLayers(full);
      walk(full, isIgnored(full, true, outer) ? [] : outer, { add, notices, noIgnore: options.noIgnore ?? false });
    } else add(full, true);
  }
  return { targets, notices, roots: [...roots] };
}

interface WalkSink {
  add(file: string): void;
  notices: PathNotice[];
  noIgnore: boolean;
}

function realpathOr(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

function walk(dir: string, inherited: IgnoreLayer[], sink: WalkSink): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    sink.notices.push({ file: dir, message: `Folder skipped: it could not be read (${errorCode(error)}).`, reason: 'unreadable' });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const own = !sink.noIgnore && entries.some((e) => e.name === '.gitignore' && !e.isDirectory()) ? loadLayer(dir) : undefined;
  const layers = own ? [...inherited, own] : inherited;

  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Symbolic links to folders are not followed (no cycles, no walking out of the tree); links to files are read.
    const isDir = entry.isDirectory();
    if (isDir && !sink.noIgnore && SKIPPED_FOLDERS.has(entry.name)) continue;
    // FIFOs, sockets and devices are never opened: reading one could block forever.
    if (!isDir && !entry.isFile() && !entry.isSymbolicLink()) continue;
    if (isIgnored(full, isDir, layers)) continue;
    if (isDir) {
      walk(full, layers, sink);
      continue;
    }
    if (entry.isSymbolicLink()) {
      let target: fs.Stats;
      try {
        target = fs.statSync(full);
      } catch (error) {
        // A broken link: said in the summary of skipped files if its name is one we would read.
        if (detectLanguage(full, '')) sink.notices.push({ file: full, message: `File skipped: it could not be read (${errorCode(error)}).`, reason: 'unreadable' });
        continue;
      }
      if (!target.isFile()) continue; // a folder (not followed), a FIFO, a device
    }
    if (isLintable(full)) sink.add(full);
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
    // Non-blocking, and only a regular file is read: a path that became a FIFO must not hang the walk.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    if (!fs.fstatSync(fd).isFile()) throw new NotRegularFile('not a regular file');
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
    // Walked paths are joined onto their layers' folders, so the relative path is a slice (path.relative
    // resolves both paths anew, a large part of a walk's time).
    const prefix = layer.dir.endsWith(path.sep) ? layer.dir : layer.dir + path.sep;
    const inside = full.startsWith(prefix) ? full.slice(prefix.length) : path.relative(layer.dir, full);
    const relative = (path.sep === '/' ? inside : inside.split(path.sep).join('/')) + (isDir ? '/' : '');
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

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
}
