// The curl command model: which words are options, which are their arguments, which are URLs,
// and what request each URL gets (method, headers, cookies), with fix builders on the source.

import { jsonBodyOf } from '../jsonBody';
import { firstAtOrAfter } from '../sorted';
import type { HeaderEntry, RequestBody, RequestSite, SourceRange, TextEdit, Value } from '../types';
import { OPAQUE, computedText, knownText, opaquePart, sourceRangeOf } from '../value';
import { type Dialect, envReference, isEnvName } from './dialect';
import type { Command, Word } from './tokenizer';
import { expandWordReferences, insertInWord, isUnterminated, segmentAt, sliceValue, unexpandedReference, wordRange } from './words';

export interface CurlContext {
  /** The whole text the command's offsets point into. */
  text: string;
  dialect: Dialect;
  /** Add headers on the same line even when the command uses line continuations (curl inside a JS string). */
  inlineFixes?: boolean;
}

// Short options that take an argument (curl 8.x); every other letter is a flag.
const SHORT_WITH_ARGUMENT = new Set('AbcCdDeEFHKmoPQrtTuUwxXyYz');
const SHORT_NAMES: Record<string, string> = {
  H: 'header', u: 'user', X: 'request', d: 'data', F: 'form', b: 'cookie', K: 'config', G: 'get', I: 'head', T: 'upload-file', ':': 'next',
};
// Long options that take an argument (curl 8.x). `--expand-<option>` takes the same argument.
const LONG_WITH_ARGUMENT = new Set(
  `abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout connect-to
  continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary data-raw data-urlencode
  delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url dump-header ech egd-file engine
  etag-compare etag-save expect100-timeout form form-string ftp-account ftp-alternative-to-user ftp-method ftp-port
  ftp-ssl-ccc-mode happy-eyeballs-timeout-ms haproxy-clientip header hostpubmd5 hostpubsha256 hsts interface ip-tos
  ipfs-gateway json keepalive-cnt keepalive-time key key-type krb libcurl limit-rate local-port login-options
  mail-auth mail-from mail-rcpt max-filesize max-redirs max-time netrc-file noproxy oauth2-bearer output output-dir
  parallel-max pass pinnedpubkey preproxy proto proto-default proto-redir proxy proxy-cacert proxy-capath proxy-cert
  proxy-cert-type proxy-ciphers proxy-crlfile proxy-header proxy-key proxy-key-type proxy-pass proxy-pinnedpubkey
  proxy-service-name proxy-tls13-ciphers proxy-tlsauthtype proxy-tlspassword proxy-tlsuser proxy-user proxy1.0
  pubkey quote random-file range rate referer request request-target resolve retry retry-delay retry-max-time
  sasl-authzid service-name socks4 socks4a socks5 socks5-gssapi-service socks5-hostname speed-limit speed-time
  stderr telnet-option tftp-blksize time-cond tls-max tls13-ciphers tlsauthtype tlspassword tlsuser trace
  trace-ascii trace-config unix-socket upload-file url url-query user user-agent variable vlan-priority write-out`.split(/\s+/),
);
const SENDS_DATA = new Set(['data', 'data-ascii', 'data-binary', 'data-raw', 'data-urlencode', 'json', 'form', 'form-string']);

// Commands that run their arguments as a command: name -> [short options of theirs that take an argument, leading operands].
const WRAPPERS: Record<string, [string, number]> = {
  sudo: ['ugCDhpUrt', 0], env: ['uCS', 0], command: ['', 0], exec: ['a', 0], time: ['fo', 0], nohup: ['', 0],
  nice: ['n', 0], timeout: ['sk', 1], xargs: ['IEdLnPs', 0], builtin: ['', 0], '!': ['', 0], '{': ['', 0],
  if: ['', 0], then: ['', 0], elif: ['', 0], else: ['', 0], do: ['', 0], while: ['', 0], until: ['', 0],
};

/** Index of the `curl` word in the command (after assignments and wrappers like `sudo`), or -1. */
export function curlWordIndex(command: Command, dialect: Dialect): number {
  const { words } = command;
  let k = 0;
  while (k < words.length) {
    const word = words[k];
    if (isAssignment(word)) {
      k++;
      continue;
    }
    const name = programName(word.text, dialect);
    if (name === 'curl') return k;
    const wrapper = WRAPPERS[name];
    if (!wrapper) return -1;
    k++;
    while (k < words.length && /^-./.test(words[k].text)) {
      const option = words[k].text;
      k += option.length === 2 && wrapper[0].includes(option[1]) ? 2 : 1;
      if (option === '--') break;
    }
    k += wrapper[1];
  }
  return -1;
}

