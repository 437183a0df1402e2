// Where a client instance is kept when it is not a `const`: `let api; api = axios.create(...)`, and a
// class field `this.client = axios.create(...)` (or `client = axios.create(...)` as a property). The
// value counts only when it is assigned exactly once, so what the call uses is what was created.
import { staticName, unwrap, type Evaluator } from '../evaluator';
import type { Node } from '../parse';
import { VISITOR_KEYS } from '../visitorKeys';
import { forEachChild, type Binding } from '../walk';
import { parentOf } from './parents';

export interface Held {
  /** The expression assigned (`axios.create(...)`). */
  init: Node;
  /** Something else reaches the instance (defaults, interceptors on `this.x`): its headers are not all visible. */
  open: boolean;
}

/** `let api; … api = <init>`: the one value a `let`/`var` binding is assigned (its initializer or one assignment). */
export function heldByVariable(ev: Evaluator, binding: Binding): Held | undefined {
  if (binding.kind !== 'let' && binding.kind !== 'var') return undefined;
  let init = binding.init;
  for (const ref of ev.referencesOf(binding)) {
    const { parent } = ref;
    if (parent.type !== 'AssignmentExpression' || parent.left !== ref.node) continue;
    if (init || parent.operator !== '=') return undefined;
    init = parent.right;
  }
  return init ? { init: unwrap(init), open: false } : undefined;
}

/** `this.name` inside a class: the one value the class assigns to it (a property or `this.name = …`). */
export function heldByField(ev: Evaluator, member: Node): Held | undefined {
  if (member.type !== 'MemberExpression' || member.object.type !== 'ThisExpression' || member.computed) return undefined;
  const name = staticName(member.property, false);
  if (!name) return undefined;
  // The class this `this` belongs to: the nearest class, not crossing a non-arrow function of its own.
  let node: Node | undefined = member;
  let inMethod = false;
  while (node && node.type !== 'ClassBody') {
    const parent = parentOf(ev, node);
    // A function of its own (not an arrow) has its own `this`.
    if (parent && (parent.type === 'FunctionDeclaration' || parent.type === 'FunctionExpression' || parent.type === 'ObjectMethod')) return undefined;
    if (parent?.type === 'ClassMethod' || parent?.type === 'ClassProperty') inMethod = true;
    node = parent;
  }
  if (!node || !inMethod) return undefined;
  const body = node;
  let init: Node | undefined;
  let count = 0;
  for (const item of body.body as Node[]) {
    if ((item.type === 'ClassProperty' || item.type === 'PropertyDefinition') && !item.computed && !item.static && staticName(item.key, false) === name && item.value) {
      init = item.value;
      count++;
    }
  }
  walk(body, (n) => {
    if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression' && n.left.object.type === 'ThisExpression' && !n.left.computed && staticName(n.left.property, false) === name) {
      init = n.right;
      count++;
    }
  });
  if (count !== 1 || !init) return undefined;
  // `this.client.defaults…` / `this.client.interceptors…` add headers the call does not show.
  const text = ev.text.slice(body.start, body.end);
  const open = new RegExp(`this\\.${name.replace(/\$/g, '\\$')}\\s*\\.\\s*(?:defaults|interceptors|hooks)\\b`).test(text);
  return { init: unwrap(init), open };
}

function walk(node: Node, fn: (node: Node) => void): void {
  fn(node);
  const keys = VISITOR_KEYS[node.type];
  if (keys === undefined) {
    forEachChild(node, (child) => walk(child, fn));
    return;
  }
  for (const key of keys) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item.type === 'string') walk(item, fn);
    } else if (child && typeof child.type === 'string') walk(child, fn);
  }
}
