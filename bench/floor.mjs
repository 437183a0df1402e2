// The floor the CLI is measured against: a bare Node script that walks the tree (skipping the folders
// the CLI skips), reads every file and tests it for "unkey". No .gitignore, no parsing. Usage: node floor.mjs DIR
import * as fs from 'node:fs';
import * as path from 'node:path';

const SKIPPED = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage']);
const needle = Buffer.from('unkey');
let files = 0;
let hits = 0;

function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) walk(full);
    } else if (entry.isFile()) {
      files++;
      if (fs.readFileSync(full).includes(needle)) hits++;
    }
  }
}

walk(path.resolve(process.argv[2] ?? '.'));
process.stdout.write(`${files} files, ${hits} mention unkey\n`);
