// reqwest (async and blocking): `client.post(url).header(…).bearer_auth(…).json(&json!({…})).send()`
// on a client built in this file (`Client::new()`, `Client::builder()…build()`), and `reqwest::get(url)`.
import { field, namedChildren, rangeOf, type Node } from '../../treesitter/nodes';
import type { BodyProperty, HeaderEntry, RequestBody, RequestSite } from '../../types';
import { computedText, valueOf } from '../../value';
import { args, HEADER_CONSTANTS, macroArguments, methodName, type RustFile } from '../file';
import type { RustClient } from './index';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
// Builder methods that change nothing about headers; any other makes the headers unknown.
const NEUTRAL = new Set(['send', 'timeout', 'query', 'form', 'body', 'version', 'fetch_mode_no_cors', 'build', 'try_clone', 'multipart']);
const CONSTRUCTOR = /^reqwest::(?:blocking::)?Client::(?:new|builder|default)$/;

interface Link {
  method: string;
  call: Node;
}

export const reqwestClient: RustClient = {
  name: 'reqwest',
  sites(file) {
    if (!file.usesReqwest) return [];
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      const verb = methodName(call);
      if (verb && (VERBS.has(verb) || verb === 'request')) {
        const site = chainSite(file, call, verb);
        if (site) sites.push(site);
      } else if (/^reqwest::(?:blocking::)?get$/.test(file.qualify(field(call, 'function')) ?? '')) {
        const url = args(call)[0];
        if (url) sites.push({ tool: 'reqwest', url: file.value(url), method: 'GET', range: rangeOf(call), reportRange: [call.startIndex, url.endIndex], headers: [], headersKnown: true, sendsCookies: false });
      }
    }
    return sites;
  },
};

function chainSite(file: RustFile, call: Node, verb: string): RequestSite | undefined {
  const fn = field(call, 'function')!;
  const receiver = field(fn, 'value');
  const client = receiver && clientOf(file, receiver);
  if (!client) return undefined;
  const list = args(call);
  const urlNode = verb === 'request' ? list[1] : list[0];
  if (!urlNode) return undefined;
  const method = verb === 'request' ? /(?:^|::)([A-Z]+)$/.exec(list[0]?.text ?? '')?.[1] : verb.toUpperCase();
  const links = linksAfter(call);
  const headers: HeaderEntry[] = [];
  let known = client.known && links.some((l) => l.method === 'send');
  let body: RequestBody | undefined;
  for (const link of links) {
    if (link.method === 'send') break;
    const [first, second] = args(link.call);
    switch (link.method) {
      case 'header': {
        const name = first && headerName(file, first);
        if (name === undefined || !second) known = false;
        else headers.push(file.headerEntry(name, first!, second, link.call));
        break;
      }
      case 'bearer_auth': {
        if (!first) break;
        const token = file.value(first);
        headers.push({ name: 'Authorization', nameRange: rangeOf(link.call), value: valueOf(token.range, [computedText('Bearer '), ...token.parts]), range: rangeOf(link.call) });
        break;
      }
      case 'json':
        body = first && bodyOf(file, first);
        break;
      default:
        if (!NEUTRAL.has(link.method)) known = false;
    }
  }
  const top = links[links.length - 1]?.call ?? call;
  const site: RequestSite = {
    tool: 'reqwest',
    url: file.value(urlNode),
    method,
    range: rangeOf(top),
    reportRange: [field(fn, 'field')!.startIndex, urlNode.endIndex],
    headers,
    headersKnown: known,
    sendsCookies: false,
  };
  if (body) site.body = body;
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    const text = `.bearer_auth(${file.envValue(envVarName, call)})`;
    // One link per line: the new one gets its own line too.
    const next = /^([ \t]*\r?\n)([ \t]*)\./.exec(file.text.slice(call.endIndex));
    return { range: [call.endIndex, call.endIndex], text: next ? `\n${next[2]}${text}` : text };
  };
  return site;
}

/** The builder calls made on a request, in order, up to `send()`. */
function linksAfter(call: Node): Link[] {
  const links: Link[] = [];
  let current = call;
  for (;;) {
    let parent = current.parent;
    while (parent && (parent.type === 'await_expression' || parent.type === 'try_expression')) {
      current = parent;
      parent = current.parent;
    }
    const outer = parent?.type === 'field_expression' ? parent.parent : undefined;
    if (!parent || outer?.type !== 'call_expression' || field(outer, 'function')?.startIndex !== parent.startIndex) return links;
    const method = field(parent, 'field')?.text ?? '';
    links.push({ method, call: outer });
    if (method === 'send') return links;
    current = outer;
  }
}

