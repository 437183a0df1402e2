// Header sets and request configs (fetch init, axios config, Headers, pairs) as the clients share
// them, with the fix builders that edit them. A client passes a RequestContext for the call.
import type { BodyProperty, HeaderEntry, MisplacedHeaders, RequestBody, TextEdit } from '../types';
import { valueOf } from '../value';
import { combineEdits } from './edits';
import { escapeString, escapeTemplate, REFERENCE, toTemplateBody } from './literals';
import { staticName, unwrap, type Evaluator, type Reference } from './evaluator';
import type { Node } from './parse';
import { lookup, type Binding, type Scope } from './walk';

/** Where an Authorization header can be added. */
export interface AddTarget {
  /** An object literal, an array of pairs, or `new Headers()` with no argument. */
  kind: 'object' | 'pairs' | 'emptyHeaders';
  node: Node;
}

export interface HeaderSet {
  entries: HeaderEntry[];
  known: boolean;
  target?: AddTarget;
}

export interface ConfigInfo {
  known: boolean;
  /** Undefined when there is no `headers` property. */
  headers: HeaderSet | undefined;
  /** The method when given; null when given but not evaluable. */
  method: string | null | undefined;
  /** The `method` property, when written in the object itself. */
  methodProp?: Node;
  /** axios's `params` (a query the URL does not show). */
  params?: boolean;
  cookies: boolean;
  url?: { node: Node; scope: Scope };
  baseURL?: { node: Node; scope: Scope };
  /** fetch's `body`, axios's `data`. */
  body?: { node: Node; scope: Scope; prop: Node };
  /** The object literal itself, where a `headers` property can be added. */
  object?: Node;
  /** Headers under a key the client does not read (`header:`, a top-level `Authorization`). */
  misplaced?: MisplacedHeaders[];
}

export interface RequestContext {
  call: Node;
  /**
   * Header groups nested in a headers object (axios: `{ common: {...}, post: {...} }`): the group
   * names, and whether a group applies to this call. Absent: no key is a group.
   */
  groups?: { names: ReadonlySet<string>; applies(name: string): boolean };
}

export const EMPTY_CONFIG: ConfigInfo = { known: true, headers: undefined, method: undefined, cookies: false };

export function headerSet(ev: Evaluator, node: Node, scope: Scope, ctx: RequestContext, seen: Set<Binding>): HeaderSet {
  const target = unwrap(node);
  switch (target.type) {
    case 'ObjectExpression':
      return objectHeaders(ev, target, scope, ctx, seen);
    case 'ArrayExpression':
      return pairHeaders(ev, target, scope);
    case 'NewExpression':
      if (target.callee.type === 'Identifier' && target.callee.name === 'Headers') {
        const arg = target.arguments[0] as Node | undefined;
        if (!arg) return { entries: [], known: true, target: { kind: 'emptyHeaders', node: target } };
        return headerSet(ev, arg, scope, ctx, seen);
      }
      break;
    case 'Identifier': {
      const binding = lookup(scope, target.name);
      if (target.name === 'undefined' && !binding) return { entries: [], known: true };
      if (binding?.kind === 'import' || binding?.importSource !== undefined) return importedHeaders(ev, target, binding!, ctx);
      if (binding?.kind !== 'const' || !binding.init || seen.has(binding)) break;
      seen.add(binding);
      const inner = headerSet(ev, binding.init, binding.scope, ctx, seen);
      seen.delete(binding);
      const uses = bindingUses(ev, binding, ctx, true);
      if (!uses.known) return { entries: inner.entries, known: false };
      const entries = uses.entries.length ? [...inner.entries, ...uses.entries] : inner.entries;
      // Adding to the literal is ours to do when nothing else reads it (setting headers on it is no read).
      return { entries, known: inner.known, target: uses.elsewhere && !uses.onlyHeaderWrites ? undefined : inner.target };
    }
  }
  return { entries: [], known: false };
}

/**
 * `headers: API_HEADERS` imported by a relative import from a module that exports it as an object literal
 * (imports.ts): its entries, judged here and reported at the name, since the text sits in another file
 * (no edits there). Anything the literal does not spell out (a spread, a computed key) leaves the set unknown.
 */
