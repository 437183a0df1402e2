import type { HeaderEntry, KeyLiteral, OpaquePart, RequestSite, SourceRange, TextEdit, Value, ValuePart } from '../types';
import { computedText, flatten, mappedText, opaquePart, valueOf } from '../value';
import { Style } from './edits';
import { REFERENCE, cookWithMap, escapeString, escapeTemplate, identityMap, toTemplateBody } from './literals';
import type { Node } from './parse';
import { VISITOR_KEYS } from './visitorKeys';
import { REQUEST_METHODS, forEachChild, hasOffsetIn, lookup, memberPath, type Binding, type Collected, type Scope } from './walk';

/** 'url' prefers a literal default (`env ?? "https://..."`); 'header' keeps such a value opaque. */
type Mode = 'url' | 'header';

const ENV_OBJECTS = /^(?:process\.env|import\.meta\.env|Bun\.env)$/;
const WRAPPERS = new Set(['ParenthesizedExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion']);
const AXIOS_GET_LIKE = new Set(['get', 'delete', 'head', 'options']);
const AXIOS_POST_LIKE = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const AXIOS_HEADER_GROUPS = new Set(['common', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch']);
const FETCH_GLOBALS = new Set(['globalThis.fetch', 'window.fetch', 'self.fetch', 'global.fetch']);
/** A root key's shape: `unkey_` and at least 20 base58 characters. */
const ROOT_KEY = /unkey_[1-9A-HJ-NP-Za-km-z]{20,}/g;

/** Where an Authorization header can be added. */
interface AddTarget {
  /** An object literal, an array of pairs, or `new Headers()` with no argument. */
  kind: 'object' | 'pairs' | 'emptyHeaders';
  node: Node;
}

interface HeaderSet {
  entries: HeaderEntry[];
  known: boolean;
  target?: AddTarget;
}

interface ConfigInfo {
  known: boolean;
  /** Undefined when there is no `headers` property. */
  headers: HeaderSet | undefined;
  /** The method when given; null when given but not evaluable. */
  method: string | null | undefined;
  cookies: boolean;
  url?: { node: Node; scope: Scope };
  baseURL?: { node: Node; scope: Scope };
  /** The object literal itself, where a `headers` property can be added. */
  object?: Node;
}

interface RequestContext {
  call: Node;
  /** Set for axios: nested `common` / per-method header groups apply. */
  axiosMethod?: string;
}

type AxiosClient = { kind: 'global'; name: string } | { kind: 'instance'; name: string; binding: Binding; create: Node };

interface Reference {
  node: Node;
  parent: Node;
  grand: Node | undefined;
}

const EMPTY_CONFIG: ConfigInfo = { known: true, headers: undefined, method: undefined, cookies: false };

function unwrap(node: Node): Node {
  while (WRAPPERS.has(node.type)) node = node.expression;
  return node;
}

/** The name a header key or a member property spells statically. */
function staticName(node: Node, computed: boolean): string | undefined {
  if (!computed && node.type === 'Identifier') return node.name;
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'NumericLiteral') return String(node.value);
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** The env var an expression reads: `process.env.X`, `import.meta.env.X`, `Bun.env.X`, `Deno.env.get("X")`. */
function envRef(node: Node): string | undefined {
  if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    const name = staticName(node.property, node.computed);
    if (name !== undefined && ENV_OBJECTS.test(memberPath(node.object) ?? '')) return name;
  } else if (node.type === 'CallExpression' && memberPath(node.callee) === 'Deno.env.get') {
    const arg = node.arguments[0] as Node | undefined;
    if (arg?.type === 'StringLiteral') return arg.value;
  }
  return undefined;
}

/** The env var a literal is assigned to: `process.env.X = "…"` (also `??=`, `||=`), `Deno.env.set("X", "…")`. */
function assignedEnvVar(node: Node, parent: Node): string | undefined {
  if (parent.type === 'AssignmentExpression' && parent.right === node) return envRef(parent.left);
  if (parent.type === 'CallExpression' && parent.arguments[1] === node && memberPath(parent.callee) === 'Deno.env.set') {
    return staticName(parent.arguments[0], true);
  }
  return undefined;
}

/** Everything the extractor knows about one JS/TS file, resolved after the single AST pass. */
export class JsFile {
  readonly style: Style;
  private readonly references = new Map<Binding, Reference[]>();

  /**
   * `complete` is false for a program read from part of the text (after a hard syntax error): axios
   * defaults and interceptors may sit in the unread part, so axios headers are not known there.
   */
  constructor(
    readonly text: string,
    private readonly collected: Collected,
    private readonly complete = true,
  ) {
    this.style = new Style(text, collected);
  }

  // ---- Values -----------------------------------------------------------------------------------

  private value(node: Node, scope: Scope, mode: Mode, mapped = true, seen?: Set<Binding>): Value {
    return valueOf([node.start, node.end], this.parts(node, scope, mode, mapped, seen));
  }

  private opaque(node: Node, envVar?: string): OpaquePart {
    return opaquePart([node.start, node.end], this.text.slice(node.start, node.end), envVar);
  }

  private parts(node: Node, scope: Scope, mode: Mode, mapped: boolean, seen: Set<Binding> | undefined): ValuePart[] {
    switch (node.type) {
      case 'StringLiteral': {
        const map = mapped ? this.literalMap(node) : undefined;
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
          out.push(map ? mappedText(cooked, map) : computedText(cooked));
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
            if (right.some((p) => p.kind === 'text')) return right;
          }
          return [this.opaque(node, envRef(unwrap(node.left)))];
        }
        break;
      case 'Identifier': {
        const binding = lookup(scope, node.name);
        if (binding?.envVar) return [this.opaque(node, binding.envVar)];
        if (binding?.kind === 'const' && binding.init && !seen?.has(binding)) {
          const next = new Set(seen);
          next.add(binding);
          // Folded from elsewhere: the text is known but does not sit here, so no map.
          return this.parts(binding.init, binding.scope, mode, false, next);
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
          if (url) return this.parts(url.node, url.scope, mode, mapped && !url.folded, seen);
        }
        const property = name === undefined ? undefined : this.constProperty(node.object, name, scope, seen);
        if (property) return this.parts(property.node, property.scope, mode, false, property.seen);
        break;
      }
      case 'CallExpression': {
        const env = envRef(node);
        if (env !== undefined) return [this.opaque(node, env)];
        const callee = node.callee as Node;
        if (callee.type === 'MemberExpression' && staticName(callee.property, callee.computed) === 'toString' && node.arguments.length === 0) {
          const url = this.urlConstruction(callee.object, scope);
          if (url) return this.parts(url.node, url.scope, mode, mapped && !url.folded, seen);
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
  private resolveConst(node: Node, scope: Scope): { node: Node; scope: Scope; binding?: Binding } {
    let current = unwrap(node);
    let currentScope = scope;
    let binding: Binding | undefined;
    for (let depth = 0; depth < 20 && current.type === 'Identifier'; depth++) {
      const next = lookup(currentScope, current.name);
      if (next?.kind !== 'const' || !next.init) break;
      binding = next;
      current = unwrap(next.init);
      currentScope = next.scope;
    }
    return { node: current, scope: currentScope, binding };
  }

  /** The map of a string literal's cooked value, or undefined when it cannot be trusted. */
  private literalMap(node: Node): number[] | undefined {
    const value = node.value as string;
    const start = node.start + 1;
    const end = node.end - 1;
    if (end - start === value.length && !hasBackslash(this.text, start, end)) return identityMap(start, value.length);
    const cooked = cookWithMap(this.text, start, end, false);
    return cooked && cooked.cooked === value ? cooked.map : undefined;
  }

  private quasiMap(quasi: Node, cooked: string): number[] | undefined {
    const result = cookWithMap(this.text, quasi.start, quasi.end, true);
    return result && result.cooked === cooked ? result.map : undefined;
  }

  // ---- Headers and request configs --------------------------------------------------------------

  private headers(node: Node, scope: Scope, ctx: RequestContext, seen: Set<Binding>): HeaderSet {
    const target = unwrap(node);
    switch (target.type) {
      case 'ObjectExpression':
        return this.objectHeaders(target, scope, ctx, seen);
      case 'ArrayExpression':
        return this.pairHeaders(target, scope);
      case 'NewExpression':
        if (target.callee.type === 'Identifier' && target.callee.name === 'Headers') {
          const arg = target.arguments[0] as Node | undefined;
          if (!arg) return { entries: [], known: true, target: { kind: 'emptyHeaders', node: target } };
          return this.headers(arg, scope, ctx, seen);
        }
        break;
      case 'Identifier': {
        const binding = lookup(scope, target.name);
        if (target.name === 'undefined' && !binding) return { entries: [], known: true };
        if (binding?.kind !== 'const' || !binding.init || seen.has(binding)) break;
        seen.add(binding);
        const inner = this.headers(binding.init, binding.scope, ctx, seen);
        seen.delete(binding);
        const uses = this.bindingUses(binding, ctx, true);
        if (!uses.known) return { entries: inner.entries, known: false };
        const entries = uses.entries.length ? [...inner.entries, ...uses.entries] : inner.entries;
        return { entries, known: inner.known, target: uses.elsewhere ? undefined : inner.target };
      }
    }
    return { entries: [], known: false };
  }

  private objectHeaders(object: Node, scope: Scope, ctx: RequestContext, seen: Set<Binding>): HeaderSet {
    const entries: HeaderEntry[] = [];
    let known = true;
    for (const prop of object.properties as Node[]) {
      if (prop.type === 'SpreadElement') {
        const spread = this.headers(prop.argument, scope, ctx, seen);
        entries.push(...spread.entries);
        known &&= spread.known;
        continue;
      }
      const name = this.keyName(prop, scope);
      if (name === undefined) {
        known = false;
        continue;
      }
      if (prop.type !== 'ObjectProperty') {
        entries.push(this.entry(name, prop.key, undefined, prop, scope));
        continue;
      }
      // axios nests headers by group: `{ common: {...}, post: {...} }`.
      if (ctx.axiosMethod !== undefined && AXIOS_HEADER_GROUPS.has(name)) {
        if (name === 'common' || name === ctx.axiosMethod) {
          const group = this.headers(prop.value, scope, { ...ctx, axiosMethod: undefined }, seen);
          entries.push(...group.entries);
          known &&= group.known;
        }
        continue;
      }
      entries.push(this.entry(name, prop.key, prop.value, prop, scope, prop.shorthand));
    }
    return { entries, known, target: { kind: 'object', node: object } };
  }

  private pairHeaders(array: Node, scope: Scope): HeaderSet {
    const entries: HeaderEntry[] = [];
    let known = true;
    for (const element of array.elements as (Node | null)[]) {
      const pair = element && unwrap(element);
      if (pair?.type !== 'ArrayExpression' || pair.elements.length !== 2 || !pair.elements[0]) {
        known = false;
        continue;
      }
      const [nameNode, valueNode] = pair.elements as Node[];
      const name = this.stringOf(nameNode, scope);
      if (name === undefined || !valueNode || valueNode.type === 'SpreadElement') {
        known = false;
        continue;
      }
      entries.push(this.entry(name, nameNode, valueNode, pair, scope));
    }
    return { entries, known, target: { kind: 'pairs', node: array } };
  }

  private keyName(prop: Node, scope: Scope): string | undefined {
    const name = staticName(prop.key, prop.computed);
    if (name !== undefined || !prop.computed) return name;
    return this.stringOf(prop.key, scope);
  }

  /** A string known exactly (literal, or a const folding to one). */
  private stringOf(node: Node, scope: Scope): string | undefined {
    const value = this.value(node, scope, 'header');
    return value.parts.every((p) => p.kind === 'text') ? flatten(value) : undefined;
  }

  /** An init (fetch) or config (axios) argument. */
  private config(node: Node | undefined, scope: Scope, ctx: RequestContext, seen: Set<Binding>): ConfigInfo {
    if (!node) return EMPTY_CONFIG;
    const resolved = this.resolveConst(node, scope);
    const target = resolved.node;
    if (target.type === 'Identifier' && target.name === 'undefined' && !lookup(resolved.scope, 'undefined')) return EMPTY_CONFIG;
    if (target.type !== 'ObjectExpression') return { ...EMPTY_CONFIG, known: false };
    const info: ConfigInfo = { known: true, headers: undefined, method: undefined, cookies: false, object: target };
    // A const config shared with other code is not ours to edit.
    const uses = resolved.binding && this.bindingUses(resolved.binding, ctx, false);
    if (uses && !uses.known) info.known = false;
    if (uses?.elsewhere) info.object = undefined;
    const s = resolved.scope;
    for (const prop of target.properties as Node[]) {
      if (prop.type === 'SpreadElement') {
        const spread = this.config(prop.argument, s, ctx, seen);
        info.known &&= spread.known;
        info.headers = spread.headers ?? info.headers;
        info.method = spread.method ?? info.method;
        info.cookies ||= spread.cookies;
        info.url = spread.url ?? info.url;
        info.baseURL = spread.baseURL ?? info.baseURL;
        continue;
      }
      const name = this.keyName(prop, s);
      if (name === undefined) {
        info.known = false;
        continue;
      }
      if (prop.type !== 'ObjectProperty') continue;
      const value = prop.value as Node;
      switch (name) {
        case 'headers':
          info.headers = this.headers(value, s, ctx, seen);
          break;
        case 'method': {
          const method = this.stringOf(value, s);
          info.method = method === undefined ? null : method.toUpperCase();
          break;
        }
        case 'credentials':
          info.cookies ||= this.stringOf(value, s) === 'include';
          break;
        case 'withCredentials':
          info.cookies ||= unwrap(value).type === 'BooleanLiteral' ? unwrap(value).value === true : true;
          break;
        case 'url':
          info.url = { node: value, scope: s };
          break;
        case 'baseURL':
          info.baseURL = { node: value, scope: s };
          break;
      }
    }
    if (uses?.elsewhere && info.headers) info.headers = { ...info.headers, target: undefined };
    return info;
  }

  // ---- Header entries and their fixes -----------------------------------------------------------

  private entry(name: string, nameNode: Node, valueNode: Node | undefined, entryNode: Node, scope: Scope, shorthand = false): HeaderEntry {
    const entry: HeaderEntry = {
      name,
      nameRange: [nameNode.start, nameNode.end],
      value: valueNode ? this.value(valueNode, scope, 'header') : undefined,
      range: [entryNode.start, entryNode.end],
    };
    if (!valueNode) return entry;
    // `{ Authorization }` is both key and value: rewrite the whole property.
    const keySource = this.text.slice(nameNode.start, nameNode.end);
    const edit = (text: string): TextEdit =>
      shorthand ? { range: [entryNode.start, entryNode.end], text: `${keySource}: ${text}` } : { range: [valueNode.start, valueNode.end], text };
    entry.replaceValue = (replacement) => edit(replacement);
    entry.prependToValue = (prefix) => {
      const leftmost = leftmostOperand(valueNode);
      if (!shorthand && leftmost.type === 'StringLiteral') {
        const quote = this.text[leftmost.start];
        return { range: [leftmost.start + 1, leftmost.start + 1], text: escapeString(prefix, quote) };
      }
      if (!shorthand && leftmost.type === 'TemplateLiteral') {
        return { range: [leftmost.start + 1, leftmost.start + 1], text: escapeTemplate(prefix) };
      }
      return edit('`' + escapeTemplate(prefix) + '${' + this.text.slice(valueNode.start, valueNode.end) + '}`');
    };
    const literal = this.resolveConst(valueNode, scope).node;
    if (literal.type === 'StringLiteral') {
      const match = REFERENCE.exec(literal.value);
      const map = match ? this.literalMap(literal) : undefined;
      if (match && map) {
        entry.unexpanded = { reference: match[0], range: [map[match.index], map[match.index + match[0].length - 1] + 1] };
        entry.expandReferences = () => {
          const body = toTemplateBody(this.text.slice(literal.start + 1, literal.end - 1), (ref) => fullMatch(REFERENCE, ref));
          return body === undefined ? undefined : { range: [literal.start, literal.end], text: '`' + body + '`' };
        };
      }
    }
    return entry;
  }

  // ---- References to a const (lazy: only for consts used as headers or init) ---------------------

  /**
   * How a const object used by a request is used elsewhere: `.set/.append(name, v)` and `x.Name = v`
   * before the call add headers; passing it to other code (a call, an alias) makes its headers unknown;
   * `elsewhere` says whether anything outside this call refers to it (then it is not ours to edit).
   */
  private bindingUses(binding: Binding, ctx: RequestContext, headers: boolean): { known: boolean; elsewhere: boolean; entries: HeaderEntry[] } {
    const call = ctx.call;
    const entries: HeaderEntry[] = [];
    let known = true;
    let elsewhere = false;
    for (const ref of this.referencesOf(binding)) {
      if (ref.node.start >= call.start && ref.node.end <= call.end) continue;
      elsewhere = true;
      const { parent, grand } = ref;
      if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.object === ref.node) {
        const member = staticName(parent.property, parent.computed);
        const before = parent.end <= call.start;
        if (grand && (grand.type === 'CallExpression' || grand.type === 'OptionalCallExpression') && grand.callee === parent) {
          if (headers && (member === 'set' || member === 'append')) {
            const [nameNode, valueNode] = grand.arguments as Node[];
            const name = nameNode ? this.stringOf(nameNode, binding.scope) : undefined;
            if (name === undefined || !valueNode) known = false;
            else if (before) entries.push(this.entry(name, nameNode, valueNode, grand, binding.scope));
          }
          continue;
        }
        if (grand?.type === 'AssignmentExpression' && grand.left === parent) {
          if (!headers || member === undefined) known = false;
          else if (before) entries.push(this.entry(member, parent.property, grand.right, grand, binding.scope));
          continue;
        }
        continue;
      }
      if (isEscape(ref)) known = false;
    }
    return { known, elsewhere, entries };
  }

  private referencesOf(binding: Binding): Reference[] {
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
          for (const item of child) if (item) walk(item, node, parent);
        } else if (typeof child.type === 'string') walk(child, node, parent);
      }
    };
    walk(scopeNode, undefined, undefined);
    this.references.set(binding, refs);
    return refs;
  }

  // ---- Request sites ----------------------------------------------------------------------------

  sites(): RequestSite[] {
    const { calls, callScopes } = this.collected;
    const sites: RequestSite[] = [];
    for (let i = 0; i < calls.length; i++) {
      // A node shape that error recovery left odd loses that call only, not the file's other calls.
      try {
        const site = this.site(calls[i], callScopes[i]);
        if (site) sites.push(site);
      } catch {
        continue;
      }
    }
    return sites;
  }

  private site(call: Node, scope: Scope): RequestSite | undefined {
    const callee = call.callee as Node;
    if (callee.type === 'Identifier') {
      if (callee.name === 'fetch') return this.isFetch(callee, scope) ? this.fetchSite(call, scope) : undefined;
      const client = this.axiosClient(callee, scope);
      return client ? this.axiosSite(call, scope, client, 'call') : undefined;
    }
    const method = callee.property.name as string;
    if (method === 'fetch') return FETCH_GLOBALS.has(memberPath(callee) ?? '') ? this.fetchSite(call, scope) : undefined;
    const object = callee.object as Node;
    if (object.type !== 'Identifier') return undefined;
    const client = this.axiosClient(object, scope);
    return client ? this.axiosSite(call, scope, client, method) : undefined;
  }

  private isFetch(callee: Node, scope: Scope): boolean {
    const binding = lookup(scope, callee.name);
    // A local function or parameter named fetch is a wrapper we cannot see into.
    return !binding || binding.kind === 'import' || (binding.init !== undefined && isRequire(binding.init));
  }

  private axiosClient(ident: Node, scope: Scope, depth = 0): AxiosClient | undefined {
    const binding = lookup(scope, ident.name);
    if (!binding) return ident.name === 'axios' ? { kind: 'global', name: ident.name } : undefined;
    if (binding.kind === 'import') {
      return binding.importSource === 'axios' && binding.importName === 'default' ? { kind: 'global', name: ident.name } : undefined;
    }
    const init = binding.init && unwrap(binding.init);
    if (!init || depth > 5) return undefined;
    if (isRequire(init, 'axios')) return { kind: 'global', name: ident.name };
    if (init.type === 'CallExpression' && init.callee.type === 'MemberExpression' && staticName(init.callee.property, init.callee.computed) === 'create' &&
        init.callee.object.type === 'Identifier' && this.axiosClient(init.callee.object, binding.scope, depth + 1)?.kind === 'global') {
      return { kind: 'instance', name: ident.name, binding, create: init };
    }
    return undefined;
  }

  private fetchSite(call: Node, scope: Scope): RequestSite | undefined {
    const args = call.arguments as Node[];
    const first = args[0];
    if (!first || first.type === 'SpreadElement') return undefined;
    const ctx: RequestContext = { call };
    const seen = new Set<Binding>();
    // fetch(new Request(url, init)), directly or through a const.
    const resolved = this.resolveConst(first, scope);
    const request = resolved.node.type === 'NewExpression' && resolved.node.callee.type === 'Identifier' && resolved.node.callee.name === 'Request' ? resolved.node : undefined;
    const urlNode = request ? (request.arguments[0] as Node | undefined) : first;
    const urlScope = request ? resolved.scope : scope;
    const url: Value = urlNode ? this.value(urlNode, urlScope, 'url') : { parts: [], range: [first.start, first.end] };
    const init = this.config(args[1], scope, ctx, seen);
    const requestInit = request ? this.config(request.arguments[1], resolved.scope, ctx, seen) : undefined;
    const headers = init.headers ?? requestInit?.headers;
    const known = init.known && (requestInit?.known ?? true) && (headers?.known ?? true);
    const method = init.method !== undefined ? init.method : requestInit?.method !== undefined ? requestInit.method : known ? 'GET' : undefined;
    const reportEnd = urlNode && urlNode.start >= call.start && urlNode.end <= call.end ? urlNode.end : first.end;
    const site: RequestSite = {
      tool: 'fetch',
      url,
      method: method ?? undefined,
      range: [call.start, call.end],
      reportRange: [call.callee.start, reportEnd],
      headers: headers?.entries ?? [],
      headersKnown: known,
      sendsCookies: init.cookies || (requestInit?.cookies ?? false),
    };
    site.addAuthorization = (envVarName) => {
      if (!known) return undefined;
      const property = `Authorization: ${this.style.bearerValue(envVarName)}`;
      if (init.headers || (!args[1] && requestInit?.headers)) return this.addToHeaders((init.headers ?? requestInit?.headers)!, property);
      if (args[1]) return init.object ? this.addHeadersProperty(init.object, property) : undefined;
      // No init on the fetch: put it on an inline `new Request(url)`, else on the fetch call.
      if (request && request === unwrap(first)) {
        if (requestInit?.object) return this.addHeadersProperty(requestInit.object, property);
        return request.arguments.length === 1 ? this.style.appendArguments(request, `{ headers: { ${property} } }`) : undefined;
      }
      if (request) return undefined;
      return this.style.appendArguments(call, `{ headers: { ${property} } }`);
    };
    return site;
  }

  private axiosSite(call: Node, scope: Scope, client: AxiosClient, method: string): RequestSite | undefined {
    if (method !== 'call' && method !== 'request' && !AXIOS_GET_LIKE.has(method) && !AXIOS_POST_LIKE.has(method)) return undefined;
    const args = call.arguments as Node[];
    if (args.some((a) => a.type === 'SpreadElement')) return undefined;
    let urlNode: Node | undefined;
    let configIndex: number;
    if (method === 'call') {
      const first = args[0] && this.resolveConst(args[0], scope).node;
      if (first?.type === 'ObjectExpression') configIndex = 0;
      else {
        urlNode = args[0];
        configIndex = 1;
      }
    } else if (method === 'request') configIndex = 0;
    else {
      urlNode = args[0];
      configIndex = AXIOS_POST_LIKE.has(method) ? 2 : 1;
    }
    const verb = method === 'call' || method === 'request' ? undefined : method.replace(/Form$/, '');
    const ctx: RequestContext = { call, axiosMethod: verb ?? 'get' };
    const seen = new Set<Binding>();
    const config = this.config(args[configIndex], scope, ctx, seen);
    if (verb === undefined && typeof config.method === 'string') ctx.axiosMethod = config.method.toLowerCase();
    const base = client.kind === 'instance' ? this.config(client.create.arguments[0], client.binding.scope, ctx, seen) : EMPTY_CONFIG;
    const defaults = this.axiosDefaults(client, call, scope, ctx, seen);

    const entries = [...(base.headers?.entries ?? []), ...defaults.entries, ...(config.headers?.entries ?? [])];
    const known = this.complete && config.known && (config.headers?.known ?? true) && base.known && (base.headers?.known ?? true) &&
      defaults.known && !this.collected.intercepted.has(client.name);
    const urlSource = urlNode ? { node: urlNode, scope } : config.url;
    const baseSource = config.baseURL ?? defaults.baseURL ?? base.baseURL;
    const urlValue = urlSource ? this.value(urlSource.node, urlSource.scope, 'url') : undefined;
    const baseValue = baseSource ? this.value(baseSource.node, baseSource.scope, 'url') : undefined;
    const url = combineAxiosUrl(baseValue, urlValue, urlNode ? [urlNode.start, urlNode.end] : [call.start, call.end]);
    const httpMethod = verb ? verb.toUpperCase() : config.method !== undefined ? config.method : base.method !== undefined ? base.method : 'GET';
    const reportEnd = urlNode ? urlNode.end : call.callee.end;
    const site: RequestSite = {
      tool: 'axios',
      url,
      method: httpMethod ?? undefined,
      range: [call.start, call.end],
      reportRange: [call.callee.start, reportEnd],
      headers: entries,
      headersKnown: known,
      sendsCookies: config.cookies || base.cookies || defaults.cookies,
    };
    site.addAuthorization = (envVarName) => {
      if (!known) return undefined;
      const property = `Authorization: ${this.style.bearerValue(envVarName)}`;
      if (config.headers) return this.addToHeaders(config.headers, property);
      if (args[configIndex]) return config.object ? this.addHeadersProperty(config.object, property) : undefined;
      if (method === 'request' || (method === 'call' && configIndex === 0)) return undefined;
      if (args.length === 0) return undefined;
      const fill = configIndex === 2 && args.length === 1 ? 'undefined, ' : '';
      return this.style.appendArguments(call, `${fill}{ headers: { ${property} } }`);
    };
    return site;
  }

  /** `x.defaults.headers.common.Authorization = v`, `x.defaults.baseURL = ...` that apply to this call. */
  private axiosDefaults(client: AxiosClient, call: Node, scope: Scope, ctx: RequestContext, seen: Set<Binding>): ConfigInfo & { entries: HeaderEntry[] } {
    const result: ConfigInfo & { entries: HeaderEntry[] } = { ...EMPTY_CONFIG, entries: [] };
    const { defaults, defaultScopes } = this.collected;
    for (let i = 0; i < defaults.length; i++) {
      const assignment = defaults[i];
      // Defaults set later in the file still apply to calls inside functions, which run later.
      if (assignment.start > call.start && !scope.deferred) continue;
      const chain = memberChain(assignment.left);
      if (!chain || chain.root.name !== client.name) continue;
      const owner = this.axiosClient(chain.root, defaultScopes[i]);
      if (!owner || owner.kind !== client.kind || (owner.kind === 'instance' && client.kind === 'instance' && owner.binding !== client.binding)) continue;
      const path = chain.names; // after `defaults`
      if (path.some((name) => name === undefined) || assignment.operator !== '=') {
        if (path[0] === 'headers' || path[0] === undefined) result.known = false;
        continue;
      }
      const [first, second, third] = path as string[];
      if (first === 'baseURL' && path.length === 1) result.baseURL = { node: assignment.right, scope: defaultScopes[i] };
      else if (first === 'withCredentials' && path.length === 1) result.cookies ||= unwrap(assignment.right).type !== 'BooleanLiteral' || unwrap(assignment.right).value === true;
      else if (first === 'headers') {
        const group = path.length >= 2 && AXIOS_HEADER_GROUPS.has(second);
        if (group && second !== 'common' && second !== ctx.axiosMethod) continue;
        const nameIndex = group ? 2 : 1;
        if (path.length === nameIndex) {
          const set = this.headers(assignment.right, defaultScopes[i], ctx, seen);
          result.entries.push(...set.entries);
          result.known &&= set.known;
        } else if (path.length === nameIndex + 1) {
          const name = group ? third : second;
          result.entries.push(this.entry(name, chain.last.property, assignment.right, assignment, defaultScopes[i]));
        } else result.known = false;
      }
    }
    return result;
  }

  // ---- Adding an Authorization header -----------------------------------------------------------

  private addToHeaders(set: HeaderSet, property: string): TextEdit | undefined {
    const target = set.target;
    if (!target || !set.known) return undefined;
    switch (target.kind) {
      case 'object':
        return this.style.insertIntoList(target.node, target.node.properties, property);
      case 'pairs': {
        const q = this.style.quote;
        return this.style.insertIntoList(target.node, target.node.elements, `[${q}Authorization${q}, ${property.slice('Authorization: '.length)}]`);
      }
      case 'emptyHeaders':
        return this.style.appendArguments(target.node, `{ ${property} }`);
    }
  }

  private addHeadersProperty(object: Node, property: string): TextEdit {
    return this.style.insertIntoList(object, object.properties, `headers: { ${property} }`);
  }

  // ---- Key literals and curl in strings ---------------------------------------------------------

  /** Calls `found` for each literal text run: the node, its cooked text, its map, its quote. */
  private literalTexts(found: (node: Node, cooked: string, map: number[] | undefined, quote: '"' | "'" | '`', position: string, parent: Node) => void): void {
    for (const { node, position, parent } of this.collected.strings) {
      if (node.type === 'StringLiteral') {
        found(node, node.value, this.literalMap(node), this.text[node.start] as '"' | "'", position, parent);
      } else {
        for (const quasi of node.quasis as Node[]) {
          const cooked = quasi.value.cooked as string | null;
          if (cooked !== null) found(node, cooked, this.quasiMap(quasi, cooked), '`', position, parent);
        }
      }
    }
  }

  /**
   * Each collected literal whose text may hold a curl command, as one text: a template's `${...}`
   * becomes U+0000 mapped to the substitution's start (the next character maps past its `}`).
   * `concatenated`: the literal is an operand of `+`, so the command may go on outside it.
   */
  curlTexts(found: (cooked: string, map: number[], quote: '"' | "'" | '`', concatenated: boolean) => void): void {
    for (const { node, parent } of this.collected.strings) {
      const concatenated = (parent.type === 'BinaryExpression' && parent.operator === '+') || (parent.type === 'AssignmentExpression' && parent.operator === '+=');
      if (node.type === 'StringLiteral') {
        const map = this.literalMap(node);
        if (map && node.value.includes('curl')) found(node.value, map, this.text[node.start] as '"' | "'", concatenated);
        continue;
      }
      const joined = this.templateText(node);
      if (joined && joined.cooked.includes('curl')) found(joined.cooked, joined.map, '`', concatenated);
    }
  }

  private templateText(node: Node): { cooked: string; map: number[] } | undefined {
    let cooked = '';
    const map: number[] = [];
    const quasis = node.quasis as Node[];
    for (let i = 0; i < quasis.length; i++) {
      const quasi = quasis[i];
      const text = quasi.value.cooked as string | null;
      const quasiMap = text === null ? undefined : this.quasiMap(quasi, text);
      if (text === null || !quasiMap) return undefined;
      cooked += text;
      for (let k = 0; k < text.length; k++) map.push(quasiMap[k]);
      if (i < quasis.length - 1) {
        cooked += '\u0000';
        map.push(quasi.end);
      } else map.push(quasiMap[text.length]);
    }
    return { cooked, map };
  }

  keys(): KeyLiteral[] {
    const keys: KeyLiteral[] = [];
    if (!this.text.includes('unkey_')) return keys;
    this.literalTexts((node, cooked, map, quote, position, parent) => {
      // `process.env.UNKEY_ROOT_KEY = "unkey_…"`: reading that same variable instead would assign it to itself.
      const assigned = assignedEnvVar(node, parent);
      for (const match of cooked.matchAll(ROOT_KEY)) {
        const from = match.index;
        const to = from + match[0].length;
        const range: SourceRange = map ? [map[from], map[to - 1] + 1] : [node.start, node.end];
        const key: KeyLiteral = { key: match[0], range };
        if (position === 'plain' || position === 'jsx') {
          key.replaceWithEnv = (envVarName) => (envVarName === assigned ? undefined : this.keyToEnv(node, quote, cooked, range, position === 'jsx', envVarName));
        }
        keys.push(key);
      }
    });
    return keys;
  }

  private keyToEnv(node: Node, quote: string, cooked: string, range: SourceRange, jsx: boolean, envVarName: string): TextEdit | undefined {
    const ref = this.style.envRef(envVarName);
    const whole = (text: string): TextEdit => ({ range: [node.start, node.end], text: jsx ? `{${text}}` : text });
    // The literal is exactly the key: replace it whole.
    if (range[0] === node.start + 1 && range[1] === node.end - 1 && cooked.length === range[1] - range[0]) return whole(ref);
    if (quote === '`') return { range: [range[0], range[1]], text: '${' + ref + '}' };
    const before = toTemplateBody(this.text.slice(node.start + 1, range[0]), () => false);
    const after = toTemplateBody(this.text.slice(range[1], node.end - 1), () => false);
    if (before === undefined || after === undefined) return undefined;
    return whole('`' + before + '${' + ref + '}' + after + '`');
  }
}

