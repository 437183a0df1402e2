import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ExtractContext } from '../../src/core/extractors/context';
import { extractCurlFromLiteral } from '../../src/core/extractors/curlLiteral';
import { extractShell } from '../../src/core/extractors/shell';
import { applyEdits } from '../../src/core/fix';
import type { Dialect } from '../../src/core/shell/dialect';
import { tokenize } from '../../src/core/shell/tokenizer';
import { DEFAULT_OPTIONS, type LanguageKind, type RequestSite, type TextEdit } from '../../src/core/types';
import { flatten } from '../../src/core/value';

// Fixed seed: CI reruns exactly these cases; change the seed locally to explore.
const RUN = { seed: 42, numRuns: 300 };
const LANGUAGE: Record<Dialect, LanguageKind> = { posix: 'shell', powershell: 'powershell', cmd: 'cmd' };
const context = (dialect: Dialect): ExtractContext => ({ options: DEFAULT_OPTIONS, language: LANGUAGE[dialect], fileName: '' });

// Characters that mean something to at least one of the shells, plus ordinary and non-ASCII ones.
const SPECIAL = ` \t\n\r"'\`$\\#;&|<>(){}[]*?~!%^@=,:-`.split('');
const ORDINARY = 'aZ09_./é€😀'.split('');
const char = (exclude = '') => fc.constantFrom(...[...SPECIAL, ...ORDINARY].filter((c) => !exclude.includes(c)));
const wordText = (exclude = '') => fc.string({ unit: char(exclude), minLength: 0, maxLength: 12 });

type Quote = (text: string) => string;

/** Ways to write a word so that each shell reads back exactly `text`. */
const QUOTINGS: Record<Dialect, Record<string, Quote>> = {
  posix: {
    single: (t) => `'${t.replace(/'/g, `'\\''`)}'`,
    double: (t) => `"${t.replace(/["\\$`]/g, '\\$&')}"`,
    ansi: (t) => `$'${t.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`,
    // A backslash before a newline would be a continuation: write newlines quoted.
    bare: (t) => (t === '' ? "''" : t.replace(/[^A-Za-z0-9_./é€😀\n]/gu, '\\$&').replace(/\n/g, "'\n'")),
  },
  powershell: {
    single: (t) => `'${t.replace(/'/g, "''")}'`,
    double: (t) => `"${t.replace(/["`$]/g, '`$&')}"`,
    bare: (t) => (/^[A-Za-z0-9_.é€]+$/.test(t) ? t : `'${t.replace(/'/g, "''")}'`),
  },
  cmd: {
    double: (t) => `"${t.replace(/%/g, '%%').replace(/"/g, '\\"')}"`,
    bare: (t) => (t === '' ? '""' : t.replace(/[^A-Za-z0-9_./é€😀]/gu, (c) => (c === '%' ? '%%' : c === '"' ? '\\"' : `^${c}`))),
  },
};
// cmd cannot write these inside a word (a backslash before a quote, a line break) the way the others can.
const EXCLUDED: Record<Dialect, string> = { posix: '', powershell: '\r', cmd: '\\\n\r' };
const BREAKS: Record<Dialect, string[]> = {
  posix: [' ', '\t', ' \\\n  ', ' \\\r\n    ', '  '],
  powershell: [' ', '\t', ' `\n  ', ' `\r\n    '],
  cmd: [' ', '\t', ' ^\n  ', ' ^\r\n    '],
};

/**
 * A word written as a mix of quoting styles: each chunk of its text in one of them. Only POSIX shells
 * glue quoted chunks freely (`'a'"b"`); in PowerShell `'a''b'` is one string `a'b`, so one chunk there.
 */
function writtenWord(dialect: Dialect): fc.Arbitrary<{ text: string; source: string }> {
  const styles = Object.keys(QUOTINGS[dialect]);
  return fc
    .array(fc.tuple(wordText(EXCLUDED[dialect]), fc.constantFrom(...styles)), { minLength: 1, maxLength: dialect === 'posix' ? 3 : 1 })
    .map((chunks) => ({
      text: chunks.map(([t]) => t).join(''),
      source: chunks.map(([t, style]) => QUOTINGS[dialect][style](t)).join(''),
    }));
}

function commandOf(dialect: Dialect, words: { source: string }[], breaks: string[]): string {
  return words.map((w, k) => (k === 0 ? '' : breaks[k % breaks.length]) + w.source).join('');
}

