// Small wrapper functions of the same file: `function unkey(path, body) { return fetch(BASE + path, …) }`
// called as `unkey("/v2/keys.createKey", …)`. Each call of such a function with a known URL argument
// becomes a request site of its own: the parameters are bound to the call's arguments (evaluator.ts),
// so a finding about the path lands on the caller's string, one about headers written in the function
// on its request call. Anything less clear-cut stays unknown: no guessing about code we cannot see.
import type { RequestSite, TextEdit } from '../types';
import { firstValueAtOrAfter } from '../sorted';
import type { JsClient } from './clients/client';
import { unwrap, type Evaluator } from './evaluator';
import type { Node } from './parse';
import { lookup, type Binding, type Collected, type Scope } from './walk';

/** One call a client read as a request, with the client that owns it. */
export interface Request {
  call: Node;
  scope: Scope;
  client: JsClient;
  site: RequestSite;
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** The scope of the function `scope` sits in directly (not a method: those are called through an object). */
function enclosingFunction(scope: Scope): Scope | undefined {
  let s: Scope | undefined = scope;
  while (s && !s.fn) s = s.parent;
  return s?.parent && FUNCTIONS.has(s.node.type) ? s : undefined;
}

/** The binding that names the function: `function name() {}` or `const name = (…) => …` / `= function () {}`. */
function functionBinding(fnScope: Scope): Binding | undefined {
  const fn = fnScope.node;
  const outer = fnScope.parent;
  if (!outer) return undefined;
  if (fn.type === 'FunctionDeclaration') {
    const binding = fn.id ? lookup(outer, fn.id.name) : undefined;
    return binding?.kind === 'function' && binding.id === fn.id ? binding : undefined;
  }
  for (const binding of outer.names?.values() ?? []) {
    if (binding.kind === 'const' && binding.init && unwrap(binding.init) === fn) return binding;
  }
  return undefined;
}

/** Plain identifier parameters (`path`, `path: string`, `body?`), else undefined (patterns, defaults, rest). */
function plainParams(fn: Node): Node[] | undefined {
  const params = fn.params as Node[];
  return params.every((p) => p.type === 'Identifier') ? params : undefined;
}

/**
 * Names of functions that may be wrappers: they hold a collected call that reads one of their parameters.
 * Their calls are what the walk must also collect (it enters only subtrees holding a hot word).
 */
export function wrapperCandidates(collected: Collected, text: string): Set<string> {
  const names = new Set<string>();
  const seen = new Set<Node>();
  for (let i = 0; i < collected.calls.length; i++) {
    const fnScope = enclosingFunction(collected.callScopes[i]);
    if (!fnScope || seen.has(fnScope.node)) continue;
    const params = plainParams(fnScope.node);
    const call = collected.calls[i];
    const args = text.slice(call.callee.end, call.end);
    if (!params?.length || !params.some((p) => new RegExp(`(?<![\\w$.])${p.name.replace(/\$/g, '\\$')}(?![\\w$])`).test(args))) continue;
    seen.add(fnScope.node);
    const binding = functionBinding(fnScope);
    if (binding) names.add(binding.name);
  }
  return names;
}

/**
 * The request sites the calls of the file's wrapper functions make. A wrapper: a function of this file,
 * not exported, used only by calling it (outside itself), whose parameters are not reassigned and whose
 * body holds exactly one request, with a parameter in its URL. A call of it counts when its URL
 * arguments are known text (literals, constants) and it spreads no arguments.
 */
export function wrapperSites(ev: Evaluator, requests: readonly Request[]): RequestSite[] {
  const out: RequestSite[] = [];
  const { calls, callScopes } = ev.collected;
  // Request starts in order, and the calls by callee name: a file with many functions stays linear-ish.
  const starts = requests.map((r) => r.call.start).sort((a, b) => a - b);
  let byName: Map<string, number[]> | undefined;
  for (const request of requests) {
    const fnScope = enclosingFunction(request.scope);
    if (!fnScope) continue;
    const fn = fnScope.node;
    const binding = functionBinding(fnScope);
    const params = plainParams(fn);
    if (!binding || !params?.length || isExported(ev, fn, binding)) continue;
    // Exactly one request in the body (nested functions included): with two, which one a finding is about is a guess.
    if (firstValueAtOrAfter(starts, fn.end) - firstValueAtOrAfter(starts, fn.start) > 1) continue;
    const paramBindings = params.map((p) => lookup(fnScope, p.name));
    if (paramBindings.some((b) => b?.kind !== 'param' || isReassigned(ev, b))) continue;
    // The parameters whose value the URL reads (as a whole: `BASE + path`, `${BASE}${path}`, `new URL(path, BASE)`).
    const urlParams = params.flatMap((p, i) =>
      request.site.url.parts.some((part) => part.kind === 'opaque' && part.source === p.name && part.range[0] >= fn.start && part.range[1] <= fn.end) ? [i] : []);
    if (urlParams.length === 0) continue;
    // Every use of the function is a call from outside it; anything else (passed on, recursion) hands it to code we cannot follow.
    const uses = ev.referencesOf(binding);
    if (uses.some((ref) => !isCallOf(ref.node, ref.parent) || (ref.node.start >= fn.start && ref.node.end <= fn.end))) continue;
    const headersOwned = request.site.headersKnown;
    if (!byName) {
      byName = new Map();
      calls.forEach((call, i) => {
        if (call.callee.type !== 'Identifier') return;
        const list = byName!.get(call.callee.name);
        if (list) list.push(i);
        else byName!.set(call.callee.name, [i]);
      });
    }
    for (const i of byName.get(binding.name) ?? []) {
      const call = calls[i];
      const scope = callScopes[i];
      if (call.callee.type !== 'Identifier' || call.callee.name !== binding.name || lookup(scope, binding.name) !== binding) continue;
      const site = callSite(ev, request, fn, paramBindings as Binding[], urlParams, call, scope, headersOwned);
      if (site) out.push(site);
    }
  }
  return out;
}

function callSite(ev: Evaluator, request: Request, fn: Node, params: Binding[], urlParams: number[], call: Node, scope: Scope, headersOwned: boolean): RequestSite | undefined {
  const args = call.arguments as Node[];
  if (args.some((a) => a.type === 'SpreadElement')) return undefined;
  // The URL arguments must be known text: a variable passed in says nothing about the endpoint.
  if (urlParams.some((i) => !args[i] || ev.value(args[i], scope, 'url').parts.some((p) => p.kind === 'opaque'))) return undefined;
  const bound = new Map<Binding, { node: Node; scope: Scope }>();
  params.forEach((param, i) => {
    if (args[i]) bound.set(param, { node: args[i], scope });
  });
  const shared: [number, number] = [fn.start, fn.end];
  const inner = ev.withArguments(bound, shared, () => request.client.site(request.call, request.scope, ev));
  if (!inner) return undefined;
  const site: RequestSite = {
    ...inner,
    range: [call.start, call.end],
    reportRange: [call.callee.start, Math.max(...urlParams.map((i) => args[i].end))],
    wrapper: { name: call.callee.name, ...(headersOwned && { headersRange: request.site.reportRange }) },
  };
  // The response is read in the function, for every call: not this call's to judge.
  delete site.responseReads;
  // Edits made for one call must not change the code every call shares; headers written there are the
  // exception (one Authorization header serves every call, and the finding is reported there once).
  const inside = (edit: TextEdit | undefined) => edit !== undefined && edit.range[0] >= fn.start && edit.range[1] <= fn.end;
  // An edit replacing exactly a parameter's name (`method: method`) replaces what this call passes
  // there instead, when that is a string literal: `call("GET", …)` becomes `call("POST", …)`.
  const atArgument = (edit: TextEdit): TextEdit | undefined => {
    const i = params.findIndex((param) => ev.referencesOf(param).some((ref) => ref.node.start === edit.range[0] && ref.node.end === edit.range[1]));
    const arg = i === -1 ? undefined : args[i];
    return arg?.type === 'StringLiteral' && /^(["']).*\1$/.test(edit.text) ? { range: [arg.start, arg.end], text: edit.text } : undefined;
  };
  const keep = <A extends unknown[]>(build: ((...a: A) => TextEdit | undefined) | undefined, allowed = false) =>
    build && ((...a: A) => ev.withArguments(bound, shared, () => {
      const edit = build(...a);
      return !edit || !inside(edit) || allowed ? edit : atArgument(edit);
    }));
  site.setMethod = keep(inner.setMethod);
  site.addJsonBody = keep(inner.addJsonBody);
  site.addAuthorization = keep(inner.addAuthorization, headersOwned);
  const post = inner.postWithBody;
  if (post) site.postWithBody = (json) => ev.withArguments(bound, shared, () => {
    const edits = post(json);
    return edits?.some(inside) ? undefined : edits;
  });
  // A body written in the function is sent for every call: its names are not one endpoint's to judge.
  if (site.body && site.body.range[0] >= fn.start && site.body.range[1] <= fn.end) {
    delete site.body;
    site.bodyUnseen = true;
  }
  return site;
}

function isCallOf(node: Node, parent: Node): boolean {
  return (parent.type === 'CallExpression' || parent.type === 'OptionalCallExpression') && parent.callee === node;
}

/** Assigned anywhere (`path = "/v2/" + path`, `path++`): the argument is not what the URL reads. */
function isReassigned(ev: Evaluator, binding: Binding): boolean {
  return ev.referencesOf(binding).some(({ node, parent }) =>
    (parent.type === 'AssignmentExpression' && parent.left === node) || parent.type === 'UpdateExpression' ||
    ((parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') && parent.left === node));
}

/** `export function name`, `export default function`, `export const name = …`: other modules call it with what we cannot see. */
function isExported(ev: Evaluator, fn: Node, binding: Binding): boolean {
  const start = fn.type === 'FunctionDeclaration' ? fn.start : binding.id.start;
  const before = ev.text.slice(Math.max(0, start - 40), start);
  return fn.type === 'FunctionDeclaration' ? /\bexport\s+(?:default\s+)?$/.test(before) : /\bexport\s+(?:declare\s+)?(?:const|let|var)\s+$/.test(before);
}
