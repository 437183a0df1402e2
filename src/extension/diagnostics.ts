import * as vscode from 'vscode';
import { gitFacts } from '../core/gitHost';
import { type ParseMemory, ParseMemories } from '../core/js/incremental';
import { detectLanguage, lint, missingGrammars, partialAnalysisMessage, prepareLint, resolveOptions, type LintResult } from '../core/lint';
import { maskSecrets } from '../core/mask';
import type { FileFacts, Finding, ProjectFiles, Severity } from '../core/types';
import { debounceMs, READ_LANGUAGE_IDS, READ_SCHEMES, toLintOptions } from './config';
import { sizeSkipReason } from './files';
import { workspaceProjectFiles } from './projectFiles';
import type { Log } from './log';
import { readSettings, type Settings } from './settings';

export const SOURCE = 'unkey-lint';
/** What made the extension lint a document. */
export type LintTrigger = 'open' | 'change' | 'save' | 'request' | 'settings';

/** One publication of a document's diagnostics (see UnkeyLintApi.onDidPublish). */
export interface Publication {
  uri: vscode.Uri;
  version: number;
  trigger: LintTrigger;
  /** The lint itself, in milliseconds (settings, engine, conversion to diagnostics). */
  lintMs: number;
  /** For a change: the wait chosen before linting (debounceMs); 0 otherwise. */
  delayMs: number;
  /** When the JS/TS parse reused the last tree: the top-level statements parsed again and those reused. */
  reparse?: { reparsed: number; reused: number };
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** One lint of one document version, kept so hovers and code actions need not lint again. */
export interface LintedDocument {
  version: number;
  settings: Settings;
  result: LintResult;
  /** Each finding with the diagnostic published for it, in the same order. */
  entries: Array<{ finding: Finding; diagnostic: vscode.Diagnostic }>;
}

/**
 * The rule link of a diagnostic: a command link (the hover and the Problems panel open code links with
 * commands allowed) that opens the rule's page bundled in the extension in the Markdown preview, offline.
 */
export function ruleDocsTarget(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:unkeyLint.showRuleDocs?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

export function toDiagnostic(finding: Finding, range: vscode.Range): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.ruleId, target: ruleDocsTarget(finding.ruleId) };
  return diagnostic;
}

/**
 * The information diagnostic on line 1 of a file read only in part (nesting too deep for the parser):
 * without it the missing squiggles in that part would look like a clean bill. No rule, so no quick fix.
 */
export function partialDiagnostic(document: vscode.TextDocument, reason: string): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(document.lineAt(0).range, partialAnalysisMessage(reason), vscode.DiagnosticSeverity.Information);
  diagnostic.source = SOURCE;
  return diagnostic;
}

/** Modules a relative import may name (`./config` is tried as config.ts, config.js, config/index.ts, …). */
/** Documents opened or typed in whose last parse is kept (see ParseMemories). */
const MAX_PARSE_MEMORIES = 4;

const MODULE_FILE = /\.(?:[mc]?[jt]sx?)$/i;

/** `files` that also notes which modules a lint read (or looked for) through a relative import. */
function recordingModules(files: ProjectFiles, read: Set<string>): ProjectFiles {
  return {
    readFile(path) {
      if (MODULE_FILE.test(path)) read.add(path);
      return files.readFile(path);
    },
  };
}

/** Cheap first test, before settings are read: output channels, git views and other languages never are. */
function mayLint(document: vscode.TextDocument): boolean {
  return READ_SCHEMES.includes(document.uri.scheme) && READ_LANGUAGE_IDS.includes(document.languageId);
}

