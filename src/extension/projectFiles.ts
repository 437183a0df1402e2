import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ProjectFiles } from '../core/types';

/** Lockfiles of big projects run to megabytes; past this they are not read and the range decides. */
const MAX_PROJECT_FILE_BYTES = 32 * 1024 * 1024;

const cache = new Map<string, { mtimeMs: number; size: number; text: string }>();

/**
 * The engine's view of package.json and lockfiles around a linted document: an open document's
 * current text (unsaved edits count), else the file on disk, re-read only when it changed.
 */
export const workspaceProjectFiles: ProjectFiles = {
  readFile(file) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && (d.uri.fsPath === file || d.uri.path === file));
    if (open) return open.getText();
    try {
      const stat = fs.statSync(file);
      if (!stat.isFile() || stat.size > MAX_PROJECT_FILE_BYTES) return undefined;
      const hit = cache.get(file);
      if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.text;
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      if (cache.size >= 64) cache.delete(cache.keys().next().value as string);
      cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, text });
      return text;
    } catch {
      return undefined;
    }
  },
};
