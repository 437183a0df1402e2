import * as vscode from 'vscode';
import { disableEditsFor, isMdxFile } from '../core/disableComment';
import { applyFixes } from '../core/fix';
import { withEol } from '../core/lines';
import type { Finding, RuleId, TextEdit } from '../core/types';
import { toLintOptions } from './config';
import { workspaceProjectFiles } from './projectFiles';
import { type DocumentLinter, type LintedDocument, SOURCE } from './diagnostics';
import { APPLY_SUGGESTION_COMMAND } from './fileEdits';
import type { Log } from './log';
import { fixAllEdits } from './textEdits';

export const SHOW_RULE_DOCS_COMMAND = 'unkeyLint.showRuleDocs';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('unkeyLint');

const FIX_SUMMARY: Record<RuleId, string> = {
  'missing-authorization': 'add the Authorization header',
  'malformed-bearer': 'write the value as "Bearer <key>"',
  'unexpanded-env-var': 'let the variable expand',
  'hardcoded-root-key': 'read the key from the environment',
  'headers-misplaced': 'move the headers to where the client reads them',
  'client-exposed-root-key': 'keep the key on the server',
  'placeholder-key': 'read the key from the environment',
  'retired-endpoint': 'migrate the request to v2',
  'unknown-endpoint': 'use the endpoint that exists',
  'wrong-method': 'send it with POST',
  'insecure-transport': 'use https://',
  'unknown-body-field': 'rename the v1 body property',
  'v1-response-shape': 'read the v2 response under .data',
  'retired-sdk': 'migrate to @unkey/api v2',
  'unmapped-workflow-secret': 'map the variable from the secret in env:',
};

/** A fix-all whose edit is computed when it is applied (`resolveCodeAction`), not each time the lightbulb asks. */
class FixAllAction extends vscode.CodeAction {
  constructor(title: string, kind: vscode.CodeActionKind, readonly document: vscode.TextDocument, readonly linted: LintedDocument) {
    super(title, kind);
  }
}

/** Quick fixes, disable comments and docs per diagnostic; fix-all for the file and for `source.fixAll.unkeyLint`. */
export class CodeActionProvider implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: DocumentLinter, private readonly log?: Log) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions = this.actions(document, range, context);
    // Ctrl+. (not the lightbulb's own checks, which ask on every cursor move) that finds nothing where we
    // published a finding: what VS Code handed us and what this lint had, to tell the causes apart.
    if (actions.length === 0 && context.triggerKind === vscode.CodeActionTriggerKind.Invoke && this.log) {
      const linted = this.linter.lint(document);
      const here = linted?.entries.filter(({ diagnostic }) => diagnostic.range.intersection(range) !== undefined).length ?? 0;
      const ours = context.diagnostics.filter((d) => d.source === SOURCE).length;
      if (here > 0 || ours > 0) {
        const at = (r: vscode.Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
        this.log.info(`Quick Fix at ${at(range)} of version ${document.version} offered nothing: VS Code handed back ${context.diagnostics.length} diagnostic(s), ${ours} of ours (${context.diagnostics.map((d) => at(d.range)).join(', ')}); this lint (version ${linted?.version}) has ${here} finding(s) there; only: ${context.only?.value ?? 'none'}.`);
      }
    }
    return actions;
  }

  private actions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const linted = this.linter.lint(document);
    if (!linted) return [];
    const only = context.only;
    if (only && !only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(only)) {
      if (!(only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only))) return [];
      // On save: computed now, on the version being saved.
      const fixAll = resolveFixAll(new FixAllAction('Fix all unkey-lint problems', FIX_ALL_KIND, document, linted));
      return fixAll.edit ? [fixAll] : [];
    }

    const fixes: vscode.CodeAction[] = [];
    const others: vscode.CodeAction[] = [];
    const disables: vscode.CodeAction[] = [];
    const titles = new Set<string>();
    const add = (list: vscode.CodeAction[], action: vscode.CodeAction | undefined) => {
      if (action && !titles.has(action.title)) {
        titles.add(action.title);
        list.push(action);
      }
    };
    for (const { diagnostic, finding } of findingsFor(linted, range, context.diagnostics)) {
      const rule = finding.ruleId;
      if (finding.fix) add(fixes, this.editAction(document, finding.fixTitle ?? `Fix: ${FIX_SUMMARY[rule]} (${rule})`, [finding.fix], diagnostic, true));
      for (const suggestion of finding.suggestions ?? []) {
        const title = `${suggestion.desc} (${rule})`;
        if (!suggestion.files) {
          add(fixes, this.editAction(document, title, [suggestion.fix], diagnostic, false));
          continue;
        }
        // Other files are involved: worked out and written when picked, and only for a file on disk.
        if (document.uri.scheme !== 'file') continue;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.command = { title, command: APPLY_SUGGESTION_COMMAND, arguments: [document.uri, document.version, withEol(suggestion.fix, eolOf(document)), suggestion.files] };
        action.diagnostics = [diagnostic];
        add(fixes, action);
      }
      const docs = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
      docs.command = { title: docs.title, command: SHOW_RULE_DOCS_COMMAND, arguments: [rule] };
      add(others, docs);
      const { line, file } = disableEditsFor(document.getText(), linted.result, finding, { mdx: isMdxFile(document.fileName, document.languageId) });
      if (line) add(disables, this.editAction(document, `Disable ${rule} for this line`, [line], undefined, false));
      if (file) add(disables, this.editAction(document, `Disable ${rule} for this file`, [file], undefined, false));
    }
    if (fixes.length + others.length > 0 && linted.result.findings.some((f) => f.fix)) {
      // applyFixes lints the file again (twice or more): only once picked (resolveCodeAction), also after
      // Ctrl+. The editor drops a Ctrl+. request still unanswered when its lightbulb check of the new
      // cursor position comes due (250 + 500 ms after the cursor moved): computed here, fix-all made the
      // answer slow enough on a busy host for the Quick Fix menu not to open at all.
      add(others, new FixAllAction('Fix all unkey-lint problems in this file', vscode.CodeActionKind.QuickFix, document, linted));
    }
    // The menu lists actions tied to a diagnostic first (preferred ones on top), then the rest in this order,
    // and focuses the first row: so disable actions carry no diagnostic and come last, and Enter after
    // Ctrl+. fixes the finding or shows its docs (not fix-all, which edits other lines), never silences the rule.
    return [...fixes, ...others, ...disables];
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    return action instanceof FixAllAction && !action.edit ? resolveFixAll(action) : action;
  }

  private editAction(document: vscode.TextDocument, title: string, edits: TextEdit[], diagnostic: vscode.Diagnostic | undefined, preferred: boolean): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, edits.map((edit) => withEol(edit, eolOf(document))));
    if (diagnostic) action.diagnostics = [diagnostic];
    action.isPreferred = preferred;
    return action;
  }
}

