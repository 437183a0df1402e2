import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../src/core/lint';
import { READ_LANGUAGE_IDS } from '../../src/extension/config';
import { excludeGlob, expandBraces, includeGlob, inSkippedFolder, looksBinary, SKIPPED_FOLDERS } from '../../src/extension/files';

/** The alternatives of a flat `{a,b}` glob. */
const alternatives = (glob: string) => {
  assert.match(glob, /^\{[^{}]*\}$/, 'VS Code globs do not nest braces');
  return glob.slice(1, -1).split(',');
};

describe('workspace scan globs', () => {
  it('includes a pattern for every language the extension lints, each naming files the engine reads', () => {
    for (const language of READ_LANGUAGE_IDS) {
      const glob = includeGlob([language]);
      assert.ok(glob, `no files for ${language}`);
      for (const pattern of alternatives(glob)) {
        const example = pattern.replace(/^\*\*\//, '').replace(/\*/g, 'example');
        assert.ok(detectLanguage(example, '', undefined), `${example} (from ${pattern}) is not read by the engine`);
      }
    }
  });

  it('leaves out the languages that are not enabled', () => {
    const glob = includeGlob(['markdown', 'http'])!;
    assert.deepEqual(alternatives(glob).sort(), ['**/*.http', '**/*.markdown', '**/*.md', '**/*.rest']);
    assert.equal(includeGlob([]), undefined);
    assert.equal(includeGlob(['plaintext']), undefined);
  });

  it('excludes the skipped folders and the user\'s files.exclude, flattened', () => {
    const glob = excludeGlob({ '**/.git': true, '**/*.{js,map}': true, '**/tmp': false, '**/gen': { when: '$(basename).ts' } });
    const parts = alternatives(glob);
    for (const folder of SKIPPED_FOLDERS) assert.ok(parts.includes(`**/${folder}/**`), folder);
    assert.ok(parts.includes('**/*.js') && parts.includes('**/*.map'));
    assert.ok(!parts.some((p) => p.includes('tmp') || p.includes('gen')));
    assert.deepEqual(alternatives(excludeGlob(undefined)).length, SKIPPED_FOLDERS.length);
  });

  it('expands braces, nested ones too, and bounds the count', () => {
    assert.deepEqual(expandBraces('a/{b,c}/d'), ['a/b/d', 'a/c/d']);
    assert.deepEqual(expandBraces('{x,{y,z}w}'), ['x', 'yw', 'zw']);
    assert.deepEqual(expandBraces('no braces'), ['no braces']);
    assert.deepEqual(expandBraces('{open'), ['{open']);
    assert.equal(expandBraces('{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}').length, 64);
  });

  it('recognises paths inside skipped folders, not files named like them', () => {
    assert.ok(inSkippedFolder('packages/a/node_modules/x/index.js'));
    assert.ok(inSkippedFolder('dist\\cli.js'));
    assert.ok(!inSkippedFolder('src/build.ts'));
    assert.ok(!inSkippedFolder('docs/out.md'));
  });

  it('spots binary content by a NUL byte', () => {
    assert.ok(looksBinary(new Uint8Array([0x89, 0x50, 0x00, 0x47])));
    assert.ok(!looksBinary(new TextEncoder().encode('curl https://api.unkey.com')));
  });
});
