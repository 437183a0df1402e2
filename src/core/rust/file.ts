// One Rust file as the clients see it: `use` declarations, same-file consts/statics and `let`
// bindings, and the evaluation of expressions to Values (string and raw string literals, `format!`,
// `+` on Strings, `.to_string()`, `std::env::var("X")` as an env reference).
import { bracedCodePoint, decodeContent, hexAt } from '../treesitter/escapes';
import { MAX_DEPTH, substitute, TreeSitterFile } from '../treesitter/file';
import { ancestor, field, namedChildren, rangeOf, type Node } from '../treesitter/nodes';
import type { HeaderEntry, ValuePart } from '../types';
import { computedText, mappedText } from '../value';

export const STRINGS = ['string_literal', 'raw_string_literal'];
/** Calls that hand their receiver's value on unchanged, for our purposes. */
const PASS_THROUGH = new Set(['to_string', 'to_owned', 'into', 'as_str', 'clone', 'trim', 'as_ref']);
/** What a `Result`/`Option` of an env var turns into its value. */
const UNWRAPS = new Set(['unwrap', 'expect', 'unwrap_or_default', 'unwrap_or', 'unwrap_or_else']);
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '0': '\0', "'": "'", '"': '"' };
/** reqwest::header (the http crate's) constants for the headers the rules read. */
export const HEADER_CONSTANTS: Record<string, string> = { AUTHORIZATION: 'Authorization', CONTENT_TYPE: 'Content-Type', ACCEPT: 'Accept', USER_AGENT: 'User-Agent' };

export class RustFile extends TreeSitterFile {
  /** Names brought in by `use` -> full path (`Client` -> `reqwest::Client`, `env` -> `std::env`). */
  readonly uses = new Map<string, string>();
  /** Name -> values of its `const`/`static` items and `let` bindings. */
  readonly bindings = new Map<string, Node[]>();
  readonly calls: Node[] = [];
  /** Struct fields and parameters by name -> their type's text. */
  readonly typed = new Map<string, string[]>();

  constructor(text: string, root: Node) {
    super(text, root);
    for (const node of root.descendantsOfType(['use_declaration', 'const_item', 'static_item', 'let_declaration', 'call_expression', 'field_declaration', 'parameter'])) {
      if (!node) continue;
      switch (node.type) {
        case 'use_declaration': {
          const argument = field(node, 'argument');
          if (argument) this.addUse(argument, '');
          break;
        }
        case 'const_item':
        case 'static_item':
        case 'let_declaration': {
          const name = field(node, node.type === 'let_declaration' ? 'pattern' : 'name');
          const value = field(node, 'value');
          if (name?.type === 'identifier') push(this.bindings, name.text, value ?? node);
          break;
        }
        case 'field_declaration':
        case 'parameter': {
          const name = field(node, node.type === 'parameter' ? 'pattern' : 'name');
          const type = field(node, 'type');
          if (name && type) push(this.typed, name.text, type.text);
          break;
        }
        case 'call_expression':
          this.calls.push(node);
          break;
      }
    }
  }

  private addUse(node: Node, prefix: string): void {
    switch (node.type) {
      case 'identifier':
        this.uses.set(node.text, prefix + node.text);
        break;
      case 'scoped_identifier': {
        const name = field(node, 'name');
        if (name) this.uses.set(name.text, prefix + node.text);
        break;
      }
      case 'use_as_clause': {
        const path = field(node, 'path');
        const alias = field(node, 'alias');
        if (path && alias) this.uses.set(alias.text, prefix + path.text);
        break;
      }
      case 'scoped_use_list': {
        const path = field(node, 'path');
        const list = field(node, 'list');
        if (list) for (const item of namedChildren(list)) this.addUse(item, `${prefix}${path ? `${path.text}::` : ''}`);
        break;
      }
      case 'use_list':
        for (const item of namedChildren(node)) this.addUse(item, prefix);
        break;
    }
  }

  /** A path through the `use` declarations: `Client::new` -> `reqwest::Client::new`. */
  qualify(node: Node | undefined): string | undefined {
    if (!node) return undefined;
    const text = node.text.replace(/\s+/g, '');
    const head = text.split('::')[0];
    const used = this.uses.get(head);
    return used ? used + text.slice(head.length) : text;
  }

  /** Whether the file uses reqwest at all (a `use`, or a `reqwest::` path). */
  get usesReqwest(): boolean {
    return /\breqwest::/.test(this.text) || [...this.uses.values()].some((path) => path.startsWith('reqwest'));
  }

