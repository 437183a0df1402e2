import type { RequestSite, Value } from '../../types';
import { isRequire, unwrap, type Evaluator } from '../evaluator';
import type { Node } from '../parse';
import { addHeadersProperty, addToHeaders, bindingUses, jsObjectLiteral, jsonBodyOf, readConfig, type RequestContext } from '../requestConfig';
import { lookup, memberPath, type Binding, type Scope } from '../walk';
import type { JsClient } from './client';
import { combineEdits } from '../edits';
import { fetchResponseReads } from '../responseReads';

const FETCH_GLOBALS = new Set(['globalThis.fetch', 'window.fetch', 'self.fetch', 'global.fetch']);

/** The Fetch API: `fetch(url, init)`, `fetch(new Request(url, init))`, `globalThis.fetch(...)`. */
export const fetchClient: JsClient = {
  name: 'fetch',
  hotNames: () => ['fetch'],
  methods: ['fetch'],
  callees: ['fetch', 'Headers', 'Request'],
  site(call, scope, ev) {
    const callee = call.callee as Node;
    if (callee.type === 'Identifier') {
      if (callee.name !== 'fetch') return undefined;
      return (isFetch(callee, scope) && fetchSite(ev, call, scope)) || null;
    }
    if (callee.property.name !== 'fetch') return undefined;
    return (FETCH_GLOBALS.has(memberPath(callee) ?? '') && fetchSite(ev, call, scope)) || null;
  },
};

function isFetch(callee: Node, scope: Scope): boolean {
  const binding = lookup(scope, callee.name);
  // A local function or parameter named fetch is a wrapper we cannot see into.
  return !binding || binding.kind === 'import' || (binding.init !== undefined && isRequire(binding.init));
}

function fetchSite(ev: Evaluator, call: Node, scope: Scope): RequestSite | undefined {
  const args = call.arguments as Node[];
  const first = args[0];
  if (!first || first.type === 'SpreadElement') return undefined;
  const ctx: RequestContext = { call };
  const seen = new Set<Binding>();
  // fetch(new Request(url, init)), directly or through a const.
  const resolved = ev.resolveConst(first, scope);
  const request = resolved.node.type === 'NewExpression' && resolved.node.callee.type === 'Identifier' && resolved.node.callee.name === 'Request' ? resolved.node : undefined;
  const urlNode = request ? (request.arguments[0] as Node | undefined) : first;
  const urlScope = request ? resolved.scope : scope;
  const url: Value = urlNode ? ev.value(urlNode, urlScope, 'url') : { parts: [], range: [first.start, first.end] };
  const init = readConfig(ev, args[1], scope, ctx, seen);
  const requestInit = request ? readConfig(ev, request.arguments[1], resolved.scope, ctx, seen) : undefined;
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
  const bodySource = init.body ?? requestInit?.body;
  const body = bodySource && jsonBodyOf(ev, bodySource.node, bodySource.scope, ctx, false);
  if (body) site.body = body;
  else if (bodySource || !known) site.bodyUnseen = true;
  // Method and body are set in the init object literal written at this call (or a const only it reads).
  const object = init.object;
  const editable = object && known && !object.properties.some((p: Node) => p.type === 'SpreadElement');
  site.setMethod = (m) => {
    if (!editable) return undefined;
    const q = ev.style.quote;
    const prop = init.methodProp;
    if (prop) return prop.shorthand ? undefined : { range: [prop.value.start, prop.value.end], text: `${q}${m}${q}` };
    return ev.style.insertIntoList(object, object.properties, `method: ${q}${m}${q}`);
  };
  site.addJsonBody = (json) => {
    // The Content-Type goes into a headers object literal of this call; with none, by hand.
    if (!editable || bodySource || init.headers?.target?.kind !== 'object' || !init.headers.known) return undefined;
    const q = ev.style.quote;
    const hasType = init.headers.entries.some((h) => h.name.trim().toLowerCase() === 'content-type');
    const type = hasType ? undefined : addToHeaders(ev, init.headers, `${q}Content-Type${q}: ${q}application/json${q}`);
    const add = ev.style.insertIntoList(object, object.properties, `body: JSON.stringify(${jsObjectLiteral(json, q)})`);
    return hasType ? add : combineEdits(ev.text, type, add);
  };
  site.responseReads = () => fetchResponseReads(call, scope, ev.text);
  const misplaced = [...(init.misplaced ?? []), ...(requestInit?.misplaced ?? [])];
  if (misplaced.length) site.misplacedHeaders = misplaced;
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    const property = `Authorization: ${ev.style.bearerValue(envVarName)}`;
    if (init.headers || (!args[1] && requestInit?.headers)) return addToHeaders(ev, (init.headers ?? requestInit?.headers)!, property);
    if (args[1]) return init.object ? addHeadersProperty(ev, init.object, property) : undefined;
    // No init on the fetch: put it on the `new Request(url)` (inline, or a const only this call reads), else on the fetch call.
    if (request && (request === unwrap(first) || (resolved.binding && !bindingUses(ev, resolved.binding, ctx, false).elsewhere))) {
      if (requestInit?.object) return addHeadersProperty(ev, requestInit.object, property);
      return request.arguments.length === 1 ? ev.style.appendArguments(request, `{ headers: { ${property} } }`) : undefined;
    }
    if (request) return undefined;
    return ev.style.appendArguments(call, `{ headers: { ${property} } }`);
  };
  return site;
}
