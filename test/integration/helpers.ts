// Helpers shared by the integration suites. They wait on VS Code events, never on fixed sleeps.
import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeRange } from './expected';

export const EXTENSION_ID = 'unkey-lint.unkey-lint';
export const SOURCE = 'unkey-lint';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test host has no workspace folder open');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a workspace file in an editor and waits until the extension is active. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/**
 * Copies a fixture to a fresh folder under `scratch/` (same base name, so the language is detected the
 * same way) and opens it: tests that edit or save work on the copy and leave the fixtures pristine.
 */
export async function openScratchCopy(relativePath: string, text?: string): Promise<vscode.TextEditor> {
  const source = fixtureUri(relativePath);
  // A fresh name every time: a closed document can live on in the host, and reusing its path would
  // hand back the old buffer. (Each test file is its own bundle, so a module counter is not enough.)
  const target = vscode.Uri.joinPath(workspaceRoot(), 'scratch', randomUUID().slice(0, 8), path.basename(source.fsPath));
  // Written through VS Code's file service, not node:fs: a late file-watcher event for a file written
  // behind its back can reload the open model and cancel requests on it.
  const content = text === undefined ? await vscode.workspace.fs.readFile(source) : new TextEncoder().encode(text);
  await vscode.workspace.fs.writeFile(target, content);
  const document = await vscode.workspace.openTextDocument(target);
  return vscode.window.showTextDocument(document);
}

/** Reverts and closes every editor (closing a dirty editor would otherwise ask to save). */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isUntitled) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Deletes the scratch copies. Tests must leave the workspace as they found it: the scan test counts files. */
export async function removeScratch(): Promise<void> {
  const scratch = vscode.Uri.joinPath(workspaceRoot(), 'scratch');
  if (fs.existsSync(scratch.fsPath)) await vscode.workspace.fs.delete(scratch, { recursive: true, useTrash: false });
}

/**
 * A diagnostic the extension published. The $unkey-lint problem matcher (a task running the CLI) also
 * uses the source `unkey-lint`, but its code is the bare rule id rather than { value, target }.
 */
export function isExtensionDiagnostic(d: vscode.Diagnostic): boolean {
  return d.source === SOURCE && typeof d.code === 'object';
}

export function unkeyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(isExtensionDiagnostic);
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * Resolves with the extension's diagnostics for `uri` (or those `which` selects) as soon as `predicate`
 * holds for them, checking the current state first and then on every onDidChangeDiagnostics for that uri.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
  which: (diagnostic: vscode.Diagnostic) => boolean = isExtensionDiagnostic,
): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter(which);
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = current();
      if (!predicate(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = current().map(describeDiagnostic);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics on ${path.basename(uri.fsPath)}; last seen: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Waits for at least one finding, or for a given set of rule ids. */
export const waitForFindings = (uri: vscode.Uri, timeoutMs?: number) =>
  waitForDiagnostics(uri, (d) => d.length > 0, timeoutMs);

export const waitForNoFindings = (uri: vscode.Uri, timeoutMs?: number) =>
  waitForDiagnostics(uri, (d) => d.length === 0, timeoutMs);

/** "rule@line:col-line:col" (1-based), compact and readable in assertion diffs. */
export function describeDiagnostic(d: vscode.Diagnostic): string {
  return describeRange(String(ruleIdOf(d)), d.range);
}

export function describeAll(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(describeDiagnostic).sort();
}

/**
 * Code actions for a range, as the editor's lightbulb would request them. The request is cancelled
 * (empty or a Canceled error) when the document's model changes meanwhile, which the host sometimes does
 * right after opening a file; then it is asked again, up to three times, after a short pause.
 */
export async function codeActionsAt(
  uri: vscode.Uri,
  range: vscode.Range,
  kind?: vscode.CodeActionKind,
): Promise<vscode.CodeAction[]> {
  const version = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.version;
  for (let attempt = 1; ; attempt++) {
    const before = version();
    let actions: (vscode.CodeAction | vscode.Command)[] | undefined;
    try {
      actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        // Resolved as the editor resolves a picked action (fix-all computes its edit then).
        'vscode.executeCodeActionProvider', uri, range, kind?.value, 100,
      );
    } catch (error) {
      if (!(error instanceof Error && error.name === 'Canceled') || attempt === 3) throw error;
    }
    const codeActions = (actions ?? []).filter((a): a is vscode.CodeAction => !(typeof a.command === 'string'));
    if (codeActions.length > 0 || attempt === 3) return codeActions;
    note(`code actions for ${path.basename(uri.fsPath)} came back empty (document version ${before} → ${version()}, ${unkeyDiagnostics(uri).length} diagnostics); asking again`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const applied = await vscode.workspace.applyEdit(action.edit);
    if (!applied) throw new Error(`workspace.applyEdit refused the edit of "${action.title}"`);
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

/** Resolves once `condition()` holds, re-checking on a short interval (for state that has no event). */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves with the next text change of `document` (after an edit, a fix, or a save participant). */
export function nextChange(document: vscode.TextDocument, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document && event.contentChanges.length > 0) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for a change to ${document.fileName}`));
    }, timeoutMs);
  });
}

/**
 * Sets a setting for the duration of a test; returns a function that restores the previous value.
 * Workspace target by default, so it lands in the test workspace's .vscode/settings.json.
 */
export async function setSetting(
  section: string,
  key: string,
  value: unknown,
  target = vscode.ConfigurationTarget.Workspace,
  scope?: vscode.ConfigurationScope,
): Promise<() => Promise<void>> {
  const configuration = vscode.workspace.getConfiguration(section, scope);
  const inspected = configuration.inspect(key);
  const previous =
    target === vscode.ConfigurationTarget.Global ? inspected?.globalValue
    : target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue
    : inspected?.workspaceFolderValue;
  await configuration.update(key, value, target);
  return () => Promise.resolve(vscode.workspace.getConfiguration(section, scope).update(key, previous, target));
}

/** A line in the test report (the code-server runner shows only lines with its tag). */
export function note(message: string): void {
  console.log(`${process.env.UNKEY_LINT_TEST_OUTPUT_TAG ?? ''}      (${message})`);
}

export function readWorkspaceFile(relativePath: string): string {
  return fs.readFileSync(fixtureUri(relativePath).fsPath, 'utf8');
}

/**
 * Waits until the diagnostics of `uri` are exactly `want` (see describeAll); on timeout fails with a
 * diff of what was there instead.
 */
export async function waitForExactly(uri: vscode.Uri, want: readonly string[], timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const same = (d: vscode.Diagnostic[]) => JSON.stringify(describeAll(d)) === JSON.stringify(want);
  try {
    return await waitForDiagnostics(uri, same, timeoutMs);
  } catch {
    // Timed out: the diff says more than the timeout.
    const now = unkeyDiagnostics(uri);
    assert.deepEqual(describeAll(now), want, `diagnostics of ${path.basename(uri.fsPath)} after ${timeoutMs} ms`);
    return now;
  }
}

/** The plain text of hovers at a position that come from this extension. */
export async function unkeyHoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? [])
    .flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .filter((text) => text.includes('Unkey Lint'))
    .join('\n');
}
