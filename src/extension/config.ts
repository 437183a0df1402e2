// The typed mirror of the `unkeyLint.*` settings: defaults and normalisation, with no `vscode` import
// so it can be unit-tested. settings.ts reads the values through the VS Code API.
import { RULES } from '../core/rules';
import type { LintOptions, ProjectFiles, RuleId, RuleSeverity } from '../core/types';
import { DEFAULT_OPTIONS } from '../core/types';

export interface Settings {
  enable: boolean;
  hosts: string[];
  envVarName: string;
  /** Only the rules the user set, with valid levels. */
  rules: Partial<Record<RuleId, RuleSeverity>>;
  /** VS Code language ids to lint. */
  languages: string[];
  /** Bytes (UTF-16 code units for open documents); larger files are skipped. */
  maxFileSize: number;
}

/** The VS Code language ids the engine reads (its detectLanguage knows each one). */
export const READ_LANGUAGE_IDS: readonly string[] = [
  'typescript', 'javascript', 'typescriptreact', 'javascriptreact',
  'shellscript', 'powershell', 'bat',
  'markdown', 'mdx', 'http', 'dockerfile', 'yaml', 'github-actions-workflow',
  'python', 'go', 'rust', 'php', 'ruby',
  // Read for root keys only (and dotenv for browser-exposed variables).
  'dotenv', 'terraform', 'json', 'jsonc', 'toml', 'properties', 'ini', 'plaintext',
];

// Untitled buffers are read too; other schemes (git, output, notebook cells) are not.
export const READ_SCHEMES: readonly string[] = ['file', 'untitled'];

/** The documents the linter's and key tester's providers serve (a vscode.DocumentSelector). */
export const READ_SELECTOR: ReadonlyArray<{ language: string; scheme: string }> = READ_LANGUAGE_IDS.flatMap((language) =>
  READ_SCHEMES.map((scheme) => ({ language, scheme })),
);

export const SEVERITY_LEVELS: readonly RuleSeverity[] = ['off', 'hint', 'info', 'warning', 'error'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  hosts: [...DEFAULT_OPTIONS.hosts],
  envVarName: DEFAULT_OPTIONS.envVarName,
  rules: {},
  languages: [...READ_LANGUAGE_IDS],
  maxFileSize: 1024 * 1024,
});

const RULE_IDS = new Set<string>(RULES.map((rule) => rule.id));
// Spellings people carry over from ESLint and VS Code.
const SEVERITY_ALIASES: Record<string, RuleSeverity> = { warn: 'warning', information: 'info', none: 'off' };

/** Turns raw setting values (anything a settings.json may hold) into valid settings. */
export function normalizeSettings(get: (key: keyof Settings) => unknown): Settings {
  return {
    enable: typeof get('enable') === 'boolean' ? (get('enable') as boolean) : DEFAULT_SETTINGS.enable,
    hosts: normalizeHosts(get('hosts')),
    envVarName: normalizeEnvVarName(get('envVarName')),
    rules: normalizeRules(get('rules')),
    languages: Array.isArray(get('languages')) ? stringsOf(get('languages')) : [...DEFAULT_SETTINGS.languages],
    maxFileSize: normalizeSize(get('maxFileSize')),
  };
}

export function toLintOptions(settings: Settings, project?: ProjectFiles): LintOptions {
  return { hosts: settings.hosts, envVarName: settings.envVarName, rules: settings.rules, ...(project ? { project } : {}) };
}

function stringsOf(value: unknown): string[] {
  return (value as unknown[]).filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean);
}

/** Accepts `api.unkey.com`, `https://api.unkey.com/`, `API.UNKEY.COM:443`; keeps only host names. */
function normalizeHosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.hosts];
  const hosts = stringsOf(value)
    .map((entry) => entry.toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, ''))
    .filter((host) => /^[a-z0-9.-]+$/.test(host));
  return hosts.length ? [...new Set(hosts)] : [...DEFAULT_SETTINGS.hosts];
}

function normalizeEnvVarName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim().replace(/^\$/, '') : '';
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : DEFAULT_SETTINGS.envVarName;
}

function normalizeRules(value: unknown): Partial<Record<RuleId, RuleSeverity>> {
  const rules: Partial<Record<RuleId, RuleSeverity>> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return rules;
  for (const [id, level] of Object.entries(value)) {
    if (!RULE_IDS.has(id) || typeof level !== 'string') continue;
    const normalized = level.trim().toLowerCase();
    const severity = SEVERITY_LEVELS.includes(normalized as RuleSeverity) ? (normalized as RuleSeverity) : SEVERITY_ALIASES[normalized];
    if (severity) rules[id as RuleId] = severity;
  }
  return rules;
}

function normalizeSize(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_SETTINGS.maxFileSize;
}

/** The longest wait after a change before linting (a pause in typing). */
export const DEBOUNCE_MS = 150;

/**
 * The wait after a change, from how long the document's last lint took: a lint that costs a few
 * milliseconds runs after about that long (the squiggles follow the typing), one that costs 150 ms or
 * more waits the full pause, so a big file is not linted on every keystroke. Never linted: the full pause.
 */
export function debounceMs(lastLintMs: number | undefined): number {
  return lastLintMs === undefined ? DEBOUNCE_MS : Math.min(DEBOUNCE_MS, Math.ceil(lastLintMs));
}
