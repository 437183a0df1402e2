// Laravel's HTTP client: `Http::withToken($key)->post($url, [...])`, `Http::withHeaders([...])`,
// `Http::baseUrl(…)`, `Http::post(…)`; a chain with any other method (a macro, middleware, basic auth)
// has headers the engine cannot see.
import { field, rangeOf, type Node } from '../../treesitter/nodes';
import { joinUrl } from '../../treesitter/file';
import type { HeaderEntry, RequestSite, Value } from '../../types';
import { computedText, valueOf } from '../../value';
import { args, type PhpFile } from '../file';
import { arrayBody, headerMap } from './arrays';
import type { PhpClient } from './index';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
const NEUTRAL = new Set(['acceptJson', 'asJson', 'asForm', 'accept', 'contentType', 'timeout', 'connectTimeout', 'retry', 'throw', 'withQueryParameters', 'withUserAgent', 'withoutVerifying', 'withBody', 'withUrlParameters']);

export const laravelClient: PhpClient = {
  name: 'laravel',
  sites(file) {
    if (!/\bHttp::/.test(file.text)) return [];
    const facade = file.uses.get('Http');
    // `Http` is the facade through its import, or Laravel's global alias when nothing else is imported as Http.
    if (facade !== undefined && facade !== 'Illuminate\\Support\\Facades\\Http') return [];
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      const verb = field(call, 'name')?.text;
      if (!verb || !VERBS.has(verb) || (call.type !== 'member_call_expression' && call.type !== 'scoped_call_expression')) continue;
      const chain = chainOf(call);
      if (!chain) continue;
      const site = chainSite(file, call, verb, chain);
      if (site) sites.push(site);
    }
    return sites;
  },
};

/** The calls from `Http::first(…)` up to (not including) `call`, or undefined when the chain does not start at Http. */
function chainOf(call: Node): Node[] | undefined {
  const links: Node[] = [];
  let current: Node = call;
  for (;;) {
    if (current.type === 'scoped_call_expression') return field(current, 'scope')?.text.replace(/^\\/, '') === 'Http' || /\\Http$/.test(field(current, 'scope')?.text ?? '') ? links.reverse() : undefined;
    if (current.type !== 'member_call_expression') return undefined;
    const object = field(current, 'object');
    if (!object) return undefined;
    current = object;
    links.push(current);
  }
}

function chainSite(file: PhpFile, call: Node, verb: string, links: Node[]): RequestSite | undefined {
  const urlNode = args(call)[0];
  if (!urlNode) return undefined;
  const headers: HeaderEntry[] = [];
  let known = true;
  let base: Value | undefined;
  for (const link of links) {
    const name = field(link, 'name')?.text ?? '';
    const [first, second] = args(link);
    if (name === 'withToken' && first) {
      const token = file.value(first);
      const scheme = second ? file.literal(second) : 'Bearer';
      if (scheme === undefined) known = false;
      else headers.push({ name: 'Authorization', nameRange: rangeOf(link), value: valueOf(token.range, [computedText(`${scheme} `), ...token.parts]), range: rangeOf(link) });
    } else if (name === 'withHeaders') {
      const source = headerMap(file, first);
      headers.push(...source.entries);
      known &&= source.known;
    } else if (name === 'withHeader' && first && second) {
      const header = file.literal(first);
      if (header === undefined) known = false;
      else headers.push(file.headerEntry(header, first, second, link));
    } else if (name === 'baseUrl' && first) base = file.value(first);
    else if (!NEUTRAL.has(name)) known = false;
  }
  const nameNode = field(call, 'name')!;
  const site: RequestSite = {
    tool: 'laravel',
    url: joinUrl(base, file.value(urlNode)),
    method: verb.toUpperCase(),
    range: rangeOf(call),
    reportRange: [nameNode.startIndex, urlNode.endIndex],
    headers,
    headersKnown: known,
    sendsCookies: false,
  };
  const body = verb === 'get' || verb === 'head' ? undefined : arrayBody(file, args(call)[1]);
  if (body) site.body = body;
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    // Right after `Http::`: the first call of the chain.
    const first = links[0] ?? call;
    const at = field(first, 'name')!.startIndex;
    return { range: [at, at], text: `withToken(${file.envExpression(envVarName)})->` };
  };
  return site;
}
