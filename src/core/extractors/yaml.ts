// YAML workflow files: the shell text of GitHub Actions `run:` steps, GitLab CI `script:` /
// `before_script:` / `after_script:` lists, CircleCI `command:`, Azure `bash:` / `pwsh:` steps.
//
// A line scanner of keys and indentation rather than a YAML parser (`yaml` ≈ 100 kB minified, js-yaml
// 44 kB with no node positions): we need the source offset of every character of each shell script,
// which a parser gives at best for whole scalars, after folding and unescaping. Single-quoted scalars
// with `''` escapes are skipped (a miss, never a false alarm); double-quoted ones with `\` escapes are
// decoded with a per-character map.

import type { Extraction, LanguageKind, SourceRange, TextEdit } from '../types';
import type { ExtractContext } from './context';
import { extractCurlFromLiteral } from './curlLiteral';
import { findRootKeys, type Line, mergeExtractions, type Region, runShellRegions, splitLines, type Substitution } from './embed';
import { indentOf, isBlankOrComment, isGithubWorkflow, KEY_LINE, lineText, type RunStep, WorkflowEnv } from './workflowEnv';

const SHELL_KEYS: Record<string, LanguageKind> = {
  run: 'shell', script: 'shell', before_script: 'shell', after_script: 'shell', command: 'shell', bash: 'shell',
  pwsh: 'powershell', powershell: 'powershell',
};
const ITEM_LINE = /^([ \t]*)-(?:[ \t]+|$)/;
/** A GitHub Actions expression: substituted into the script text before the shell runs. */
/** How far to look for a step's sibling or parent key (lines, and sibling keys): bounds the work on huge flat mappings. */
const SCAN_LIMIT = 500;
const SIBLING_LIMIT = 16;
const EXPRESSION = /\$\{\{[^\r\n]*?\}\}/g;

/** Where a script sits; a double-quoted scalar with escapes also carries its decoded text. */
export interface ScriptRegion extends Region {
  /** The scalar's value and the source offset of each of its characters (length + 1 entries). */
  decoded?: { text: string; map: number[] };
}

/** A shell script in a YAML file: where it sits, and which shell runs it. */
export interface ShellScalar {
  region: ScriptRegion;
  language: LanguageKind;
  /** Where the `run:` key of a GitHub Actions step is (other keys: absent). */
  step?: RunStep;
}

export function extractYaml(text: string, context: ExtractContext): Extraction {
  const lines = splitLines(text);
  const scalars = findYamlScripts(text, lines);
  const embedded = scalars.filter((s) => !s.region.decoded);
  const shellResults = runShellRegions(text, embedded.map(({ region, language }) => ({ region, context: { ...context, language } })));
  embedded.forEach(({ region }, k) => markHiddenHeaders(text, shellResults[k], region));
  // Escapes make the value differ from the source: read it like a JS "..." literal, whose escaping YAML shares.
  const decoded = scalars.filter((s) => s.region.decoded);
  const literalResults = decoded.map(({ region, language }) => extractCurlFromLiteral(region.decoded!.text, region.decoded!.map, '"', { ...context, language }));
  const results = [...shellResults, ...literalResults];
  if (isGithubWorkflow(context.fileName)) {
    const env = new WorkflowEnv(text, lines);
    [...embedded, ...decoded].forEach(({ step }, k) => step && bindStepEnv(text, results[k], step, env));
  }
  const shellRanges = scalars.flatMap((s) => s.region.keep);
  const workflow = /(?:^|[\\/])\.github[\\/]workflows[\\/]/.test(context.fileName);
  const keys = findRootKeys(text, 0, text.length, shellRanges).map((key) =>
    workflow ? { ...key, replaceWithEnv: (name: string) => ({ range: [key.range[0], key.range[1]] as [number, number], text: `\${{ secrets.${name} }}` }) } : key,
  );
  return mergeExtractions([...results, { sites: [], keys, errors: [] }]);
}

