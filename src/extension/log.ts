import * as vscode from 'vscode';
import { redact } from '../core/mask';

/** The "Unkey Lint" output channel. Every line goes through the shared `redact`. */
export interface Log {
  /** Per keystroke or per lint: shown only when the channel's level is Trace. */
  trace(message: string): void;
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
    // Callers mask what they know is a key; this catches anything key-shaped they did not.
    trace: (message) => channel.trace(redact(message)),
    info: (message) => channel.info(redact(message)),
    warn: (message) => channel.warn(redact(message)),
    error: (message) => channel.error(redact(message)),
  };
}
