import type { ExtractContext } from './extractors/context';
import { extractDockerfile } from './extractors/dockerfile';
import { extractHttp } from './extractors/http';
import { extractJavaScriptDocument } from './extractors/javascript';
import { extractManifest } from './extractors/manifest';
import { extractMarkdown } from './extractors/markdown';
import { extractGo } from './extractors/go';
import { extractPhp } from './extractors/php';
import { extractRuby } from './extractors/ruby';
import { extractRust } from './extractors/rust';
import { extractPython } from './extractors/python';
import { extractShell } from './extractors/shell';
import { extractDotenv, extractText } from './extractors/text';
import { extractYaml } from './extractors/yaml';
import type { ParseMemory } from './js/incremental';
import { LineIndex } from './lines';
import { redact } from './mask';
import { RULES } from './rules';
import { type GrammarName, isGrammarReady, prepareGrammar, releaseTrees } from './treesitter/runtime';
import type { Extraction, FileFacts, Finding, LanguageKind, LintOptions, RuleId, RuleSeverity, Severity } from './types';
import { DEFAULT_OPTIONS } from './types';
import { mentionsUnkey } from './unkeyUrl';

export interface LintResult {
  language: LanguageKind | undefined;
  findings: Finding[];
  /** What the extractor saw (request sites and key literals), for hovers. Empty when the text was not parsed. */
  extraction: Extraction;
  /** False when the cheap pre-check found nothing Unkey-related and no parser ran. */
  parsed: boolean;
  /**
   * Why part of the file was not analysed (`nesting too deep`), when it was not: findings elsewhere are
   * still reported. Front ends say so with `partialAnalysisMessage`.
   */
  partial?: string;
}

/** What front ends show for a file read only in part (CLI: stderr; editor: log and a line-1 diagnostic). */
export function partialAnalysisMessage(reason: string): string {
  return `This file could not be fully analysed: ${reason}. Problems in that part are not reported; the rest of the file was checked.`;
}

const EMPTY: Extraction = Object.freeze({ sites: [], keys: [], errors: [] }) as unknown as Extraction;

/** File extensions the engine reads (the pre-commit hook's `files` pattern is checked against this list). */
export const EXTENSIONS: Record<string, LanguageKind> = {
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript',
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'typescript',
  '.sh': 'shell', '.bash': 'shell', '.zsh': 'shell',
  '.ps1': 'powershell', '.psm1': 'powershell',
  '.cmd': 'cmd', '.bat': 'cmd',
  '.md': 'markdown', '.mdx': 'markdown', '.markdown': 'markdown',
  '.http': 'http', '.rest': 'http',
  '.yml': 'yaml', '.yaml': 'yaml',
  '.py': 'python', '.pyw': 'python', '.pyi': 'python',
  '.go': 'go',
  '.rs': 'rust',
  '.php': 'php',
  '.rb': 'ruby', '.rake': 'ruby',
};

/** Binary formats: never read as text (the walker does not even open them). */
const BINARY = /\.(?:png|jpe?g|gif|webp|avif|ico|icns|bmp|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|zst|7z|rar|tar|jar|war|class|wasm|so|dylib|dll|exe|bin|o|a|lib|node|pyc|woff2?|ttf|otf|eot|mp[34]|m4a|mov|avi|mkv|webm|wav|ogg|flac|sqlite3?|db|parquet|vsix)$/i;

/** `.env`, `.env.local`, `prod.env`, `.envrc`: dotenv files. */
const DOTENV = /^(?:\.env(?:\..*)?|.+\.env|\.envrc)$/i;

/** VS Code language ids the engine reads. */
const LANGUAGE_IDS: Record<string, LanguageKind> = {
  javascript: 'javascript', javascriptreact: 'javascript',
  typescript: 'typescript', typescriptreact: 'typescript',
  shellscript: 'shell', powershell: 'powershell', bat: 'cmd',
  markdown: 'markdown', mdx: 'markdown',
  http: 'http', yaml: 'yaml', 'github-actions-workflow': 'yaml', dockerfile: 'dockerfile',
  python: 'python', go: 'go', rust: 'rust', php: 'php', ruby: 'ruby',
  dotenv: 'dotenv',
  plaintext: 'text', json: 'text', jsonc: 'text', jsonl: 'text', terraform: 'text', 'terraform-vars': 'text', hcl: 'text',
  toml: 'text', ini: 'text', properties: 'text', xml: 'text',
};

