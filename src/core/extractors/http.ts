// The REST Client `.http` / `.rest` format (the VS Code extension's and JetBrains' request files):
//
//   @host = https://api.unkey.com          file variable
//   ### create a key                        request separator
//   # a comment, // also a comment
//   POST {{host}}/v2/keys.createKey HTTP/1.1
//   Authorization: Bearer {{$dotenv UNKEY_ROOT_KEY}}
//   Content-Type: application/json
//                                           blank line: the body follows
//   { "apiId": "api_123" }
//
// REST Client substitutes `{{...}}` variables and nothing else: `$NAME` in a header is sent as written.

import type { Extraction, HeaderEntry, KeyLiteral, RequestSite, SourceRange, TextEdit, ValuePart } from '../types';
import { computedText, opaquePart, sourceText, valueOf } from '../value';
import type { ExtractContext } from './context';
import { findRootKeys, type Line, splitLines } from './embed';
import { jsonBodyOf } from '../jsonBody';

const METHODS = 'GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT|TRACE|LOCK|UNLOCK|PROPFIND|PROPPATCH|COPY|MOVE|MKCOL|MKCALENDAR|ACL|SEARCH';
const REQUEST_LINE = new RegExp(`^(?:(${METHODS})[ \\t]+)?(\\S.*?)(?:[ \\t]+HTTP\\/\\d(?:\\.\\d)?)?[ \\t]*$`, 'i');
const HEADER_LINE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)[ \t]*:[ \t]*/;
const VARIABLE_LINE = /^@([A-Za-z0-9_.$-]+)[ \t]*=[ \t]*/;
const SEPARATOR = /^[ \t]*###/;
const COMMENT = /^[ \t]*(?:#|\/\/)/;
/** `$NAME` / `${NAME}`: a shell habit REST Client does not expand. */
const SHELL_REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
const MAX_VARIABLE_DEPTH = 10;
/** Variable expansions per file: `@a = {{b}}{{b}}`, `@b = {{c}}{{c}}`... must not blow up. */
const MAX_EXPANSIONS = 10_000;

interface FileVariable {
  /** The raw value text as written. */
  raw: string;
  start: number;
}

interface Request {
  requestLine: Line;
  /** Query continuation lines (`?a=1`, `&b=2`). */
  queryLines: Line[];
  headerLines: Line[];
  /** The last line of the request that holds anything. */
  lastLine: Line;
  /** The first line of the body that holds anything. */
  bodyLine?: Line;
}

export function extractHttp(text: string, context: ExtractContext): Extraction {
  void context;
  const lines = splitLines(text);
  if (text.charCodeAt(0) === 0xfeff) lines[0] = { ...lines[0], start: 1 };
  const variables = new Map<string, FileVariable>();
  const requests: Request[] = [];
  const keys: KeyLiteral[] = [];
  const errors: string[] = [];
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';

  let state: 'before' | 'headers' | 'body' = 'before';
  let current: Request | undefined;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (SEPARATOR.test(content)) {
      state = 'before';
      current = undefined;
      continue;
    }
    const indent = /^[ \t]*/.exec(content)![0].length;
    const trimmed = content.slice(indent).trimEnd();
    if (state === 'body') {
      if (current && trimmed !== '') {
        current.bodyLine ??= line;
        current.lastLine = line;
      }
      continue;
    }
    if (trimmed === '') {
      if (state === 'headers') state = 'body';
      continue;
    }
    if (COMMENT.test(content)) continue;
    if (state === 'before') {
      const variable = VARIABLE_LINE.exec(trimmed);
      if (variable) {
        const start = line.start + indent + variable[0].length;
        variables.set(variable[1], { raw: trimmed.slice(variable[0].length), start });
        keys.push(...keyLiterals(text, start, line.start + indent + trimmed.length));
        continue;
      }
      // A pasted curl command is REST Client's other request form; its quoting rules are not the shell's.
      if (/^curl\s/i.test(trimmed)) {
        state = 'body';
        continue;
      }
      current = { requestLine: line, queryLines: [], headerLines: [], lastLine: line };
      requests.push(current);
      state = 'headers';
      continue;
    }
    // state === 'headers'
    if (!current) continue;
    if (/^[?&]/.test(trimmed) && current.headerLines.length === 0) current.queryLines.push(line);
    else if (HEADER_LINE.test(trimmed)) {
      current.headerLines.push(line);
      const valueStart = line.start + indent + HEADER_LINE.exec(trimmed)![0].length;
      keys.push(...keyLiterals(text, valueStart, line.start + indent + trimmed.length));
    } else state = 'body';
    current.lastLine = line;
  }

  const resolver = new Resolver(text, variables, errors);
  const sites = requests.flatMap((request) => {
    const site = buildSite(text, request, resolver, eol);
    return site ? [site] : [];
  });
  return { sites, keys, errors };
}