/** Keeps the diagnostics of open documents current: lint on open, debounced change, save; clear on close. */
export class DocumentLinter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly cache = new Map<string, LintedDocument>();
  private readonly gitFacts = new Map<string, FileFacts>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Per document, the diagnostics of its last version that parsed, moved along with every edit since and
   * dropped where an edit touched their lines: shown while the text does not parse, so a half-typed call
   * does not make the other squiggles blink (the TypeScript server keeps its diagnostics the same way).
   */
  private readonly held = new Map<string, vscode.Diagnostic[]>();
  /**
   * Per document, the modules its last lint read or looked for through a relative import (as the engine
   * spelled the paths: the document's own fileName style). An edit to one of them lints the document again.
   */
  private readonly imports = new Map<string, Set<string>>();
  /** Changes on disk to modules an open document imports; made when the first such import is read. */
  private watcher: vscode.FileSystemWatcher | undefined;
  /** Documents whose skip was already logged, so the log gets one line per skip, not one per keystroke. */
  private readonly loggedSkips = new Set<string>();
  /** Documents whose partial analysis was already logged (once until it is read in full again). */
  private readonly loggedPartial = new Set<string>();
  /** Per document, how long its last lint took: sets the wait after its next change. */
  private readonly lintMs = new Map<string, number>();
  /**
   * The last JS/TS parse of the documents opened or typed in (the latest MAX_PARSE_MEMORIES of them):
   * the next lint re-parses only the statements an edit touched.
   */
  private readonly parseMemories = new ParseMemories(MAX_PARSE_MEMORIES);
  private readonly published = new vscode.EventEmitter<Publication>();
  readonly onDidPublish = this.published.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.published];

  constructor(private readonly log: Log) {
    const { workspace } = vscode;
    this.disposables.push(
      workspace.onDidOpenTextDocument((document) => this.lint(document, 'open')),
      workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        this.relintImporters(event.document.uri);
        if (!mayLint(event.document)) return;
        const key = event.document.uri.toString();
        const held = this.held.get(key);
        if (held) this.held.set(key, moveDiagnostics(held, event.contentChanges));
        this.schedule(event.document);
      }),
      workspace.onDidSaveTextDocument((document) => {
        // A saved .gitignore may change whether git ignores an open .env file: ask git again.
        if (/(?:^|[\\/])\.gitignore$/.test(document.fileName)) this.refreshGitFacts();
        this.relintImporters(document.uri);
        this.lint(document, 'save');
      }),
      workspace.onDidCloseTextDocument((document) => {
        this.forget(document.uri);
        this.loggedSkips.delete(document.uri.toString());
        this.loggedPartial.delete(document.uri.toString());
      }),
    );
  }

  /**
   * Git's view of a dotenv file (tracked, ignored), asked once per file until it is saved or closed.
   * Not in an untrusted workspace: running git there is what Workspace Trust guards against.
   */
  private facts(document: vscode.TextDocument, text: string): FileFacts {
    if (document.uri.scheme !== 'file' || !vscode.workspace.isTrusted || !text.includes('unkey_')) return {};
    if (detectLanguage(document.fileName, text, document.languageId) !== 'dotenv') return {};
    const key = document.uri.toString();
    let facts = this.gitFacts.get(key);
    if (!facts) this.gitFacts.set(key, (facts = gitFacts(document.uri.fsPath)));
    return facts;
  }

  /**
   * The lint of the document's current version: cached, or computed now and published.
   * Undefined when the document is not linted (scheme, language, size, disabled).
   */
  lint(document: vscode.TextDocument, trigger: LintTrigger = 'request', delayMs = 0): LintedDocument | undefined {
    if (!mayLint(document)) return undefined;
    const key = document.uri.toString();
    this.cancelTimer(key);
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached;

    const settings = readSettings(document.uri);
    const skip = this.skipReason(document, settings);
    if (skip !== undefined) {
      this.forget(document.uri);
      if (skip && !this.loggedSkips.has(key)) {
        this.loggedSkips.add(key);
        this.log.info(`Skipped ${this.name(document.uri)}: ${skip}.`);
      }
      return undefined;
    }
    this.loggedSkips.delete(key);

    const started = performance.now();
    let result: LintResult;
    let parseMemory: ParseMemory | undefined;
    try {
      const text = document.getText();
      const read = new Set<string>();
      // Made when the document is opened or changed (the first edit after opening is already re-parsed in
      // part); a settings or workspace pass over every open document makes none.
      parseMemory = this.parseMemories.get(key, trigger === 'change' || trigger === 'open');
      if (parseMemory) parseMemory.last = undefined;
      const options = { ...toLintOptions(settings, recordingModules(workspaceProjectFiles, read)), parseMemory };
      // A grammar (Python, …) loads on the first file of its language; lint again once it is there.
      if (missingGrammars(text, document.fileName, options, document.languageId).length) this.loadGrammars(document, text, options);
      result = lint(text, document.fileName, options, document.languageId, this.facts(document, text));
      if (read.size) {
        this.imports.set(key, read);
        this.watchModules();
      } else this.imports.delete(key);
    } catch (error) {
      // The engine is meant never to throw; if it does, one file loses its diagnostics, not the editor.
      const message = maskSecrets(String((error as Error)?.message ?? '').slice(0, 200));
      this.log.error(`Linting ${this.name(document.uri)} failed: ${(error as Error)?.name ?? 'Error'}: ${message}`);
      this.forget(document.uri);
      return undefined;
    }
    const entries = result.findings.map((finding) => ({
      finding,
      diagnostic: toDiagnostic(finding, new vscode.Range(document.positionAt(finding.range[0]), document.positionAt(finding.range[1]))),
    }));
    const linted: LintedDocument = { version: document.version, settings, result, entries };
    this.cache.set(key, linted);
    const fresh = entries.map((entry) => entry.diagnostic);
    if (result.partial) {
      fresh.unshift(partialDiagnostic(document, result.partial));
      if (!this.loggedPartial.has(key)) {
        this.loggedPartial.add(key);
        this.log.warn(`${this.name(document.uri)}: ${partialAnalysisMessage(result.partial)}`);
      }
    } else this.loggedPartial.delete(key);
    const held = this.held.get(key);
    if (result.extraction.incomplete && held) {
      // Does not parse: the last good diagnostics on lines no edit touched, plus what this version found.
      this.collection.set(document.uri, mergeDiagnostics(held, fresh));
    } else {
      this.held.set(key, fresh);
      this.collection.set(document.uri, fresh);
    }
    const lintMs = performance.now() - started;
    this.lintMs.set(key, lintMs);
    this.published.fire({ uri: document.uri, version: document.version, trigger, lintMs, delayMs, ...(parseMemory?.last && { reparse: parseMemory.last }) });
    if (result.parsed) {
      const ms = lintMs.toFixed(1);
      // Once per pause in typing: trace level, so the default log stays quiet while editing.
      this.log.trace(`Linted ${this.name(document.uri)} (version ${document.version}): ${entries.length} problem(s) in ${ms} ms${result.extraction.incomplete ? ', text does not parse' : ''}.`);
    }
    return linted;
  }

  private loadGrammars(document: vscode.TextDocument, text: string, options: ReturnType<typeof toLintOptions>): void {
    const version = document.version;
    prepareLint(text, document.fileName, options, document.languageId).then(
      () => {
        if (document.isClosed) return;
        const cached = this.cache.get(document.uri.toString());
        if (cached?.version === version) this.cache.delete(document.uri.toString());
        this.lint(document);
      },
      (error: unknown) => this.log.error(`Loading a grammar for ${this.name(document.uri)} failed: ${(error as Error)?.message ?? String(error)}`),
    );
  }

  /**
   * Lints after a pause in typing as long as the document's last lint took (debounceMs); a newer change
   * restarts the wait, so only the latest version is linted.
   */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancelTimer(key);
    const delay = debounceMs(this.lintMs.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // Closed meanwhile: nothing to publish.
      if (!document.isClosed) this.lint(document, 'change', delay);
    }, delay));
  }

  /**
   * Settings changed: every open document is linted again with the new settings. Results of a workspace
   * scan are dropped, since they follow the old settings (and `enable: false` must clear everything).
   */
  relintAll(trigger: LintTrigger = 'settings'): void {
    this.collection.clear();
    this.cache.clear();
    this.held.clear();
    this.loggedSkips.clear();
    for (const document of vscode.workspace.textDocuments) this.lint(document, trigger);
  }

  /**
   * A module changed (edited in an editor, saved, or changed on disk): the open documents whose last lint
   * read it through a relative import are linted again, after the usual pause. Nothing to do, and no
   * work, when no open document imports anything.
   */
  relintImporters(changed: vscode.Uri): void {
    if (this.imports.size === 0 || changed.scheme !== 'file') return;
    const changedKey = changed.toString();
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      const read = key === changedKey ? undefined : this.imports.get(key);
      if (!read || !(read.has(changed.fsPath) || read.has(changed.path))) continue;
      // Its own text did not change, so its cached lint would be taken for current.
      this.cache.delete(key);
      this.schedule(document);
    }
  }

  private watchModules(): void {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher('**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}');
    const changed = (uri: vscode.Uri) => this.relintImporters(uri);
    this.disposables.push(this.watcher, this.watcher.onDidChange(changed), this.watcher.onDidCreate(changed), this.watcher.onDidDelete(changed));
  }

  private refreshGitFacts(): void {
    const keys = [...this.gitFacts.keys()];
    this.gitFacts.clear();
    for (const document of vscode.workspace.textDocuments) {
      if (!keys.includes(document.uri.toString())) continue;
      this.cache.delete(document.uri.toString());
      this.lint(document);
    }
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.gitFacts.delete(key);
    this.cancelTimer(key);
    this.cache.delete(key);
    this.held.delete(key);
    this.imports.delete(key);
    this.lintMs.delete(key);
    this.parseMemories.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.cache.clear();
    this.held.clear();
    this.lintMs.clear();
    this.parseMemories.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** Why a document is not linted: undefined to lint it, '' to skip it silently, or a reason to log once. */
  private skipReason(document: vscode.TextDocument, settings: Settings): string | undefined {
    if (!settings.enable) return '';
    if (!settings.languages.includes(document.languageId)) {
      return READ_LANGUAGE_IDS.includes(document.languageId) ? `language ${document.languageId} is not in unkeyLint.languages` : '';
    }
    // Characters, not bytes, but close enough for an open buffer; the offset of its end costs no copy
    // of the text (getText() joins every line anew), which matters on a huge file typed into.
    const size = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    return sizeSkipReason(size, settings.maxFileSize, 'characters', () => document.getText(), resolveOptions(toLintOptions(settings)).hosts);
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private name(uri: vscode.Uri): string {
    return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri) : uri.toString(true);
  }
}

