// What the hover says about a request or a key literal, built from a lint result. No `vscode` import.
import { judgeAuthorization } from '../core/authorization';
import type { LintResult } from '../core/lint';
import { maskKey, maskSecrets, redact } from '../core/mask';
import { ruleDocsUrl } from '../core/rules/rule';
import type { Finding, HeaderEntry, LanguageKind, RequestSite, RuleId, SdkKeyOption, SourceRange, Value } from '../core/types';
import { firstAnswer } from '../core/serverOrder';
import { classifyUrl, type UnkeyTarget } from '../core/unkeyUrl';

export interface HoverContent {
  range: SourceRange;
  /** Markdown; never holds a key unmasked. */
  markdown: string;
}

const TITLE = '**Unkey Lint**';

/** The hover at `offset`: a key literal, or a request to the Unkey API (its Authorization value, its URL or a finding on it). */
export function hoverAt(result: LintResult, offset: number, hosts: readonly string[]): HoverContent | undefined {
  const key = result.extraction.keys.find((k) => covers(k.range, offset));
  if (key) {
    const finding = result.findings.find((f) => f.ruleId === 'hardcoded-root-key' && overlaps(f.range, key.range));
    const lines = [`${TITLE} · key literal ${code(maskKey(key.key))}`];
    // The diagnostic's own hover says what is wrong; this one adds where to read more.
    if (finding) lines.push(ruleLink(finding.ruleId));
    return { range: key.range, markdown: redact(lines.join('\n\n')) };
  }

  const sdk = result.extraction.sdkKeys?.find((o) => covers(o.reportRange, offset) || covers(o.value.range, offset));
  if (sdk) return { range: covers(sdk.reportRange, offset) ? sdk.reportRange : sdk.value.range, markdown: redact(sdkLines(sdk, result.findings).join('\n\n')) };

  let best: { site: RequestSite; target: UnkeyTarget; range: SourceRange } | undefined;
  for (const site of result.extraction.sites) {
    if (!covers(site.range, offset)) continue;
    const range = hoverRangeIn(site, offset, result.findings);
    if (!range) continue;
    const target = classifyUrl(site.url, hosts);
    if (!target) continue;
    // Nested sites (a curl string inside a call): the innermost wins.
    if (!best || site.range[1] - site.range[0] < best.site.range[1] - best.site.range[0]) best = { site, target, range };
  }
  if (!best) return undefined;
  const { site, target, range } = best;
  const findings = result.findings.filter((f) => overlaps(f.range, site.range));
  // A URL path can hold a key too (`/v2/unkey_…`): the whole text goes through the shared redaction.
  const render = renderer(result.language);
  return {
    range,
    markdown: redact([endpointLine(site, target), ...permissionLine(target), ...answerLine(site, target), ...authorizationLines(site, target, findings, render)].join('\n\n')),
  };
}

/** An SDK entry point given a root key: what it calls, and how the key is sent. */
function sdkLines(option: SdkKeyOption, findings: readonly Finding[]): string[] {
  const calls = option.endpoints.map(code).join(', ');
  const lines = [`${TITLE} · ${code(option.callee)} from ${code(option.module)} calls ${calls} on ${code('api.unkey.com')} with its ${code(option.option)} as the root key.`];
  if (option.option === 'rootKey') lines.push('It sends `Authorization: Bearer <rootKey>`, adding `Bearer ` unless the value already starts with "bearer " in any letter case.');
  else lines.push('`token` is the option\'s name in the v1-era @unkey/api 0.x; 2.x calls it `rootKey`.');
  const on = findings.filter((f) => overlaps(f.range, option.range));
  for (const rule of new Set(on.map((f) => f.ruleId))) lines.push(ruleLink(rule));
  return lines;
}

