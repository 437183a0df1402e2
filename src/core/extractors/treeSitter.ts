// What the tree-sitter extractors share: the answer when a grammar is not loaded, and syntax errors.
import type { GrammarName, Node } from '../treesitter/runtime';
import type { Extraction } from '../types';

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
