// Builds request sites for Python HTTP clients: the header sources a call combines (a client's
// constructor, its `.headers` mutations, the call's own `headers=`), URL joining, and the fix that
// adds an Authorization header in the file's idiom.
import { joinUrl } from '../treesitter/file';
import { field, namedChildren, rangeOf, sameNode, type Node } from '../treesitter/nodes';
import type { HeaderEntry, RequestBody, RequestSite, SiteTool, Value } from '../types';
import { computedText, flatten, mappedText, valueOf } from '../value';
import { hasSplat, keywordArguments, type PyFile, positional, unwrap } from './file';

export interface HeaderSource {
  entries: HeaderEntry[];
  known: boolean;
  /** The dict literal written at the call, where a fix can add an entry. */
  dict?: Node;
}

export const NO_HEADERS: HeaderSource = Object.freeze({ entries: [], known: true }) as HeaderSource;

/**
 * The headers an expression passed as `headers=` holds: a dict literal, or a name assigned one dict
 * (plus `h["X"] = v` on it). Anything else (a parameter, a call) is unknown.
 */
export function headersOf(file: PyFile, node: Node | undefined): HeaderSource {
  if (!node) return NO_HEADERS;
  const inner = unwrap(node);
  if (inner.type === 'dictionary') return { ...file.dictHeaders(inner), dict: inner };
  if (inner.type === 'none') return NO_HEADERS;
  const resolved = file.resolve(inner);
  if (resolved.type !== 'dictionary' || sameNode(resolved, inner)) return { entries: [], known: false };
  const source = file.dictHeaders(resolved);
  const result: HeaderSource = { entries: source.entries, known: source.known && !mutatedElsewhere(file, inner.text) };
  for (const assignment of file.subscriptAssignments(inner.text)) {
    const name = file.literal(assignment.key);
    if (name === undefined) result.known = false;
    else result.entries.push(file.headerEntry(name, assignment.key, assignment.value, assignment.node));
  }
  return result;
}

/** `h.update(...)`, `h.setdefault(...)` and friends: changes we do not follow. */
function mutatedElsewhere(file: PyFile, name: string): boolean {
  return file.calls.some((call) => file.callee(call)?.startsWith(`${name}.`));
}

/** A client object (`requests.Session()`, `httpx.Client(...)`, `aiohttp.ClientSession(...)`) bound to a name. */
export interface ClientBinding {
  /** The name as written where it is bound: `client`, `self.client`. */
  name: string;
  constructor: Node;
  /** Function or class the binding lives in (undefined at module level). */
  scope: Node | undefined;
  base: Value | undefined;
  headers: HeaderSource;
}

/** Finds constructor calls of `constructors` (qualified names) bound by `=` or `with … as`, with the client's own headers. */
export function clientBindings(file: PyFile, constructors: ReadonlySet<string>, baseOf: (call: Node) => Node | undefined): ClientBinding[] {
  const bindings: ClientBinding[] = [];
  for (const call of file.calls) {
    const callee = file.callee(call);
    const name = callee && file.qualifyName(callee);
    if (!name || !constructors.has(name)) continue;
    const target = bindingTarget(call);
    if (!target) continue;
    const keywords = keywordArguments(call);
    const headers = hasSplat(call) || keywords.has('auth') ? { entries: [], known: false } : headersOf(file, keywords.get('headers'));
    const baseNode = baseOf(call);
    bindings.push({ name: target.text, constructor: call, scope: file.scopeOf(target), base: baseNode && file.value(baseNode), headers: mergeMutations(file, target.text, headers) });
  }
  return bindings;
}

/** `s.headers.update({...})`, `s.headers["X"] = v`, `s.headers = {...}`, `s.auth = ...` anywhere in the file. */
function mergeMutations(file: PyFile, name: string, headers: HeaderSource): HeaderSource {
  const result: HeaderSource = { entries: [...headers.entries], known: headers.known };
  for (const value of file.assignmentsOf(`${name}.headers`)) {
    const inner = unwrap(value);
    if (inner.type === 'dictionary') {
      const dict = file.dictHeaders(inner);
      result.entries.push(...dict.entries);
      result.known &&= dict.known;
    } else result.known = false;
  }
  if (file.hasAssignment(`${name}.auth`)) result.known = false;
  for (const assignment of file.subscriptAssignments(`${name}.headers`)) {
    const key = file.literal(assignment.key);
    if (key === undefined) result.known = false;
    else result.entries.push(file.headerEntry(key, assignment.key, assignment.value, assignment.node));
  }
  for (const call of file.calls) {
    if (!file.callee(call)?.startsWith(`${name}.headers.`)) continue;
    const fn = field(call, 'function');
    if (fn?.type !== 'attribute' || field(fn, 'object')?.text !== `${name}.headers`) continue;
    const args = positional(call);
    const dict = args.length === 1 ? unwrap(args[0]) : undefined;
    if (field(fn, 'attribute')?.text === 'update' && dict?.type === 'dictionary' && keywordArguments(call).size === 0) {
      const source = file.dictHeaders(dict);
      result.entries.push(...source.entries);
      result.known &&= source.known;
    } else result.known = false;
  }
  return result;
}

