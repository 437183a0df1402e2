// Shared by the key tester's trusted and restricted suites: canary keys, the user data folder, and
// scanning files for secrets. Runs inside the extension host (Node).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** A fresh root-key-shaped canary: `unkey_3Z` + tag + random base58. Unique per run, so any hit is a leak. */
export function canaryKey(tag: string, prefix = 'unkey_3Z'): string {
  if (prefix.startsWith('unkey_') && [...tag].some((ch) => !BASE58.includes(ch))) throw new Error(`canary tag ${tag} is not base58`);
  return prefix + tag + Array.from(randomBytes(20), (b) => BASE58[b % 58]).join('');
}

/**
 * The VS Code user data folder of this host: code-server puts its session socket there; under
 * @vscode/test-electron the default is .vscode-test/user-data.
 */
export function userDataDir(): string {
  const candidates = [
    process.env.CODE_SERVER_SESSION_SOCKET && path.dirname(process.env.CODE_SERVER_SESSION_SOCKET),
    process.env.UNKEY_LINT_USER_DATA_DIR,
    path.resolve('.vscode-test/user-data'),
  ].filter((dir): dir is string => !!dir);
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'User')));
  if (!found) throw new Error(`cannot find the user data folder (tried ${candidates.join(', ')})`);
  return found;
}

/** Every regular file under `dir` (depth-limited, sockets and huge files skipped). */
export function filesUnder(dir: string, depth = 10): string[] {
  if (depth < 0 || !fs.existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(full, depth - 1));
    else if (entry.isFile() && fs.statSync(full).size < 50 * 1024 * 1024) files.push(full);
  }
  return files;
}

/**
 * Where any canary, whole or its middle part, appears in `texts` (name → text). The middle part catches
 * partial leaks: a masked key shows only `unkey_…` and the last 4 characters.
 */
export function canaryHits(canaries: readonly string[], texts: Iterable<[string, string]>): string[] {
  const needles = canaries.flatMap((canary) => [canary, canary.slice(8, 20)]);
  const hits: string[] = [];
  for (const [name, text] of texts) {
    for (const needle of needles) if (text.includes(needle)) hits.push(`${name} contains ${needle.slice(0, 10)}…`);
  }
  return hits;
}

export function readFiles(files: readonly string[]): [string, string][] {
  return files.map((file) => [file, fs.readFileSync(file).toString('latin1')]);
}
