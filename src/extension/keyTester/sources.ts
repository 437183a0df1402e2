// Where a root key to test can come from. Values stay in memory only; labels show them masked.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { looksLikeKey } from '../../core/keyCheck';
import { maskKey } from '../../core/mask';
import { dotenvAssignments } from './dotenv';
import { envVarName } from './settings';

export const SECRET_KEY = 'unkeyLint.rootKey';
export const ENV_FILES = ['.env', '.env.local', '.env.development', '.env.production'] as const;

export type SourceKind = 'stored' | 'env-file' | 'process-env' | 'selection' | 'input' | 'document';

/** A key found somewhere. `label` names the place and shows the key masked; it never holds the key. */
export interface FoundKey {
  kind: SourceKind;
  label: string;
  key: string;
}

/** What callers (tests, CodeLens, hover links) may pass to the test command. Never logged. */
export interface SourceArgs {
  source?: SourceKind | 'pick';
  /** For 'input': the key itself (tests); without it an input box asks. */
  key?: string;
  /** For 'env-file': a file path or URI; for 'document': a document URI. */
  file?: string;
  uri?: string;
  /** For 'env-file': the 0-based line of the assignment (CodeLens). */
  line?: number;
  /** For 'document': [start, end) offsets of the key in the document (hover). */
  range?: [number, number];
  /** For 'pick': offer only these kinds. */
  kinds?: SourceKind[];
}

const masked = (key: string): string => maskKey(key);

export async function storedKey(secrets: vscode.SecretStorage): Promise<FoundKey | undefined> {
  const key = await secrets.get(SECRET_KEY);
  return key === undefined ? undefined : { kind: 'stored', label: `stored root key ${masked(key)}`, key };
}

function toUri(file: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The key assigned in one .env file (at `line`, or the file's last assignment of the env var). */
export async function envFileKey(file: string, line?: number): Promise<FoundKey | undefined> {
  const uri = toUri(file);
  // Only .env* files inside an open workspace folder: a link cannot make the tester read anything else.
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || !path.basename(uri.path).startsWith('.env')) return undefined;
  const text = await readText(uri);
  if (text === undefined) return undefined;
  const name = envVarName(folder.uri);
  const matches = dotenvAssignments(text).filter((entry) => entry.name === name && (line === undefined || entry.line === line));
  const entry = matches.at(-1);
  if (!entry) return undefined;
  const where = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  return { kind: 'env-file', label: `${name} in ${where} ${masked(entry.value)}`, key: entry.value };
}

/** Every `.env`, `.env.local`, `.env.development`, `.env.production` of every folder that sets the env var. */
export async function envFileKeys(): Promise<FoundKey[]> {
  const found: FoundKey[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const name of ENV_FILES) {
      const key = await envFileKey(vscode.Uri.joinPath(folder.uri, name).toString());
      if (key) found.push(key);
    }
  }
  return found;
}

export function processEnvKey(): FoundKey | undefined {
  const name = envVarName();
  const key = process.env[name];
  return key === undefined ? undefined : { kind: 'process-env', label: `${name} in the extension host's environment ${masked(key)}`, key };
}

// The characters that end a key-like token around the cursor: quotes, spaces and code punctuation.
const TOKEN = /[^\s"'`=:,;(){}[\]<>]+/;

/** The selection, or the token under the cursor, of the active editor. */
export function editorKey(): FoundKey | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { document, selection } = editor;
  if (!selection.isEmpty) {
    const key = document.getText(selection);
    return { kind: 'selection', label: `selected text ${masked(key)}`, key };
  }
  const range = document.getWordRangeAtPosition(selection.active, TOKEN);
  if (!range) return undefined;
  const key = document.getText(range);
  // A variable name under the cursor is no key to test (select the text to test it anyway).
  if (!looksLikeKey(key)) return undefined;
  return { kind: 'selection', label: `key under the cursor ${masked(key)}`, key };
}

/** A key at given offsets of a document (the hover link over a key literal). */
export async function documentKey(uri: string, range: [number, number]): Promise<FoundKey | undefined> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document || !Array.isArray(range) || range.length !== 2) return undefined;
  const key = document.getText(new vscode.Range(document.positionAt(range[0]), document.positionAt(range[1])));
  return key ? { kind: 'document', label: `key in ${vscode.workspace.asRelativePath(document.uri)} ${masked(key)}`, key } : undefined;
}

export async function inputKey(prompt = 'Paste the Unkey root key to test'): Promise<FoundKey | undefined> {
  const key = await vscode.window.showInputBox({
    title: 'Unkey Lint: Test Root Key',
    prompt,
    placeHolder: 'unkey_…',
    password: true,
    ignoreFocusOut: true,
  });
  return key === undefined ? undefined : { kind: 'input', label: `typed key ${masked(key)}`, key };
}

interface SourcePick extends vscode.QuickPickItem {
  found?: FoundKey;
  typed?: true;
}

/** The QuickPick of every place a key was found, plus "Enter a key…". Undefined when dismissed. */
export async function pickKey(secrets: vscode.SecretStorage, kinds?: readonly SourceKind[]): Promise<FoundKey | undefined> {
  const wanted = (kind: SourceKind): boolean => !kinds || kinds.includes(kind);
  const found: FoundKey[] = [];
  if (wanted('stored')) found.push(...[await storedKey(secrets)].filter((k) => k !== undefined));
  if (wanted('env-file')) found.push(...(await envFileKeys()));
  if (wanted('process-env')) found.push(...[processEnvKey()].filter((k) => k !== undefined));
  if (wanted('selection')) found.push(...[editorKey()].filter((k) => k !== undefined));
  const icons: Record<SourceKind, string> = {
    stored: '$(lock)',
    'env-file': '$(file)',
    'process-env': '$(terminal)',
    selection: '$(selection)',
    input: '$(edit)',
    document: '$(file-code)',
  };
  const items: SourcePick[] = found.map((f) => ({ label: `${icons[f.kind]} ${f.label}`, found: f }));
  if (wanted('input')) items.push({ label: `${icons.input} Enter a key…`, description: 'typed in a password box, never stored', typed: true });
  const choice = await vscode.window.showQuickPick(items, {
    title: 'Unkey Lint: Test Root Key',
    placeHolder: found.length ? 'Which root key should be tested?' : `No ${envVarName()} found in the stored key, .env files or environment`,
    ignoreFocusOut: true,
  });
  if (!choice) return undefined;
  return choice.typed ? inputKey() : choice.found;
}

/** Resolves the key a command call asks for; undefined when there is none or the user dismissed a prompt. */
export async function resolveKey(secrets: vscode.SecretStorage, args: SourceArgs | undefined): Promise<FoundKey | undefined> {
  switch (args?.source) {
    case 'stored':
      return storedKey(secrets);
    case 'env-file':
      return args.file ?? args.uri ? envFileKey((args.file ?? args.uri)!, args.line) : pickKey(secrets, ['env-file']);
    case 'process-env':
      return processEnvKey();
    case 'selection':
      return editorKey();
    case 'document':
      return args.uri && args.range ? documentKey(args.uri, args.range) : undefined;
    case 'input':
      return typeof args.key === 'string' ? { kind: 'input', label: `typed key ${masked(args.key)}`, key: args.key } : inputKey();
    default:
      return pickKey(secrets, args?.kinds);
  }
}
