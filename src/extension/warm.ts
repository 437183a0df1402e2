import * as vscode from 'vscode';
import { warmParser } from '../core/js/parse';

const JS_TS = new Set(['javascript', 'javascriptreact', 'typescript', 'typescriptreact']);
const JS_TS_GLOB = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/**
 * Loads the JS/TS parser in the background after activation when the workspace has JS/TS files, so the
 * first TS file opened later is linted at once instead of waiting for Babel's load (hundreds of ms).
 */
export function warmParserSoon(): vscode.Disposable {
  let disposed = false;
  const timer = setTimeout(async () => {
    const open = vscode.workspace.textDocuments.some((d) => JS_TS.has(d.languageId));
    const found = open || (await vscode.workspace.findFiles(JS_TS_GLOB, '**/node_modules/**', 1).then((uris) => uris.length > 0, () => false));
    if (found && !disposed) warmParser();
  }, 0);
  return { dispose: () => ((disposed = true), clearTimeout(timer)) };
}
