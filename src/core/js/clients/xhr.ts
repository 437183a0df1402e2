import type { HeaderEntry, RequestSite } from '../../types';
import { staticName, unwrap, type Evaluator } from '../evaluator';
import type { Node } from '../parse';
import { headerEntry } from '../requestConfig';
import { lookup, type Binding, type Scope } from '../walk';
import type { JsClient } from './client';
import { parentOf } from './parents';

/** Uses of the request object that add nothing the rules judge. */
const NEUTRAL = new Set(['open', 'send', 'abort', 'onload', 'onerror', 'onreadystatechange', 'onprogress', 'addEventListener', 'responseType', 'timeout', 'ontimeout', 'upload', 'response', 'responseText', 'status', 'statusText', 'readyState', 'getResponseHeader', 'getAllResponseHeaders', 'overrideMimeType']);

/**
 * XMLHttpRequest: `xhr.open(method, url)` on a `new XMLHttpRequest()` held in a variable, with the
 * `xhr.setRequestHeader(name, value)` calls on that variable as its headers.
 */
export const xhrClient: JsClient = {
  name: 'xhr',
  hotNames: (text) => (text.includes('XMLHttpRequest') ? ['XMLHttpRequest', ...xhrNames(text)] : []),
  methods: ['open'],
  callees: [],
  site(call, scope, ev) {
    const callee = call.callee as Node;
    if (callee.type !== 'MemberExpression' || callee.computed || callee.property.name !== 'open' || callee.object.type !== 'Identifier') return undefined;
    const binding = lookup(scope, callee.object.name);
    const init = binding?.init && unwrap(binding.init);
    if (!binding || init?.type !== 'NewExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'XMLHttpRequest' || lookup(binding.scope, 'XMLHttpRequest')) return undefined;
    return xhrSite(ev, call, scope, binding) ?? null;
  },
};

/** Names assigned `new XMLHttpRequest()`. */
function xhrNames(text: string): string[] {
  return [...text.matchAll(/([A-Za-z_$][\w$]*)\s*(?::[^=;]*)?=\s*new\s+XMLHttpRequest\b/g)].map((m) => m[1]);
}

function xhrSite(ev: Evaluator, call: Node, scope: Scope, binding: Binding): RequestSite | undefined {
  const [methodNode, urlNode] = call.arguments as Node[];
  if (!methodNode || !urlNode || methodNode.type === 'SpreadElement' || urlNode.type === 'SpreadElement') return undefined;
  const method = ev.stringOf(methodNode, scope);
  const headers: HeaderEntry[] = [];
  let known = ev.complete;
  let cookies = false;
  let opens = 0;
  for (const ref of ev.referencesOf(binding)) {
    const { parent, grand } = ref;
    if (parent.type === 'VariableDeclarator' && parent.id === ref.node) continue;
    if (parent.type !== 'MemberExpression' || parent.object !== ref.node || parent.computed) {
      known = false; // handed to other code
      continue;
    }
    const name = staticName(parent.property, false) as string;
    if (name === 'open') opens++;
    if (name === 'setRequestHeader' && grand?.type === 'CallExpression' && grand.callee === parent) {
      const [nameNode, valueNode] = grand.arguments as Node[];
      const headerName = nameNode && ev.stringOf(nameNode, binding.scope);
      if (headerName === undefined || !valueNode) known = false;
      else headers.push(headerEntry(ev, headerName, nameNode, valueNode, grand, binding.scope));
    } else if (name === 'withCredentials') cookies = true;
    else if (!NEUTRAL.has(name)) known = false;
  }
  // One request object opened twice: which headers go with which request is not visible.
  if (opens > 1) known = false;
  const site: RequestSite = {
    tool: 'xhr',
    url: ev.value(urlNode, scope, 'url'),
    method: method?.toUpperCase(),
    range: [call.start, call.end],
    reportRange: [call.callee.start, urlNode.end],
    headers,
    headersKnown: known,
    sendsCookies: cookies,
  };
  site.addAuthorization = (envVarName) => {
    const statement = parentOf(ev, call);
    if (!known || statement?.type !== 'ExpressionStatement') return undefined;
    const q = ev.style.quote;
    const line = `${binding.name}.setRequestHeader(${q}Authorization${q}, ${ev.style.bearerValue(envVarName)});`;
    return { range: [statement.end, statement.end], text: `${ev.style.eol}${ev.style.lineIndent(statement.start)}${line}` };
  };
  return site;
}
