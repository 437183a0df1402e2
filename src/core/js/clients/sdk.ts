// The Unkey TypeScript SDKs (`@unkey/api`, `@unkey/nextjs`, `@unkey/hono`): which names a file
// imports from them, the `Unkey` instances it makes, and the calls that change when the file moves
// from the v1-era lines (which call the retired v1 API) to 2.x. Only names that resolve to an import
// of these packages count, never a method name alone.
import { BODY_RENAMES } from '../../endpoints.generated';
import { projectSdkMajor, type SdkMajor } from '../../sdk/project';
import { V1_METHODS, V2_ONLY_METHODS } from '../../sdk/packages';
import type { ProjectFiles, SdkCall, SdkKeyOption, TextEdit } from '../../types';
import { sourceRangeOf } from '../../value';
import { envRef, staticName, unwrap, type Evaluator } from '../evaluator';
import type { Node } from '../parse';
import { VISITOR_KEYS } from '../visitorKeys';
import { forEachChild, lookup, type Scope } from '../walk';
import type { JsClient } from './client';

/** The packages whose imports this module follows. */
export const SDK_MODULES: ReadonlySet<string> = new Set(['@unkey/api', '@unkey/api/core', '@unkey/api/core.js', '@unkey/nextjs', '@unkey/hono', '@unkey/ratelimit']);

/** An SDK entry point that takes a root key: `new Unkey({ rootKey })`, `withUnkey(handler, { rootKey })`. */
interface KeyedEntry {
  modules: readonly string[];
  name: string;
  /** Called with `new`. */
  construct: boolean;
  /** Which argument holds the options. */
  arg: number;
  /** What the SDK calls with the key (from the SDK sources: each wraps `new Unkey()` of @unkey/api 2.x). */
  endpoints: readonly string[];
}

const KEYED_ENTRIES: readonly KeyedEntry[] = [
  { modules: ['@unkey/api'], name: 'Unkey', construct: true, arg: 0, endpoints: ['POST /v2/<group>.<method> for each method called (unkey.keys.verifyKey → POST /v2/keys.verifyKey)'] },
  { modules: ['@unkey/api/core', '@unkey/api/core.js'], name: 'UnkeyCore', construct: true, arg: 0, endpoints: ['POST /v2/<group>.<method> for each function called with it'] },
  { modules: ['@unkey/ratelimit'], name: 'Ratelimit', construct: true, arg: 0, endpoints: ['POST /v2/ratelimit.limit'] },
  { modules: ['@unkey/ratelimit'], name: 'Overrides', construct: true, arg: 0, endpoints: ['POST /v2/ratelimit.setOverride', 'POST /v2/ratelimit.getOverride', 'POST /v2/ratelimit.listOverrides', 'POST /v2/ratelimit.deleteOverride'] },
  { modules: ['@unkey/nextjs'], name: 'withUnkey', construct: false, arg: 1, endpoints: ['POST /v2/keys.verifyKey'] },
  { modules: ['@unkey/hono'], name: 'unkey', construct: false, arg: 0, endpoints: ['POST /v2/keys.verifyKey'] },
];

/** The option names that carry the root key (`token` is the v1-era name in @unkey/api 0.x). */
const KEY_OPTIONS = ['rootKey', 'token'];

/** What one imported name is: `{ module: '@unkey/api', name: 'Unkey' }`; name '*' for a namespace. */
export interface SdkImport {
  module: string;
  name: string;
}

/** What the migrations need beyond the program. */
export interface SdkContext {
  fileName: string;
  project: ProjectFiles | undefined;
  envVarName: string;
  typescript: boolean;
}

/**
 * The SDKs as a JS client. Their calls are not HTTP requests the other rules judge (no URL, the SDK
 * adds the header), so `site` claims none; `migrations` finds the calls written for a v1-era line.
 */
