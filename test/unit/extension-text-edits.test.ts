import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, applyFixes } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import { withEol } from '../../src/core/lines';
import { diffEdit, fixAllEdits, LineMap } from '../../src/extension/textEdits';

/** VS Code's positionAt, the slow way: walk the text, \r\n, \r and \n each end a line. */
function naivePosition(text: string, offset: number) {
  let line = 0;
  let character = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    if (text[i] === '\r' && text[i + 1] === '\n' && i + 1 < offset) continue;
    if (text[i] === '\n' || text[i] === '\r') {
      line++;
      character = 0;
    } else character++;
  }
  return { line, character };
}

describe('LineMap', () => {
  it('maps offsets as VS Code does for LF, CRLF and CR line breaks', () => {
    const text = 'ab\ncd\r\nef\rgh\n\n';
    assert.deepEqual(new LineMap(text).positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(new LineMap(text).positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(new LineMap(text).positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(new LineMap(text).positionAt(10), { line: 3, character: 0 });
    assert.deepEqual(new LineMap(text).positionAt(999), { line: 5, character: 0 });
    assert.deepEqual(new LineMap(text).positionAt(-4), { line: 0, character: 0 });
  });

  it('agrees with a naive walk on random text (offsets not inside a \\r\\n pair)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '\n', '\r\n', '\r', 'é', '😀')).map((parts) => parts.join('')), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        fc.pre(!(text[offset - 1] === '\r' && text[offset] === '\n'));
        assert.deepEqual(new LineMap(text).positionAt(offset), naivePosition(text, offset));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('line endings of inserted text', () => {
  it('turns \\n into \\r\\n for a CRLF document, once', () => {
    assert.deepEqual(withEol({ range: [1, 2], text: 'a\nb\r\nc' }, '\r\n'), { range: [1, 2], text: 'a\r\nb\r\nc' });
    assert.deepEqual(withEol({ range: [1, 2], text: 'a\nb' }, '\n'), { range: [1, 2], text: 'a\nb' });
  });
});

describe('diffEdit', () => {
  it('replaces only the changed middle', () => {
    assert.deepEqual(diffEdit('hello world', 'hello brave world'), { range: [6, 6], text: 'brave ' });
    assert.deepEqual(diffEdit('abc', 'abc'), undefined);
    assert.deepEqual(diffEdit('abc', ''), { range: [0, 3], text: '' });
  });

  it('never splits a \\r\\n pair or a surrogate pair', () => {
    const edit = diffEdit('a\r\nb', 'a\r\r\nb')!;
    assert.ok(!(edit.range[0] === 2), 'cut between \\r and \\n');
    assert.equal(applyEdits('a\r\nb', [edit]).output, 'a\r\r\nb');
    const emoji = diffEdit('x😀y', 'x😁y')!;
    assert.equal(applyEdits('x😀y', [emoji]).output, 'x😁y');
    assert.equal(emoji.range[0], 1);
  });

  it('turns any text into any other (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const edit = diffEdit(a, b);
        assert.equal(edit ? applyEdits(a, [edit]).output : a, b);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('fixAllEdits', () => {
  const file = 'a.ts';
  const text = [
    'await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });',
    'const keep = 1;',
    'await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST" });',
    '',
  ].join('\n');

  it('uses the findings\' own edits when one pass fixes everything, and the result equals applyFixes', () => {
    const findings = lint(text, file).findings;
    assert.equal(findings.length, 2);
    const fixed = applyFixes(text, file).output;
    assert.notEqual(fixed, text);
    const edits = fixAllEdits(text, fixed, findings.flatMap((f) => (f.fix ? [f.fix] : [])), '\n');
    assert.equal(edits.length, 2, 'two precise edits, not one region');
    assert.equal(applyEdits(text, edits).output, fixed);
  });

  it('falls back to one changed region when the first-pass edits do not give the final text', () => {
    const fixed = `${text}// added by a second pass\n`;
    const edits = fixAllEdits(text, fixed, [], '\n');
    assert.equal(edits.length, 1);
    assert.equal(applyEdits(text, edits).output, fixed);
  });

  it('keeps a CRLF document CRLF', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const findings = lint(crlf, file).findings;
    const fixed = applyFixes(crlf, file).output;
    const output = applyEdits(crlf, fixAllEdits(crlf, fixed, findings.flatMap((f) => (f.fix ? [f.fix] : [])), '\r\n')).output;
    assert.ok(!/[^\r]\n/.test(output), 'a bare \\n in a CRLF document');
    assert.equal(output, fixed.replace(/\r?\n/g, '\r\n'));
  });

  it('returns nothing when there is nothing to fix', () => {
    assert.deepEqual(fixAllEdits('x', 'x', [], '\n'), []);
  });
});
