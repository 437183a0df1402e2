// Git facts and a file host on Node (fs + the git command) for the CLI and the extension. Used only
// for dotenv files and for suggestions that write other files, so git runs rarely.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileHost } from './fileEdits';
import type { FileFacts } from './types';

const GIT_TIMEOUT_MS = 5000;

function git(cwd: string, args: string[]): number | undefined {
  try {
    // A repository's config could name a program to run (core.fsmonitor): never here.
    const result = spawnSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd, stdio: 'ignore', timeout: GIT_TIMEOUT_MS, windowsHide: true });
    return result.error ? undefined : (result.status ?? undefined);
  } catch {
    return undefined;
  }
}

/** Whether git ignores `file`: undefined outside a repository, without git, or for a missing folder. */
export function isGitIgnored(file: string): boolean | undefined {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) return undefined;
  // 0: ignored, 1: not ignored, 128: not a repository.
  const status = git(dir, ['check-ignore', '-q', '--no-index', '--', path.basename(file)]);
  return status === 0 ? true : status === 1 ? false : undefined;
}

/** Tracked, ignored or neither, for a file on disk; `{}` outside a repository or without git. */
export function gitFacts(file: string): FileFacts {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) return {};
  const tracked = git(dir, ['ls-files', '--error-unmatch', '--', path.basename(file)]);
  if (tracked === 0) return { git: 'tracked' };
  if (tracked !== 1) return {};
  const ignored = isGitIgnored(file);
  return ignored === undefined ? {} : { git: ignored ? 'ignored' : 'untracked' };
}

function repositoryRoot(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return undefined;
  }
}

/** A FileHost on the file system; `open` gives an editor's unsaved text of a file first. */
export function nodeFileHost(open?: (file: string) => string | undefined): FileHost {
  return {
    read(file) {
      const text = open?.(file);
      if (text !== undefined) return text;
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    isIgnored: isGitIgnored,
    repositoryRoot,
  };
}

/** Writes a plan's files (each whole), creating folders as needed. */
export function writePlannedFiles(writes: ReadonlyArray<{ file: string; text: string }>): void {
  for (const { file, text } of writes) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}
