// aiohttp: `aiohttp.ClientSession(base_url=…, headers=…)` and its `get/post/…/request` methods.
import { field } from '../../treesitter/nodes';
import type { RequestSite } from '../../types';
import { hasSplat, keywordArguments, positional } from '../file';
import { callSite, clientBindings, clientFor, HTTP_METHODS } from '../requestSite';
import type { PyClient } from './index';

const CONSTRUCTORS = new Set(['aiohttp.ClientSession']);

export const aiohttpClient: PyClient = {
  name: 'aiohttp',
  sites(file) {
    const bindings = clientBindings(file, CONSTRUCTORS, (call) => positional(call)[0] ?? keywordArguments(call).get('base_url'));
    const sites: RequestSite[] = [];
    if (!bindings.length) return sites;
    const names = new Set(bindings.map((b) => b.name));
    for (const call of file.calls) {
      const callee = file.callee(call);
      if (!callee || !names.has(callee.slice(0, callee.lastIndexOf('.')))) continue;
      const fn = field(call, 'function');
      if (fn?.type !== 'attribute') continue;
      const receiver = field(fn, 'object');
      const verb = field(fn, 'attribute')?.text ?? '';
      const client = receiver && clientFor(file, bindings, receiver, call);
      if (!client) continue;
      const args = positional(call);
      const keywords = keywordArguments(call);
      const isRequest = verb === 'request';
      if (!HTTP_METHODS.has(verb) && !isRequest) continue;
      const methodNode = isRequest ? (args[0] ?? keywords.get('method')) : undefined;
      const site = callSite(file, {
        tool: 'aiohttp',
        call,
        method: isRequest ? (methodNode && file.literal(methodNode)?.toUpperCase()) : verb.toUpperCase(),
        urlNode: isRequest ? (args[1] ?? keywords.get('url')) : (args[0] ?? keywords.get('url')),
        client,
        headersNode: keywords.get('headers'),
        hidden: hasSplat(call) || keywords.has('auth'),
        jsonNode: keywords.get('json'),
      });
      if (site) sites.push(site);
    }
    return sites;
  },
};
