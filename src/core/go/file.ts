// One Go file as the clients see it: imports, same-file constants and variables, and the evaluation
// of expressions to Values (interpreted and raw strings, `+`, `fmt.Sprintf`, `os.Getenv`).
import { decodeContent, hexAt } from '../treesitter/escapes';
import { MAX_DEPTH, substitute, TreeSitterFile } from '../treesitter/file';
import { ancestor, field, namedChildren, rangeOf, type Node } from '../treesitter/nodes';
import type { HeaderEntry, TextEdit, ValuePart } from '../types';
import { computedText, mappedText } from '../value';

const SNIPPET_PACKAGES: ReadonlyArray<[string, string]> = [['http', 'net/http'], ['os', 'os'], ['fmt', 'fmt'], ['strings', 'strings'], ['resty', 'github.com/go-resty/resty/v2']];
export const FUNCTIONS = ['function_declaration', 'method_declaration', 'func_literal'];

export class GoFile extends TreeSitterFile {
  /** Local package name -> import path (`http` -> `net/http`, `resty` -> `github.com/go-resty/resty/v2`). */
  readonly imports = new Map<string, string>();
  /** Name -> value nodes of its declarations and `=`/`:=` assignments (one per single-name assignment). */
  readonly assignments = new Map<string, Node[]>();
  readonly calls: Node[] = [];
  /** `x.Header["K"] = …` and other index assignments, with the indexed expression's source. */
  readonly indexAssignments: Array<{ object: string; key: Node; value: Node; node: Node }> = [];
  /** The file itself imports os (not assumed for a snippet). */
  private readonly declaresOs: boolean;

  constructor(text: string, root: Node) {
    super(text, root);
    for (const node of root.descendantsOfType(['import_spec', 'const_spec', 'var_spec', 'short_var_declaration', 'assignment_statement', 'call_expression'])) {
      if (!node) continue;
      switch (node.type) {
        case 'import_spec': {
          const path = field(node, 'path');
          const name = field(node, 'name');
          const importPath = path?.text.slice(1, -1);
          if (!importPath) break;
          const segments = importPath.split('/');
          // `…/resty/v2` is package resty.
          const last = /^v\d+$/.test(segments[segments.length - 1]) && segments.length > 1 ? segments[segments.length - 2] : segments[segments.length - 1];
          // The Unkey SDKs' package is `unkey` whatever their path ends with.
          const unkeySdk = /^github\.com\/unkeyed\/(?:sdks\/api\/go(?:\/v\d+)?|unkey-go|unkey\/sdks\/golang)$/.test(importPath);
          this.imports.set(name?.type === 'package_identifier' ? name.text : unkeySdk ? 'unkey' : last.replace(/^go-/, ''), importPath);
          break;
        }
        case 'const_spec':
        case 'var_spec': {
          const names = node.childrenForFieldName('name').filter((n): n is Node => !!n);
          const values = field(node, 'value');
          const list = values ? namedChildren(values) : [];
          if (names.length === list.length) names.forEach((name, i) => push(this.assignments, name.text, list[i]));
          else for (const name of names) push(this.assignments, name.text, node);
          break;
        }
        case 'short_var_declaration':
        case 'assignment_statement': {
          const left = field(node, 'left');
          const right = field(node, 'right');
          if (!left || !right) break;
          const targets = namedChildren(left);
          const values = namedChildren(right);
          targets.forEach((target, i) => {
            if (target.type === 'index_expression') {
              const object = field(target, 'operand');
              const key = field(target, 'index');
              if (object && key && values[i]) this.indexAssignments.push({ object: object.text, key, value: values[i], node });
              return;
            }
            // `a, b := f()`: the value is not one expression per name.
            push(this.assignments, target.text, targets.length === values.length ? values[i] : node);
          });
          break;
        }
        case 'call_expression':
          this.calls.push(node);
          break;
      }
    }
    // A snippet with no imports at all (a Markdown block, a doc example) means the usual packages.
    this.declaresOs = this.imports.get('os') === 'os';
    if (this.imports.size === 0) for (const [name, path] of SNIPPET_PACKAGES) this.imports.set(name, path);
  }

  /** `pkg.Name` through the imports: `net/http.NewRequest`. */
  qualify(node: Node | undefined): string | undefined {
    if (node?.type !== 'selector_expression') return undefined;
    const operand = field(node, 'operand');
    const name = field(node, 'field');
    if (operand?.type !== 'identifier' || !name) return undefined;
    const path = this.imports.get(operand.text);
    return path === undefined ? undefined : `${path}.${name.text}`;
  }

