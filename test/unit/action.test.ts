// action.yml, run as the GitHub runner would run a composite action, offline: inputs with their defaults,
// `${{ … }}` expressions, step `if`s (success() unless a status function is named), env, working
// directory, GITHUB_OUTPUT per step. `run` steps execute in bash; the codeql upload step is not called
// (no network): the test checks what it would be given. The action's package is a temporary folder with
// action.yml, its script and a fresh CLI bundle, as a checkout of this repository with dist/ built.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

const ROOT = path.resolve(__dirname, '../..');

interface Step {
  name: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

interface Outcome {
  result: 'success' | 'failure';
  log: string;
  outputs: Record<string, Record<string, string>>;
  uploads: Record<string, string>[];
  ran: string[];
}

let actionDir: string;
const action = yaml.load(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

/** Runs the composite action's steps with `inputs` in `workspace`. */
function runAction(workspace: string, inputs: Record<string, string>): Outcome {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) values[name] = inputs[name] ?? spec.default ?? '';
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const outcome: Outcome = { result: 'success', log: '', outputs: {}, uploads: [], ran: [] };

  const lookup = (ref: string): string => {
    const parts = ref.trim().split('.');
    if (parts[0] === 'inputs') return values[parts.slice(1).join('.')] ?? '';
    if (parts[0] === 'github' && parts[1] === 'workspace') return workspace;
    if (parts[0] === 'github' && parts[1] === 'action_path') return actionDir;
    if (parts[0] === 'steps') return steps[parts[1]]?.outputs[parts.slice(3).join('.')] ?? '';
    throw new Error(`expression not simulated: ${ref}`);
  };
  const substitute = (text: string) => text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, ref: string) => lookup(ref));
  const condition = (expression: string | undefined): boolean => {
    if (expression === undefined) return outcome.result === 'success';
    const body = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    const statusFunction = /\b(always|success|failure|cancelled)\(\)/.test(body);
    const js = body
      .replace(/\b(inputs|steps|github)\.[\w.-]+/g, (ref) => JSON.stringify(lookup(ref)))
      .replace(/'([^']*)'/g, (_, s: string) => JSON.stringify(s))
      .replace(/always\(\)/g, 'true')
      .replace(/success\(\)/g, JSON.stringify(outcome.result === 'success'))
      .replace(/failure\(\)/g, JSON.stringify(outcome.result === 'failure'))
      .replace(/([!=])=/g, '$1==');
    const value = Boolean(new Function(`return (${js});`)());
    return statusFunction ? value : value && outcome.result === 'success';
  };

  for (const step of action.runs.steps) {
    if (!condition(step.if)) continue;
    outcome.ran.push(step.name);
    if (step.uses) {
      outcome.uploads.push({ uses: step.uses, ...Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(v)])) });
      continue;
    }
    const outputFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-gh-output-')), 'output');
    fs.writeFileSync(outputFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(v)]));
    assert.equal(step.shell, 'bash');
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', substitute(step.run!)], {
      cwd: step['working-directory'] ? substitute(step['working-directory']) : workspace,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: os.tmpdir(), GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: actionDir, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: os.tmpdir(), ...env },
    });
    outcome.log += run.stdout + run.stderr;
    const outputs = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
    fs.rmSync(path.dirname(outputFile), { recursive: true, force: true });
    if (step.id) steps[step.id] = { outputs };
    if (run.status !== 0) outcome.result = 'failure';
  }
  outcome.outputs = Object.fromEntries(Object.entries(steps).map(([id, s]) => [id, s.outputs]));
  return outcome;
}

describe('action.yml (composite GitHub Action), run offline with a simulated runner', function () {
  this.timeout(120_000);
  let workspace: string;
  before(async () => {
    actionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-action-'));
    fs.copyFileSync(path.join(ROOT, 'action.yml'), path.join(actionDir, 'action.yml'));
    fs.mkdirSync(path.join(actionDir, 'scripts/action'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'scripts/action/run.sh'), path.join(actionDir, 'scripts/action/run.sh'));
    const builds = (await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href)).builds as esbuild.BuildOptions[];
    const cli = builds.find((b) => b.outfile === 'dist/cli.js')!;
    await esbuild.build({ ...cli, absWorkingDir: ROOT, outfile: path.join(actionDir, 'dist/cli.js'), minify: false, sourcemap: false, logLevel: 'silent' });
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-action-ws-'));
    fs.cpSync(path.join(ROOT, 'test/fixtures/cli/project'), workspace, { recursive: true });
  });
  after(() => {
    fs.rmSync(actionDir, { recursive: true, force: true });
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('is a composite action with the documented inputs', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs), ['paths', 'format', 'fail-on', 'upload-sarif', 'sarif-file']);
  });

  it('defaults: annotations in the log, no upload, the job fails on errors', () => {
    const outcome = runAction(workspace, {});
    assert.equal(outcome.result, 'failure');
    assert.deepEqual(outcome.ran, ['Run unkey-lint', 'Fail on findings']);
    assert.equal(outcome.outputs.lint['exit-code'], '1');
    const annotations = outcome.log.split('\n').filter((line) => line.startsWith('::'));
    assert.deepEqual(annotations.map((line) => line.slice(0, line.indexOf('::', 2))), [
      '::error file=src/calls.ts,line=4,endLine=4,col=10,endColumn=57,title=missing-authorization',
      '::error file=src/calls.ts,line=8,endLine=8,col=100,endColumn=115,title=malformed-bearer',
      '::warning file=src/key.ts,line=2,endLine=2,col=26,endColumn=56,title=hardcoded-root-key',
    ]);
    assert.deepEqual(outcome.uploads, []);
  });

  it('upload-sarif: writes SARIF, hands it to codeql-action/upload-sarif, and still fails the job afterwards', () => {
    const outcome = runAction(workspace, { 'upload-sarif': 'true', 'sarif-file': 'reports/unkey.sarif' });
    assert.deepEqual(outcome.ran, ['Run unkey-lint', 'Upload SARIF to code scanning', 'Fail on findings']);
    assert.equal(outcome.result, 'failure');
    assert.deepEqual(outcome.uploads, [{ uses: 'github/codeql-action/upload-sarif@v3', sarif_file: 'reports/unkey.sarif', category: 'unkey-lint' }]);
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'reports/unkey.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    assert.deepEqual(results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.ruleId}`), [
      'src/calls.ts missing-authorization',
      'src/calls.ts malformed-bearer',
      'src/key.ts hardcoded-root-key',
    ]);
  });

  it('fail-on: never passes with findings; warning fails on a warning that error lets through', () => {
    assert.equal(runAction(workspace, { 'fail-on': 'never' }).result, 'success');
    assert.equal(runAction(workspace, { paths: 'src/key.ts src/clean.ts' }).result, 'success');
    const strict = runAction(workspace, { paths: 'src/key.ts\nsrc/clean.ts', 'fail-on': 'warning' });
    assert.equal(strict.result, 'failure');
    assert.match(strict.log, /too many warnings/);
  });

  it('format and a bad fail-on value', () => {
    const json = runAction(workspace, { format: 'json', paths: 'src/clean.ts' });
    assert.equal(json.result, 'success');
    assert.equal(JSON.parse(json.log)[0].errorCount, 0);
    const bad = runAction(workspace, { 'fail-on': 'sometimes' });
    assert.equal(bad.result, 'failure');
    assert.match(bad.log, /::error title=unkey-lint::fail-on must be error, warning or never/);
  });
});
