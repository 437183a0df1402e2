// `unkey-lint/eslint-plugin`: the core's rules as ESLint rules. Each rule translates the shared
// analysis's findings into ESLint reports (locations, fixes, suggestions) and does nothing else.
import { RULES, withEol, dominantEol, type Rule as CoreRule, type Severity, type TextEdit } from '../core';
import { name, version } from '../../package.json';
import { sharedAnalysis, type PluginOptions } from './analysis';

// Structural types for the part of ESLint's API the plugin uses, so it needs no `eslint` types at run
// time and works with ESLint 9, 10 and oxlint's JS plugins alike.
interface Position {
  line: number;
  column: number;
}
interface Fixer {
  replaceTextRange(range: [number, number], text: string): unknown;
}
interface SourceCode {
  text: string;
  getLocFromIndex(index: number): Position;
}
interface RuleContext {
  options: unknown[];
  sourceCode?: SourceCode;
  filename?: string;
  physicalFilename?: string;
  getSourceCode?(): SourceCode;
  getFilename?(): string;
  report(descriptor: {
    loc: { start: Position; end: Position };
    message: string;
    fix?: (fixer: Fixer) => unknown;
    suggest?: { desc: string; fix: (fixer: Fixer) => unknown }[];
  }): void;
}
export interface EslintRule {
  meta: {
    type: 'problem';
    docs: { description: string; url: string; recommended: boolean };
    fixable?: 'code';
    hasSuggestions?: boolean;
    schema: unknown[];
    defaultOptions: [PluginOptions];
  };
  create(context: RuleContext): Record<string, () => void>;
}

const OPTIONS_SCHEMA = [
  {
    type: 'object',
    properties: {
      envVarName: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'Environment variable that holds the root key; fixes write references to it.' },
      hosts: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Host names that are the Unkey API (replaces api.unkey.com, api.unkey.dev).' },
    },
    additionalProperties: false,
  },
];

/** The rules that can fire in JS/TS (curl inside strings included). */
const JS_RULES = RULES.filter((rule) => !rule.languages || rule.languages.includes('javascript') || rule.languages.includes('typescript'));

function toEslintRule(rule: CoreRule): EslintRule {
  return {
    meta: {
      type: 'problem',
      docs: { description: rule.description, url: rule.docsUrl, recommended: true },
      ...(rule.fixable && { fixable: 'code' as const }),
      ...(rule.hasSuggestions && { hasSuggestions: true }),
      schema: OPTIONS_SCHEMA,
      defaultOptions: [{}],
    },
    create(context) {
      return {
        Program() {
          const sourceCode = context.sourceCode ?? context.getSourceCode!();
          const filename = context.physicalFilename ?? context.filename ?? context.getFilename?.() ?? '<input>';
          const result = sharedAnalysis(sourceCode, filename, (context.options[0] ?? {}) as PluginOptions);
          if (!result) return;
          const eol = dominantEol(sourceCode.text);
          const edit = (change: TextEdit) => (fixer: Fixer) => {
            const { range, text } = withEol(change, eol);
            return fixer.replaceTextRange([range[0], range[1]], text);
          };
          for (const finding of result.findings) {
            if (finding.ruleId !== rule.id) continue;
            context.report({
              loc: { start: sourceCode.getLocFromIndex(finding.range[0]), end: sourceCode.getLocFromIndex(finding.range[1]) },
              message: finding.message,
              ...(finding.fix && { fix: edit(finding.fix) }),
              ...(finding.suggestions?.length && { suggest: finding.suggestions.map((s) => ({ desc: s.desc, fix: edit(s.fix) })) }),
            });
          }
        },
      };
    },
  };
}

const LEVELS: Record<Severity, 'error' | 'warn'> = { error: 'error', warning: 'warn', info: 'warn', hint: 'warn' };

const rules: Record<string, EslintRule> = Object.fromEntries(JS_RULES.map((rule) => [rule.id, toEslintRule(rule)]));

interface Plugin {
  meta: { name: string; version: string };
  rules: Record<string, EslintRule>;
  configs: { recommended: { name: string; files: string[]; plugins: { unkey: Plugin }; rules: Record<string, 'error' | 'warn'> } };
}

const plugin: Plugin = {
  meta: { name: `${name}/eslint-plugin`, version },
  rules,
  configs: undefined as unknown as Plugin['configs'],
};
plugin.configs = {
  recommended: {
    name: 'unkey/recommended',
    // The files the rules read; ESLint needs a parser for TypeScript (typescript-eslint's) as usual.
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    plugins: { unkey: plugin },
    rules: Object.fromEntries(JS_RULES.map((rule) => [`unkey/${rule.id}`, LEVELS[rule.defaultSeverity]])),
  },
};

export default plugin;
