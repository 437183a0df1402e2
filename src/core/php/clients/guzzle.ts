// Guzzle: `new Client(['base_uri' => …, 'headers' => […]])` bound to `$client` or `$this->client`, and
// its calls `->post($url, ['headers' => […], 'json' => […]])`, `->request('POST', $url, […])`, `…Async`.
import { ancestor, field, namedChildren, rangeOf, type Node } from '../../treesitter/nodes';
import { joinUrl } from '../../treesitter/file';
import type { RequestSite, Value } from '../../types';
import { args, arrayElements, type PhpFile, unwrap } from '../file';
import { arrayBody, arrayOf, headerMap, option } from './arrays';
import type { PhpClient } from './index';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

interface Binding {
  name: string;
  creation: Node;
  base: Value | undefined;
  headers: ReturnType<typeof headerMap>;
}

export const guzzleClient: PhpClient = {
  name: 'guzzle',
  sites(file) {
    if (!/guzzle/i.test(file.text)) return [];
    const bindings: Binding[] = [];
    for (const node of file.calls) {
      if (node.type !== 'object_creation_expression' || file.className(namedChildren(node)[0]) !== 'GuzzleHttp\\Client') continue;
      const assignment = node.parent;
      const target = assignment?.type === 'assignment_expression' ? field(assignment, 'left') : undefined;
      const config = arrayOf(file, args(node)[0]);
      const known = !args(node)[0] || (!!config && !option(file, config, 'auth') && !option(file, config, 'handler'));
      const headers = headerMap(file, config && option(file, config, 'headers')?.value);
      const base = config && option(file, config, 'base_uri')?.value;
      bindings.push({ name: target?.text.replace(/\s+/g, '') ?? '', creation: node, base: base && file.value(base), headers: { ...headers, known: headers.known && known } });
    }
    if (bindings.length === 0) return [];
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      if (call.type !== 'member_call_expression') continue;
      const method = field(call, 'name')?.text.replace(/Async$/, '') ?? '';
      if (!VERBS.has(method.toLowerCase()) && method !== 'request') continue;
      const binding = bindingFor(file, bindings, field(call, 'object'), call);
      if (!binding) continue;
      const site = callSite(file, call, method, binding);
      if (site) sites.push(site);
    }
    return sites;
  },
};

function bindingFor(file: PhpFile, bindings: Binding[], object: Node | undefined, call: Node): Binding | undefined {
  if (!object) return undefined;
  const inner = unwrap(object);
  if (inner.type === 'object_creation_expression') return bindings.find((b) => b.creation.startIndex === inner.startIndex);
  const name = inner.text.replace(/\s+/g, '');
  const scopeTypes = name.startsWith('$this->') ? ['class_declaration'] : ['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function'];
  const scope = ancestor(call, scopeTypes);
  const candidates = bindings.filter((b) => b.name === name && ancestor(b.creation, scopeTypes)?.startIndex === scope?.startIndex);
  return candidates.length === 1 ? candidates[0] : undefined;
}

function callSite(file: PhpFile, call: Node, method: string, binding: Binding): RequestSite | undefined {
  const list = args(call);
  const request = method === 'request';
  const urlNode = request ? list[1] : list[0];
  if (!urlNode) return undefined;
  const optionsNode = request ? list[2] : list[1];
  const options = arrayOf(file, optionsNode);
  const headersOption = options && option(file, options, 'headers');
  const callHeaders = headerMap(file, headersOption?.value);
  const known = binding.headers.known && callHeaders.known && (!optionsNode || (!!options && !option(file, options, 'auth') && arrayElements(options).every((e) => e.key)));
  const name = field(call, 'name')!;
  const site: RequestSite = {
    tool: 'guzzle',
    url: joinUrl(binding.base, file.value(urlNode)),
    method: request ? file.literal(list[0])?.toUpperCase() : method.toUpperCase(),
    range: rangeOf(call),
    reportRange: [name.startIndex, urlNode.endIndex],
    headers: [...binding.headers.entries, ...callHeaders.entries],
    headersKnown: known,
    sendsCookies: false,
  };
  const body = options && arrayBody(file, option(file, options, 'json')?.value);
  if (body) site.body = body;
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    const entry = `'Authorization' => ${file.bearerValue(envVarName)}`;
    const inline = options && optionsNode && unwrap(optionsNode).startIndex === options.startIndex;
    if (headersOption) {
      const array = callHeaders.array;
      return array && inline && unwrap(headersOption.value).startIndex === array.startIndex ? file.appendItem(array.firstChild!, namedChildren(array), array.lastChild, entry) : undefined;
    }
    if (options) return inline ? file.appendItem(options.firstChild!, namedChildren(options), options.lastChild, `'headers' => [${entry}]`) : undefined;
    if (optionsNode) return undefined;
    const argumentList = field(call, 'arguments')!;
    return file.appendItem(argumentList.firstChild!, namedChildren(argumentList), argumentList.lastChild, `['headers' => [${entry}]]`);
  };
  return site;
}
