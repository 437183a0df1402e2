// One Ruby file as the clients see it: assignments (locals, constants, `@ivars`), `x["K"] = v`
// statements, and the evaluation of expressions to Values (single- and double-quoted strings with
// `#{}` interpolation, `+`, `format`/`%`, `ENV["X"]`/`ENV.fetch("X")` as env references).
import { bracedCodePoint, decodeContent, decodeSingleQuoted, hexAt } from '../treesitter/escapes';
import { substitute, TreeSitterFile } from '../treesitter/file';
import { ancestor, field, namedChildren, rangeOf, type Node } from '../treesitter/nodes';
import type { HeaderEntry, TextEdit, ValuePart } from '../types';
import { computedText, mappedText } from '../value';

export const STRINGS = ['string'];
const SCOPES = ['method', 'singleton_method', 'lambda', 'block', 'do_block'];
const DOUBLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', s: ' ', e: '\x1b', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0', '\\': '\\', '"': '"', "'": "'", '#': '#' };
const PASS_THROUGH = new Set(['to_s', 'strip', 'freeze', 'to_str', 'chomp']);

export class RubyFile extends TreeSitterFile {
  /** Name (`key`, `KEY`, `@key`, `self.x`) -> assigned values. */
  readonly assignments = new Map<string, Node[]>();
  /** `x["K"] = v` statements by the text of x. */
  readonly elementAssignments: Array<{ object: string; key: Node; value: Node; node: Node }> = [];
  readonly calls: Node[] = [];
  /** Where each call starts, in `calls` order (read once: node getters cross into wasm). */
  readonly callStarts: number[] = [];

  constructor(text: string, root: Node) {
    super(text, root);
    for (const node of root.descendantsOfType(['assignment', 'call'])) {
      if (!node) continue;
      if (node.type === 'call') {
        this.calls.push(node);
        this.callStarts.push(node.startIndex);
        continue;
      }
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (!left || !right) continue;
      if (left.type === 'element_reference') {
        const object = field(left, 'object');
        const key = namedChildren(left)[1];
        if (object && key) this.elementAssignments.push({ object: object.text, key, value: right, node });
      } else push(this.assignments, left.text.replace(/\s+/g, ''), right);
    }
  }

  /** The calls that start inside `scope` (the whole file when undefined). */
  callsIn(scope: Node | undefined): Node[] {
    if (!scope) return this.calls;
    const start = scope.startIndex;
    const end = scope.endIndex;
    return this.calls.filter((_, i) => this.callStarts[i] >= start && this.callStarts[i] < end);
  }

  /** The one value assigned to a name: in the same method for a local, anywhere for a constant or `@ivar`. */
  assigned(node: Node): Node | undefined {
    const name = node.text.replace(/\s+/g, '');
    const values = this.assignments.get(name) ?? [];
    if (node.type === 'identifier') {
      const scope = ancestor(node, SCOPES);
      const local = values.filter((v) => ancestor(v, SCOPES)?.startIndex === scope?.startIndex);
      return local.length === 1 && !isParameter(node, scope) ? local[0] : undefined;
    }
    return values.length === 1 ? values[0] : undefined;
  }

  /** `ENV["X"]`, `ENV.fetch("X")` (with or without a default) -> X. */
  override envRef(node: Node): string | undefined {
    if (node.type === 'element_reference' && field(node, 'object')?.text === 'ENV') {
      const key = namedChildren(node)[1];
      return key ? this.literal(key) : undefined;
    }
    if (node.type === 'call' && field(node, 'receiver')?.text === 'ENV' && field(node, 'method')?.text === 'fetch') {
      const first = args(node)[0];
      return first ? this.literal(first) : undefined;
    }
    return undefined;
  }

  // ---- Values -----------------------------------------------------------------------------------

