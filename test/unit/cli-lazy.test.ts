// What the CLI loads: on a tree with no Unkey text it never loads the JS/TS parser or a tree-sitter
// grammar (the prefilter drops every file first), so such a run costs little more than the walk.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const HEAVY = /node_modules[\\/](@babel[\\/]parser|web-tree-sitter|@vscode[\\/]tree-sitter-wasm)[\\/]/;

/** Runs the CLI from source on the main thread in a fresh process; the heavy modules it loaded. */
function loadedBy(dir: string): { code: number; heavy: string[] } {
  const script = `
    const { run } = require(${JSON.stringify(path.join(ROOT, 'src/cli/run.ts'))});
    const out = { write() {} };
    run(['--format', 'json', '.'], { stdout: out, stderr: out, cwd: process.argv[1], env: { UNKEY_LINT_WORKERS: '0' } }).then((code) => {
      const heavy = Object.keys(require.cache).filter((file) => ${HEAVY}.test(file)).map((file) => file.replace(/.*node_modules[\\\\/]/, ''));
      process.stdout.write(JSON.stringify({ code, heavy }));
    });`;
  const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script, dir], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as { code: number; heavy: string[] };
}

describe('cli: loads parsers only for files that need them', function () {
  this.timeout(60_000);
  let dir: string;
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-lazy-'));
    write('src/a.ts', 'export const answer = 42;\nexport async function get(url: string) { return fetch(url); }\n');
    write('src/b.py', 'import requests\nrequests.get("https://example.com")\n');
    write('README.md', '# Demo\n\n```ts\nconst x = 1;\n```\n');
    write('package.json', '{ "name": "demo" }\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads neither Babel nor tree-sitter on a tree with no Unkey text', () => {
    assert.deepEqual(loadedBy(dir), { code: 0, heavy: [] });
  });

  it('loads Babel once a JS/TS file mentions the Unkey API', () => {
    write('src/c.ts', 'await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", body: "{}" });\n');
    const { code, heavy } = loadedBy(dir);
    assert.equal(code, 1);
    assert.ok(heavy.some((file) => file.startsWith('@babel/parser')), JSON.stringify(heavy));
    assert.ok(!heavy.some((file) => /tree-sitter/.test(file)), JSON.stringify(heavy));
  });
});
