// Small helpers over web-tree-sitter nodes shared by the tree-sitter languages.
import type { Node } from './runtime';

export type { Node };

/** Named children that are code, not comments. */
export function namedChildren(node: Node): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (child && child.type !== 'comment') out.push(child);
  }
  return out;
}

export function field(node: Node, name: string): Node | undefined {
  return node.childForFieldName(name) ?? undefined;
}

/** The nearest ancestor (or the node itself) whose type is one of `types`. */
export function ancestor(node: Node, types: readonly string[]): Node | undefined {
  for (let current: Node | null = node; current; current = current.parent) if (types.includes(current.type)) return current;
  return undefined;
}

/** Same node, compared by position and type (web-tree-sitter makes a new object per access). */
export function sameNode(a: Node | undefined, b: Node | undefined): boolean {
  return !!a && !!b && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}

/** A node's source range. */
export function rangeOf(node: Node): [number, number] {
  return [node.startIndex, node.endIndex];
}

/** Every match of a root-key shape in `text` (not glued to other word characters). */
export const ROOT_KEY = /(?<![A-Za-z0-9_])unkey_[1-9A-HJ-NP-Za-km-z]{20,}(?![A-Za-z0-9_])/g;
