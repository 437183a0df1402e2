// Dockerfiles: the shell form of `RUN` (and of `CMD`, `ENTRYPOINT`, `HEALTHCHECK CMD`), with the
// escape character's line continuations, comment lines inside a continued instruction, the
// `# escape=` directive, `SHELL [...]` switching the dialect, and `RUN <<EOF` heredoc scripts.

import type { Extraction, LanguageKind, SourceRange } from '../types';
import type { ExtractContext } from './context';
import { findRootKeys, type Line, mergeExtractions, type Region, runShellRegions, splitLines, type Substitution } from './embed';

const INSTRUCTION = /^[ \t]*([A-Za-z]+)(?:[ \t]+|$)/;
const RUN_FLAGS = /^(?:--[\w-]+(?:=\S*)?[ \t]+)*/;
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][\w.-]*)\2/;
const SHELL_FORMS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/** A shell script in a Dockerfile: where it sits, and which shell runs it. */
export interface Script {
  region: Region;
  language: LanguageKind;
}

export function extractDockerfile(text: string, context: ExtractContext): Extraction {
  const scripts = findDockerfileScripts(text);
  const results = runShellRegions(text, scripts.map(({ region, language }) => ({ region, context: { ...context, language } })));
  const keys = findRootKeys(text, 0, text.length, scripts.flatMap((s) => s.region.keep));
  return mergeExtractions([...results, { sites: [], keys, errors: [] }]);
}

/** The shell scripts of a Dockerfile's instructions. */
export function findDockerfileScripts(text: string): Script[] {
  const lines = splitLines(text);
  if (text.charCodeAt(0) === 0xfeff) lines[0] = { ...lines[0], start: 1 };
  const escape = escapeDirective(text, lines);
  // `# escape=`` ` is the Windows convention, whose images run `cmd /S /C` unless told otherwise.
  let language: LanguageKind = escape === '`' ? 'cmd' : 'shell';
  const scripts: Script[] = [];

  for (let i = 0; i < lines.length; ) {
    const firstIndex = i;
    const first = lines[i];
    const firstText = text.slice(first.start, first.end);
    if (isBlankOrComment(firstText)) {
      i++;
      continue;
    }
    // The instruction's physical lines; comment and empty lines inside it are dropped by Docker.
    const physical: Line[] = [first];
    const dropped: Line[] = [];
    let j = i;
    while (continues(text, physical[physical.length - 1], escape) && j + 1 < lines.length) {
      j++;
      if (isBlankOrComment(text.slice(lines[j].start, lines[j].end))) dropped.push(lines[j]);
      else physical.push(lines[j]);
    }
    i = j + 1;

    let instruction = INSTRUCTION.exec(firstText);
    let offset = first.start + (instruction?.[0].length ?? 0);
    if (instruction?.[1].toUpperCase() === 'ONBUILD') {
      instruction = INSTRUCTION.exec(text.slice(offset, first.end));
      offset += instruction?.[0].length ?? 0;
    }
    const name = instruction?.[1].toUpperCase();
    if (name === 'SHELL') {
      language = shellLanguage(physical.map((l) => text.slice(l.start, l.end)).join(' ').slice(offset - first.start)) ?? language;
      continue;
    }
    if (!name || !SHELL_FORMS.has(name)) continue;
    if (name === 'RUN') offset += RUN_FLAGS.exec(text.slice(offset, first.end))![0].length;
    if (name === 'HEALTHCHECK') {
      const cmd = /^(?:--[\w-]+=\S*[ \t]+)*CMD(?:[ \t]+|$)/i.exec(text.slice(offset, first.end));
      if (!cmd) continue;
      offset += cmd[0].length;
    }
    const command = text.slice(offset, first.end);
    if (command.startsWith('[')) continue; // exec form: no shell
    const heredoc = HEREDOC.exec(command);
    if (heredoc) {
      const body = heredocBody(text, lines, firstIndex + 1, heredoc[3], heredoc[1] === '-');
      // `RUN <<EOF` alone: the body is the script. Otherwise the shell reads the command with its here-document.
      if (name === 'RUN' && command.trim() === heredoc[0]) {
        if (body.lines.length) scripts.push({ region: { keep: body.lines.map((l) => [l.start, l.end]) }, language });
      } else {
        const terminator = lines[body.next - 1];
        const keep: SourceRange[] = [[offset, first.end], ...body.lines.map((l): SourceRange => [l.start, l.end])];
        if (terminator && terminator !== first && !body.lines.includes(terminator)) keep.push([terminator.start, terminator.end]);
        scripts.push({ region: { keep }, language });
      }
      i = body.next;
      continue;
    }
    scripts.push({ region: instructionRegion(text, physical, dropped, offset, escape, language), language });
  }
  return scripts;
}

