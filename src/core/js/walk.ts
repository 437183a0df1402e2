import type { Node } from './parse';
import { firstValueAtOrAfter } from '../sorted';
import { NONE, VISITOR_KEYS } from './visitorKeys';

export type BindingKind = 'const' | 'let' | 'var' | 'param' | 'import' | 'function' | 'class' | 'other';

export interface Binding {
  kind: BindingKind;
  name: string;
  /** The declaring identifier. */
  id: Node;
  /** The initializer of a plain `name = init` declarator (not destructured). */
  init: Node | undefined;
  scope: Scope;
  /** `import x from "axios"`: the module name (also `const { X } = require("./config")`, a const). */
  importSource?: string;
  /** What the import names: 'default' (also for `* as x`) or the imported name. */
  importName?: string;
  /** `const { X } = process.env`: the env var the binding reads. */
  envVar?: string;
}

export interface Scope {
  parent: Scope | undefined;
  node: Node;
  /** Function or program scope (where `var` lands). */
  fn: boolean;
  /** Code here runs later than the code around its function (a function body): see axios defaults. */
  deferred: boolean;
  names: Map<string, Binding> | undefined;
}

/** String literals worth a closer look, with what they sit in (for edits). */
export interface StringSite {
  node: Node;
  /** 'jsx': a JSX attribute value; 'key': an object key; 'fixed': import source, type; 'plain' otherwise. */
  position: 'jsx' | 'key' | 'fixed' | 'plain';
  /** The node holding the literal (a `+` joining it to more text, the `=` assigning it). */
  parent: Node;
}

/** What one pass over the AST collects. Resolution happens afterwards, when every binding is known. */
export interface Collected {
  /** Calls that may be requests: callee `name(...)` or `x.method(...)`, with their scope (parallel arrays). */
  calls: Node[];
  callScopes: Scope[];
  /** `new Name(...)` / `new ns.Name(...)` in hot subtrees, with their scope (the SDK constructors). */
  news: Node[];
  newScopes: Scope[];
  /** Assignments to `x.defaults...` (axios defaults), with their scope. */
  defaults: Node[];
  defaultScopes: Scope[];
  /** Names whose `.interceptors.request.use(...)` is called. */
  intercepted: Set<string>;
  strings: StringSite[];
  /** Quote style votes: string literals written with " and with '. */
  doubleQuotes: number;
  singleQuotes: number;
  program: Scope;
}

const FUNCTIONS = new Set([
  'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod',
  'ClassPrivateMethod',
]);

/**
 * Offsets of the words that make a subtree worth entering: the clients' names in this file
 * (`fetch`, `axios`, instances; see clients/), and `unkey_` / `curl` when wanted. Sorted, since the
 * regex scans left to right.
 */
export function hotOffsets(text: string, names: Iterable<string>, wantKeys: boolean, wantCurl: boolean): number[] {
  const words = [...names].map((name) => name.replace(/\$/g, '\\$')).join('|');
  const extra = (wantKeys ? '|unkey_' : '') + (wantCurl ? '|curl' : '');
  const offsets: number[] = [];
  for (const match of text.matchAll(new RegExp(`(?<![\\w$])(?:${words})(?![\\w$])${extra}`, 'g'))) offsets.push(match.index);
  return offsets;
}

/** Whether a sorted offset list has an entry in [start, end). */
export function hasOffsetIn(offsets: number[], start: number, end: number): boolean {
  const i = firstValueAtOrAfter(offsets, start);
  return i < offsets.length && offsets[i] < end;
}

/**
 * One pass over the program: builds scopes and bindings and collects candidate calls (`name(...)`,
 * or `x.method(...)` for one of the clients' `methods`), axios defaults, interceptors and
 * interesting string literals. A subtree with no hot word (see
 * hotOffsets) is not entered; only the bindings it declares in the current scope are recorded.
 */
