import { extractShellRegion } from '../shell/extract';
import type { Extraction, HeaderEntry, KeyLiteral, RequestSite, SourceRange, TextEdit, Value } from '../types';
import type { ExtractContext } from './context';

/**
 * Finds curl commands inside a JS/TS string or template literal's cooked text.
 * `map[i]` is the source offset of character i of `text` (length + 1 entries, escapes accounted for);
 * `quote` is the literal's delimiter, so fixes can escape what they insert. A U+0000 in `text` stands for
 * an unknown part (a template's `${...}`; map it to the substitution's start and end) and stays opaque.
 * The command is read as a POSIX shell would; fixes insert on the command's line (`\n` stays escaped).
 */
export function extractCurlFromLiteral(text: string, map: number[], quote: '"' | "'" | '`', context: ExtractContext): Extraction {
  if (!/\bcurl\b/i.test(text)) return { sites: [], keys: [], errors: [] };
  const cooked = extractShellRegion(text, 0, text.length, context, { dialect: 'posix', inlineFixes: true });
  return new LiteralMapping(map, quote).extraction(cooked);
}

/** Moves an extraction made on the cooked text into source offsets, escaping inserted text for the literal. */
class LiteralMapping {
  constructor(
    private readonly map: number[],
    private readonly quote: '"' | "'" | '`',
  ) {}

  extraction(cooked: Extraction): Extraction {
    return {
      sites: cooked.sites.map((site) => this.site(site)),
      keys: cooked.keys.map((key) => this.key(key)),
      errors: cooked.errors,
    };
  }

  private at(offset: number): number {
    const { map } = this;
    return map[Math.max(0, Math.min(offset, map.length - 1))] ?? 0;
  }

  private range(range: SourceRange): [number, number] {
    return [this.at(range[0]), this.at(range[1])];
  }

  private value(value: Value): Value;
  private value(value: Value | undefined): Value | undefined;
  private value(value: Value | undefined): Value | undefined {
    if (!value) return undefined;
    return {
      range: this.range(value.range),
      parts: value.parts.map((part) =>
        part.kind === 'opaque'
          ? { ...part, range: this.range(part.range) }
          : part.map
            ? { ...part, map: part.map.map((offset) => this.at(offset)) }
            : part,
      ),
    };
  }

  /** `verbatim`: the text is already source of the literal (replaceValue's contract), so it is not escaped. */
  private edit(build: (() => TextEdit | undefined) | undefined, verbatim = false): TextEdit | undefined {
    const edit = build?.();
    if (!edit) return undefined;
    return { range: this.range(edit.range), text: verbatim ? edit.text : this.escape(edit.text) };
  }

  private escape(text: string): string {
    let out = text.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    out = out.split(this.quote).join(`\\${this.quote}`);
    return this.quote === '`' ? out.replace(/\$\{/g, '\\${') : out;
  }

  private header(header: HeaderEntry): HeaderEntry {
    const mapped: HeaderEntry = {
      name: header.name,
      nameRange: this.range(header.nameRange),
      value: this.value(header.value),
      range: this.range(header.range),
    };
    if (header.unexpanded) mapped.unexpanded = { reference: header.unexpanded.reference, range: this.range(header.unexpanded.range) };
    if (header.prependToValue) mapped.prependToValue = (prefix) => this.edit(() => header.prependToValue?.(prefix));
    if (header.replaceValue) mapped.replaceValue = (replacement) => this.edit(() => header.replaceValue?.(replacement), true);
    if (header.expandReferences) mapped.expandReferences = () => this.edit(header.expandReferences);
    if (header.replaceWithBearerEnv) mapped.replaceWithBearerEnv = (name) => this.edit(() => header.replaceWithBearerEnv?.(name));
    return mapped;
  }

  private site(site: RequestSite): RequestSite {
    return {
      ...site,
      url: this.value(site.url),
      range: this.range(site.range),
      reportRange: this.range(site.reportRange),
      headers: site.headers.map((header) => this.header(header)),
      addAuthorization: site.addAuthorization && ((name) => this.edit(() => site.addAuthorization?.(name))),
    };
  }

  private key(key: KeyLiteral): KeyLiteral {
    return {
      key: key.key,
      range: this.range(key.range),
      replaceWithEnv: key.replaceWithEnv && ((name) => this.edit(() => key.replaceWithEnv?.(name))),
    };
  }
}
