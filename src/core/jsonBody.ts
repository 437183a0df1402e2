// Reads the top-level property names of a JSON object body held in a Value (curl `-d '{...}'`, a `.http`
// body), with their source ranges where the text maps 1:1 to the source. Values are skipped, not parsed.
import type { BodyProperty, RequestBody, Value } from './types';
import { OPAQUE, flatten, sourceRangeOf } from './value';

/** The body's top-level properties; undefined when the text is not a JSON object (form data, a file, a variable). */
export function jsonBodyOf(value: Value): RequestBody | undefined {
  const flat = flatten(value);
  let i = skipSpace(flat, 0);
  if (flat[i] !== '{') return undefined;
  const properties: BodyProperty[] = [];
  let complete = true;
  i = skipSpace(flat, i + 1);
  if (flat[i] === '}') return { properties, complete, range: value.range };
  for (;;) {
    if (flat[i] !== '"') {
      // A run-time part where a name should be (`{ $EXTRA }`, `{{body}}`): more may be sent than we see.
      if (flat[i] === OPAQUE) return { properties, complete: false, range: value.range };
      return undefined;
    }
    const nameEnd = skipString(flat, i);
    if (nameEnd === -1) return undefined;
    const name = flat.slice(i + 1, nameEnd - 1);
    let j = skipSpace(flat, nameEnd);
    if (flat[j] !== ':') return undefined;
    j = skipValue(flat, skipSpace(flat, j + 1));
    if (j === -1) return undefined;
    if (name.includes(OPAQUE) || name.includes('\\')) complete = false;
    else properties.push(property(value, name, i, j));
    i = skipSpace(flat, j);
    if (flat[i] === ',') {
      i = skipSpace(flat, i + 1);
      continue;
    }
    if (flat[i] === '}') return { properties, complete, range: value.range };
    return undefined;
  }
}

function property(value: Value, name: string, start: number, end: number): BodyProperty {
  const nameRange = sourceRangeOf(value, start + 1, start + 1 + name.length);
  const range = sourceRangeOf(value, start, end);
  return { name, ...(nameRange && { nameRange }), ...(range && { range }) };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** Index after the string starting at `i` (a `"`), or -1. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return -1;
}

/** Index after the JSON value starting at `i` (an opaque part counts as a whole value), or -1. */
function skipValue(text: string, i: number): number {
  if (text[i] === '"') return skipString(text, i);
  if (text[i] === '{' || text[i] === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const c = text[j];
      if (c === '"') {
        j = skipString(text, j) - 1;
        if (j < 0) return -1;
      } else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return j + 1;
    }
    return -1;
  }
  // A number, true/false/null, or a run-time part: up to the next comma or the closing brace.
  let j = i;
  while (j < text.length && text[j] !== ',' && text[j] !== '}') j++;
  return j === i ? -1 : trimEnd(text, i, j);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
