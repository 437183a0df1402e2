// A small dotenv reader (the syntax of the `dotenv` package: `export` prefix, `#` comments, single,
// double and backtick quotes, escapes in double quotes, multi-line quoted values). No `vscode` import.

export interface EnvEntry {
  value: string;
  /** 0-based line of the assignment. */
  line: number;
}

const LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*=[ \t]*/;

/** The value of each name in a .env text; a later assignment of a name replaces an earlier one. */
export function parseDotenv(text: string): Map<string, EnvEntry> {
  return new Map(dotenvAssignments(text).map(({ name, ...entry }) => [name, entry]));
}

/** Every assignment of a .env text, in order. */
export function dotenvAssignments(text: string): (EnvEntry & { name: string })[] {
  const entries: (EnvEntry & { name: string })[] = [];
  const source = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = LINE.exec(lines[i]!);
    if (!match) continue;
    const start = i;
    let rest = lines[i]!.slice(match[0].length);
    let value: string;
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      // A quoted value may span lines up to its closing quote; unterminated means "to the end of line".
      let body = rest.slice(1);
      let close = findClose(body, quote);
      let j = i;
      while (close < 0 && j + 1 < lines.length) {
        j++;
        body += '\n' + lines[j];
        close = findClose(body, quote);
      }
      if (close < 0) {
        value = rest.slice(1).trim();
      } else {
        value = body.slice(0, close);
        if (quote === '"') value = value.replace(/\\([nrt"\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
        i = j;
      }
    } else {
      const comment = rest.search(/(^|[ \t])#/);
      if (comment >= 0) rest = rest.slice(0, comment);
      value = rest.trim();
    }
    entries.push({ name: match[1]!, value, line: start });
  }
  return entries;
}

function findClose(body: string, quote: string): number {
  for (let k = 0; k < body.length; k++) {
    if (body[k] === '\\' && quote === '"') {
      k++;
      continue;
    }
    if (body[k] === quote) return k;
  }
  return -1;
}
