// What a file's project says about the Unkey SDKs it installs: the nearest package.json that lists
// one and the lockfile beside it. The host supplies file access (ProjectFiles), so the core reads no
// disk itself: the CLI reads files, the editor its open documents first.
// jsonc-parser's default (UMD) entry requires its modules at run time, which a bundle cannot follow: the ESM entry.
import { parseTree, type Node as JsonNode } from 'jsonc-parser/lib/esm/main.js';
import semver from 'semver';
import { LOCKFILES, readLockfile, type LockedVersions } from './lockfiles';
import type { ProjectFiles } from '../types';
import { FIRST_V2_MAJOR, SDK_PACKAGES } from './packages';


export const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** One dependency entry of a package.json, with where its range string sits. */
export interface ManifestEntry {
  name: string;
  spec: string;
  /** The string literal of the range, quotes included. */
  range: [number, number];
}

/** The SDK dependency entries of a package.json, first entry per package; undefined when it is not JSON. */
export function manifestEntries(text: string): ManifestEntry[] | undefined {
  const errors: Array<unknown> = [];
  const root = parseTree(text, errors as never, { allowTrailingComma: true, disallowComments: false });
  if (!root || root.type !== 'object') return undefined;
  const seen = new Set<string>();
  const entries: ManifestEntry[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const deps = property(root, field);
    if (deps?.type !== 'object') continue;
    for (const prop of deps.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (key?.type !== 'string' || value?.type !== 'string') continue;
      const name = key.value as string;
      if (!SDK_PACKAGES.has(name) || seen.has(name)) continue;
      seen.add(name);
      entries.push({ name, spec: value.value as string, range: [value.offset, value.offset + value.length] });
    }
  }
  return entries;
}

function property(node: JsonNode, name: string): JsonNode | undefined {
  for (const prop of node.children ?? []) if (prop.children?.[0]?.value === name) return prop.children[1];
  return undefined;
}

export type SdkMajor = 'v1' | 'v2';

/** How a dependency resolves: the locked version when a lockfile says, else the range judged as npm would. */
export interface Resolution {
  major: SdkMajor;
  locked?: { version: string; lockfile: string };
}

/** A spec npm installs from the registry: a semver range or a dist-tag (not `workspace:`, git, a path, a URL). */
function isRegistrySpec(spec: string): boolean {
  const s = spec.trim();
  if (semver.validRange(s, { loose: true }) !== null) return true;
  return /^[a-z][a-z0-9._-]*$/i.test(s) && !/^(?:file|link|workspace|portal|patch|npm|git|github|gitlab|bitbucket|http|https)$/i.test(s);
}

/**
 * The SDK major a dependency gets: npm installs the highest version the range admits, so a range
 * that admits any 2.x gets 2.x; a dist-tag (`latest`) or a non-registry spec says nothing by itself.
 */
export function resolveDependency(spec: string, name: string, locked: LockedVersions | undefined, lockfile: string | undefined): Resolution | undefined {
  if (!isRegistrySpec(spec)) return undefined;
  const version = locked?.(name, spec.trim());
  if (version && lockfile) return { major: semver.major(version) < FIRST_V2_MAJOR ? 'v1' : 'v2', locked: { version, lockfile } };
  const range = semver.validRange(spec.trim(), { loose: true });
  if (range === null) return undefined;
  return semver.intersects(range, `>=${FIRST_V2_MAJOR}.0.0-0`, { includePrerelease: true, loose: true }) ? { major: 'v2' } : { major: 'v1' };
}

export function dirname(path: string): string | undefined {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return undefined;
  // Keep the root: "/" and "C:\".
  return cut === 0 || (cut === 2 && path[1] === ':') ? path.slice(0, cut + 1) : path.slice(0, cut);
}

function join(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : dir + sep + name;
}

/** The lockfile beside `manifestPath` that records `name`, tried in LOCKFILES order. */
export function lockfileFor(manifestPath: string, files: ProjectFiles): Array<{ lockfile: string; read: LockedVersions }> {
  const dir = dirname(manifestPath);
  if (dir === undefined) return [];
  const out: Array<{ lockfile: string; read: LockedVersions }> = [];
  for (const lockfile of LOCKFILES) {
    const text = safeRead(files, join(dir, lockfile));
    if (text === undefined) continue;
    const read = cachedLockfile(join(dir, lockfile), lockfile, text);
    if (read) out.push({ lockfile, read });
  }
  return out;
}

/** Resolves one package.json entry against the lockfiles beside it. */
export function resolveEntry(entry: ManifestEntry, lockfiles: Array<{ lockfile: string; read: LockedVersions }>): Resolution | undefined {
  for (const { lockfile, read } of lockfiles) {
    if (!isRegistrySpec(entry.spec)) break;
    if (read(entry.name, entry.spec.trim())) return resolveDependency(entry.spec, entry.name, read, lockfile);
  }
  return resolveDependency(entry.spec, entry.name, undefined, undefined);
}

/**
 * The major of `module` the file at `fileName` is written against: decided by the nearest
 * package.json up the tree that lists it (and its lockfile); undefined when none does or it cannot tell.
 */
export function projectSdkMajor(fileName: string, module: string, files: ProjectFiles | undefined): SdkMajor | undefined {
  if (!files) return undefined;
  for (let dir = dirname(fileName), depth = 0; dir !== undefined && depth < 64; depth++) {
    const manifestPath = join(dir, 'package.json');
    const text = safeRead(files, manifestPath);
    const entry = text === undefined ? undefined : manifestEntries(text)?.find((e) => e.name === module);
    if (entry) return resolveEntry(entry, lockfileFor(manifestPath, files))?.major;
    const up = dirname(dir.replace(/[\\/]+$/, ''));
    if (up === undefined || up === dir) break;
    dir = up;
  }
  return undefined;
}

// Lockfiles can be megabytes and every file of a project asks about the same ones: keep the last
// few parses, keyed by path and checked against the text.
const LOCK_CACHE = new Map<string, { text: string; read: LockedVersions | undefined }>();

function cachedLockfile(path: string, kind: (typeof LOCKFILES)[number], text: string): LockedVersions | undefined {
  const hit = LOCK_CACHE.get(path);
  if (hit && hit.text === text) return hit.read;
  const read = readLockfile(kind, text);
  if (LOCK_CACHE.size >= 16) LOCK_CACHE.delete(LOCK_CACHE.keys().next().value as string);
  LOCK_CACHE.set(path, { text, read });
  return read;
}

function safeRead(files: ProjectFiles, path: string): string | undefined {
  try {
    return files.readFile(path);
  } catch {
    return undefined;
  }
}
