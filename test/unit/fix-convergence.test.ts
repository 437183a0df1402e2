// A fix that never converges is not applied (issue #10, item 7): after a trailing backtick the curl
// command never ends for the tokenizer, so the added header lands where the parser cannot see it, and
// every pass added it again (10 times in one --fix, 20 after a second). The core's fixing loop now drops
// a fix whose result still has the same finding at the same place; the rule tester rejects such a case.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/run';
import { applyFixes, fixUntilStable, lint } from '../../src/core';
import { positionsOf } from '../../src/cli/positions';
import { checkInvalidCase } from './ruleTester';

const CASES: [string, string][] = [
  ['a.sh', 'curl -X POST https://api.unkey.com/v2/keys.createKey -H "X: y"`\n'],
  ['b.md', "```bash\ncurl https://api.unkey.com/v2/e -H'n:'`\n```\n"],
];

describe('fixes that never converge are not applied', () => {
  for (const [file, text] of CASES) {
    it(`${file}: the text is left as it is and the finding stays`, () => {
      const before = lint(text, file).findings.filter((f) => f.ruleId === 'missing-authorization');
      assert.equal(before.length, 1);
      assert.ok(before[0].fix, 'the rule offers a fix');
      const { output, remaining } = applyFixes(text, file);
      assert.equal(output, text);
      assert.ok(remaining.some((f) => f.ruleId === 'missing-authorization'));
      const { dropped } = fixUntilStable(text, (t) => lint(t, file).findings);
      assert.deepEqual(dropped.map((f) => f.ruleId), ['missing-authorization']);
    });
  }

  it('--fix twice leaves the file unchanged', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-converge-'));
    try {
      for (const [file, text] of CASES) fs.writeFileSync(path.join(dir, file), text);
      const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: dir, env: {} };
      await run(['--fix', '.'], io);
      await run(['--fix', '.'], io);
      for (const [file, text] of CASES) assert.equal(fs.readFileSync(path.join(dir, file), 'utf8'), text, file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a fix that converges in several passes is still applied', () => {
    const text = 'curl -X POST https://api.unkey.com/v2/keys.createKey\ncurl -X POST https://api.unkey.com/v2/apis.getApi -H "Authorization: bearer $UNKEY_ROOT_KEY"\n';
    const { output, remaining } = applyFixes(text, 'c.sh');
    assert.equal(remaining.length, 0, output);
  });

  it('the rule tester rejects a case whose fix leaves its own finding', () => {
    const [file, code] = CASES[0];
    const at = positionsOf(code);
    const errors = lint(code, file).findings.filter((f) => f.ruleId === 'missing-authorization').map((f) => {
      const start = at(f.range[0]);
      const end = at(f.range[1]);
      return { message: f.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
    assert.throws(() => checkInvalidCase('missing-authorization', { code, filename: file, errors, output: code.replace('"X: y"', '"X: y" -H "Authorization: Bearer $UNKEY_ROOT_KEY"') }), /left its own finding/);
  });
});
