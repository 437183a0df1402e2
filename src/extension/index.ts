import type * as vscode from 'vscode';
import { registerKeyTester } from './keyTester';
import { createLog } from './log';

export function activate(context: vscode.ExtensionContext): void {
  const log = createLog(context);
  registerKeyTester(context, log);
}

export function deactivate(): void {}