  /** The single value bound to a name in the file (a const, a static, or one `let`). */
  constantOf(node: Node): Node | undefined {
    if (node.type !== 'identifier' || this.isParameter(node)) return undefined;
    const value = this.boundAt(node.text, node);
    return value && value.type !== 'let_declaration' && value.type !== 'const_item' && value.type !== 'static_item' ? value : undefined;
  }

  /** The one value `name` is bound to where `at` is: one `let` in the same function, else one item-level const or static. */
  boundAt(name: string, at: Node): Node | undefined {
    const values = this.bindings.get(name) ?? [];
    const scope = ancestor(at, ['function_item', 'closure_expression']);
    const local = values.filter((v) => ancestor(v, ['function_item', 'closure_expression'])?.startIndex === scope?.startIndex && (!scope || v.startIndex < at.startIndex));
    if (local.length) return local.length === 1 ? local[0] : undefined;
    const items = values.filter((v) => !ancestor(v, ['function_item', 'closure_expression']));
    return items.length === 1 ? items[0] : undefined;
  }

  private isParameter(node: Node): boolean {
    const fn = ancestor(node, ['function_item', 'closure_expression']);
    const parameters = fn && field(fn, 'parameters');
    return !!parameters && namedChildren(parameters).some((p) => (field(p, 'pattern') ?? p).text === node.text);
  }

  /** `std::env::var("X")` (with `?`, `.unwrap()`, `.expect(…)`), `env!("X")`, `dotenvy::var("X")` -> X. */
  override envRef(node: Node): string | undefined {
    let inner = node;
    for (;;) {
      if (inner.type === 'try_expression' || inner.type === 'parenthesized_expression' || inner.type === 'reference_expression') inner = namedChildren(inner)[0] ?? inner;
      else if (inner.type === 'call_expression' && methodName(inner) !== undefined && UNWRAPS.has(methodName(inner)!)) inner = field(field(inner, 'function')!, 'value')!;
      else break;
      if (!inner) return undefined;
    }
    if (inner.type === 'macro_invocation' && /^(?:std::)?(?:env|option_env)$/.test(field(inner, 'macro')?.text ?? '')) {
      const first = macroArguments(inner)[0];
      return first?.length === 1 ? this.literal(first[0]) : undefined;
    }
    if (inner.type !== 'call_expression') return undefined;
    const name = this.qualify(field(inner, 'function'));
    if (!name || !/^(?:std::env::var|dotenvy?::var)$/.test(name)) return undefined;
    const arg = args(inner)[0];
    return arg ? this.literal(arg) : undefined;
  }

  // ---- Values -----------------------------------------------------------------------------------

  /** Called through `guardedParts` (depth limit, env reads) for every node. */
  protected parts(node: Node, mapped: boolean, depth: number): ValuePart[] {
    switch (node.type) {
      case 'string_literal':
      case 'raw_string_literal': {
        const decoded = decodeRust(this.text, node);
        if (!decoded) break;
        return [mapped ? mappedText(decoded.text, decoded.map) : computedText(decoded.text)];
      }
      case 'parenthesized_expression':
      case 'reference_expression': {
        const inner = node.type === 'reference_expression' ? field(node, 'value') : namedChildren(node)[0];
        return inner ? this.guardedParts(inner, mapped, depth + 1) : [this.opaque(node)];
      }
      case 'binary_expression': {
        const left = field(node, 'left');
        const right = field(node, 'right');
        if (left && right && field(node, 'operator')?.type === '+') return [...this.guardedParts(left, mapped, depth + 1), ...this.guardedParts(right, mapped, depth + 1)];
        break;
      }
      case 'identifier': {
        const constant = this.constantOf(node);
        if (constant) return this.guardedParts(constant, false, depth + 1);
        break;
      }
      case 'macro_invocation':
        if (/^(?:std::|alloc::)?format$/.test(field(node, 'macro')?.text ?? '')) return this.format(node, mapped, depth);
        break;
      case 'call_expression': {
        const method = methodName(node);
        if (method && PASS_THROUGH.has(method) && args(node).length === 0) return this.guardedParts(field(field(node, 'function')!, 'value')!, mapped, depth + 1);
        const name = this.qualify(field(node, 'function'));
        if ((name === 'String::from' || name === 'std::string::String::from') && args(node).length === 1) return this.guardedParts(args(node)[0], mapped, depth + 1);
        break;
      }
      case 'integer_literal':
        return [computedText(node.text)];
    }
    return [this.opaque(node)];
  }

