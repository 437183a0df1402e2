// Where the same function reads the JSON answer of a request as v1 shaped it: v1 answered with the
// result at the top level (`{ valid, keyId }`) and errors as `{ error: { code } }`; v2 wraps results in
// `{ meta, data }` and errors carry `type`, `title` and `detail`. Only plain const data flow is followed:
// `const res = await fetch(…)`, `const body = await res.json()`, `body.valid`, `const { valid } = …`,
// axios's `res.data.valid` and `const { data } = await axios.post(…)`.
import type { ResponseRead } from '../types';
import { unwrap } from './evaluator';
import type { Node } from './parse';
import { VISITOR_KEYS } from './visitorKeys';
import { forEachChild, type Scope } from './walk';

/** Top-level names of a v2 answer; anything else read there is a v1 habit. */
const V2_TOP = new Set(['meta', 'data', 'error']);

interface Parented {
  node: Node;
  parent: Node | undefined;
}

/** Parent maps by function (or program) node: built once for every request in it, not once per request. */
const PARENTS = new WeakMap<Node, Map<Node, Node | undefined>>();

/** Every node of `root` with its parent, built once per function (a file-level call's root is the program). */
function parents(root: Node): Map<Node, Node | undefined> {
  const cached = PARENTS.get(root);
  if (cached) return cached;
  const map = new Map<Node, Node | undefined>();
  PARENTS.set(root, map);
  const stack: Parented[] = [{ node: root, parent: undefined }];
  while (stack.length) {
    const { node, parent } = stack.pop() as Parented;
    map.set(node, parent);
    const keys = VISITOR_KEYS[node.type];
    if (keys === undefined) {
      forEachChild(node, (child) => stack.push({ node: child, parent: node }));
      continue;
    }
    for (const key of keys) {
      const child = node[key];
      if (child === null || child === undefined) continue;
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item.type === 'string') stack.push({ node: item, parent: node });
      } else if (typeof child.type === 'string') stack.push({ node: child, parent: node });
    }
  }
  return map;
}

/** The expression a value flows out of through `await`, parentheses and TS wrappers. */
function outer(node: Node, up: Map<Node, Node | undefined>): { node: Node; parent: Node | undefined } {
  let current = node;
  let parent = up.get(current);
  while (parent && (parent.type === 'AwaitExpression' || parent.type === 'ParenthesizedExpression' || parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'TSSatisfiesExpression')) {
    current = parent;
    parent = up.get(current);
  }
  return { node: current, parent };
}

/** What `node`'s value is assigned to: a const's name, or a destructuring pattern. */
function assignedTo(node: Node, up: Map<Node, Node | undefined>): Node | undefined {
  const { node: value, parent } = outer(node, up);
  if (parent?.type !== 'VariableDeclarator' || parent.init !== value) return undefined;
  const declaration = up.get(parent);
  if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') return undefined;
  return parent.id;
}

/** Reads of const `name` inside `root` (no shadowing within a function body is assumed beyond the declaring one). */
/** Identifiers of a function by name, built once per parent map (a lookup per request, not a walk). */
const IDENTIFIERS = new WeakMap<Map<Node, Node | undefined>, Map<string, Node[]>>();

function identifiersNamed(name: string, up: Map<Node, Node | undefined>): Node[] {
  let byName = IDENTIFIERS.get(up);
  if (!byName) {
    byName = new Map();
    for (const node of up.keys()) {
      if (node.type !== 'Identifier') continue;
      const list = byName.get(node.name);
      if (list) list.push(node);
      else byName.set(node.name, [node]);
    }
    IDENTIFIERS.set(up, byName);
  }
  return byName.get(name) ?? [];
}

function readsOf(name: string, declared: Node, root: Node, up: Map<Node, Node | undefined>): Node[] {
  const out: Node[] = [];
  for (const node of identifiersNamed(name, up)) {
    const parent = up.get(node);
    if (node === declared || !parent) continue;
    if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === node && !parent.computed) continue;
    if (parent.type === 'ObjectProperty' && parent.key === node && !parent.shorthand) continue;
    if (node.start < root.start || node.end > root.end) continue;
    out.push(node);
  }
  return out;
}

function memberName(member: Node): string | undefined {
  if (member.type !== 'MemberExpression' && member.type !== 'OptionalMemberExpression') return undefined;
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.computed && member.property.type === 'StringLiteral') return member.property.value;
  return undefined;
}

/**
 * Reads of a parsed v2 answer held in `node` (an expression whose value is the JSON): member reads of
 * v1 result names, `.error.code`, and destructuring of them.
 */