function importedHeaders(ev: Evaluator, ref: Node, binding: Binding, ctx: RequestContext): HeaderSet {
  const unknown: HeaderSet = { entries: [], known: false };
  if (binding.importName === 'default' || !binding.importSource?.startsWith('.')) return unknown;
  const object = ev.imports?.object(binding.importSource, binding.importName!);
  if (!object) return unknown;
  const range: [number, number] = [ref.start, ref.end];
  const entries: HeaderEntry[] = [];
  let known = true;
  for (const prop of object.node.properties as Node[]) {
    const name = prop.type === 'ObjectProperty' ? object.ev.keyName(prop, object.scope) : undefined;
    if (name === undefined || ctx.groups?.names.has(name)) {
      known = false;
      continue;
    }
    const value = object.ev.value(prop.value, object.scope, 'header', false);
    const entry: HeaderEntry = { name, nameRange: range, value: valueOf(range, value.parts.map((p) => (p.kind === 'opaque' ? { ...p, range } : p))), range };
    const literal = object.ev.resolveConst(prop.value, object.scope).node;
    const match = literal.type === 'StringLiteral' ? REFERENCE.exec(literal.value) : null;
    if (match) entry.unexpanded = { reference: match[0], range };
    entries.push(entry);
  }
  // This file may add to it too (`API_HEADERS["X-Trace"] = id`), or hand it to code we cannot see.
  const uses = bindingUses(ev, binding, ctx, true);
  return { entries: [...entries, ...uses.entries], known: known && uses.known };
}

function objectHeaders(ev: Evaluator, object: Node, scope: Scope, ctx: RequestContext, seen: Set<Binding>): HeaderSet {
  const entries: HeaderEntry[] = [];
  let known = true;
  for (const prop of object.properties as Node[]) {
    if (prop.type === 'SpreadElement') {
      const spread = headerSet(ev, prop.argument, scope, ctx, seen);
      entries.push(...spread.entries);
      known &&= spread.known;
      continue;
    }
    const name = ev.keyName(prop, scope);
    if (name === undefined) {
      known = false;
      continue;
    }
    if (prop.type !== 'ObjectProperty') {
      entries.push(headerEntry(ev, name, prop.key, undefined, prop, scope));
      continue;
    }
    if (ctx.groups?.names.has(name)) {
      if (ctx.groups.applies(name)) {
        const group = headerSet(ev, prop.value, scope, { ...ctx, groups: undefined }, seen);
        entries.push(...group.entries);
        known &&= group.known;
      }
      continue;
    }
    entries.push(headerEntry(ev, name, prop.key, prop.value, prop, scope, prop.shorthand));
  }
  return { entries, known, target: { kind: 'object', node: object } };
}

function pairHeaders(ev: Evaluator, array: Node, scope: Scope): HeaderSet {
  const entries: HeaderEntry[] = [];
  let known = true;
  for (const element of array.elements as (Node | null)[]) {
    const pair = element && unwrap(element);
    if (pair?.type !== 'ArrayExpression' || pair.elements.length !== 2 || !pair.elements[0]) {
      known = false;
      continue;
    }
    const [nameNode, valueNode] = pair.elements as Node[];
    const name = ev.stringOf(nameNode, scope);
    if (name === undefined || !valueNode || valueNode.type === 'SpreadElement') {
      known = false;
      continue;
    }
    entries.push(headerEntry(ev, name, nameNode, valueNode, pair, scope));
  }
  return { entries, known, target: { kind: 'pairs', node: array } };
}

