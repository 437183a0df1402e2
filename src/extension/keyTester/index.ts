import type * as vscode from 'vscode';
import type { Log } from '../log';

/** Registers the key tester's commands, CodeLens, hover link and status item. Stub. */
export function registerKeyTester(context: vscode.ExtensionContext, log: Log): void {
  void context;
  void log;
}
