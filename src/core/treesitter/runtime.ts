// Loads web-tree-sitter and one grammar per language, each on first need. The runtime (the
// `@vscode/tree-sitter-wasm` build: web-tree-sitter plus prebuilt grammars compiled together, so their
// ABI matches) is required from disk only when a file of one of these languages is first linted, so a
// TypeScript-only user never loads it. esbuild copies the files to dist/tree-sitter/ (see esbuild.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Language, Node, Parser, Tree } from '@vscode/tree-sitter-wasm';

/** The languages read through tree-sitter, each named after its grammar file. */
export type GrammarName = 'python' | 'go' | 'rust' | 'php' | 'ruby';

export const GRAMMARS: readonly GrammarName[] = ['python', 'go', 'rust', 'php', 'ruby'];

type Runtime = typeof import('@vscode/tree-sitter-wasm');

let runtime: Promise<Runtime> | undefined;
const loading = new Map<GrammarName, Promise<Parser>>();
const ready = new Map<GrammarName, Parser>();

/** Where tree-sitter.js and the .wasm files are: next to the bundle, or in node_modules when run from source. */
function wasmDir(): string {
  const bundled = path.join(__dirname, 'tree-sitter');
  if (fs.existsSync(path.join(bundled, 'tree-sitter.wasm'))) return bundled;
  // Run from source (tests, tsx): src/core/treesitter -> the package in node_modules.
  return path.join(__dirname, '..', '..', '..', 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm');
}

function loadRuntime(): Promise<Runtime> {
  runtime ??= (async () => {
    const dir = wasmDir();
    // A computed path keeps esbuild from inlining the runtime into the bundle.
    const file = path.join(dir, 'tree-sitter.js');
    const loaded = require(file) as Runtime;
    await loaded.Parser.init({ locateFile: (name: string) => path.join(dir, name) });
    return loaded;
  })();
  return runtime;
}

/**
 * Loads the grammar for `name` (and the runtime, the first time). Resolves once `parserFor(name)`
 * answers; safe to call often. Rejects when the files are missing, and a later call tries again.
 */
export function prepareGrammar(name: GrammarName): Promise<void> {
  let pending = loading.get(name);
  if (!pending) {
    pending = (async () => {
      const { Parser: ParserClass, Language: LanguageClass } = await loadRuntime();
      const language: Language = await LanguageClass.load(fs.readFileSync(path.join(wasmDir(), `tree-sitter-${name}.wasm`)));
      const parser = new ParserClass();
      parser.setLanguage(language);
      ready.set(name, parser);
      return parser;
    })();
    loading.set(name, pending);
    pending.catch(() => loading.delete(name));
  }
  return pending.then(() => undefined);
}

export function isGrammarReady(name: GrammarName): boolean {
  return ready.has(name);
}

export type { Node, Tree };

const live: Tree[] = [];
/** Trees kept alive at most, whatever callers do (each holds wasm memory until deleted). */
const MAX_LIVE = 64;

/**
 * Parses `text` with the loaded grammar, or returns undefined when it is not loaded yet. The tree stays
 * alive until `releaseTrees()` (lint calls it after its rules ran: fix builders read the tree lazily).
 */
export function parseWith(name: GrammarName, text: string): Tree | undefined {
  const parser = ready.get(name);
  const tree = parser?.parse(text) ?? undefined;
  if (!tree) return undefined;
  live.push(tree);
  while (live.length > MAX_LIVE) live.shift()?.delete();
  return tree;
}

/** Frees every tree parsed since the last call. */
export function releaseTrees(): void {
  for (const tree of live.splice(0)) tree.delete();
}
