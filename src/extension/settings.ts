import * as vscode from 'vscode';
import { normalizeSettings, type Settings } from './config';

export type { Settings } from './config';

/** The `unkeyLint.*` settings that apply to a document or folder (most are resource-scoped). */
export function readSettings(scope: vscode.ConfigurationScope | undefined): Settings {
  const config = vscode.workspace.getConfiguration('unkeyLint', scope);
  return normalizeSettings((key) => config.get(key));
}

/** Whether a configuration change touches the linter's settings (the key tester watches its own). */
export function affectsLintSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return ['enable', 'hosts', 'envVarName', 'rules', 'languages', 'maxFileSize'].some((key) => event.affectsConfiguration(`unkeyLint.${key}`));
}