  /** Called through `guardedParts` (depth limit, env reads) for every node. */
  protected parts(node: Node, mapped: boolean, depth: number): ValuePart[] {
    switch (node.type) {
      case 'string':
        return this.string(node, mapped, depth) ?? [this.opaque(node)];
      case 'parenthesized_statements':
        return namedChildren(node).length === 1 ? this.guardedParts(namedChildren(node)[0], mapped, depth + 1) : [this.opaque(node)];
      case 'binary': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        const operator = field(node, 'operator')?.type;
        if (left && right && operator === '+') return [...this.guardedParts(left, mapped, depth + 1), ...this.guardedParts(right, mapped, depth + 1)];
        if (left?.type === 'string' && right && operator === '%') return this.format(left, right.type === 'array' ? namedChildren(right) : [right], mapped, depth);
        break;
      }
      case 'identifier':
      case 'constant':
      case 'instance_variable': {
        const value = this.assigned(node);
        if (value) return this.guardedParts(value, false, depth + 1);
        break;
      }
      case 'call': {
        const method = field(node, 'method')?.text;
        const receiver = field(node, 'receiver');
        if (receiver && method && PASS_THROUGH.has(method) && args(node).length === 0) return this.guardedParts(receiver, mapped, depth + 1);
        if (!receiver && (method === 'format' || method === 'sprintf')) {
          const [template, ...rest] = args(node);
          if (template?.type === 'string') return this.format(template, rest, mapped, depth);
        }
        break;
      }
      case 'integer':
        return [computedText(node.text)];
    }
    return [this.opaque(node)];
  }

  /** A string literal: text decoded, `#{expr}` as the expression's parts; undefined for `%w`, heredocs and the like. */
  private string(node: Node, mapped: boolean, depth: number): ValuePart[] | undefined {
    const open = node.child(0)?.text ?? '';
    const double = open === '"' || /^%Q?[^\w\s]$/.test(open);
    if (!double && open !== "'" && !/^%q[^\w\s]$/.test(open)) return undefined;
    const parts: ValuePart[] = [];
    for (let i = 1; i < node.childCount - 1; i++) {
      const child = node.child(i)!;
      if (child.type === 'string_content' || child.type === 'escape_sequence') {
        const decoded = double ? decodeRubyDouble(this.text, child.startIndex, child.endIndex) : decodeRubySingle(this.text, child.startIndex, child.endIndex);
        parts.push(mapped ? mappedText(decoded.text, decoded.map) : computedText(decoded.text));
      } else if (child.type === 'interpolation') {
        const inner = namedChildren(child);
        parts.push(...(inner.length === 1 ? this.guardedParts(inner[0], mapped, depth + 1) : [this.opaque(child)]));
      } else return undefined;
    }
    return parts;
  }

  /** `format("Bearer %s", key)`, `"Bearer %s" % key`: `%s` takes the next value; others are opaque. */
  private format(template: Node, values: Node[], mapped: boolean, depth: number): ValuePart[] {
    const parts = this.string(template, mapped, depth + 1);
    if (!parts) return [this.opaque(template)];
    return substitute(
      parts,
      /%(?:%|[-+ 0#.\d]*[a-zA-Z])/g,
      (token, index) => {
        if (token === '%%') return [computedText('%')];
        const value = values[index];
        return value && token === '%s' ? this.guardedParts(value, mapped, depth + 1) : undefined;
      },
      (token) => token === '%%',
    );
  }

  // ---- Style and edits --------------------------------------------------------------------------

  /** The majority quote of the file's strings. */
  get quote(): '"' | "'" {
    const single = this.text.match(/(?<![\w'"])'[^'\n]*'/g)?.length ?? 0;
    const double = this.text.match(/(?<![\w'"])"[^"\n]*"/g)?.length ?? 0;
    return single > double ? "'" : '"';
  }

  /** `ENV.fetch("X")`, or `ENV["X"]` when the file already reads the environment that way. */
  envExpression(name: string): string {
    const q = this.quote;
    return /\bENV\[/.test(this.text) && !/\bENV\.fetch\b/.test(this.text) ? `ENV[${q}${name}${q}]` : `ENV.fetch(${q}${name}${q})`;
  }

  bearerValue(envVarName: string): string {
    return `"Bearer #{${this.envExpression(envVarName)}}"`;
  }

  str(text: string): string {
    return this.quote === "'" ? `'${text.replace(/[\\']/g, '\\$&')}'` : JSON.stringify(text).replace(/#/g, '\\#');
  }

  protected concat(prefix: string, expression: string): string {
    return `"${prefix.replace(/["\\#]/g, '\\$&')}#{${expression}}"`;
  }

  protected override leftmostOperand(node: Node): Node {
    let current = node;
    while (current.type === 'binary' && field(current, 'operator')?.type === '+') current = field(current, 'left') ?? current;
    return current;
  }

  protected override prefixInsertion(node: Node, prefix: string): number | null | undefined {
    const open = node.type === 'string' ? node.child(0) : undefined;
    if (open?.text === '"' && !/["\\#]/.test(prefix)) return open.endIndex;
    if (open?.text === "'" && !/['\\]/.test(prefix)) return open.endIndex;
    return undefined;
  }

  /**
   * `'Bearer #{key}'` in single quotes is sent as written (the fix switches to double quotes); `$NAME`
   * is shell syntax Ruby never expands (the fix reads `ENV.fetch("NAME")`).
   */
  protected override markUnexpanded(entry: HeaderEntry, valueNode: Node): void {
    const literal = this.leftmostOperand(valueNode);
    const open = literal.type === 'string' ? literal.child(0)?.text : undefined;
    const content = literal.child(1);
    if ((open !== "'" && open !== '"') || literal.childCount !== 3 || content?.type !== 'string_content') return;
    const single = open === "'";
    const decoded = single ? decodeRubySingle(this.text, content.startIndex, content.endIndex) : decodeRubyDouble(this.text, content.startIndex, content.endIndex);
    const interpolation = single ? /#\{[^{}]*\}/.exec(decoded.text) : null;
    const shell = /\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/.exec(decoded.text);
    const reference = interpolation ?? shell;
    if (!reference) return;
    const from = reference.index;
    const to = from + reference[0].length;
    entry.unexpanded = {
      reference: reference[0],
      range: [decoded.map[from], decoded.map[to]],
      reason: interpolation ? `${reference[0]} is inside single quotes, so Ruby sends the text "${reference[0]}" instead of the key.` : `Ruby does not expand ${reference[0]} in a string, so the text "${reference[0]}" is sent instead of the key.`,
    };
    const escape = (text: string) => text.replace(/["\\#]/g, '\\$&');
    if (interpolation) {
      // Safe when nothing else in the literal means something between double quotes.
      if (!/["\\]/.test(decoded.text) && decoded.text.split('#').length === 2) entry.expandReferences = () => ({ range: rangeOf(literal), text: `"${decoded.text}"` });
      return;
    }
    const variable = shell![1] ?? shell![2];
    const env = `#{${this.envExpression(variable)}}`;
    entry.expandReferences = () =>
      single ? { range: rangeOf(literal), text: `"${escape(decoded.text.slice(0, from))}${env}${escape(decoded.text.slice(to))}"` } : { range: [decoded.map[from], decoded.map[to]], text: env };
  }

  /** Inserts `item` as the last element of a hash literal. */
  addToHash(hash: Node, item: string): TextEdit | undefined {
    const close = hash.lastChild;
    return close?.type === '}' ? this.appendItem(hash.firstChild!, namedChildren(hash), close, item) : undefined;
  }

  /** Appends `keyword: value` to a call's arguments (adding parentheses' contents only when they exist). */
  addArgument(call: Node, argument: string): TextEdit | undefined {
    const list = field(call, 'arguments');
    const close = list?.lastChild;
    if (!list || close?.type !== ')') return undefined;
    return this.appendItem(list.firstChild!, namedChildren(list), close, argument);
  }
}

// ---- Helpers ----------------------------------------------------------------------------------

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isParameter(node: Node, scope: Node | undefined): boolean {
  const parameters = scope && (field(scope, 'parameters') ?? namedChildren(scope).find((n) => n.type === 'block_parameters'));
  return !!parameters && namedChildren(parameters).some((p) => (p.type === 'identifier' ? p.text : field(p, 'name')?.text) === node.text);
}

/** A call's arguments (hash pairs included as `pair` nodes). */
export function args(call: Node): Node[] {
  const list = field(call, 'arguments');
  return list ? namedChildren(list) : [];
}

/** Keyword arguments (`headers: {…}`, `:headers => {…}`) by name. */
export function keywords(call: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const arg of args(call)) {
    if (arg.type !== 'pair') continue;
    const key = field(arg, 'key');
    const value = field(arg, 'value');
    const name = key?.type === 'hash_key_symbol' ? key.text : key?.type === 'simple_symbol' ? key.text.slice(1) : undefined;
    if (name && value) out.set(name, value);
  }
  return out;
}

/** Single-quoted content: only `\\` and `\'` are escapes. */
export const decodeRubySingle = decodeSingleQuoted;

export function decodeRubyDouble(source: string, start: number, end: number): { text: string; map: number[] } {
  return decodeContent(source, start, end, (i) => {
    if (source[i] !== '\\') return undefined;
    const next = source[i + 1] ?? '';
    if (next in DOUBLE_ESCAPES && !(next === '0' && /[0-7]/.test(source[i + 2] ?? ''))) return { text: DOUBLE_ESCAPES[next], length: 2 };
    if (next === 'x') {
      const two = hexAt(source, i + 2, 2, end);
      if (two !== undefined) return { text: String.fromCharCode(two), length: 4 };
    }
    if (next === 'u') {
      const four = hexAt(source, i + 2, 4, end);
      if (four !== undefined) return { text: String.fromCharCode(four), length: 6 };
      const braced = bracedCodePoint(source, i, end);
      if (braced) return braced;
    }
    if (next === '\n') return { text: '', length: 2 };
    // An unknown escape is the character itself.
    return next ? { text: next, length: 2 } : undefined;
  });
}
