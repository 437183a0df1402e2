// Constants imported from another module of the project by a relative import (`import { API_URL }
// from "./config"`): the string a `export const API_URL = "…"` there holds, read through the host's
// ProjectFiles (the CLI: disk; the editor: open documents first). Only plain string literals count,
// and one level of re-export (`export { X } from "./y"`, `export * from "./y"`); anything computed
// stays unknown.
import { dirname } from '../sdk/project';
import type { ProjectFiles } from '../types';

/** Past this a module is not read (generated bundles, data). */
const MAX_MODULE_CHARS = 512 * 1024;

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];

/** The string `name` is exported as from the module `source` imports, relative to `fileName`. */
export function importedString(fileName: string, project: ProjectFiles, source: string, name: string, depth = 0): string | undefined {
  if (!/^\.\.?(?:\/|$)/.test(source) || depth > 1) return undefined;
  const found = readModule(fileName, project, source);
  if (!found) return undefined;
  const { path, text } = found;
  const escaped = name.replace(/\$/g, '\\$');
  // export const NAME = "…";  (a type annotation or `as const` may follow the name or the value)
  const direct = new RegExp(`(?:^|[\\n;])\\s*export\\s+const\\s+${escaped}\\s*(?::[^=\\n]+)?=\\s*(["'\`])([^"'\`\\\\$\\n]*)\\1\\s*(?:as\\s+const\\s*)?(?:;|\\n|$)`).exec(text);
  if (direct) return unique(text, escaped) ? direct[2] : undefined;
  // One level of re-export.
  const named = new RegExp(`export\\s*\\{[^}]*\\b${escaped}\\b[^}]*\\}\\s*from\\s*["']([^"']+)["']`).exec(text);
  if (named) return importedString(path, project, named[1], name, depth + 1);
  for (const star of text.matchAll(/export\s*\*\s*from\s*["']([^"']+)["']/g)) {
    const value = importedString(path, project, star[1], name, depth + 1);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The name is bound once in the module (no `let`, no second declaration or assignment). */
function unique(text: string, escaped: string): boolean {
  return (text.match(new RegExp(`(?<![\\w$.])${escaped}\\s*(?::[^=\\n]+)?=(?!=)`, 'g')) ?? []).length === 1;
}

function readModule(fileName: string, project: ProjectFiles, source: string): { path: string; text: string } | undefined {
  const dir = dirname(fileName);
  if (dir === undefined) return undefined;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  // TypeScript ESM imports name the emitted file (`./config.js` for config.ts).
  const bases = [source, ...(/\.[mc]?js$/.test(source) ? [source.replace(/\.([mc]?)js$/, '.$1ts')] : [])];
  for (const base of bases) {
    for (const extension of EXTENSIONS) {
      const path = normalise(dir, base + extension, sep);
      let text: string | undefined;
      try {
        text = project.readFile(path);
      } catch {
        text = undefined;
      }
      if (text !== undefined) return text.length > MAX_MODULE_CHARS ? undefined : { path, text };
    }
  }
  return undefined;
}

/** `dir` joined with a relative path, `.` and `..` folded, in the file name's own separator. */
function normalise(dir: string, relative: string, sep: string): string {
  const parts = dir.split(/[\\/]/);
  for (const segment of relative.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') {
      if (parts.length > 1) parts.pop();
    } else parts.push(segment);
  }
  return parts.join(sep);
}
