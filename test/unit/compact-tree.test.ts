// Large JS/TS texts get their syntax tree compacted right after parsing (no `loc`, arrays without spare
// room; js/parse.ts compactTree) to bound the memory of huge files. The engine must read such a tree
// exactly as a full one: the same findings, messages, ranges, fixes and fixed text as without compaction.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes, lint } from '../../src/core';
import { COMPACT_FROM, parseJs } from '../../src/core/js/parse';
import { JS_TS_FIXTURES } from './jsFixtures';

const ROOT = path.join(__dirname, '../..');
const FILES = JS_TS_FIXTURES;

/** A comment after the code that takes the text past COMPACT_FROM and changes nothing else. */
const PADDING = `\n/* ${'x'.repeat(COMPACT_FROM)} */\n`;

describe('large texts: the compacted syntax tree reads as the full one', function () {
  this.timeout(60_000);
  it('a padded text is compacted, a small one is not', () => {
    const text = 'fetch(u, { headers: {} });\n';
    const small = parseJs(text, { language: 'typescript', fileName: 'a.ts' }).parts[0].program;
    const large = parseJs(text + PADDING, { language: 'typescript', fileName: 'a.ts' }).parts[0].program;
    assert.ok(small.loc, 'small: loc kept');
    assert.equal(large.loc, null);
    assert.equal(large.body[0].expression.arguments[1].properties[0].loc, null, 'nested nodes too');
  });

  for (const file of FILES) {
    it(`${file}: the same findings and fixed text`, () => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const full = lint(text, file);
      assert.ok(full.findings.length > 0, 'the file has findings');
      assert.deepEqual(lint(text + PADDING, file).findings, full.findings);
      assert.equal(applyFixes(text + PADDING, file).output, applyFixes(text, file).output + PADDING);
    });
  }
});
