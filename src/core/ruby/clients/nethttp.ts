// Net::HTTP: `req = Net::HTTP::Post.new(uri, headers)` with `req["Authorization"] = …` and
// `req.add_field`, and `Net::HTTP.post(uri, body, headers)` / `Net::HTTP.get(uri)`.
import { ancestor, field, rangeOf, type Node } from '../../treesitter/nodes';
import type { RequestSite } from '../../types';
import { args, type RubyFile } from '../file';
import { headerHash, headerPairs, jsonBody, urlValue } from './hashes';
import type { RubyClient } from './index';

const CLASSES: Record<string, string> = { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Head: 'HEAD', Options: 'OPTIONS' };

export const netHttpClient: RubyClient = {
  name: 'net-http',
  sites(file) {
    if (!file.text.includes('Net::HTTP')) return [];
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      const receiver = field(call, 'receiver')?.text.replace(/\s+/g, '').replace(/^::/, '');
      const method = field(call, 'method')?.text;
      const verb = /^Net::HTTP::(\w+)$/.exec(receiver ?? '')?.[1];
      if (verb && CLASSES[verb] && method === 'new') {
        const site = requestObject(file, call, CLASSES[verb]);
        if (site) sites.push(site);
      } else if (receiver === 'Net::HTTP' && (method === 'post' || method === 'get' || method === 'get_response' || method === 'post_form')) {
        const [url, body, headers] = args(call);
        if (!url || url.type === 'pair') continue;
        const source = method === 'post' ? headerHash(file, headers) : { entries: [], known: true };
        const site: RequestSite = {
          tool: 'net-http',
          url: urlValue(file, url),
          method: method.startsWith('post') ? 'POST' : 'GET',
          range: rangeOf(call),
          reportRange: [field(call, 'method')!.startIndex, url.endIndex],
          headers: source.entries,
          headersKnown: source.known,
          sendsCookies: false,
        };
        const json = method === 'post' ? jsonBody(file, body) : undefined;
        if (json) site.body = json;
        if (method === 'post') {
          site.addAuthorization = (envVarName) => {
            if (!source.known) return undefined;
            const entry = `${file.str('Authorization')} => ${file.bearerValue(envVarName)}`;
            if (source.hash) return headers && headers.startIndex === source.hash.startIndex ? file.addToHash(source.hash, entry) : undefined;
            return body && !headers ? file.addArgument(call, `{ ${entry} }`) : undefined;
          };
        }
        sites.push(site);
      }
    }
    return sites;
  },
};

function requestObject(file: RubyFile, call: Node, method: string): RequestSite | undefined {
  const [url, ...rest] = args(call);
  if (!url || url.type === 'pair') return undefined;
  const statement = call.parent;
  const target = statement?.type === 'assignment' ? field(statement, 'left') : undefined;
  // `new(uri, headers_hash)` or `new(uri, "K" => v)`.
  const source = rest.length && rest.every((a) => a.type === 'pair') ? headerPairs(file, rest) : rest[0] ? headerHash(file, rest[0]) : { entries: [], known: true };
  const site: RequestSite = {
    tool: 'net-http',
    url: urlValue(file, url),
    method,
    range: rangeOf(call),
    reportRange: [call.startIndex, url.endIndex],
    headers: [...source.entries],
    headersKnown: source.known && target?.type === 'identifier',
    sendsCookies: false,
  };
  if (!target || target.type !== 'identifier') return site;
  const name = target.text;
  const scope = ancestor(call, ['method', 'singleton_method']);
  const within = (node: Node) => !scope || (node.startIndex >= scope.startIndex && node.endIndex <= scope.endIndex);
  for (const assignment of file.elementAssignments) {
    if (assignment.object !== name || !within(assignment.node)) continue;
    const header = file.literal(assignment.key);
    if (header === undefined) site.headersKnown = false;
    else site.headers.push(file.headerEntry(header, assignment.key, assignment.value, assignment.node));
  }
  // Only calls that mention the request's name (the text says so without the tree).
  const mentions = new RegExp(`(?<![\\w@$])${name}(?![\\w?!])`);
  for (const other of file.callsIn(scope)) {
    if (other.startIndex === call.startIndex || !mentions.test(other.text)) continue;
    const receiver = field(other, 'receiver');
    const method = field(other, 'method')?.text ?? '';
    if (receiver?.text === name) {
      if (method === 'add_field' || method === '[]=') {
        const [key, value] = args(other);
        const header = key && file.literal(key);
        if (key && value && header !== undefined) site.headers.push(file.headerEntry(header, key, value, other));
        else site.headersKnown = false;
      } else if (method === 'body' || method === 'body=' || method === 'content_type' || method === 'set_form_data') {
        // No headers beyond Content-Type.
      } else site.headersKnown = false;
    } else if (args(other).some((a) => a.text === name) && method !== 'request') site.headersKnown = false;
  }
  for (const value of file.assignments.get(`${name}.body`) ?? []) {
    const body = within(value) ? jsonBody(file, value) : undefined;
    if (body) site.body = body;
  }
  site.addAuthorization = (envVarName) => {
    if (!site.headersKnown || !statement) return undefined;
    const { indent } = file.lineOf(statement);
    return { range: [statement.endIndex, statement.endIndex], text: `\n${indent}${name}[${file.str('Authorization')}] = ${file.bearerValue(envVarName)}` };
  };
  return site;
}