  /** `format!("Bearer {}", key)`, `{0}`, `{name}` (an argument `name = …` or a captured variable), `{{`. */
  private format(macro: Node, mapped: boolean, depth: number): ValuePart[] {
    const [template, ...rest] = macroArguments(macro);
    if (template?.length !== 1 || !STRINGS.includes(template[0].type)) return [this.opaque(macro)];
    const positional: Node[][] = [];
    const named = new Map<string, Node[]>();
    for (const group of rest) {
      if (group.length >= 3 && group[0].type === 'identifier' && group[1].type === '=') named.set(group[0].text, group.slice(2));
      else positional.push(group);
    }
    let next = 0;
    const evaluate = (group: Node[] | undefined): ValuePart[] | undefined => (group?.length === 1 ? this.guardedParts(group[0], mapped, depth + 1) : undefined);
    return substitute(
      this.guardedParts(template[0], mapped, depth + 1),
      /\{\{|\}\}|\{([A-Za-z_]\w*|\d*)(:[^{}]*)?\}/g,
      (token, _index, name) => {
        if (token === '{{') return [computedText('{')];
        if (token === '}}') return [computedText('}')];
        // `{:?}`, `{:>8}`: formatted otherwise than as text.
        if (token.includes(':')) return undefined;
        if (name === '') return evaluate(positional[next++]);
        if (/^\d+$/.test(name ?? '')) return evaluate(positional[Number(name)]);
        const group = named.get(name ?? '');
        if (group) return evaluate(group);
        // A captured variable: `format!("Bearer {key}")`.
        return this.capture(name ?? '', macro, depth);
      },
      (token) => token === '{{' || token === '}}',
    );
  }

  /** A variable captured by name in a format string, when the file binds it once. */
  private capture(name: string, macro: Node, depth: number): ValuePart[] | undefined {
    const fn = ancestor(macro, ['function_item', 'closure_expression']);
    const parameters = fn && field(fn, 'parameters');
    if (parameters && namedChildren(parameters).some((p) => (field(p, 'pattern') ?? p).text === name)) return undefined;
    const value = this.boundAt(name, macro);
    if (!value || value.type === 'let_declaration' || value.type === 'const_item' || value.type === 'static_item') return undefined;
    return this.guardedParts(value, false, depth + 1);
  }

  // ---- Style and edits --------------------------------------------------------------------------

  /** `std::env::var("X")`, or `env::var("X")` when the file has `use std::env`. */
  envCall(name: string): string {
    return `${this.uses.get('env') === 'std::env' ? 'env' : 'std::env'}::var(${JSON.stringify(name)})`;
  }

  /**
   * The env var's value in the error-handling style of the function around `node`: `?` where the error
   * converts (anyhow, eyre, `Box<dyn Error>`), else `.expect(…)`.
   */
  envValue(name: string, node: Node | undefined): string {
    const fn = node && ancestor(node, ['function_item']);
    const returns = (fn && field(fn, 'return_type')?.text) ?? '';
    const converts = /\b(?:anyhow|eyre)\b|Box<dyn\s+(?:std::error::)?Error/.test(returns) || (/^Result\b/.test(returns) && /\buse\s+(?:anyhow|color_eyre|eyre)::(?:Result|\{[^}]*\bResult\b)/.test(this.text));
    return `${this.envCall(name)}${converts ? '?' : `.expect(${JSON.stringify(`${name} must be set`)})`}`;
  }

  bearerValue(envVarName: string, node?: Node): string {
    return `format!("Bearer {}", ${this.envValue(envVarName, node)})`;
  }

  protected concat(prefix: string, expression: string): string {
    return `format!(${JSON.stringify(`${prefix.replace(/[{}]/g, '$&$&')}{}`)}, ${expression})`;
  }

  protected override leftmostOperand(node: Node): Node {
    let current = node;
    for (let i = 0; i < MAX_DEPTH; i++) {
      if (current.type === 'reference_expression' || current.type === 'parenthesized_expression') current = (current.type === 'reference_expression' ? field(current, 'value') : namedChildren(current)[0]) ?? current;
      else if (current.type === 'binary_expression' && field(current, 'operator')?.type === '+') current = field(current, 'left') ?? current;
      else if (current.type === 'call_expression' && PASS_THROUGH.has(methodName(current) ?? '')) current = field(field(current, 'function')!, 'value') ?? current;
      else if (current.type === 'macro_invocation' && field(current, 'macro')?.text === 'format') current = macroArguments(current)[0]?.[0] ?? current;
      else break;
    }
    return current;
  }

