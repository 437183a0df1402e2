// Writes docs/rules/<rule-id>.md from the rule sections of README.md (`### <rule-id>` under `## Rules`),
// so the rule documentation ships inside the npm package and the VS Code extension and opens offline.
// `node scripts/generate-rule-docs.mjs` writes; `--check` exits 1 when a file is missing or stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The docs/rules files README.md gives: name → content. */
export function ruleDocs(readme) {
  const rules = readme.slice(readme.indexOf('\n## Rules\n'));
  const end = rules.indexOf('\n## ', 1);
  const body = end === -1 ? rules : rules.slice(0, end);
  const sections = [...body.matchAll(/\n### ([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\n([\s\S]*?)(?=\n### |$)/g)];
  const ids = new Set(sections.map((m) => m[1]));
  const docs = {};
  for (const [, id, text] of sections) {
    // Links to other rules stay inside docs/rules; other README anchors point at the README shipped beside.
    const linked = text.trim().replace(/\]\(#([^)]+)\)/g, (_, anchor) => (ids.has(anchor) ? `](${anchor}.md)` : `](../../README.md#${anchor})`));
    docs[`${id}.md`] = `<!-- Generated from README.md by scripts/generate-rule-docs.mjs: edit the README section, then run it. -->\n# ${id}\n\n${linked}\n`;
  }
  return docs;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.join(ROOT, 'docs/rules');
  const docs = ruleDocs(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  const check = process.argv.includes('--check');
  const existing = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
  let stale = 0;
  for (const [name, content] of Object.entries(docs)) {
    const file = path.join(dir, name);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) continue;
    stale++;
    if (check) console.error(`docs/rules/${name} is missing or stale`);
    else {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(file, content);
    }
  }
  for (const name of existing.filter((f) => !(f in docs))) {
    stale++;
    if (check) console.error(`docs/rules/${name} has no README section`);
    else fs.rmSync(path.join(dir, name));
  }
  if (check && stale) process.exit(1);
}
