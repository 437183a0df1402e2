// The shape ky, got, ofetch and undici share: `lib(url, options)`, `lib.post(url, options)`, and
// instances from `lib.create(options)` / `lib.extend(options)` whose options (a base URL, headers)
// apply to every call. A client of this shape is a spec; this module turns it into a JsClient.
import type { RequestSite, SiteTool, Value } from '../../types';
import { computedText, flatten, valueOf } from '../../value';
import { isRequire, sliceParts, staticName, unwrap, type Evaluator } from '../evaluator';
import type { Node } from '../parse';
import { EMPTY_CONFIG, addHeadersProperty, addToHeaders, readConfig, type ConfigInfo, type RequestContext } from '../requestConfig';
import { lookup, type Binding, type Scope } from '../walk';
import type { JsClient } from './client';

export interface OptionsClientSpec {
  tool: SiteTool;
  /** Packages the client is imported from. */
  modules: readonly string[];
  /** Which imported names are the client itself ('default' for a default or namespace import). */
  imports: readonly string[];
  /** Names that are the client with no import (Nuxt's auto-imported `$fetch`). */
  globals?: readonly string[];
  /** Method helpers: `lib.post(url, options)` → POST. */
  verbs: Readonly<Record<string, string>>;
  /** Calls that make an instance: `lib.create(options)`, `lib.extend(options)`. */
  makers: readonly string[];
  /** The options naming the base URL a relative path joins (`prefixUrl`, `baseURL`). */
  baseOptions: readonly string[];
  /** Options through which code the linter cannot see may add headers (hooks, interceptors). */
  hookOptions: readonly string[];
}

type Resolved = { kind: 'global' } | { kind: 'instance'; configs: Array<{ node: Node; scope: Scope }> };

const ABSOLUTE = /^(?:[a-z][a-z\d+\-.]*:)?\/\//i;

export function optionsClient(spec: OptionsClientSpec): JsClient {
  const resolve = (ev: Evaluator, ident: Node, scope: Scope, depth = 0): Resolved | undefined => {
    const binding = lookup(scope, ident.name);
    if (!binding) return spec.globals?.includes(ident.name) ? { kind: 'global' } : undefined;
    if (binding.kind === 'import') {
      return spec.modules.includes(binding.importSource ?? '') && spec.imports.includes(binding.importName ?? '') ? { kind: 'global' } : undefined;
    }
    const init = binding.init && unwrap(binding.init);
    if (!init || depth > 5 || binding.kind !== 'const') return undefined;
    if (spec.modules.some((m) => isRequire(init, m)) && spec.imports.includes('default')) return { kind: 'global' };
    // `const api = ky.create({...})`, `const v2 = api.extend({...})`.
    if (init.type === 'CallExpression' && init.callee.type === 'MemberExpression' && spec.makers.includes(staticName(init.callee.property, init.callee.computed) ?? '') &&
        init.callee.object.type === 'Identifier') {
      const parent = resolve(ev, init.callee.object, binding.scope, depth + 1);
      if (!parent) return undefined;
      const own = init.arguments[0] ? [{ node: init.arguments[0] as Node, scope: binding.scope }] : [];
      return { kind: 'instance', configs: [...(parent.kind === 'instance' ? parent.configs : []), ...own] };
    }
    return undefined;
  };

  return {
    name: spec.tool,
    hotNames: (text) => hotNames(text, spec),
    methods: Object.keys(spec.verbs),
    callees: [],
    site(call, scope, ev) {
      const callee = call.callee as Node;
      if (callee.type === 'Identifier') {
        const client = resolve(ev, callee, scope);
        return client ? callSite(ev, spec, call, scope, client, undefined) : undefined;
      }
      const object = callee.object as Node;
      if (object.type !== 'Identifier' || callee.computed) return undefined;
      const verb = spec.verbs[callee.property.name as string];
      if (!verb) return undefined;
      const client = resolve(ev, object, scope);
      return client ? callSite(ev, spec, call, scope, client, verb) : undefined;
    },
  };
}