function keyLiterals(text: string, from: number, to: number): KeyLiteral[] {
  return findRootKeys(text, from, to).map((key) => ({
    ...key,
    replaceWithEnv: (envVarName: string): TextEdit => ({ range: [key.range[0], key.range[1]], text: `{{$dotenv ${envVarName}}}` }),
  }));
}

function buildSite(text: string, request: Request, resolver: Resolver, eol: string): RequestSite | undefined {
  const { requestLine } = request;
  const raw = text.slice(requestLine.start, requestLine.end);
  const indent = /^[ \t]*/.exec(raw)![0].length;
  const match = REQUEST_LINE.exec(raw.slice(indent));
  if (!match) return undefined;
  const lineStart = requestLine.start + indent;
  const urlStart = lineStart + (match[1] ? match[0].indexOf(match[2], match[1].length) : 0);
  const urlEnd = urlStart + match[2].length;
  const urlParts = resolver.parts(urlStart, urlEnd);
  for (const query of request.queryLines) {
    const q = text.slice(query.start, query.end);
    const qStart = query.start + /^[ \t]*/.exec(q)![0].length;
    urlParts.push(...resolver.parts(qStart, query.start + q.trimEnd().length));
  }
  const lastUrlLine = request.queryLines.at(-1) ?? requestLine;
  const urlRangeEnd = lastUrlLine === requestLine ? urlEnd : lastUrlLine.start + text.slice(lastUrlLine.start, lastUrlLine.end).trimEnd().length;
  const headers = request.headerLines.map((line) => buildHeader(text, line, resolver));
  const lastHeaderLine = request.headerLines.at(-1) ?? lastUrlLine;
  const lastContent = request.lastLine;
  const bodyEnd = lastContent.start + text.slice(lastContent.start, lastContent.end).trimEnd().length;
  const body = request.bodyLine ? jsonBodyOf(valueOf([request.bodyLine.start, bodyEnd], resolver.parts(request.bodyLine.start, bodyEnd))) : undefined;
  const lineBreakAfter = (line: Line) => (line.next > line.end ? text.slice(line.end, line.next) : eol);
  return {
    tool: 'http',
    url: valueOf([urlStart, urlRangeEnd], urlParts),
    method: (match[1] ?? 'GET').toUpperCase(),
    range: [lineStart, lastContent.start + text.slice(lastContent.start, lastContent.end).trimEnd().length],
    reportRange: [lineStart, lineStart + raw.slice(indent).trimEnd().length],
    headers,
    headersKnown: true,
    sendsCookies: headers.some((h) => h.name.toLowerCase() === 'cookie'),
    ...(body && { body }),
    setMethod: (method: string): TextEdit => (match[1]
      ? { range: [lineStart, lineStart + match[1].length], text: method }
      : { range: [lineStart, lineStart], text: `${method} ` }),
    addJsonBody: (json: string): TextEdit | undefined => {
      if (request.bodyLine) return undefined;
      const line = lastHeaderLine;
      const br = lineBreakAfter(line);
      const type = headers.some((h) => h.name.toLowerCase() === 'content-type') ? '' : `Content-Type: application/json${br}`;
      // Like addAuthorization: at the start of the next line, or after the last line of the file.
      if (line.next > line.end) return { range: [line.next, line.next], text: `${type}${br}${json}${br}` };
      return { range: [line.end, line.end], text: `${br}${type}${br}${json}` };
    },
    addAuthorization: (envVarName: string): TextEdit => {
      const line = lastHeaderLine;
      const indentLine = request.headerLines.at(-1) ?? requestLine;
      const lineIndent = /^[ \t]*/.exec(text.slice(indentLine.start, indentLine.end))![0];
      const header = `${lineIndent}Authorization: Bearer {{$dotenv ${envVarName}}}`;
      // Match the line's own break; the last line of the file has none, so it gets the file's.
      if (line.next > line.end) return { range: [line.next, line.next], text: header + text.slice(line.end, line.next) };
      return { range: [line.end, line.end], text: eol + header };
    },
  };
}

