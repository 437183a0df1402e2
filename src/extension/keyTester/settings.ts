import * as vscode from 'vscode';
import { DEFAULT_API_BASE_URL } from '../../core/keyCheck';
import { readSettings } from '../settings';

/**
 * `unkeyLint.apiBaseUrl` from the user's own settings or the default, never from a workspace or folder:
 * a repository's .vscode/settings.json or .code-workspace must not be able to redirect a key, whatever
 * VS Code does with the setting's scope (dotted or nested form alike land in workspaceValue/folderValue).
 */
export function apiBaseUrl(): string {
  const inspected = vscode.workspace.getConfiguration('unkeyLint').inspect<unknown>('apiBaseUrl');
  const value = inspected?.globalValue ?? inspected?.defaultValue;
  return typeof value === 'string' && value.trim() ? value.trim() : DEFAULT_API_BASE_URL;
}

/** The env var holding the root key, for a folder (or the window). */
export function envVarName(scope?: vscode.ConfigurationScope): string {
  return readSettings(scope).envVarName;
}
