import type { Extraction, FileFacts, Finding, LanguageKind, LintOptions, RuleId, Severity } from '../types';

/** Where each rule's documentation lives: its section of the README at the repository URL. */
export const DOCS_BASE_URL = 'https://github.com/unkey-lint/unkey-lint#';

export function ruleDocsUrl(id: RuleId): string {
  return DOCS_BASE_URL + id;
}

export interface RuleContext {
  options: LintOptions;
  text: string;
  fileName: string;
  language: LanguageKind;
  /** What the front end knows about the file (git status). */
  facts: FileFacts;
  /** `severity` raises this finding above the rule's default, unless the user set the rule's level. */
  report(finding: Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity }): void;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One sentence, for docs, SARIF and the settings UI. */
  description: string;
  docsUrl: string;
  /** Has an automatic fix (safe on save). */
  fixable: boolean;
  /** Offers suggestions (never applied automatically). */
  hasSuggestions: boolean;
  /**
   * The languages whose extractors can produce this rule's findings; absent means every language.
   * Front ends for one language (the ESLint plugin) offer only the rules that apply there.
   */
  languages?: readonly LanguageKind[];
  check(extraction: Extraction, context: RuleContext): void;
}

export function defineRule(rule: Omit<Rule, 'docsUrl'>): Rule {
  return { ...rule, docsUrl: ruleDocsUrl(rule.id) };
}
