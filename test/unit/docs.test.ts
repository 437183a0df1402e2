// Every rule has its README section, and the section's examples behave as labelled:
// each "Incorrect:" block is reported by that rule, each "Correct:" block is not.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint';
import { RULES } from '../../src/core/rules';
import { DOCS_BASE_URL } from '../../src/core/rules/rule';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const FILE_FOR: Record<string, string> = { ts: 'example.ts', js: 'example.js', bash: 'example.sh', sh: 'example.sh', http: 'example.http', yaml: '.github/workflows/example.yml', json: 'package.json' };

function section(id: string): string {
  const start = readme.indexOf(`\n### ${id}\n`);
  assert.notEqual(start, -1, `README has no "### ${id}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  const next = readme.indexOf('\n### ', start + 1);
  return readme.slice(start, Math.min(...[end, next].filter((i) => i !== -1)));
}

function examples(text: string): Array<{ label: 'Incorrect' | 'Correct'; lang: string; code: string }> {
  const found = [];
  for (const m of text.matchAll(/^(Incorrect|Correct)\b[^\n]*(?:\n[^\n]+)*?:\n\n```(\w+)\n([\s\S]*?)```/gm)) {
    found.push({ label: m[1] as 'Incorrect' | 'Correct', lang: m[2], code: m[3] });
  }
  return found;
}

// The README may not hold a key-shaped string, so its shortened key is completed here.
const completeKey = (code: string) => code.replace('unkey_3ZVh…', 'unkey_3ZVhq7Rk2mWxT9bPcLd4NfGs');

describe('README rule documentation', () => {
  it('links rules to README sections at the repository URL', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(DOCS_BASE_URL, `${pkg.repository.url}#`);
  });
  for (const rule of RULES) {
    describe(rule.id, () => {
      const found = examples(section(rule.id));
      it('has at least one incorrect and one correct example', () => {
        assert.ok(found.some((e) => e.label === 'Incorrect'));
        assert.ok(found.some((e) => e.label === 'Correct'));
      });
      found.forEach((example, i) => {
        it(`${example.label.toLowerCase()} example ${i + 1} (${example.lang}) behaves as labelled`, () => {
          const file = FILE_FOR[example.lang];
          assert.ok(file, `no file type for a ${example.lang} example`);
          const ids = lint(completeKey(example.code), file).findings.map((f) => f.ruleId);
          if (example.label === 'Incorrect') assert.ok(ids.includes(rule.id), `expected ${rule.id}, got ${ids.join(', ') || 'nothing'}`);
          else assert.ok(!ids.includes(rule.id), `did not expect ${rule.id}`);
        });
      });
    });
  }
});
