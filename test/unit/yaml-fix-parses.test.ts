// Every YAML fix's output parses with a real YAML parser (issue #10, item 6). A plain scalar
// (`run: curl …`) cannot hold `: ` or ` #`, so a fix that adds `-H "Authorization: …"` quotes the scalar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { applyFixes } from '../../src/core';

const ROOT = path.resolve(__dirname, '../..');
const HEADER = '-H "Authorization: Bearer $UNKEY_ROOT_KEY"';
const step = (run: string) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n`;

function parsed(text: string): unknown {
  const document = parseDocument(text);
  assert.deepEqual(document.errors.map((e) => e.message.split('\n')[0]), [], text);
  return document.toJS();
}
const isQuoted = (text: string) => /run: ['"]/.test(text);
const runOf = (text: string) => (parsed(text) as { jobs: { a: { steps: { run: string }[] } } }).jobs.a.steps[0].run;

describe('YAML fixes parse with a real YAML parser', () => {
  const cases: [string, string, string][] = [
    ['a plain scalar', 'curl -X POST https://api.unkey.com/v2/keys.createKey -d x', `curl -X POST https://api.unkey.com/v2/keys.createKey ${HEADER} -d x`],
    ['a plain scalar with single quotes and a comment', "curl -X POST https://api.unkey.com/v2/keys.createKey -d '{}' # note", `curl -X POST https://api.unkey.com/v2/keys.createKey ${HEADER} -d '{}'`],
    ['a plain scalar with a backslash', 'curl -X POST https://api.unkey.com/v2/keys.createKey -d "a\\\\b"', `curl -X POST https://api.unkey.com/v2/keys.createKey ${HEADER} -d "a\\\\b"`],
    ['a plain scalar with a GitHub expression', 'curl -X POST ${{ vars.BASE }}/v2/keys.createKey', `curl -X POST \${{ vars.BASE }}/v2/keys.createKey ${HEADER}`],
    ['a plain scalar over two lines', 'curl -X POST https://api.unkey.com/v2/keys.createKey\n          -d x', `curl -X POST https://api.unkey.com/v2/keys.createKey ${HEADER} -d x`],
  ];
  for (const [name, run, value] of cases) {
    it(`${name}: the fixed document parses, holds the intended command, and nothing is left to fix`, () => {
      const text = step(run);
      const { output, remaining } = applyFixes(text, '.github/workflows/a.yml');
      assert.notEqual(output, text);
      assert.equal(runOf(output), value);
      assert.deepEqual(remaining.filter((f) => f.fix).map((f) => f.ruleId), []);
    });
  }

  it("a step's env: holding a plain scalar (not a mapping) gets no new entry beside it (found by the fuzz suite)", () => {
    const text = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          UNKEY_ROOT${{ secrets.UNKEY_ROOT_KEY }}\n        run: |\n          curl -X POST https://api.unkey.com/v2/keys.deleteKey -H 'Authorization: Bearer $UNKEY_ROOT_KEY' -d '{}'\n";
    parsed(text);
    const { output } = applyFixes(text, '.github/workflows/a.yml');
    assert.notEqual(output, text);
    parsed(output);
  });

  it('a fix that keeps a plain scalar valid edits it in place, unquoted', () => {
    const text = step('curl -X POST https://api.unkey.com/v2/keys.createKey -H "Authorization:Bearer $UNKEY_ROOT_KEY"');
    const { output } = applyFixes(text, '.github/workflows/a.yml');
    assert.equal(runOf(output), 'curl -X POST https://api.unkey.com/v2/keys.createKey -H "Authorization:Bearer $UNKEY_ROOT_KEY"', 'the server accepts it as it is');
    assert.equal(isQuoted(output), false);
  });

  it('the sample workflow and every YAML fixture parse, before and after --fix', () => {
    const files = ['sample/.github/workflows/rotate.yml', ...fs.readdirSync(path.join(ROOT, 'test/fixtures'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f)).map((f) => `test/fixtures/${f}`)];
    assert.ok(files.length >= 2);
    for (const file of files) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      parsed(text);
      const { output } = applyFixes(text, file);
      parsed(output);
    }
  });
});
