// PHP arrays as the clients read them: `['Name' => value]` headers, `'Name: value'` header lines,
// `['apiId' => …]` bodies, and the option arrays of Guzzle calls.
import { sliceValue } from '../../treesitter/file';
import { rangeOf, type Node } from '../../treesitter/nodes';
import type { HeaderEntry, RequestBody } from '../../types';
import { flatten, sourceOffsetAt } from '../../value';
import { arrayElements, type PhpFile, unwrap } from '../file';

export interface HeaderSource {
  entries: HeaderEntry[];
  known: boolean;
  /** The array literal, where a fix can add an entry. */
  array?: Node;
}

/** An array literal, or a variable assigned one once in the same function. */
export function arrayOf(file: PhpFile, node: Node | undefined): Node | undefined {
  if (!node) return undefined;
  let current = unwrap(node);
  if (current.type === 'variable_name' || current.type === 'member_access_expression') current = unwrap(file.assigned(current.text.replace(/\s+/g, ''), current) ?? current);
  return current.type === 'array_creation_expression' ? current : undefined;
}

/** `['Authorization' => 'Bearer …']`: known when every key is a literal and nothing is spread in. */
export function headerMap(file: PhpFile, node: Node | undefined): HeaderSource {
  if (!node) return { entries: [], known: true };
  const array = arrayOf(file, node);
  if (!array) return { entries: [], known: false };
  const source: HeaderSource = { entries: [], known: true, array };
  for (const { key, value, element } of arrayElements(array)) {
    const name = key && file.literal(key);
    if (!key || name === undefined) source.known = false;
    else source.entries.push(file.headerEntry(name, key, value, element));
  }
  if (array.namedChildCount !== arrayElements(array).length) source.known = false;
  return source;
}

/** `['Authorization: Bearer …', …]` (curl's CURLOPT_HTTPHEADER): each line split at its first colon. */
export function headerLines(file: PhpFile, node: Node | undefined): HeaderSource {
  if (!node) return { entries: [], known: true };
  const array = arrayOf(file, node);
  if (!array) return { entries: [], known: false };
  const source: HeaderSource = { entries: [], known: true, array };
  for (const { key, value: line, element } of arrayElements(array)) {
    const value = file.value(line);
    const flat = flatten(value);
    const colon = flat.indexOf(':');
    if (key || colon <= 0 || flat.slice(0, colon).includes('\u0000')) {
      source.known = false;
      continue;
    }
    const name = flat.slice(0, colon).trim();
    const start = colon + 1 + (/^[ \t]*/.exec(flat.slice(colon + 1))?.[0].length ?? 0);
    const nameStart = sourceOffsetAt(value, 0);
    const nameEnd = sourceOffsetAt(value, colon);
    const entry: HeaderEntry = {
      name,
      nameRange: nameStart !== undefined && nameEnd !== undefined ? [nameStart, nameEnd] : rangeOf(line),
      value: sliceValue(value, start),
      range: rangeOf(element),
    };
    entry.replaceValue = (text) => ({ range: rangeOf(line), text: `${file.quoted(`${name}: `)} . ${text}` });
    entry.prependToValue = (prefix) => {
      const at = sourceOffsetAt(value, start);
      // Only inside the literal that holds the colon, where the text maps 1:1.
      if (at === undefined || /['"\\$%{}]/.test(prefix) || at < line.startIndex || at >= line.endIndex) return undefined;
      return { range: [at, at], text: prefix };
    };
    source.entries.push(entry);
  }
  if (array.namedChildCount !== arrayElements(array).length) source.known = false;
  return source;
}

/** An options array's entry by its literal key (`'headers'`, `'json'`, CURLOPT_URL). */
export function option(file: PhpFile, array: Node | undefined, name: string): { value: Node; element: Node } | undefined {
  if (!array) return undefined;
  const found = arrayElements(array).find((e) => e.key && (e.key.type === 'name' ? e.key.text === name : file.literal(e.key) === name));
  return found && { value: found.value, element: found.element };
}

/** An array literal's literal keys as a JSON body's top-level properties. */
export function arrayBody(file: PhpFile, node: Node | undefined): RequestBody | undefined {
  const array = arrayOf(file, node);
  if (!array) return undefined;
  const body: RequestBody = { properties: [], complete: array.namedChildCount === arrayElements(array).length, range: rangeOf(array) };
  for (const { key, element } of arrayElements(array)) {
    const name = key && file.literal(key);
    if (!key || name === undefined) {
      body.complete = false;
      continue;
    }
    const plain = key.type === 'string' && !key.text.slice(1, -1).includes('\\');
    body.properties.push({ name, ...(plain ? { nameRange: [key.startIndex + 1, key.endIndex - 1] as [number, number] } : {}), range: rangeOf(element) });
  }
  return body;
}
