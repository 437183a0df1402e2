// The embedding helper shared by the host formats, with a toy embedded extractor so that each rule of
// the adaptation is tested on its own: masked copies, opaque stand-ins, edits checked against the host.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../src/core/lint';
import type { ExtractContext } from '../../src/core/extractors/context';
import { blankOut, findRootKeys, maskedCopy, type Region, runEmbedded } from '../../src/core/extractors/embed';
import { DEFAULT_OPTIONS, type Extraction, type RequestSite, type TextEdit } from '../../src/core/types';
import { sourceText } from '../../src/core/value';

const CONTEXT: ExtractContext = { options: DEFAULT_OPTIONS, language: 'shell', fileName: 'x.md' };

/** A toy extractor: one site per `GET <url>` word, whose fix builders return the edits given. */
function toy(edits: { add?: (masked: string, site: RequestSite) => TextEdit; replace?: (masked: string) => TextEdit }) {
  return (masked: string): Extraction => {
    const sites: RequestSite[] = [];
    for (const m of masked.matchAll(/GET (\S+)/g)) {
      const start = m.index + 4;
      const site: RequestSite = {
        tool: 'curl',
        url: { parts: [sourceText(m[1], start)], range: [start, start + m[1].length] },
        method: 'GET',
        range: [m.index, m.index + m[0].length],
        reportRange: [m.index, m.index + 3],
        headers: [{
          name: 'Authorization', nameRange: [start, start], value: { parts: [sourceText(m[1], start)], range: [start, start + m[1].length] }, range: [start, start + m[1].length],
          replaceValue: () => edits.replace?.(masked),
          unexpanded: { reference: m[1], range: [start, start + m[1].length] },
        }],
        headersKnown: true,
        sendsCookies: false,
      };
      site.addAuthorization = () => edits.add?.(masked, site);
      sites.push(site);
    }
    return { sites, keys: [], errors: [] };
  };
}

