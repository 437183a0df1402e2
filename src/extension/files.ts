// Which files the workspace scan reads: glob patterns built from the enabled languages. No `vscode` import.
// VS Code's glob syntax has no nested braces, so every pattern here is a flat `{a,b,c}` list.
import { unkeyNeedles } from '../core/unkeyUrl';

/** File name patterns per VS Code language id, matching what the engine's detectLanguage reads. */
const LANGUAGE_FILES: Record<string, readonly string[]> = {
  javascript: ['*.js', '*.mjs', '*.cjs'],
  javascriptreact: ['*.jsx'],
  typescript: ['*.ts', '*.mts', '*.cts'],
  typescriptreact: ['*.tsx'],
  shellscript: ['*.sh', '*.bash', '*.zsh'],
  powershell: ['*.ps1', '*.psm1'],
  bat: ['*.cmd', '*.bat'],
  markdown: ['*.md', '*.markdown'],
  mdx: ['*.mdx'],
  http: ['*.http', '*.rest'],
  yaml: ['*.yml', '*.yaml'],
  'github-actions-workflow': ['.github/workflows/*.yml', '.github/workflows/*.yaml'],
  dockerfile: ['Dockerfile', 'Dockerfile.*', '*.dockerfile', 'Containerfile', 'Containerfile.*'],
  python: ['*.py', '*.pyw', '*.pyi'],
  go: ['*.go'],
  rust: ['*.rs'],
  php: ['*.php'],
  ruby: ['*.rb', '*.rake'],
  dotenv: ['.env', '.env.*', '*.env', '.envrc'],
  terraform: ['*.tf', '*.tfvars'],
  json: ['*.json'],
  jsonc: ['*.jsonc'],
  toml: ['*.toml'],
  properties: ['*.properties'],
  ini: ['*.ini', '*.cfg'],
  plaintext: ['*.txt'],
};

/** Folders the scan never enters, as the CLI. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', 'dist', 'build', 'out', 'coverage'];

/** The include glob for the enabled language ids, or undefined when none maps to files. */
export function includeGlob(languages: readonly string[]): string | undefined {
  const patterns = new Set<string>();
  for (const language of languages) for (const name of LANGUAGE_FILES[language] ?? []) patterns.add(`**/${name}`);
  return patterns.size ? `{${[...patterns].join(',')}}` : undefined;
}

/**
 * The exclude glob: the skipped folders plus the user's `files.exclude` (passing any exclude to
 * findFiles replaces the default use of files.exclude, so it is merged in here). Entries whose value
 * is not `true` (false, or a `when` condition) are left out: linting a file too many beats hiding one.
 */
export function excludeGlob(filesExclude: unknown): string {
  const patterns = new Set(SKIPPED_FOLDERS.map((folder) => `**/${folder}/**`));
  if (filesExclude && typeof filesExclude === 'object') {
    for (const [pattern, on] of Object.entries(filesExclude)) {
      if (on !== true) continue;
      for (const expanded of expandBraces(pattern)) {
        if (expanded.includes(',')) continue; // Would split the flat list; rare enough to skip.
        patterns.add(expanded);
        if (!expanded.endsWith('/**')) patterns.add(`${expanded}/**`);
      }
    }
  }
  return `{${[...patterns].join(',')}}`;
}

const MAX_EXPANSIONS = 64;

/** `**\/*.{js,map}` → [`**\/*.js`, `**\/*.map`], nested braces included; at most 64 results. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < pattern.length && close === -1; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}') {
      if (--depth === 0) close = i;
    } else if (pattern[i] === ',' && depth === 1) commas.push(i);
  }
  if (close === -1) return [pattern];
  const bounds = [open, ...commas, close];
  const results: string[] = [];
  for (let i = 0; i + 1 < bounds.length && results.length < MAX_EXPANSIONS; i++) {
    const choice = pattern.slice(bounds[i] + 1, bounds[i + 1]);
    for (const rest of expandBraces(pattern.slice(0, open) + choice + pattern.slice(close + 1))) {
      if (results.length < MAX_EXPANSIONS) results.push(rest);
    }
  }
  return results;
}

/** True when a workspace-relative path lies in a folder the scan skips. */
export function inSkippedFolder(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).slice(0, -1).some((segment) => SKIPPED_FOLDERS.includes(segment));
}

/** True when the first bytes look binary (a NUL byte), as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Why a file is skipped for its size, or undefined to lint it. unkeyLint.maxFileSize applies after the
 * engine's cheap prefilter: a large file that never mentions Unkey is simply clean (nothing to say), and
 * only one that does is skipped. `content` is read only for an oversized file.
 */
export function sizeSkipReason(
  size: number,
  maxFileSize: number,
  unit: 'bytes' | 'characters',
  content: () => string | Uint8Array,
  hosts: readonly string[],
): string | undefined {
  if (size <= maxFileSize) return undefined;
  const mentions = contentMentionsUnkey(content(), hosts);
  return mentions ? `${size} ${unit} is over unkeyLint.maxFileSize (${maxFileSize})` : undefined;
}

/** The engine's prefilter on text or raw bytes (its needles are ASCII, so bytes need no decoding). */
export function contentMentionsUnkey(content: string | Uint8Array, hosts: readonly string[]): boolean {
  if (typeof content === 'string') return unkeyNeedles(hosts).some((needle) => content.includes(needle));
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return unkeyNeedles(hosts).some((needle) => bytes.includes(needle));
}