/** An init (fetch) or config (axios) argument. */
export function readConfig(ev: Evaluator, node: Node | undefined, scope: Scope, ctx: RequestContext, seen: Set<Binding>): ConfigInfo {
  if (!node) return EMPTY_CONFIG;
  const resolved = ev.resolveConst(node, scope);
  const target = resolved.node;
  if (target.type === 'Identifier' && target.name === 'undefined' && !lookup(resolved.scope, 'undefined')) return EMPTY_CONFIG;
  if (target.type !== 'ObjectExpression') return { ...EMPTY_CONFIG, known: false };
  const info: ConfigInfo = { known: true, headers: undefined, method: undefined, cookies: false, object: target };
  // A const config shared with other code is not ours to edit.
  const uses = resolved.binding && bindingUses(ev, resolved.binding, ctx, false);
  if (uses && !uses.known) info.known = false;
  if (uses?.elsewhere) info.object = undefined;
  const s = resolved.scope;
  let misplacedKeys: Node[] | undefined;
  for (const prop of target.properties as Node[]) {
    if (prop.type === 'SpreadElement') {
      const spread = readConfig(ev, prop.argument, s, ctx, seen);
      info.known &&= spread.known;
      info.headers = spread.headers ?? info.headers;
      info.method = spread.method ?? info.method;
      info.cookies ||= spread.cookies;
      info.url = spread.url ?? info.url;
      info.baseURL = spread.baseURL ?? info.baseURL;
      info.body = spread.body ?? info.body;
      info.params ||= spread.params;
      info.methodProp = undefined;
      continue;
    }
    const name = ev.keyName(prop, s);
    if (name === undefined) {
      info.known = false;
      continue;
    }
    if (prop.type !== 'ObjectProperty') continue;
    const value = prop.value as Node;
    switch (name) {
      case 'headers':
        info.headers = headerSet(ev, value, s, ctx, seen);
        break;
      case 'method': {
        const method = ev.stringOf(value, s);
        info.method = method === undefined ? null : method.toUpperCase();
        info.methodProp = prop;
        break;
      }
      case 'params': {
        info.params = true;
        break;
      }
      case 'credentials':
        info.cookies ||= ev.stringOf(value, s) === 'include';
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
      case 'body':
      case 'data':
        info.body = { node: value, scope: s, prop };
        break;
      default:
        if (/^headers?$/i.test(name) || /^authorization$/i.test(name)) (misplacedKeys ??= []).push(prop);
    }
  }
  if (uses?.elsewhere && info.headers) info.headers = { ...info.headers, target: undefined };
  if (misplacedKeys) info.misplaced = misplacedKeys.map((prop) => misplacedKey(ev, target, prop, s, ctx, seen, info.object !== undefined));
  return info;
}

/** `header:` / `Headers:` (a misspelt `headers`) or `Authorization:` at the top level of an options object. */
function misplacedKey(ev: Evaluator, object: Node, prop: Node, scope: Scope, ctx: RequestContext, seen: Set<Binding>, editable: boolean): MisplacedHeaders {
  const name = ev.keyName(prop, scope) as string;
  const props = object.properties as Node[];
  const headersProp = props.find((p) => p.type === 'ObjectProperty' && ev.keyName(p, scope) === 'headers');
  const range: [number, number] = [prop.key.start, prop.key.end];
  if (/^headers?$/i.test(name)) {
    return {
      range,
      problem: `"${name}" is not an option: headers go in "headers", so these are never sent.`,
      authorization: headerSet(ev, prop.value, scope, ctx, seen).entries.some(isAuthorization),
      move: () => {
        if (!editable || headersProp || prop.computed) return undefined;
        return prop.shorthand ? { range: [prop.start, prop.end], text: `headers: ${name}` } : { range, text: 'headers' };
      },
    };
  }
  return {
    range,
    problem: `"${name}" at the top level of the options is not a header: it belongs inside "headers", so it is never sent.`,
    authorization: true,
    move: () => {
      if (!editable) return undefined;
      const source = ev.text.slice(prop.start, prop.end);
      if (!headersProp) return { range: [prop.start, prop.end], text: `headers: { ${source} }` };
      const headers = unwrap(headersProp.value);
      if (headers.type !== 'ObjectExpression' || headers.properties.some((p: Node) => p.type !== 'SpreadElement' && /^authorization$/i.test(ev.keyName(p, scope) ?? ''))) return undefined;
      return combineEdits(ev.text, ev.style.removeFromList(object, props, props.indexOf(prop)), ev.style.insertIntoList(headers, headers.properties, source));
    },
  };
}

export function isAuthorization(entry: HeaderEntry): boolean {
  return entry.name.trim().toLowerCase() === 'authorization';
}

// ---- Header entries and their fixes -------------------------------------------------------------

