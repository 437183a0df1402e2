/**
 * Every command the extension registers: those of package.json `contributes.commands` and the internal
 * one its code actions run. The entry bundle registers them all at activation, before the engine is
 * loaded (index.ts), so this module imports nothing.
 */
export const COMMAND_IDS = [
  'unkeyLint.lintWorkspace',
  'unkeyLint.showRuleDocs',
  'unkeyLint.testRootKey',
  'unkeyLint.verifyApiKey',
  'unkeyLint.setRootKey',
  'unkeyLint.clearRootKey',
  'unkeyLint.cancelKeyTest',
  'unkeyLint.applySuggestion',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** What runs each command, given by the engine (engine.ts); arguments come from callers, unchecked. */
export type CommandHandler = (...args: unknown[]) => unknown;
