import { firstAtOrAfter } from '../sorted';
import type { OpaquePart, Value, ValuePart } from '../types';
import type { ImportedObject } from './imports';
import { computedText, constText, flatten, mappedText, opaquePart, valueOf } from '../value';
import { Style } from './edits';
import { cookWithMap, identityMap } from './literals';
import type { Node } from './parse';
import { VISITOR_KEYS } from './visitorKeys';
import { forEachChild, hasOffsetIn, lookup, memberPath, type Binding, type Collected, type Scope } from './walk';

/**
 * How a value's text relates to the source: true, it sits here (edits may change it); 'const', it was
 * folded from a constant of this file (TextPart.at); false, neither (computed, or from elsewhere).
 */
export type Mapped = boolean | 'const';

/** 'url' prefers a literal default (`env ?? "https://..."`); 'header' keeps such a value opaque. */
export type Mode = 'url' | 'header';

/** Calls the clients understand: passing a const to one of them does not hand it to unseen code. */
export interface RequestCalls {
  /** `fetch(...)`, `axios(...)`, `new Headers(...)`. */
  callees: ReadonlySet<string>;
  /** `x.get(...)`, `x.post(...)`. */
  methods: ReadonlySet<string>;
}

/** Constants of other modules of the project, reached by a relative import (imports.ts). */
export interface ImportReader {
  /** The string `export const name = "…"` holds there. */
  string(source: string, name: string): string | undefined;
  /** The object literal `export const name = {…}` holds there (a headers object). */
  object(source: string, name: string): ImportedObject | undefined;
}

/** One place an identifier is read, with the nodes around it (for data flow). */
export interface Reference {
  node: Node;
  parent: Node;
  grand: Node | undefined;
}

const ENV_OBJECTS = /^(?:process\.env|import\.meta\.env|Bun\.env)$/;
const WRAPPERS = new Set(['ParenthesizedExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion']);

/** Strips parentheses and TS-only wrappers (`as`, `satisfies`, `!`, `<T>x`). */
export function unwrap(node: Node): Node {
  while (WRAPPERS.has(node.type)) node = node.expression;
  return node;
}

/** The name a header key or a member property spells statically. */
export function staticName(node: Node, computed: boolean): string | undefined {
  if (!computed && node.type === 'Identifier') return node.name;
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'NumericLiteral') return String(node.value);
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** The env var an expression reads: `process.env.X`, `import.meta.env.X`, `Bun.env.X`, `Deno.env.get("X")`. */
export function envRef(node: Node): string | undefined {
  if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    const name = staticName(node.property, node.computed);
    if (name !== undefined && ENV_OBJECTS.test(memberPath(node.object) ?? '')) return name;
  } else if (node.type === 'CallExpression' && memberPath(node.callee) === 'Deno.env.get') {
    const arg = node.arguments[0] as Node | undefined;
    if (arg?.type === 'StringLiteral') return arg.value;
  }
  return undefined;
}

/** `require("module")` (or any `require(...)` without `module`), also `.default` and awaited. */
export function isRequire(node: Node, module?: string): boolean {
  let call = unwrap(node);
  // require("axios").default
  if (call.type === 'MemberExpression' && staticName(call.property, call.computed) === 'default') call = call.object;
  if (call.type === 'AwaitExpression') call = call.argument;
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'require') return false;
  const arg = call.arguments[0] as Node | undefined;
  return arg?.type === 'StringLiteral' && (module === undefined || arg.value === module);
}

/**
 * Values, bindings and data flow of one JS/TS program, resolved after the single AST pass (see
 * walk.ts). Clients (clients/*.ts) ask it what an expression evaluates to and where a const is used.
 */
