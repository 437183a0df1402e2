// Suggestions that also change other files (move a key into .env, ignore a file in git): applied by a
// command, since the files to write are worked out when the suggestion is picked (core/fileEdits.ts).
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { planFileEdits } from '../core/fileEdits';
import { nodeFileHost } from '../core/gitHost';
import type { FileEdit, TextEdit } from '../core/types';

export const APPLY_SUGGESTION_COMMAND = 'unkeyLint.applySuggestion';

/** Applies `edit` to the document and `files` around it, all in one workspace edit, or nothing. */
export async function applySuggestion(uri: vscode.Uri, version: number, edit: TextEdit, files: FileEdit[]): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.version !== version || uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Unkey Lint: the file changed since the suggestion was made; try again.');
    return false;
  }
  // Read an open editor's text first: its unsaved changes are what the user sees.
  const open = (file: string) => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === file)?.getText();
  const plan = planFileEdits(uri.fsPath, files, nodeFileHost(open));
  if (!plan.ok) {
    void vscode.window.showWarningMessage(`Unkey Lint: ${plan.reason}`);
    return false;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(uri, new vscode.Range(document.positionAt(edit.range[0]), document.positionAt(edit.range[1])), edit.text);
  for (const write of plan.writes) {
    const target = vscode.Uri.file(write.file);
    const existing = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
    if (existing) {
      workspaceEdit.replace(target, new vscode.Range(existing.positionAt(0), existing.positionAt(existing.getText().length)), write.text);
    } else if (fs.existsSync(write.file)) {
      const other = await vscode.workspace.openTextDocument(target);
      workspaceEdit.replace(target, new vscode.Range(other.positionAt(0), other.positionAt(other.getText().length)), write.text);
    } else {
      workspaceEdit.createFile(target, { ignoreIfExists: false, contents: new TextEncoder().encode(write.text) });
    }
  }
  const applied = await vscode.workspace.applyEdit(workspaceEdit);
  // Written files are saved, so the key is in .env on disk where the program reads it.
  if (applied) for (const write of plan.writes) await vscode.workspace.textDocuments.find((d) => d.uri.fsPath === write.file)?.save();
  return applied;
}
