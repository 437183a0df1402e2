// PHP's curl extension: `$ch = curl_init(url)` with `curl_setopt($ch, CURLOPT_…, …)` and
// `curl_setopt_array($ch, [CURLOPT_… => …])` in the same function.
import { ancestor, field, rangeOf, type Node } from '../../treesitter/nodes';
import type { HeaderEntry, RequestBody, RequestSite, TextEdit } from '../../types';
import { computedText, valueOf } from '../../value';
import { args, type PhpFile } from '../file';
import { arrayBody, type HeaderSource, headerLines, option } from './arrays';
import type { PhpClient } from './index';

const FUNCTIONS = ['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function', 'program'];
// Options that change nothing about the request's headers, URL or method.
const NEUTRAL = /^CURLOPT_(?:RETURNTRANSFER|TIMEOUT(?:_MS)?|CONNECTTIMEOUT(?:_MS)?|SSL_VERIFY(?:PEER|HOST)|FOLLOWLOCATION|MAXREDIRS|ENCODING|HEADER|VERBOSE|FAILONERROR|USERAGENT|NOSIGNAL|HTTP_VERSION|IPRESOLVE|CAINFO)$/;

interface Setting {
  value: Node;
  /** The `curl_setopt(…)` call or the `CURLOPT_X => …` element. */
  node: Node;
}

export const curlClient: PhpClient = {
  name: 'curl',
  sites(file) {
    if (!file.text.includes('curl_init')) return [];
    const sites: RequestSite[] = [];
    for (const call of file.calls) {
      if (call.type !== 'function_call_expression' || field(call, 'function')?.text.replace(/^\\/, '') !== 'curl_init') continue;
      const assignment = call.parent;
      const handle = assignment?.type === 'assignment_expression' ? field(assignment, 'left') : undefined;
      if (handle?.type !== 'variable_name') continue;
      const site = curlSite(file, call, handle.text);
      if (site) sites.push(site);
    }
    return sites;
  },
};

function curlSite(file: PhpFile, init: Node, handle: string): RequestSite | undefined {
  const scope = ancestor(init, FUNCTIONS);
  const within = (node: Node) => !scope || (node.startIndex >= scope.startIndex && node.endIndex <= scope.endIndex && ancestor(node, FUNCTIONS)?.startIndex === scope.startIndex);
  const settings = new Map<string, Setting>();
  let known = true;
  let optionArray: Node | undefined;
  for (const call of file.calls) {
    if (call.type !== 'function_call_expression' || !within(call) || call.startIndex < init.startIndex) continue;
    const name = field(call, 'function')?.text.replace(/^\\/, '') ?? '';
    const list = args(call);
    if (!list.some((arg) => arg.text === handle)) continue;
    if (name === 'curl_setopt' && list[0]?.text === handle && list[1] && list[2]) {
      settings.set(list[1].text, { value: list[2], node: call });
    } else if (name === 'curl_setopt_array' && list[0]?.text === handle && list[1]?.type === 'array_creation_expression') {
      optionArray = list[1];
      for (const child of list[1].namedChildren) {
        const [key, value] = child?.namedChildren ?? [];
        if (key?.type === 'name' && value) settings.set(key.text, { value, node: child! });
        else known = false;
      }
    } else if (!/^curl_(?:exec|close|errno|error|getinfo|reset)$/.test(name)) {
      // Handed to other code, which may set anything.
      known = false;
    }
  }
  const urlNode = settings.get('CURLOPT_URL')?.value ?? args(init)[0];
  if (!urlNode) return undefined;
  for (const name of settings.keys()) if (/^CURLOPT_(?:HTTPAUTH|USERPWD|USERNAME|PASSWORD|HEADERFUNCTION)$/.test(name)) known = false;
  const headerSetting = settings.get('CURLOPT_HTTPHEADER');
  const headers: HeaderSource = headerLines(file, headerSetting?.value);
  const entries: HeaderEntry[] = [...headers.entries];
  const bearer = settings.get('CURLOPT_XOAUTH2_BEARER');
  if (bearer) {
    const token = file.value(bearer.value);
    entries.push({ name: 'Authorization', nameRange: rangeOf(bearer.node), value: valueOf(token.range, [computedText('Bearer '), ...token.parts]), range: rangeOf(bearer.node) });
  }
  const site: RequestSite = {
    tool: 'curl-php',
    url: file.value(urlNode),
    method: methodOf(file, settings),
    range: rangeOf(init),
    reportRange: rangeOf(urlNode.startIndex >= init.startIndex && urlNode.endIndex <= init.endIndex ? init : urlNode),
    headers: entries,
    headersKnown: known && headers.known && [...settings.keys()].every((name) => !name.startsWith('CURLOPT_') || NEUTRAL.test(name) || KNOWN.has(name)),
    sendsCookies: false,
  };
  const body = jsonBody(file, settings.get('CURLOPT_POSTFIELDS')?.value);
  if (body) site.body = body;
  site.addAuthorization = (envVarName): TextEdit | undefined => {
    if (!site.headersKnown) return undefined;
    const line = `${file.quoted('Authorization: Bearer ')} . ${file.envExpression(envVarName)}`;
    if (headers.array) {
      // Only a literal written in the option itself (not one shared through a variable).
      if (!headerSetting || headerSetting.value.startIndex !== headers.array.startIndex) return undefined;
      return file.appendItem(headers.array.firstChild!, headers.array.namedChildren.filter((n): n is Node => !!n), headers.array.lastChild, line);
    }
    if (headerSetting) return undefined;
    if (optionArray) return file.appendItem(optionArray.firstChild!, optionArray.namedChildren.filter((n): n is Node => !!n), optionArray.lastChild, `CURLOPT_HTTPHEADER => [${line}]`);
    const statement = ancestor(init, ['expression_statement']);
    if (!statement) return undefined;
    const { indent } = file.lineOf(statement);
    return { range: [statement.endIndex, statement.endIndex], text: `\n${indent}curl_setopt(${handle}, CURLOPT_HTTPHEADER, [${line}]);` };
  };
  return site;
}

const KNOWN = new Set(['CURLOPT_URL', 'CURLOPT_HTTPHEADER', 'CURLOPT_POST', 'CURLOPT_POSTFIELDS', 'CURLOPT_CUSTOMREQUEST', 'CURLOPT_HTTPGET', 'CURLOPT_XOAUTH2_BEARER', 'CURLOPT_NOBODY']);

function methodOf(file: PhpFile, settings: Map<string, Setting>): string | undefined {
  const custom = settings.get('CURLOPT_CUSTOMREQUEST');
  if (custom) return file.literal(custom.value)?.toUpperCase();
  if (settings.has('CURLOPT_NOBODY')) return undefined;
  const post = settings.get('CURLOPT_POST');
  if ((post && /^(?:true|1)$/i.test(post.value.text)) || settings.has('CURLOPT_POSTFIELDS')) return 'POST';
  return 'GET';
}

/** `CURLOPT_POSTFIELDS => json_encode([...])`. */
function jsonBody(file: PhpFile, node: Node | undefined): RequestBody | undefined {
  if (node?.type !== 'function_call_expression' || field(node, 'function')?.text !== 'json_encode') return undefined;
  return arrayBody(file, args(node)[0]);
}