/** The shell scripts of a YAML text, GitHub expressions already standing in as opaque substitutions. */
export function findYamlScripts(text: string, lines = splitLines(text)): ShellScalar[] {
  if (text.charCodeAt(0) === 0xfeff) lines[0] = { ...lines[0], start: 1 };
  const scalars: ShellScalar[] = [];
  // Most files have neither: skip the searches for them.
  const hasWith = /^[ \t-]*with[ \t]*:/m.test(text);
  const hasShell = /^[ \t-]*shell[ \t]*:/m.test(text);
  for (let i = 0; i < lines.length; ) {
    const content = lineText(text, lines[i]);
    const key = KEY_LINE.exec(content);
    const language = key ? SHELL_KEYS[key[3]] : undefined;
    if (!key || !language) {
      i++;
      continue;
    }
    const keyColumn = key[1].length + key[2].length;
    // `with: script:` is an action's input (actions/github-script takes JavaScript there), not a shell step.
    if (hasWith && parentKey(text, lines, i, keyColumn) === 'with') {
      i++;
      continue;
    }
    const stepShell = key[3] === 'run' && hasShell ? siblingShell(text, lines, i, keyColumn) : undefined;
    const parsed = parseValue(text, lines, i, lines[i].start + key[0].length, keyColumn);
    if (stepShell !== 'other') {
      for (const region of parsed.regions) {
        if (!region.decoded) region.substitutions = substitutions(text, region);
        const step = key[3] === 'run' ? { keyLine: i, keyColumn, next: parsed.next } : undefined;
        scalars.push({ region, language: stepShell ?? language, ...(step && { step }) });
      }
    }
    i = Math.max(parsed.next, i + 1);
  }
  return scalars;
}

/**
 * A GitHub Actions step's environment: an `Authorization` value reading a variable nothing maps is
 * marked (unmapped-workflow-secret), and fixes that write `$NAME` into such a step also map it from
 * `secrets.NAME` in the step's `env:` (or, where no `env:` line can be added, write the secret inline).
 */
function bindStepEnv(text: string, extraction: Extraction, step: RunStep, env: WorkflowEnv): void {
  const withEnv = (edit: TextEdit | undefined, name: string): TextEdit | undefined => {
    if (!edit || !env.isUnset(step, name)) return edit;
    const mapping = env.mapFromSecret(step, name);
    return mapping ? combineEdits(text, edit, mapping) : inlineSecret(edit, name);
  };
  for (const site of extraction.sites) {
    for (const header of site.headers) {
      if (header.name.trim().toLowerCase() !== 'authorization') continue;
      for (const part of header.value?.parts ?? []) {
        if (part.kind !== 'opaque' || !part.envVar || !part.source.startsWith('$') || part.source.startsWith('${{')) continue;
        const name = part.envVar;
        if (env.isUnset(step, name)) part.unset = { mapFromSecret: () => env.mapFromSecret(step, name) };
      }
      const replace = header.replaceWithBearerEnv;
      if (replace) header.replaceWithBearerEnv = (name) => withEnv(replace.call(header, name), name);
    }
    const add = site.addAuthorization;
    if (add) site.addAuthorization = (name) => withEnv(add.call(site, name), name);
  }
}

/** Two edits that do not overlap as one edit (the text between them kept); undefined if they overlap. */
function combineEdits(text: string, a: TextEdit, b: TextEdit): TextEdit | undefined {
  const [first, second] = a.range[0] <= b.range[0] ? [a, b] : [b, a];
  if (first.range[1] > second.range[0]) return undefined;
  return { range: [first.range[0], second.range[1]], text: first.text + text.slice(first.range[1], second.range[0]) + second.text };
}

/** `$NAME` (`${NAME}`, `$env:NAME`) in the edit's text as `${{ secrets.NAME }}`, which GitHub fills in before the shell runs. */
function inlineSecret(edit: TextEdit, name: string): TextEdit {
  const reference = new RegExp(`\\$(?:env:${name}\\b|\\{${name}\\}|${name}(?![A-Za-z0-9_]))`, 'g');
  return { range: edit.range, text: edit.text.replace(reference, `\${{ secrets.${name} }}`) };
}

/** The key of the mapping that holds the key at line `index`. */
function parentKey(text: string, lines: Line[], index: number, keyColumn: number): string | undefined {
  let siblings = 0;
  for (let i = index - 1; i >= Math.max(0, index - SCAN_LIMIT); i--) {
    const content = lineText(text, lines[i]);
    if (isBlankOrComment(content)) continue;
    const key = KEY_LINE.exec(content);
    const column = key ? key[1].length + key[2].length : indentOf(content);
    if (column < keyColumn) return key?.[3];
    if (column === keyColumn && ++siblings > SIBLING_LIMIT) return undefined;
  }
  return undefined;
}

