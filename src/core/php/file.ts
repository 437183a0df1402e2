// One PHP file as the clients see it: `use` imports, constants, variables assigned once in a function
// (or at the top level), and the evaluation of expressions to Values (single- and double-quoted strings
// with interpolation, `.`, `sprintf`, `getenv('X')`/`env('X')`/`$_ENV['X']` as env references).
import { bracedCodePoint, decodeContent, decodeSingleQuoted, hexAt } from '../treesitter/escapes';
import { substitute, TreeSitterFile } from '../treesitter/file';
import { ancestor, field, namedChildren, type Node } from '../treesitter/nodes';
import type { HeaderEntry, ValuePart } from '../types';
import { computedText, mappedText } from '../value';

export const STRINGS = ['string', 'encapsed_string'];
const FUNCTIONS = ['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function'];
const DOUBLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', v: '\v', e: '\x1b', f: '\f', '\\': '\\', $: '$', '"': '"', '0': '\0' };

export class PhpFile extends TreeSitterFile {
  /** Short class names -> fully qualified (`Client` -> `GuzzleHttp\Client`). */
  readonly uses = new Map<string, string>();
  /** `$name` (or `$this->name`) -> its assignments' right sides. */
  readonly assignments = new Map<string, Node[]>();
  /** Constants (`const X = …`, `define('X', …)`) -> values. */
  readonly constants = new Map<string, Node[]>();
  readonly calls: Node[] = [];

  constructor(text: string, root: Node) {
    super(text, root);
    for (const node of root.descendantsOfType(['namespace_use_clause', 'assignment_expression', 'const_element', 'function_call_expression', 'member_call_expression', 'scoped_call_expression', 'object_creation_expression'])) {
      if (!node) continue;
      switch (node.type) {
        case 'namespace_use_clause': {
          const name = namedChildren(node).find((n) => n.type === 'qualified_name' || n.type === 'name');
          const alias = field(node, 'alias') ?? namedChildren(node).find((n, i) => i > 0 && n.type === 'name');
          if (name) this.uses.set((alias ?? name).text.split('\\').pop()!, name.text.replace(/^\\/, ''));
          break;
        }
        case 'assignment_expression': {
          const left = field(node, 'left');
          const right = field(node, 'right');
          if (left && right) push(this.assignments, left.text.replace(/\s+/g, ''), right);
          break;
        }
        case 'const_element': {
          const [name, value] = namedChildren(node);
          if (name && value) push(this.constants, name.text, value);
          break;
        }
        default:
          this.calls.push(node);
          if (node.type === 'function_call_expression' && field(node, 'function')?.text === 'define') {
            const [name, value] = args(node);
            const constant = name && this.literal(name);
            if (constant && value) push(this.constants, constant, value);
          }
      }
    }
  }

  /** A class name through the `use` imports: `Client` -> `GuzzleHttp\Client`. */
  className(node: Node | undefined): string | undefined {
    if (!node) return undefined;
    const text = node.text.replace(/^\\/, '');
    return this.uses.get(text) ?? text;
  }

  /** The single value assigned to `$name` in the same function as `at` (or `$this->x` anywhere in the class). */
  assigned(name: string, at: Node): Node | undefined {
    const scope = name.startsWith('$this->') ? ancestor(at, ['class_declaration']) : ancestor(at, FUNCTIONS);
    const values = (this.assignments.get(name) ?? []).filter((value) => sameScope(name.startsWith('$this->') ? ancestor(value, ['class_declaration']) : ancestor(value, FUNCTIONS), scope));
    return values.length === 1 && !isParameter(name, at) ? values[0] : undefined;
  }

  /** `getenv('X')`, `env('X')`, `$_ENV['X']`, `$_SERVER['X']` -> X. */
  override envRef(node: Node): string | undefined {
    const inner = unwrap(node);
    if (inner.type === 'function_call_expression' && /^\\?(?:getenv|env)$/.test(field(inner, 'function')?.text ?? '')) {
      const first = args(inner)[0];
      return first ? this.literal(first) : undefined;
    }
    if (inner.type === 'subscript_expression') {
      const [object, key] = namedChildren(inner);
      if (object && /^\$_(?:ENV|SERVER)$/.test(object.text) && key) return this.literal(key);
    }
    return undefined;
  }

  // ---- Values -----------------------------------------------------------------------------------

