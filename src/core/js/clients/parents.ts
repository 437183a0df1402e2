// Parent links for one program, built on first use: clients that read a call's surroundings
// (superagent's `.set(...)` chain, the variable node's `https.request` is assigned to) ask for them.
import type { Evaluator } from '../evaluator';
import type { Node } from '../parse';
import { VISITOR_KEYS } from '../visitorKeys';
import { forEachChild } from '../walk';

const CACHE = new WeakMap<Evaluator, Map<Node, Node>>();

export function parentOf(ev: Evaluator, node: Node): Node | undefined {
  let parents = CACHE.get(ev);
  if (!parents) {
    parents = new Map();
    const map = parents;
    const visit = (n: Node): void => {
      const keys = VISITOR_KEYS[n.type];
      const child = (c: Node) => {
        map.set(c, n);
        visit(c);
      };
      if (keys === undefined) {
        forEachChild(n, child);
        return;
      }
      for (const key of keys) {
        const value = n[key];
        if (Array.isArray(value)) {
          for (const item of value) if (item && typeof item.type === 'string') child(item);
        } else if (value && typeof value.type === 'string') child(value);
      }
    };
    visit(ev.collected.program.node);
    CACHE.set(ev, parents);
  }
  return parents.get(node);
}