/** The step's own `shell:` (GitHub Actions): a sibling key of `run:` in the same mapping. */
function siblingShell(text: string, lines: Line[], index: number, keyColumn: number): LanguageKind | 'other' | undefined {
  const check = (content: string): LanguageKind | 'other' | undefined => {
    const m = /^[ \t]*(?:-[ \t]+)*shell[ \t]*:[ \t]*["']?([\w./-]+)/.exec(content);
    if (!m) return undefined;
    const program = m[1].split('/').pop()!.toLowerCase();
    if (program === 'pwsh' || program === 'powershell') return 'powershell';
    if (program === 'cmd') return 'cmd';
    return program === 'bash' || program === 'sh' ? 'shell' : 'other';
  };
  for (const step of [-1, 1]) {
    let siblings = 0;
    for (let i = index + step; i >= 0 && i < lines.length && Math.abs(i - index) <= SCAN_LIMIT; i += step) {
      const content = lineText(text, lines[i]);
      if (isBlankOrComment(content)) continue;
      const key = KEY_LINE.exec(content);
      const column = key ? key[1].length + key[2].length : indentOf(content);
      if (column === keyColumn && ++siblings > SIBLING_LIMIT) break;
      const startsItem = key !== null && key[2] !== '';
      if (column < keyColumn || (step === 1 && startsItem && column === keyColumn)) break;
      if (column === keyColumn && key) {
        const found = check(content);
        if (found) return found;
      }
      if (step === -1 && startsItem && column === keyColumn) break;
    }
  }
  return undefined;
}

interface Parsed {
  regions: ScriptRegion[];
  /** The line after the value. */
  next: number;
}

/** The shell scalars of a key's value starting at `start` on line `index`: one scalar, or a list of them. */
function parseValue(text: string, lines: Line[], index: number, start: number, parentIndent: number): Parsed {
  const rest = text.slice(start, lines[index].end);
  if (rest.trim() === '' || rest.startsWith('#')) {
    let j = index + 1;
    while (j < lines.length && isBlankOrComment(lineText(text, lines[j]))) j++;
    if (j >= lines.length) return { regions: [], next: index + 1 };
    const content = lineText(text, lines[j]);
    const item = ITEM_LINE.exec(content);
    const keyIndent = indentOf(lineText(text, lines[index]));
    if (item && item[1].length >= keyIndent) return parseSequence(text, lines, j, item[1].length);
    if (indentOf(content) > parentIndent && !KEY_LINE.test(content)) {
      return parseScalar(text, lines, j, lines[j].start + indentOf(content), parentIndent);
    }
    return { regions: [], next: index + 1 };
  }
  return parseScalar(text, lines, index, start, parentIndent);
}

/** A block sequence of scalars (GitLab `script:` lists), its dashes at column `dash`. */
function parseSequence(text: string, lines: Line[], index: number, dash: number): Parsed {
  const regions: ScriptRegion[] = [];
  let i = index;
  while (i < lines.length) {
    const content = lineText(text, lines[i]);
    const item = ITEM_LINE.exec(content);
    if (!item || item[1].length !== dash) break;
    const valueStart = lines[i].start + item[0].length;
    const value = text.slice(valueStart, lines[i].end);
    // `- name: x` is a mapping, `- - x` a nested list: neither is a command.
    const parsed = KEY_LINE.test(value) || value.startsWith('-') ? { regions: [], next: i + 1 } : parseScalar(text, lines, i, valueStart, dash);
    regions.push(...parsed.regions);
    i = Math.max(parsed.next, i + 1);
    while (i < lines.length && isBlankOrComment(lineText(text, lines[i]))) i++;
  }
  return { regions, next: i };
}

function parseScalar(text: string, lines: Line[], index: number, start: number, parentIndent: number): Parsed {
  const first = text[start];
  if (first === '|' || first === '>') return parseBlockScalar(text, lines, index, start, parentIndent);
  if (first === '"' || first === "'") return parseQuoted(text, lines, index, start);
  if (first === undefined || '[{&*!%@`'.includes(first)) return { regions: [], next: index + 1 };
  return parsePlain(text, lines, index, start, parentIndent);
}

/** `|` keeps line breaks (the text is a script); `>` folds lines between non-indented lines into spaces. */
function parseBlockScalar(text: string, lines: Line[], index: number, start: number, parentIndent: number): Parsed {
  const header = /^([|>])[-+1-9]*[ \t]*(?:#.*)?$/.exec(text.slice(start, lines[index].end));
  if (!header) return { regions: [], next: index + 1 };
  let i = index + 1;
  let contentIndent = -1;
  const content: Line[] = [];
  let lastIndex = index;
  for (; i < lines.length; i++) {
    const s = lineText(text, lines[i]);
    if (s.trim() === '') continue;
    const indent = indentOf(s);
    if (contentIndent === -1) {
      if (indent <= parentIndent) break;
      contentIndent = indent;
    }
    if (indent < contentIndent) break;
    content.push(lines[i]);
    lastIndex = i;
  }
  if (content.length === 0) return { regions: [], next: index + 1 };
  const folded = header[1] === '>';
  const keep: SourceRange[] = content.map((l) => [l.start, l.end]);
  const joins: Substitution[] = [];
  if (folded) {
    const plainLine = (l: Line) => indentOf(lineText(text, l)) === contentIndent;
    for (let k = 0; k + 1 < content.length; k++) {
      const [a, b] = [content[k], content[k + 1]];
      if (a.next === b.start && plainLine(a) && plainLine(b)) joins.push(join(a));
    }
  }
  const prefix = ' '.repeat(contentIndent);
  return {
    regions: [{ keep, substitutions: joins, folded, linePrefix: () => prefix }],
    next: lastIndex + 1,
  };
}

/** A line break the host folds into a space. */
function join(line: Line): Substitution {
  return { range: [line.end, line.next], text: ' '.repeat(line.next - line.end), kind: 'join' };
}

/** A plain scalar: to a ` #` comment, continued on more-indented lines, whose breaks fold into spaces. */
function parsePlain(text: string, lines: Line[], index: number, start: number, parentIndent: number): Parsed {
  const keep: SourceRange[] = [];
  const joins: Substitution[] = [];
  let i = index;
  let from = start;
  let previous: Line | undefined;
  while (true) {
    const line = lines[i];
    const s = text.slice(from, line.end);
    const comment = /(?:^|[ \t])#/.exec(s);
    const end = from + (comment ? comment.index : s.length);
    const trimmedEnd = from + text.slice(from, end).trimEnd().length;
    if (previous) joins.push(join(previous));
    keep.push([from, trimmedEnd]);
    previous = line;
    if (comment) break;
    const next = lines[i + 1];
    if (!next) break;
    const nextText = lineText(text, next);
    if (nextText.trim() === '' || indentOf(nextText) <= parentIndent || nextText.trim().startsWith('#')) break;
    i++;
    from = next.start + indentOf(nextText);
  }
  return { regions: [{ keep, substitutions: joins, folded: true, plainScalar: true }], next: i + 1 };
}

/** A quoted scalar; with escapes (`\` in "...", `''` in '...') only "..." is read, decoded. */
function parseQuoted(text: string, lines: Line[], index: number, start: number): Parsed {
  const quote = text[start] as '"' | "'";
  let escaped = false;
  let close = -1;
  for (let p = start + 1; p < text.length; p++) {
    const ch = text[p];
    if (quote === '"' && ch === '\\') {
      escaped = true;
      p++;
    } else if (ch === quote) {
      if (quote === "'" && text[p + 1] === "'") {
        escaped = true;
        p++;
      } else {
        close = p;
        break;
      }
    }
  }
  if (close === -1) return { regions: [], next: index + 1 };
  let last = index;
  while (last + 1 < lines.length && lines[last].next <= close) last++;
  if (escaped) {
    // `''` in '...' has no JS counterpart for escaping fixes; a GitHub expression would need a stand-in.
    const decoded = quote === '"' && !text.slice(start, close).includes('${{') ? decodeDoubleQuoted(text, start + 1, close) : undefined;
    return { regions: decoded ? [{ keep: [[start + 1, close]], decoded }] : [], next: last + 1 };
  }
  const keep: SourceRange[] = [];
  const joins: Substitution[] = [];
  for (let i = index; i <= last; i++) {
    const from = i === index ? start + 1 : lines[i].start;
    const to = i === last ? close : lines[i].end;
    keep.push([from, to]);
    // A break between two non-empty lines folds into a space; empty lines stay line breaks.
    if (i < last && text.slice(from, to).trim() !== '' && lineText(text, lines[i + 1]).trim() !== '') joins.push(join(lines[i]));
  }
  return { regions: [{ keep, substitutions: joins, folded: true, quote }], next: last + 1 };
}

/** The region's `join`s plus a same-length `${GGG}` stand-in for each GitHub expression, sorted. */
function substitutions(text: string, region: Region): Substitution[] {
  const subs = [...(region.substitutions ?? [])];
  for (const [start, end] of region.keep) {
    const piece = text.slice(start, end);
    if (!piece.includes('${{')) continue;
    for (const m of piece.matchAll(EXPRESSION)) {
      const s = start + m.index;
      const env = /^\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(m[0]);
      // A braced shell reference reads as opaque in quotes and out; the braces keep it from gluing to what follows.
      const stand = `\${${'G'.repeat(m[0].length - 3)}}`;
      subs.push({ range: [s, s + m[0].length], text: stand, kind: 'opaque', ...(env ? { envVar: env[1] } : {}) });
    }
  }
  return subs.sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * `-H "${{ secrets.AUTH_HEADER }}"`: a whole header that GitHub fills in. The shell extractor saw only a
 * stand-in, so it may have judged the headers complete; they are not.
 */
function markHiddenHeaders(text: string, extraction: Extraction, region: Region): void {
  const opaque = (region.substitutions ?? []).filter((s) => s.kind === 'opaque');
  if (opaque.length === 0) return;
  for (const site of extraction.sites) {
    for (const sub of opaque) {
      if (sub.range[0] < site.range[0] || sub.range[1] > site.range[1]) continue;
      const before = text.slice(Math.max(site.range[0], sub.range[0] - 16), sub.range[0]);
      if (/(?:^|\s)(?:-H|--header)(?:[ \t]*|=)["']?$/.test(before)) site.headersKnown = false;
    }
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/',
  '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** The value of a double-quoted scalar's body `text[from, to)`, with the source offset of each character. */
export function decodeDoubleQuoted(text: string, from: number, to: number): { text: string; map: number[] } | undefined {
  let out = '';
  const map: number[] = [];
  const emit = (s: string, at: number) => {
    out += s;
    for (let k = 0; k < s.length; k++) map.push(at);
  };
  const lineBreak = (p: number) => (text[p] === '\r' && text[p + 1] === '\n' ? 2 : text[p] === '\n' || text[p] === '\r' ? 1 : 0);
  let p = from;
  while (p < to) {
    const ch = text[p];
    if (ch === '\\') {
      const next = text[p + 1];
      const escapedBreak = lineBreak(p + 1);
      if (escapedBreak) {
        // An escaped line break joins the lines without a space.
        p += 1 + escapedBreak;
        while (p < to && (text[p] === ' ' || text[p] === '\t')) p++;
        continue;
      }
      const digits = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
      if (digits) {
        const hex = text.slice(p + 2, p + 2 + digits);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return undefined;
        emit(String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)), p);
        p += 2 + digits;
        continue;
      }
      if (next === undefined || !(next in ESCAPES)) return undefined;
      emit(ESCAPES[next], p);
      p += 2;
      continue;
    }
    if (lineBreak(p)) {
      // Folding: trailing blanks go, a single break is a space, each empty line after it a newline.
      while (/[ \t]$/.test(out)) {
        out = out.slice(0, -1);
        map.pop();
      }
      const at = p;
      let empty = 0;
      p += lineBreak(p);
      for (;;) {
        while (p < to && (text[p] === ' ' || text[p] === '\t')) p++;
        const br = lineBreak(p);
        if (!br || p >= to) break;
        empty++;
        p += br;
      }
      emit(empty ? '\n'.repeat(empty) : ' ', at);
      continue;
    }
    emit(ch, p);
    p++;
  }
  map.push(to);
  return { text: out, map };
}
