// The fuzz suite's worker thread (fuzz.test.ts starts it): it runs the engine on the inputs, so the test
// thread stays free to notice a hang, end the worker and report the input instead of stalling.
import { parentPort, workerData } from 'node:worker_threads';
import { parse as babelParse } from '@babel/parser';
import { parseDocument } from 'yaml';
import { applyFixes, detectLanguage, lint } from '../../src/core';
import { ParseMemory } from '../../src/core/js/incremental';

// What mocha sets, and the costliest a host may set: every error object captures the whole stack. The
// engine must not depend on it (it once did: see test/unit/deep-nesting.test.ts).
Error.stackTraceLimit = Infinity;

export interface Input {
  index: number;
  file: string;
  text: string;
}

/** Null when the text parses, a message when it does not, 'shell' when only `bash -n` can say (the test thread batches those). */
export type ParseCheck = string | null | 'shell';

export interface LintOutcome {
  index: number;
  /** CPU time of the fastest of up to three runs (only a run over the limit is repeated). */
  ms: number;
  error?: string;
}

export interface FixOutcome {
  index: number;
  before: ParseCheck;
  /** Checked only when the input parsed: text that did not parse before may stay broken. */
  after: ParseCheck | undefined;
  passes: number;
  stable: boolean;
  /** The fixed text, for the test thread's `bash -n` (shell only). */
  output?: string;
}

/** For a JS/TS input: whether a lint that reused the parse of the text before the edit reported what a lint from scratch does. */
export interface IncrementalOutcome {
  index: number;
  /** Empty when the two lints agree; else the two reports. */
  differs?: [string, string];
  /** Whether the parse memory was used (not just a whole parse again). */
  reused: boolean;
}

export type Request =
  | { kind: 'lint'; inputs: Input[]; limitMs: number }
  | { kind: 'fix'; inputs: Input[]; cases: number }
  | { kind: 'incremental'; inputs: Array<Input & { before: string }> };

/** [index of the input being worked on, inputs finished]: the test thread watches it for a hang. */
const progress = workerData?.progress ? new Int32Array(workerData.progress as SharedArrayBuffer) : undefined;

function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function lintOne({ index, file, text }: Input, limitMs: number): LintOutcome {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    let error: string | undefined;
    const ms = cpuMs(() => {
      try {
        lint(text, file);
      } catch (caught) {
        error = String((caught as Error)?.stack ?? caught).split('\n').slice(0, 3).join(' | ');
      }
    });
    if (error) return { index, ms, error };
    best = Math.min(best, ms);
    // CPU time of the whole process (Node 20 has no per-thread figure), so a GC pause can add to one run.
    if (best <= limitMs) break;
  }
  return { index, ms: best };
}

export function parseCheck(text: string, file: string): ParseCheck {
  const language = detectLanguage(file, text);
  try {
    if (language === 'javascript' || language === 'typescript') {
      babelParse(text, { sourceType: 'unambiguous', plugins: language === 'typescript' ? ['typescript'] : ['jsx'], errorRecovery: false });
    } else if (language === 'yaml') {
      const errors = parseDocument(text).errors;
      if (errors.length) return errors[0].message.split('\n')[0];
    } else if (language === 'shell') {
      return 'shell';
    }
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
}

/** Null when the input has no fix; else what fixing it did. */
export function fixOne({ index, file, text }: Input): FixOutcome | null {
  if (!lint(text, file).findings.some((f) => f.fix)) return null;
  const before = parseCheck(text, file);
  const { output, passes } = applyFixes(text, file);
  const stable = applyFixes(output, file).output === output;
  const after = before === null || before === 'shell' ? parseCheck(output, file) : undefined;
  return { index, before, after, passes, stable, ...(after === 'shell' && { output }) };
}

function mark(index: number): void {
  if (!progress) return;
  Atomics.store(progress, 0, index);
  Atomics.add(progress, 1, 1);
}

/** What a lint reports, as compared: findings with messages, ranges, fixes, suggestions; and whether it read all. */
function reportOf(text: string, file: string, parseMemory?: ParseMemory): string {
  const result = lint(text, file, { parseMemory });
  return JSON.stringify({ findings: result.findings, incomplete: result.extraction.incomplete ?? false });
}

/** The edit from `before` to the input's text, and back, each linted with the other's parse in memory. */
export function incrementalOne({ index, file, text, before }: Input & { before: string }): IncrementalOutcome {
  let reused = false;
  for (const [from, to] of [[before, text], [text, before]]) {
    const memory = new ParseMemory();
    reportOf(from, file, memory);
    const incremental = reportOf(to, file, memory);
    reused ||= memory.last !== undefined;
    const scratch = reportOf(to, file);
    if (incremental !== scratch) return { index, differs: [incremental, scratch], reused };
  }
  return { index, reused };
}

export function serve(request: Request): LintOutcome[] | FixOutcome[] | IncrementalOutcome[] {
  if (request.kind === 'incremental') {
    return request.inputs.map((input) => {
      mark(input.index);
      return incrementalOne(input);
    });
  }
  if (request.kind === 'lint') {
    const outcomes: LintOutcome[] = [];
    for (const input of request.inputs) {
      mark(input.index);
      outcomes.push(lintOne(input, request.limitMs));
    }
    return outcomes;
  }
  const outcomes: FixOutcome[] = [];
  for (const input of request.inputs) {
    if (outcomes.length >= request.cases) break;
    mark(input.index);
    const outcome = fixOne(input);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

if (workerData?.fuzzWorker) parentPort?.on('message', (request: Request) => parentPort?.postMessage(serve(request)));
