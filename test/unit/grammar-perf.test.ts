// The injection grammars run on every string the editor tokenizes: a regex that backtracks badly on
// key-like or URL-like text would freeze the editor. Tokenizing a 1 MB line of near-misses must take the
// same order of time as a 1 MB line of plain text (a ratio, so the test does not depend on machine speed).
import assert from 'node:assert/strict';
import type { IGrammar } from 'vscode-textmate';
import { INITIAL } from 'vscode-textmate';
import { createRegistry } from '../grammar/registry';

const SIZE = 1_000_000;
const MAX_RATIO = 10;

// Near-misses of every pattern (long runs that almost match, then fail at the end) and a few real matches.
const ADVERSARIAL_UNITS = [
  'unkey_' + '3Z'.repeat(400) + '0', // a long base58 run ending in a non-base58 character
  'unkey_' + 'abc'.repeat(300) + 'x'.repeat(5), // long run, then almost a placeholder run
  'unkey_3ZFakeKeyForGrammarTestsXy ',
  '$' + 'A'.repeat(2000) + ' ', // an upper-case name that never contains KEY/TOKEN/SECRET
  '${' + 'KEY_'.repeat(300) + ' ', // never closed
  '{{$dotenv ' + 'A'.repeat(500) + ' ',
  '${{ secrets.' + 'B'.repeat(500) + ' ',
  '/v2/' + 'k'.repeat(1000) + ' /v1/keys.',
  '/v2/keys.createKey ',
  'Authorizationx Authorization: Bearer Bearerx ',
  'https://api.unkey.com/v2/keys.verifyKey?x=' + 'a.'.repeat(300) + ' ',
];

function line(units: string[]): string {
  let text = '';
  for (let i = 0; text.length < SIZE; i++) text += units[i % units.length];
  return text.slice(0, SIZE);
}

function timeTokenize(grammar: IGrammar, prefix: string, body: string, suffix: string): number {
  const start = process.hrtime.bigint();
  grammar.tokenizeLine(prefix + body + suffix, INITIAL);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// A minimal host grammar (one string rule) isolates our regexes: the real base grammars have costs of
// their own on megabyte lines (the TypeScript grammar's lookaheads) that would drown ours. Its string is
// named like a TypeScript string so that every string selector of ours applies.
const HOST = {
  scopeName: 'source.unkey-lint-perf',
  grammar: {
    scopeName: 'source.unkey-lint-perf',
    patterns: [{ begin: '"', end: '"', name: 'string.quoted.double.ts' }],
  },
};

describe('injection grammars: no pathological backtracking', function () {
  this.timeout(120_000);
  let grammar: IGrammar;

  before(async () => {
    const registry = await createRegistry(HOST);
    const loaded = await registry.loadGrammar(HOST.scopeName);
    assert.ok(loaded, 'host grammar loads');
    grammar = loaded;
    timeTokenize(grammar, '"', 'warm up the scanners Bearer $UNKEY_ROOT_KEY', '"');
  });

  it('our grammars are injected into the host string (so the timing measures them)', () => {
    const { tokens } = grammar.tokenizeLine('"Bearer $UNKEY_ROOT_KEY unkey_3ZFakeKeyForGrammarTestsXy"', INITIAL);
    const scopes = tokens.flatMap((t) => t.scopes);
    for (const scope of ['keyword.other.scheme.bearer.unkey-lint', 'variable.other.env.unkey-lint', 'invalid.deprecated.root-key.unkey-lint']) {
      assert.ok(scopes.includes(scope), scope);
    }
  });

  it(`a 1 MB string of key-like and URL-like text tokenizes within ${MAX_RATIO}x the time of plain text`, () => {
    const plainMs = timeTokenize(grammar, '"', line(['the quick brown fox jumps over the lazy dog ']), '"');
    // Left open, the line also exercises the unterminated-string rule's look-ahead on every word.
    const adversarialMs = timeTokenize(grammar, '"', line(ADVERSARIAL_UNITS), '');
    const ratio = adversarialMs / Math.max(plainMs, 1);
    console.log(`      grammar perf: ${adversarialMs.toFixed(0)} ms adversarial vs ${plainMs.toFixed(0)} ms plain (ratio ${ratio.toFixed(2)})`);
    assert.ok(ratio < MAX_RATIO, `${adversarialMs.toFixed(0)} ms vs ${plainMs.toFixed(0)} ms plain (ratio ${ratio.toFixed(1)})`);
  });
});
