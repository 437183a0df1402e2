// The CodeLens "Test this key" over `UNKEY_ROOT_KEY=` lines of .env files, and the "Test key" link in
// hovers over a root-key literal or an env reference. Both only point at the test command: the key
// never travels in their arguments (a line number or offsets do), and both are off in Restricted Mode.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { READ_SELECTOR } from '../config';
import { dotenvAssignments } from './dotenv';
import { TEST_COMMAND } from './present';
import { envVarName } from './settings';
import type { SourceArgs } from './sources';

export class EnvCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions = [
    vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('unkeyLint.envVarName')) this.changed.fire();
    }),
  ];

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    // Restricted Mode: the .env text is not even looked at.
    if (!vscode.workspace.isTrusted || !path.basename(document.uri.path).startsWith('.env')) return [];
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const name = envVarName(folder?.uri);
    return dotenvAssignments(document.getText())
      .filter((entry) => entry.name === name)
      .map((entry) => {
        const args: SourceArgs = { source: 'env-file', file: document.uri.toString(), line: entry.line };
        return new vscode.CodeLens(new vscode.Range(entry.line, 0, entry.line, 0), {
          title: '$(beaker) Test this key',
          tooltip: 'Check this root key against the Unkey API (one side-effect-free request)',
          command: TEST_COMMAND,
          arguments: [args],
        });
      });
  }

  dispose(): void {
    this.changed.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

// unkey_ + base58, at least 20 characters: a root key's shape (placeholders are not base58 enough).
const KEY_LITERAL = /unkey_[1-9A-HJ-NP-Za-km-z]{20,}/;

/** The env references that name `name`: process.env.X, Deno.env.get("X"), Bun.env.X, $X, ${X}, {{$dotenv X}}. */
function envReferencePattern(name: string): RegExp {
  return new RegExp(
    String.raw`process\.env(?:\.${name}\b|\[\s*["'\`]${name}["'\`]\s*\])|Deno\.env\.get\(\s*["'\`]${name}["'\`]\s*\)|Bun\.env\.${name}\b|\$\{${name}\}|\$${name}\b|\{\{\s*\$(?:dotenv|processEnv)\s+${name}\s*\}\}|\$env:${name}\b`,
  );
}

export class KeyHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!vscode.workspace.isTrusted) return undefined;
    const literal = document.getWordRangeAtPosition(position, KEY_LITERAL);
    if (literal) {
      const args: SourceArgs = { source: 'document', uri: document.uri.toString(), range: [document.offsetAt(literal.start), document.offsetAt(literal.end)] };
      return new vscode.Hover(link('Test key', 'Check this root key against the Unkey API', args), literal);
    }
    const name = envVarName(vscode.workspace.getWorkspaceFolder(document.uri)?.uri);
    const reference = document.getWordRangeAtPosition(position, envReferencePattern(name));
    if (reference) {
      const args: SourceArgs = { source: 'pick', kinds: ['env-file', 'process-env', 'stored'] };
      return new vscode.Hover(link('Test key', `Check the value of ${name} (from a .env file, the environment or the stored key) against the Unkey API`, args), reference);
    }
    return undefined;
  }
}

function link(text: string, tooltip: string, args: SourceArgs): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(`[$(beaker) ${text}](command:${TEST_COMMAND}?${encodeURIComponent(JSON.stringify([args]))} "${tooltip}")`, true);
  // Only this command may run from the link.
  markdown.isTrusted = { enabledCommands: [TEST_COMMAND] };
  return markdown;
}

export function registerKeyTesterProviders(): vscode.Disposable[] {
  const codeLens = new EnvCodeLensProvider();
  // .env files have no language of their own without an extension: plaintext, dotenv, properties, shellscript...
  return [
    codeLens,
    vscode.languages.registerCodeLensProvider({ pattern: '**/.env*' }, codeLens),
    // Files and untitled buffers only, as the linter: not git views, diffs' old side or output channels.
    vscode.languages.registerHoverProvider(READ_SELECTOR, new KeyHoverProvider()),
  ];
}
