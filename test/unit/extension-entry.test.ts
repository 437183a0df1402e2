// The extension's entry bundle (dist/extension.js) is what VS Code loads to activate it: it must hold
// the command shims and nothing of the engine, which is its own bundle loaded after activate() returns.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { COMMAND_IDS } from '../../src/extension/commandIds';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/**
 * Runs the built entry in a plain Node process with a minimal `vscode` and a stand-in engine bundle
 * beside it that records its loads; `script` drives it and prints the trace as JSON.
 */
function runEntry(dir: string, script: string): Record<string, unknown> {
  const harness = `
const Module = require('node:module');
const trace = { registered: [], loads: 0, calls: [] };
globalThis.__trace = trace;
class EventEmitter { listeners = []; event = (listener) => (this.listeners.push(listener), { dispose() {} }); fire(value) { for (const l of this.listeners) l(value); } dispose() {} }
const vscode = { EventEmitter, commands: { registerCommand(id, handler) { trace.registered.push(id); (trace.handlers ??= {})[id] = handler; return { dispose() {} }; } } };
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
const context = { subscriptions: [] };
const entry = require(${JSON.stringify(path.join(dir, 'extension.js'))});
${script}
`;
  const child = spawnSync(process.execPath, ['-e', harness], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

describe('extension entry bundle', function () {
  this.timeout(60_000);
  let dir: string;
  let metafile: esbuild.Metafile;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-entry-'));
    const builds = (await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href)).builds as esbuild.BuildOptions[];
    const entry = builds.find((b) => b.outfile === 'dist/extension.js');
    assert.ok(entry, 'esbuild.mjs builds dist/extension.js');
    assert.ok(builds.some((b) => b.outfile === 'dist/extension-engine.js' && String(b.entryPoints) === 'src/extension/engine.ts'), 'and the engine beside it');
    const result = await esbuild.build({ ...entry, absWorkingDir: ROOT, outfile: path.join(dir, 'extension.js'), minify: true, sourcemap: false, metafile: true, logLevel: 'silent' });
    metafile = result.metafile;
    // A stand-in for the engine bundle: records each load and what its handlers receive.
    fs.writeFileSync(
      path.join(dir, 'extension-engine.js'),
      `globalThis.__trace.loads++;
exports.startEngine = (context, published, activation) => {
  globalThis.__trace.started = { activation, emitter: typeof published.fire };
  setTimeout(() => published.fire({ from: 'engine' }), 0);
  return { commands: new Proxy({}, { get: (_, id) => (...args) => (globalThis.__trace.calls.push([id, ...args]), 'ran ' + id) }) };
};`,
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds only the entry, its load clock and the command list: no core module, no engine', () => {
    const inputs = Object.keys(metafile.inputs).sort();
    assert.deepEqual(inputs, ['src/extension/commandIds.ts', 'src/extension/index.ts', 'src/extension/loadStart.ts']);
    const [output] = Object.values(metafile.outputs);
    assert.ok(output.bytes < 8 * 1024, `${output.bytes} bytes`);
    const text = fs.readFileSync(path.join(dir, 'extension.js'), 'utf8');
    assert.match(text, /require\("\.\/extension-engine\.js"\)/, 'the engine is required from beside the bundle');
  });

  it('registers every command of package.json and the internal one its code actions run', () => {
    const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual([...COMMAND_IDS].sort(), [...contributed, 'unkeyLint.applySuggestion'].sort());
  });

  it('activate() registers the shims and loads the engine after it returns, once', () => {
    const trace = runEntry(
      dir,
      `const api = entry.activate(context);
trace.loadsAtReturn = trace.loads;
trace.engineLoadMsAtReturn = api.engineLoadMs ?? null;
trace.activationMs = api.activationMs;
api.onDidPublish((p) => (trace.published = p));
setTimeout(() => {
  trace.engineLoadMs = api.engineLoadMs;
  trace.result = trace.handlers['unkeyLint.cancelKeyTest']();
  delete trace.handlers;
  setTimeout(() => process.stdout.write(JSON.stringify(trace)), 5);
}, 0);`,
    );
    assert.deepEqual(trace.registered, [...COMMAND_IDS]);
    assert.equal(trace.loadsAtReturn, 0, 'nothing of the engine runs inside activate()');
    assert.equal(trace.engineLoadMsAtReturn, null);
    assert.ok(typeof trace.activationMs === 'number' && trace.activationMs > 0);
    assert.equal(trace.loads, 1);
    assert.ok(typeof trace.engineLoadMs === 'number');
    assert.equal(trace.result, 'ran unkeyLint.cancelKeyTest');
    assert.deepEqual(trace.published, { from: 'engine' }, "the engine's publications reach the exports' onDidPublish");
  });

  it('a command run before the engine is loaded loads it at once and gets its arguments', () => {
    const trace = runEntry(
      dir,
      `entry.activate(context);
trace.result = trace.handlers['unkeyLint.showRuleDocs']('missing-authorization', 2);
trace.loadsAfterCommand = trace.loads;
delete trace.handlers;
setTimeout(() => process.stdout.write(JSON.stringify(trace)), 5);`,
    );
    assert.equal(trace.loadsAfterCommand, 1);
    assert.equal(trace.loads, 1, 'the scheduled load finds it loaded');
    assert.equal(trace.result, 'ran unkeyLint.showRuleDocs');
    assert.deepEqual(trace.calls, [['unkeyLint.showRuleDocs', 'missing-authorization', 2]]);
  });
});
