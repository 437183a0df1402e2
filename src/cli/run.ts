import * as fs from 'node:fs';
import * as path from 'node:path';
import { partialAnalysisMessage, RULES, type LintOptions } from '../core';
import { version } from '../../package.json';
import { HELP, parseCli, UsageError, type CliOptions } from './args';
import { collectTargets, type PathNotice, type SkipReason } from './files';
import { formatGithub } from './formatters/github';
import { formatJson, jsonChunks } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { ANSI, formatStylish, PLAIN } from './formatters/stylish';
import { formatBytes } from './limits';
import { lintTarget, prepareTarget, type FileLintOptions, type FileResult } from './lintFile';
import { InternalError, lintTargets } from './pool';
import { printable } from './printable';
import { removeLiveTemps, removeStaleTemps } from './safeFile';

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI touches outside the file system, injectable for tests. */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Runs `unkey-lint` with `argv` (without node and the script) and returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    return await execute(parseCli(argv), io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`unkey-lint: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    if (!(error instanceof UsageError) && io.env.UNKEY_LINT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

async function execute(options: CliOptions, io: CliIo): Promise<number> {
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }

  const { targets, notices, roots } = collectTargets(options.paths, io.cwd, { noIgnore: options.noIgnore });
  const fix = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'off';
  const fileOptions: FileLintOptions = {
    lint: options.quiet ? errorsOnly(options.lint) : options.lint,
    fix,
    quiet: options.quiet,
    maxFileSize: options.maxFileSize,
    roots,
  };
  // Skipped while walking: not problems, so not in the report; counted on stderr and in SARIF's notifications.
  const skipped: PathNotice[] = [...notices];
  const results: FileResult[] = [];

  // With --fix, Ctrl-C stops between files (never halfway through a write) and leaves no temporary file.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  if (fix === 'write') {
    // Temporary files a killed run left next to the files we are about to fix.
    for (const dir of new Set(targets.map((t) => path.dirname(t.file)))) removeStaleTemps(dir);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  // An exception from the engine is a bug, not a property of the file: say where, and stop.
  const internal = (file: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const wrapped = new Error(`internal error while linting ${printable(path.relative(io.cwd, file) || file)}: ${message}`);
    wrapped.stack = error instanceof Error ? error.stack : undefined;
    return wrapped;
  };
  try {
    // Without --fix, on all cores (pool.ts); with it, one file at a time, so Ctrl-C can stop between files.
    const parallel = fix === 'write' ? undefined : await lintTargets(targets, fileOptions, io.env).catch((error: unknown) => {
      throw error instanceof InternalError ? internal(error.file, error) : error;
    });
    for (const [i, target] of targets.entries()) {
      if (fix === 'write') {
        await new Promise((resolve) => setImmediate(resolve));
        if (interrupted) break;
      }
      let result: FileResult;
      try {
        // Loads a tree-sitter grammar on the first file of its language only.
        result = parallel?.[i] ?? (await prepareTarget(target, fileOptions), lintTarget(target, fileOptions));
      } catch (error) {
        throw internal(target.file, error);
      }
      if (result.skipped && !target.explicit) skipped.push(result.skipped);
      else results.push(result);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    removeLiveTemps();
  }
  if (interrupted) {
    io.stderr.write(`unkey-lint: interrupted; ${results.length} of ${targets.length} files were checked, and no file was left half-written.\n`);
    return 130;
  }
  reportSkipped(skipped, options, io);
  reportPartial(results, io);
  reportFixed(results, options, io);

  // JSON is written in pieces (a huge file's report would be one string of tens of MB); the others at once.
  const report = options.format === 'json' ? jsonChunks(results) : [format(options, results, skipped, io)];
  if (options.outputFile) {
    const file = path.resolve(io.cwd, options.outputFile);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(file, 'w');
    try {
      for (const piece of batched(report)) fs.writeSync(fd, piece);
    } finally {
      fs.closeSync(fd);
    }
  } else {
    let written = false;
    for (const piece of batched(report)) {
      io.stdout.write(piece);
      written = true;
    }
    if (written) io.stdout.write('\n');
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings && errors === 0) {
    io.stderr.write(`unkey-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
  }
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Pieces joined into writes of about 64 KB (never ''): JSON comes in a few small pieces per file, and each write is a system call. */
function* batched(pieces: Iterable<string>, size = 64 * 1024): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length < size) continue;
    yield buffer;
    buffer = '';
  }
  if (buffer !== '') yield buffer;
}

