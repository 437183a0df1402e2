// The migrations retired-sdk offers, applied to a v1-era project (test/fixtures/sdk-v1), give code
// that type-checks against the real 2.x SDKs (@unkey/api, @unkey/nextjs, @unkey/hono: dev
// dependencies, never bundled), with TypeScript's own compiler (tsc of the typescript devDependency).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../src/core/fix';
import { lint } from '../../src/core/lint';
import type { LintOptions, ProjectFiles } from '../../src/core/types';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/sdk-v1');
const disk: ProjectFiles = {
  readFile: (file) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};
const ONLY: Partial<LintOptions> = { rules: { 'hardcoded-root-key': 'off', 'missing-authorization': 'off', 'malformed-bearer': 'off', 'unexpanded-env-var': 'off' } };

/** Every fix, then every finding's first suggestion, one at a time, linting again after each (as a user clicking through). */
function migrate(text: string, file: string): { output: string; applied: number } {
  let output = text;
  let applied = 0;
  for (let step = 0; step < 50; step++) {
    const findings = lint(output, file, { ...ONLY, project: disk }).findings.filter((f) => f.ruleId === 'retired-sdk');
    const next = findings.find((f) => f.fix) ?? findings.find((f) => f.suggestions?.length);
    if (!next) break;
    output = applyEdits(output, [next.fix ?? next.suggestions![0].fix]).output;
    applied++;
  }
  return { output, applied };
}

describe('retired-sdk: migrated code type-checks against the 2.x SDKs', function () {
  this.timeout(120_000);
  const files = fs.readdirSync(path.join(FIXTURE, 'src')).filter((f) => f.endsWith('.ts'));

  it('every fixture file has findings, and none is left after the migration', () => {
    for (const name of files) {
      const file = path.join(FIXTURE, 'src', name);
      const text = fs.readFileSync(file, 'utf8');
      const { output, applied } = migrate(text, file);
      assert.ok(applied > 0, `${name}: nothing to migrate`);
      // Judged by the code alone (as if package.json said 2.x now): nothing v1-shaped remains.
      const left = lint(output, path.join('/nowhere', name), ONLY).findings.filter((f) => f.ruleId === 'retired-sdk');
      assert.deepEqual(left.map((f) => f.message), [], name);
    }
  });

  it('tsc --noEmit passes on the migrated files', () => {
    // Inside node_modules/.cache, so the SDKs and @types resolve from the repository's node_modules.
    const dir = path.join(ROOT, 'node_modules/.cache/unkey-lint-sdk-typecheck');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
    for (const name of files) {
      const file = path.join(FIXTURE, 'src', name);
      fs.writeFileSync(path.join(dir, 'src', name), migrate(fs.readFileSync(file, 'utf8'), file).output);
    }
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'preserve', moduleResolution: 'bundler', skipLibCheck: true, types: ['node'] },
      include: ['src/*.ts'],
    }));
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, `tsc reported:\n${tsc.stdout}${tsc.stderr}`);
    // And the unmigrated originals do not: the check can fail.
    for (const name of files) fs.copyFileSync(path.join(FIXTURE, 'src', name), path.join(dir, 'src', name));
    const before = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    assert.notEqual(before.status, 0, 'the v1-era fixtures should not type-check against 2.x');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
