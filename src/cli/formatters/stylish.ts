import type { FileResult } from '../lintFile';
import { printable } from '../printable';

export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  reset(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const ANSI: Colors = { red: sgr(31, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22), reset: sgr(0, 0) };
const identity = (s: string) => s;
export const PLAIN: Colors = { red: identity, yellow: identity, dim: identity, bold: identity, reset: identity };

const stripAnsi = (s: string) => s.replace(/\u001b\[\d+m/g, '');
const plural = (word: string, n: number) => (n === 1 ? word : `${word}s`);

/**
 * ESLint's stylish formatter, reproduced: a header line per file with problems, aligned
 * `line:col  severity  message  rule` rows, then the totals. Empty when there is nothing to report.
 */
export function formatStylish(results: readonly FileResult[], c: Colors = PLAIN): string {
  let output = '\n';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let summaryColor: 'red' | 'yellow' = 'yellow';

  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    if (result.problems.length === 0) continue;

    const rows = result.problems.map((p) => {
      if (p.severity === 2) summaryColor = 'red';
      return [
        '',
        String(p.region?.startLine ?? 0),
        String(p.region?.startColumn ?? 0),
        p.severity === 2 ? c.red('error') : c.yellow('warning'),
        printable(p.message.replace(/([^ ])\.$/u, '$1')),
        p.ruleId ? c.dim(p.ruleId) : '',
      ];
    });
    const lines = table(rows, ['', 'r', 'l']).map((row) => row.replace(/(\d+)\s+(\d+)/u, (_, line: string, column: string) => c.dim(`${line}:${column}`)));
    output += `${printable(result.filePath)}\n${lines.join('\n')}\n\n`;
  }

  const total = errors + warnings;
  if (total === 0) return '';
  const color = c[summaryColor];
  output += color(c.bold(`\u2716 ${total} ${plural('problem', total)} (${errors} ${plural('error', errors)}, ${warnings} ${plural('warning', warnings)})\n`));
  if (fixableErrors > 0 || fixableWarnings > 0) {
    output += color(
      c.bold(`  ${fixableErrors} ${plural('error', fixableErrors)} and ${fixableWarnings} ${plural('warning', fixableWarnings)} potentially fixable with the \`--fix\` option.\n`),
    );
  }
  return c.reset(output);
}

/** The `text-table` package ESLint uses: columns padded to their widest cell, two spaces apart, right-trimmed. */
function table(rows: string[][], align: string[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stripAnsi(cell).length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - stripAnsi(cell).length);
        return align[i] === 'r' ? pad + cell : cell + pad;
      })
      .join('  ')
      .replace(/\s+$/, ''),
  );
}