export function headerEntry(ev: Evaluator, name: string, nameNode: Node, valueNode: Node | undefined, entryNode: Node, scope: Scope, shorthand = false): HeaderEntry {
  const text = ev.text;
  const entry: HeaderEntry = {
    name,
    nameRange: [nameNode.start, nameNode.end],
    value: valueNode ? ev.value(valueNode, scope, 'header') : undefined,
    range: [entryNode.start, entryNode.end],
  };
  if (!valueNode) return entry;
  // `{ Authorization }` is both key and value: rewrite the whole property.
  const keySource = text.slice(nameNode.start, nameNode.end);
  const edit = (replacement: string): TextEdit =>
    shorthand ? { range: [entryNode.start, entryNode.end], text: `${keySource}: ${replacement}` } : { range: [valueNode.start, valueNode.end], text: replacement };
  entry.replaceValue = (replacement) => edit(replacement);
  entry.replaceWithBearerEnv = (envVarName) => edit(ev.style.bearerValue(envVarName));
  entry.prependToValue = (prefix) => {
    const leftmost = leftmostOperand(valueNode);
    if (!shorthand && leftmost.type === 'StringLiteral') {
      const quote = text[leftmost.start];
      return { range: [leftmost.start + 1, leftmost.start + 1], text: escapeString(prefix, quote) };
    }
    if (!shorthand && leftmost.type === 'TemplateLiteral') {
      return { range: [leftmost.start + 1, leftmost.start + 1], text: escapeTemplate(prefix) };
    }
    return edit('`' + escapeTemplate(prefix) + '${' + text.slice(valueNode.start, valueNode.end) + '}`');
  };
  const literal = ev.resolveConst(valueNode, scope).node;
  if (literal.type === 'StringLiteral') {
    const match = REFERENCE.exec(literal.value);
    const map = match ? ev.literalMap(literal) : undefined;
    if (match && map) {
      entry.unexpanded = { reference: match[0], range: [map[match.index], map[match.index + match[0].length - 1] + 1] };
      entry.expandReferences = () => {
        const body = toTemplateBody(text.slice(literal.start + 1, literal.end - 1), (ref) => fullMatch(REFERENCE, ref));
        return body === undefined ? undefined : { range: [literal.start, literal.end], text: '`' + body + '`' };
      };
    }
  }
  return entry;
}

// ---- Adding an Authorization header -------------------------------------------------------------

export function addToHeaders(ev: Evaluator, set: HeaderSet, property: string): TextEdit | undefined {
  const target = set.target;
  if (!target || !set.known) return undefined;
  switch (target.kind) {
    case 'object':
      return ev.style.insertIntoList(target.node, target.node.properties, property);
    case 'pairs': {
      const q = ev.style.quote;
      return ev.style.insertIntoList(target.node, target.node.elements, `[${q}Authorization${q}, ${property.slice('Authorization: '.length)}]`);
    }
    case 'emptyHeaders':
      return ev.style.appendArguments(target.node, `{ ${property} }`);
  }
}

export function addHeadersProperty(ev: Evaluator, object: Node, property: string): TextEdit {
  return ev.style.insertIntoList(object, object.properties, `headers: { ${property} }`);
}

// ---- How a const used by a request is used elsewhere --------------------------------------------

/**
 * How a const object used by a request is used elsewhere: `.set/.append(name, v)` and `x.Name = v`
 * before the call add headers; passing it to other code (a call, an alias) makes its headers unknown;
 * `elsewhere` says whether anything outside this call refers to it (then it is not ours to edit).
 */
export function bindingUses(ev: Evaluator, binding: Binding, ctx: RequestContext, headers: boolean): { known: boolean; elsewhere: boolean; onlyHeaderWrites: boolean; entries: HeaderEntry[] } {
  const call = ctx.call;
  const entries: HeaderEntry[] = [];
  let known = true;
  let elsewhere = false;
  /** Every use outside the call sets a header before it: `.set/.append(name, v)`, `x.Name = v`. */
  let onlyHeaderWrites = true;
  for (const ref of ev.referencesOf(binding)) {
    if (ref.node.start >= call.start && ref.node.end <= call.end) continue;
    elsewhere = true;
    const { parent, grand } = ref;
    if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.object === ref.node) {
      const member = staticName(parent.property, parent.computed);
      const before = parent.end <= call.start;
      if (grand && (grand.type === 'CallExpression' || grand.type === 'OptionalCallExpression') && grand.callee === parent) {
        if (headers && (member === 'set' || member === 'append')) {
          const [nameNode, valueNode] = grand.arguments as Node[];
          const name = nameNode ? ev.stringOf(nameNode, binding.scope) : undefined;
          if (name === undefined || !valueNode) known = false;
          else if (before) entries.push(headerEntry(ev, name, nameNode, valueNode, grand, binding.scope));
          onlyHeaderWrites &&= before;
        } else onlyHeaderWrites = false;
        continue;
      }
      if (grand?.type === 'AssignmentExpression' && grand.left === parent) {
        if (!headers || member === undefined) known = false;
        else if (before) entries.push(headerEntry(ev, member, parent.property, grand.right, grand, binding.scope));
        onlyHeaderWrites &&= headers && before;
        continue;
      }
      onlyHeaderWrites = false;
      continue;
    }
    onlyHeaderWrites = false;
    if (isEscape(ev, ref)) known = false;
  }
  return { known, elsewhere, onlyHeaderWrites, entries };
}

