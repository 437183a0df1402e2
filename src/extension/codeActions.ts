import * as vscode from 'vscode';
import { disableFileEdit, disableLineEdit } from '../core/disableComment';
import { applyFixes } from '../core/fix';
import type { Finding, RuleId, TextEdit } from '../core/types';
import { toLintOptions } from './config';
import { type DocumentLinter, type LintedDocument, SOURCE } from './diagnostics';
import { fixAllEdits, withEol } from './textEdits';

export const SHOW_RULE_DOCS_COMMAND = 'unkeyLint.showRuleDocs';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('unkeyLint');

const FIX_SUMMARY: Record<RuleId, string> = {
  'missing-authorization': 'add the Authorization header',
  'malformed-bearer': 'write the value as "Bearer <key>"',
  'unexpanded-env-var': 'let the variable expand',
  'hardcoded-root-key': 'read the key from the environment',
};

/** Quick fixes, disable comments and docs per diagnostic; fix-all for the file and for `source.fixAll.unkeyLint`. */
export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: DocumentLinter) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const linted = this.linter.lint(document);
    if (!linted) return [];
    const only = context.only;
    if (only && !only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(only)) {
      const fixAll = only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only) ? this.fixAll(document, linted, FIX_ALL_KIND, 'Fix all unkey-lint problems') : undefined;
      return fixAll ? [fixAll] : [];
    }

    const fixes: vscode.CodeAction[] = [];
    const others: vscode.CodeAction[] = [];
    const titles = new Set<string>();
    const add = (list: vscode.CodeAction[], action: vscode.CodeAction | undefined) => {
      if (action && !titles.has(action.title)) {
        titles.add(action.title);
        list.push(action);
      }
    };
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = matchFinding(linted, diagnostic);
      if (!finding) continue;
      const rule = finding.ruleId;
      if (finding.fix) add(fixes, this.editAction(document, `Fix: ${FIX_SUMMARY[rule]} (${rule})`, [finding.fix], diagnostic, true));
      for (const suggestion of finding.suggestions ?? []) add(fixes, this.editAction(document, `${suggestion.desc} (${rule})`, [suggestion.fix], diagnostic, false));
      const line = this.disableLine(document, linted, finding);
      if (line) add(others, this.editAction(document, `Disable ${rule} for this line`, [line], diagnostic, false));
      const file = this.disableFile(document, linted, rule);
      if (file) add(others, this.editAction(document, `Disable ${rule} for this file`, [file], diagnostic, false));
      const docs = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
      docs.command = { title: docs.title, command: SHOW_RULE_DOCS_COMMAND, arguments: [rule] };
      add(others, docs);
    }
    if (fixes.length + others.length > 0 && linted.result.findings.some((f) => f.fix)) {
      add(fixes, this.fixAll(document, linted, vscode.CodeActionKind.QuickFix, 'Fix all unkey-lint problems in this file'));
    }
    return [...fixes, ...others];
  }

  /** Every automatic fix of the file through the core's applyFixes, computed on the current version only. */
  private fixAll(document: vscode.TextDocument, linted: LintedDocument, kind: vscode.CodeActionKind, title: string): vscode.CodeAction | undefined {
    const version = document.version;
    const text = document.getText();
    const { output } = applyFixes(text, document.fileName, toLintOptions(linted.settings), document.languageId);
    const firstPass = linted.result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const edits = fixAllEdits(text, output, firstPass, eolOf(document));
    // The document changed while the fixes were computed: their offsets no longer hold.
    if (edits.length === 0 || document.version !== version) return undefined;
    const action = new vscode.CodeAction(title, kind);
    action.edit = toWorkspaceEdit(document, edits);
    return action;
  }

  private editAction(document: vscode.TextDocument, title: string, edits: TextEdit[], diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, edits.map((edit) => withEol(edit, eolOf(document))));
    action.diagnostics = [diagnostic];
    action.isPreferred = preferred;
    return action;
  }

  private disableLine(document: vscode.TextDocument, linted: LintedDocument, finding: Finding): TextEdit | undefined {
    const language = linted.result.language;
    if (!language) return undefined;
    // A curl command inside a JS string: a comment line above would land inside the string.
    if ((language === 'javascript' || language === 'typescript') && linted.result.extraction.sites.some((site) => site.tool === 'curl' && site.range[0] <= finding.range[0] && finding.range[1] <= site.range[1])) {
      return undefined;
    }
    return disableLineEdit(document.getText(), language, finding.range[0], finding.ruleId, { mdx: isMdx(document) });
  }

  private disableFile(document: vscode.TextDocument, linted: LintedDocument, rule: RuleId): TextEdit | undefined {
    const language = linted.result.language;
    return language && disableFileEdit(document.getText(), language, rule, { mdx: isMdx(document) });
  }
}

/** The finding behind a diagnostic VS Code hands back (a copy, so compared by rule, range and message). */
function matchFinding(linted: LintedDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
  const rule = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return linted.entries.find(({ finding, diagnostic: published }) =>
    finding.ruleId === rule && published.range.isEqual(diagnostic.range) && published.message === diagnostic.message)?.finding;
}

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { range, text } of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(range[0]), document.positionAt(range[1])), text);
  }
  return edit;
}

function eolOf(document: vscode.TextDocument): '\n' | '\r\n' {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

function isMdx(document: vscode.TextDocument): boolean {
  return document.languageId === 'mdx' || /\.mdx$/i.test(document.fileName);
}
