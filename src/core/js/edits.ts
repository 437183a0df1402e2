import { dominantEol } from '../lines';
import type { TextEdit } from '../types';
import type { Node } from './parse';

/** The file's habits, read lazily and once: quotes, line ending, indentation, trailing commas, runtime. */
export class Style {
  private cachedUnit: string | undefined;
  private cachedTrailing: boolean | undefined;
  private cachedRuntime: 'node' | 'deno' | 'bun' | undefined;
  private cachedQuote: '"' | "'" | undefined;
  private cachedEol: string | undefined;

  constructor(private readonly text: string, private readonly votes: { doubleQuotes: number; singleQuotes: number }) {}

  /** The majority quote of the string literals read; with none read, of quoted runs in the text. */
  get quote(): '"' | "'" {
    if (this.cachedQuote === undefined) {
      let single = this.votes.singleQuotes;
      let double = this.votes.doubleQuotes;
      if (single + double === 0) {
        single = this.text.match(/'[^'\n]*'/g)?.length ?? 0;
        double = this.text.match(/"[^"\n]*"/g)?.length ?? 0;
      }
      this.cachedQuote = single > double ? "'" : '"';
    }
    return this.cachedQuote;
  }

  get eol(): string {
    this.cachedEol ??= dominantEol(this.text);
    return this.cachedEol;
  }

  /** One level of indentation: a tab, or the smallest indentation step the file uses (default 2). */
  get indentUnit(): string {
    if (this.cachedUnit === undefined) {
      let min = 0;
      let tabs = 0;
      const lines = /\n([ \t]+)\S/g;
      let match: RegExpExecArray | null;
      for (let count = 0; count < 500 && (match = lines.exec(this.text)); count++) {
        const indent = match[1];
        if (indent[0] === '\t') tabs++;
        else if (indent.length >= 2 && (min === 0 || indent.length < min)) min = indent.length;
      }
      this.cachedUnit = tabs > 0 && min === 0 ? '\t' : ' '.repeat(Math.min(min || 2, 8));
    }
    return this.cachedUnit;
  }

  /** Whether multi-line object and array literals end their last item with a comma, by majority. */
  get trailingComma(): boolean {
    if (this.cachedTrailing === undefined) {
      const withComma = this.text.match(/,[ \t]*\r?\n[ \t]*[}\]]/g)?.length ?? 0;
      const without = this.text.match(/[^,{[\s][ \t]*\r?\n[ \t]*[}\]]/g)?.length ?? 0;
      this.cachedTrailing = withComma > without;
    }
    return this.cachedTrailing;
  }

  /** How this file reads an env var: Node by default, Deno or Bun where the file already uses them. */
  envRef(name: string): string {
    this.cachedRuntime ??= /\bDeno\./.test(this.text) ? 'deno' : /\bBun\./.test(this.text) ? 'bun' : 'node';
    const q = this.quote;
    const identifier = /^[A-Za-z_$][\w$]*$/.test(name);
    switch (this.cachedRuntime) {
      case 'deno':
        return `Deno.env.get(${q}${name}${q})`;
      case 'bun':
        return identifier ? `Bun.env.${name}` : `Bun.env[${q}${name}${q}]`;
      default:
        return identifier ? `process.env.${name}` : `process.env[${q}${name}${q}]`;
    }
  }

  /** `` `Bearer ${process.env.NAME}` `` in this file's idiom. */
  bearerValue(envVarName: string): string {
    return '`Bearer ${' + this.envRef(envVarName) + '}`';
  }

  /** The white space that starts the line holding `offset`. */
  lineIndent(offset: number): string {
    const start = this.text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(this.text.slice(start, offset))?.[0] ?? '';
  }

  /**
   * Inserts `item` as the last entry of the object or array literal `list`, keeping the literal's
   * layout: one line stays one line; a multi-line literal gets a new line at its entries' indentation,
   * with a trailing comma when the literal (or, for an empty one, the file) has that habit.
   */
  insertIntoList(list: Node, items: readonly Node[], item: string): TextEdit {
    const open = list.start;
    const close = list.end - 1;
    const inner = this.text.slice(open + 1, close);
    const multiline = inner.includes('\n');
    const last = items[items.length - 1];
    if (!last) {
      if (!multiline) return /^\s*$/.test(inner) ? { range: [open + 1, close], text: ` ${item} ` } : { range: [open + 1, open + 1], text: ` ${item} ` };
      const indent = this.lineIndent(close) + this.indentUnit;
      return { range: [open + 1, open + 1], text: this.eol + indent + item + (this.trailingComma ? ',' : '') };
    }
    const comma = /^[ \t]*,/.exec(this.text.slice(last.end, close));
    if (!multiline) return { range: [last.end, last.end], text: `, ${item}` };
    const indent = this.lineIndent(last.start);
    if (comma) {
      const at = last.end + comma[0].length;
      return { range: [at, at], text: this.eol + indent + item + ',' };
    }
    return { range: [last.end, last.end], text: ',' + this.eol + indent + item };
  }

  /** Removes entry `index` of an object or array literal with its separating comma (the last one: `{}`). */
  removeFromList(list: Node, items: readonly Node[], index: number): TextEdit {
    const item = items[index];
    if (items.length === 1) return { range: [list.start + 1, list.end - 1], text: '' };
    if (index < items.length - 1) return { range: [item.start, items[index + 1].start], text: '' };
    return { range: [items[index - 1].end, item.end], text: '' };
  }

  /** Appends arguments to a call: after the last one, or inside empty parentheses. */
  appendArguments(call: Node, args: string): TextEdit | undefined {
    const list = call.arguments as Node[];
    const last = list[list.length - 1];
    if (last) return { range: [last.end, last.end], text: `, ${args}` };
    const after = (call.typeArguments ?? call.typeParameters ?? call.callee) as Node;
    const open = this.text.indexOf('(', after.end);
    if (open === -1 || open >= call.end) return undefined;
    return { range: [open + 1, open + 1], text: args };
  }
}

/**
 * Two edits that must apply together (a move: a removal here, an insertion there) as one edit
 * spanning both; undefined when either is missing or they overlap.
 */
export function combineEdits(text: string, a: TextEdit | undefined, b: TextEdit | undefined): TextEdit | undefined {
  if (!a || !b) return undefined;
  const [first, second] = a.range[0] <= b.range[0] ? [a, b] : [b, a];
  if (first.range[1] > second.range[0]) return undefined;
  return { range: [first.range[0], second.range[1]], text: first.text + text.slice(first.range[1], second.range[0]) + second.text };
}
