import type { RequestSite, Value, ValuePart } from '../../types';
import { computedText, valueOf } from '../../value';
import { isRequire, staticName, unwrap, type Evaluator } from '../evaluator';
import type { Node } from '../parse';
import { addToHeaders, readConfig, type RequestContext } from '../requestConfig';
import { lookup, type Binding, type Scope } from '../walk';
import type { JsClient } from './client';
import { parentOf } from './parents';

const MODULES: Record<string, 'https:' | 'http:'> = { https: 'https:', 'node:https': 'https:', http: 'http:', 'node:http': 'http:' };

/**
 * Node's `https.request` / `https.get` (and `http`): `(url)`, `(url, options)` or `(options)` with
 * `{ hostname | host, port, path, method, headers }`; the callback may follow. `get` is always GET.
 */
export const nodeHttpClient: JsClient = {
  name: 'node-http',
  hotNames(text) {
    if (!/["'](?:node:)?https?["']/.test(text)) return [];
    const names = ['https', 'http', 'request', 'get'];
    for (const anchor of text.matchAll(/["'](?:node:)?https?["']/g)) {
      const before = text.slice(Math.max(0, anchor.index - 300), anchor.index);
      const match = /\bimport\s+([^;'"]*?)\s*\bfrom\s*$|\b(?:const|let|var)\s+([^=;]+?)\s*=\s*require\s*\(\s*$/.exec(before);
      const words = match?.[1] ?? match?.[2];
      if (words) for (const word of words.matchAll(/[A-Za-z_$][\w$]*/g)) names.push(word[0]);
    }
    return names;
  },
  methods: ['request'],
  callees: [],
  site(call, scope, ev) {
    const callee = call.callee as Node;
    let fn: { protocol: 'https:' | 'http:'; name: string } | undefined;
    if (callee.type === 'Identifier') fn = imported(callee, scope);
    else if (callee.object.type === 'Identifier' && !callee.computed) {
      const module = moduleOf(callee.object, scope);
      const name = staticName(callee.property, false);
      if (module && (name === 'request' || name === 'get')) fn = { protocol: module, name };
    }
    if (!fn) return undefined;
    return nodeSite(ev, call, scope, fn.protocol, fn.name === 'get') ?? null;
  },
};

/** `https` bound to the module: `import https from "node:https"`, `import * as https`, `require("https")`. */
function moduleOf(ident: Node, scope: Scope): 'https:' | 'http:' | undefined {
  const binding = lookup(scope, ident.name);
  if (!binding) return undefined;
  if (binding.kind === 'import') return binding.importName === 'default' ? MODULES[binding.importSource ?? ''] : undefined;
  const init = binding.init;
  if (!init) return undefined;
  for (const module of Object.keys(MODULES)) if (isRequire(init, module)) return MODULES[module];
  return undefined;
}

/** `import { request } from "node:https"`: the function and its module. */
function imported(ident: Node, scope: Scope): { protocol: 'https:' | 'http:'; name: string } | undefined {
  const binding = lookup(scope, ident.name);
  if (binding?.kind !== 'import') return undefined;
  const protocol = MODULES[binding.importSource ?? ''];
  const name = binding.importName;
  return protocol && (name === 'request' || name === 'get') ? { protocol, name } : undefined;
}

function nodeSite(ev: Evaluator, call: Node, scope: Scope, protocol: 'https:' | 'http:', get: boolean): RequestSite | undefined {
  const args = (call.arguments as Node[]).filter((a) => !isFunction(a));
  if (args.length === 0 || args.some((a) => a.type === 'SpreadElement')) return undefined;
  const ctx: RequestContext = { call };
  const seen = new Set<Binding>();
  const first = ev.resolveConst(args[0], scope);
  // (options) or (url, options).
  const optionsArg = first.node.type === 'ObjectExpression' ? args[0] : args[1];
  const options = readConfig(ev, optionsArg, scope, ctx, seen);
  let url: Value | undefined;
  if (first.node.type !== 'ObjectExpression') url = ev.value(args[0], scope, 'url');
  else url = optionsUrl(ev, first.node, first.scope, protocol);
  if (!url) return undefined;
  let known = ev.complete && options.known && (options.headers?.known ?? true);
  // `req.setHeader(...)` on the request object adds headers after the call.
  const holder = parentOf(ev, call);
  if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier') {
    const binding = lookup(scope, holder.id.name);
    if (!binding || ev.referencesOf(binding).some((ref) => ref.parent.type === 'MemberExpression' && staticName(ref.parent.property, ref.parent.computed) === 'setHeader')) known = false;
  } else if (holder && holder.type !== 'ExpressionStatement' && holder.type !== 'AwaitExpression' && holder.type !== 'NewExpression' && holder.type !== 'MemberExpression') known = false;
  const site: RequestSite = {
    tool: 'node-http',
    url,
    method: get ? 'GET' : options.method === undefined ? 'GET' : options.method ?? undefined,
    range: [call.start, call.end],
    // The callee and the URL; an options object is too long to underline.
    reportRange: [call.callee.start, optionsArg === args[0] ? call.callee.end : args[0].end],
    headers: options.headers?.entries ?? [],
    headersKnown: known,
    sendsCookies: false,
  };
  if (options.misplaced?.length) site.misplacedHeaders = options.misplaced;
  site.addAuthorization = (envVarName) => {
    if (!known || !options.headers) return undefined;
    return addToHeaders(ev, options.headers, `Authorization: ${ev.style.bearerValue(envVarName)}`);
  };
  return site;
}

function isFunction(node: Node): boolean {
  const n = unwrap(node);
  return n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression';
}

/** `{ hostname, port, path }` as a URL (`protocol` wins over the module's when given). */
function optionsUrl(ev: Evaluator, object: Node, scope: Scope, protocol: string): Value | undefined {
  const prop = (name: string) => (object.properties as Node[]).find((p) => p.type === 'ObjectProperty' && ev.keyName(p, scope) === name)?.value as Node | undefined;
  const host = prop('hostname') ?? prop('host');
  if (!host) return undefined;
  const scheme = prop('protocol');
  const port = prop('port');
  const path = prop('path');
  const parts: ValuePart[] = [];
  parts.push(...(scheme ? ev.value(scheme, scope, 'url').parts : [computedText(protocol)]), computedText('//'), ...ev.value(host, scope, 'url').parts);
  if (port) parts.push(computedText(':'), ...ev.value(port, scope, 'url').parts);
  parts.push(...(path ? ev.value(path, scope, 'url').parts : [computedText('/')]));
  return valueOf([object.start, object.end], parts);
}