export const sdkClient: JsClient & { migrations(ev: Evaluator, context: SdkContext): SdkCall[]; keyOptions(ev: Evaluator, typescript: boolean): SdkKeyOption[] } = {
  name: 'sdk',
  hotNames: (text) => (text.includes('@unkey/') ? sdkHotNames(text) : []),
  methods: [],
  callees: [],
  site: () => undefined,
  migrations(ev, context) {
    if (!ev.text.includes('@unkey/')) return [];
    return new Migrations(ev, context).run();
  },
  keyOptions(ev, typescript) {
    if (!ev.text.includes('@unkey/')) return [];
    return keyOptions(ev, typescript);
  },
};

/** The entry points' names, and every name an import or require of an SDK binds (aliases, namespaces). */
function sdkHotNames(text: string): string[] {
  const names = new Set(KEYED_ENTRIES.map((entry) => entry.name));
  const clauses = /\b(?:import|const|let|var)\s+([\w$\s{},*:]+?)\s*(?:from\s*|=\s*(?:await\s+)?(?:require|import)\s*\(\s*)["']@unkey\//g;
  for (const match of text.matchAll(clauses)) for (const word of match[1].matchAll(/[A-Za-z_$][\w$]*/g)) names.add(word[0]);
  names.delete('as');
  names.delete('type');
  return [...names];
}

/** The root key options of the SDK entry points this file calls. */
function keyOptions(ev: Evaluator, typescript: boolean): SdkKeyOption[] {
  const { collected } = ev;
  const program = collected.program.node;
  const imports = sdkImports(program);
  if (imports.size === 0) return [];
  const out: SdkKeyOption[] = [];
  const consider = (call: Node, scope: Scope, construct: boolean) => {
    const entry = keyedEntry(call.callee as Node, scope, imports, collected.program, construct);
    if (!entry) return;
    const args = call.arguments as Node[];
    if (args.slice(0, entry.arg + 1).some((a) => a.type === 'SpreadElement') || !args[entry.arg]) return;
    // The options object inline, or a const holding it.
    const options = ev.resolveConst(args[entry.arg], scope);
    if (options.node.type !== 'ObjectExpression') return;
    const callee = `${construct ? 'new ' : ''}${ev.text.slice(call.callee.start, call.callee.end).replace(/\s+/g, '')}()`;
    for (const name of KEY_OPTIONS) {
      const prop = objectProperty(options.node, name);
      if (!prop || prop.type !== 'ObjectProperty') continue;
      const valueNode = prop.value as Node;
      const value = ev.value(valueNode, options.scope, 'header');
      const option: SdkKeyOption = {
        module: entry.module, callee, option: name, endpoints: entry.endpoints, value,
        range: [call.start, call.end], reportRange: [call.callee.start, call.callee.end],
      };
      option.dropPrefix = (length) => {
        const range = sourceRangeOf(value, 0, length);
        return range && (keyAlone(ev, valueNode, range, typescript) ?? { range, text: '' });
      };
      // Only a value written right here (a literal or template), never a shared const's.
      const literal = unwrap(valueNode);
      if (!prop.shorthand && (literal.type === 'StringLiteral' || literal.type === 'TemplateLiteral')) {
        // The SDKs type the option as a string (Ratelimit's is required): TS wants the `!`.
        option.replaceWithEnv = (envVarName) => ({ range: [literal.start, literal.end], text: ev.style.envRef(envVarName) + (typescript ? '!' : '') });
      }
      out.push(option);
    }
  };
  for (let i = 0; i < collected.calls.length; i++) consider(collected.calls[i], collected.callScopes[i], false);
  for (let i = 0; i < collected.news.length; i++) consider(collected.news[i], collected.newScopes[i], true);
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * Dropping the scheme from `"bearer " + key` or `` `bearer ${key}` `` would leave `"" + key` or
 * `` `${key}` ``: the key alone reads better. An env reference gets TS's `!` (the SDKs type the option
 * as a string); any other expression keeps the string conversion the `+` or template made.
 */
function keyAlone(ev: Evaluator, valueNode: Node, range: readonly [number, number], typescript: boolean): TextEdit | undefined {
  const node = unwrap(valueNode);
  let operand: Node | undefined;
  if (node.type === 'BinaryExpression' && node.operator === '+' && node.left.type === 'StringLiteral' && range[0] === node.left.start + 1 && range[1] === node.left.end - 1) {
    operand = node.right;
  } else if (node.type === 'TemplateLiteral' && node.expressions.length === 1 && node.quasis[1].value.cooked === '' && range[0] === node.quasis[0].start && range[1] === node.quasis[0].end) {
    operand = node.expressions[0];
  }
  // `"bearer " + key + "…"`: the text after the key keeps the result a string, so `"bearer " + ` goes.
  const chain = node.type === 'BinaryExpression' && node.operator === '+' ? node.left : undefined;
  if (!operand && chain?.type === 'BinaryExpression' && chain.operator === '+' && chain.left.type === 'StringLiteral' && range[0] === chain.left.start + 1 && range[1] === chain.left.end - 1 && (node.right.type === 'StringLiteral' || node.right.type === 'TemplateLiteral')) {
    return { range: [chain.left.start, chain.right.start], text: '' };
  }
  if (!operand) return undefined;
  let source = ev.text.slice(operand.start, operand.end);
  if (operand.type === 'SequenceExpression') source = `(${source})`;
  // `"bearer " + a + b` parses as `("bearer " + a) + b`: only a lone right operand gets here.
  if (envRef(unwrap(operand)) !== undefined) return { range: [node.start, node.end], text: source + (typescript && operand.type !== 'TSNonNullExpression' ? '!' : '') };
  return { range: [node.start, node.end], text: typescript ? `String(${source})` : source };
}

/** The entry `callee` names, when it resolves to an SDK import not shadowed by a local name. */
function keyedEntry(callee: Node, scope: Scope, imports: Map<string, SdkImport>, program: Scope, construct: boolean): (KeyedEntry & { module: string }) | undefined {
  const node = unwrap(callee);
  let bound: SdkImport | undefined;
  let name: string | undefined;
  let local: string | undefined;
  if (node.type === 'Identifier') {
    local = node.name;
    bound = imports.get(node.name);
    name = bound?.name;
  } else if (node.type === 'MemberExpression' && node.object.type === 'Identifier') {
    local = node.object.name;
    bound = imports.get(node.object.name);
    if (bound && (bound.name === '*' || bound.name === 'default')) name = staticName(node.property, node.computed);
  }
  if (!bound || !name || !local) return undefined;
  const binding = lookup(scope, local);
  // The import's own binding (or the top-level require's), not a local of the same name.
  if (!binding || binding.scope !== program) return undefined;
  const entry = KEYED_ENTRIES.find((e) => e.construct === construct && e.name === name && e.modules.includes(bound!.module));
  return entry && { ...entry, module: bound.module };
}

/** Names bound to SDK imports at the top of the file or by `require`: local name → what it is. */
export function sdkImports(program: Node): Map<string, SdkImport> {
  const bound = new Map<string, SdkImport>();
  for (const statement of program.body as Node[]) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const module = statement.source.value as string;
    if (!SDK_MODULES.has(module)) continue;
    for (const spec of statement.specifiers as Node[]) {
      if (spec.importKind === 'type') continue;
      const name = spec.type === 'ImportSpecifier' ? (spec.imported.name ?? spec.imported.value) : spec.type === 'ImportDefaultSpecifier' ? 'default' : '*';
      bound.set(spec.local.name, { module, name });
    }
  }
  visit(program, undefined, (node) => {
    if (node.type !== 'VariableDeclarator' || !node.init) return;
    const module = requiredModule(node.init);
    if (!module) return;
    if (node.id.type === 'Identifier') bound.set(node.id.name, { module, name: '*' });
    else if (node.id.type === 'ObjectPattern') {
      for (const prop of node.id.properties as Node[]) {
        const name = prop.type === 'ObjectProperty' ? staticName(prop.key, prop.computed) : undefined;
        const value = prop.type === 'ObjectProperty' ? unwrapDefault(prop.value) : undefined;
        if (name && value?.type === 'Identifier') bound.set(value.name, { module, name });
      }
    }
  });
  return bound;
}

/** `require("@unkey/api")` or `await import("@unkey/api")`: the SDK module, else undefined. */
function requiredModule(init: Node): string | undefined {
  let node = unwrap(init);
  if (node.type === 'AwaitExpression') node = unwrap(node.argument);
  const arg = node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'require'
    ? node.arguments[0]
    : node.type === 'ImportExpression' ? node.source : node.type === 'CallExpression' && node.callee.type === 'Import' ? node.arguments[0] : undefined;
  return arg?.type === 'StringLiteral' && SDK_MODULES.has(arg.value) ? arg.value : undefined;
}

function unwrapDefault(node: Node): Node {
  return node.type === 'AssignmentPattern' ? node.left : node;
}

/** Depth-first walk with the parent of each node. */
function visit(node: Node, parent: Node | undefined, fn: (node: Node, parent: Node | undefined) => void): void {
  fn(node, parent);
  const keys = VISITOR_KEYS[node.type];
  if (keys === undefined) {
    forEachChild(node, (child) => visit(child, node, fn));
    return;
  }
  for (const key of keys) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item.type === 'string') visit(item, node, fn);
    } else if (child && typeof child.type === 'string') visit(child, node, fn);
  }
}