// ---- Helpers ------------------------------------------------------------------------------------

function hasBackslash(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 92) return true;
  return false;
}

function fullMatch(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && match.index === 0 && match[0].length === text.length;
}

function leftmostOperand(node: Node): Node {
  let current = node;
  while (current.type === 'BinaryExpression' && current.operator === '+') current = current.left;
  return current;
}

function isRequire(node: Node, module?: string): boolean {
  let call = unwrap(node);
  // require("axios").default
  if (call.type === 'MemberExpression' && staticName(call.property, call.computed) === 'default') call = call.object;
  if (call.type === 'AwaitExpression') call = call.argument;
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'require') return false;
  const arg = call.arguments[0] as Node | undefined;
  return arg?.type === 'StringLiteral' && (module === undefined || arg.value === module);
}

/** Reading a const's value into code we cannot see: an argument to an unknown call, an alias. */
function isEscape(ref: Reference): boolean {
  const { node, parent } = ref;
  switch (parent.type) {
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression': {
      if (parent.callee === node) return false;
      const callee = parent.callee as Node;
      if (callee.type === 'Identifier') return !['fetch', 'axios', 'Headers', 'Request'].includes(callee.name);
      if (callee.type === 'MemberExpression' && !callee.computed) return !REQUEST_METHODS.has(callee.property.name);
      return true;
    }
    case 'AssignmentExpression':
      return parent.right === node;
    case 'VariableDeclarator':
      return parent.init === node;
    case 'ReturnStatement':
    case 'ArrowFunctionExpression':
    case 'ArrayExpression':
      return true;
    default:
      return false;
  }
}

