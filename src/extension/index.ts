import * as vscode from 'vscode';
import { RULES_BY_ID } from '../core/rules';
import type { FileEdit, TextEdit } from '../core/types';
import { CodeActionProvider, SHOW_RULE_DOCS_COMMAND } from './codeActions';
import { READ_SELECTOR } from './config';
import { DocumentLinter } from './diagnostics';
import { APPLY_SUGGESTION_COMMAND, applySuggestion } from './fileEdits';
import { HoverProvider } from './hover';
import { registerKeyTester } from './keyTester';
import { LINT_WORKSPACE_COMMAND, lintWorkspace } from './lintWorkspace';
import { createLog } from './log';
import { affectsLintSettings } from './settings';
import { warmParserSoon } from './warm';

/** Registers listeners, providers and commands only; documents are linted after activation returns. */
export function activate(context: vscode.ExtensionContext): void {
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
  const initial = setTimeout(() => linter.relintAll(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(initial) }, warmParserSoon());
}

export function deactivate(): void {}
