// retired-sdk through the CLI on a real folder: package.json is walked and linted, the lockfile
// beside it is read from disk and decides, and lockfiles themselves are not reported.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/run';
import { projectSdkMajor } from '../../src/core/sdk/project';

async function lintFolder(dir: string): Promise<Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }>> {
  let stdout = '';
  await run(['--format', 'json', '.'], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd: dir, env: {} });
  return JSON.parse(stdout);
}

describe('retired-sdk: a project on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-sdk-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports package.json once, by the version package-lock.json resolved, and never the lockfile', async () => {
    fs.writeFileSync(path.join(dir, 'package.json'), '{\n  "dependencies": {\n    "@unkey/api": "*"\n  }\n}\n');
    fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/@unkey/api': { version: '0.38.0' } } }));
    const results = await lintFolder(dir);
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line}:${m.ruleId}`));
    assert.deepEqual(problems, ['package.json:3:retired-sdk']);
    assert.match(results.find((r) => r.filePath.endsWith('package.json'))!.messages[0].message, /^@unkey\/api \* \(0\.38\.0 in package-lock\.json\) is the v1-era SDK line 0\.x/);
  });

  it('is silent when the lockfile resolved 2.x', async () => {
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "dependencies": { "@unkey/api": "*" } }\n');
    fs.writeFileSync(path.join(dir, 'yarn.lock'), '"@unkey/api@*":\n  version "2.5.1"\n');
    const results = await lintFolder(dir);
    assert.deepEqual(results.flatMap((r) => r.messages), []);
  });

  it('finds the nearest package.json that lists the SDK, up the tree', () => {
    const files: Record<string, string> = {
      '/repo/package.json': '{ "devDependencies": { "@unkey/api": "^0.38.0" } }',
      '/repo/apps/web/package.json': '{ "dependencies": { "next": "15" } }',
      '/repo/apps/api/package.json': '{ "dependencies": { "@unkey/api": "^2.0.0" } }',
    };
    const project = { readFile: (p: string) => files[p] };
    assert.equal(projectSdkMajor('/repo/apps/web/src/route.ts', '@unkey/api', project), 'v1');
    assert.equal(projectSdkMajor('/repo/apps/api/src/index.ts', '@unkey/api', project), 'v2');
    assert.equal(projectSdkMajor('/elsewhere/index.ts', '@unkey/api', project), undefined);
    assert.equal(projectSdkMajor('C:\\repo\\apps\\web\\a.ts', '@unkey/api', { readFile: (p) => (p === 'C:\\repo\\package.json' ? files['/repo/package.json'] : undefined) }), 'v1');
  });
});
