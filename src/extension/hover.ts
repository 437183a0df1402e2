import * as vscode from 'vscode';
import type { DocumentLinter } from './diagnostics';
import { hoverAt } from './hoverText';

/** Explains a request to the Unkey API or a key literal under the cursor, from the cached lint. */
export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly linter: DocumentLinter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const linted = this.linter.lint(document);
    if (!linted?.result.parsed) return undefined;
    const content = hoverAt(linted.result, document.offsetAt(position), linted.settings.hosts);
    if (!content) return undefined;
    const range = new vscode.Range(document.positionAt(content.range[0]), document.positionAt(content.range[1]));
    return new vscode.Hover(new vscode.MarkdownString(content.markdown), range);
  }
}
