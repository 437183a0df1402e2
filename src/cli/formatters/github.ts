import * as path from 'node:path';
import type { Severity } from '../../core';
import type { FileResult, Problem } from '../lintFile';

// GitHub Actions shows `::error`, `::warning` and `::notice` lines as annotations on the diff.
const COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands, one line per problem:
 * `::error file=src/a.ts,line=3,endLine=3,col=7,endColumn=20,title=missing-authorization::message`.
 * Paths are relative to `cwd` (the checkout in CI) with forward slashes. Values are escaped as the
 * runner decodes them, so a message or file name can never end the line or start another command.
 */
export function formatGithub(results: readonly FileResult[], cwd: string): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = path.relative(cwd, result.filePath).split(path.sep).join('/') || path.basename(result.filePath);
    for (const problem of result.problems) lines.push(command(file, problem));
  }
  return lines.join('\n');
}

function command(file: string, problem: Problem): string {
  const properties: [string, string | number][] = [['file', file]];
  if (problem.region) {
    const { startLine, startColumn, endLine, endColumn } = problem.region;
    properties.push(['line', startLine], ['endLine', endLine], ['col', startColumn]);
    // The runner drops columns on multi-line annotations; endColumn only means something on one line.
    if (endLine === startLine) properties.push(['endColumn', endColumn]);
  }
  properties.push(['title', problem.ruleId ?? 'unkey-lint']);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMANDS[problem.level]} ${props}::${escapeData(problem.message)}`;
}

/** The runner's escaping for a command's message (actions/toolkit `escapeData`), plus other line breaks. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/[\u0085\u2028\u2029]/g, ' ');
}

/** The runner's escaping for a property value (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
