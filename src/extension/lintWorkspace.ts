import * as vscode from 'vscode';
import { lintAsync, resolveOptions, type LintResult } from '../core/lint';
import { toLintOptions } from './config';
import { workspaceProjectFiles } from './projectFiles';
import { type DocumentLinter, toDiagnostic } from './diagnostics';
import { excludeGlob, includeGlob, inSkippedFolder, contentMentionsUnkey, looksBinary, sizeSkipReason } from './files';
import type { Log } from './log';
import { readSettings } from './settings';
import { LineMap } from './textEdits';

export const LINT_WORKSPACE_COMMAND = 'unkeyLint.lintWorkspace';

/** What the command returns (tests use it). */
export interface LintWorkspaceResult {
  /** Files linted. */
  files: number;
  /** Problems found in them. */
  problems: number;
  filesWithProblems: number;
  /** Files left out: too large, binary, unreadable. */
  skipped: number;
  cancelled: boolean;
}

const BATCH = 16;

/**
 * Lints every matching file under the workspace folders without opening editors, fills the Problems
 * panel, and reports the count. Open documents are linted from their buffer (unsaved edits count).
 */
export async function lintWorkspace(linter: DocumentLinter, log: Log): Promise<LintWorkspaceResult> {
  const totals: LintWorkspaceResult = { files: 0, problems: 0, filesWithProblems: 0, skipped: 0, cancelled: false };
  const started = performance.now();
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Unkey Lint', cancellable: true },
    async (progress, token) => {
      progress.report({ message: 'Finding files…' });
      const uris = await findFiles(token);
      for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
        const batch = uris.slice(i, i + BATCH);
        const counts = await Promise.all(batch.map((uri) => lintFile(uri, linter, log)));
        for (const count of counts) {
          if (count === undefined) totals.skipped++;
          else {
            totals.files++;
            totals.problems += count;
            if (count > 0) totals.filesWithProblems++;
          }
        }
        progress.report({ increment: (100 * batch.length) / uris.length, message: `${Math.min(i + BATCH, uris.length)} of ${uris.length} files` });
      }
      totals.cancelled = token.isCancellationRequested;
    },
  );
  const summary = `${totals.problems} problem${totals.problems === 1 ? '' : 's'} in ${totals.filesWithProblems} file${totals.filesWithProblems === 1 ? '' : 's'} (${totals.files} checked${totals.skipped ? `, ${totals.skipped} skipped` : ''})`;
  log.info(`Lint Workspace${totals.cancelled ? ' (cancelled)' : ''}: ${summary} in ${Math.round(performance.now() - started)} ms.`);
  // Not awaited: the promise settles only when the notification is dismissed.
  void vscode.window.showInformationMessage(`Unkey Lint: ${totals.cancelled ? 'cancelled; so far ' : ''}${summary}.`);
  return totals;
}

async function findFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const settings = readSettings(folder.uri);
    const include = settings.enable ? includeGlob(settings.languages) : undefined;
    if (!include) continue;
    const exclude = excludeGlob(vscode.workspace.getConfiguration('files', folder.uri).get('exclude'));
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude, undefined, token);
    for (const uri of uris) if (!inSkippedFolder(vscode.workspace.asRelativePath(uri, false))) found.set(uri.toString(), uri);
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** Lints one file; the number of problems, or undefined when it was skipped. */
async function lintFile(uri: vscode.Uri, linter: DocumentLinter, log: Log): Promise<number | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) {
    const linted = linter.lint(open);
    return linted ? linted.entries.length : undefined;
  }
  const name = vscode.workspace.asRelativePath(uri);
  const settings = readSettings(uri);
  if (!settings.enable) return undefined;
  let text: string;
  try {
    const hosts = resolveOptions(toLintOptions(settings)).hosts;
    const bytes = await vscode.workspace.fs.readFile(uri);
    // Only a file that mentions Unkey can be skipped for its size or content; any other is clean.
    const tooLarge = sizeSkipReason(bytes.byteLength, settings.maxFileSize, 'bytes', () => bytes, hosts);
    if (tooLarge) {
      log.info(`Skipped ${name}: ${tooLarge}.`);
      return undefined;
    }
    if (looksBinary(bytes) && contentMentionsUnkey(bytes, hosts)) {
      log.info(`Skipped ${name}: binary.`);
      return undefined;
    }
    if (looksBinary(bytes) || bytes.byteLength > settings.maxFileSize) {
      linter.collection.delete(uri);
      return 0;
    }
    // TextDecoder drops a UTF-8 BOM, as VS Code does for an open document, so offsets agree.
    text = new TextDecoder().decode(bytes);
  } catch (error) {
    log.warn(`Skipped ${name}: cannot read it (${errorName(error)}).`);
    return undefined;
  }
  let result: LintResult;
  try {
    result = await lintAsync(text, uri.path, toLintOptions(settings, workspaceProjectFiles));
  } catch (error) {
    // The engine is meant never to throw. Only the error's name: its message could quote the text, a key too.
    log.error(`Skipped ${name}: linting it failed (${errorName(error)}).`);
    return undefined;
  }
  const lines = new LineMap(text);
  const diagnostics = result.findings.map((finding) => {
    const start = lines.positionAt(finding.range[0]);
    const end = lines.positionAt(finding.range[1]);
    return toDiagnostic(finding, new vscode.Range(start.line, start.character, end.line, end.character));
  });
  if (diagnostics.length) linter.collection.set(uri, diagnostics);
  else linter.collection.delete(uri);
  return diagnostics.length;
}

function errorName(error: unknown): string {
  return (error as Error)?.name ?? 'error';
}
