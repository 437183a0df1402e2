import type { HeaderEntry, MisplacedHeaders, RequestSite, SourceRange, TextEdit, Value } from '../../types';
import { flatten, valueOf, computedText } from '../../value';
import { isRequire, sliceParts, staticName, unwrap, type Evaluator } from '../evaluator';
import type { Node } from '../parse';
import { combineEdits } from '../edits';
import { EMPTY_CONFIG, addHeadersProperty, addToHeaders, headerEntry, headerSet, isAuthorization, jsObjectLiteral, jsonBodyOf, readConfig, type ConfigInfo, type RequestContext } from '../requestConfig';
import { lookup, type Binding, type Scope } from '../walk';
import type { JsClient } from './client';
import { axiosResponseReads } from '../responseReads';
import { heldByField, heldByVariable } from './holders';

const AXIOS_GET_LIKE = new Set(['get', 'delete', 'head', 'options']);
const AXIOS_POST_LIKE = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const AXIOS_HEADER_GROUPS = new Set(['common', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch']);
const ABSOLUTE = /^(?:[a-z][a-z\d+\-.]*:)?\/\//i;

/** An instance: `binding` when a variable holds it, absent for a class field (`this.client`); `open` when code elsewhere may add headers. */
type AxiosClient = { kind: 'global'; name: string } | { kind: 'instance'; name: string; binding?: Binding; scope: Scope; create: Node; open?: boolean };

/** axios and its instances: `axios(...)`, `axios.post(url, data, config)`, `api.get(...)` after `axios.create(...)`. */
export const axiosClient: JsClient = {
  name: 'axios',
  hotNames,
  methods: ['request', ...AXIOS_GET_LIKE, ...AXIOS_POST_LIKE],
  callees: ['axios'],
  site(call, scope, ev) {
    const callee = call.callee as Node;
    if (callee.type === 'Identifier') {
      const client = axiosClientOf(ev, callee, scope);
      return client ? axiosSite(ev, call, scope, client, 'call') : undefined;
    }
    const object = callee.object as Node;
    if (object.type === 'MemberExpression') {
      const field = fieldClient(ev, object, scope);
      return field ? axiosSite(ev, call, scope, field, callee.property.name as string) : undefined;
    }
    if (object.type !== 'Identifier') return undefined;
    const client = axiosClientOf(ev, object, scope);
    return client ? axiosSite(ev, call, scope, client, callee.property.name as string) : undefined;
  },
};

/** `axios`, the names it is imported or required as, and names assigned from a `.create(` call. */
function hotNames(text: string): string[] {
  const names = ['axios'];
  // Cheap anchors first (`.create(`, `"axios"`), then a small regex over the few characters before.
  for (let at = text.indexOf('.create('); at !== -1; at = text.indexOf('.create(', at + 1)) {
    const before = text.slice(Math.max(text.lastIndexOf('\n', at) + 1, at - 200), at);
    const match = /([A-Za-z_$][\w$]*)\s*(?::[^=;]*)?=\s*(?:await\s+)?[A-Za-z_$][\w$]*$/.exec(before);
    if (match) names.push(match[1]);
  }
  for (const anchor of text.matchAll(/["']axios["']/g)) {
    const before = text.slice(Math.max(0, anchor.index - 300), anchor.index);
    const match = /\bimport\s+(?:\*\s*as\s+)?([A-Za-z_$][\w$]*)[^;]*\bfrom\s*$|\b([A-Za-z_$][\w$]*)\s*=\s*require\s*\(\s*$/.exec(before);
    if (match) names.push(match[1] ?? match[2]);
  }
  return names;
}

function axiosClientOf(ev: Evaluator, ident: Node, scope: Scope, depth = 0): AxiosClient | undefined {
  const binding = lookup(scope, ident.name);
  if (!binding) return ident.name === 'axios' ? { kind: 'global', name: ident.name } : undefined;
  if (binding.kind === 'import') {
    return binding.importSource === 'axios' && binding.importName === 'default' ? { kind: 'global', name: ident.name } : undefined;
  }
  // `let api; api = axios.create(...)`: the one value it is given.
  const init = binding.kind === 'let' || binding.kind === 'var' ? heldByVariable(ev, binding)?.init : binding.init && unwrap(binding.init);
  if (!init || depth > 5) return undefined;
  if (isRequire(init, 'axios')) return { kind: 'global', name: ident.name };
  if (isCreate(ev, init, binding.scope, depth)) return { kind: 'instance', name: ident.name, binding, scope: binding.scope, create: init };
  return undefined;
}

/** `axios.create(...)` on the global axios. */
function isCreate(ev: Evaluator, init: Node, scope: Scope, depth: number): boolean {
  return init.type === 'CallExpression' && init.callee.type === 'MemberExpression' && staticName(init.callee.property, init.callee.computed) === 'create' &&
    init.callee.object.type === 'Identifier' && axiosClientOf(ev, init.callee.object, scope, depth + 1)?.kind === 'global';
}

/** `this.client` where the class assigns it `axios.create(...)` once (its config read from the call's scope). */
function fieldClient(ev: Evaluator, member: Node, scope: Scope): AxiosClient | undefined {
  const held = heldByField(ev, member);
  if (!held || !isCreate(ev, held.init, scope, 0)) return undefined;
  return { kind: 'instance', name: `this.${member.property.name}`, scope, create: held.init, open: held.open };
}

function axiosSite(ev: Evaluator, call: Node, scope: Scope, client: AxiosClient, method: string): RequestSite | undefined {
  if (method !== 'call' && method !== 'request' && !AXIOS_GET_LIKE.has(method) && !AXIOS_POST_LIKE.has(method)) return undefined;
  const args = call.arguments as Node[];
  if (args.some((a) => a.type === 'SpreadElement')) return undefined;
  let urlNode: Node | undefined;
  let configIndex: number;
  if (method === 'call') {
    const first = args[0] && ev.resolveConst(args[0], scope).node;
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
  // axios nests headers by group: `{ common: {...}, post: {...} }`; the method's group applies.
  let groupMethod = verb ?? 'get';
  const ctx: RequestContext = { call, groups: { names: AXIOS_HEADER_GROUPS, applies: (name) => name === 'common' || name === groupMethod } };
  const seen = new Set<Binding>();
  const config = readConfig(ev, args[configIndex], scope, ctx, seen);
  if (verb === undefined && typeof config.method === 'string') groupMethod = config.method.toLowerCase();
  const base = client.kind === 'instance' ? readConfig(ev, client.create.arguments[0], client.scope, ctx, seen) : EMPTY_CONFIG;
  const defaults = axiosDefaults(ev, client, call, scope, ctx, seen);

  const entries = [...(base.headers?.entries ?? []), ...defaults.entries, ...(config.headers?.entries ?? [])];
  const known = ev.complete && config.known && (config.headers?.known ?? true) && base.known && (base.headers?.known ?? true) &&
    defaults.known && !ev.collected.intercepted.has(client.name) && !(client.kind === 'instance' && client.open);
  const urlSource = urlNode ? { node: urlNode, scope } : config.url;
  const baseSource = config.baseURL ?? defaults.baseURL ?? base.baseURL;
  const urlValue = urlSource ? ev.value(urlSource.node, urlSource.scope, 'url') : undefined;
  const baseValue = baseSource ? ev.value(baseSource.node, baseSource.scope, 'url') : undefined;
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
  // The data argument of post-like calls, else the config's `data`; axios sends a plain object as JSON.
  const dataNode = AXIOS_POST_LIKE.has(method) && args[1] ? { node: args[1], scope } : config.body;
  site.responseReads = () => axiosResponseReads(call, scope, ev.text);
  // axios.get(url, config) → axios.post(url, data, config): the data argument goes after the URL.
  site.postWithBody = (json) => {
    const callee = call.callee as Node;
    if (method !== 'get' || !urlNode || !known || config.params || base.params || args.length > 2) return undefined;
    if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
    const data = json === undefined ? '{}' : jsObjectLiteral(json, ev.style.quote);
    return [{ range: [callee.property.start, callee.property.end], text: 'post' }, { range: [urlNode.end, urlNode.end], text: `, ${data}` }];
  };
  const misplaced = [...(base.misplaced ?? []), ...(config.misplaced ?? []), ...argumentMisplaced(ev, call, args, method, scope, ctx, seen)];
  // Headers written into the data are headers-misplaced's: that data is not judged as a body.
  const body = dataNode && !method.endsWith('Form') && !misplaced.length ? jsonBodyOf(ev, dataNode.node, dataNode.scope, ctx, true) : undefined;
  if (body) site.body = body;
  else if (dataNode || !known) site.bodyUnseen = true;
  if (misplaced.length) site.misplacedHeaders = misplaced;
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    const property = `Authorization: ${ev.style.bearerValue(envVarName)}`;
    if (config.headers) return addToHeaders(ev, config.headers, property);
    if (args[configIndex]) return config.object ? addHeadersProperty(ev, config.object, property) : undefined;
    if (method === 'request' || (method === 'call' && configIndex === 0)) return undefined;
    if (args.length === 0) return undefined;
    const fill = configIndex === 2 && args.length === 1 ? 'undefined, ' : '';
    return ev.style.appendArguments(call, `${fill}{ headers: { ${property} } }`);
  };
  return site;
}

/**
 * Headers in an argument axios does not read them from: `post(url, { headers })` sends them as the
 * body (the data argument); `get(url, data, { headers })` passes a third argument that get ignores.
 */
function argumentMisplaced(ev: Evaluator, call: Node, args: Node[], method: string, scope: Scope, ctx: RequestContext, seen: Set<Binding>): MisplacedHeaders[] {
  const out: MisplacedHeaders[] = [];
  if (AXIOS_POST_LIKE.has(method) && args[1]) {
    const data = unwrap(args[1]);
    if (data.type !== 'ObjectExpression') return out;
    const props = data.properties as Node[];
    props.forEach((prop, index) => {
      if (prop.type !== 'ObjectProperty') return;
      const name = ev.keyName(prop, scope);
      if (name === undefined || prop.computed) return;
      const headers = /^headers?$/i.test(name);
      if (!headers && !/^authorization$/i.test(name)) return;
      const source = ev.text.slice(prop.start, prop.end);
      const value = ev.text.slice(prop.value.start, prop.value.end);
      out.push({
        range: [prop.key.start, prop.key.end],
        problem: headers
          ? `axios.${method} sends this "${name}" object as the request body: its second argument is the data, and headers go in the config (the third argument).`
          : `axios.${method} sends "${name}" as a field of the request body: its second argument is the data, and headers go in the config (the third argument).`,
        authorization: headers ? headerSet(ev, prop.value, scope, ctx, seen).entries.some(isAuthorization) : true,
        move: () => {
          const moved = headers ? (prop.shorthand && name === 'headers' ? 'headers' : `headers: ${value}`) : `headers: { ${source} }`;
          return combineEdits(ev.text, ev.style.removeFromList(data, props, index), intoConfig(ev, call, args[2], scope, moved, headers ? undefined : source));
        },
      });
    });
  } else if (AXIOS_GET_LIKE.has(method) && args.length === 3) {
    const config = unwrap(args[2]);
    const headersProp = config.type === 'ObjectExpression'
      ? (config.properties as Node[]).find((p) => p.type === 'ObjectProperty' && ev.keyName(p, scope) === 'headers')
      : undefined;
    if (!headersProp) return out;
    out.push({
      range: [args[2].start, args[2].end],
      problem: `axios.${method} takes (url, config): this third argument is ignored, so its headers are never sent.`,
      authorization: headerSet(ev, headersProp.value, scope, ctx, seen).entries.some(isAuthorization),
      move: () => {
        const data = unwrap(args[1]);
        const empty = (data.type === 'ObjectExpression' && data.properties.length === 0) || data.type === 'NullLiteral' ||
          (data.type === 'Identifier' && data.name === 'undefined' && !lookup(scope, 'undefined'));
        const drop: TextEdit = { range: [args[1].start, args[2].start], text: '' };
        if (empty) return drop;
        // axios.delete(url, { data, headers }): the body goes in the config's `data`.
        const props = config.properties as Node[];
        if (method !== 'delete' || props.some((p) => p.type !== 'ObjectProperty' || ev.keyName(p, scope) === 'data')) return undefined;
        return combineEdits(ev.text, drop, ev.style.insertIntoList(config, props, `data: ${ev.text.slice(args[1].start, args[1].end)}`));
      },
    });
  }
  return out;
}

/**
 * The edit putting `moved` (a `headers: …` property) into a post-like call's config argument: a new
 * argument, or a property of an inline config object; `authorization` (one header's source) goes into
 * an existing inline `headers` object. Undefined where the config cannot be edited safely.
 */
function intoConfig(ev: Evaluator, call: Node, configArg: Node | undefined, scope: Scope, moved: string, authorization: string | undefined): TextEdit | undefined {
  if (!configArg) return ev.style.appendArguments(call, `{ ${moved} }`);
  const config = unwrap(configArg);
  if (config.type !== 'ObjectExpression') return undefined;
  const props = config.properties as Node[];
  if (props.some((p) => p.type !== 'ObjectProperty' && p.type !== 'ObjectMethod')) return undefined;
  const headersProp = props.find((p) => ev.keyName(p, scope) === 'headers');
  if (!headersProp) return ev.style.insertIntoList(config, props, moved);
  const headers = unwrap(headersProp.value);
  if (authorization === undefined || headers.type !== 'ObjectExpression') return undefined;
  if (headers.properties.some((p: Node) => p.type === 'SpreadElement' || /^authorization$/i.test(ev.keyName(p, scope) ?? ''))) return undefined;
  return ev.style.insertIntoList(headers, headers.properties, authorization);
}

/** `x.defaults.headers.common.Authorization = v`, `x.defaults.baseURL = ...` that apply to this call. */
function axiosDefaults(ev: Evaluator, client: AxiosClient, call: Node, scope: Scope, ctx: RequestContext, seen: Set<Binding>): ConfigInfo & { entries: HeaderEntry[] } {
  const result: ConfigInfo & { entries: HeaderEntry[] } = { ...EMPTY_CONFIG, entries: [] };
  const { defaults, defaultScopes } = ev.collected;
  for (let i = 0; i < defaults.length; i++) {
    const assignment = defaults[i];
    // Defaults set later in the file still apply to calls inside functions, which run later.
    if (assignment.start > call.start && !scope.deferred) continue;
    const chain = memberChain(assignment.left);
    if (!chain || chain.root.name !== client.name) continue;
    const owner = axiosClientOf(ev, chain.root, defaultScopes[i]);
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
      if (group && !ctx.groups!.applies(second)) continue;
      const nameIndex = group ? 2 : 1;
      if (path.length === nameIndex) {
        const set = headerSet(ev, assignment.right, defaultScopes[i], ctx, seen);
        result.entries.push(...set.entries);
        result.known &&= set.known;
      } else if (path.length === nameIndex + 1) {
        const name = group ? third : second;
        result.entries.push(headerEntry(ev, name, chain.last.property, assignment.right, assignment, defaultScopes[i]));
      } else result.known = false;
    }
  }
  return result;
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

/** axios's URL joining: an absolute URL wins, else `baseURL` without its trailing slash + '/' + path. */
function combineAxiosUrl(base: Value | undefined, url: Value | undefined, range: SourceRange): Value {
  if (!url) return base ?? { parts: [], range };
  const flatUrl = flatten(url);
  if (!base || ABSOLUTE.test(flatUrl)) return url;
  if (flatUrl === '') return base;
  const flatBase = flatten(base);
  const baseEnd = flatBase.replace(/\/+$/, '').length;
  const pathStart = flatUrl.length - flatUrl.replace(/^\/+/, '').length;
  // The path's own first slash where it has one, so the path keeps its place in the source.
  const slash = pathStart > 0 ? sliceParts(url, pathStart - 1, flatUrl.length) : [computedText('/'), ...sliceParts(url, pathStart, flatUrl.length)];
  return valueOf(url.range, [...sliceParts(base, 0, baseEnd), ...slash]);
}
