// The one offset → line/column map and line-ending helpers the engine, the CLI and the extension share.
import * as assert from 'node:assert/strict';
import { disableLineEdit } from '../../src/core/disableComment';
import { dominantEol, LineIndex, withEol } from '../../src/core/lines';
import { lint } from '../../src/core/lint';

describe('core: lines', () => {
  const text = 'ab\r\ncd\nef\rgh';

  it("ends lines at \\r\\n, \\n and a lone \\r by default ('any')", () => {
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(0), { line: 0, column: 0 });
    assert.deepEqual(lines.positionAt(2), { line: 0, column: 2 });
    assert.deepEqual(lines.positionAt(4), { line: 1, column: 0 });
    assert.deepEqual(lines.positionAt(7), { line: 2, column: 0 });
    assert.deepEqual(lines.positionAt(10), { line: 3, column: 0 });
    assert.deepEqual(lines.positionAt(999), { line: 3, column: 2 });
    assert.deepEqual(lines.positionAt(-1), { line: 0, column: 0 });
  });

  it("ends lines at \\n only with 'lf' (a lone \\r stays inside its line)", () => {
    const lines = new LineIndex(text, 'lf');
    assert.equal(lines.lineAt(3), 0);
    assert.equal(lines.lineAt(4), 1);
    assert.equal(lines.lineAt(7), 2);
    assert.deepEqual(lines.positionAt(11), { line: 2, column: 4 });
    assert.equal(new LineIndex('', 'lf').lineAt(5), 0);
  });

  it('finds the dominant line ending', () => {
    assert.equal(dominantEol('a\r\nb\r\nc\nd'), '\r\n');
    assert.equal(dominantEol('a\nb\r\nc\n'), '\n');
    assert.equal(dominantEol('a\r\nb\n'), '\n');
    assert.equal(dominantEol('no newline'), '\n');
  });

  it('writes inserted newlines in the file line ending, leaving the range alone', () => {
    assert.deepEqual(withEol({ range: [3, 3], text: '\n  a,\n' }, '\r\n'), { range: [3, 3], text: '\r\n  a,\r\n' });
    assert.deepEqual(withEol({ range: [3, 3], text: 'x\r\ny' }, '\r\n'), { range: [3, 3], text: 'x\r\ny' });
    assert.deepEqual(withEol({ range: [1, 2], text: 'x\r\ny' }, '\n'), { range: [1, 2], text: 'x\ny' });
    const same = { range: [0, 0] as [number, number], text: 'x\ny' };
    assert.equal(withEol(same, '\n'), same);
  });

  it('a disable comment uses the line ending most lines use, as the CLI and VS Code do', () => {
    const mixed = 'echo a\r\necho b\ncurl https://api.unkey.com/v2/keys.verifyKey\necho c\n';
    const edit = disableLineEdit(mixed, 'shell', mixed.indexOf('curl'), 'missing-authorization');
    assert.ok(edit?.text.endsWith('missing-authorization\n') && !edit.text.includes('\r'), JSON.stringify(edit?.text));
  });

  it('disable directives count lines at \\n, as the comment that inserts them does', () => {
    const call = 'curl -X POST https://api.unkey.com/v2/keys.verifyKey';
    assert.ok(lint(`${call}\n`, 'x.sh').findings.length > 0, 'the call must report for this test to mean anything');
    assert.equal(lint(`# unkey-lint-disable-next-line\n${call}\n`, 'x.sh').findings.length, 0);
    assert.equal(lint(`# unkey-lint-disable-next-line\r\n${call}\r\n`, 'x.sh').findings.length, 0);
  });
});
