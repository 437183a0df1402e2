// The version a lockfile resolved for a direct dependency of the package.json beside it. Each reader
// returns undefined when the lockfile does not say (an unknown layout, a non-registry dependency), so
// the package.json range decides instead.
// jsonc-parser's default (UMD) entry requires its modules at run time, which a bundle cannot follow: the ESM entry.
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';

/** The lockfiles read, in the order they are tried. */
export const LOCKFILES = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock'] as const;
export type LockfileName = (typeof LOCKFILES)[number];

export type LockedVersions = (name: string, spec: string) => string | undefined;

/** A reader for one lockfile's text; undefined when the text cannot be read as that format. */
export function readLockfile(kind: LockfileName, text: string): LockedVersions | undefined {
  switch (kind) {
    case 'package-lock.json':
      return packageLock(text);
    case 'pnpm-lock.yaml':
      return pnpmLock(text);
    case 'yarn.lock':
      return yarnLock(text);
    case 'bun.lock':
      return bunLock(text);
  }
}

const VERSION = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;

function version(value: unknown): string | undefined {
  return typeof value === 'string' && VERSION.test(value) ? value : undefined;
}

function object(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function packageLock(text: string): LockedVersions | undefined {
  let root: Record<string, unknown> | undefined;
  try {
    root = object(JSON.parse(text));
  } catch {
    return undefined;
  }
  if (!root) return undefined;
  const packages = object(root.packages);
  const dependencies = object(root.dependencies);
  // lockfileVersion 2/3: `packages["node_modules/x"]`, where a direct dependency always sits; 1: `dependencies.x`.
  return (name) => version(object(packages?.[`node_modules/${name}`])?.version) ?? version(object(dependencies?.[name])?.version);
}

function bunLock(text: string): LockedVersions | undefined {
  // bun.lock is JSONC (trailing commas); `packages.x` is `["x@1.2.3", ...]` for the hoisted copy.
  const root = object(parseJsonc(text, [], { allowTrailingComma: true }));
  if (!root) return undefined;
  const packages = object(root.packages);
  return (name) => {
    const entry = packages?.[name];
    const id = Array.isArray(entry) && typeof entry[0] === 'string' ? entry[0] : undefined;
    return id?.startsWith(`${name}@`) ? version(id.slice(name.length + 1)) : undefined;
  };
}

/** `'@unkey/api'`, `"@unkey/api"` or `@unkey/api` as a YAML key. */
function yamlKey(raw: string): string {
  const t = raw.trim();
  return /^(['"]).*\1$/.test(t) ? t.slice(1, -1) : t;
}

function pnpmLock(text: string): LockedVersions | undefined {
  // Only block mappings matter: `importers: { .: { dependencies: { x: { version } } } }` (v6+), or
  // top-level `dependencies: { x: 1.2.3 | { version } }` (v5, v6 single project).
  const found = new Map<string, string>();
  const stack: Array<{ indent: number; key: string }> = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^( *)((?:'[^']*'|"[^"]*"|[^\s#'"][^:#]*?)):(?:\s+(.*?))?\s*$/.exec(line);
    if (!match) continue;
    const indent = match[1].length;
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const key = yamlKey(match[2]);
    stack.push({ indent, key });
    const value = match[3] === undefined ? undefined : yamlKey(match[3]);
    if (value === undefined || value === '') continue;
    const path = stack.map((s) => s.key);
    const at = path[0] === 'importers' ? (path[1] === '.' ? 2 : -1) : 0;
    if (at < 0 || !/^(?:dependencies|devDependencies|optionalDependencies)$/.test(path[at] ?? '')) continue;
    const name = path[at + 1];
    // `x: 1.2.3` (v5), or `x:` then `version: 1.2.3(peer@4)` (v6+).
    const raw = path.length === at + 2 ? value : path.length === at + 3 && path[at + 2] === 'version' ? value : undefined;
    const v = version(raw?.replace(/\(.*$/, '').replace(/_.*$/, ''));
    if (name && v && !found.has(name)) found.set(name, v);
  }
  return (name) => found.get(name);
}

function yarnLock(text: string): LockedVersions | undefined {
  // Entries: `"x@^1.0.0", x@^1.1.0:` (classic) or `"x@npm:^1.0.0":` (berry), then `  version "1.2.3"` / `version: 1.2.3`.
  const entries: Array<{ specs: string[]; version: string | undefined }> = [];
  let current: { specs: string[]; version: string | undefined } | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^[^\s#]/.test(line) && line.trimEnd().endsWith(':')) {
      const specs = line.trimEnd().slice(0, -1).split(',').map((s) => yamlKey(s));
      current = { specs, version: undefined };
      entries.push(current);
    } else if (current && current.version === undefined) {
      const match = /^\s+version:?\s+"?([^"\s]+)"?\s*$/.exec(line);
      if (match) current.version = version(match[1]);
    }
  }
  return (name, spec) => {
    const wanted = new Set([`${name}@${spec}`, `${name}@npm:${spec}`]);
    const mine = entries.filter((e) => e.specs.some((s) => s.startsWith(`${name}@`)));
    const exact = mine.find((e) => e.specs.some((s) => wanted.has(s)));
    // One entry for the package: the only version installed, whatever the range says.
    return (exact ?? (mine.length === 1 ? mine[0] : undefined))?.version;
  };
}
