// The engine half of the extension, bundled apart as dist/extension-engine.js: the linter, its providers,
// the key tester and the parser warm-up. The entry (index.ts) loads it right after activate() returns,
// or at once when a command runs first, so activation does not pay for compiling and running the core.
import * as vscode from 'vscode';
import { RULES_BY_ID } from '../core/rules';
import type { FileEdit, TextEdit } from '../core/types';
import { CodeActionProvider, SHOW_RULE_DOCS_COMMAND } from './codeActions';
import type { CommandHandler, CommandId } from './commandIds';
import { READ_SELECTOR } from './config';
import { DocumentLinter, type Publication } from './diagnostics';
import { APPLY_SUGGESTION_COMMAND, applySuggestion } from './fileEdits';
import { HoverProvider } from './hover';
import { startKeyTester } from './keyTester';
import { LINT_WORKSPACE_COMMAND, lintWorkspace } from './lintWorkspace';
import { createLog } from './log';
import { affectsLintSettings } from './settings';
import { warmParserSoon } from './warm';

export interface Engine {
  /** What runs each command the entry registered. */
  readonly commands: Record<CommandId, CommandHandler>;
}

/** The entry's figures, for the log line (milliseconds; `activatedAt` on the performance.now() clock). */
export interface Activation {
  activationMs: number;
  codeLoadingMs: number;
  activatedAt: number;
  /** Requiring this bundle: V8's compile and running its modules. */
  engineCodeMs: number;
}

/**
 * Starts the linter and the key tester, whose publications go to `published` (the entry's emitter, which
 * activate() already returned in its exports). Documents opened, changed or saved before this ran are
 * not lost: the first relintAll, right after, lints every open document as it is now, with the settings
 * as they are now.
 */
export function startEngine(context: vscode.ExtensionContext, published: vscode.EventEmitter<Publication>, activation: Activation): Engine {
  const started = performance.now();
  const log = createLog(context);
  const linter = new DocumentLinter(log);

  context.subscriptions.push(
    linter,
    linter.onDidPublish((publication) => published.fire(publication)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsLintSettings(event)) linter.relintAll();
    }),
    vscode.languages.registerCodeActionsProvider(READ_SELECTOR, new CodeActionProvider(linter, log), CodeActionProvider.metadata),
    vscode.languages.registerHoverProvider(READ_SELECTOR, new HoverProvider(linter)),
  );
  const keyTester = startKeyTester(context, log);

  // The documents already open (the one that activated the extension, at least).
  const initial = setTimeout(() => linter.relintAll('open'), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) }, warmParserSoon());
  const ms = (value: number) => value.toFixed(1);
  log.trace(
    `Activated in ${ms(activation.activationMs)} ms (loading the code ${ms(activation.codeLoadingMs)} ms); the engine, ` +
      `${ms(started - activation.engineCodeMs - activation.activatedAt)} ms later, loaded in ${ms(activation.engineCodeMs)} ms and started in ${ms(performance.now() - started)} ms.`,
  );
  return {
    commands: {
      ...keyTester,
      [LINT_WORKSPACE_COMMAND]: () => lintWorkspace(linter, log),
      [APPLY_SUGGESTION_COMMAND]: (uri: unknown, version: unknown, edit: unknown, files: unknown) =>
        applySuggestion(uri as vscode.Uri, version as number, edit as TextEdit, files as FileEdit[]),
      [SHOW_RULE_DOCS_COMMAND]: (ruleId: unknown) => {
        if (typeof ruleId !== 'string' || !RULES_BY_ID.has(ruleId)) return false;
        // The page shipped in the extension (docs/rules, generated from the README), offline.
        return vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`));
      },
    },
  };
}
