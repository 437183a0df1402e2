// The language server (`unkey-lint-language-server --stdio`), for editors other than VS Code. It follows
// vscode-extension-samples/lsp-sample and yaml-language-server: settings pulled with
// workspace/configuration (the `unkeyLint.*` settings of the VS Code extension), diagnostics pushed per
// document version, code actions built from the core's fixes. Everything else is the core's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  type InitializeParams,
  type InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { disableEditsFor, isMdxFile } from '../core/disableComment';
import { applyFixes } from '../core/fix';
import { ParseMemories } from '../core/js/incremental';
import { dominantEol, withEol } from '../core/lines';
import { lintAsync, type LintResult } from '../core/lint';
import { ruleDocsUrl } from '../core/rules/rule';
import type { Finding, RuleId, Severity, TextEdit } from '../core/types';
// The extension's vscode-free helpers: the typed settings mirror, the hover text, fix-all edits.
import { normalizeSettings, READ_LANGUAGE_IDS, type Settings, toLintOptions } from '../extension/config';
import { hoverAt } from '../extension/hoverText';
import { fixAllEdits } from '../extension/textEdits';

export const SOURCE = 'unkey-lint';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.unkeyLint`;
export const SHOW_DOCS_COMMAND = 'unkeyLint.showRuleDocs';
const DEBOUNCE_MS = 150;
/** Documents typed in whose last parse is kept (see ParseMemories). */
const MAX_PARSE_MEMORIES = 4;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

interface Linted {
  version: number;
  settings: Settings;
  result: LintResult;
}

/** A path for the engine's language detection: the file path for file: URIs, else the URI's last segment. */
export function fileNameOf(uri: string): string {
  try {
    const url = new URL(uri);
    if (url.protocol === 'file:') return fileURLToPath(url);
    return decodeURIComponent(path.posix.basename(url.pathname)) || uri;
  } catch {
    return uri;
  }
}

/** Wires the server to a connection (stdio in the bin; tests may pass another). */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const settingsCache = new Map<string, Promise<Settings>>();
  let pullSettings = false;
  let canShowDocument = false;
  /** Settings pushed with didChangeConfiguration or initializationOptions, for clients that cannot be asked. */
  let pushedSettings: unknown;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    pullSettings = params.capabilities.workspace?.configuration === true;
    canShowDocument = params.capabilities.window?.showDocument?.support === true;
    pushedSettings = unkeyLintSection(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        ...(canShowDocument && { executeCommandProvider: { commands: [SHOW_DOCS_COMMAND] } }),
      },
      serverInfo: { name: 'unkey-lint-language-server' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    const section = unkeyLintSection(change.settings);
    if (section !== undefined) pushedSettings = section;
    settingsCache.clear();
    linted.clear();
    for (const document of documents.all()) void validate(document);
  });

  function settingsFor(uri: string): Promise<Settings> {
    let settings = settingsCache.get(uri);
    if (!settings) {
      const raw: Promise<unknown> = pullSettings
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'unkeyLint' }).catch(() => pushedSettings)
        : Promise.resolve(pushedSettings);
      settings = raw.then((value) => normalizeSettings((key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined)));
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  /**
   * The last JS/TS parse of the documents being typed in (made on a document's first change, the latest
   * MAX_PARSE_MEMORIES kept): the next lint re-parses only the statements an edit touched.
   */
  const parseMemories = new ParseMemories(MAX_PARSE_MEMORIES);

  /** Lints the document's current version (or returns the cached lint of it) and publishes its diagnostics. */
  async function validate(document: TextDocument, typed = false): Promise<Linted | undefined> {
    const cached = linted.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const version = document.version;
    const settings = await settingsFor(document.uri);
    const text = document.getText();
    const fileName = fileNameOf(document.uri);
    const languageOff = READ_LANGUAGE_IDS.includes(document.languageId) && !settings.languages.includes(document.languageId);
    let result: LintResult | undefined;
    if (settings.enable && !languageOff && text.length <= settings.maxFileSize) {
      result = await lintAsync(text, fileName, { ...toLintOptions(settings), parseMemory: parseMemories.get(document.uri, typed) }, document.languageId);
    }
    // A newer version arrived while settings or grammars loaded: its own run publishes.
    const current = documents.get(document.uri);
    if (!current || current.version !== version) return undefined;
    if (!result) {
      linted.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: [] });
      return undefined;
    }
    const entry = { version, settings, result };
    linted.set(document.uri, entry);
    void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: result.findings.map((f) => toDiagnostic(document, f)) });
    return entry;
  }

  function schedule(document: TextDocument): void {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void validate(current, true);
    }, DEBOUNCE_MS));
  }

  documents.onDidOpen(({ document }) => void validate(document));
  documents.onDidChangeContent(({ document }) => {
    // didOpen fires onDidChangeContent too; the open handler already linted that version.
    if (linted.get(document.uri)?.version !== document.version) schedule(document);
  });
  documents.onDidSave(({ document }) => void validate(document));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    parseMemories.delete(document.uri);
    settingsCache.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const entry = await validate(document);
    if (!entry || documents.get(document.uri)?.version !== entry.version) return [];
    return codeActions(document, entry, params, canShowDocument);
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const entry = await validate(document);
    if (!entry) return null;
    const hover = hoverAt(entry.result, document.offsetAt(params.position), entry.settings.hosts);
    if (!hover) return null;
    return {
      contents: { kind: 'markdown', value: hover.markdown },
      range: { start: document.positionAt(hover.range[0]), end: document.positionAt(hover.range[1]) },
    };
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_DOCS_COMMAND) return;
    const rule = params.arguments?.[0];
    if (typeof rule !== 'string' || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(rule)) return;
    // The page shipped in the package (dist/../docs/rules), opened in the editor; the web page otherwise.
    const page = path.join(__dirname, '..', 'docs', 'rules', `${rule}.md`);
    if (fs.existsSync(page)) await connection.window.showDocument({ uri: pathToFileURL(page).href, takeFocus: true });
    else await connection.window.showDocument({ uri: ruleDocsUrl(rule as RuleId), external: true });
  });

  documents.listen(connection);
  connection.listen();
}

function unkeyLintSection(settings: unknown): unknown {
  if (!settings || typeof settings !== 'object') return undefined;
  const record = settings as Record<string, unknown>;
  if (record.unkeyLint && typeof record.unkeyLint === 'object') return record.unkeyLint;
  // Dotted keys, as some clients send them: { "unkeyLint.hosts": [...] }.
  const dotted = Object.entries(record).filter(([key]) => key.startsWith('unkeyLint.'));
  return dotted.length ? Object.fromEntries(dotted.map(([key, value]) => [key.slice('unkeyLint.'.length), value])) : undefined;
}

function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: { start: document.positionAt(finding.range[0]), end: document.positionAt(finding.range[1]) },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
  };
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function codeActions(document: TextDocument, entry: Linted, params: CodeActionParams, canShowDocument: boolean): CodeAction[] {
  const text = document.getText();
  const eol = dominantEol(text);
  const edit = (edits: readonly TextEdit[]): WorkspaceEdit => ({
    changes: {
      [document.uri]: edits.map((e): LspTextEdit => {
        const { range, text: newText } = withEol(e, eol);
        return { range: { start: document.positionAt(range[0]), end: document.positionAt(range[1]) }, newText };
      }),
    },
  });
  const fixAll = (kind: string): CodeAction | undefined => {
    const { output } = applyFixes(text, fileNameOf(document.uri), toLintOptions(entry.settings), document.languageId);
    const firstPass = entry.result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const edits = fixAllEdits(text, output, firstPass, eol);
    return edits.length ? { title: 'Fix all unkey-lint problems', kind, edit: edit(edits) } : undefined;
  };

  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  if (only && !wants(CodeActionKind.QuickFix)) {
    // `source.fixAll` (on save, or asked for by name).
    const action = wants(FIX_ALL_KIND) ? fixAll(FIX_ALL_KIND) : undefined;
    return action ? [action] : [];
  }

  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  const titles = new Set<string>();
  const add = (list: CodeAction[], action: CodeAction | undefined) => {
    if (action && !titles.has(action.title)) {
      titles.add(action.title);
      list.push(action);
    }
  };
  const quickFix = (title: string, edits: TextEdit[], diagnostic: Diagnostic, isPreferred: boolean): CodeAction =>
    ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(edits), ...(isPreferred && { isPreferred }) });

  const mdx = isMdxFile(fileNameOf(document.uri), document.languageId);
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    const finding = entry.result.findings.find((f) =>
      f.ruleId === diagnostic.code && f.message === diagnostic.message && sameRange(toDiagnostic(document, f).range, diagnostic.range));
    if (!finding) continue;
    const rule = finding.ruleId;
    if (finding.fix) add(fixes, quickFix(finding.fixTitle ?? `Fix this ${rule} problem`, [finding.fix], diagnostic, true));
    for (const suggestion of finding.suggestions ?? []) add(fixes, quickFix(`${suggestion.desc} (${rule})`, [suggestion.fix], diagnostic, false));
    const { line, file } = disableEditsFor(text, entry.result, finding, { mdx });
    if (line) add(others, quickFix(`Disable ${rule} for this line`, [line], diagnostic, false));
    if (file) add(others, quickFix(`Disable ${rule} for this file`, [file], diagnostic, false));
    if (canShowDocument) {
      const title = `Show documentation for ${rule}`;
      add(others, { title, kind: CodeActionKind.QuickFix, command: { title, command: SHOW_DOCS_COMMAND, arguments: [rule] } });
    }
  }
  if (fixes.length + others.length > 0 && entry.result.findings.some((f) => f.fix)) add(fixes, fixAll(CodeActionKind.QuickFix));
  return [...fixes, ...others];
}