/** The root key permissions the endpoint needs (the v2 OpenAPI's "Required Permissions"). */
function permissionLine(target: UnkeyTarget): string[] {
  const text = target.auth === 'rootKey' ? target.endpoint?.permissions : undefined;
  if (!text) return [];
  const names = [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  if (names.length === 0) return [];
  return [`Root key permission: ${names.length > 1 ? 'one of ' : ''}${names.map(code).join(', ')}.`];
}

/** A finding's rule and its documentation; the message itself is in the diagnostic's hover right above. */
function ruleLink(rule: RuleId): string {
  return `Rule [${rule}](${ruleDocsUrl(rule)}).`;
}

/** What the server answers first, from the same order of checks the rule messages use. */
function answerLine(site: RequestSite, target: UnkeyTarget): string[] {
  const first = firstAnswer(site, target);
  if (!first) return [];
  if (first.step === 0) return [`This request fails: ${plain(first.reason)}.`];
  return [`The server will answer first: ${plain(first.answer)} (${plain(first.reason)}).`];
}

/** Where on a site a hover applies: an Authorization header, the report range (callee, URL, `curl`), or a finding. */
function hoverRangeIn(site: RequestSite, offset: number, findings: readonly Finding[]): SourceRange | undefined {
  const header = authorization(site).find((h) => covers(h.range, offset));
  if (header) return header.range;
  if (covers(site.reportRange, offset)) return site.reportRange;
  if (covers(site.url.range, offset)) return site.url.range;
  return findings.find((f) => covers(f.range, offset) && overlaps(f.range, site.range))?.range;
}

function endpointLine(site: RequestSite, target: UnkeyTarget): string {
  const method = site.method ?? target.endpoint?.method ?? 'POST';
  const where = target.host ? `on ${code(target.host)}` : 'on a base URL set at run time';
  const needs = {
    rootKey: 'needs a root key (`Authorization: Bearer <root key>`)',
    none: 'needs no credential',
    portalSession: 'needs a portal session cookie, not a root key',
  }[target.auth];
  const retired = target.endpoint?.deprecated ? ' This v1 endpoint was retired with v1 at the end of 2025.' : '';
  const unknown = target.endpoint ? '' : ' (not in the endpoint catalog; every path on the API host needs a root key)';
  return `${TITLE} · ${code(`${method} ${target.path}`)} ${where} ${needs}${unknown}.${retired}`;
}

function authorizationLines(site: RequestSite, target: UnkeyTarget, findings: readonly Finding[], render: (value: Value) => string): string[] {
  const headers = authorization(site);
  const siteFindings = findings.filter((f) => !headers.some((h) => h.value && overlaps(f.range, h.value.range)));
  const lines: string[] = [];
  if (headers.length === 0) {
    if (!site.headersKnown) lines.push('Headers are added where the linter cannot see (a variable, a parameter, a file); it does not judge them.');
    else if (site.sendsCookies) lines.push('Sends cookies, so it is not judged for a bearer token.');
    else if (target.auth !== 'rootKey') lines.push('Sends no `Authorization` header, and this endpoint needs none.');
    else if (siteFindings.length === 0) lines.push('Sends no `Authorization` header.');
  }
  for (const header of headers) lines.push(describeHeader(header, findings, render));
  for (const finding of siteFindings) lines.push(ruleLink(finding.ruleId));
  return lines;
}

function describeHeader(header: HeaderEntry, findings: readonly Finding[], render: (value: Value) => string): string {
  if (!header.value) return `${code('Authorization')} is computed where the linter cannot see; it is not judged.`;
  const sent = code(`Authorization: ${render(header.value)}`);
  const value = header.value;
  const on = findings.filter((f) => overlaps(f.range, value.range) || overlaps(f.range, header.range));
  // A key written in the value is a separate matter from whether the server accepts the format.
  const keyNote = on.some((f) => f.ruleId === 'hardcoded-root-key') ? ` ${ruleLink('hardcoded-root-key')}` : '';
  const finding = on.find((f) => f.ruleId !== 'hardcoded-root-key');
  if (finding) return `Sends ${sent}. ${ruleLink(finding.ruleId)}${keyNote}`;
  return `Sends ${sent}${verdictText(value)}${keyNote}`;
}

/** What the server does with a value no finding speaks about (its rule may be off, or disabled by a comment). */
function verdictText(value: Value): string {
  switch (judgeAuthorization(value).kind) {
    case 'ok':
      return '; the server accepts this format (whether the key is valid shows only at run time).';
    case 'unknown':
      return ', built at run time: the linter cannot tell what the server will answer.';
    case 'empty':
      return '; an empty header counts as none: Unkey will answer 400 application/invalid_input.';
    case 'whitespace-in-token':
    case 'double-bearer':
      return '; the token cannot be a root key: Unkey will answer 401 authentication/key_not_found.';
    default:
      return '; Unkey will reject this format (authentication/malformed, HTTP 400).';
  }
}

/**
 * The value as the server will see it, in the file's own notation: literal text with secrets masked,
 * run-time parts as their source (JS/TS wraps an expression in `${…}`; shell, .http and the rest show a
 * word as written, without the quotes around it).
 */
function renderer(language: LanguageKind | undefined): (value: Value) => string {
  const js = language === 'javascript' || language === 'typescript';
  return (value) => {
    let out = '';
    for (const part of value.parts) {
      if (part.kind === 'text') out += maskSecrets(part.text);
      else {
        const source = shorten(maskSecrets(part.source.replace(/\s+/g, ' ')));
        if (/^(?:\$|\{\{|%)/.test(source)) out += source;
        else if (js) out += `\${${source}}`;
        else out += /^(["'])(.*)\1$/s.exec(source)?.[2] ?? source;
      }
    }
    return shorten(out.replace(/[\r\n]+/g, ' '), 120);
  };
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A finding's message as Markdown text: `<root key>` would be dropped as HTML, and a path from the source
 * must not turn into a link or a remote image (`![](https://…)`) in the hover.
 */
function plain(text: string): string {
  return text.replace(/[\\`*[\]<>]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** Inline code that survives backticks inside the text. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function authorization(site: RequestSite): HeaderEntry[] {
  return site.headers.filter((h) => h.name.trim().toLowerCase() === 'authorization');
}

/** The character at `offset` lies in the range (the hovered character, so the end is excluded). */
function covers(range: SourceRange, offset: number): boolean {
  return offset >= range[0] && offset < range[1];
}

function within(range: SourceRange, offset: number): boolean {
  return offset >= range[0] && offset <= range[1];
}

function overlaps(a: SourceRange, b: SourceRange): boolean {
  return a[0] < b[1] && b[0] < a[1] || (a[0] === a[1] && within(b, a[0]));
}
