// urllib: `urllib.request.Request(url, data, headers, method=…)` with `req.add_header(k, v)`, and
// `urlopen("https://…")` given a URL string (it sends no headers at all).
import { field, rangeOf, type Node } from '../../treesitter/nodes';
import type { RequestSite } from '../../types';
import { hasSplat, keywordArguments, type PyFile, positional } from '../file';
import { callSite, headersOf } from '../requestSite';
import type { PyClient } from './index';

export const urllibClient: PyClient = {
  name: 'urllib',
  sites(file) {
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      const callee = file.callee(call);
      const name = callee && file.qualifyName(callee);
      if (name === 'urllib.request.Request') {
        const site = requestObject(file, call);
        if (site) sites.push(site);
      } else if (name === 'urllib.request.urlopen') {
        const url = positional(call)[0] ?? keywordArguments(call).get('url');
        if (!url || (url.type !== 'string' && url.type !== 'concatenated_string' && url.type !== 'binary_operator')) continue;
        const fn = field(call, 'function')!;
        sites.push({ tool: 'urllib', url: file.value(url), method: positional(call)[1] || keywordArguments(call).has('data') ? 'POST' : 'GET', range: rangeOf(call), reportRange: [fn.startIndex, url.endIndex], headers: [], headersKnown: !hasSplat(call), sendsCookies: false });
      }
    }
    return sites;
  },
};

function requestObject(file: PyFile, call: Node): RequestSite | undefined {
  const args = positional(call);
  const keywords = keywordArguments(call);
  const methodNode = keywords.get('method') ?? args[5];
  const data = keywords.get('data') ?? args[1];
  const method = methodNode ? file.literal(methodNode)?.toUpperCase() : data && data.type !== 'none' ? 'POST' : 'GET';
  const headersNode = keywords.get('headers') ?? args[2];
  const site = callSite(file, { tool: 'urllib', call, method, urlNode: args[0] ?? keywords.get('url'), headersNode, hidden: hasSplat(call) });
  if (!site) return undefined;
  // `req = Request(…)` then `req.add_header("Authorization", v)` in the same scope.
  const parent = call.parent;
  const target = parent?.type === 'assignment' ? field(parent, 'left') : undefined;
  if (target?.type === 'identifier') {
    const scope = file.scopeOf(call);
    for (const other of file.calls) {
      if (!file.callee(other)?.startsWith(`${target.text}.`)) continue;
      const fn = field(other, 'function');
      if (fn?.type !== 'attribute' || field(fn, 'object')?.text !== target.text || file.scopeOf(other)?.startIndex !== scope?.startIndex) continue;
      const method = field(fn, 'attribute')?.text;
      const [key, value] = positional(other);
      if ((method === 'add_header' || method === 'add_unredirected_header') && key && value && file.literal(key) !== undefined) {
        site.headers.push(file.headerEntry(file.literal(key)!, key, value, other));
      } else if (method === 'add_header' || method === 'add_unredirected_header' || method === 'headers') site.headersKnown = false;
    }
  }
  if (!headersOf(file, headersNode).known) site.headersKnown = false;
  return site;
}
