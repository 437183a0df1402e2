// Quiet where there is nothing to say (issue #16): thousands of real files that never call Unkey, the
// project's own installed dependencies (JS, TS, Markdown, YAML, shell, with their dist/ and nested
// node_modules folders), linted with every folder walked. Not one message, exit code 0 with
// --max-warnings 0, and nothing on stderr. When a rule or extractor is widened, this keeps it quiet.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/run';
import { detectLanguage, mentionsUnkey } from '../../src/core';

const NODE_MODULES = path.resolve(__dirname, '../../node_modules');
/**
 * Every lintable file that passes the prefilter (the ones the extractors read), and every STRIDE-th of
 * the others (sorted by path), so the copy stays a few seconds on a busy machine.
 */
const STRIDE = 3;

function lintableFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) lintableFiles(full, out);
    else if (entry.isFile() && (detectLanguage(full, '') || !entry.name.includes('.'))) out.push(full);
  }
  return out;
}

function reachesExtractors(file: string): boolean {
  return fs.statSync(file).size < 8 * 1024 * 1024 && mentionsUnkey(fs.readFileSync(file, 'latin1'), ['api.unkey.com', 'api.unkey.dev']);
}

describe('noise corpus: a copy of the installed dependencies', function () {
  this.timeout(180_000);
  let dir: string;
  let copied: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-noise-'));
    copied = lintableFiles(NODE_MODULES).filter((file, i) => i % STRIDE === 0 || reachesExtractors(file));
    for (const file of copied) {
      const target = path.join(dir, 'node_modules', path.relative(NODE_MODULES, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is a real corpus: thousands of files, many of which pass the prefilter', () => {
    assert.ok(copied.length > 2000, `${copied.length} files`);
    const parsed = copied.filter(reachesExtractors);
    assert.ok(parsed.length > 100, `${parsed.length} files reach the extractors`);
  });

  it('has no message at all, exits 0 with --max-warnings 0, and says nothing on stderr', async () => {
    let stdout = '';
    let stderr = '';
    const code = await run(['--no-ignore', '--max-warnings', '0', '--format', 'json', '.'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      cwd: dir,
      env: {},
    });
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
    const noisy = results.filter((r) => r.messages.length).map((r) => `${path.relative(dir, r.filePath)}: ${r.messages.map((m) => `${m.ruleId} ${m.message}`).join('; ')}`);
    assert.deepEqual(noisy, []);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.ok(results.length > 2000, `${results.length} files linted`);
  });
});
