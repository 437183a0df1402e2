// First: the time the bundle started loading (see loadStart.ts).
import { loadStarted } from './loadStart';
import * as vscode from 'vscode';
import { RULES_BY_ID } from '../core/rules';
import type { FileEdit, TextEdit } from '../core/types';
import { CodeActionProvider, SHOW_RULE_DOCS_COMMAND } from './codeActions';
import { READ_SELECTOR } from './config';
import { DocumentLinter, type Publication } from './diagnostics';
import { APPLY_SUGGESTION_COMMAND, applySuggestion } from './fileEdits';
import { HoverProvider } from './hover';
import { registerKeyTester } from './keyTester';
import { LINT_WORKSPACE_COMMAND, lintWorkspace } from './lintWorkspace';
import { createLog } from './log';
import { affectsLintSettings } from './settings';
import { warmParserSoon } from './warm';

/** When the bundle's modules had all run (this one runs last): loading ends here. */
const loaded = performance.now();

/** What activate() returns (`vscode.extensions.getExtension(id).exports`): figures for the benchmark and tests. */
export interface UnkeyLintApi {
  /**
   * Milliseconds of our own work to activate: running the bundle's modules (codeLoadingMs) plus the
   * activate() call. Not counted: V8 compiling the script before it runs, and VS Code's own wait between
   * loading the code and calling activate() (it prepares the extension context meanwhile).
   */
  readonly activationMs: number;
  readonly codeLoadingMs: number;
  /**
   * Fires right after the extension set a document's diagnostics. VS Code's own onDidChangeDiagnostics
   * reaches other extensions only after a 50 ms debounce of its own; this is the moment the editor gets them.
   */
  readonly onDidPublish: vscode.Event<Publication>;
}

/** Registers listeners, providers and commands only; documents are linted after activation returns. */
export function activate(context: vscode.ExtensionContext): UnkeyLintApi {
  const called = performance.now();
  const codeLoadingMs = loaded - loadStarted;
  const log = createLog(context);
  const linter = new DocumentLinter(log);

  context.subscriptions.push(
    linter,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsLintSettings(event)) linter.relintAll();
    }),
    vscode.languages.registerCodeActionsProvider(READ_SELECTOR, new CodeActionProvider(linter), CodeActionProvider.metadata),
    vscode.languages.registerHoverProvider(READ_SELECTOR, new HoverProvider(linter)),
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () => lintWorkspace(linter, log)),
    vscode.commands.registerCommand(APPLY_SUGGESTION_COMMAND, (uri: vscode.Uri, version: number, edit: TextEdit, files: FileEdit[]) => applySuggestion(uri, version, edit, files)),
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, (ruleId: unknown) => {
      if (typeof ruleId !== 'string' || !RULES_BY_ID.has(ruleId)) return false;
      // The page shipped in the extension (docs/rules, generated from the README), offline.
      return vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${ruleId}.md`));
    }),
  );
  registerKeyTester(context, log);

  // The documents already open when the extension woke up (the one that activated it, at least).
  const initial = setTimeout(() => linter.relintAll('open'), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) }, warmParserSoon());
  const activationMs = codeLoadingMs + (performance.now() - called);
  log.trace(`Activated in ${activationMs.toFixed(1)} ms (loading the code ${codeLoadingMs.toFixed(1)} ms).`);
  return { activationMs, codeLoadingMs, onDidPublish: linter.onDidPublish };
}

export function deactivate(): void {}