/**
 * The script of `sh -c '...'` (also bash, zsh, dash, ksh; anywhere in the command, as in
 * `docker run img sh -c '...'`): written 1:1 in the source, it can be read as commands in place.
 * Only a single-quoted script: inside double quotes the outer shell expands `$X` first, and the quotes
 * that fixes insert would end the outer string.
 */
export function inlineScript(command: Command, dialect: Dialect): SourceRange | undefined {
  if (dialect !== 'posix') return undefined;
  const { words } = command;
  const shell = words.findIndex((w) => /^(?:ba|z|da|k)?sh$/.test(programName(w.text, dialect)));
  if (shell === -1) return undefined;
  for (let k = shell + 1; k < words.length && /^-[a-zA-Z]+$/.test(words[k].text); k++) {
    if (!words[k].text.includes('c')) continue;
    const segments = words[k + 1]?.segments;
    return segments?.length === 1 && segments[0].quoting === 'single' ? segments[0].content : undefined;
  }
  return undefined;
}

/** `NAME=value` with the name written bare, as the shell reads an assignment. */
export function isAssignment(word: Word): boolean {
  const match = /^[A-Za-z_]\w*=/.exec(word.text);
  const first = word.segments[0];
  return match !== null && first?.quoting === 'none' && first.text[1] >= match[0].length;
}

/** `curl`, `/usr/bin/curl`, `curl.exe`, `@curl` (cmd echo-off prefix), case-insensitive on Windows shells. */
function programName(text: string, dialect: Dialect): string {
  let name = text.slice(Math.max(text.lastIndexOf('/'), dialect === 'posix' ? -1 : text.lastIndexOf('\\')) + 1);
  if (dialect !== 'posix') name = name.toLowerCase().replace(/^@/, '').replace(/\.exe$/, '');
  return name;
}

/** An option argument: the rest of `word` from flattened position `from` (glued `-XPOST`, `--header=...`). */
interface Argument {
  word: Word;
  from: number;
  text: string;
  value: Value;
}

function argument(word: Word, from = 0): Argument {
  return { word, from, text: word.text.slice(from), value: from === 0 ? word.value : sliceValue(word.value, from) };
}

/** One request of the command (curl's `--next` starts another). */
interface Request {
  urls: Argument[];
  headers: HeaderEntry[];
  headersKnown: boolean;
  sendsCookies: boolean;
  /** From -X: upper-case text, or null when it is a run-time value. */
  explicitMethod: string | null | undefined;
  implied: { data?: boolean; get?: boolean; head?: boolean; upload?: boolean };
  lastHeaderWord: Word | undefined;
  /** -u and --oauth2-bearer: curl's own Authorization, which an explicit -H Authorization replaces. */
  credentials: HeaderEntry[];
  /** The -X argument, for a method fix. */
  methodArg?: Argument;
  /** The -d / --data* / --json arguments, for the body. */
  data: Array<{ name: string; arg: Argument }>;
}

function newRequest(): Request {
  return { urls: [], headers: [], headersKnown: true, sendsCookies: false, explicitMethod: undefined, implied: {}, lastHeaderWord: undefined, credentials: [], data: [] };
}

/**
 * The request sites of a curl command (one per URL), or an empty list when the command is not curl.
 * Ranges are offsets into `context.text`.
 */