/** Reading a const's value into code we cannot see: an argument to an unknown call, an alias. */
function isEscape(ev: Evaluator, ref: Reference): boolean {
  const { node, parent } = ref;
  switch (parent.type) {
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression': {
      if (parent.callee === node) return false;
      const callee = parent.callee as Node;
      if (callee.type === 'Identifier') return !ev.requestCalls.callees.has(callee.name);
      if (callee.type === 'MemberExpression' && !callee.computed) return !ev.requestCalls.methods.has(callee.property.name);
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

function fullMatch(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && match.index === 0 && match[0].length === text.length;
}

function leftmostOperand(node: Node): Node {
  let current = node;
  while (current.type === 'BinaryExpression' && current.operator === '+') current = current.left;
  return current;
}

// ---- JSON bodies ------------------------------------------------------------------------------------

/**
 * The JSON body a request sends: `JSON.stringify({...})` (fetch) or, with `json`, an object axios
 * serialises itself; through a const too. Undefined when it is not such an object (a variable, a
 * string, FormData). Properties get edit ranges only where the object is this request's alone.
 */
export function jsonBodyOf(ev: Evaluator, node: Node, scope: Scope, ctx: RequestContext, objectIsJson: boolean): RequestBody | undefined {
  let target = ev.resolveConst(node, scope);
  let owned = !target.binding || !bindingUses(ev, target.binding, ctx, false).elsewhere;
  const call = target.node;
  if (call.type === 'CallExpression' && memberPathOf(call.callee) === 'JSON.stringify' && call.arguments.length >= 1 && call.arguments[0].type !== 'SpreadElement') {
    // A replacer or indentation changes nothing about the names; a replacer function might, so read none then.
    const replacer = call.arguments[1] as Node | undefined;
    if (replacer && !(replacer.type === 'NullLiteral' || (replacer.type === 'Identifier' && replacer.name === 'undefined'))) return undefined;
    const inner = ev.resolveConst(call.arguments[0], target.scope);
    if (inner.binding && bindingUses(ev, inner.binding, ctx, false).elsewhere) owned = false;
    target = inner;
  } else if (!objectIsJson) return undefined;
  const object = target.node;
  if (object.type !== 'ObjectExpression') return undefined;
  const properties: BodyProperty[] = [];
  let complete = true;
  for (const prop of object.properties as Node[]) {
    if (prop.type === 'SpreadElement') {
      complete = false;
      continue;
    }
    const name = ev.keyName(prop, target.scope);
    if (name === undefined) {
      complete = false;
      continue;
    }
    const key = prop.key as Node;
    const property: BodyProperty = { name };
    if (owned && !prop.computed) {
      property.range = [prop.start, prop.end];
      if (prop.shorthand) property.rename = (to) => ({ range: [prop.start, prop.end], text: `${to}: ${name}` });
      else if (key.type === 'Identifier') property.nameRange = [key.start, key.end];
      else if (key.type === 'StringLiteral' && key.end - key.start - 2 === name.length) property.nameRange = [key.start + 1, key.end - 1];
    }
    properties.push(property);
  }
  // An object other code also reads may be changed there too (`body.tags = tags`): more may be sent.
  return { properties, complete: complete && owned, range: [object.start, object.end] };
}

function memberPathOf(node: Node): string | undefined {
  if (node.type !== 'MemberExpression' || node.computed || node.object.type !== 'Identifier' || node.property.type !== 'Identifier') return undefined;
  return `${node.object.name}.${node.property.name}`;
}

/** A flat JSON object as a JS object literal in the file's quotes: `{ keyId: "key_1", limit: 5 }`. */
export function jsObjectLiteral(json: string, q: '"' | "'"): string {
  const entries = Object.entries(JSON.parse(json) as Record<string, unknown>).map(([name, value]) => {
    const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : q + escapeString(name, q) + q;
    return `${key}: ${typeof value === 'string' ? q + escapeString(value, q) + q : JSON.stringify(value)}`;
  });
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}
