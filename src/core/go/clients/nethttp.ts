// net/http: `http.NewRequest(WithContext)` with `req.Header.Set/Add` and `req.Header["K"] = …`, and
// `http.Get/Post/Head/PostForm`, which cannot send headers at all.
import { ancestor, field, namedChildren, rangeOf, type Node } from '../../treesitter/nodes';
import type { RequestSite } from '../../types';
import { args, FUNCTIONS, type GoFile, unwrap } from '../file';
import type { GoClient } from './index';

const NEW_REQUEST = new Set(['net/http.NewRequest', 'net/http.NewRequestWithContext']);
const SHORTHANDS: Record<string, string> = { 'net/http.Get': 'GET', 'net/http.Post': 'POST', 'net/http.Head': 'HEAD', 'net/http.PostForm': 'POST' };

export const netHttpClient: GoClient = {
  name: 'net/http',
  sites(file) {
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      const name = file.qualify(field(call, 'function'));
      if (!name) continue;
      if (NEW_REQUEST.has(name)) {
        const site = newRequest(file, call, name.endsWith('WithContext') ? 1 : 0);
        if (site) sites.push(site);
      } else if (name in SHORTHANDS) {
        const url = args(call)[0];
        if (!url) continue;
        const fn = field(call, 'function')!;
        sites.push({ tool: 'net/http', url: file.value(url), method: SHORTHANDS[name], range: rangeOf(call), reportRange: [fn.startIndex, url.endIndex], headers: [], headersKnown: true, sendsCookies: false });
      }
    }
    return sites;
  },
};

function methodOf(file: GoFile, node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const constant = /^net\/http\.Method([A-Z][a-z]+)$/.exec(file.qualify(node) ?? '');
  if (constant) return constant[1].toUpperCase();
  return file.literal(node)?.toUpperCase();
}

function newRequest(file: GoFile, call: Node, offset: number): RequestSite | undefined {
  const list = args(call);
  const url = list[offset + 1];
  if (!url) return undefined;
  const fn = field(call, 'function')!;
  const site: RequestSite = {
    tool: 'net/http',
    url: file.value(url),
    method: methodOf(file, list[offset]),
    range: rangeOf(call),
    reportRange: [fn.startIndex, url.endIndex],
    headers: [],
    headersKnown: true,
    sendsCookies: false,
  };
  const statement = call.parent?.parent;
  const target = statement && (statement.type === 'short_var_declaration' || statement.type === 'assignment_statement') ? namedChildren(field(statement, 'left')!)[0] : undefined;
  if (target?.type !== 'identifier') {
    // Not bound to a name: headers may be set wherever it goes.
    site.headersKnown = false;
    return site;
  }
  const name = target.text;
  const scope = ancestor(call, FUNCTIONS);
  const within = (node: Node) => !scope || (node.startIndex >= scope.startIndex && node.endIndex <= scope.endIndex);
  for (const other of file.calls) {
    if (!within(other) || other.startIndex === call.startIndex) continue;
    const callee = field(other, 'function');
    const operand = callee?.type === 'selector_expression' ? field(callee, 'operand') : undefined;
    const method = callee && field(callee, 'field')?.text;
    if (operand?.text === `${name}.Header` && (method === 'Set' || method === 'Add')) {
      const [key, value] = args(other);
      const header = key && file.literal(key);
      if (key && value && header !== undefined) site.headers.push(file.headerEntry(header, key, value, other));
      else site.headersKnown = false;
    } else if (operand?.text === name && method === 'SetBasicAuth') {
      site.headersKnown = false;
    } else if (args(other).some((arg) => unwrap(arg).text === name || unwrap(arg).text === `${name}.Header`) && method !== 'Do') {
      // Handed to other code (a helper that signs requests): its headers are not ours to know.
      site.headersKnown = false;
    }
  }
  for (const assignment of file.indexAssignments) {
    if (assignment.object !== `${name}.Header` || !within(assignment.node)) continue;
    const header = file.literal(assignment.key);
    const element = unwrap(assignment.value);
    const first = element.type === 'composite_literal' ? namedChildren(field(element, 'body')!)[0] : undefined;
    const value = first && namedChildren(first)[0];
    if (header !== undefined && value) site.headers.push(file.headerEntry(header, assignment.key, value, assignment.node));
    else site.headersKnown = false;
  }
  if ((file.assignments.get(`${name}.Header`) ?? []).length) site.headersKnown = false;
  site.addAuthorization = (envVarName) => {
    if (!site.headersKnown) return undefined;
    // After `if err != nil { … }`: req is nil before it.
    let anchor: Node = statement!;
    const next = statement!.nextNamedSibling;
    if (next?.type === 'if_statement' && /\berr\s*!=\s*nil\b/.test(field(next, 'condition')?.text ?? '')) anchor = next;
    const { indent } = file.lineOf(statement!);
    return file.withOsImport({ range: [anchor.endIndex, anchor.endIndex], text: `\n${indent}${name}.Header.Set("Authorization", ${file.bearerValue(envVarName)})` });
  };
  return site;
}