export function curlSites(command: Command, context: CurlContext): RequestSite[] {
  const start = curlWordIndex(command, context.dialect);
  if (start === -1) return [];
  const program = command.words[start];
  const { words } = command;
  const requests: Request[] = [newRequest()];
  let request = requests[0];

  const apply = (name: string, optionRange: SourceRange, arg: Argument | undefined) => {
    if (name === 'next') {
      requests.push((request = newRequest()));
      return;
    }
    if (name === 'get' || name === 'head') request.implied[name] = true;
    if (name === 'config') request.headersKnown = false;
    if (!arg) return;
    if (name === 'header') addHeader(request, optionRange, arg, context);
    else if (name === 'user') request.credentials.push(basicCredentials(optionRange, arg, context));
    else if (name === 'oauth2-bearer') request.credentials.push(bearerCredentials(optionRange, arg));
    else if (name === 'request') {
      const method = knownText(arg.value);
      request.explicitMethod = method === undefined ? null : method.toUpperCase();
      request.methodArg = arg;
    } else if (name === 'url') request.urls.push(arg);
    else if (name === 'cookie') request.sendsCookies = true;
    else if (name === 'upload-file') request.implied.upload = true;
    else if (SENDS_DATA.has(name)) {
      request.implied.data = true;
      request.data.push({ name, arg });
    }
  };

  for (let k = start + 1; k < words.length; k++) {
    const word = words[k];
    const text = word.text;
    if (mayExpandToOptions(word, context.dialect)) {
      request.headersKnown = false;
      continue;
    }
    if (text.startsWith('--') && text.length > 2) {
      const eq = text.indexOf('=');
      const glued = eq > 2 && takesArgument(text.slice(2, eq));
      const name = canonical(glued ? text.slice(2, eq) : text.slice(2));
      let arg: Argument | undefined;
      if (glued) arg = argument(word, eq + 1);
      else if (takesArgument(name) && k + 1 < words.length) arg = argument(words[++k]);
      apply(name, word.range, arg);
    } else if (text.startsWith('-') && text.length > 1) {
      for (let j = 1; j < text.length; j++) {
        const letter = text[j];
        const name = SHORT_NAMES[letter] ?? letter;
        if (!SHORT_WITH_ARGUMENT.has(letter)) {
          apply(name, word.range, undefined);
          continue;
        }
        let arg: Argument | undefined;
        if (j + 1 < text.length) arg = argument(word, j + 1);
        else if (k + 1 < words.length) arg = argument(words[++k]);
        apply(name, word.range, arg);
        break;
      }
    } else {
      request.urls.push(argument(word));
    }
  }

  const sites: RequestSite[] = [];
  for (const req of requests) {
    const explicit = req.headers.some((h) => h.name.toLowerCase() === 'authorization');
    const headers = explicit ? req.headers : [...req.headers, ...req.credentials];
    const method = req.explicitMethod !== undefined
      ? req.explicitMethod ?? undefined
      : req.implied.head ? 'HEAD' : req.implied.get ? 'GET' : req.implied.data ? 'POST' : req.implied.upload ? 'PUT' : 'GET';
    for (const url of req.urls) {
      const anchor = req.lastHeaderWord ?? url.word;
      sites.push({
        tool: 'curl',
        url: url.value,
        method,
        range: command.range,
        reportRange: program.range,
        headers,
        headersKnown: req.headersKnown,
        sendsCookies: req.sendsCookies,
        addAuthorization: (envVarName) => addAuthorization(command, anchor, envVarName, context),
        ...jsonBody(req),
        setMethod: (name) => setMethod(req, program, name),
        addJsonBody: (json) => (req.data.length || context.dialect !== 'posix' || json.includes("'") ? undefined : {
          range: [url.word.range[1], url.word.range[1]],
          text: ` -H "Content-Type: application/json" -d '${json}'`,
        }),
      });
    }
  }
  return sites;
}

/** One `-d '{...}'` / `--json '{...}'` whose JSON the engine can read (not `@file`, not form data). */
function jsonBody(req: Request): { body: RequestBody } | Record<string, never> {
  if (req.data.length !== 1 || req.implied.get) return {};
  const { name, arg } = req.data[0];
  if (!['data', 'data-raw', 'data-binary', 'data-ascii', 'json'].includes(name) || (name !== 'data-raw' && arg.text.startsWith('@'))) return {};
  const body = jsonBodyOf(arg.value);
  return body ? { body } : {};
}

/** Replaces the -X value, or adds `-X <method>` after the program; not for -G/-I, whose data is a query. */
function setMethod(req: Request, program: Word, name: string): TextEdit | undefined {
  if (req.implied.get || req.implied.head) return undefined;
  if (!req.methodArg) return { range: [program.range[1], program.range[1]], text: ` -X ${name}` };
  const range = sourceRangeOf(req.methodArg.value, 0, req.methodArg.text.length);
  return range && { range, text: name };
}

