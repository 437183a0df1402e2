import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../src/core/lint';
import { RULES } from '../../src/core/rules';
import { DEBOUNCE_MS, debounceMs, DEFAULT_SETTINGS, normalizeSettings, READ_LANGUAGE_IDS, READ_SELECTOR, type Settings, toLintOptions } from '../../src/extension/config';

const from = (raw: Partial<Record<keyof Settings, unknown>>) => normalizeSettings((key) => raw[key]);

describe('settings normalisation', () => {
  it('gives the defaults when nothing is set', () => {
    assert.deepEqual(from({}), DEFAULT_SETTINGS);
    assert.equal(DEFAULT_SETTINGS.maxFileSize, 1048576);
    assert.equal(DEFAULT_SETTINGS.envVarName, 'UNKEY_ROOT_KEY');
    assert.deepEqual(DEFAULT_SETTINGS.hosts, ['api.unkey.com', 'api.unkey.dev']);
  });

  it('keeps valid values', () => {
    const settings = from({ enable: false, hosts: ['unkey.internal'], envVarName: 'MY_KEY', rules: { 'malformed-bearer': 'warning' }, languages: ['markdown'], maxFileSize: 2048 });
    assert.deepEqual(settings, { enable: false, hosts: ['unkey.internal'], envVarName: 'MY_KEY', rules: { 'malformed-bearer': 'warning' }, languages: ['markdown'], maxFileSize: 2048 });
  });

  it('reduces hosts to host names and falls back when none is left', () => {
    assert.deepEqual(from({ hosts: ['https://API.Unkey.com/', 'api.unkey.com:443', ' proxy.example.com. ', 42, ''] }).hosts, ['api.unkey.com', 'proxy.example.com']);
    assert.deepEqual(from({ hosts: [] }).hosts, DEFAULT_SETTINGS.hosts);
    assert.deepEqual(from({ hosts: 'api.unkey.com' }).hosts, DEFAULT_SETTINGS.hosts);
  });

  it('accepts an env var name with a leading $, rejects one that is not a name', () => {
    assert.equal(from({ envVarName: '$ROOT' }).envVarName, 'ROOT');
    assert.equal(from({ envVarName: 'NOT A NAME' }).envVarName, 'UNKEY_ROOT_KEY');
    assert.equal(from({ envVarName: '' }).envVarName, 'UNKEY_ROOT_KEY');
    assert.equal(from({ envVarName: 7 }).envVarName, 'UNKEY_ROOT_KEY');
  });

  it('keeps rule levels for known rules only, with ESLint spellings mapped', () => {
    const rules = from({ rules: { 'missing-authorization': 'OFF', 'malformed-bearer': 'warn', 'hardcoded-root-key': 'information', 'unexpanded-env-var': 'loud', 'no-such-rule': 'error' } }).rules;
    assert.deepEqual(rules, { 'missing-authorization': 'off', 'malformed-bearer': 'warning', 'hardcoded-root-key': 'info' });
    assert.deepEqual(from({ rules: ['error'] }).rules, {});
    assert.deepEqual(from({ rules: null }).rules, {});
  });

  it('treats a bad size or enable flag as unset', () => {
    assert.equal(from({ maxFileSize: -1 }).maxFileSize, 1048576);
    assert.equal(from({ maxFileSize: Number.NaN }).maxFileSize, 1048576);
    assert.equal(from({ maxFileSize: '5' }).maxFileSize, 1048576);
    assert.equal(from({ maxFileSize: 10.7 }).maxFileSize, 10);
    assert.equal(from({ enable: 'false' }).enable, true);
  });

  it('keeps an explicitly empty language list (lint nothing), drops non-strings', () => {
    assert.deepEqual(from({ languages: [] }).languages, []);
    assert.deepEqual(from({ languages: ['yaml', 3, null] }).languages, ['yaml']);
  });

  it('passes hosts, env var and rule levels to the engine', () => {
    const settings = from({ rules: { 'malformed-bearer': 'hint' }, envVarName: 'K' });
    assert.deepEqual(toLintOptions(settings), { hosts: DEFAULT_SETTINGS.hosts, envVarName: 'K', rules: { 'malformed-bearer': 'hint' } });
  });

  it('every language id it lints is one the engine reads', () => {
    for (const id of READ_LANGUAGE_IDS) assert.ok(detectLanguage(id === 'json' ? 'package.json' : 'Untitled-1', '', id), id);
    // JSON: package.json is a manifest; any other JSON file is read for keys only.
    assert.equal(detectLanguage('tsconfig.json', '{}', 'json'), 'text');
  });

  it('every rule can be levelled', () => {
    for (const rule of RULES) assert.deepEqual(from({ rules: { [rule.id]: 'hint' } }).rules, { [rule.id]: 'hint' });
  });
});

describe('document selector', () => {
  it('serves files and untitled buffers of every read language, never git views or output channels', () => {
    assert.deepEqual(
      READ_SELECTOR.map(({ language, scheme }) => `${scheme}:${language}`).sort(),
      READ_LANGUAGE_IDS.flatMap((language) => [`file:${language}`, `untitled:${language}`]).sort(),
    );
  });
});

describe('wait after a change', () => {
  const cases: Array<[number | undefined, number]> = [
    [undefined, DEBOUNCE_MS],
    [0, 0],
    [0.4, 1],
    [12.2, 13],
    [149.5, 150],
    [150, DEBOUNCE_MS],
    [4000, DEBOUNCE_MS],
  ];
  for (const [lastLintMs, expected] of cases) {
    it(`waits ${expected} ms after a lint of ${lastLintMs ?? 'never'} ms`, () => {
      assert.equal(debounceMs(lastLintMs), expected);
    });
  }
});