function objectProperty(object: Node, name: string): Node | undefined {
  return (object.properties as Node[]).find((p) => p.type === 'ObjectProperty' && staticName(p.key, p.computed) === name);
}

function hasSpread(object: Node): boolean {
  return (object.properties as Node[]).some((p) => p.type === 'SpreadElement');
}

interface Finding extends SdkCall {
  /** Evidence for the code's own shape: 'v1' when only the v1-era SDK has this. */
  evidence: SdkMajor | undefined;
}

class Migrations {
  private readonly text: string;
  private readonly program: Node;
  private readonly imports: Map<string, SdkImport>;
  /** Names (`unkey`, `this.unkey`'s `unkey`) that hold an `Unkey` instance of `@unkey/api`. */
  private readonly instances = new Set<string>();
  private readonly found: Finding[] = [];
  /** v2-only shapes seen per module (a v2 method name, `rootKey` in a middleware config). */
  private readonly v2Seen = new Set<string>();

  constructor(private readonly ev: Evaluator, private readonly context: SdkContext) {
    this.text = ev.text;
    this.program = ev.collected.program.node;
    this.imports = sdkImports(this.program);
  }

  run(): SdkCall[] {
    if (this.imports.size === 0) return [];
    visit(this.program, undefined, (node, parent) => {
      if (node.type === 'NewExpression' && this.resolves(node.callee, '@unkey/api', 'Unkey')) this.constructed(node, parent);
    });
    visit(this.program, undefined, (node, parent) => {
      if (node.type === 'CallExpression' || node.type === 'OptionalCallExpression') this.call(node, parent);
    });
    const majors = new Map<string, SdkMajor | undefined>();
    const major = (module: string) => {
      if (!majors.has(module)) majors.set(module, projectSdkMajor(this.context.fileName, module, this.context.project) ?? this.shape(module));
      return majors.get(module);
    };
    return this.found
      .filter((f) => major(f.module) === 'v1')
      .map(({ evidence: _, ...call }) => call);
  }

