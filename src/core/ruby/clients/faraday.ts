// Faraday: `conn = Faraday.new(url: …, headers: {…}) { |f| f.request :authorization, "Bearer", token }`,
// `conn.headers["X"] = …`, and its calls `conn.post(path, body, headers)` or with a block
// `conn.post(path) { |req| req.headers["X"] = …; req.body = … }`.
import { ancestor, field, namedChildren, rangeOf, type Node } from '../../treesitter/nodes';
import { joinUrl } from '../../treesitter/file';
import type { HeaderEntry, RequestSite, Value } from '../../types';
import { computedText, valueOf } from '../../value';
import { args, keywords, type RubyFile } from '../file';
import { headerHash, jsonBody } from './hashes';
import type { RubyClient } from './index';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
// Middleware that changes no header the rules read.
const NEUTRAL = /^(?:request :(?:json|url_encoded|multipart|retry)|response :\w+|adapter\b.*|options\..*)$/;

interface Connection {
  name: string;
  creation: Node;
  base: Value | undefined;
  headers: HeaderEntry[];
  known: boolean;
  /** The `headers:` hash literal of Faraday.new, where a fix adds the header. */
  hash: Node | undefined;
}

export const faradayClient: RubyClient = {
  name: 'faraday',
  sites(file) {
    if (!file.text.includes('Faraday')) return [];
    const connections = connectionsOf(file);
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      const verb = field(call, 'method')?.text;
      const receiver = field(call, 'receiver');
      if (!verb || !VERBS.has(verb) || !receiver) continue;
      const connection = receiver.text.replace(/^::/, '') === 'Faraday' ? moduleConnection(call) : connections.find((c) => c.name === receiver.text && sameMethod(c.creation, call, c.name));
      if (!connection) continue;
      const site = callSite(file, call, verb, connection);
      if (site) sites.push(site);
    }
    return sites;
  },
};

/** `Faraday.post(url)`: the default connection, with no headers. */
function moduleConnection(call: Node): Connection {
  return { name: 'Faraday', creation: call, base: undefined, headers: [], known: true, hash: undefined };
}

function sameMethod(creation: Node, call: Node, name: string): boolean {
  // `@conn` lives as long as the object; a local only within its method.
  if (name.startsWith('@')) return true;
  return ancestor(creation, ['method', 'singleton_method'])?.startIndex === ancestor(call, ['method', 'singleton_method'])?.startIndex;
}

function connectionsOf(file: RubyFile): Connection[] {
  const out: Connection[] = [];
  for (const call of file.calls) {
    if (field(call, 'receiver')?.text.replace(/^::/, '') !== 'Faraday' || field(call, 'method')?.text !== 'new') continue;
    const statement = call.parent;
    const target = statement?.type === 'assignment' ? field(statement, 'left') : undefined;
    if (!target) continue;
    const options = keywords(call);
    const first = args(call)[0];
    const baseNode = options.get('url') ?? (first && first.type !== 'pair' ? first : undefined);
    const source = headerHash(file, options.get('headers'));
    const connection: Connection = { name: target.text, creation: call, base: baseNode && file.value(baseNode), headers: [...source.entries], known: source.known, hash: source.hash };
    const block = field(call, 'block');
    const parameter = block && namedChildren(namedChildren(block).find((n) => n.type === 'block_parameters') ?? block)[0]?.text;
    if (block) {
      for (const statement of namedChildren(namedChildren(block).find((n) => n.type === 'body_statement' || n.type === 'block_body') ?? block)) {
        if (statement.type === 'block_parameters') continue;
        middleware(file, connection, statement, parameter ?? '');
      }
    }
    // `conn.headers["X"] = …` and `conn.request :authorization, …` after the creation.
    for (const assignment of file.elementAssignments) {
      if (assignment.object !== `${connection.name}.headers`) continue;
      const header = file.literal(assignment.key);
      if (header === undefined) connection.known = false;
      else connection.headers.push(file.headerEntry(header, assignment.key, assignment.value, assignment.node));
    }
    for (const other of file.calls) if (field(other, 'receiver')?.text === connection.name && !VERBS.has(field(other, 'method')?.text ?? '')) connection.known = false;
    out.push(connection);
  }
  return out;
}