function buildHeader(text: string, line: Line, resolver: Resolver): HeaderEntry {
  const content = text.slice(line.start, line.end);
  const indent = /^[ \t]*/.exec(content)![0].length;
  const trimmed = content.slice(indent).trimEnd();
  const match = HEADER_LINE.exec(trimmed)!;
  const nameStart = line.start + indent;
  const valueStart = nameStart + match[0].length;
  const valueEnd = nameStart + trimmed.length;
  const colon = nameStart + trimmed.indexOf(':');
  const rawValue = text.slice(valueStart, valueEnd);
  const header: HeaderEntry = {
    name: match[1],
    nameRange: [nameStart, nameStart + match[1].length],
    value: valueOf([valueStart, valueEnd], resolver.parts(valueStart, valueEnd)),
    range: [nameStart, valueEnd],
    prependToValue: (prefix: string): TextEdit => ({
      range: [valueStart, valueStart],
      // `Authorization:` with nothing after the colon: keep the usual space.
      text: valueStart === colon + 1 ? ` ${prefix}` : prefix,
    }),
    replaceValue: (replacement: string): TextEdit => ({
      range: [valueStart, valueEnd],
      text: valueStart === colon + 1 ? ` ${replacement}` : replacement,
    }),
    replaceWithBearerEnv: (envVarName: string): TextEdit => ({
      range: [valueStart, valueEnd],
      text: `${valueStart === colon + 1 ? ' ' : ''}Bearer {{$dotenv ${envVarName}}}`,
    }),
  };
  const reference = shellReferences(rawValue)[0];
  if (reference) {
    header.unexpanded = { reference: reference.text, range: [valueStart + reference.index, valueStart + reference.index + reference.text.length] };
    header.expandReferences = (): TextEdit => ({ range: [valueStart, valueEnd], text: expandShellReferences(rawValue) });
  }
  return header;
}

interface ShellReference {
  text: string;
  name: string;
  index: number;
}

/** `$NAME` / `${NAME}` outside `{{...}}` in a header value. */
function shellReferences(value: string): ShellReference[] {
  const found: ShellReference[] = [];
  const templates = [...value.matchAll(/\{\{[\s\S]*?\}\}/g)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of value.matchAll(SHELL_REFERENCE)) {
    if (templates.some(([s, e]) => m.index >= s && m.index < e)) continue;
    found.push({ text: m[0], name: m[1] ?? m[2], index: m.index });
  }
  return found;
}

function expandShellReferences(value: string): string {
  let out = '';
  let cursor = 0;
  for (const ref of shellReferences(value)) {
    out += value.slice(cursor, ref.index) + `{{$processEnv ${ref.name}}}`;
    cursor = ref.index + ref.text.length;
  }
  return out + value.slice(cursor);
}

/** Evaluates text with `{{...}}` variables into value parts. */
class Resolver {
  private expansions = 0;
  /** A variable's parts as read at a use site (they never map to it, so every use shares them). */
  private readonly resolved = new Map<string, ValuePart[]>();

  constructor(
    private readonly text: string,
    private readonly variables: ReadonlyMap<string, FileVariable>,
    private readonly errors: string[],
  ) {}

  /** The parts of `text[start, end)`, mapped to the source. */
  parts(start: number, end: number): ValuePart[] {
    return this.evaluate(this.text.slice(start, end), start, 0, true);
  }

  private evaluate(raw: string, start: number, depth: number, mapped: boolean): ValuePart[] {
    const parts: ValuePart[] = [];
    const literal = (from: number, to: number) => {
      if (to <= from) return;
      const piece = raw.slice(from, to);
      parts.push(mapped ? sourceText(piece, start + from) : computedText(piece));
    };
    let cursor = 0;
    while (cursor < raw.length) {
      const open = raw.indexOf('{{', cursor);
      if (open === -1) break;
      const close = raw.indexOf('}}', open + 2);
      if (close === -1) {
        this.errors.push(`unterminated "{{" at offset ${start + open}`);
        break;
      }
      literal(cursor, open);
      const range: SourceRange = [start + open, start + close + 2];
      parts.push(...this.variable(raw.slice(open + 2, close).trim(), range, raw.slice(open, close + 2), depth));
      cursor = close + 2;
    }
    literal(cursor, raw.length);
    return parts;
  }

  private variable(expression: string, range: SourceRange, source: string, depth: number): ValuePart[] {
    const env = /^\$(?:dotenv|processEnv)\s+(%?)([A-Za-z_][A-Za-z0-9_.-]*)$/.exec(expression);
    // `%NAME` names an environment setting that holds the variable's name: which one is not known here.
    if (env) return [opaquePart(range, source, env[1] ? undefined : env[2])];
    const variable = this.variables.get(expression);
    if (!variable || depth >= MAX_VARIABLE_DEPTH || this.expansions >= MAX_EXPANSIONS) return [opaquePart(range, source)];
    this.expansions++;
    const cached = depth === 0 ? this.resolved.get(expression) : undefined;
    if (cached) return cached;
    // A file variable's text comes from its definition, not from here: no source map.
    const parts = this.evaluate(variable.raw, variable.start, depth + 1, false);
    if (depth === 0) this.resolved.set(expression, parts);
    return parts;
  }
}