  constantOf(node: Node): Node | undefined {
    if (node.type !== 'identifier') return undefined;
    const values = this.assignments.get(node.text);
    return values?.length === 1 && values[0].type !== 'short_var_declaration' && values[0].type !== 'assignment_statement' && values[0].type !== 'var_spec' && values[0].type !== 'const_spec' ? values[0] : undefined;
  }

  /** `os.Getenv("X")` -> X. */
  override envRef(node: Node): string | undefined {
    const inner = unwrap(node);
    if (inner.type !== 'call_expression' || this.qualify(field(inner, 'function')) !== 'os.Getenv') return undefined;
    const arg = args(inner)[0];
    return arg ? this.literal(arg) : undefined;
  }

  // ---- Values -----------------------------------------------------------------------------------

  protected parts(node: Node, mapped: boolean, depth: number): ValuePart[] {
    if (depth > MAX_DEPTH) return [this.opaque(node)];
    switch (node.type) {
      case 'interpreted_string_literal':
      case 'raw_string_literal': {
        const decoded = decodeGo(this.text, node.startIndex + 1, node.endIndex - 1, node.type === 'raw_string_literal');
        return [mapped ? mappedText(decoded.text, decoded.map) : computedText(decoded.text)];
      }
      case 'parenthesized_expression': {
        const inner = namedChildren(node)[0];
        return inner ? this.parts(inner, mapped, depth + 1) : [this.opaque(node)];
      }
      case 'binary_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (left && right && field(node, 'operator')?.type === '+') return [...this.parts(left, mapped, depth + 1), ...this.parts(right, mapped, depth + 1)];
        break;
      }
      case 'identifier': {
        const constant = this.constantOf(node);
        if (constant && !isParameter(node)) return this.parts(constant, false, depth + 1);
        break;
      }
      case 'call_expression': {
        const env = this.envRef(node);
        if (env !== undefined) return [this.opaque(node, env)];
        const name = this.qualify(field(node, 'function'));
        if (name === 'fmt.Sprintf') return this.sprintf(node, mapped, depth);
        if (name === 'strings.TrimSpace' && args(node).length === 1) return this.parts(args(node)[0], mapped, depth + 1);
        break;
      }
      case 'int_literal':
        return [computedText(node.text)];
    }
    return [this.opaque(node)];
  }

  /** `fmt.Sprintf("Bearer %s", key)`: `%s`/`%v` take the next argument; other verbs are opaque. */
  private sprintf(call: Node, mapped: boolean, depth: number): ValuePart[] {
    const [format, ...rest] = args(call);
    if (!format || (format.type !== 'interpreted_string_literal' && format.type !== 'raw_string_literal')) return [this.opaque(call)];
    return substitute(
      this.parts(format, mapped, depth + 1),
      /%(?:%|[-+# 0-9.]*[a-zA-Z])/g,
      (token, index) => {
        if (token === '%%') return [computedText('%')];
        const arg = rest[index];
        if (!arg) return undefined;
        return token === '%s' || token === '%v' ? this.parts(arg, mapped, depth + 1) : [this.opaque(arg)];
      },
      (token) => token === '%%',
    );
  }

  // ---- Style and edits --------------------------------------------------------------------------

  envExpression(name: string): string {
    return `os.Getenv(${JSON.stringify(name)})`;
  }

  bearerValue(envVarName: string): string {
    return `"Bearer "+${this.envExpression(envVarName)}`;
  }

  /** Widens an edit that writes `os.` so it also imports "os" when the file does not (one edit, one fix). */
  withOsImport(edit: TextEdit | undefined): TextEdit | undefined {
    if (!edit || !/\bos\./.test(edit.text) || this.declaresOs) return edit;
    const insertion = this.importInsertion();
    if (!insertion || insertion.at > edit.range[0]) return edit;
    return { range: [insertion.at, edit.range[1]], text: insertion.text + this.text.slice(insertion.at, edit.range[0]) + edit.text };
  }

  private importInsertion(): { at: number; text: string } | undefined {
    const declarations = namedChildren(this.root).filter((n) => n.type === 'import_declaration');
    const last = declarations[declarations.length - 1];
    if (last) {
      const list = namedChildren(last).find((n) => n.type === 'import_spec_list');
      if (list) {
        const specs = namedChildren(list).filter((n) => n.type === 'import_spec');
        const spec = specs[specs.length - 1];
        if (!spec) return undefined;
        const indent = /[ \t]*$/.exec(this.text.slice(0, spec.startIndex))?.[0] ?? '\t';
        // Among the standard library imports, in gofmt's order.
        const std = specs.filter((n) => !(field(n, 'path')?.text ?? '').split('/')[0].includes('.'));
        const before = std.filter((n) => (field(n, 'path')?.text ?? '') < '"os"');
        if (before.length) return { at: before[before.length - 1].endIndex, text: `\n${indent}"os"` };
        if (std.length) return { at: std[0].startIndex, text: `"os"\n${indent}` };
        return { at: spec.endIndex, text: `\n${indent}"os"` };
      }
      return { at: last.endIndex, text: '\nimport "os"' };
    }
    const pkg = namedChildren(this.root).find((n) => n.type === 'package_clause');
    return pkg ? { at: pkg.endIndex, text: '\n\nimport "os"' } : undefined;
  }

  protected concat(prefix: string, expression: string): string {
    return `${JSON.stringify(prefix)}+${expression}`;
  }

  protected override leftmostOperand(node: Node): Node {
    let current = unwrap(node);
    while (current.type === 'binary_expression' && field(current, 'operator')?.type === '+') current = unwrap(field(current, 'left') ?? current);
    return current;
  }

  protected override prefixInsertion(node: Node, prefix: string): number | undefined {
    if (node.type === 'interpreted_string_literal' && !/[\\"]/.test(prefix)) return node.startIndex + 1;
    if (node.type === 'raw_string_literal' && !prefix.includes('`')) return node.startIndex + 1;
    return undefined;
  }

  /** Shell syntax (`$X`, `${X}`) in a Go string: sent as written. */
  protected override markUnexpanded(entry: HeaderEntry, valueNode: Node): void {
    const literal = unwrap(valueNode);
    if (literal.type !== 'interpreted_string_literal' && literal.type !== 'raw_string_literal') return;
    const decoded = decodeGo(this.text, literal.startIndex + 1, literal.endIndex - 1, literal.type === 'raw_string_literal');
    const shell = /\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/.exec(decoded.text);
    if (!shell) return;
    const from = shell.index;
    const to = from + shell[0].length;
    const variable = shell[1] ?? shell[2];
    entry.unexpanded = { reference: shell[0], range: [decoded.map[from], decoded.map[to]], reason: `Go does not expand ${shell[0]} in a string, so the text "${shell[0]}" is sent instead of the key.` };
    // "Bearer $X" -> "Bearer "+os.Getenv("X"), when the reference ends the string.
    if (to === decoded.text.length && literal.type === 'interpreted_string_literal') {
      const before = this.text.slice(literal.startIndex, decoded.map[from]);
      entry.expandReferences = () => this.withOsImport({ range: rangeOf(literal), text: `${before === '"' ? '' : `${before}"+`}${this.envExpression(variable)}` });
    }
  }
}

// ---- Helpers ----------------------------------------------------------------------------------

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression') {
    const inner = namedChildren(current)[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

export function args(call: Node): Node[] {
  const list = field(call, 'arguments');
  return list ? namedChildren(list) : [];
}

/** Whether an identifier names a parameter of its enclosing function. */
function isParameter(node: Node): boolean {
  const fn = ancestor(node, FUNCTIONS);
  const parameters = fn && field(fn, 'parameters');
  if (!parameters) return false;
  return namedChildren(parameters).some((p) => p.childrenForFieldName('name').some((n) => n?.text === node.text));
}

const GO_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Decodes Go string content text[start, end) with a source map (length + 1 entries). */
export function decodeGo(source: string, start: number, end: number, raw: boolean): { text: string; map: number[] } {
  return decodeContent(source, start, end, (i) => {
    const c = source[i];
    // Raw strings drop carriage returns.
    if (raw) return c === '\r' ? { text: '', length: 1 } : undefined;
    if (c !== '\\') return undefined;
    const next = source[i + 1] ?? '';
    if (next in GO_ESCAPES) return { text: GO_ESCAPES[next], length: 2 };
    const code = next === 'x' ? hexAt(source, i + 2, 2, end) : next === 'u' ? hexAt(source, i + 2, 4, end) : next === 'U' ? hexAt(source, i + 2, 8, end) : undefined;
    if (code !== undefined) return { text: String.fromCodePoint(Math.min(code, 0x10ffff)), length: next === 'x' ? 4 : next === 'u' ? 6 : 10 };
    if (/^[0-7]{3}$/.test(source.slice(i + 1, i + 4))) return { text: String.fromCharCode(parseInt(source.slice(i + 1, i + 4), 8)), length: 4 };
    return undefined;
  });
}