  /** Called through `guardedParts` (depth limit, env reads) for every node. */
  protected parts(node: Node, mapped: boolean, depth: number): ValuePart[] {
    switch (node.type) {
      case 'string': {
        const decoded = decodePhpSingle(this.text, node);
        if (!decoded) break;
        return [mapped ? mappedText(decoded.text, decoded.map) : computedText(decoded.text)];
      }
      case 'encapsed_string':
        return this.interpolated(node, mapped, depth);
      case 'parenthesized_expression':
        return namedChildren(node)[0] ? this.guardedParts(namedChildren(node)[0], mapped, depth + 1) : [this.opaque(node)];
      case 'binary_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (left && right && field(node, 'operator')?.type === '.') return [...this.guardedParts(left, mapped, depth + 1), ...this.guardedParts(right, mapped, depth + 1)];
        break;
      }
      case 'variable_name':
      case 'member_access_expression': {
        const value = this.assigned(node.text.replace(/\s+/g, ''), node);
        if (value) return this.guardedParts(value, false, depth + 1);
        break;
      }
      case 'name': {
        const values = this.constants.get(node.text);
        if (values?.length === 1) return this.guardedParts(values[0], false, depth + 1);
        break;
      }
      case 'class_constant_access_expression': {
        // self::BASE inside the class that declares it.
        const [scope, name] = namedChildren(node);
        const values = scope && (scope.text === 'self' || scope.text === 'static') && name ? this.constants.get(name.text) : undefined;
        if (values?.length === 1) return this.guardedParts(values[0], false, depth + 1);
        break;
      }
      case 'function_call_expression': {
        const name = field(node, 'function')?.text.replace(/^\\/, '');
        if (name === 'sprintf') return this.sprintf(node, mapped, depth);
        if ((name === 'trim' || name === 'strval') && args(node).length === 1) return this.guardedParts(args(node)[0], mapped, depth + 1);
        break;
      }
      case 'integer':
        return [computedText(node.text)];
    }
    return [this.opaque(node)];
  }

  /** A double-quoted string: its text pieces decoded, `$x`/`{$x}` as the variable's value. */
  private interpolated(node: Node, mapped: boolean, depth: number): ValuePart[] {
    const parts: ValuePart[] = [];
    for (let i = 1; i < node.childCount - 1; i++) {
      const child = node.child(i)!;
      if (child.type === 'string_content' || child.type === 'escape_sequence') {
        const decoded = decodePhpDouble(this.text, child.startIndex, child.endIndex);
        parts.push(mapped ? mappedText(decoded.text, decoded.map) : computedText(decoded.text));
      } else if (child.type === '{' || child.type === '}') continue;
      else if (child.isNamed) parts.push(...this.guardedParts(child, mapped, depth + 1));
    }
    return parts;
  }

  /** `sprintf('Bearer %s', $key)`: `%s` takes the next argument; other conversions are opaque. */
  private sprintf(call: Node, mapped: boolean, depth: number): ValuePart[] {
    const [format, ...rest] = args(call);
    if (!format || !STRINGS.includes(format.type)) return [this.opaque(call)];
    return substitute(
      this.guardedParts(format, mapped, depth + 1),
      /%(?:%|[-+ 0'#.\d]*[a-zA-Z])/g,
      (token, index) => {
        if (token === '%%') return [computedText('%')];
        const arg = rest[index];
        return arg && token === '%s' ? this.guardedParts(arg, mapped, depth + 1) : undefined;
      },
      (token) => token === '%%',
    );
  }

  // ---- Style and edits --------------------------------------------------------------------------

  /** `getenv('X')`, or Laravel's `env('X')` when the file already uses it. */
  envExpression(name: string): string {
    return `${/(?<![\w>$:])env\(/.test(this.text) ? 'env' : 'getenv'}('${name}')`;
  }

  bearerValue(envVarName: string): string {
    return `'Bearer ' . ${this.envExpression(envVarName)}`;
  }

  /** `text` as a single-quoted PHP string. */
  quoted(text: string): string {
    return `'${text.replace(/[\\']/g, '\\$&')}'`;
  }

  protected concat(prefix: string, expression: string): string {
    return `${this.quoted(prefix)} . ${expression}`;
  }

  protected override leftmostOperand(node: Node): Node {
    let current = unwrap(node);
    while (current.type === 'binary_expression' && field(current, 'operator')?.type === '.') current = unwrap(field(current, 'left') ?? current);
    if (current.type === 'function_call_expression' && field(current, 'function')?.text === 'sprintf') return args(current)[0] ?? current;
    return current;
  }

  protected override prefixInsertion(node: Node, prefix: string): number | null | undefined {
    if (node.type === 'string' && node.text.startsWith("'") && !/[\\']/.test(prefix)) return node.startIndex + 1;
    if (node.type === 'encapsed_string' && node.text.startsWith('"') && !/[\\"$%{}]/.test(prefix)) return node.startIndex + 1;
    return undefined;
  }

  /** `'Bearer $key'` in single quotes: PHP sends it as written (the fix switches to double quotes). */
  protected override markUnexpanded(entry: HeaderEntry, valueNode: Node): void {
    const literal = this.leftmostOperand(valueNode);
    if (literal.type !== 'string' || !literal.text.startsWith("'")) return;
    const decoded = decodePhpSingle(this.text, literal);
    const reference = decoded && /\$\{?[A-Za-z_]\w*\}?/.exec(decoded.text);
    if (!decoded || !reference) return;
    const from = reference.index;
    const to = from + reference[0].length;
    entry.unexpanded = { reference: reference[0], range: [decoded.map[from], decoded.map[to]], reason: `${reference[0]} is inside single quotes, so PHP sends the text "${reference[0]}" instead of the key.` };
    const name = /\w+/.exec(reference[0])![0];
    if (this.assignments.has(`$${name}`) || isParameter(`$${name}`, literal) || !/^[A-Z][A-Z0-9_]*$/.test(name)) {
      // A PHP variable: double quotes expand it (safe when nothing else in the literal means something there).
      if (!/["\\]/.test(decoded.text) && [...decoded.text.matchAll(/\$/g)].length === 1 && !/^\$\{/.test(reference[0])) {
        entry.expandReferences = () => ({ range: [literal.startIndex, literal.endIndex], text: `"${decoded.text}"` });
      }
      return;
    }
    // An upper-case name no code assigns: shell syntax for an environment variable.
    const before = decoded.text.slice(0, from);
    const after = decoded.text.slice(to);
    const pieces = [...(before ? [this.quoted(before)] : []), this.envExpression(name), ...(after ? [this.quoted(after)] : [])];
    entry.expandReferences = () => ({ range: [literal.startIndex, literal.endIndex], text: pieces.join(' . ') });
  }
}

// ---- Helpers ----------------------------------------------------------------------------------

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sameScope(a: Node | undefined, b: Node | undefined): boolean {
  return a === b || (!!a && !!b && a.startIndex === b.startIndex && a.endIndex === b.endIndex);
}

function isParameter(name: string, at: Node): boolean {
  const fn = ancestor(at, FUNCTIONS);
  const parameters = fn && field(fn, 'parameters');
  return !!parameters && namedChildren(parameters).some((p) => field(p, 'name')?.text === name);
}

export function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && namedChildren(current)[0]) current = namedChildren(current)[0];
  return current;
}

/** A call's arguments (unwrapped from their `argument` nodes; named arguments keep their value). */
export function args(call: Node): Node[] {
  const list = field(call, 'arguments') ?? namedChildren(call).find((n) => n.type === 'arguments');
  if (!list) return [];
  return namedChildren(list).map((arg) => (arg.type === 'argument' ? namedChildren(arg)[namedChildren(arg).length - 1] ?? arg : arg));
}

/** `[k => v, …]` / `array(…)` elements as key/value nodes (key undefined for a list element). */
export interface ArrayElement {
  key: Node | undefined;
  value: Node;
  element: Node;
}

export function arrayElements(array: Node): ArrayElement[] {
  return namedChildren(array).flatMap((element): ArrayElement[] => {
    if (element.type !== 'array_element_initializer') return [];
    const children = namedChildren(element);
    if (children.length === 2) return [{ key: children[0], value: children[1], element }];
    return children.length === 1 ? [{ key: undefined, value: children[0], element }] : [];
  });
}

/** Single-quoted string content: only `\\` and `\'` are escapes. Undefined for nowdoc and the like. */
export function decodePhpSingle(source: string, node: Node): { text: string; map: number[] } | undefined {
  if (!node.text.startsWith("'") || node.text.length < 2) {
    if (node.text.startsWith('"')) return decodePhpDouble(source, node.startIndex + 1, node.endIndex - 1);
    return undefined;
  }
  return decodeSingleQuoted(source, node.startIndex + 1, node.endIndex - 1);
}

/** Double-quoted string text source[start, end) (no interpolation in it). */
export function decodePhpDouble(source: string, start: number, end: number): { text: string; map: number[] } {
  return decodeContent(source, start, end, (i) => {
    if (source[i] !== '\\') return undefined;
    const next = source[i + 1] ?? '';
    if (next in DOUBLE_ESCAPES && !(next === '0' && /[0-7]/.test(source[i + 2] ?? ''))) return { text: DOUBLE_ESCAPES[next], length: 2 };
    if (next === 'x') {
      const two = hexAt(source, i + 2, 2, end);
      const one = hexAt(source, i + 2, 1, end);
      if (two !== undefined) return { text: String.fromCharCode(two), length: 4 };
      if (one !== undefined) return { text: String.fromCharCode(one), length: 3 };
    }
    if (next === 'u') return bracedCodePoint(source, i, end);
    const octal = /^[0-7]{1,3}/.exec(source.slice(i + 1, Math.min(end, i + 4)));
    return octal ? { text: String.fromCharCode(parseInt(octal[0], 8) & 0xff), length: 1 + octal[0].length } : undefined;
  });
}