  /** The code's own shape for `module`: v1 when it uses something only the v1-era line has, and nothing only 2.x has. */
  private shape(module: string): SdkMajor | undefined {
    if (this.v2Seen.has(module)) return undefined;
    return this.found.some((f) => f.module === module && f.evidence === 'v1') ? 'v1' : undefined;
  }

  /** Whether `callee` names `name` exported by `module` (directly, or as a namespace member). */
  private resolves(callee: Node, module: string, name: string): boolean {
    const node = unwrap(callee);
    if (node.type === 'Identifier') {
      const bound = this.imports.get(node.name);
      return bound?.module === module && bound.name === name;
    }
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type === 'Identifier') {
      const bound = this.imports.get(node.object.name);
      return bound?.module === module && (bound.name === '*' || bound.name === 'default') && staticName(node.property, node.computed) === name;
    }
    return false;
  }

  private constructed(node: Node, parent: Node | undefined): void {
    if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') this.instances.add(parent.id.name);
    else if (parent?.type === 'AssignmentExpression') {
      const left = parent.left as Node;
      if (left.type === 'Identifier') this.instances.add(left.name);
      else if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && !left.computed) this.instances.add(left.property.name);
    } else if ((parent?.type === 'ClassProperty' || parent?.type === 'ClassPrivateProperty') && parent.key.type === 'Identifier') this.instances.add(parent.key.name);

    const options = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
    if (options?.type !== 'ObjectExpression') return;
    const token = objectProperty(options, 'token');
    if (!token || objectProperty(options, 'rootKey')) return;
    this.add({
      module: '@unkey/api', evidence: 'v1', range: [token.key.start, token.key.end],
      detail: '`token` is named `rootKey` in @unkey/api 2.x',
      fix: this.renameKey(token, 'rootKey'),
    });
  }

  /** Whether `node` is an `Unkey` instance: a name bound to `new Unkey(...)`, `this.<that name>`, or the `new` itself. */
  private isInstance(node: Node): boolean {
    const n = unwrap(node);
    if (n.type === 'Identifier') return this.instances.has(n.name) && !this.imports.has(n.name);
    if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && n.object.type === 'ThisExpression' && !n.computed) return this.instances.has(n.property.name);
    return n.type === 'NewExpression' && this.resolves(n.callee, '@unkey/api', 'Unkey');
  }

  private call(call: Node, parent: Node | undefined): void {
    const callee = unwrap(call.callee);
    if (this.resolves(callee, '@unkey/api', 'verifyKey')) return this.freeVerifyKey(call, parent);
    if (this.resolves(callee, '@unkey/nextjs', 'withUnkey')) return this.middleware(call, '@unkey/nextjs', 1, '`withUnkey`');
    if (this.resolves(callee, '@unkey/hono', 'unkey')) return this.middleware(call, '@unkey/hono', 0, '`unkey()`');
    // receiver.namespace.method(...)
    if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed) return;
    const space = unwrap(callee.object);
    if ((space.type !== 'MemberExpression' && space.type !== 'OptionalMemberExpression') || space.computed || !this.isInstance(space.object)) return;
    const from = `${space.property.name}.${callee.property.name}`;
    // A 2.x name: 2.x code when nothing says otherwise; in a project on 0.x (a half-done migration),
    // the request fields and the response shape still change.
    const v2Only = V2_ONLY_METHODS.has(from);
    if (v2Only) this.v2Seen.add('@unkey/api');
    const to = v2Only ? from : V1_METHODS.get(from);
    if (to === undefined) return;
    const nameRange: [number, number] = [space.property.start, callee.property.end];
    if (typeof to !== 'string') {
      this.add({ module: '@unkey/api', evidence: 'v1', range: nameRange, detail: `\`${from}\` is gone: ${to.none}` });
    } else if (to !== from) {
      const written = this.text.slice(...nameRange);
      this.add({
        module: '@unkey/api', evidence: 'v1', range: nameRange,
        detail: `\`${from}\` is \`${to}\` in @unkey/api 2.x`,
        // Only when nothing (comments, `?.`, line breaks) sits between the two names.
        fix: written === from ? { range: nameRange, text: to } : undefined,
      });
    }
    const v2 = typeof to === 'string' ? to : from;
    const args = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
    if (args?.type === 'ObjectExpression') this.requestFields(args, v2);
    this.resultShape(call, parent);
  }

  /** Request fields renamed in 2.x (the HTTP migration's renames, and the SDK's own). */
  private requestFields(args: Node, method: string): void {
    const renamed = (v2: string, from: string, to: string) => {
      const prop = objectProperty(args, from);
      if (!prop || objectProperty(args, to)) return;
      this.add({ module: '@unkey/api', evidence: undefined, range: [prop.key.start, prop.key.end], detail: `\`${from}\` is \`${to}\` in ${v2} of @unkey/api 2.x`, fix: this.renameKey(prop, to) });
    };
    for (const [from, rename] of BODY_RENAMES) if (rename.in.includes(`/v2/${method}`)) renamed(method, from, rename.to);

    if (method === 'keys.verifyKey') {
      const apiId = objectProperty(args, 'apiId');
      if (apiId) {
        this.add({
          module: '@unkey/api', evidence: 'v1', range: [apiId.key.start, apiId.key.end],
          detail: 'keys.verifyKey in @unkey/api 2.x takes no `apiId` (the root key\'s workspace and the key decide)',
          fix: this.removeProperty(args, apiId),
        });
      }
      renamed(method, 'remaining', 'credits');
    }
    if (method === 'keys.createKey' || method === 'keys.updateKey') {
      this.credits(args);
      const ratelimit = objectProperty(args, 'ratelimit');
      if (ratelimit && !objectProperty(args, 'ratelimits')) {
        this.add({
          module: '@unkey/api', evidence: 'v1', range: [ratelimit.key.start, ratelimit.key.end],
          detail: '`ratelimit: {…}` is `ratelimits: [{ name, limit, duration, autoApply }]` in @unkey/api 2.x (named limits)',
          suggestion: this.ratelimits(ratelimit),
        });
      }
    }
  }

  /** `remaining` + `refill` → `credits: { remaining, refill }` (keys.createKey, keys.updateKey). */
  private credits(args: Node): void {
    const remaining = objectProperty(args, 'remaining');
    if (!remaining || objectProperty(args, 'credits') || hasSpread(args)) return;
    const refill = objectProperty(args, 'refill');
    const src = (p: Node) => this.text.slice(p.start, p.end);
    let fix: TextEdit | undefined;
    if (!refill) fix = { range: [remaining.start, remaining.end], text: `credits: { ${src(remaining)} }` };
    else {
      const [first, second] = remaining.start < refill.start ? [remaining, refill] : [refill, remaining];
      const merged = `credits: { ${src(remaining)}, ${src(refill)} }`;
      // What sits between the two (other properties) stays, without the comma that led to the second.
      const between = this.text.slice(first.end, second.start);
      const comma = between.lastIndexOf(',');
      if (comma !== -1 && /^\s*$/.test(between.slice(comma + 1))) fix = { range: [first.start, second.end], text: merged + between.slice(0, comma) };
    }
    this.add({
      module: '@unkey/api', evidence: 'v1', range: [remaining.key.start, remaining.key.end],
      detail: refill ? '`remaining` and `refill` go in `credits` in @unkey/api 2.x' : '`remaining` goes in `credits` in @unkey/api 2.x',
      fix,
    });
  }

  /** `ratelimit: { limit, duration }` → one named limit applied on every verification, as v1's was. */
  private ratelimits(prop: Node): SdkCall['suggestion'] {
    const value = unwrap(prop.value);
    if (value.type !== 'ObjectExpression' || hasSpread(value)) return undefined;
    const limit = objectProperty(value, 'limit');
    const duration = objectProperty(value, 'duration') ?? objectProperty(value, 'refillInterval');
    const known = new Set(['limit', 'duration', 'refillInterval', 'async', 'type', 'refillRate']);
    if (!limit || !duration || (value.properties as Node[]).some((p) => !known.has(staticName(p.key, p.computed) ?? ''))) return undefined;
    // refillRate tokens per refillInterval is a different model: only a whole-window limit maps.
    const refillRate = objectProperty(value, 'refillRate');
    if (refillRate && this.text.slice(refillRate.value.start, refillRate.value.end) !== this.text.slice(limit.value.start, limit.value.end)) return undefined;
    const q = this.ev.style.quote;
    const v = (p: Node) => this.text.slice(p.value.start, p.value.end);
    return {
      desc: 'Migrate to @unkey/api v2: one named limit, applied on every verification',
      fix: { range: [prop.start, prop.end], text: `ratelimits: [{ name: ${q}default${q}, limit: ${v(limit)}, duration: ${v(duration)}, autoApply: true }]` },
    };
  }

  /** `const { result, error } = await unkey.keys.x(...)`: 2.x returns `{ meta, data }` and throws. */
  private resultShape(call: Node, parent: Node | undefined): void {
    let holder = parent;
    if (holder?.type === 'AwaitExpression') holder = this.parentOf(holder);
    if (holder?.type !== 'VariableDeclarator' || holder.id.type !== 'ObjectPattern') return;
    const pattern = holder.id as Node;
    const props = pattern.properties as Node[];
    const names = props.map((p) => (p.type === 'ObjectProperty' ? staticName(p.key, p.computed) : undefined));
    if (!names.includes('result') && !names.includes('error')) return;
    let suggestion: SdkCall['suggestion'];
    const result = props[names.indexOf('result')];
    const error = props[names.indexOf('error')];
    const errorLocal = error ? unwrapDefault(error.value) : undefined;
    const errorUnused = !error || (errorLocal?.type === 'Identifier' && this.occurrences(errorLocal.name) === 1);
    if (result && names.every((n) => n === 'result' || n === 'error') && errorUnused) {
      const local = this.text.slice(result.value.start, result.value.end);
      suggestion = { desc: 'Migrate to @unkey/api v2: read `data` (errors are thrown)', fix: { range: [pattern.start, pattern.end], text: `{ data: ${local} }` } };
    }
    this.add({
      module: '@unkey/api', evidence: 'v1', range: [pattern.start, pattern.end],
      detail: '@unkey/api 2.x returns `{ meta, data }` and throws errors (`@unkey/api/models/errors`) instead of returning `{ result, error }`',
      suggestion,
    });
  }

  /** `verifyKey(key)` / `verifyKey({ key, apiId })` from @unkey/api 0.x: verified with no root key. */
  private freeVerifyKey(call: Node, parent: Node | undefined): void {
    const arg = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
    let key: string | undefined;
    if (arg?.type === 'ObjectExpression') {
      const prop = objectProperty(arg, 'key');
      if (prop && (arg.properties as Node[]).every((p) => p.type === 'ObjectProperty' && ['key', 'apiId'].includes(staticName(p.key, p.computed) ?? ''))) {
        key = prop.shorthand ? 'key' : `key: ${this.text.slice(prop.value.start, prop.value.end)}`;
      }
    } else if (arg && arg.type !== 'SpreadElement' && call.arguments.length === 1) key = arg.type === 'Identifier' && arg.name === 'key' ? 'key' : `key: ${this.text.slice(arg.start, arg.end)}`;
    this.add({
      module: '@unkey/api', evidence: 'v1', range: [call.callee.start, call.callee.end],
      detail: '`verifyKey` verified keys with no root key; @unkey/api 2.x has no such function: `keys.verifyKey` needs a root key with the api.*.verify_key permission',
      suggestion: key === undefined ? undefined : this.verifyWithRootKey(call, key),
    });
    this.resultShape(call, parent);
  }

  /**
   * `new Unkey({ rootKey }).keys.verifyKey({ key })` in place of the call. 2.x does not export
   * `verifyKey`, so when this call is its only use the same edit drops it from the import (or turns
   * it into `Unkey` when the file does not import that yet).
   */
  private verifyWithRootKey(call: Node, key: string): SdkCall['suggestion'] {
    const env = this.ev.style.envRef(this.context.envVarName);
    const callee = unwrap(call.callee);
    const spec = callee.type === 'Identifier' && this.occurrences(callee.name) === 2 ? this.importSpecifier(callee.name) : undefined;
    let unkey = this.unkeyConstructorName();
    let importEdit: TextEdit | undefined;
    if (spec && spec.node.end <= call.start) {
      if (unkey) importEdit = this.removeSpecifier(spec.declaration, spec.node);
      else if (this.occurrences('Unkey') === 0) {
        importEdit = { range: [spec.node.start, spec.node.end], text: 'Unkey' };
        unkey = 'Unkey';
      }
    }
    if (!unkey) return undefined;
    const replacement = `new ${unkey}({ rootKey: ${env} }).keys.verifyKey({ ${key} })`;
    const fix: TextEdit = importEdit
      ? { range: [importEdit.range[0], call.end], text: importEdit.text + this.text.slice(importEdit.range[1], call.start) + replacement }
      : { range: [call.start, call.end], text: replacement };
    return { desc: 'Migrate to @unkey/api v2: verify with a root key', fix };
  }

  /** The `import { name } from "@unkey/api"` specifier that binds `local`. */
  private importSpecifier(local: string): { declaration: Node; node: Node } | undefined {
    for (const statement of this.program.body as Node[]) {
      if (statement.type !== 'ImportDeclaration' || statement.source.value !== '@unkey/api') continue;
      const node = (statement.specifiers as Node[]).find((s) => s.type === 'ImportSpecifier' && s.local.name === local);
      if (node) return { declaration: statement, node };
    }
    return undefined;
  }

  /** Deletes one of several import specifiers with its comma; a lone one leaves `import {} from`, still valid. */
  private removeSpecifier(declaration: Node, spec: Node): TextEdit {
    const specs = declaration.specifiers as Node[];
    const i = specs.indexOf(spec);
    if (specs[i + 1]) return { range: [spec.start, specs[i + 1].start], text: '' };
    if (specs[i - 1]) return { range: [specs[i - 1].end, spec.end], text: '' };
    return { range: [spec.start, spec.end], text: '' };
  }

  /** The local name of `Unkey` from @unkey/api, when the file imports it. */
  private unkeyConstructorName(): string | undefined {
    for (const [local, bound] of this.imports) {
      if (bound.module !== '@unkey/api') continue;
      if (bound.name === 'Unkey') return local;
      if (bound.name === '*') return `${local}.Unkey`;
    }
    return undefined;
  }

  /** `withUnkey(handler, config?)` / hono `unkey(config)`: 2.x needs `rootKey` in the config, 0.x/1.x had none. */
  private middleware(call: Node, module: string, index: number, what: string): void {
    const args = call.arguments as Node[];
    if (args.some((a) => a.type === 'SpreadElement') || args.length < index) return;
    const config = args[index] ? unwrap(args[index]) : undefined;
    if (config && config.type !== 'ObjectExpression') return;
    if (config && objectProperty(config, 'rootKey')) {
      this.v2Seen.add(module);
      return;
    }
    if (config && hasSpread(config)) return;
    const rootKey = `rootKey: ${this.ev.style.envRef(this.context.envVarName)}${this.context.typescript ? '!' : ''}`;
    let fix: TextEdit | undefined;
    const apiId = config && objectProperty(config, 'apiId');
    if (apiId) fix = { range: [apiId.start, apiId.end], text: rootKey };
    else if (config) fix = this.ev.style.insertIntoList(config, config.properties as Node[], rootKey);
    else fix = this.ev.style.appendArguments(call, `{ ${rootKey} }`);
    this.add({
      module, evidence: 'v1', range: [call.callee.start, call.callee.end],
      detail: `${what} verified keys with no root key; ${module} 2.x needs \`rootKey\` in its config (v2 verification needs one)`,
      suggestion: fix && { desc: `Migrate to ${module} v2: verify with a root key`, fix },
    });
  }

  private add(finding: Finding): void {
    if (!finding.fix) delete finding.fix;
    if (!finding.suggestion) delete finding.suggestion;
    this.found.push(finding);
  }

  /** Renames an object property's key, keeping a shorthand's value (`{ token }` → `{ rootKey: token }`). */
  private renameKey(prop: Node, to: string): TextEdit {
    if (prop.shorthand) return { range: [prop.start, prop.end], text: `${to}: ${this.text.slice(prop.value.start, prop.value.end)}` };
    return { range: [prop.key.start, prop.key.end], text: to };
  }

  /** Deletes a property with its comma and the white space up to the next one. */
  private removeProperty(object: Node, prop: Node): TextEdit {
    const props = object.properties as Node[];
    const i = props.indexOf(prop);
    const next = props[i + 1];
    if (next) return { range: [prop.start, next.start], text: '' };
    const previous = props[i - 1];
    if (previous) return { range: [previous.end, prop.end], text: '' };
    return { range: [prop.start, prop.end], text: '' };
  }

  private occurrences(name: string): number {
    return this.text.match(new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
  }

  private parents: Map<Node, Node> | undefined;

  private parentOf(node: Node): Node | undefined {
    if (!this.parents) {
      const parents = new Map<Node, Node>();
      visit(this.program, undefined, (child, parent) => {
        if (parent) parents.set(child, parent);
      });
      this.parents = parents;
    }
    return this.parents.get(node);
  }
}
