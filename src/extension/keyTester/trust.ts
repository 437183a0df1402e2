import * as vscode from 'vscode';

export const RESTRICTED_MESSAGE =
  'Unkey: the key tester is off in Restricted Mode. Trust this workspace (Workspaces: Manage Workspace Trust) to test keys; until then no .env file is read and nothing is sent.';

/** In Restricted Mode: shows the explanation and returns true; the caller then does nothing else. */
export function refuseUntrusted(): boolean {
  if (vscode.workspace.isTrusted) return false;
  void vscode.window.showWarningMessage(RESTRICTED_MESSAGE);
  return true;
}
