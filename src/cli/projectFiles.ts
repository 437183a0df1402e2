import * as fs from 'node:fs';
import type { LintOptions, ProjectFiles } from '../core';

/** Lockfiles of big projects run to megabytes; past this they are not read and the range decides. */
const MAX_PROJECT_FILE_BYTES = 32 * 1024 * 1024;

/**
 * The engine's view of the files around a linted one (package.json, lockfiles), read from disk once
 * per run: every file of a project asks about the same few.
 */
export function diskProjectFiles(): ProjectFiles {
  const cache = new Map<string, string | undefined>();
  return {
    readFile(file) {
      if (cache.has(file)) return cache.get(file);
      let text: string | undefined;
      try {
        const stat = fs.statSync(file);
        if (stat.isFile() && stat.size <= MAX_PROJECT_FILE_BYTES) text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        text = undefined;
      }
      cache.set(file, text);
      return text;
    },
  };
}

// One per thread: options cross to lint workers by structured clone, which cannot carry functions.
let disk: ProjectFiles | undefined;

/** `options` with the disk's project files, for the engine to read package.json and lockfiles. */
export function withProject(options: Partial<LintOptions>): Partial<LintOptions> {
  return { ...options, project: (disk ??= diskProjectFiles()) };
}