/** The names a file binds to the client: imports and requires of its modules, and instances made from them. */
function hotNames(text: string, spec: OptionsClientSpec): string[] {
  if (!spec.modules.some((m) => text.includes(m)) && !spec.globals?.some((g) => text.includes(g))) return [];
  const names = new Set<string>(spec.globals ?? []);
  for (const module of spec.modules) {
    const quoted = new RegExp(`["']${module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']`, 'g');
    for (const anchor of text.matchAll(quoted)) {
      const before = text.slice(Math.max(0, anchor.index - 300), anchor.index);
      const clause = /\bimport\s+([^;'"]*?)\s*\bfrom\s*$|\b(?:const|let|var)\s+([^=;]+?)\s*=\s*(?:await\s+)?(?:require|import)\s*\(\s*$/.exec(before);
      const words = clause?.[1] ?? clause?.[2];
      if (words) for (const word of words.matchAll(/[A-Za-z_$][\w$]*/g)) if (word[0] !== 'as' && word[0] !== 'type') names.add(word[0]);
    }
  }
  // Instances: `name = <client>.create(` / `.extend(`.
  for (const maker of spec.makers) {
    for (let at = text.indexOf(`.${maker}(`); at !== -1; at = text.indexOf(`.${maker}(`, at + 1)) {
      const before = text.slice(Math.max(text.lastIndexOf('\n', at) + 1, at - 200), at);
      const match = /([A-Za-z_$][\w$]*)\s*(?::[^=;]*)?=\s*(?:await\s+)?[A-Za-z_$][\w$]*$/.exec(before);
      if (match) names.add(match[1]);
    }
  }
  return [...names];
}

/** The value of option `name` in an options object (inline or a const), if it has it. */
function optionNode(ev: Evaluator, node: Node, scope: Scope, names: readonly string[]): { node: Node; scope: Scope } | undefined {
  const resolved = ev.resolveConst(node, scope);
  if (resolved.node.type !== 'ObjectExpression') return undefined;
  for (const prop of resolved.node.properties as Node[]) {
    if (prop.type === 'ObjectProperty' && names.includes(ev.keyName(prop, resolved.scope) ?? '')) return { node: prop.value, scope: resolved.scope };
  }
  return undefined;
}

function hasOption(ev: Evaluator, node: Node | undefined, scope: Scope, names: readonly string[]): boolean {
  return node !== undefined && names.length > 0 && optionNode(ev, node, scope, names) !== undefined;
}

function callSite(ev: Evaluator, spec: OptionsClientSpec, call: Node, scope: Scope, client: Resolved, verb: string | undefined): RequestSite | undefined {
  const args = call.arguments as Node[];
  if (args.some((a) => a.type === 'SpreadElement')) return undefined;
  const urlNode = args[0];
  if (!urlNode) return undefined;
  const ctx: RequestContext = { call };
  const seen = new Set<Binding>();
  const options = readConfig(ev, args[1], scope, ctx, seen);
  const bases: ConfigInfo[] = client.kind === 'instance' ? client.configs.map((c) => readConfig(ev, c.node, c.scope, ctx, seen)) : [EMPTY_CONFIG];
  const hooked = hasOption(ev, args[1], scope, spec.hookOptions) || (client.kind === 'instance' && client.configs.some((c) => hasOption(ev, c.node, c.scope, spec.hookOptions)));
  const entries = [...bases.flatMap((b) => b.headers?.entries ?? []), ...(options.headers?.entries ?? [])];
  const known = ev.complete && !hooked && options.known && (options.headers?.known ?? true) && bases.every((b) => b.known && (b.headers?.known ?? true));
  // The nearest base URL wins: the call's own, else the newest instance's.
  let base: { node: Node; scope: Scope } | undefined = args[1] ? optionNode(ev, args[1], scope, spec.baseOptions) : undefined;
  if (!base && client.kind === 'instance') {
    for (let i = client.configs.length - 1; i >= 0 && !base; i--) base = optionNode(ev, client.configs[i].node, client.configs[i].scope, spec.baseOptions);
  }
  const url = joinUrl(base && ev.value(base.node, base.scope, 'url'), ev.value(urlNode, scope, 'url'));
  const baseMethod = [...bases].reverse().find((b) => b.method !== undefined)?.method;
  const method = verb ?? (options.method !== undefined ? options.method : baseMethod !== undefined ? baseMethod : 'GET');
  const site: RequestSite = {
    tool: spec.tool,
    url,
    method: method ?? undefined,
    range: [call.start, call.end],
    reportRange: [call.callee.start, urlNode.end],
    headers: entries,
    headersKnown: known,
    sendsCookies: options.cookies || bases.some((b) => b.cookies),
  };
  const misplaced = [...bases.flatMap((b) => b.misplaced ?? []), ...(options.misplaced ?? [])];
  if (misplaced.length) site.misplacedHeaders = misplaced;
  site.addAuthorization = (envVarName) => {
    if (!known) return undefined;
    const property = `Authorization: ${ev.style.bearerValue(envVarName)}`;
    if (options.headers) return addToHeaders(ev, options.headers, property);
    if (args[1]) return options.object ? addHeadersProperty(ev, options.object, property) : undefined;
    return ev.style.appendArguments(call, `{ headers: { ${property} } }`);
  };
  return site;
}

/** A path joined to the base URL (`prefixUrl`, `baseURL`): one slash between them; an absolute URL stands alone. */
function joinUrl(base: Value | undefined, url: Value): Value {
  const flatUrl = flatten(url);
  if (!base || ABSOLUTE.test(flatUrl)) return url;
  if (flatUrl === '') return base;
  const flatBase = flatten(base);
  const baseEnd = flatBase.replace(/\/+$/, '').length;
  const pathStart = flatUrl.length - flatUrl.replace(/^\/+/, '').length;
  return valueOf(url.range, [...sliceParts(base, 0, baseEnd), computedText('/'), ...sliceParts(url, pathStart, flatUrl.length)]);
}
