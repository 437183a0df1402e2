// GitHub Actions workflows: which environment variables the shell of a `run:` step sees. A variable
// nothing maps expands to an empty string, so `Bearer $UNKEY_ROOT_KEY` sends no key at all.
//
// Read from the same key-and-indentation lines as the YAML extractor. Every doubt counts as "set"
// (precision first): an `env:` written as an expression or alias, a merge key, a runner that is not
// GitHub-hosted (a self-hosted machine may export it), a secrets-loading action in the job, an
// assignment of the name anywhere in the file (`export X=`, `X=… >> $GITHUB_ENV`), `source`/`eval`.

import type { TextEdit } from '../types';
import type { Line } from './embed';

export const KEY_LINE = /^([ \t]*)((?:-[ \t]+)*)([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)[ \t]*/;

export function lineText(text: string, line: Line): string {
  return text.slice(line.start, line.end);
}

export function indentOf(s: string): number {
  return /^[ \t]*/.exec(s)![0].length;
}

export function isBlankOrComment(s: string): boolean {
  const t = s.trim();
  return t === '' || t.startsWith('#');
}

/** `.github/workflows/*.yml`: where `env:` mappings and `secrets` decide what a step's shell sees. */
export function isGithubWorkflow(fileName: string): boolean {
  return /(?:^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/i.test(fileName);
}

/** A `run:` key: its line, the column of `run`, and the line after its value. */
export interface RunStep {
  keyLine: number;
  keyColumn: number;
  next: number;
}

/** How far to look, in lines, for the keys of one mapping: bounds the work on huge files (beyond it: "set"). */
const SCAN_LIMIT = 2000;

/** Labels of GitHub-hosted runners, whose environment holds no secret of ours. */
const HOSTED_RUNNER = /^["']?(?:ubuntu|windows|macos)-[\w.-]+["']?[ \t]*(?:#.*)?$/;

/** Actions that load secrets into the job's environment (1Password, Doppler, Infisical, Vault, AWS, …). */
const SECRET_LOADER = /secret|vault|doppler|infisical|1password|onepassword|bitwarden|akeyless|conjur|dotenv|[-/]env\b|load-env|configure-aws|azure\/login/i;

interface Mapping {
  /** Key name → line of the key. */
  keys: Map<string, number>;
  /** First line of the mapping (the `- ` line for a sequence item). */
  first: number;
  column: number;
  /** Column of the `-` when the mapping is a sequence item. */
  dash: number | undefined;
}

export class WorkflowEnv {
  /** Per key line: the mappings from the one holding that key out to the root (null: unsure). */
  private readonly chains = new Map<number, Mapping[] | null>();

  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
  ) {}

  /** Whether nothing sets `name` for the shell of the step whose `run:` is `step`. */
  isUnset(step: RunStep, name: string): boolean {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^(?:GITHUB|RUNNER|ACTIONS)_/.test(name)) return false;
    const chain = this.chain(step);
    if (!chain) return false;
    if (this.assignedInFile(name)) return false;
    const job = chain.find((m) => m.keys.has('steps'));
    if (!job) return false;
    const runsOn = job.keys.get('runs-on');
    if (runsOn === undefined || !HOSTED_RUNNER.test(this.valueAfterKey(runsOn))) return false;
    if (this.jobLoadsSecrets(job)) return false;
    for (const mapping of chain) {
      if (this.envMaps(mapping, name) !== 'no') return false;
    }
    const container = job.keys.get('container');
    return container === undefined || !this.blockMentions(container, name);
  }

  /**
   * Edit mapping `name` from the secret of the same name in the step's `env:` (a new `env:` after the
   * `run:` value, or a line in the step's block `env:`); undefined where it cannot be written safely.
   * The edit replaces a line break, so two such edits for one step overlap and one waits a pass.
   */
  mapFromSecret(step: RunStep, name: string): TextEdit | undefined {
    const chain = this.chain(step);
    if (!chain) return undefined;
    const stepMapping = chain[0];
    const entry = `${name}: \${{ secrets.${name} }}`;
    const envLine = stepMapping.keys.get('env');
    if (envLine !== undefined) {
      // Only a block mapping (`env:` alone on its line) takes a new line safely.
      if (this.valueAfterKey(envLine) !== '') return undefined;
      const line = this.lines[envLine];
      // Nor beside anything but `KEY: value` lines: next to a plain scalar or a sequence it breaks the document.
      const first = this.firstChild(envLine, stepMapping.column);
      if (first && (!first.key || first.key[2])) return undefined;
      const child = this.firstChildIndent(envLine, stepMapping.column);
      return { range: [line.end, line.next], text: `\n${' '.repeat(child ?? stepMapping.column + 2)}${entry}${this.breakOf(line)}` };
    }
    // After the run value's last line (trailing blank or comment lines of a block scalar stay after it).
    let last = step.next - 1;
    while (last > step.keyLine && isBlankOrComment(lineText(this.text, this.lines[last]))) last--;
    const line = this.lines[last];
    const indent = ' '.repeat(step.keyColumn);
    return { range: [line.end, line.next], text: `\n${indent}env:\n${indent}  ${entry}${this.breakOf(line)}` };
  }

  private breakOf(line: Line): string {
    return line.next > line.end ? '\n' : '';
  }

  /** The mappings that hold the `run:` key, innermost first: step, job, jobs, root. Null when unsure. */
  private chain(step: RunStep): Mapping[] | null {
    return this.chainFrom(step.keyLine, step.keyColumn, 0);
  }

  /** The chain from the mapping holding the key on line `index` (cached: the steps of a job share their parents). */
  private chainFrom(index: number, column: number, depth: number): Mapping[] | null {
    const cached = this.chains.get(index);
    if (cached !== undefined) return cached;
    let result: Mapping[] | null = null;
    const mapping = depth < 32 ? this.mapping(index, column) : undefined;
    if (mapping) {
      if (mapping.column === 0 && mapping.dash === undefined) result = [mapping];
      else {
        const parent = this.parentKey(mapping);
        const rest = parent && this.chainFrom(parent[0], parent[1], depth + 1);
        result = rest ? [mapping, ...rest] : null;
      }
    }
    this.chains.set(index, result);
    return result;
  }

  private info(index: number): { key: RegExpExecArray | null; column: number; content: string } | undefined {
    const content = lineText(this.text, this.lines[index]);
    if (isBlankOrComment(content)) return undefined;
    const key = KEY_LINE.exec(content);
    return { key, column: key ? key[1].length + key[2].length : indentOf(content), content };
  }

  /** The keys of the mapping whose key at `column` is on line `index`. */
  private mapping(index: number, column: number): Mapping | undefined {
    const keys = new Map<string, number>();
    const own = this.info(index);
    if (!own?.key) return undefined;
    keys.set(own.key[3], index);
    let first = index;
    let dash = own.key[2] !== '' ? own.key[1].length : undefined;
    if (dash === undefined) {
      for (let i = index - 1; ; i--) {
        if (i < 0) break;
        if (index - i > SCAN_LIMIT) return undefined;
        const info = this.info(i);
        if (!info) continue;
        if (info.column < column) break;
        if (info.column > column) continue;
        // A line at this column that is not a key (a multi-line plain scalar's text): unsure.
        if (!info.key) return undefined;
        keys.set(info.key[3], i);
        first = i;
        if (info.key[2] !== '') {
          dash = info.key[1].length;
          break;
        }
      }
    }
    for (let i = index + 1; i < this.lines.length; i++) {
      if (i - index > SCAN_LIMIT) return undefined;
      const info = this.info(i);
      if (!info) continue;
      if (info.column < column) break;
      if (info.column > column) continue;
      if (!info.key) return undefined;
      if (info.key[2] !== '') break;
      if (!keys.has(info.key[3])) keys.set(info.key[3], i);
    }
    return { keys, first, column, dash };
  }

  /** The key holding `mapping`: the nearest line above it at a smaller column (a sequence may sit at its key's column). */
  private parentKey(mapping: Mapping): [line: number, column: number] | undefined {
    const limit = mapping.dash ?? mapping.column - 1;
    for (let i = mapping.first - 1; i >= 0 && mapping.first - i <= SCAN_LIMIT; i--) {
      const info = this.info(i);
      if (!info) continue;
      if (mapping.dash !== undefined && info.key && info.key[2] !== '' && info.key[1].length === mapping.dash) continue;
      if (info.column <= limit) return info.key ? [i, info.column] : undefined;
    }
    return undefined;
  }

  /** The text after `key:` on its line, without a comment. */
  private valueAfterKey(index: number): string {
    const content = lineText(this.text, this.lines[index]);
    const key = KEY_LINE.exec(content);
    if (!key) return '';
    const rest = content.slice(key[0].length);
    return rest.startsWith('#') ? '' : rest.replace(/[ \t]+#.*$/, '').trim();
  }

  /** Whether the mapping's `env:` names `name`: 'no', 'yes', or 'unsure' (expression, alias, merge key). */
  private envMaps(mapping: Mapping, name: string): 'no' | 'yes' | 'unsure' {
    const envLine = mapping.keys.get('env');
    if (envLine === undefined) return 'no';
    const value = this.valueAfterKey(envLine);
    if (value === '') return this.blockMentions(envLine, name) ? 'yes' : 'no';
    if (value.startsWith('{') && value.endsWith('}') && !value.includes('${{')) {
      return new RegExp(`(?:^|[{,\\s])["']?${name}["']?\\s*:`).test(value.slice(1)) ? 'yes' : 'no';
    }
    return 'unsure';
  }

  /** Whether the block under the key at `index` has a key `name` (or a merge key, which may bring it). */
  private blockMentions(index: number, name: string): boolean {
    const column = this.info(index)!.column;
    const key = new RegExp(`^[ \\t]*(?:-[ \\t]+)?(?:["']?${name}["']?|<<)[ \\t]*:`);
    for (let i = index + 1; i < this.lines.length; i++) {
      // Too far to tell: count it as mapped.
      if (i - index > SCAN_LIMIT) return true;
      const info = this.info(i);
      if (!info) continue;
      if (info.column <= column) return false;
      if (key.test(info.content)) return true;
    }
    return false;
  }

  /** The first non-blank line after `index` when it is indented past `column` (a child of that key). */
  private firstChild(index: number, column: number): ReturnType<WorkflowEnv['info']> {
    for (let i = index + 1; i < this.lines.length; i++) {
      const info = this.info(i);
      if (info) return info.column > column ? info : undefined;
    }
    return undefined;
  }

  private firstChildIndent(index: number, column: number): number | undefined {
    for (let i = index + 1; i < this.lines.length; i++) {
      const info = this.info(i);
      if (!info) continue;
      return info.column > column ? indentOf(info.content) : undefined;
    }
    return undefined;
  }

  /** A `uses:` of a secrets-loading action anywhere in the job: it may export the variable. */
  private jobLoadsSecrets(job: Mapping): boolean {
    const steps = job.keys.get('steps')!;
    for (let i = steps + 1; i < this.lines.length && i - steps <= SCAN_LIMIT; i++) {
      const info = this.info(i);
      if (!info) continue;
      if (info.column <= job.column) break;
      if (info.key?.[3] === 'uses' && SECRET_LOADER.test(this.valueAfterKey(i))) return true;
    }
    return false;
  }

  private readonly assigned = new Map<string, boolean>();

  /**
   * `X=` / `X+=` / `X<<EOF` (a shell assignment, a `$GITHUB_ENV` line), `read … X`, `for X in`, or a
   * script that may set anything (`source`, `.`, `eval`, `set -a`): somewhere in the file, so some step may set it.
   */
  private assignedInFile(name: string): boolean {
    let known = this.assigned.get(name);
    if (known === undefined) {
      const assignment = new RegExp(`(?<![\\w$])${name}[ \\t]*(?:\\+?=(?!=)|<<)|set-env name=${name}\\b|\\b(?:read|mapfile|readarray|getopts|printf[ \\t]+-v|for)\\b[^\\n;|&]*\\b${name}\\b`);
      const anything = /(?:^|[;&|({:]|\bthen|\bdo)[ \t]*(?:source|eval|\.)[ \t]+[^\s=]|\bset[ \t]+-[a-z]*a\b|\bset[ \t]+-o[ \t]+allexport\b/m;
      known = assignment.test(this.text) || anything.test(this.text);
      this.assigned.set(name, known);
    }
    return known;
  }
}