/**
 * Moves diagnostics through one change event, as the editor moves its decorations: lines below an edit
 * shift by the lines it added or removed; a diagnostic on a line the edit touched is dropped (stale).
 */
export function moveDiagnostics(diagnostics: readonly vscode.Diagnostic[], changes: readonly vscode.TextDocumentContentChangeEvent[]): vscode.Diagnostic[] {
  let current = [...diagnostics];
  // An event's changes are given bottom-up, so each one's range is valid after the ones before it.
  for (const change of changes) {
    const { start, end } = change.range;
    const delta = (change.text.match(/\n/g)?.length ?? 0) - (end.line - start.line);
    const next: vscode.Diagnostic[] = [];
    for (const diagnostic of current) {
      const { range } = diagnostic;
      if (range.start.line > end.line) {
        if (delta === 0) next.push(diagnostic);
        else next.push(withRange(diagnostic, new vscode.Range(range.start.translate(delta), range.end.translate(delta))));
      } else if (range.end.line < start.line) next.push(diagnostic);
    }
    current = next;
  }
  return current;
}

function withRange(diagnostic: vscode.Diagnostic, range: vscode.Range): vscode.Diagnostic {
  const moved = new vscode.Diagnostic(range, diagnostic.message, diagnostic.severity);
  moved.source = diagnostic.source;
  moved.code = diagnostic.code;
  return moved;
}

/** Held diagnostics plus fresh ones, each (rule, range, message) once. */
function mergeDiagnostics(held: readonly vscode.Diagnostic[], fresh: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  const key = (d: vscode.Diagnostic) => `${typeof d.code === 'object' ? d.code.value : d.code}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${d.message}`;
  const seen = new Set(fresh.map(key));
  return [...fresh, ...held.filter((d) => !seen.has(key(d)))].sort((a, b) => a.range.start.compareTo(b.range.start));
}