/** Picks the extractor from a VS Code language id, the file name, or a shell shebang. */
export function detectLanguage(fileName: string, text: string, languageId?: string): LanguageKind | undefined {
  // A plain-text language id (json, plaintext, …) does not hide what the name says (`.env` as "properties").
  if (languageId && LANGUAGE_IDS[languageId] && LANGUAGE_IDS[languageId] !== 'text') return LANGUAGE_IDS[languageId];
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? '';
  if (/^(?:Dockerfile|Containerfile)(?:\..*)?$/i.test(base) || /\.dockerfile$/i.test(base)) return 'dockerfile';
  // Only package.json among JSON files: its dependencies on the Unkey SDKs.
  if (base === 'package.json' && (!languageId || languageId === 'json' || languageId === 'jsonc')) return 'manifest';
  if (DOTENV.test(base)) return 'dotenv';
  const dot = base.lastIndexOf('.');
  if (dot > 0) {
    const kind = EXTENSIONS[base.slice(dot).toLowerCase()];
    if (kind) return kind;
  }
  const shebang = /^(?:\uFEFF)?#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
  if (shebang) {
    const program = (shebang[1].endsWith('/env') ? shebang[2] : shebang[1])?.split('/').pop() ?? '';
    if (/^(?:sh|bash|zsh|dash|ksh)$/.test(program)) return 'shell';
    if (/^pwsh$/.test(program)) return 'powershell';
    if (/^python[\d.]*$/.test(program)) return 'python';
    if (/^ruby[\d.]*$/.test(program)) return 'ruby';
    if (/^(?:node|deno|bun|tsx|ts-node)$/.test(program)) return /^(?:deno|bun|tsx|ts-node)$/.test(program) ? 'typescript' : 'javascript';
  }
  // Any other file is read for key literals only (binary content is the front ends' to skip).
  return BINARY.test(base) ? undefined : 'text';
}

export function resolveOptions(options?: Partial<LintOptions>): LintOptions {
  return {
    hosts: options?.hosts?.length ? options.hosts.map((h) => h.toLowerCase()) : DEFAULT_OPTIONS.hosts,
    envVarName: options?.envVarName || DEFAULT_OPTIONS.envVarName,
    rules: { ...options?.rules },
    ...(options?.project ? { project: options.project } : {}),
  };
}

/** Runs the extractor for `language` over the whole text. */
export function extract(text: string, language: LanguageKind, context: ExtractContext, parseMemory?: ParseMemory): Extraction {
  switch (language) {
    case 'javascript':
    case 'typescript':
      return extractJavaScriptDocument(text, context, parseMemory);
    case 'shell':
    case 'powershell':
    case 'cmd':
      return extractShell(text, context);
    case 'markdown':
      return extractMarkdown(text, context);
    case 'http':
      return extractHttp(text, context);
    case 'yaml':
      return extractYaml(text, context);
    case 'dockerfile':
      return extractDockerfile(text, context);
    case 'python':
      return extractPython(text, context);
    case 'go':
      return extractGo(text, context);
    case 'rust':
      return extractRust(text, context);
    case 'php':
      return extractPhp(text, context);
    case 'ruby':
      return extractRuby(text, context);
    case 'manifest':
      return extractManifest(text, context);
    case 'dotenv':
      return extractDotenv(text);
    case 'text':
      return extractText(text);
  }
}

/** The tree-sitter grammar each language kind is read with. */
const GRAMMAR_OF: Partial<Record<LanguageKind, GrammarName>> = { python: 'python', go: 'go', rust: 'rust', php: 'php', ruby: 'ruby' };

/** Markdown fence info strings naming a tree-sitter language. */
const FENCE_GRAMMARS: Record<string, GrammarName> = { py: 'python', python: 'python', python3: 'python', go: 'go', golang: 'go', rs: 'rust', rust: 'rust', php: 'php', rb: 'ruby', ruby: 'ruby' };

/**
 * The grammars `lint` needs for this text that are not loaded yet: its own language's, or those of
 * the fenced blocks of a Markdown file. Empty for JS/TS, shell and the other hand-written extractors,
 * and for any text that does not mention Unkey.
 */
