import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, type LintOptions } from '../core';
import { version } from '../../package.json';
import { HELP, parseCli, UsageError, type CliOptions } from './args';
import { collectTargets } from './files';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { ANSI, formatStylish, PLAIN } from './formatters/stylish';
import { lintTarget, noticeResult, type FileResult } from './lintFile';

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
    return execute(parseCli(argv), io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`unkey-lint: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    if (!(error instanceof UsageError) && io.env.UNKEY_LINT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

function execute(options: CliOptions, io: CliIo): number {
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }

  const { targets, notices } = collectTargets(options.paths, io.cwd);
  const lintOptions = options.quiet ? errorsOnly(options.lint) : options.lint;
  const fix = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'off';
  const results: FileResult[] = notices.map((n) => noticeResult(n.file, n.message, options.quiet));
  for (const target of targets) {
    try {
      results.push(lintTarget(target, { lint: lintOptions, fix, quiet: options.quiet }));
    } catch (error) {
      // An exception here is a bug in the engine, not a property of the file: say where, and stop.
      const message = error instanceof Error ? error.message : String(error);
      const wrapped = new Error(`internal error while linting ${path.relative(io.cwd, target.file) || target.file}: ${message}`);
      wrapped.stack = error instanceof Error ? error.stack : undefined;
      throw wrapped;
    }
  }

  const report = format(options, results, io);
  if (options.outputFile) {
    const file = path.resolve(io.cwd, options.outputFile);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, report);
  } else if (report) {
    io.stdout.write(`${report}\n`);
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings && errors === 0) {
    io.stderr.write(`unkey-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
  }
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function format(options: CliOptions, results: FileResult[], io: CliIo): string {
  switch (options.format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, io.cwd);
    case 'stylish': {
      const color = !options.outputFile && io.stdout.isTTY === true && !io.env.NO_COLOR;
      return formatStylish(results, color ? ANSI : PLAIN);
    }
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