export class Evaluator {
  readonly style: Style;
  private readonly references = new Map<Binding, Reference[]>();
  /** While a wrapper's request is read for one call of it (wrappers.ts): its parameters and what that call passes. */
  private bound: ReadonlyMap<Binding, { node: Node; scope: Scope }> | undefined;
  /** The wrapper's text at that time: folded like a constant's, so no edit made for one call lands in the code every call shares. */
  private shared: readonly [number, number] | undefined;
  private readonly literalMaps = new Map<Node, number[] | undefined>();

  /**
   * `complete` is false for a program read from part of the text (after a hard syntax error): code
   * that configures a client (axios defaults, interceptors) may sit in the unread part.
   */
  constructor(
    readonly text: string,
    readonly collected: Collected,
    readonly requestCalls: RequestCalls,
    readonly complete = true,
    /** What a relative import's export holds (imports.ts), when the host gives file access. */
    readonly imports?: ImportReader,
  ) {
    this.style = new Style(text, collected);
  }

  /**
   * Runs `read` with parameters bound to the arguments of one call of the function at `shared`, whose
   * text then reads as a constant's (it serves every call: no edit for one call may change it).
   */
  withArguments<T>(bound: ReadonlyMap<Binding, { node: Node; scope: Scope }>, shared: readonly [number, number], read: () => T): T {
    const before = [this.bound, this.shared] as const;
    this.bound = bound;
    this.shared = shared;
    try {
      return read();
    } finally {
      [this.bound, this.shared] = before;
    }
  }

  value(node: Node, scope: Scope, mode: Mode, mapped: Mapped = true, seen?: Set<Binding>): Value {
    return valueOf([node.start, node.end], this.parts(node, scope, mode, mapped, seen));
  }

  private opaque(node: Node, envVar?: string): OpaquePart {
    return opaquePart([node.start, node.end], this.text.slice(node.start, node.end), envVar);
  }