/**
 * The findings to offer actions for, with the diagnostic each action resolves: those behind the
 * diagnostics VS Code hands back, or, when none of those is one of this lint's, those of this lint under
 * the cursor. VS Code reads the diagnostics from its marker service, which gets ours a moment after they
 * are published: right after a document is (re)opened or the editor regains focus it hands back none of
 * ours, and right after an edit (a quick fix applied) it hands back the previous version's, whose ranges
 * no longer match. Either way Ctrl+. would find "No code actions available" on a squiggle that is there.
 */
function findingsFor(linted: LintedDocument, range: vscode.Range, diagnostics: readonly vscode.Diagnostic[]): Array<{ diagnostic: vscode.Diagnostic; finding: Finding }> {
  const matched = diagnostics.flatMap((diagnostic) => {
    const finding = diagnostic.source === SOURCE ? matchFinding(linted, diagnostic) : undefined;
    return finding ? [{ diagnostic, finding }] : [];
  });
  if (matched.length > 0) return matched;
  return linted.entries.filter(({ diagnostic }) => diagnostic.range.intersection(range) !== undefined);
}

/** The finding behind a diagnostic VS Code hands back (a copy, so compared by rule, range and message). */
function matchFinding(linted: LintedDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
  const rule = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return linted.entries.find(({ finding, diagnostic: published }) =>
    finding.ruleId === rule && published.range.isEqual(diagnostic.range) && published.message === diagnostic.message)?.finding;
}

/**
 * Sets the edit of every automatic fix of the file, through the core's applyFixes, on the document's
 * current text (a picked action may be resolved after more typing; VS Code refuses an edit made for an
 * older version). No edit when nothing changes.
 */
function resolveFixAll(action: FixAllAction): FixAllAction {
  const { document } = action;
  const linted = action.linted.version === document.version ? action.linted : undefined;
  const text = document.getText();
  const { output } = applyFixes(text, document.fileName, toLintOptions(action.linted.settings, workspaceProjectFiles), document.languageId);
  // The first-pass fixes give precise edits only for the version they were found on.
  const firstPass = linted?.result.findings.flatMap((f) => (f.fix ? [f.fix] : [])) ?? [];
  const edits = fixAllEdits(text, output, firstPass, eolOf(document));
  if (edits.length > 0) action.edit = toWorkspaceEdit(document, edits);
  return action;
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