/** One statement of the `Faraday.new` block. */
function middleware(file: RubyFile, connection: Connection, statement: Node, parameter: string): void {
  const text = statement.text.replace(/\s+/g, ' ');
  if (statement.type === 'call' && field(statement, 'receiver')?.text === parameter && field(statement, 'method')?.text === 'request') {
    const [kind, scheme, token] = args(statement);
    if (kind?.text === ':authorization' && scheme && token) {
      const name = file.literal(scheme) ?? (scheme.type === 'simple_symbol' ? scheme.text.slice(1) : undefined);
      if (name === undefined || !/^bearer$/i.test(name) || token.type === 'lambda') connection.known = false;
      else {
        const value = file.value(token);
        connection.headers.push({ name: 'Authorization', nameRange: rangeOf(statement), value: valueOf(value.range, [computedText(`${name} `), ...value.parts]), range: rangeOf(statement) });
      }
      return;
    }
  }
  if (statement.type === 'assignment') {
    const left = field(statement, 'left');
    const object = left?.type === 'element_reference' ? field(left, 'object') : undefined;
    const key = left && namedChildren(left)[1];
    const value = field(statement, 'right');
    const header = key && file.literal(key);
    if (object?.text === `${parameter}.headers` && key && value && header !== undefined) {
      connection.headers.push(file.headerEntry(header, key, value, statement));
      return;
    }
  }
  if (!NEUTRAL.test(text.startsWith(`${parameter}.`) ? text.slice(parameter.length + 1) : text)) connection.known = false;
}

function callSite(file: RubyFile, call: Node, verb: string, connection: Connection): RequestSite | undefined {
  const [url, body, headers] = args(call);
  if (!url || url.type === 'pair') return undefined;
  const callHeaders = headerHash(file, headers);
  const entries = [...connection.headers, ...callHeaders.entries];
  let known = connection.known && callHeaders.known;
  let jsonNode: Node | undefined = body;
  const block = field(call, 'block');
  if (block) {
    const parameter = namedChildren(namedChildren(block).find((n) => n.type === 'block_parameters') ?? block)[0]?.text ?? '';
    for (const statement of namedChildren(namedChildren(block).find((n) => n.type === 'body_statement' || n.type === 'block_body') ?? block)) {
      const left = statement.type === 'assignment' ? field(statement, 'left') : undefined;
      const value = statement.type === 'assignment' ? field(statement, 'right') : undefined;
      if (left?.type === 'element_reference' && field(left, 'object')?.text === `${parameter}.headers` && value) {
        const key = namedChildren(left)[1];
        const header = key && file.literal(key);
        if (key && header !== undefined) entries.push(file.headerEntry(header, key, value, statement));
        else known = false;
      } else if (left?.text === `${parameter}.body` && value) jsonNode = value;
      else if (statement.type !== 'block_parameters' && !/^\w+\.(?:url|params|options)\b/.test(statement.text)) known = false;
    }
  }
  const site: RequestSite = {
    tool: 'faraday',
    url: joinUrl(connection.base, file.value(url)),
    method: verb.toUpperCase(),
    range: rangeOf(call),
    reportRange: [field(call, 'method')!.startIndex, url.endIndex],
    headers: entries,
    headersKnown: known,
    sendsCookies: false,
  };
  const json = jsonBody(file, jsonNode);
  if (json) site.body = json;
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    const entry = `${file.str('Authorization')} => ${file.bearerValue(envVarName)}`;
    if (connection.hash) return file.addToHash(connection.hash, entry);
    if (connection.name === 'Faraday' || connection.headers.length) return undefined;
    // Faraday.new(url: …) gains the header for every request on the connection.
    return file.addArgument(connection.creation, `headers: { ${entry} }`);
  };
  return site;
}