/** The client a request starts from, when it is built in this file: whether its default headers are known. */
function clientOf(file: RustFile, receiver: Node, depth = 0): { known: boolean } | undefined {
  let node = receiver;
  while (node.type === 'try_expression' || node.type === 'reference_expression' || node.type === 'parenthesized_expression') node = namedChildren(node)[0] ?? node;
  if (node.type === 'identifier' && depth < 3) {
    const bound = file.boundAt(node.text, node);
    if (bound && bound.type !== 'let_declaration') return clientOf(file, bound, depth + 1);
    // A parameter or field typed as a reqwest client: built elsewhere, its default headers unknown.
    return typedClient(file, node.text) ? { known: false } : undefined;
  }
  if (node.type === 'field_expression') {
    const name = field(node, 'field')?.text;
    return name && field(node, 'value')?.type === 'self' && typedClient(file, name) ? { known: false } : undefined;
  }
  if (node.type !== 'call_expression') return undefined;
  // Down the builder chain to its constructor.
  let known = true;
  let current: Node = node;
  for (let i = 0; i < 16 && current.type === 'call_expression'; i++) {
    const method = methodName(current);
    if (method === undefined) return CONSTRUCTOR.test(file.qualify(field(current, 'function')) ?? '') ? { known } : undefined;
    if (method === 'default_headers') known = false;
    current = field(field(current, 'function')!, 'value')!;
    while (current.type === 'try_expression') current = namedChildren(current)[0] ?? current;
  }
  return undefined;
}

function typedClient(file: RustFile, name: string): boolean {
  return (file.typed.get(name) ?? []).some((type) => {
    const bare = type.replace(/^&(?:'\w+\s+)?(?:mut\s+)?/, '').replace(/^(?:Arc|Rc)<(.*)>$/, '$1');
    return /^reqwest::(?:blocking::)?Client$/.test(bare) || (bare === 'Client' && /^reqwest::(?:blocking::)?Client$/.test(file.uses.get('Client') ?? ''));
  });
}

/** A header name: a string literal, or a reqwest::header / http::header constant. */
function headerName(file: RustFile, node: Node): string | undefined {
  const literal = file.literal(node);
  if (literal !== undefined) return literal;
  const path = file.qualify(node) ?? '';
  const constant = /(?:^|::)([A-Z_]+)$/.exec(path)?.[1];
  return constant && /(?:^|::)header::[A-Z_]+$/.test(path) ? HEADER_CONSTANTS[constant] : undefined;
}

/** `.json(&json!({ "apiId": … }))`: the macro's top-level keys as the body's properties. */
function bodyOf(file: RustFile, node: Node): RequestBody | undefined {
  let inner = node;
  while (inner.type === 'reference_expression') inner = field(inner, 'value') ?? inner;
  if (inner.type !== 'macro_invocation' || !/^(?:serde_json::)?json$/.test(field(inner, 'macro')?.text ?? '')) return undefined;
  const [group] = macroArguments(inner);
  const object = group?.length === 1 && group[0].type === 'token_tree' && group[0].text.startsWith('{') ? group[0] : undefined;
  if (!object) return undefined;
  const properties: BodyProperty[] = [];
  let complete = true;
  let expectKey = true;
  let entryStart: Node | undefined;
  for (let i = 1; i < object.childCount - 1; i++) {
    const child = object.child(i)!;
    if (child.type === ',') {
      expectKey = true;
      continue;
    }
    if (!expectKey) continue;
    expectKey = false;
    entryStart = child;
    const colon = object.child(i + 1);
    const name = child.type === 'string_literal' && colon?.type === ':' ? file.literal(child) : undefined;
    if (name === undefined) {
      complete = false;
      continue;
    }
    let end = colon!;
    for (let j = i + 2; j < object.childCount - 1 && object.child(j)!.type !== ','; j++) end = object.child(j)!;
    properties.push({ name, nameRange: [child.startIndex + 1, child.endIndex - 1], range: [entryStart.startIndex, end.endIndex] });
  }
  return { properties, complete, range: rangeOf(object) };
}
