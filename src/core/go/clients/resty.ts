// resty (github.com/go-resty/resty, resty.dev): `resty.New()` clients with SetBaseURL/SetHeader(s)/
// SetAuthToken, and request chains `client.R().SetHeader(…).Post(url)`.
import { ancestor, field, namedChildren, rangeOf, type Node } from '../../treesitter/nodes';
import type { HeaderEntry, RequestSite, Value } from '../../types';
import { computedText, valueOf } from '../../value';
import { args, FUNCTIONS, type GoFile } from '../file';
import type { GoClient } from './index';

const VERBS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'Head', 'Options']);
// Methods that change nothing about headers; any other method makes the headers unknown.
const NEUTRAL = new Set([
  'SetBody', 'SetResult', 'SetError', 'SetContext', 'SetQueryParam', 'SetQueryParams', 'SetQueryString', 'SetPathParam', 'SetPathParams',
  'SetTimeout', 'SetRetryCount', 'SetRetryWaitTime', 'SetDebug', 'EnableTrace', 'SetContentLength', 'SetDoNotParseResponse', 'SetOutput',
  'SetFormData', 'SetFile', 'SetFiles', 'ForceContentType', 'ExpectContentType', 'SetLogger', 'SetTLSClientConfig',
]);

interface Link {
  method: string;
  call: Node;
}

interface State {
  base: Value | undefined;
  headers: HeaderEntry[];
  known: boolean;
}

export const restyClient: GoClient = {
  name: 'resty',
  sites(file) {
    const isResty = (path: string | undefined) => !!path && /(?:^|\/)resty(?:\/|$)|^resty\.dev/.test(path);
    if (![...file.imports.values()].some(isResty)) return [];
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      const fn = field(call, 'function');
      const verb = fn?.type === 'selector_expression' ? field(fn, 'field')?.text : undefined;
      if (!verb || (!VERBS.has(verb) && verb !== 'Execute')) continue;
      const { root, links } = chainOf(call);
      const r = links.findIndex((l) => l.method === 'R');
      if (r === -1) continue;
      const client = clientState(file, root, links.slice(0, r), isResty, call);
      if (!client) continue;
      const request: State = { base: undefined, headers: [], known: true };
      for (const link of links.slice(r + 1, -1)) apply(file, request, link);
      const list = args(call);
      const urlNode = verb === 'Execute' ? list[1] : list[0];
      if (!urlNode) continue;
      const methodNode = verb === 'Execute' ? list[0] : undefined;
      const url = joinBase(client.base, file.value(urlNode));
      const rCall = links[r].call;
      const site: RequestSite = {
        tool: 'resty',
        url,
        method: methodNode ? file.literal(methodNode)?.toUpperCase() : verb.toUpperCase(),
        range: rangeOf(call),
        reportRange: [field(fn!, 'field')!.startIndex, urlNode.endIndex],
        headers: [...client.headers, ...request.headers],
        headersKnown: client.known && request.known,
        sendsCookies: false,
      };
      site.addAuthorization = (envVarName) =>
        site.headersKnown ? file.withOsImport({ range: [rCall.endIndex, rCall.endIndex], text: `.SetHeader("Authorization", ${file.bearerValue(envVarName)})` }) : undefined;
      sites.push(site);
    }
    return sites;
  },
};

/** `a.B(…).C(…).D(…)` -> root `a` and the links B, C, D in call order. */
function chainOf(call: Node): { root: Node; links: Link[] } {
  const links: Link[] = [];
  let current: Node = call;
  while (current.type === 'call_expression') {
    const fn = field(current, 'function');
    if (fn?.type !== 'selector_expression') break;
    links.unshift({ method: field(fn, 'field')?.text ?? '', call: current });
    current = field(fn, 'operand')!;
  }
  return { root: current, links };
}

function apply(file: GoFile, state: State, link: Link): void {
  const list = args(link.call);
  switch (link.method) {
    case 'SetHeader': {
      const [key, value] = list;
      const name = key && file.literal(key);
      if (key && value && name !== undefined) state.headers.push(file.headerEntry(name, key, value, link.call));
      else state.known = false;
      return;
    }
    case 'SetHeaders': {
      const map = list[0];
      const body = map?.type === 'composite_literal' ? field(map, 'body') : undefined;
      if (!body) {
        state.known = false;
        return;
      }
      for (const element of namedChildren(body)) {
        const key = field(element, 'key');
        const value = field(element, 'value');
        const keyNode = key && namedChildren(key)[0];
        const valueNode = value && namedChildren(value)[0];
        const name = keyNode && file.literal(keyNode);
        if (keyNode && valueNode && name !== undefined) state.headers.push(file.headerEntry(name, keyNode, valueNode, element));
        else state.known = false;
      }
      return;
    }
    case 'SetAuthToken': {
      // resty sends "Authorization: Bearer <token>" (its default scheme).
      const token = list[0];
      if (!token) return;
      const value = file.value(token);
      state.headers.push({ name: 'Authorization', nameRange: rangeOf(link.call), value: valueOf(value.range, [computedText('Bearer '), ...value.parts]), range: rangeOf(link.call) });
      return;
    }
    case 'SetBaseURL':
    case 'SetHostURL':
      if (list[0]) state.base = file.value(list[0]);
      return;
    default:
      if (!NEUTRAL.has(link.method)) state.known = false;
  }
}

/** The client a request chain starts from: `resty.New()…` inline, or a name bound to one in this file. */
function clientState(file: GoFile, root: Node, before: Link[], isResty: (path: string | undefined) => boolean, call: Node): State | undefined {
  const state: State = { base: undefined, headers: [], known: true };
  const fromConstructor = (node: Node, links: Link[]): boolean => {
    const { root: inner, links: chain } = node.type === 'call_expression' ? chainOf(node) : { root: node, links: [] };
    const all = [...chain, ...links];
    const ctor = all[0];
    if (!ctor || !['New', 'NewWithClient'].includes(ctor.method) || !isResty(file.imports.get(inner.text))) return false;
    for (const link of all.slice(1)) apply(file, state, link);
    return true;
  };
  if (root.type === 'identifier' && before.length === 0) {
    const bound = file.assignments.get(root.text);
    if (bound?.length !== 1 || !fromConstructor(bound[0], [])) return undefined;
    // `client.SetHeader(…)` statements on the same client, anywhere in the file.
    const scope = ancestor(call, FUNCTIONS);
    for (const other of file.calls) {
      if (other.parent?.type !== 'expression_statement') continue;
      const { root: otherRoot, links } = chainOf(other);
      if (otherRoot.text !== root.text || links.some((l) => l.method === 'R')) continue;
      const otherScope = ancestor(other, FUNCTIONS);
      if (otherScope && scope && otherScope.startIndex !== scope.startIndex) continue;
      for (const link of links) apply(file, state, link);
    }
    return state;
  }
  // `resty.New().SetBaseURL(…).R()`: the root is the package, the first link New.
  return fromConstructor(root, before) ? state : undefined;
}

function joinBase(base: Value | undefined, url: Value): Value {
  if (!base) return url;
  const flat = url.parts.map((p) => (p.kind === 'text' ? p.text : '\u0000')).join('');
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(flat)) return url;
  return valueOf(url.range, [...base.parts, ...(flat.startsWith('/') ? [] : [computedText('/')]), ...url.parts]);
}