export function collect(program: Node, hot: number[], wantKeys: boolean, wantCurl: boolean, methods: ReadonlySet<string>): Collected {
  const root: Scope = { parent: undefined, node: program, fn: true, deferred: false, names: undefined };
  const out: Collected = {
    calls: [], callScopes: [], news: [], newScopes: [], defaults: [], defaultScopes: [], intercepted: new Set(), strings: [],
    doubleQuotes: 0, singleQuotes: 0, program: root,
  };

  const visitChildren = (node: Node, scope: Scope): void => {
    const keys = VISITOR_KEYS[node.type];
    if (keys === undefined) {
      forEachChild(node, (child) => visit(child, node, scope));
      return;
    }
    for (let k = 0; k < keys.length; k++) {
      const child = node[keys[k]];
      if (child === null || child === undefined) continue;
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const item = child[i];
          if (item) visit(item, node, scope);
        }
      } else if (typeof child.type === 'string') visit(child, node, scope);
    }
  };

  const visit = (node: Node, parent: Node, scope: Scope): void => {
    const type = node.type;
    if (type === 'StringLiteral') {
      // Quote votes come from every literal read, hot or not, for the style of inserted code.
      const raw = node.extra?.raw as string | undefined;
      if (raw?.charCodeAt(0) === 39) out.singleQuotes++;
      else out.doubleQuotes++;
    }
    // Leaves and type annotations hold nothing we need (string literals are handled below).
    if (VISITOR_KEYS[type] === NONE && type !== 'StringLiteral') return;
    if (!hasOffsetIn(hot, node.start, node.end)) {
      declareOnly(node, scope);
      return;
    }
    switch (type) {
      case 'StringLiteral': {
        const value = node.value as string;
        if ((wantKeys && value.includes('unkey_')) || (wantCurl && value.includes('curl'))) {
          out.strings.push({ node, position: stringPosition(node, parent), parent });
        }
        return;
      }
      case 'TemplateLiteral': {
        if (wantKeys || wantCurl) {
          for (const quasi of node.quasis as Node[]) {
            const cooked = (quasi.value.cooked ?? '') as string;
            if ((wantKeys && cooked.includes('unkey_')) || (wantCurl && cooked.includes('curl'))) {
              out.strings.push({ node, position: parent.type === 'TSLiteralType' ? 'fixed' : 'plain', parent });
              break;
            }
          }
        }
        const expressions = node.expressions as Node[];
        for (let i = 0; i < expressions.length; i++) visit(expressions[i], node, scope);
        return;
      }
      case 'ImportDeclaration':
        declareOnly(node, scope);
        if (wantKeys && (node.source.value as string).includes('unkey_')) out.strings.push({ node: node.source, position: 'fixed', parent: node });
        return;
      case 'VariableDeclaration':
        declareOnly(node, scope);
        for (const decl of node.declarations as Node[]) if (decl.init) visit(decl.init, decl, scope);
        return;
      case 'ClassDeclaration':
        declareOnly(node, scope);
        break;
      case 'CallExpression':
      case 'OptionalCallExpression':
        noteCall(node, scope, out, methods);
        break;
      case 'AssignmentExpression':
        noteAssignment(node, scope, out);
        break;
      case 'NewExpression':
        if (node.callee.type === 'Identifier' || node.callee.type === 'MemberExpression') {
          out.news.push(node);
          out.newScopes.push(scope);
        }
        break;
      case 'BlockStatement':
      case 'StaticBlock':
      case 'TSModuleBlock':
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'SwitchStatement': {
        visitChildren(node, { parent: scope, node, fn: false, deferred: scope.deferred, names: undefined });
        return;
      }
      case 'CatchClause': {
        const inner: Scope = { parent: scope, node, fn: false, deferred: scope.deferred, names: undefined };
        if (node.param) declarePattern(inner, node.param, 'param', undefined, undefined);
        visitChildren(node.body, inner);
        return;
      }
    }
    if (FUNCTIONS.has(type)) {
      if (type === 'FunctionDeclaration' && node.id) declare(scope, node.id, 'function', undefined);
      if (node.computed) visit(node.key, node, scope);
      const inner: Scope = { parent: scope, node, fn: true, deferred: true, names: undefined };
      if (type === 'FunctionExpression' && node.id) declare(inner, node.id, 'function', undefined);
      for (const param of node.params as Node[]) {
        declarePattern(inner, param, 'param', undefined, undefined);
        visit(param, node, inner); // default values
      }
      const body = node.body as Node;
      // The body block shares the function's scope, so `var` and params land together.
      if (body.type === 'BlockStatement') visitChildren(body, inner);
      else visit(body, node, inner);
      return;
    }
    visitChildren(node, scope);
  };

  visitChildren(program, root);
  return out;
}

