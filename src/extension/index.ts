// The extension's entry (dist/extension.js): kept tiny, since VS Code counts loading it as activation.
// It registers the commands and returns its exports; the engine (engine.ts, dist/extension-engine.js,
// the core with every rule) is loaded right after activate() returns, or at once by a command run first.
// First: the time the bundle started loading (see loadStart.ts).
import { loadStarted } from './loadStart';
import * as vscode from 'vscode';
import { COMMAND_IDS } from './commandIds';
import type { Publication } from './diagnostics';
import type * as EngineModule from './engine';

/** When the bundle's modules had all run (this one runs last): loading ends here. */
const loaded = performance.now();

/** What activate() returns (`vscode.extensions.getExtension(id).exports`): figures for the benchmark and tests. */
export interface UnkeyLintApi {
  /**
   * Milliseconds of our own work to activate: running the bundle's modules (codeLoadingMs) plus the
   * activate() call. Not counted: V8 compiling the script before it runs, VS Code's own wait between
   * loading the code and calling activate() (it prepares the extension context meanwhile), and the
   * engine, loaded after activate() returned (engineLoadMs).
   */
  readonly activationMs: number;
  readonly codeLoadingMs: number;
  /**
   * Requiring the engine's bundle (V8's compile and running its modules) and starting it, once it is
   * loaded; undefined before.
   */
  readonly engineLoadMs: number | undefined;
  /**
   * Fires right after the extension set a document's diagnostics. VS Code's own onDidChangeDiagnostics
   * reaches other extensions only after a 50 ms debounce of its own; this is the moment the editor gets them.
   */
  readonly onDidPublish: vscode.Event<Publication>;
}

/** Registers the commands and schedules the engine's load; documents are linted once it is loaded. */
export function activate(context: vscode.ExtensionContext): UnkeyLintApi {
  const called = performance.now();
  const codeLoadingMs = loaded - loadStarted;
  const published = new vscode.EventEmitter<Publication>();
  let engine: EngineModule.Engine | undefined;
  let engineLoadMs: number | undefined;
  let activationMs = 0;
  let activatedAt = 0;

  const load = (): EngineModule.Engine => {
    if (engine) return engine;
    const started = performance.now();
    // A file of its own beside this bundle (esbuild.mjs keeps it out), so activation does not compile it.
    const module = require('./engine') as typeof EngineModule;
    const engineCodeMs = performance.now() - started;
    engine = module.startEngine(context, published, { activationMs, codeLoadingMs, activatedAt, engineCodeMs });
    engineLoadMs = performance.now() - started;
    return engine;
  };

  // Each command works from the start: one run before the engine is there loads it first.
  for (const id of COMMAND_IDS) context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => load().commands[id](...args)));
  const timer = setTimeout(load, 0);
  context.subscriptions.push(published, { dispose: () => clearTimeout(timer) });

  activatedAt = performance.now();
  activationMs = codeLoadingMs + (activatedAt - called);
  return {
    activationMs,
    codeLoadingMs,
    get engineLoadMs() {
      return engineLoadMs;
    },
    onDidPublish: published.event,
  };
}

export function deactivate(): void {}