describe('embed', () => {
  it('masks everything but the kept ranges, keeping line breaks and tabs', () => {
    const text = '> a\tb\r\n> GET x\n';
    const region: Region = { keep: [[9, 14]], substitutions: [{ range: [13, 14], text: 'y', kind: 'join' }] };
    assert.equal(maskedCopy(text, blankOut(text), region), '   \t \r\n  GET y\n');
  });

  it('an inserted line gets the host line prefix, replacing the blanks it copied', () => {
    const text = '> GET a\n> ```\n';
    const add = (): TextEdit => ({ range: [7, 7], text: ' \\\n    -H x' });
    const region: Region = { keep: [[2, 7]], linePrefix: () => '> ' };
    const [site] = runEmbedded(toy({ add }), text, blankOut(text), region, CONTEXT).sites;
    assert.deepEqual(site.addAuthorization?.('K'), { range: [7, 7], text: ' \\\n>   -H x' });
  });

  it('a line inserted at a line start gets the prefix too, not the host line after it', () => {
    const text = '> GET a\n> ```\n';
    const add = (): TextEdit => ({ range: [8, 8], text: '  H: 1\n' });
    const region: Region = { keep: [[2, 7]], linePrefix: () => '> ' };
    const [site] = runEmbedded(toy({ add }), text, blankOut(text), region, CONTEXT).sites;
    assert.deepEqual(site.addAuthorization?.('K'), { range: [8, 8], text: '> H: 1\n' });
  });

  it('an edit over host markup is dropped', () => {
    const text = '> GET a\n> b\n';
    const replace = (): TextEdit => ({ range: [4, 11], text: 'x' });
    const region: Region = { keep: [[2, 7], [10, 11]] };
    const [site] = runEmbedded(toy({ replace }), text, blankOut(text), region, CONTEXT).sites;
    assert.equal(site.headers[0].replaceValue?.('x'), undefined);
  });

  it('in folded text, an edit with a line break is dropped', () => {
    const text = 'GET a\n';
    const add = (): TextEdit => ({ range: [5, 5], text: ' \\\n -H x' });
    const [site] = runEmbedded(toy({ add }), text, blankOut(text), { keep: [[0, 5]], folded: true }, CONTEXT).sites;
    assert.equal(site.addAuthorization?.('K'), undefined);
  });

  it('opaque stand-ins: values become opaque there and edits get the source back', () => {
    const text = 'GET ${{ x }}/v2\n';
    const region: Region = { keep: [[0, 15]], substitutions: [{ range: [4, 12], text: '${GGGGG}', kind: 'opaque' }] };
    const replace = (masked: string): TextEdit => ({ range: [4, 15], text: `"${masked.slice(4, 15)}"` });
    const [site] = runEmbedded(toy({ replace }), text, blankOut(text), region, CONTEXT).sites;
    assert.deepEqual(site.url.parts, [
      { kind: 'opaque', range: [4, 12], source: '${{ x }}' },
      { kind: 'text', text: '/v2', map: [12, 13, 14, 15] },
    ]);
    // The reference reaches past the expression: it stays.
    assert.deepEqual(site.headers[0].unexpanded?.range, [4, 15]);
    assert.deepEqual(site.headers[0].replaceValue?.('x'), { range: [4, 15], text: '"${{ x }}/v2"' });
  });

  it('an edit cutting into an opaque expression is dropped', () => {
    const text = 'GET ${{ x }}\n';
    const region: Region = { keep: [[0, 12]], substitutions: [{ range: [4, 12], text: '${GGGGG}', kind: 'opaque' }] };
    const replace = (): TextEdit => ({ range: [6, 12], text: '' });
    const [site] = runEmbedded(toy({ replace }), text, blankOut(text), region, CONTEXT).sites;
    assert.equal(site.headers[0].replaceValue?.('x'), undefined);
    // A "reference" that is the expression itself is filled in before the shell runs: not unexpanded.
    assert.equal(site.headers[0].unexpanded, undefined);
  });

  it('finds root-key-shaped literals only whole, outside skipped ranges', () => {
    const key = 'unkey_3ZtestKeyAbcdefghijkmnopq';
    const text = `${key} x${key} ${key}0 unkey_short ${key}`;
    const last = text.lastIndexOf(key);
    assert.deepEqual(findRootKeys(text).map((k) => k.range), [[0, key.length], [last, last + key.length]]);
    assert.deepEqual(findRootKeys(text, 0, text.length, [[0, 3]]).map((k) => k.range), [[last, last + key.length]]);
  });

  // Fixed seed: CI reruns exactly these cases.
  it('the host formats never throw, and every fix stays inside the text', () => {
    const pieces = ['```', '~~~', '```sh\n', '```console\n', '```http\n', '```ts\n', '> ', '- ', '   ', '\n', '\r\n', '$ ', '\\\n', '"', "'", '`',
      'curl https://api.unkey.com/v2/keys.createKey ', '-H "Authorization: bearer x" ', "-H 'Authorization: Bearer $K' ", 'run: ', '  - ', '|\n', '>\n',
      'RUN ', '# escape=`\n', '<<EOF\n', 'EOF\n', '${{ secrets.K }}', '{{$dotenv K}}', '{{', '###\n', 'POST https://api.unkey.com/v2/apis.getApi\n', 'X: 1\n', '<!--', '{/*', '\uFEFF'];
    const files = ['a.md', 'a.mdx', 'a.http', '.github/workflows/a.yml', 'Dockerfile'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom(...files), (parts, file) => {
        const text = parts.join('');
        for (const finding of lint(text, file).findings) {
          for (const edit of [finding.fix, ...(finding.suggestions ?? []).map((s) => s.fix)]) {
            if (edit) assert.ok(edit.range[0] >= 0 && edit.range[0] <= edit.range[1] && edit.range[1] <= text.length);
          }
        }
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});
