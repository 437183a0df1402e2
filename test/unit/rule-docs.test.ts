// docs/rules/<rule-id>.md: one page per rule, generated from the rule's README section, shipped in the npm
// package and the VS Code extension (where "Show documentation" opens it in the Markdown preview).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../src/core';

const ROOT = path.resolve(__dirname, '../..');

describe('docs/rules', () => {
  it('has one page per rule, equal to what scripts/generate-rule-docs.mjs makes from README.md', async () => {
    const { ruleDocs } = (await import(pathToFileURL(path.join(ROOT, 'scripts/generate-rule-docs.mjs')).href)) as { ruleDocs(readme: string): Record<string, string> };
    const docs = ruleDocs(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    for (const rule of RULES) assert.ok(docs[`${rule.id}.md`], `README has a section for ${rule.id}`);
    const files = fs.readdirSync(path.join(ROOT, 'docs/rules')).sort();
    assert.deepEqual(files, Object.keys(docs).sort());
    for (const [name, content] of Object.entries(docs)) {
      assert.equal(fs.readFileSync(path.join(ROOT, 'docs/rules', name), 'utf8'), content, `docs/rules/${name} is stale: run node scripts/generate-rule-docs.mjs`);
      assert.match(content, /#### Incorrect|Incorrect/, `${name} shows an incorrect example`);
    }
  });
});
