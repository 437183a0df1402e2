import { parseArgs } from 'node:util';
import { RULES_BY_ID, type LintOptions, type RuleId, type RuleSeverity } from '../core';
import { MAX_FILE_BYTES } from './limits';

/** Bad usage: reported as one line on stderr with exit code 2. */
export class UsageError extends Error {}

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  paths: string[];
  format: Format;
  fix: boolean;
  fixDryRun: boolean;
  quiet: boolean;
  /** -1 when not set (ESLint's default). */
  maxWarnings: number;
  outputFile: string | undefined;
  /** Bytes; larger files that mention Unkey are skipped. */
  maxFileSize: number;
  /** List each skipped file on stderr instead of one summary line. */
  verbose: boolean;
  /** Walk every folder (node_modules, dist, ...) and ignore .gitignore files. */
  noIgnore: boolean;
  lint: Partial<LintOptions>;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: unkey-lint [options] [paths...]

Finds authentication mistakes in code that calls the Unkey API. Paths are files or
directories (default: the current directory); directories are walked respecting
.gitignore and skipping node_modules, .git, dist, build, out and coverage. Files
skipped while walking (too large, binary, unreadable) are not problems: one line on
stderr counts them, and --verbose lists them.

Options:
  -f, --format <name>       Report format: stylish (default), json (ESLint's shape), sarif (2.1.0),
                            github (GitHub Actions annotations)
      --fix                 Apply safe fixes to the files, then report what is left
      --fix-dry-run         Compute fixes and report what would be left, without writing
      --rule <id>=<level>   Set a rule's level: off, warn, error, info or hint (repeatable)
      --env-var <NAME>      Environment variable that fixes read the root key from (default UNKEY_ROOT_KEY)
      --host <name>         Host that is the Unkey API (repeatable; replaces api.unkey.com, api.unkey.dev)
      --max-warnings <n>    Exit with code 1 when there are more than n warnings
      --quiet               Report errors only (warning-level rules do not run)
      --max-file-size <n>   Skip files larger than n bytes that mention Unkey (default 8M; K and M suffixes)
      --no-ignore           Walk every folder, node_modules and build output included, and ignore .gitignore
      --verbose             List each skipped file on stderr
  -o, --output-file <path>  Write the report to a file instead of stdout
  -h, --help                Show this help
  -v, --version             Show the version

Rules: ${[...RULES_BY_ID.keys()].join(', ')}

Exit codes: 0 no errors, 1 errors found or too many warnings, 2 bad usage or internal error.
`;

const LEVELS: Record<string, RuleSeverity> = {
  off: 'off', '0': 'off',
  warn: 'warning', warning: 'warning', '1': 'warning',
  error: 'error', '2': 'error',
  info: 'info', hint: 'hint',
};

/** Parses the command line; throws UsageError on anything malformed. */
export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        'env-var': { type: 'string' },
        host: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'max-file-size': { type: 'string' },
        'no-ignore': { type: 'boolean' },
        verbose: { type: 'boolean' },
        'output-file': { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${format}"; use one of: ${FORMATS.join(', ')}.`);
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together.');

  const lint: Partial<LintOptions> = { rules: parseRules(values.rule ?? []) };
  const envVar = values['env-var'];
  if (envVar !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(envVar)) throw new UsageError(`--env-var "${envVar}" is not a valid environment variable name.`);
    lint.envVarName = envVar;
  }
  if (values.host) {
    const hosts = values.host.map((h) => h.trim().toLowerCase());
    // URLs are matched on the host name alone (the port is dropped), so a port here could never match.
    const bad = hosts.find((h) => !/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/.test(h));
    if (bad !== undefined) throw new UsageError(`--host "${bad}" is not a host name (give it without scheme, port or path, e.g. api.unkey.com).`);
    lint.hosts = hosts;
  }

  let maxWarnings = -1;
  const max = values['max-warnings'];
  if (max !== undefined) {
    if (!/^-?\d+$/.test(max)) throw new UsageError(`--max-warnings expects an integer, not "${max}".`);
    maxWarnings = Number(max);
  }

  let maxFileSize = MAX_FILE_BYTES;
  const size = values['max-file-size'];
  if (size !== undefined) {
    const match = /^\s*(\d+)\s*([km]?)(?:i?b)?\s*$/i.exec(size);
    if (!match || Number(match[1]) === 0) throw new UsageError(`--max-file-size expects a positive number of bytes (e.g. 8M, 512K, 100000), not "${size}".`);
    maxFileSize = Number(match[1]) * ({ '': 1, k: 1024, m: 1024 * 1024 } as Record<string, number>)[match[2].toLowerCase()];
  }

  return {
    paths: positionals.length ? positionals : ['.'],
    format: format as Format,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    quiet: values.quiet ?? false,
    maxWarnings,
    outputFile: values['output-file'],
    maxFileSize,
    verbose: values.verbose ?? false,
    noIgnore: values['no-ignore'] ?? false,
    lint,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

function parseRules(specs: string[]): Partial<Record<RuleId, RuleSeverity>> {
  const rules: Partial<Record<RuleId, RuleSeverity>> = {};
  for (const spec of specs) {
    const match = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(spec);
    if (!match) throw new UsageError(`--rule expects <id>=<level>, e.g. --rule missing-authorization=warn; got "${spec}".`);
    const [, id, level] = match;
    if (!RULES_BY_ID.has(id)) throw new UsageError(`Unknown rule "${id}"; known rules: ${[...RULES_BY_ID.keys()].join(', ')}.`);
    const severity = LEVELS[level.toLowerCase()];
    if (!severity) throw new UsageError(`Unknown level "${level}" for rule ${id}; use off, warn, error, info or hint.`);
    rules[id as RuleId] = severity;
  }
  return rules;
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option ?? ''}; see --help.`.replace(' ;', ';');
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${option ? `Option ${option}` : 'An option'} is missing its value or takes none; see --help.`;
    default:
      return message.split('\n')[0];
  }
}
