import * as vscode from 'vscode';

/** The "Unkey Lint" output channel. Never pass it a key: callers mask first. */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  readonly channel: vscode.LogOutputChannel;
}

export function createLog(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('Unkey Lint', { log: true });
  context.subscriptions.push(channel);
  return {
    channel,
    info: (message) => channel.info(message),
    warn: (message) => channel.warn(message),
    error: (message) => channel.error(message),
  };
}