/** `--expand-header` is `--header` with `{{variables}}` expanded by curl. */
function canonical(name: string): string {
  return name.startsWith('expand-') ? name.slice(7) : name;
}

function takesArgument(name: string): boolean {
  return LONG_WITH_ARGUMENT.has(canonical(name));
}

/**
 * An unquoted `$OPTS` or `%OPTS%`, `"$@"`, `"${args[@]}"` or PowerShell's `@args` may hold any options,
 * headers included. (A quoted `"$URL"`, or any PowerShell variable, is one word: a URL.)
 */
function mayExpandToOptions(word: Word, dialect: Dialect): boolean {
  const unquoted = word.segments.every((s) => s.quoting === 'none');
  if (dialect === 'powershell') return unquoted && /^@[A-Za-z_]\w*$/.test(word.text);
  if (!word.value.parts.every((p) => p.kind === 'opaque')) return false;
  return unquoted || word.value.parts.some((p) => p.kind === 'opaque' && /^\$(?:@|\*|\{[^}]*\[[@*]\]\})$/.test(p.source));
}

/** `-H "Name: value"` (also `Name;` for an empty value); `@file` and unknown names make the headers unknown. */
function addHeader(request: Request, optionRange: SourceRange, arg: Argument, context: CurlContext): void {
  const { text, word, from } = arg;
  if (text.startsWith('@')) {
    request.headersKnown = false;
    return;
  }
  const colon = text.indexOf(':');
  const emptyForm = colon === -1 && text.endsWith(';');
  const nameEnd = colon === -1 ? (emptyForm ? text.length - 1 : -1) : colon;
  if (nameEnd === -1 || text.slice(0, nameEnd).includes(OPAQUE)) {
    if (text.includes(OPAQUE)) request.headersKnown = false;
    return;
  }
  const rawName = text.slice(0, nameEnd);
  const name = rawName.trim();
  if (!name) return;
  let valueStart = emptyForm ? text.length : colon + 1;
  while (text[valueStart] === ' ' || text[valueStart] === '\t') valueStart++;
  // `-H "Name:"` makes curl drop the header instead of sending it empty.
  if (!emptyForm && valueStart === text.length) return;
  const nameStart = from + rawName.indexOf(name);
  const valueFrom = from + valueStart;
  const valueTo = emptyForm ? valueFrom : from + text.length;
  const value = emptyForm ? { parts: [], range: wordRange(word, from + nameEnd, from + nameEnd) } : sliceValue(word.value, valueFrom, valueTo);
  const entry: HeaderEntry = {
    name,
    nameRange: wordRange(word, nameStart, nameStart + name.length),
    value,
    range: [optionRange[0], word.range[1]],
    prependToValue: emptyForm ? undefined : (prefix) => insertInWord(context.dialect, word, valueFrom, prefix),
    replaceValue: emptyForm ? undefined : (replacement) => replaceInSegment(word, value, replacement),
    // Only inside double quotes: there the reference expands and the space needs no escape.
    replaceWithBearerEnv: emptyForm ? undefined : (envVarName) =>
      segmentAt(word, value.range[0])?.quoting === 'double' && isEnvName(envVarName)
        ? replaceInSegment(word, value, `Bearer ${envReference(context.dialect, envVarName, context.text[value.range[1]])}`)
        : undefined,
  };
  if (name.toLowerCase() === 'authorization') {
    const unexpanded = unexpandedReference(context.dialect, word, valueFrom, valueTo);
    if (unexpanded) {
      entry.unexpanded = unexpanded;
      entry.expandReferences = () => expandWordReferences(context.dialect, context.text, word);
    }
  }
  request.headers.push(entry);
  request.lastHeaderWord = word;
}

/** Replaces the value's source span when it lies inside one quoting run (else the new text could unbalance quotes). */
function replaceInSegment(word: Word, value: Value, replacement: string): TextEdit | undefined {
  const [start, end] = value.range;
  const segment = segmentAt(word, start);
  if (!segment || end > segment.content[1] || start === end) return undefined;
  return { range: [start, end], text: replacement };
}