/** Records what a skipped statement declares, so later lookups still see the names. */
function declareOnly(node: Node, scope: Scope): void {
  switch (node.type) {
    case 'VariableDeclaration': {
      const kind: BindingKind = node.kind === 'var' ? 'var' : node.kind === 'let' ? 'let' : node.kind === 'const' ? 'const' : 'other';
      const target = kind === 'var' ? functionScope(scope) : scope;
      for (const decl of node.declarations as Node[]) declarePattern(target, decl.id, kind, decl.init ?? undefined, decl.init ?? undefined);
      return;
    }
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      if (node.id) declare(scope, node.id, node.type === 'ClassDeclaration' ? 'class' : 'function', undefined);
      return;
    case 'ImportDeclaration':
      for (const spec of node.specifiers as Node[]) {
        const binding = declare(scope, spec.local, 'import', undefined);
        binding.importSource = node.source.value;
        binding.importName = spec.type === 'ImportSpecifier' ? (spec.imported.name ?? spec.imported.value) : 'default';
      }
      return;
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
      if (node.declaration) declareOnly(node.declaration, scope);
      return;
  }
}

/** The module a `require("./x")` call names, when it is a relative one. */
function relativeRequire(node: Node): string | undefined {
  let call = node;
  while (call.type === 'TSAsExpression' || call.type === 'TSNonNullExpression' || call.type === 'ParenthesizedExpression') call = call.expression;
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'require' || call.arguments.length !== 1) return undefined;
  const arg = call.arguments[0] as Node;
  return arg.type === 'StringLiteral' && /^\.\.?(?:\/|$)/.test(arg.value) ? arg.value : undefined;
}

function stringPosition(node: Node, parent: Node): StringSite['position'] {
  switch (parent.type) {
    case 'JSXAttribute':
      return 'jsx';
    case 'ObjectProperty':
    case 'ClassProperty':
    case 'ObjectMethod':
    case 'ClassMethod':
      return parent.key === node && !parent.computed ? 'key' : 'plain';
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'TSExternalModuleReference':
    case 'TSEnumMember':
      return parent.id === node || parent.source === node || parent.type === 'TSExternalModuleReference' ? 'fixed' : 'plain';
    default:
      return 'plain';
  }
}

function functionScope(scope: Scope): Scope {
  let s = scope;
  while (!s.fn && s.parent) s = s.parent;
  return s;
}

function declare(scope: Scope, id: Node, kind: BindingKind, init: Node | undefined): Binding {
  const binding: Binding = { kind, name: id.name as string, id, init, scope };
  (scope.names ??= new Map()).set(binding.name, binding);
  return binding;
}

const ENV_OBJECTS = /^(?:process\.env|import\.meta\.env|Bun\.env)$/;

