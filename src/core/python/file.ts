// One Python file as the clients see it: imports, same-file assignments, and the evaluation of
// expressions to Values (string literals with escapes, f-strings, `+`, implicit concatenation,
// `%` and `.format()`, same-file constants, `os.environ[...]`/`os.getenv(...)` as env references).
import { decodeContent, hexAt } from '../treesitter/escapes';
import { MAX_DEPTH, substitute, TreeSitterFile } from '../treesitter/file';
import { field, namedChildren, rangeOf, type Node } from '../treesitter/nodes';
import type { HeaderEntry, TextEdit, ValuePart } from '../types';
import { computedText, mappedText } from '../value';

/** A decoded string literal: its text, the source offset of each character, and how it is written. */
export interface PyString {
  node: Node;
  /** Lower-case prefix letters (`f`, `r`, `b`, `rb`, …). */
  prefix: string;
  /** The delimiter: `"`, `'`, `"""` or `'''`. */
  quote: string;
  parts: ValuePart[];
}

// `import x`, `from x import y` at the start of a line; group 1 is the first keyword.
// A string literal's prefix and opening quote.
const STRING_START = /([A-Za-z]{0,2})('''|"""|'|")/y;
const IMPORT_LINE = /^[ \t]*(from|import)[ \t]/gm;
// `a.b.c(`: a call's callee as written.
const CALL_TEXT = /(?<![\w.])([A-Za-z_]\w*(?:[ \t]*\.[ \t]*[A-Za-z_]\w*)*)[ \t]*\(/g;
/** Last names of the calls the clients read (besides anything on an imported module). */
const CALL_NAMES = new Set([
  'get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream',
  'Session', 'session', 'Client', 'AsyncClient', 'ClientSession', 'Request', 'urlopen',
  'add_header', 'add_unredirected_header', 'update', 'setdefault', 'pop', 'clear',
]);
const SNIPPET_MODULES = ['requests', 'httpx', 'aiohttp', 'urllib', 'os'];

export class PyFile extends TreeSitterFile {
  /** Local name -> dotted module path it stands for (`rq` -> `requests`, `post` -> `requests.post`). */
  readonly imports = new Map<string, string>();
  /**
   * The calls that may matter, found from the text (`name.attr(`) and confirmed in the tree: a walk
   * over every node costs as much as a sixth of the parse, since each node access crosses into wasm.
   */
  readonly calls: Node[] = [];
  private readonly callees = new Map<number, string | undefined>();
  private assignmentCache = new Map<string, Node[]>();
  private subscriptCache = new Map<string, Node[]>();
  private scopeSpans: Array<{ scope: Node; start: number; end: number; type: string }> | undefined;
  private parameterNames: Set<string> | undefined;
  private cachedQuote: '"' | "'" | undefined;
  /** The file itself imports os (not assumed for a snippet). */
  private readonly declaresOs: boolean;

  constructor(text: string, root: Node) {
    super(text, root);
    for (const match of text.matchAll(IMPORT_LINE)) {
      const keyword = match.index + match[0].length - 1 - match[1].length;
      const statement = root.descendantForIndex(keyword, keyword + match[1].length)?.parent;
      if (statement?.type === 'import_statement') {
        for (const name of namedChildren(statement)) this.addImport(name, '');
      } else if (statement?.type === 'import_from_statement') {
        const module = field(statement, 'module_name');
        if (module?.type === 'dotted_name') for (const name of statement.childrenForFieldName('name')) if (name) this.addImport(name, `${module.text}.`);
      }
    }
    this.declaresOs = this.imports.get('os') === 'os';
    // A snippet with no imports at all (a Markdown block, a doc example) means the usual modules.
    if (this.imports.size === 0) for (const name of SNIPPET_MODULES) this.imports.set(name, name);
    for (const match of text.matchAll(CALL_TEXT)) {
      const dotted = match[1].replace(/\s+/g, '');
      const dot = dotted.lastIndexOf('.');
      const first = dotted.slice(0, Math.max(0, dotted.indexOf('.'))) || dotted;
      if (!this.imports.has(first) && !CALL_NAMES.has(dotted.slice(dot + 1))) continue;
      if (/(?:\bdef|\bclass|\.)[ \t]*$/.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
      const paren = match.index + match[0].length;
      const node = root.descendantForIndex(match.index, paren);
      if (node?.type !== 'call' || node.startIndex !== match.index) continue;
      this.calls.push(node);
      this.callees.set(node.startIndex, dotted);
    }
  }

  /** Assignment statements `name = …` (also `self.x: T = …`), found from the text on first need. */
  private assignmentNodes(name: string): Node[] {
    let found = this.assignmentCache.get(name);
    if (!found) {
      found = this.statementsAt(new RegExp(`(?<![\\w.])${escapeRegExp(name).replace(/\\\./g, '[ \\t]*\\.[ \\t]*')}[ \\t]*(?::[^=\\n]*)?=(?!=)`, 'g'), name, false);
      this.assignmentCache.set(name, found);
    }
    return found;
  }

  private statementsAt(pattern: RegExp, name: string, subscript: boolean): Node[] {
    const out: Node[] = [];
    for (const match of this.text.matchAll(pattern)) {
      const target = this.root.descendantForIndex(match.index, match.index + match[0].length - 1);
      let node: Node | null | undefined = target;
      // Up from the leaf to the assignment whose left side starts here.
      for (let i = 0; node && i < 4 && node.type !== 'assignment'; i++) node = node.parent;
      if (node?.type !== 'assignment' || node.startIndex !== match.index) continue;
      const left = field(node, 'left');
      if (subscript ? left?.type === 'subscript' && field(left, 'value')?.text.replace(/\s+/g, '') === name : left?.text.replace(/\s+/g, '') === name) out.push(node);
    }
    return out;
  }

  private addImport(name: Node, prefix: string): void {
    if (name.type === 'dotted_name') {
      // `import urllib.request` binds `urllib`, and `urllib.request.X` then reads as written.
      const local = prefix ? name.text : name.text.split('.')[0];
      this.imports.set(local, prefix ? prefix + name.text : local);
    } else if (name.type === 'aliased_import') {
      const target = field(name, 'name');
      const alias = field(name, 'alias');
      if (target && alias) this.imports.set(alias.text, prefix + target.text);
    }
  }

  /** The innermost function or class strictly around `node` (of `types`, when given). */
  scopeOf(node: Node, types: readonly string[] = ['function_definition', 'class_definition']): Node | undefined {
    // Read once, on first need (node getters cross into wasm).
    this.scopeSpans ??= this.root.descendantsOfType(['function_definition', 'class_definition']).flatMap((scope) => (scope ? [{ scope, start: scope.startIndex, end: scope.endIndex, type: scope.type }] : []));
    const start = node.startIndex;
    const end = node.endIndex;
    let best: { scope: Node; start: number } | undefined;
    for (const span of this.scopeSpans) {
      if (span.start > start || span.end < end || !types.includes(span.type)) continue;
      if (span.start === start && span.end === end) continue;
      if (!best || span.start >= best.start) best = span;
    }
    return best?.scope;
  }

  /** Whether an identifier is a parameter of its enclosing function (then a same-name global is not it). */
  isParameter(node: Node): boolean {
    if (node.type !== 'identifier') return false;
    // Most names are no function's parameter anywhere: the text says so without the tree.
    if (!this.parameterNames) {
      this.parameterNames = new Set();
      for (const match of this.text.matchAll(/\bdef[ \t]+\w+[ \t]*\(([^)]*)\)/g)) for (const name of match[1].matchAll(/[A-Za-z_]\w*/g)) this.parameterNames.add(name[0]);
      for (const match of this.text.matchAll(/\blambda\b([^:]*):/g)) for (const name of match[1].matchAll(/[A-Za-z_]\w*/g)) this.parameterNames.add(name[0]);
    }
    if (!this.parameterNames.has(node.text)) return false;
    const fn = this.scopeOf(node, ['function_definition']);
    const parameters = fn && field(fn, 'parameters');
    if (!parameters) return false;
    return namedChildren(parameters).some((p) => (p.type === 'identifier' ? p.text : field(p, 'name')?.text ?? namedChildren(p)[0]?.text) === node.text);
  }

  /** The value nodes assigned to a name (`KEY`, `self.client`), in order. */
  assignmentsOf(name: string): Node[] {
    return this.assignmentNodes(name).flatMap((node) => {
      const right = field(node, 'right');
      return right ? [right] : [];
    });
  }

  hasAssignment(name: string): boolean {
    return this.assignmentNodes(name).length > 0;
  }

  /** `x["A"] = v` statements on `object`. */
  subscriptAssignments(object: string): Array<{ key: Node; value: Node; node: Node }> {
    let nodes = this.subscriptCache.get(object);
    if (!nodes) {
      nodes = this.statementsAt(new RegExp(`(?<![\\w.])${escapeRegExp(object)}[ \\t]*\\[[^\\]\\n]*\\][ \\t]*=(?!=)`, 'g'), object, true);
      this.subscriptCache.set(object, nodes);
    }
    return nodes.flatMap((node) => {
      const left = field(node, 'left');
      const key = left && field(left, 'subscript');
      const value = field(node, 'right');
      return left?.type === 'subscript' && key && value && field(left, 'value')?.text === object ? [{ key, value, node }] : [];
    });
  }

  /** A call's callee as dotted text (`requests.post`, `self.client.get`), read from the source; else undefined. */
  callee(call: Node): string | undefined {
    return this.callees.get(call.startIndex);
  }

  /** A dotted name through the imports: `rq.post` -> `requests.post`. */
  qualifyName(dotted: string): string | undefined {
    const dot = dotted.indexOf('.');
    const head = this.imports.get(dot === -1 ? dotted : dotted.slice(0, dot));
    return head === undefined ? undefined : head + (dot === -1 ? '' : dotted.slice(dot));
  }

  /** The dotted path an identifier or attribute chain refers to through the imports, e.g. `requests.post`. */
  qualify(node: Node | undefined): string | undefined {
    if (!node) return undefined;
    if (node.type === 'identifier') return this.imports.get(node.text);
    if (node.type === 'attribute') {
      const object = this.qualify(field(node, 'object'));
      const attribute = field(node, 'attribute');
      return object && attribute ? `${object}.${attribute.text}` : undefined;
    }
    return undefined;
  }

  /** The single assignment of a name in the file, if there is exactly one (so its value is constant). */
  constantOf(node: Node): Node | undefined {
    if (node.type !== 'identifier' && node.type !== 'attribute') return undefined;
    const values = this.assignmentsOf(node.text.replace(/\s+/g, ''));
    return values.length === 1 ? values[0] : undefined;
  }

  /** Follows a name to its single assignment (a dict, a call), else the node itself. */
  resolve(node: Node): Node {
    let current = unwrap(node);
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const next = this.constantOf(current);
      if (!next) break;
      current = unwrap(next);
    }
    return current;
  }

  /** The name of the env var an expression reads: `os.environ["X"]`, `os.environ.get("X")`, `os.getenv("X")`. */
  override envRef(node: Node): string | undefined {
    const inner = unwrap(node);
    if (inner.type === 'subscript') {
      if (this.qualify(field(inner, 'value')) !== 'os.environ') return undefined;
      const key = field(inner, 'subscript');
      return key ? this.literal(key) : undefined;
    }
    if (inner.type === 'call') {
      const name = this.qualify(field(inner, 'function'));
      if (name !== 'os.getenv' && name !== 'os.environ.get') return undefined;
      const first = positional(inner)[0];
      return first ? this.literal(first) : undefined;
    }
    return undefined;
  }

  /** The exact text of a plain string literal (no interpolation), else undefined. */
  override literal(node: Node): string | undefined {
    const inner = unwrap(node);
    return inner.type === 'string' || inner.type === 'concatenated_string' ? super.literal(inner) : undefined;
  }

  // ---- Values -----------------------------------------------------------------------------------

  protected parts(node: Node, mapped: boolean, depth: number): ValuePart[] {
    if (depth > MAX_DEPTH) return [this.opaque(node)];
    switch (node.type) {
      case 'string':
        return this.string(node, mapped, depth).parts;
      case 'concatenated_string':
        return namedChildren(node).flatMap((child) => this.parts(child, mapped, depth + 1));
      case 'parenthesized_expression': {
        const inner = namedChildren(node)[0];
        return inner ? this.parts(inner, mapped, depth + 1) : [this.opaque(node)];
      }
      case 'binary_operator': {
        const operator = field(node, 'operator')?.type;
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (!left || !right) break;
        if (operator === '+') return [...this.parts(left, mapped, depth + 1), ...this.parts(right, mapped, depth + 1)];
        if (operator === '%' && unwrap(left).type === 'string') return this.percent(unwrap(left), right, mapped, depth);
        break;
      }
      case 'identifier':
      case 'attribute': {
        const env = this.envRef(node);
        if (env !== undefined) return [this.opaque(node, env)];
        const constant = this.constantOf(node);
        // Folded from elsewhere: the text is known but does not sit here, so no map.
        if (constant && !this.isParameter(node)) return this.parts(constant, false, depth + 1);
        break;
      }
      case 'subscript': {
        const env = this.envRef(node);
        if (env !== undefined) return [this.opaque(node, env)];
        break;
      }
      case 'call': {
        const env = this.envRef(node);
        if (env !== undefined) return [this.opaque(node, env)];
        const fn = field(node, 'function');
        if (fn?.type === 'attribute' && field(fn, 'attribute')?.text === 'format') {
          const object = field(fn, 'object');
          if (object && unwrap(object).type === 'string') return this.format(unwrap(object), node, mapped, depth);
        }
        // str(x) is x for our purposes.
        if (fn?.type === 'identifier' && fn.text === 'str') {
          const args = positional(node);
          if (args.length === 1) return this.parts(args[0], mapped, depth + 1);
        }
        break;
      }
      case 'integer':
        return [computedText(node.text)];
    }
    return [this.opaque(node)];
  }

  /** The source range between a plain string literal's quotes, when it has no escapes or prefix letters. */
  stringContentRange(node: Node): [number, number] | undefined {
    if (node.type !== 'string') return undefined;
    STRING_START.lastIndex = node.startIndex;
    const opening = STRING_START.exec(this.text);
    if (!opening || opening[1]) return undefined;
    const from = node.startIndex + opening[0].length;
    const to = node.endIndex - opening[2].length;
    return to >= from && !this.text.slice(from, to).includes('\\') ? [from, to] : undefined;
  }

  /** Decodes a string literal; interpolations of an f-string become their expression's parts. */
  string(node: Node, mapped = true, depth = 0): PyString {
    // Without an `f` the literal is read from the text alone (each child access crosses into wasm).
    STRING_START.lastIndex = node.startIndex;
    const opening = STRING_START.exec(this.text);
    if (opening && !/f/i.test(opening[1])) {
      const quote = opening[2];
      const from = node.startIndex + opening[0].length;
      const end = node.endIndex;
      const to = end - quote.length >= from && this.text.startsWith(quote, end - quote.length) ? end - quote.length : end;
      const prefix = opening[1].toLowerCase();
      const decoded = decodePython(this.text, from, to, prefix.includes('r'), false);
      return { node, prefix, quote, parts: [mapped ? mappedText(decoded.text, decoded.map) : computedText(decoded.text)] };
    }
    const start = node.firstChild;
    const startText = start?.type === 'string_start' ? start.text : '"';
    const quoteAt = startText.search(/['"]/);
    const prefix = startText.slice(0, Math.max(0, quoteAt)).toLowerCase();
    const quote = startText.slice(Math.max(0, quoteAt));
    const raw = prefix.includes('r');
    const interpolated = prefix.includes('f');
    const parts: ValuePart[] = [];
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      if (!child) continue;
      if (child.type === 'string_content') {
        const decoded = decodePython(this.text, child.startIndex, child.endIndex, raw, interpolated);
        parts.push(mapped ? mappedText(decoded.text, decoded.map) : computedText(decoded.text));
      } else if (child.type === 'interpolation') {
        const expression = field(child, 'expression');
        const simple = expression && !field(child, 'format_specifier') && !field(child, 'type_conversion');
        parts.push(...(simple ? this.parts(expression, mapped, depth + 1) : [this.opaque(child)]));
      }
    }
    return { node, prefix, quote, parts };
  }

  /** `"Bearer %s" % key`: each `%s` takes the next operand; anything fancier is opaque. */
  private percent(format: Node, operand: Node, mapped: boolean, depth: number): ValuePart[] {
    const template = this.string(format, mapped, depth);
    const inner = unwrap(operand);
    const values = inner.type === 'tuple' ? namedChildren(inner) : [operand];
    return substitute(
      template.parts,
      /%(?:s|r|d|%)/g,
      (token, index) => {
        if (token === '%%') return [computedText('%')];
        const arg = values[index];
        return arg ? this.parts(arg, mapped, depth + 1) : undefined;
      },
      (token) => token === '%%',
    );
  }

  /** `"Bearer {}".format(key)`, `"{0}"`, `"{name}"` with keyword arguments. */
  private format(format: Node, call: Node, mapped: boolean, depth: number): ValuePart[] {
    const template = this.string(format, mapped, depth);
    const args = positional(call);
    const keywords = keywordArguments(call);
    let next = 0;
    return substitute(
      template.parts,
      /\{\{|\}\}|\{([A-Za-z_]\w*|\d*)\}/g,
      (token, _index, name) => {
        if (token === '{{') return [computedText('{')];
        if (token === '}}') return [computedText('}')];
        const arg = name === '' ? args[next++] : /^\d+$/.test(name ?? '') ? args[Number(name)] : keywords.get(name ?? '');
        return arg ? this.parts(arg, mapped, depth + 1) : undefined;
      },
      (token) => token === '{{' || token === '}}',
    );
  }

  // ---- Style ------------------------------------------------------------------------------------

  /** The majority quote of the file's strings. */
  get quote(): '"' | "'" {
    if (this.cachedQuote === undefined) {
      const single = this.text.match(/(?<![\w'"])'[^'\n]*'/g)?.length ?? 0;
      const double = this.text.match(/(?<![\w'"])"[^"\n]*"/g)?.length ?? 0;
      this.cachedQuote = single > double ? "'" : '"';
    }
    return this.cachedQuote;
  }

  str(text: string, quote: '"' | "'" = this.quote): string {
    return quote + text.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`) + quote;
  }

  /** How this file reads env vars: `os.environ["X"]` unless it already uses `os.getenv` or a bare `environ`/`getenv`. */
  envExpression(name: string, quote: '"' | "'" = this.quote): string {
    const key = this.str(name, quote);
    if (this.imports.get('environ') === 'os.environ' && !this.imports.has('os')) return `environ[${key}]`;
    if (this.imports.get('getenv') === 'os.getenv' && !this.imports.has('os')) return `getenv(${key})`;
    if (this.text.includes('os.getenv(') && !this.text.includes('os.environ')) return `os.getenv(${key})`;
    return `os.environ[${key}]`;
  }

  /**
   * Makes an edit that writes `os.…` also import `os` when the file does not: the edit then reaches
   * back to just after the file's last top-level import (one edit, so it stays one fix).
   */
  withOsImport(edit: TextEdit | undefined): TextEdit | undefined {
    if (!edit || !/\bos\./.test(edit.text) || this.declaresOs) return edit;
    const at = this.importInsertionPoint();
    if (at > edit.range[0]) return edit;
    return { range: [at, edit.range[1]], text: `import os\n${this.text.slice(at, edit.range[0])}${edit.text}` };
  }

  /** Start of the line after the last top-level import, else after leading comment lines. */
  private importInsertionPoint(): number {
    let end = -1;
    for (const child of namedChildren(this.root)) {
      if (child.type === 'import_statement' || child.type === 'import_from_statement' || child.type === 'future_import_statement') end = child.endIndex;
    }
    if (end === -1) {
      // Before the first statement (a Markdown block's text starts there, not at offset 0).
      const first = namedChildren(this.root)[0];
      return first ? this.text.lastIndexOf('\n', first.startIndex - 1) + 1 : this.text.length;
    }
    const newline = this.text.indexOf('\n', end);
    return newline === -1 ? this.text.length : newline + 1;
  }

  /** `"Bearer " + os.environ["X"]`: works on every Python version (no nested quotes in an f-string). */
  bearerValue(envVarName: string): string {
    return `${this.str('Bearer ')} + ${this.envExpression(envVarName)}`;
  }

  // ---- Headers ----------------------------------------------------------------------------------

  /** Header entries of a dict literal; `known` is false for `**spread` or a computed key. */
  dictHeaders(dict: Node): { entries: HeaderEntry[]; known: boolean } {
    const entries: HeaderEntry[] = [];
    let known = true;
    for (const item of namedChildren(dict)) {
      if (item.type !== 'pair') {
        known = false;
        continue;
      }
      const key = field(item, 'key');
      const value = field(item, 'value');
      const name = key && this.literal(key);
      if (!key || !value || name === undefined) {
        known = false;
        continue;
      }
      entries.push(this.headerEntry(name, key, value, item));
    }
    return { entries, known };
  }

  protected concat(prefix: string, expression: string): string {
    return `${this.str(prefix)} + ${expression}`;
  }

  protected override leftmostOperand(node: Node): Node {
    let current = unwrap(node);
    while (current.type === 'binary_operator' && field(current, 'operator')?.type === '+') current = unwrap(field(current, 'left') ?? current);
    if (current.type === 'concatenated_string') return namedChildren(current)[0] ?? current;
    return current;
  }

  protected override prefixInsertion(node: Node, prefix: string): number | null | undefined {
    if (node.type !== 'string') return undefined;
    // Braces in an f-string would start a replacement field; quotes would end the literal.
    if (/[\\'"{}]/.test(prefix) || this.string(node).prefix.includes('b')) return null;
    return node.firstChild?.endIndex ?? node.startIndex;
  }

  /**
   * A plain string holding `{NAME}` was meant as an f-string (the fix adds the `f`); `$NAME`/`${NAME}`
   * is shell syntax Python never expands (no safe rewrite).
   */
  protected override markUnexpanded(entry: HeaderEntry, valueNode: Node): void {
    if (unwrap(valueNode).type !== 'string') return;
    const literal = this.string(unwrap(valueNode));
    if (literal.prefix.includes('f') || literal.prefix.includes('b')) return;
    const part = literal.parts.length === 1 && literal.parts[0].kind === 'text' ? literal.parts[0] : undefined;
    if (!part?.map) return;
    const braces = [...part.text.matchAll(/\{([^{}]*)\}/g)];
    const field = braces.find((m) => /^[A-Za-z_][\w.]*(?:\[[^\]]+\])?$/.test(m[1]));
    if (field && braces.length === [...part.text.matchAll(/[{}]/g)].length / 2) {
      const from = field.index;
      const to = from + field[0].length;
      entry.unexpanded = { reference: field[0], range: [part.map[from], part.map[to - 1] + 1], reason: `${field[0]} is inside a plain string, not an f-string, so the text "${field[0]}" is sent instead of the key.` };
      const node = literal.node;
      entry.expandReferences = () => ({ range: [node.startIndex, node.startIndex], text: 'f' });
      return;
    }
    const shell = /\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*/.exec(part.text);
    if (shell) {
      const from = shell.index;
      const to = from + shell[0].length;
      entry.unexpanded = { reference: shell[0], range: [part.map[from], part.map[to - 1] + 1], reason: `Python does not expand ${shell[0]} in a string, so the text "${shell[0]}" is sent instead of the key.` };
    }
  }

  /** Inserts `item` as the last entry of a dict literal, on its own line when the dict spans lines. */
  addToDict(dict: Node, item: string): TextEdit | undefined {
    const close = dict.lastChild;
    return close?.type === '}' ? this.appendItem(dict.firstChild!, namedChildren(dict), close, item) : undefined;
  }

  /** Appends `name=value` to a call's arguments. */
  addKeyword(call: Node, keyword: string): TextEdit | undefined {
    const list = field(call, 'arguments');
    if (!list || list.type !== 'argument_list') return undefined;
    const close = list.lastChild;
    return close?.type === ')' ? this.appendItem(list.firstChild!, namedChildren(list), close, keyword) : undefined;
  }
}

// ---- Helpers ----------------------------------------------------------------------------------

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' || current.type === 'await') {
    const inner = namedChildren(current)[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

export function positional(call: Node): Node[] {
  const list = field(call, 'arguments');
  if (!list) return [];
  return namedChildren(list).filter((a) => a.type !== 'keyword_argument' && a.type !== 'list_splat' && a.type !== 'dictionary_splat');
}

export function keywordArguments(call: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const list = field(call, 'arguments');
  if (!list) return out;
  for (const arg of namedChildren(list)) {
    if (arg.type !== 'keyword_argument') continue;
    const name = field(arg, 'name');
    const value = field(arg, 'value');
    if (name && value) out.set(name.text, value);
  }
  return out;
}

/** Whether a call passes `*args` or `**kwargs` (then any argument may be hidden in them). */
export function hasSplat(call: Node): boolean {
  const list = field(call, 'arguments');
  return !!list && namedChildren(list).some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat');
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Decodes Python string content text[start, end) with a source map; f-strings turn `{{`/`}}` into braces. */
export function decodePython(source: string, start: number, end: number, raw: boolean, fstring: boolean): { text: string; map: number[] } {
  return decodeContent(source, start, end, (i) => {
    const c = source[i];
    if (fstring && (c === '{' || c === '}') && source[i + 1] === c) return { text: c, length: 2 };
    if (c !== '\\' || raw) return undefined;
    const next = source[i + 1];
    if (next === '\n') return { text: '', length: 2 };
    if (next === '\r') return { text: '', length: source[i + 2] === '\n' ? 3 : 2 };
    if (next !== undefined && next in SIMPLE_ESCAPES && !(next === '0' && /[0-7]/.test(source[i + 2] ?? ''))) return { text: SIMPLE_ESCAPES[next], length: 2 };
    const code = next === 'x' ? hexAt(source, i + 2, 2, end) : next === 'u' ? hexAt(source, i + 2, 4, end) : next === 'U' ? hexAt(source, i + 2, 8, end) : undefined;
    if (code !== undefined) return { text: next === 'U' ? String.fromCodePoint(Math.min(code, 0x10ffff)) : String.fromCharCode(code), length: next === 'x' ? 4 : next === 'u' ? 6 : 10 };
    if (next !== undefined && /[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(source.slice(i + 1, Math.min(end, i + 4)))![0];
      return { text: String.fromCharCode(parseInt(octal, 8)), length: 1 + octal.length };
    }
    // Unknown escapes keep their backslash, as Python does.
    return undefined;
  });
}