/** `-u user:password` makes curl send `Authorization: Basic <base64>`. */
function basicCredentials(optionRange: SourceRange, arg: Argument, context: CurlContext): HeaderEntry {
  const { text, dialect } = context;
  const known = knownText(arg.value);
  const range: SourceRange = [optionRange[0], arg.word.range[1]];
  const encoded = known === undefined ? undefined : base64(known);
  const parts = encoded === undefined
    ? [computedText('Basic '), opaquePart(arg.word.range, text.slice(arg.word.range[0], arg.word.range[1]))]
    : [computedText('Basic ' + encoded)];
  // The Bearer header in place of the whole `-u` option.
  const replaceWithBearerEnv = (envVarName: string): TextEdit | undefined =>
    isEnvName(envVarName) && !isUnterminated(arg.word) ? { range: [range[0], range[1]], text: `-H "Authorization: Bearer ${envReference(dialect, envVarName, '"')}"` } : undefined;
  return { name: 'Authorization', nameRange: range, value: { parts, range: arg.value.range }, range, replaceWithBearerEnv };
}

/** `--oauth2-bearer TOKEN` makes curl send `Authorization: Bearer TOKEN`. */
function bearerCredentials(optionRange: SourceRange, arg: Argument): HeaderEntry {
  const range: SourceRange = [optionRange[0], arg.word.range[1]];
  return { name: 'Authorization', nameRange: optionRange, value: { parts: [computedText('Bearer '), ...arg.value.parts], range: arg.value.range }, range };
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Inserts `-H "Authorization: Bearer <env reference>"` after `anchor` (the last -H argument, else the URL):
 * on a new continued line when the command already spans continued lines, else on the same line.
 */
function addAuthorization(command: Command, anchor: Word, envVarName: string, context: CurlContext): TextEdit | undefined {
  const shape = commandShape(command);
  if (!isEnvName(envVarName) || shape.unterminated) return undefined;
  const { text, dialect } = context;
  const header = `-H "Authorization: Bearer ${envReference(dialect, envVarName, '"')}"`;
  const { continuations } = command;
  if (context.inlineFixes || continuations.length === 0) return { range: [anchor.range[1], anchor.range[1]], text: ` ${header}` };

  // The last word on the anchor's line: the new line goes after it, before that line's own continuation.
  // Binary searches over the command's sorted tokens: a command with thousands of continued lines has as
  // many URLs (sites), and a scan per site made fixing it quadratic.
  const { tokens } = shape;
  let end = anchor.range[1];
  for (let i = firstAtOrAfter(tokens, (t) => t.range[0], end); i < tokens.length; i++) {
    const token = tokens[i];
    if (token.range[0] < end) continue;
    if (text.slice(end, token.range[0]).includes('\n')) break;
    end = token.range[1];
  }
  const next = firstAtOrAfter(continuations, (c) => c[0], end);
  const style = continuations[next] ?? continuations[continuations.length - 1];
  const marker = text.slice(style[0], style[1]);
  let space = style[0];
  while (space > 0 && (text[space - 1] === ' ' || text[space - 1] === '\t')) space--;
  const before = text.slice(space, style[0]) || ' ';
  // The command's own first continued line (`a && \` before `curl` on the next line belongs to the command too).
  const firstContinued = shape.firstContinued;
  const indent = indentation(text, lineStart(text, anchor.range[0]) > lineStart(text, command.range[0]) ? anchor.range[0] : firstContinued);
  return { range: [end, end], text: `${before}${marker}${indent}${header}` };
}

interface CommandShape {
  /** Words and redirects in source order. */
  tokens: Word[];
  unterminated: boolean;
  /** Where the command's first continued line starts. */
  firstContinued: number;
}

/** Per command, computed once for all of its sites. */
const SHAPES = new WeakMap<Command, CommandShape>();

function commandShape(command: Command): CommandShape {
  let shape = SHAPES.get(command);
  if (!shape) {
    const { continuations } = command;
    const firstAfterStart = continuations.find((c) => c[0] > command.range[0]) ?? continuations[0];
    shape = {
      tokens: [...command.words, ...command.redirects].sort((a, b) => a.range[0] - b.range[0]),
      unterminated: command.words.some(isUnterminated),
      firstContinued: firstAfterStart ? firstAfterStart[1] : command.range[0],
    };
    SHAPES.set(command, shape);
  }
  return shape;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function indentation(text: string, at: number): string {
  const start = lineStart(text, at);
  return /^[ \t]*/.exec(text.slice(start, Math.min(text.length, start + 200)))![0];
}
