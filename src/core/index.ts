// The engine's public API, shared by the CLI and the extension. No `vscode` import below src/core.
export { applyEdits, applyFixes, fixUntilStable, type FixResult, type StableFix } from './fix';
export { dominantEol, LineIndex, withEol, type LineBreaks, type LineColumn } from './lines';
export { detectLanguage, lint, lintAsync, missingGrammars, partialAnalysisMessage, prepareLint, resolveOptions, type LintResult } from './lint';
export { RULES, RULES_BY_ID, type Rule } from './rules';
export { ruleDocsUrl } from './rules/rule';
export * from './types';
export { classifyUrl, mentionsUnkey, unkeyNeedles, type UnkeyTarget } from './unkeyUrl';
export { holdsKey, maskKey, redact } from './mask';
export { planFileEdits, type FileEditPlan, type FileHost, type PlannedWrite } from './fileEdits';
export { gitFacts, nodeFileHost, writePlannedFiles } from './gitHost';