  private parts(node: Node, scope: Scope, mode: Mode, mapped: Mapped, seen: Set<Binding> | undefined): ValuePart[] {
    if (mapped === true && this.shared && node.start >= this.shared[0] && node.end <= this.shared[1]) mapped = 'const';
    switch (node.type) {
      case 'StringLiteral': {
        const map = mapped ? this.literalMap(node) : undefined;
        if (mapped === 'const') return [constText(node.value, map)];
        return [map ? mappedText(node.value, map) : computedText(node.value)];
      }
      case 'TemplateLiteral': {
        const out: ValuePart[] = [];
        const quasis = node.quasis as Node[];
        const expressions = node.expressions as Node[];
        for (let i = 0; i < quasis.length; i++) {
          const quasi = quasis[i];
          const cooked = quasi.value.cooked as string | null;
          if (cooked === null) return [this.opaque(node)];
          const map = mapped ? this.quasiMap(quasi, cooked) : undefined;
          out.push(mapped === 'const' ? constText(cooked, map) : map ? mappedText(cooked, map) : computedText(cooked));
          if (i < expressions.length) out.push(...this.parts(expressions[i], scope, mode, mapped, seen));
        }
        return out;
      }
      case 'NumericLiteral':
        return [computedText(String(node.value))];
      case 'BinaryExpression':
        if (node.operator === '+') {
          return [...this.parts(node.left, scope, mode, mapped, seen), ...this.parts(node.right, scope, mode, mapped, seen)];
        }
        break;
      case 'LogicalExpression':
        if (node.operator === '??' || node.operator === '||') {
          if (mode === 'url') {
            const left = this.parts(node.left, scope, mode, mapped, seen);
            if (left.some((p) => p.kind === 'text')) return left;
            const right = this.parts(node.right, scope, mode, mapped, seen);
            const env = envRef(unwrap(node.left));
            // The default stands for the URL; say which env var replaces it when set.
            if (env !== undefined && right.some((p) => p.kind === 'text')) return right.map((p) => (p.kind === 'text' ? { ...p, overriddenBy: env } : p));
            if (right.some((p) => p.kind === 'text')) return right;
          }
          return [this.opaque(node, envRef(unwrap(node.left)))];
        }
        break;
      case 'Identifier': {
        const binding = lookup(scope, node.name);
        const argument = binding && this.bound?.get(binding);
        // The argument this call of a wrapper passes (its literal keeps its place: edits land at the call).
        if (argument) return this.parts(argument.node, argument.scope, mode, mapped === false ? false : true, seen);
        if (binding?.envVar) return [this.opaque(node, binding.envVar)];
        // SvelteKit: `import { PUBLIC_X } from "$env/static/public"` reads env var PUBLIC_X.
        if (binding?.kind === 'import' && /^\$env\/static\/(?:public|private)$/.test(binding.importSource ?? '')) return [this.opaque(node, binding.importName)];
        // `import { API_URL } from "./config"`: the literal that module exports (read, not mapped here).
        if ((binding?.kind === 'import' || binding?.kind === 'const') && binding.importName !== 'default' && binding.importSource?.startsWith('.')) {
          const text = this.imports?.string(binding.importSource, binding.importName!);
          if (text !== undefined) return [computedText(text)];
        }
        if (binding?.kind === 'const' && binding.init && !seen?.has(binding)) {
          const next = new Set(seen);
          next.add(binding);
          // Folded from elsewhere: the text is known but does not sit here, so no map (only where it is defined).
          return this.parts(binding.init, binding.scope, mode, mapped === false ? false : 'const', next);
        }
        break;
      }
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const env = envRef(node);
        if (env !== undefined) return [this.opaque(node, env)];
        const name = staticName(node.property, node.computed);
        if (name === 'href') {
          const url = this.urlConstruction(node.object, scope);
          if (url) return this.parts(url.node, url.scope, mode, url.folded ? false : mapped, seen);
        }
        const property = name === undefined ? undefined : this.constProperty(node.object, name, scope, seen);
        if (property) return this.parts(property.node, property.scope, mode, mapped === false ? false : 'const', property.seen);
        break;
      }
      case 'CallExpression': {
        const env = envRef(node);
        if (env !== undefined) return [this.opaque(node, env)];
        const callee = node.callee as Node;
        if (callee.type === 'MemberExpression' && staticName(callee.property, callee.computed) === 'toString' && node.arguments.length === 0) {
          const url = this.urlConstruction(callee.object, scope);
          if (url) return this.parts(url.node, url.scope, mode, url.folded ? false : mapped, seen);
        }
        if (callee.type === 'Identifier' && callee.name === 'String' && node.arguments.length === 1 && !lookup(scope, 'String')) {
          return this.parts(node.arguments[0], scope, mode, mapped, seen);
        }
        break;
      }
      case 'NewExpression':
        if (node.callee.type === 'Identifier' && node.callee.name === 'URL' && node.arguments.length >= 1) {
          const path = this.value(node.arguments[0], scope, 'url', mapped, seen);
          const base = node.arguments[1] ? this.value(node.arguments[1], scope, 'url', mapped, seen) : undefined;
          return resolveUrl(path, base);
        }
        break;
      default:
        if (WRAPPERS.has(node.type)) return this.parts(node.expression, scope, mode, mapped, seen);
    }
    return [this.opaque(node, envRef(node))];
  }

  /** `new URL(...)` behind an expression (directly or through a const), for `.href` and `.toString()`. */
  private urlConstruction(node: Node, scope: Scope): { node: Node; scope: Scope; folded: boolean } | undefined {
    const target = this.resolveConst(node, scope);
    const n = target.node;
    const isUrl = n.type === 'NewExpression' && n.callee.type === 'Identifier' && n.callee.name === 'URL';
    return isUrl ? { node: n, scope: target.scope, folded: target.binding !== undefined } : undefined;
  }

  /** `CONFIG.baseUrl` where `const CONFIG = { baseUrl: "..." }`. */
  private constProperty(object: Node, name: string, scope: Scope, seen: Set<Binding> | undefined): { node: Node; scope: Scope; seen: Set<Binding> } | undefined {
    const inner = unwrap(object);
    if (inner.type !== 'Identifier') return undefined;
    const binding = lookup(scope, inner.name);
    if (binding?.kind !== 'const' || !binding.init || seen?.has(binding)) return undefined;
    const init = unwrap(binding.init);
    if (init.type !== 'ObjectExpression') return undefined;
    for (const prop of init.properties as Node[]) {
      if (prop.type === 'ObjectProperty' && staticName(prop.key, prop.computed) === name) {
        const next = new Set(seen);
        next.add(binding);
        return { node: prop.value, scope: binding.scope, seen: next };
      }
    }
    return undefined;
  }

  /** Follows const identifiers (and TS wrappers) to the expression they stand for. */
  resolveConst(node: Node, scope: Scope): { node: Node; scope: Scope; binding?: Binding } {
    let current = unwrap(node);
    let currentScope = scope;
    let binding: Binding | undefined;
    for (let depth = 0; depth < 20 && current.type === 'Identifier'; depth++) {
      const next = lookup(currentScope, current.name);
      const argument = next && this.bound?.get(next);
      if (argument) {
        // A wrapper's parameter: what this call passes (the parameter stays the binding whose other uses count).
        binding = next;
        current = unwrap(argument.node);
        currentScope = argument.scope;
        continue;
      }
      if (next?.kind !== 'const' || !next.init) break;
      binding = next;
      current = unwrap(next.init);
      currentScope = next.scope;
    }
    return { node: current, scope: currentScope, binding };
  }

  /** A string known exactly (literal, or a const folding to one). */
  stringOf(node: Node, scope: Scope): string | undefined {
    const value = this.value(node, scope, 'header');
    return value.parts.every((p) => p.kind === 'text') ? flatten(value) : undefined;
  }

  /** The name an object property's key spells (a computed key only when it folds to a string). */
  keyName(prop: Node, scope: Scope): string | undefined {
    const name = staticName(prop.key, prop.computed);
    if (name !== undefined || !prop.computed) return name;
    return this.stringOf(prop.key, scope);
  }

  /**
   * The map of a string literal's cooked value, or undefined when it cannot be trusted. One array per
   * literal (maps are never changed): a const URL read by 100,000 calls shares it instead of copying it.
   */
  literalMap(node: Node): number[] | undefined {
    if (this.literalMaps.has(node)) return this.literalMaps.get(node);
    const map = this.computeLiteralMap(node);
    this.literalMaps.set(node, map);
    return map;
  }

  private computeLiteralMap(node: Node): number[] | undefined {
    const value = node.value as string;
    const start = node.start + 1;
    const end = node.end - 1;
    if (end - start === value.length && !hasBackslash(this.text, start, end)) return identityMap(start, value.length);
    const cooked = cookWithMap(this.text, start, end, false);
    return cooked && cooked.cooked === value ? cooked.map : undefined;
  }

  quasiMap(quasi: Node, cooked: string): number[] | undefined {
    const result = cookWithMap(this.text, quasi.start, quasi.end, true);
    return result && result.cooked === cooked ? result.map : undefined;
  }

  /** Every read of `binding` in its scope (lazy and cached: only for consts used by a request). */
  referencesOf(binding: Binding): Reference[] {
    let refs = this.references.get(binding);
    if (refs) return refs;
    refs = [];
    const name = binding.name;
    const found = refs;
    // Only subtrees whose text holds the name can hold a reference to it.
    const scopeNode = binding.scope.node;
    const occurrences: number[] = [];
    const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    word.lastIndex = scopeNode.start;
    for (let m = word.exec(this.text); m && m.index < scopeNode.end; m = word.exec(this.text)) occurrences.push(m.index);
    const walk = (node: Node, parent: Node | undefined, grand: Node | undefined): void => {
      if (!hasOffsetIn(occurrences, node.start, node.end)) return;
      if (node.type === 'Identifier') {
        if (node.name === name && node !== binding.id && parent) found.push({ node, parent, grand });
        return;
      }
      const keys = VISITOR_KEYS[node.type];
      if (keys === undefined) {
        forEachChild(node, (child) => walk(child, node, parent));
        return;
      }
      for (const key of keys) {
        // Property names are not references.
        if ((key === 'key' && !node.computed && !node.shorthand) || (key === 'property' && !node.computed)) continue;
        const child = node[key];
        if (child === null || child === undefined) continue;
        if (Array.isArray(child)) {
          if (child.length > 16) {
            // A long list (a program's statements): go straight to the items holding an occurrence.
            for (const item of itemsAt(child, occurrences)) if (item) walk(item, node, parent);
          } else for (const item of child) if (item) walk(item, node, parent);
        } else if (typeof child.type === 'string') walk(child, node, parent);
      }
    };
    walk(scopeNode, undefined, undefined);
    this.references.set(binding, refs);
    return refs;
  }
}