function declarePattern(scope: Scope, pattern: Node, kind: BindingKind, init: Node | undefined, source: Node | undefined): void {
  switch (pattern.type) {
    case 'Identifier':
      declare(scope, pattern, kind, init);
      return;
    case 'AssignmentPattern':
      declarePattern(scope, pattern.left, kind, undefined, undefined);
      return;
    case 'RestElement':
      declarePattern(scope, pattern.argument, kind, undefined, undefined);
      return;
    case 'TSParameterProperty':
      declarePattern(scope, pattern.parameter, kind, undefined, undefined);
      return;
    case 'ArrayPattern':
      for (const element of pattern.elements as (Node | null)[]) if (element) declarePattern(scope, element, kind, undefined, undefined);
      return;
    case 'ObjectPattern': {
      // `const { UNKEY_ROOT_KEY } = process.env` reads an env var.
      const fromEnv = source !== undefined && ENV_OBJECTS.test(memberPath(source) ?? '');
      // `const { API_URL } = require("./config")` names an export of a module of the project, as an import does.
      const required = kind === 'const' && source !== undefined ? relativeRequire(source) : undefined;
      for (const prop of pattern.properties as Node[]) {
        if (prop.type === 'RestElement') {
          declarePattern(scope, prop.argument, kind, undefined, undefined);
          continue;
        }
        const value = prop.value as Node;
        const target = value.type === 'AssignmentPattern' ? value.left : value;
        if (fromEnv && !prop.computed && target.type === 'Identifier' && prop.key.type === 'Identifier') {
          declare(scope, target, kind, undefined).envVar = prop.key.name;
        } else if (required !== undefined && !prop.computed && value.type === 'Identifier' && (prop.key.type === 'Identifier' || prop.key.type === 'StringLiteral')) {
          const binding = declare(scope, value, kind, undefined);
          binding.importSource = required;
          binding.importName = prop.key.type === 'Identifier' ? prop.key.name : prop.key.value;
        } else declarePattern(scope, value, kind, undefined, undefined);
      }
      return;
    }
  }
}

/** `a.b.c` for a chain of identifiers (and `import.meta`), else undefined. */
export function memberPath(node: Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MetaProperty') return `${node.meta.name}.${node.property.name}`;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    const object = memberPath(node.object);
    return object === undefined ? undefined : `${object}.${node.property.name}`;
  }
  return undefined;
}

function noteCall(node: Node, scope: Scope, out: Collected, methods: ReadonlySet<string>): void {
  const callee = node.callee as Node;
  if (callee.type === 'Identifier') {
    out.calls.push(node);
    out.callScopes.push(scope);
    return;
  }
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return;
  if (callee.computed || callee.property.type !== 'Identifier') return;
  const method = callee.property.name as string;
  if (methods.has(method)) {
    out.calls.push(node);
    out.callScopes.push(scope);
  } else if (method === 'use') {
    // x.interceptors.request.use(...)
    const request = callee.object as Node;
    if (request.type === 'MemberExpression' && !request.computed && request.property.name === 'request') {
      const interceptors = request.object as Node;
      if (interceptors.type === 'MemberExpression' && interceptors.property.name === 'interceptors' && interceptors.object.type === 'Identifier') {
        out.intercepted.add(interceptors.object.name);
      }
    }
  }
}

function noteAssignment(node: Node, scope: Scope, out: Collected): void {
  let left = node.left as Node;
  if (left.type !== 'MemberExpression') return;
  // Walk down to the root; record only chains whose second link is `defaults`.
  let second: Node | undefined;
  while (left.type === 'MemberExpression') {
    second = left;
    left = left.object;
  }
  if (left.type !== 'Identifier' || !second || second.computed || second.property.name !== 'defaults') return;
  out.defaults.push(node);
  out.defaultScopes.push(scope);
}

/** The binding `name` refers to from `scope`, if declared in this file. */
export function lookup(scope: Scope | undefined, name: string): Binding | undefined {
  for (let s = scope; s; s = s.parent) {
    const binding = s.names?.get(name);
    if (binding) return binding;
  }
  return undefined;
}

/** Calls `fn` for each child node, for node types missing from VISITOR_KEYS. */
export function forEachChild(node: Node, fn: (child: Node) => void): void {
  for (const key in node) {
    if (key === 'loc' || key === 'extra' || key === 'typeAnnotation' || key === 'returnType' || key === 'typeParameters' || key === 'typeArguments') continue;
    const child = node[key];
    if (child === null || typeof child !== 'object') continue;
    if (Array.isArray(child)) {
      for (const item of child) if (item !== null && typeof item === 'object' && typeof item.type === 'string') fn(item);
    } else if (typeof child.type === 'string') fn(child);
  }
}