function isBlankOrComment(s: string): boolean {
  const t = s.trim();
  return t === '' || t.startsWith('#');
}

/** The `# escape=` parser directive, which must come before anything else. */
function escapeDirective(text: string, lines: Line[]): '\\' | '`' {
  for (const line of lines) {
    const directive = /^#[ \t]*([A-Za-z]+)[ \t]*=[ \t]*(\S+)[ \t]*$/.exec(text.slice(line.start, line.end));
    if (!directive) break;
    if (directive[1].toLowerCase() === 'escape' && directive[2] === '`') return '`';
  }
  return '\\';
}

function continues(text: string, line: Line, escape: string): boolean {
  return new RegExp(`\\${escape}[ \\t]*$`).test(text.slice(line.start, line.end));
}

/** `SHELL ["pwsh", "-Command"]` → powershell. */
function shellLanguage(args: string): LanguageKind | undefined {
  try {
    const parsed: unknown = JSON.parse(args.trim());
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') return undefined;
    const program = parsed[0].split(/[\\/]/).pop()!.toLowerCase().replace(/\.exe$/, '');
    if (program === 'pwsh' || program === 'powershell') return 'powershell';
    if (program === 'cmd') return 'cmd';
    return 'shell';
  } catch {
    return undefined;
  }
}

function heredocBody(text: string, lines: Line[], from: number, word: string, stripTabs: boolean): { lines: Line[]; next: number } {
  const body: Line[] = [];
  for (let k = from; k < lines.length; k++) {
    let s = text.slice(lines[k].start, lines[k].end);
    if (stripTabs) s = s.replace(/^\t+/, '');
    if (s === word) return { lines: body, next: k + 1 };
    body.push(lines[k]);
  }
  return { lines: body, next: lines.length };
}

/**
 * The masked region of a shell-form instruction. With the `\` escape and a POSIX shell, Docker's line
 * continuation is the shell's own, so it stays (and fixes may add continued lines). Otherwise Docker
 * joins the lines itself before the shell sees them: the escape and line break become spaces.
 */
function instructionRegion(text: string, physical: Line[], dropped: Line[], commandStart: number, escape: string, language: LanguageKind): Region {
  const keep: SourceRange[] = physical.map((l, k) => [k === 0 ? commandStart : l.start, l.end]);
  const subs: Substitution[] = dropped.map((l) =>
    // An empty line has no room for a continuation of its own: its line break goes instead.
    l.end > l.start
      ? { range: [l.start, l.end], text: continuedBlank(l.end - l.start), kind: 'join' }
      : { range: [l.start, l.next], text: l.next - l.start === 2 ? '\\\n' : ' '.repeat(l.next - l.start), kind: 'join' },
  );
  let folded = false;
  for (const line of physical.slice(0, -1)) {
    const s = text.slice(line.start, line.end);
    const at = s.lastIndexOf(escape);
    const nativeContinuation = escape === '\\' && language === 'shell' && at === s.length - 1;
    if (nativeContinuation || at === -1) continue;
    folded = true;
    subs.push({ range: [line.start + at, line.next], text: ' '.repeat(line.next - line.start - at), kind: 'join' });
  }
  subs.sort((a, b) => a.range[0] - b.range[0]);
  return { keep, substitutions: subs, folded };
}

/**
 * What the shell reads in place of a comment line Docker drops from a continued instruction: only line
 * continuations (`\` + line break), so the command goes on and the lines around keep their indentation.
 */
function continuedBlank(length: number): string {
  if (length === 0) return '';
  const pairs = '\\\n'.repeat((length - 1) >> 1);
  return (length % 2 === 0 ? ' ' : '') + pairs + '\\';
}