/** The items of a list of nodes in source order that hold one of the sorted `offsets` (with holes: all of them). */
function itemsAt(items: (Node | null)[], offsets: number[]): (Node | null)[] {
  if (items.includes(null)) return items;
  const found: Node[] = [];
  let k = 0;
  while (k < offsets.length) {
    const offset = offsets[k];
    // The first item that ends after the offset.
    const lo = firstAtOrAfter(items, (item) => item!.end, offset + 1);
    if (lo === items.length) break;
    const item = items[lo]!;
    if (item.start <= offset) found.push(item);
    // On to the first offset past this item (or past the gap before it).
    const end = item.start <= offset ? item.end : item.start;
    while (k < offsets.length && offsets[k] < end) k++;
  }
  return found;
}

function hasBackslash(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 92) return true;
  return false;
}

// ---- URL joining ------------------------------------------------------------------------------

const SCHEME = /^[a-z][a-z\d+\-.]*:/i;

/** The parts of `value` between flattened positions [from, to). */
export function sliceParts(value: Value, from: number, to: number): ValuePart[] {
  const out: ValuePart[] = [];
  let pos = 0;
  for (const part of value.parts) {
    const len = part.kind === 'text' ? part.text.length : 1;
    const a = Math.max(from, pos);
    const b = Math.min(to, pos + len);
    if (a < b) {
      if (part.kind === 'opaque') out.push(part);
      else {
        const slice = mappedText(part.text.slice(a - pos, b - pos), part.map?.slice(a - pos, b - pos + 1));
        if (part.at) slice.at = part.at.slice(a - pos, b - pos + 1);
        if (part.overriddenBy !== undefined) slice.overriddenBy = part.overriddenBy;
        out.push(slice);
      }
    }
    pos += len;
  }
  return out;
}

/** `new URL(path, base)` as WHATWG URL resolution would read it, as far as the parts allow. */
function resolveUrl(path: Value, base: Value | undefined): ValuePart[] {
  const flatPath = flatten(path);
  if (!base || SCHEME.test(flatPath)) return path.parts;
  const flatBase = flatten(base);
  const origin = /^[a-z][a-z\d+\-.]*:\/\/[^/?#\u0000]*/i.exec(flatBase);
  // An unseen base (an env var) stands for an origin.
  const originEnd = origin ? origin[0].length : flatBase.startsWith('\u0000') ? 1 : -1;
  if (originEnd < 0) return [...base.parts, ...path.parts];
  if (flatPath.startsWith('/')) return [...sliceParts(base, 0, originEnd), ...path.parts];
  const query = flatBase.slice(originEnd).search(/[?#]/);
  const baseEnd = query === -1 ? flatBase.length : originEnd + query;
  const slash = flatBase.lastIndexOf('/', baseEnd - 1);
  if (slash >= originEnd) return [...sliceParts(base, 0, slash + 1), ...path.parts];
  return [...sliceParts(base, 0, originEnd), computedText('/'), ...path.parts];
}
