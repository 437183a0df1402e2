import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../src/core/lint';
import { READ_LANGUAGE_IDS } from '../../src/extension/config';
import { contentMentionsUnkey, excludeGlob, expandBraces, includeGlob, inSkippedFolder, looksBinary, sizeSkipReason, SKIPPED_FOLDERS } from '../../src/extension/files';

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
    assert.equal(includeGlob(['no-such-language']), undefined);
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

describe('unkeyLint.maxFileSize applies after the prefilter', () => {
  const hosts = ['api.unkey.com'];
  it('a large file that never mentions Unkey is linted (and is clean), not skipped', () => {
    assert.equal(sizeSkipReason(5000, 1000, 'characters', () => 'x'.repeat(5000), hosts), undefined);
    assert.equal(sizeSkipReason(5000, 1000, 'bytes', () => Buffer.alloc(5000, 'x'), hosts), undefined);
  });
  it('a large file that mentions Unkey is skipped with a reason for the log', () => {
    assert.equal(sizeSkipReason(5000, 1000, 'characters', () => `${'x'.repeat(4990)}unkey_abc`, hosts), '5000 characters is over unkeyLint.maxFileSize (1000)');
    assert.equal(sizeSkipReason(5000, 1000, 'bytes', () => Buffer.from(`${'x'.repeat(4970)} https://api.unkey.com/`), hosts), '5000 bytes is over unkeyLint.maxFileSize (1000)');
  });
  it('never reads the content of a file within the limit', () => {
    assert.equal(sizeSkipReason(1000, 1000, 'bytes', () => assert.fail('read'), hosts), undefined);
  });
  it('the byte test agrees with the text test', () => {
    for (const text of ['/v2/x', '/v1/', 'unkey_', 'api.unkey.com', 'nothing', 'UNKEY_']) {
      assert.equal(contentMentionsUnkey(Buffer.from(text), hosts), contentMentionsUnkey(text, hosts), text);
    }
  });
});