  protected override prefixInsertion(node: Node, prefix: string): number | null | undefined {
    if (node.type !== 'string_literal' || !node.text.startsWith('"')) return undefined;
    // Inside a format! template braces would be placeholders.
    const inFormat = node.parent?.type === 'token_tree';
    return /["\\]/.test(prefix) || (inFormat && /[{}]/.test(prefix)) ? undefined : node.startIndex + 1;
  }

  /** Shell syntax (`$X`, `${X}`) in a Rust string: sent as written. */
  protected override markUnexpanded(entry: HeaderEntry, valueNode: Node): void {
    const literal = this.leftmostOperand(valueNode);
    if (literal.type !== 'string_literal' && literal.type !== 'raw_string_literal') return;
    const decoded = decodeRust(this.text, literal);
    const shell = decoded && /\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/.exec(decoded.text);
    if (!decoded || !shell) return;
    const from = shell.index;
    const to = from + shell[0].length;
    entry.unexpanded = { reference: shell[0], range: [decoded.map[from], decoded.map[to]], reason: `Rust does not expand ${shell[0]} in a string, so the text "${shell[0]}" is sent instead of the key.` };
    // "Bearer $X" -> format!("Bearer {}", std::env::var("X")…), when the reference ends a plain literal value.
    if (to === decoded.text.length && literal.startIndex === valueNode.startIndex && literal.type === 'string_literal') {
      const before = decoded.text.slice(0, from);
      const variable = shell[1] ?? shell[2];
      entry.expandReferences = () => ({ range: rangeOf(literal), text: `format!(${JSON.stringify(`${before.replace(/[{}]/g, '$&$&')}{}`)}, ${this.envValue(variable, literal)})` });
    }
  }

  /** The whole statement holding `node` and where it ends. */
  statementOf(node: Node): Node | undefined {
    return ancestor(node, ['expression_statement', 'let_declaration']);
  }
}

// ---- Helpers ----------------------------------------------------------------------------------

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function args(call: Node): Node[] {
  const list = field(call, 'arguments');
  return list ? namedChildren(list) : [];
}

/** `x.name(…)` -> name. */
export function methodName(call: Node): string | undefined {
  const fn = field(call, 'function');
  return fn?.type === 'field_expression' ? field(fn, 'field')?.text : undefined;
}

/** A macro's arguments, each the token nodes between top-level commas. */
export function macroArguments(macro: Node): Node[][] {
  const tree = namedChildren(macro).find((n) => n.type === 'token_tree');
  if (!tree) return [];
  const groups: Node[][] = [[]];
  for (let i = 1; i < tree.childCount - 1; i++) {
    const child = tree.child(i);
    if (!child || child.type === 'line_comment' || child.type === 'block_comment') continue;
    if (child.type === ',') groups.push([]);
    else groups[groups.length - 1].push(child);
  }
  return groups.filter((g) => g.length > 0);
}

/** Decodes a string or raw string literal's content with a source map; undefined for byte strings. */
export function decodeRust(source: string, node: Node): { text: string; map: number[]; raw: boolean } | undefined {
  const opening = /^(b?)(r#*)?"/.exec(node.text);
  if (!opening || opening[1]) return undefined;
  const raw = !!opening[2];
  const hashes = raw ? opening[2].length - 1 : 0;
  const start = node.startIndex + opening[0].length;
  const end = Math.max(start, node.endIndex - 1 - hashes);
  const decoded = decodeContent(source, start, end, (i) => {
    if (raw || source[i] !== '\\') return undefined;
    const next = source[i + 1] ?? '';
    if (next in ESCAPES) return { text: ESCAPES[next], length: 2 };
    if (next === 'x') {
      const code = hexAt(source, i + 2, 2, end);
      return code === undefined ? undefined : { text: String.fromCharCode(code), length: 4 };
    }
    if (next === 'u') return bracedCodePoint(source, i, end);
    // A backslash before a line break skips it and the next line's leading whitespace.
    if (next === '\n' || next === '\r') return { text: '', length: 1 + /^\r?\n[ \t\r\n]*/.exec(source.slice(i + 1, end))![0].length };
    return undefined;
  });
  return { ...decoded, raw };
}
