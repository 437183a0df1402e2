// HTTParty: `HTTParty.post(url, headers: {…}, body: {…}.to_json)`, and classes that `include HTTParty`
// with `base_uri` and `headers` at class level, called as `self.class.post`, `post` or `Name.post`.
import { ancestor, field, rangeOf, type Node } from '../../treesitter/nodes';
import { joinUrl } from '../../treesitter/file';
import type { RequestSite, Value } from '../../types';
import { args, keywords, type RubyFile } from '../file';
import { type HeaderSource, headerHash, jsonBody } from './hashes';
import type { RubyClient } from './index';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

interface Includer {
  name: string;
  node: Node;
  base: Value | undefined;
  headers: HeaderSource;
}

export const httpartyClient: RubyClient = {
  name: 'httparty',
  sites(file) {
    if (!file.text.includes('HTTParty')) return [];
    const classes = includers(file);
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      const verb = field(call, 'method')?.text;
      if (!verb || !VERBS.has(verb)) continue;
      const receiver = field(call, 'receiver');
      let owner: Includer | undefined;
      if (receiver?.text.replace(/^::/, '') !== 'HTTParty') {
        owner = receiver ? classes.find((c) => c.name === receiver.text) : undefined;
        const enclosing = ancestor(call, ['class', 'module']);
        const inside = enclosing && classes.find((c) => c.node.startIndex === enclosing.startIndex);
        if (!owner && inside && (!receiver || receiver.text === 'self.class' || receiver.text === 'self')) owner = inside;
        if (!owner) continue;
      }
      const site = callSite(file, call, verb, owner);
      if (site) sites.push(site);
    }
    return sites;
  },
};

function includers(file: RubyFile): Includer[] {
  const out: Includer[] = [];
  for (const call of file.calls) {
    if (field(call, 'method')?.text !== 'include' || args(call)[0]?.text !== 'HTTParty' || field(call, 'receiver')) continue;
    const owner = ancestor(call, ['class', 'module']);
    const name = owner && field(owner, 'name');
    if (!owner || !name) continue;
    const includer: Includer = { name: name.text, node: owner, base: undefined, headers: { entries: [], known: true } };
    for (const other of file.calls) {
      if (field(other, 'receiver') || ancestor(other, ['class', 'module'])?.startIndex !== owner.startIndex || ancestor(other, ['method', 'singleton_method'])) continue;
      const method = field(other, 'method')?.text;
      const list = args(other);
      if (method === 'base_uri' && list[0]) includer.base = file.value(list[0]);
      else if (method === 'headers') {
        // `headers "A" => "b"` (bare pairs) or `headers({…})`.
        const pairs = list.every((a) => a.type === 'pair');
        if (pairs) for (const pair of list) {
          const key = field(pair, 'key');
          const value = field(pair, 'value');
          const header = key && (key.type === 'string' ? file.literal(key) : undefined);
          if (key && value && header !== undefined) includer.headers.entries.push(file.headerEntry(header, key, value, pair));
          else includer.headers.known = false;
        } else {
          const source = headerHash(file, list[0]);
          includer.headers.entries.push(...source.entries);
          includer.headers.known &&= source.known;
        }
      } else if (method === 'basic_auth' || method === 'digest_auth' || method === 'default_options') includer.headers.known = false;
    }
    out.push(includer);
  }
  return out;
}

function callSite(file: RubyFile, call: Node, verb: string, owner: Includer | undefined): RequestSite | undefined {
  const list = args(call);
  const url = list[0];
  if (!url || url.type === 'pair') return undefined;
  const options = keywords(call);
  const hidden = list.some((a) => a.type === 'hash_splat_argument' || (a.type !== 'pair' && a !== url && a.startIndex !== url.startIndex)) || options.has('basic_auth') || options.has('digest_auth');
  const callHeaders = headerHash(file, options.get('headers'));
  const known = !hidden && callHeaders.known && (owner?.headers.known ?? true);
  const site: RequestSite = {
    tool: 'httparty',
    url: joinUrl(owner?.base, file.value(url)),
    method: verb.toUpperCase(),
    range: rangeOf(call),
    reportRange: [field(call, 'method')!.startIndex, url.endIndex],
    headers: [...(owner?.headers.entries ?? []), ...callHeaders.entries],
    headersKnown: known,
    sendsCookies: false,
  };
  const body = jsonBody(file, options.get('body'));
  if (body) site.body = body;
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    const entry = `${file.str('Authorization')} => ${file.bearerValue(envVarName)}`;
    const headersNode = options.get('headers');
    if (headersNode) return callHeaders.hash && headersNode.startIndex === callHeaders.hash.startIndex ? file.addToHash(callHeaders.hash, entry) : undefined;
    return file.addArgument(call, `headers: { ${entry} }`);
  };
  return site;
}

