// Ruby hashes and URLs as the clients read them: `{ "Authorization" => … }` headers, `{ apiId: … }.to_json`
// bodies, and `URI("…")`/`URI.parse`/`URI.join` URLs.
import { joinUrl } from '../../treesitter/file';
import { field, namedChildren, rangeOf, type Node } from '../../treesitter/nodes';
import type { HeaderEntry, RequestBody, Value } from '../../types';
import { args, type RubyFile } from '../file';

export interface HeaderSource {
  entries: HeaderEntry[];
  known: boolean;
  /** The hash literal, where a fix can add an entry. */
  hash?: Node;
}

/** A hash literal, or a name assigned one once. */
export function hashOf(file: RubyFile, node: Node | undefined): Node | undefined {
  if (!node) return undefined;
  const value = node.type === 'hash' ? node : file.assigned(node);
  return value?.type === 'hash' ? value : undefined;
}

/** The name of a hash key: a string, `name:`, `:name`. */
export function keyName(file: RubyFile, key: Node | undefined): string | undefined {
  if (!key) return undefined;
  if (key.type === 'hash_key_symbol') return key.text;
  if (key.type === 'simple_symbol') return key.text.slice(1);
  return key.type === 'string' ? file.literal(key) : undefined;
}

/** `{ "Authorization" => "Bearer …" }`: known when every key is a literal and nothing is spread in. */
export function headerHash(file: RubyFile, node: Node | undefined): HeaderSource {
  if (!node) return { entries: [], known: true };
  const hash = hashOf(file, node);
  if (!hash) return { entries: [], known: false };
  return { ...headerPairs(file, namedChildren(hash)), hash };
}

/** Header entries from hash pairs (a literal's, or bare `"K" => v` arguments). */
export function headerPairs(file: RubyFile, pairs: Node[]): HeaderSource {
  const source: HeaderSource = { entries: [], known: true };
  for (const pair of pairs) {
    const key = pair.type === 'pair' ? field(pair, 'key') : undefined;
    const value = pair.type === 'pair' ? field(pair, 'value') : undefined;
    const name = keyName(file, key);
    if (!key || !value || name === undefined) source.known = false;
    else source.entries.push(file.headerEntry(name, key, value, pair));
  }
  return source;
}

/** `{ apiId: … }.to_json`, `JSON.generate({…})`, `JSON.dump({…})`: the hash's keys as the body. */
export function jsonBody(file: RubyFile, node: Node | undefined): RequestBody | undefined {
  if (node?.type !== 'call') return undefined;
  const method = field(node, 'method')?.text;
  const receiver = field(node, 'receiver');
  const source = method === 'to_json' ? receiver : receiver?.text === 'JSON' && (method === 'generate' || method === 'dump') ? args(node)[0] : undefined;
  const hash = hashOf(file, source ?? undefined);
  if (!hash) return undefined;
  const body: RequestBody = { properties: [], complete: true, range: rangeOf(hash) };
  for (const pair of namedChildren(hash)) {
    const key = pair.type === 'pair' ? field(pair, 'key') : undefined;
    const name = keyName(file, key);
    if (!key || name === undefined) {
      body.complete = false;
      continue;
    }
    const nameRange: [number, number] | undefined = key.type === 'hash_key_symbol' ? rangeOf(key) : key.type === 'string' && key.childCount === 3 && !key.text.includes('\\') ? rangeOf(key.child(1)!) : undefined;
    body.properties.push({ name, ...(nameRange ? { nameRange } : {}), range: rangeOf(pair) });
  }
  return body;
}

/** A URL expression: `URI("…")`, `URI.parse(…)`, `URI.join(base, path)`, a name bound to one, or a string. */
export function urlValue(file: RubyFile, node: Node, depth = 0): Value {
  if ((node.type === 'identifier' || node.type === 'constant' || node.type === 'instance_variable') && depth < 4) {
    const value = file.assigned(node);
    if (value) return urlValue(file, value, depth + 1);
  }
  if (node.type === 'call') {
    const receiver = field(node, 'receiver');
    const method = field(node, 'method')?.text;
    const list = args(node);
    if ((!receiver && method === 'URI') || (receiver?.text === 'URI' && method === 'parse')) return list[0] ? urlValue(file, list[0], depth + 1) : file.value(node);
    if (receiver?.text === 'URI' && method === 'join' && list.length === 2) return joinUrl(urlValue(file, list[0], depth + 1), urlValue(file, list[1], depth + 1));
  }
  return file.value(node);
}