/** The name a constructor call is bound to: `x = C()`, `self.x = C()`, `with C() as x`. */
function bindingTarget(call: Node): Node | undefined {
  let node = call;
  while (node.parent?.type === 'await' || node.parent?.type === 'parenthesized_expression') node = node.parent;
  const parent = node.parent;
  if (parent?.type === 'assignment' && sameNode(field(parent, 'right'), node)) {
    const left = field(parent, 'left');
    return left && (left.type === 'identifier' || left.type === 'attribute') ? left : undefined;
  }
  if (parent?.type === 'as_pattern') {
    const alias = field(parent, 'alias');
    const target = alias && namedChildren(alias)[0];
    return target && (target.type === 'identifier' || target.type === 'attribute') ? target : undefined;
  }
  return undefined;
}

/** The client a call's receiver refers to: the latest binding of that name in the same scope, or at module level. */
export function clientFor(file: PyFile, bindings: ClientBinding[], receiver: Node, call: Node): ClientBinding | undefined {
  const name = receiver.text;
  const scope = file.scopeOf(call);
  // A parameter of the same name is whatever the caller passes.
  if (file.isParameter(receiver)) return bindings.find((b) => b.name === name && b.scope && sameNode(b.scope, scope) && b.constructor.startIndex < call.startIndex);
  let found: ClientBinding | undefined;
  for (const binding of bindings) {
    if (binding.name !== name) continue;
    const visible = !binding.scope || (scope && inside(scope, binding.scope)) || (name.startsWith('self.') && sharesClass(file, binding.scope, call));
    if (!visible) continue;
    // A later binding in the same scope shadows an earlier one before the call.
    if (binding.constructor.startIndex > call.startIndex && sameNode(binding.scope, scope)) continue;
    if (!found || (binding.scope && !found.scope) || binding.constructor.startIndex > found.constructor.startIndex) found = binding;
  }
  return found;
}

function inside(inner: Node, outer: Node): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

function sharesClass(file: PyFile, scope: Node | undefined, call: Node): boolean {
  const a = scope && (scope.type === 'class_definition' ? scope : file.scopeOf(scope, ['class_definition']));
  return !!a && sameNode(a, file.scopeOf(call, ['class_definition']));
}

export interface CallSiteOptions {
  tool: SiteTool;
  call: Node;
  method: string | undefined;
  urlNode: Node | undefined;
  client?: ClientBinding;
  /** The call's `headers=` argument. */
  headersNode: Node | undefined;
  /** Anything else that can set headers we cannot see (auth=, **kwargs). */
  hidden: boolean;
  /** The `json=` argument. */
  jsonNode?: Node;
}

/** A `json=` dict literal (or a name assigned one) as the request body's top-level properties. */
export function bodyOf(file: PyFile, node: Node | undefined): RequestBody | undefined {
  if (!node) return undefined;
  const dict = file.resolve(node);
  if (dict.type !== 'dictionary') return undefined;
  const body: RequestBody = { properties: [], complete: true, range: [dict.startIndex, dict.endIndex] };
  for (const item of namedChildren(dict)) {
    const key = item.type === 'pair' ? field(item, 'key') : undefined;
    const name = key && file.literal(key);
    const content = key && file.stringContentRange(key);
    if (!key || name === undefined || !content) {
      body.complete = false;
      continue;
    }
    body.properties.push({ name, nameRange: content, range: [item.startIndex, item.endIndex] });
  }
  return body;
}

/** One request site from a call, with the fix adding `headers={"Authorization": …}` or an entry in the call's dict. */
export function callSite(file: PyFile, options: CallSiteOptions): RequestSite | undefined {
  const { call, urlNode, client } = options;
  if (!urlNode) return undefined;
  const callHeaders = headersOf(file, options.headersNode);
  const headers = [...(client?.headers.entries ?? []), ...callHeaders.entries];
  const known = !options.hidden && callHeaders.known && (client?.headers.known ?? true);
  const url = joinUrl(client?.base, file.value(urlNode));
  const fn = field(call, 'function')!;
  const site: RequestSite = {
    tool: options.tool,
    url,
    method: options.method,
    range: rangeOf(call),
    reportRange: [fn.startIndex, urlNode.startIndex >= call.startIndex && urlNode.endIndex <= call.endIndex ? urlNode.endIndex : fn.endIndex],
    headers,
    headersKnown: known,
    sendsCookies: false,
  };
  const body = bodyOf(file, options.jsonNode);
  if (body) site.body = body;
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    const entry = `${file.str('Authorization')}: ${file.bearerValue(envVarName)}`;
    if (callHeaders.dict) return file.withOsImport(file.addToDict(callHeaders.dict, entry));
    if (options.headersNode) return undefined;
    return file.withOsImport(file.addKeyword(call, `headers={${entry}}`));
  };
  return site;
}

export const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