/** `root.defaults.a.b`: the root identifier and the names after `defaults` (undefined for a dynamic one). */
function memberChain(node: Node): { root: Node; names: (string | undefined)[]; last: Node } | undefined {
  const names: (string | undefined)[] = [];
  let current = node;
  const last = node;
  while (current.type === 'MemberExpression') {
    names.unshift(staticName(current.property, current.computed));
    current = current.object;
  }
  if (current.type !== 'Identifier' || names[0] !== 'defaults') return undefined;
  return { root: current, names: names.slice(1), last };
}

// ---- URL joining ------------------------------------------------------------------------------

const SCHEME = /^[a-z][a-z\d+\-.]*:/i;
const ABSOLUTE = /^(?:[a-z][a-z\d+\-.]*:)?\/\//i;

/** The parts of `value` between flattened positions [from, to). */
function sliceParts(value: Value, from: number, to: number): ValuePart[] {
  const out: ValuePart[] = [];
  let pos = 0;
  for (const part of value.parts) {
    const len = part.kind === 'text' ? part.text.length : 1;
    const a = Math.max(from, pos);
    const b = Math.min(to, pos + len);
    if (a < b) {
      if (part.kind === 'opaque') out.push(part);
      else out.push(mappedText(part.text.slice(a - pos, b - pos), part.map?.slice(a - pos, b - pos + 1)));
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

/** axios's URL joining: an absolute URL wins, else `baseURL` without its trailing slash + '/' + path. */
function combineAxiosUrl(base: Value | undefined, url: Value | undefined, range: SourceRange): Value {
  if (!url) return base ?? { parts: [], range };
  const flatUrl = flatten(url);
  if (!base || ABSOLUTE.test(flatUrl)) return url;
  if (flatUrl === '') return base;
  const flatBase = flatten(base);
  const baseEnd = flatBase.replace(/\/+$/, '').length;
  const pathStart = flatUrl.length - flatUrl.replace(/^\/+/, '').length;
  return valueOf(url.range, [...sliceParts(base, 0, baseEnd), computedText('/'), ...sliceParts(url, pathStart, flatUrl.length)]);
}
