import type { HeaderEntry, RequestSite } from '../../types';
import { isRequire, staticName, type Evaluator } from '../evaluator';
import type { Node } from '../parse';
import { headerEntry, headerSet, type RequestContext } from '../requestConfig';
import { lookup, type Binding, type Scope } from '../walk';
import type { JsClient } from './client';
import { parentOf } from './parents';

const VERBS: Record<string, string> = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', del: 'DELETE', head: 'HEAD' };

/** Chain methods that change nothing the rules judge (the body, the query, timeouts, sending). */
const NEUTRAL = new Set(['send', 'query', 'type', 'accept', 'timeout', 'retry', 'redirects', 'ok', 'responseType', 'buffer', 'parse', 'field', 'attach', 'then', 'catch', 'finally', 'end']);

/** superagent: `superagent.post(url).set("Authorization", v).send(body)`, `.set({ ... })`, `superagent("POST", url)`. */
export const superagentClient: JsClient = {
  name: 'superagent',
  hotNames(text) {
    if (!text.includes('superagent')) return [];
    const names = ['superagent'];
    for (const anchor of text.matchAll(/["']superagent["']/g)) {
      const before = text.slice(Math.max(0, anchor.index - 300), anchor.index);
      const match = /\bimport\s+(?:\*\s*as\s+)?([A-Za-z_$][\w$]*)[^;]*\bfrom\s*$|\b([A-Za-z_$][\w$]*)\s*=\s*require\s*\(\s*$/.exec(before);
      if (match) names.push(match[1] ?? match[2]);
    }
    return names;
  },
  methods: Object.keys(VERBS),
  callees: [],
  site(call, scope, ev) {
    const callee = call.callee as Node;
    if (callee.type === 'Identifier') {
      if (!isSuperagent(callee, scope)) return undefined;
      const args = call.arguments as Node[];
      // superagent(url) is a GET; superagent(method, url) names its method.
      if (args.length >= 2) {
        const method = ev.stringOf(args[0], scope);
        return chainSite(ev, call, scope, args[1], method?.toUpperCase()) ?? null;
      }
      return (args[0] && chainSite(ev, call, scope, args[0], 'GET')) || null;
    }
    const object = callee.object as Node;
    if (object.type !== 'Identifier' || callee.computed || !isSuperagent(object, scope)) return undefined;
    const verb = VERBS[callee.property.name as string];
    const url = (call.arguments as Node[])[0];
    return (verb && url && chainSite(ev, call, scope, url, verb)) || null;
  },
};

function isSuperagent(ident: Node, scope: Scope): boolean {
  const binding = lookup(scope, ident.name);
  if (!binding) return false;
  if (binding.kind === 'import') return binding.importSource === 'superagent' && binding.importName === 'default';
  return binding.init !== undefined && isRequire(binding.init, 'superagent');
}

function chainSite(ev: Evaluator, call: Node, scope: Scope, urlNode: Node, method: string | undefined): RequestSite | undefined {
  if (urlNode.type === 'SpreadElement') return undefined;
  const ctx: RequestContext = { call };
  const seen = new Set<Binding>();
  const headers: HeaderEntry[] = [];
  let known = ev.complete;
  let cookies = false;
  // Up the chain: each `.name(...)` called on what the previous call returned.
  let top = call;
  for (;;) {
    const member = parentOf(ev, top);
    const next = member && parentOf(ev, member);
    if (!member || member.type !== 'MemberExpression' || member.object !== top || member.computed || next?.type !== 'CallExpression' || next.callee !== member) break;
    const name = staticName(member.property, false) as string;
    const args = next.arguments as Node[];
    if (name === 'set') {
      if (args.length >= 2) {
        const headerName = ev.stringOf(args[0], scope);
        if (headerName === undefined) known = false;
        else headers.push(headerEntry(ev, headerName, args[0], args[1], next, scope));
      } else if (args.length === 1) {
        const set = headerSet(ev, args[0], scope, ctx, seen);
        headers.push(...set.entries);
        known &&= set.known;
      }
    } else if (name === 'withCredentials') cookies = true;
    // `.auth(...)`, `.use(plugin)` and anything unknown may set the header where the linter cannot see.
    else if (!NEUTRAL.has(name)) known = false;
    top = next;
  }
  // A request kept in a variable or returned may get more `.set(...)` elsewhere.
  const holder = parentOf(ev, top);
  if (holder && holder.type !== 'AwaitExpression' && holder.type !== 'ExpressionStatement') known = false;
  const site: RequestSite = {
    tool: 'superagent',
    url: ev.value(urlNode, scope, 'url'),
    method,
    range: [call.start, top.end],
    reportRange: [call.callee.start, urlNode.end],
    headers,
    headersKnown: known,
    sendsCookies: cookies,
  };
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    const q = ev.style.quote;
    return { range: [call.end, call.end], text: `.set(${q}Authorization${q}, ${ev.style.bearerValue(envVarName)})` };
  };
  return site;
}