function format(options: CliOptions, results: FileResult[], skipped: readonly PathNotice[], io: CliIo): string {
  switch (options.format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, io.cwd, skipped);
    case 'github':
      return formatGithub(results, io.cwd);
    case 'stylish': {
      const color = !options.outputFile && io.stdout.isTTY === true && !io.env.NO_COLOR;
      return formatStylish(results, color ? ANSI : PLAIN);
    }
  }
}

const SKIP_LABELS: Record<SkipReason, (options: CliOptions) => string> = {
  size: (options) => `larger than ${formatBytes(options.maxFileSize)}`,
  binary: () => 'binary',
  unreadable: () => 'unreadable',
  'not-regular': () => 'not a regular file',
  'no-extractor': () => 'of a type unkey-lint does not read',
};

/** One line on stderr for the files skipped while walking (each one with --verbose); nothing when none was. */
function reportSkipped(skipped: readonly PathNotice[], options: CliOptions, io: CliIo): void {
  if (skipped.length === 0) return;
  if (options.verbose) {
    for (const notice of skipped) io.stderr.write(`unkey-lint: ${printable(path.relative(io.cwd, notice.file) || notice.file)}: ${notice.message}\n`);
  }
  const counts = new Map<SkipReason, number>();
  for (const notice of skipped) counts.set(notice.reason, (counts.get(notice.reason) ?? 0) + 1);
  const parts = (Object.keys(SKIP_LABELS) as SkipReason[]).filter((r) => counts.has(r)).map((r) => `${counts.get(r)} ${SKIP_LABELS[r](options)}`);
  const noun = skipped.length === 1 ? 'file' : 'files';
  io.stderr.write(`unkey-lint: ${skipped.length} ${noun} skipped: ${parts.join(', ')}${options.verbose ? '.' : '; --verbose lists them.'}\n`);
}

/** One warning on stderr per file read only in part (nesting too deep for the parser): its other findings are in the report. */
function reportPartial(results: readonly FileResult[], io: CliIo): void {
  for (const result of results) {
    if (!result.partial) continue;
    const name = printable(path.relative(io.cwd, result.filePath) || result.filePath);
    io.stderr.write(`unkey-lint: warning: ${name}: ${partialAnalysisMessage(result.partial)}\n`);
  }
}

/** With --fix / --fix-dry-run, one stderr line per changed file: what was (or would be) fixed, by rule. */
function reportFixed(results: readonly FileResult[], options: CliOptions, io: CliIo): void {
  const verb = options.fix ? 'fixed' : 'would fix';
  for (const result of results) {
    if (!result.fixed) continue;
    const counts = Object.entries(result.fixed).sort(([a], [b]) => a.localeCompare(b));
    const total = counts.reduce((n, [, count]) => n + (count ?? 0), 0);
    const rules = counts.map(([rule, count]) => (count === 1 ? rule : `${rule} ×${count}`)).join(', ');
    const name = printable(path.relative(io.cwd, result.filePath) || result.filePath);
    io.stderr.write(`unkey-lint: ${verb} ${total} ${total === 1 ? 'problem' : 'problems'} in ${name} (${rules})\n`);
  }
}

/** --quiet as in ESLint 9: rules below error level do not run, so their fixes are not applied either. */
function errorsOnly(lint: Partial<LintOptions>): Partial<LintOptions> {
  const rules = { ...lint.rules };
  for (const rule of RULES) {
    if ((rules[rule.id] ?? rule.defaultSeverity) !== 'error') rules[rule.id] = 'off';
  }
  return { ...lint, rules };
}
