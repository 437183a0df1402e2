// What the tree-sitter extractors share: the answer when a grammar is not loaded, syntax errors, and
// one extraction path (clients, key literals, curl in strings) every tree-sitter language runs through.
import type { ExtractContext } from './context';
import { mergeKeys, type TreeSitterFile } from '../treesitter/file';
import { type GrammarName, type Node, parseWith } from '../treesitter/runtime';
import type { Extraction, KeyLiteral, RequestSite, SdkKeyOption } from '../types';

/** One tree-sitter language as the extractor runs it. */
export interface TreeSitterLanguage<F extends TreeSitterFile> {
  grammar: GrammarName;
  /** The language's name in messages. */
  label: string;
  open(text: string, root: Node): F;
  /** Its HTTP clients and SDKs, each turning calls into request sites. */
  clients: ReadonlyArray<{ sites(file: F): RequestSite[] }>;
  keys(file: F): KeyLiteral[];
  curl(file: F, context: ExtractContext): Extraction;
  /** Root keys handed to the language's Unkey SDK. */
  sdkKeys?(file: F): SdkKeyOption[];
}

export function extractTreeSitter<F extends TreeSitterFile>(language: TreeSitterLanguage<F>, text: string, context: ExtractContext): Extraction {
  const tree = parseWith(language.grammar, text);
  if (!tree) return notLoaded(language.grammar);
  try {
    const file = language.open(text, tree.rootNode);
    const sites: RequestSite[] = language.clients.flatMap((client) => client.sites(file));
    const keys = language.keys(file);
    const curl = language.curl(file, context);
    sites.push(...curl.sites);
    mergeKeys(keys, curl.keys);
    const sdkKeys = language.sdkKeys?.(file) ?? [];
    return { sites, keys, errors: syntaxErrors(tree.rootNode, language.label), ...(sdkKeys.length ? { sdkKeys } : {}) };
  } catch (error) {
    return { sites: [], keys: [], errors: [error instanceof Error ? error.message : String(error)] };
  }
}

/** Front ends call `prepareLint` first; a lint before that sees nothing (never a false alarm). */
export function notLoaded(grammar: GrammarName): Extraction {
  return { sites: [], keys: [], errors: [`The ${grammar} grammar is not loaded yet: call prepareLint() before lint().`] };
}

/** The first syntax error of a tree, as a message (tree-sitter recovered from it). */
export function syntaxErrors(root: Node, language: string): string[] {
  if (!root.hasError) return [];
  const error = root.descendantsOfType(['ERROR'])[0] ?? findMissing(root);
  const at = error ? ` at line ${error.startPosition.row + 1}, column ${error.startPosition.column + 1}` : '';
  return [`${language} syntax error${at}.`];
}

function findMissing(node: Node): Node | undefined {
  if (node.isMissing) return node;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child?.hasError) {
      const found = findMissing(child);
      if (found) return found;
    }
  }
  return undefined;
}