export function missingGrammars(text: string, fileName: string, options?: Partial<LintOptions>, languageId?: string): GrammarName[] {
  const language = detectLanguage(fileName, text, languageId);
  if (!language || !mentionsUnkey(text, resolveOptions(options).hosts)) return [];
  const needed = new Set<GrammarName>();
  const own = GRAMMAR_OF[language];
  if (own) needed.add(own);
  if (language === 'markdown') {
    for (const match of text.matchAll(/^[ \t>]*(?:```+|~~~+)[ \t]*\{?[ \t]*\.?([\w+-]+)/gm)) {
      const grammar = FENCE_GRAMMARS[match[1].toLowerCase()];
      if (grammar) needed.add(grammar);
    }
  }
  return [...needed].filter((grammar) => !isGrammarReady(grammar));
}

/**
 * Loads what `lint` needs to read this text (a tree-sitter grammar, the first time a file of its
 * language is seen). `lint` stays synchronous: front ends await this first. Cheap when nothing is missing.
 */
export async function prepareLint(text: string, fileName: string, options?: Partial<LintOptions>, languageId?: string): Promise<void> {
  await Promise.all(missingGrammars(text, fileName, options, languageId).map((grammar) => prepareGrammar(grammar)));
}

/** `prepareLint` then `lint`. */
export async function lintAsync(text: string, fileName: string, options?: Partial<LintOptions>, languageId?: string, facts?: FileFacts): Promise<LintResult> {
  await prepareLint(text, fileName, options, languageId);
  return lint(text, fileName, options, languageId, facts);
}

/**
 * Lints one text. `fileName` picks the extractor (with `languageId`, a VS Code language id, first).
 * Offsets in the result are 0-based UTF-16 offsets into `text`; a BOM, if the caller left one in, counts.
 */
export function lint(text: string, fileName: string, options?: Partial<LintOptions>, languageId?: string, facts: FileFacts = {}): LintResult {
  const resolved = resolveOptions(options);
  const language = detectLanguage(fileName, text, languageId);
  if (!language || !mentionsUnkey(text, resolved.hosts)) return { language, findings: [], extraction: EMPTY, parsed: false };

  const extraction = extract(text, language, { options: resolved, language, fileName }, options?.parseMemory);
  const findings: Finding[] = [];
  // Many calls to one endpoint get the same message and fix text: one string for all of them, not one
  // each (a generated file with 100,000 calls otherwise holds tens of MB of copies).
  const messages = new Map<string, string>();
  const shared = (message: string) => {
    const known = messages.get(message);
    if (known !== undefined) return known;
    messages.set(message, message);
    return message;
  };
  try {
    for (const rule of RULES) {
      const severity = effectiveSeverity(rule.id, rule.defaultSeverity, resolved.rules);
      if (severity === 'off') continue;
      const configured = resolved.rules[rule.id] !== undefined;
      rule.check(extraction, {
        options: resolved,
        text,
        fileName,
        language,
        facts,
        // Messages quote URLs and header values: no key may reach any output through them.
        // A rule may raise one finding's level (a committed key); a level the user set wins.
        report: ({ severity: raised, ...finding }) =>
          findings.push({
            ruleId: rule.id,
            severity: raised && !configured ? raised : severity,
            ...finding,
            message: shared(redact(finding.message)),
            ...(finding.fix && { fix: { ...finding.fix, text: shared(finding.fix.text) } }),
            ...(finding.suggestions && { suggestions: finding.suggestions.map((s) => ({ ...s, desc: shared(redact(s.desc)), fix: { ...s.fix, text: shared(s.fix.text) } })) }),
          }),
      });
    }
  } finally {
    // Fix builders of tree-sitter extractors read their tree; it is freed once the rules ran.
    releaseTrees();
  }
  const directives = parseDirectives(text);
  const lines = directives.lines.size ? new LineIndex(text, 'lf') : undefined;
  const kept = findings.filter((f) => !isDisabled(f, directives, lines));
  kept.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
  return { language, findings: dedupe(kept), extraction, parsed: true, ...(extraction.tooDeep && { partial: 'nesting too deep' }) };
}

function effectiveSeverity(id: RuleId, fallback: Severity, overrides: LintOptions['rules']): RuleSeverity {
  return overrides[id] ?? fallback;
}

/** The same rule at the same range once (an embedded block can surface a site twice). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}:${f.range[0]}:${f.range[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- Disable comments -------------------------------------------------------------------------
// Recognised in any comment syntax, so one scanner serves every format:
//   unkey-lint-disable-next-line [rule, ...]   the next line
//   unkey-lint-disable-line [rule, ...]        this line
//   unkey-lint-disable [rule, ...]             the whole file
// With no rule list, every rule is disabled.

interface Directives {
  file: Set<string> | 'all' | undefined;
  lines: Map<number, Set<string> | 'all'>;
}

const DIRECTIVE = /unkey-lint-disable(-next-line|-line)?\b([ \t]+[a-z][a-z, \t-]*)?/g;

export function parseDirectives(text: string): Directives {
  const directives: Directives = { file: undefined, lines: new Map() };
  if (!text.includes('unkey-lint-disable')) return directives;
  // Lines end at '\n' only, as disableComment.ts counts them when it inserts a directive.
  let lines: LineIndex | undefined;
  for (const match of text.matchAll(DIRECTIVE)) {
    const rules = parseRuleList(match[2]);
    const line = (lines ??= new LineIndex(text, 'lf')).lineAt(match.index);
    if (match[1] === undefined) directives.file = mergeRules(directives.file, rules);
    else {
      const target = match[1] === '-next-line' ? line + 1 : line;
      directives.lines.set(target, mergeRules(directives.lines.get(target), rules));
    }
  }
  return directives;
}

function parseRuleList(list: string | undefined): Set<string> | 'all' {
  const ids = (list ?? '').split(/[\s,]+/).filter((id) => /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(id));
  return ids.length ? new Set(ids) : 'all';
}

function mergeRules(a: Set<string> | 'all' | undefined, b: Set<string> | 'all'): Set<string> | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return a ? new Set([...a, ...b]) : b;
}

function isDisabled(finding: Finding, directives: Directives, lines: LineIndex | undefined): boolean {
  const hit = (set: Set<string> | 'all' | undefined) => set === 'all' || (set?.has(finding.ruleId) ?? false);
  if (hit(directives.file)) return true;
  return lines !== undefined && hit(directives.lines.get(lines.lineAt(finding.range[0])));
}