function bodyReads(node: Node, up: Map<Node, Node | undefined>, root: Node, text: string, out: ResponseRead[], depth = 0): void {
  if (depth > 3) return;
  const { node: value, parent } = outer(node, up);
  // (await res.json()).valid
  if (parent && (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.object === value) {
    memberRead(value, parent, up, text, out);
    return;
  }
  const id = assignedTo(node, up);
  if (!id) return;
  if (id.type === 'Identifier') {
    for (const ref of readsOf(id.name, id, root, up)) {
      const p = up.get(ref);
      if (p && (p.type === 'MemberExpression' || p.type === 'OptionalMemberExpression') && p.object === ref) memberRead(ref, p, up, text, out);
    }
  } else if (id.type === 'ObjectPattern') patternReads(id, text, out);
}

function memberRead(object: Node, member: Node, up: Map<Node, Node | undefined>, text: string, out: ResponseRead[]): void {
  const name = memberName(member);
  if (name === undefined) return;
  if (!V2_TOP.has(name)) {
    const dot = member.optional ? '?.' : '.';
    out.push({ name, kind: 'field', range: [member.property.start, member.property.end], suggestion: { range: [object.end, object.end], text: `${dot}data` } });
    return;
  }
  if (name === 'error') {
    const next = up.get(member);
    if (next && memberName(next) === 'code' && (next as Node).object === member) out.push({ name: 'code', kind: 'error-code', range: [next.property.start, next.property.end] });
  }
}

function patternReads(pattern: Node, text: string, out: ResponseRead[]): void {
  const props = pattern.properties as Node[];
  if (props.some((p) => p.type === 'RestElement' || p.computed)) return;
  const v1 = props.filter((p) => p.key.type === 'Identifier' && !V2_TOP.has(p.key.name));
  for (const prop of v1) {
    out.push({
      name: prop.key.name,
      kind: 'field',
      range: [prop.key.start, prop.key.end],
      // `{ valid, keyId }` → `{ data: { valid, keyId } }`, only when every property is a v1 result name.
      ...(v1.length === props.length && { suggestion: { range: [pattern.start, pattern.end], text: `{ data: ${text.slice(pattern.start, pattern.end)} }` } }),
    });
  }
}

/** The function (or program) around `scope`. */
function functionNode(scope: Scope): Node {
  let current: Scope | undefined = scope;
  while (current && !current.fn) current = current.parent;
  return (current ?? scope).node;
}

/** v1-shaped reads of the answer of fetch call `call`. */
export function fetchResponseReads(call: Node, scope: Scope, text: string): ResponseRead[] {
  const root = functionNode(scope);
  const up = parents(root);
  const out: ResponseRead[] = [];
  const id = assignedTo(call, up);
  if (id?.type !== 'Identifier') return out;
  for (const ref of readsOf(id.name, id, root, up)) {
    // res.json()
    const member = up.get(ref);
    if (!member || memberName(member) !== 'json' || (member as Node).object !== ref) continue;
    const json = up.get(member);
    if (json?.type !== 'CallExpression' || json.callee !== member || json.arguments.length) continue;
    bodyReads(json, up, root, text, out);
  }
  return dedupe(out);
}

/** v1-shaped reads of the answer of axios call `call` (its `data` is the JSON). */
export function axiosResponseReads(call: Node, scope: Scope, text: string): ResponseRead[] {
  const root = functionNode(scope);
  const up = parents(root);
  const out: ResponseRead[] = [];
  const { node: value, parent } = outer(call, up);
  if (parent && memberName(parent) === 'data' && parent.object === value) {
    bodyReads(parent, up, root, text, out);
    return dedupe(out);
  }
  const id = assignedTo(call, up);
  if (id?.type === 'Identifier') {
    for (const ref of readsOf(id.name, id, root, up)) {
      const member = up.get(ref);
      if (member && memberName(member) === 'data' && (member as Node).object === ref) bodyReads(member, up, root, text, out);
    }
  } else if (id?.type === 'ObjectPattern') {
    // const { data } = await axios.post(…)   /   const { data: { valid } } = …
    for (const prop of id.properties as Node[]) {
      if (prop.type !== 'ObjectProperty' || prop.computed || prop.key.type !== 'Identifier' || prop.key.name !== 'data') continue;
      const target = unwrap(prop.value);
      if (target.type === 'ObjectPattern') patternReads(target, text, out);
      else if (target.type === 'Identifier') {
        for (const ref of readsOf(target.name, target, root, up)) {
          const member = up.get(ref);
          if (member && (member.type === 'MemberExpression' || member.type === 'OptionalMemberExpression') && member.object === ref) memberRead(ref, member, up, text, out);
        }
      }
    }
  }
  return dedupe(out);
}

function dedupe(reads: ResponseRead[]): ResponseRead[] {
  const seen = new Set<number>();
  return reads.filter((r) => !seen.has(r.range[0]) && seen.add(r.range[0]));
}
