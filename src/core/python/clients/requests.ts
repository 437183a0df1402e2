// requests and httpx: module functions (`requests.post(url, headers=…)`, `httpx.request("POST", url)`)
// and clients (`requests.Session()`, `httpx.Client(base_url=…, headers=…)`, `httpx.AsyncClient`).
import { field, type Node } from '../../treesitter/nodes';
import type { RequestSite } from '../../types';
import { hasSplat, keywordArguments, type PyFile, positional } from '../file';
import { callSite, type ClientBinding, clientBindings, clientFor, HTTP_METHODS } from '../requestSite';
import type { PyClient } from './index';

const MODULES = new Set(['requests', 'httpx']);
const CONSTRUCTORS = new Set(['requests.Session', 'requests.session', 'httpx.Client', 'httpx.AsyncClient']);

export const requestsClient: PyClient = {
  name: 'requests/httpx',
  sites(file) {
    const sites: RequestSite[] = [];
    const bindings = clientBindings(file, CONSTRUCTORS, (call) => keywordArguments(call).get('base_url'));
    const names = new Set(bindings.map((b) => b.name));
    for (const call of file.calls) {
      const callee = file.callee(call);
      if (!callee) continue;
      const qualified = file.qualifyName(callee);
      const [module, verb] = qualified?.split('.') ?? [];
      if (module && MODULES.has(module) && verb !== undefined && qualified?.split('.').length === 2) {
        const site = methodCall(file, call, verb);
        if (site) sites.push(site);
        continue;
      }
      if (!names.has(callee.slice(0, callee.lastIndexOf('.')))) continue;
      const fn = field(call, 'function');
      if (fn?.type !== 'attribute') continue;
      const receiver = field(fn, 'object');
      const method = field(fn, 'attribute')?.text;
      const client = receiver && clientFor(file, bindings, receiver, call);
      if (!client || !method) continue;
      const site = methodCall(file, call, method, client);
      if (site) sites.push(site);
    }
    return sites;
  },
};

/** `get(url, …)`, `post(url, …)`, `request(method, url, …)`, `stream(method, url, …)`, on the module or a client. */
function methodCall(file: PyFile, call: Node, verb: string, client?: ClientBinding | undefined): RequestSite | undefined {
  const args = positional(call);
  const keywords = keywordArguments(call);
  let method: string | undefined;
  let urlNode: Node | undefined;
  if (HTTP_METHODS.has(verb)) {
    method = verb.toUpperCase();
    urlNode = args[0] ?? keywords.get('url');
  } else if (verb === 'request' || verb === 'stream') {
    const methodNode = args[0] ?? keywords.get('method');
    method = methodNode ? file.literal(methodNode)?.toUpperCase() : undefined;
    urlNode = args[1] ?? keywords.get('url');
  } else return undefined;
  return callSite(file, {
    tool: 'requests',
    call,
    method,
    urlNode,
    client,
    headersNode: keywords.get('headers'),
    hidden: hasSplat(call) || keywords.has('auth'),
    jsonNode: keywords.get('json'),
  });
}