describe('property: quoting, continuations and option order round-trip', () => {
  for (const dialect of ['posix', 'powershell', 'cmd'] as const) {
    it(`${dialect}: any quoting of the same words tokenizes to the same words`, () => {
      fc.assert(
        fc.property(
          fc.array(writtenWord(dialect), { minLength: 1, maxLength: 8 }),
          fc.array(fc.constantFrom(...BREAKS[dialect]), { minLength: 1, maxLength: 4 }),
          (words, breaks) => {
            const source = 'curl ' + commandOf(dialect, words, breaks);
            const commands = tokenize(source, dialect).commands;
            assert.equal(commands.length, 1, JSON.stringify(source));
            assert.deepEqual(commands[0].words.map((w) => w.text), ['curl', ...words.map((w) => w.text)], JSON.stringify(source));
          },
        ),
        RUN,
      );
    });
  }

  const OPTIONS: string[][] = [
    ['-X', 'POST'],
    ['-H', 'Content-Type: application/json'],
    ['-H', 'Authorization: Bearer unkey_XXXX'],
    ['-d', '{"apiId": "api_1", "name": "a b"}'],
    ['-s'],
    ['-o', 'out file.json'],
    ['--connect-timeout', '5'],
    ['-A', 'agent/1.0'],
  ];
  const URL = 'https://api.unkey.com/v2/keys.createKey';

  function summary(site: RequestSite) {
    return { url: flatten(site.url), method: site.method, headers: site.headers.map((h) => `${h.name}: ${h.value && flatten(h.value)}`).sort(), known: site.headersKnown };
  }

  for (const dialect of ['posix', 'powershell', 'cmd'] as const) {
    it(`${dialect}: option order, quoting and continuations do not change the request; adding the header keeps every word`, () => {
      const quote = (t: string, style: string) => QUOTINGS[dialect][style in QUOTINGS[dialect] ? style : 'double'](t);
      fc.assert(
        fc.property(
          fc.shuffledSubarray([...OPTIONS.keys(), -1], { minLength: 1 }),
          fc.array(fc.constantFrom('single', 'double', 'ansi', 'bare'), { minLength: 12, maxLength: 12 }),
          fc.array(fc.constantFrom(...BREAKS[dialect]), { minLength: 1, maxLength: 3 }),
          (order, styles, breaks) => {
            const words = (order.includes(-1) ? order : [...order, -1]).flatMap((k) => (k === -1 ? [URL] : OPTIONS[k]));
            const source = 'curl ' + commandOf(dialect, words.map((w, k) => ({ source: quote(w, styles[k % styles.length]) })), breaks);
            const sites = extractShell(source, context(dialect)).sites;
            assert.equal(sites.length, 1, JSON.stringify(source));
            const expectedHeaders = order.filter((k) => k >= 0 && OPTIONS[k][0] === '-H').map((k) => OPTIONS[k][1]).sort();
            const hasData = order.some((k) => k >= 0 && OPTIONS[k][0] === '-d');
            const hasMethod = order.some((k) => k >= 0 && OPTIONS[k][0] === '-X');
            assert.deepEqual(summary(sites[0]), { url: URL, method: hasMethod || hasData ? 'POST' : 'GET', headers: expectedHeaders, known: true });

            const edit = sites[0].addAuthorization?.('UNKEY_ROOT_KEY');
            assert.ok(edit);
            const fixed = applyEdits(source, [edit]).output;
            const before = tokenize(source, dialect).commands.map((c) => c.words.map((w) => w.text));
            const after = tokenize(fixed, dialect).commands.map((c) => c.words.map((w) => w.text));
            assert.equal(after.length, 1, JSON.stringify(fixed));
            const at = after[0].indexOf('Authorization: Bearer \u0000');
            assert.ok(at > 0 && after[0][at - 1] === '-H', JSON.stringify(fixed));
            assert.deepEqual([...after[0].slice(0, at - 1), ...after[0].slice(at + 1)], before[0]);
          },
        ),
        RUN,
      );
    });
  }
});

describe('property: no input makes the tokenizer or the extractors throw', () => {
  const shellish = fc.string({ unit: fc.oneof(char(), fc.constantFrom('curl ', '-H ', ' https://api.unkey.com/v2/x ', '$(', '${', '\u0000', 'unkey_3ZabcdefghijkmnopqrstuvwX')), maxLength: 200 });
  const anything = fc.oneof(shellish, fc.string({ unit: 'binary', maxLength: 200 }));

  /** Every fix builder returns an edit inside the text, or nothing. */
  function assertEditsInside(text: string, edits: (TextEdit | undefined)[]): void {
    for (const edit of edits) {
      if (!edit) continue;
      assert.ok(edit.range[0] >= 0 && edit.range[0] <= edit.range[1] && edit.range[1] <= text.length, JSON.stringify({ text, edit }));
    }
  }

  for (const dialect of ['posix', 'powershell', 'cmd'] as const) {
    it(`${dialect}: tokenize and extractShell`, () => {
      fc.assert(
        fc.property(anything, (text) => {
          tokenize(text, dialect);
          const { sites, keys } = extractShell(text, context(dialect));
          assertEditsInside(text, [
            ...sites.flatMap((s) => [
              s.addAuthorization?.('UNKEY_ROOT_KEY'),
              ...s.headers.flatMap((h) => [h.prependToValue?.('Bearer '), h.replaceValue?.('Bearer x'), h.expandReferences?.()]),
            ]),
            ...keys.map((k) => k.replaceWithEnv?.('UNKEY_ROOT_KEY')),
          ]);
        }),
        { ...RUN, numRuns: 1000 },
      );
    });
  }

  it('curl inside a literal, with any source map', () => {
    fc.assert(
      fc.property(anything, fc.constantFrom<'"' | "'" | '`'>('"', "'", '`'), (text, quote) => {
        const map = [...Array(text.length + 1).keys()].map((k) => k * 2);
        const { sites } = extractCurlFromLiteral('curl ' + text, [0, 1, 2, 3, 4, ...map.map((m) => m + 5)], quote, context('posix'));
        for (const site of sites) site.addAuthorization?.('K');
      }),
      RUN,
    );
  });
});
