// Reading and writing the files --fix touches, carefully (after write-file-atomic and editors' "safe write"):
// - reads never block: a FIFO or device is opened non-blocking and refused after fstat;
// - a fix is written only to a regular file whose real path lies inside the linted paths (no symlink out);
// - a file the user cannot write, or that is read-only, is left alone and reported;
// - the file must be unchanged since it was read (size, mtime, inode, bytes), or the fix is dropped;
// - the new content goes to a temporary file in the same folder with the original mode, owner and group,
//   then is renamed over the file; a file with several hard links, or one whose owner cannot be kept, is
//   written in place instead, so every link sees the fix and nobody else's file becomes ours;
// - temporary files are removed on failure, on SIGINT, and (stale ones of ours) on the next --fix run.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The content of a file as read, and what must still hold for a fix to be written over it. */
export interface Snapshot {
  bytes: Buffer;
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
}

/** Why a file was not read: a regular file could not be opened, or the path is something else. */
export class NotRegularFile extends Error {}

/** Why a fix was not written; the message completes "Fixes not written: …". */
export class WriteRefused extends Error {}

const TEMP_SUFFIX = '.unkey-lint.tmp';
const TEMP_NAME = /^\.(.+)\.(\d+)\.[a-z0-9]+\.unkey-lint\.tmp$/;

/** Temporary files being written now, removed if the process is interrupted. */
const liveTemps = new Set<string>();

/**
 * Reads a regular file without ever blocking on a FIFO, socket or device: opened with O_NONBLOCK (which
 * changes nothing for a regular file) and checked with fstat on the same descriptor, so a path swapped
 * between stat and open cannot slip through. Reads at most `limit` bytes when given.
 */
export function readRegularFile(file: string, limit = Infinity): { snapshot: Snapshot; complete: boolean } {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFile('not a regular file');
    const want = Math.min(stat.size, limit);
    const bytes = Buffer.allocUnsafe(want);
    let read = 0;
    while (read < want) {
      const n = fs.readSync(fd, bytes, read, want - read, read);
      if (n === 0) break;
      read += n;
    }
    return {
      snapshot: { bytes: bytes.subarray(0, read), size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, dev: stat.dev },
      complete: read >= stat.size,
    };
  } finally {
    fs.closeSync(fd);
  }
}

/** Calls `visit` on successive chunks of a large file (overlapping by `overlap` bytes), until it returns true. */
export function scanFile(file: string, overlap: number, visit: (chunk: Buffer) => boolean): boolean {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile()) throw new NotRegularFile('not a regular file');
    const size = 4 * 1024 * 1024;
    const buffer = Buffer.allocUnsafe(size + overlap);
    let kept = 0;
    let position = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, kept, size, position);
      if (n === 0) return false;
      position += n;
      const end = kept + n;
      if (visit(buffer.subarray(0, end))) return true;
      kept = Math.min(overlap, end);
      buffer.copy(buffer, 0, end - kept, end);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** True when `real` (a real path) is `root` or lies below it. */
export function isInside(real: string, roots: readonly string[]): boolean {
  return roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

/**
 * Writes `content` over `file`, which was read as `snapshot`, under the rules at the top of this module.
 * `roots` are the real paths of the linted paths. Throws WriteRefused when the file is left alone.
 */
export function writeFixed(file: string, snapshot: Snapshot, content: Buffer, roots: readonly string[]): void {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (error) {
    throw new WriteRefused(`the file could not be resolved (${code(error)})`);
  }
  if (!isInside(real, roots)) {
    throw new WriteRefused(fs.lstatSync(file).isSymbolicLink()
      ? 'it is a symbolic link to a file outside the linted paths'
      : 'it lies outside the linted paths (through a symbolic link)');
  }
  const stat = fs.statSync(real);
  if (!stat.isFile()) throw new WriteRefused('it is not a regular file');
  if ((stat.mode & 0o222) === 0) throw new WriteRefused('it is read-only');
  try {
    fs.accessSync(real, fs.constants.W_OK);
  } catch (error) {
    throw new WriteRefused(`you cannot write it (${code(error)})`);
  }
  assertUnchanged(real, snapshot);

  if (stat.nlink > 1) {
    writeInPlace(real, content, snapshot);
    return;
  }
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}${TEMP_SUFFIX}`);
  let fd: number;
  try {
    fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o600);
  } catch {
    // The folder is not writable (the file is): keep the inode and write in place.
    writeInPlace(real, content, snapshot);
    return;
  }
  liveTemps.add(temp);
  try {
    let ownerKept = true;
    try {
      writeAll(fd, content);
      try {
        if (stat.uid !== fs.fstatSync(fd).uid || stat.gid !== fs.fstatSync(fd).gid) fs.fchownSync(fd, stat.uid, stat.gid);
      } catch {
        ownerKept = false;
      }
      // After chown, which may clear set-id bits; the mode given to open is filtered by the umask anyway.
      fs.fchmodSync(fd, stat.mode & 0o7777);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (!ownerKept) {
      // Renaming would hand someone else's file to us: write into it instead.
      fs.rmSync(temp, { force: true });
      liveTemps.delete(temp);
      writeInPlace(real, content, snapshot);
      return;
    }
    assertUnchanged(real, snapshot);
    fs.renameSync(temp, real);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    liveTemps.delete(temp);
  }
}

/** Overwrites the file through its own inode (hard links, foreign owner, read-only folder). */
function writeInPlace(real: string, content: Buffer, snapshot: Snapshot): void {
  assertUnchanged(real, snapshot);
  const fd = fs.openSync(real, fs.constants.O_WRONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile()) throw new WriteRefused('it is not a regular file');
    writeAll(fd, content);
    fs.ftruncateSync(fd, content.length);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function writeAll(fd: number, content: Buffer): void {
  let written = 0;
  while (written < content.length) written += fs.writeSync(fd, content, written, content.length - written, written);
}

/** Refuses when the file changed since it was read: another program (or the user) edited it meanwhile. */
function assertUnchanged(real: string, snapshot: Snapshot): void {
  const stat = fs.statSync(real);
  const same = stat.size === snapshot.size && stat.mtimeMs === snapshot.mtimeMs && stat.ino === snapshot.ino && stat.dev === snapshot.dev;
  if (!same || !fs.readFileSync(real).equals(snapshot.bytes)) throw new WriteRefused('the file changed on disk while unkey-lint ran');
}

/**
 * Removes temporary files of ours that a killed run left in `dir` (for files named in `names`, or any
 * when omitted): only regular files of our naming whose writing process is gone.
 */
export function removeStaleTemps(dir: string, names?: readonly string[]): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = TEMP_NAME.exec(entry);
    if (!match || (names && !names.includes(match[1]))) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && isAlive(pid)) continue;
    const full = path.join(dir, entry);
    try {
      if (fs.lstatSync(full).isFile() && !liveTemps.has(full)) fs.unlinkSync(full);
    } catch {
      // Someone else removed it, or we may not: either way it is not ours to insist on.
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) === 'EPERM';
  }
}

/** Removes the temporary files being written right now (SIGINT, SIGTERM). */
export function removeLiveTemps(): void {
  for (const temp of liveTemps) fs.rmSync(temp, { force: true });
  liveTemps.clear();
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
}
