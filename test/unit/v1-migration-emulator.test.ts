// The v1 migration end to end: a v1-era project (curl in a script, a .http file, a README, a workflow,
// fetch in a module) is fixed as `unkey-lint --fix` fixes it, and then every request it makes is sent
// over real HTTP to the emulator (127.0.0.1), which follows the v2 server's order of checks (routing,
// request validation against the v2 schemas, bearer parser, key state). Each must get 200.
// Requests in code are run as code (the fixed module is imported and called, with real fetch); requests
// in other formats are read back from the fixed text (URL, method, headers, body) and sent as written.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyFixes, detectLanguage, lint, type RequestSite, type Value } from '../../src/core';
import { classifyUrl } from '../../src/core/unkeyUrl';
import { startEmulator, type Emulator } from '../emulator';

const ROOT = ['unkey', '3ZmigratedSampleRootKey12'].join('_');
const ENV: Record<string, string> = { UNKEY_ROOT_KEY: ROOT };
const HOSTS = ['api.unkey.com', 'api.unkey.dev'];
const FIXTURES = path.resolve(__dirname, '../fixtures');
/** This suite's own v1-era project, and the v1-era sample app of the migration tests when there is one. */
const PROJECTS = ['v1-requests', 'v1-app'].map((name) => path.join(FIXTURES, name)).filter((dir) => fs.existsSync(dir));
/** Rules whose findings mean the request would not get 200. */
const BLOCKING = new Set(['retired-endpoint', 'unknown-endpoint', 'wrong-method', 'missing-authorization', 'malformed-bearer', 'unexpanded-env-var', 'unknown-body-field', 'insecure-transport']);

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(full);
    return entry.isFile() ? [full] : [];
  });
}

/** A value as the runtime sends it: literal text, env references filled in; undefined when anything else is unknown. */
function sent(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  let out = '';
  for (const part of value.parts) {
    if (part.kind === 'text') out += part.text;
    else {
      // An env reference, or a workflow's secret (the runner writes it into the command).
      const name = part.envVar ?? /^\$\{\{\s*secrets\.(\w+)\s*\}\}$/.exec(part.source)?.[1];
      if (name === undefined || ENV[name] === undefined) return undefined;
      out += ENV[name];
    }
  }
  return out;
}

/** The JSON a visible body sends: a shell word unquoted, a .http body with its variables, a JS object literal evaluated. */
function bodyJson(text: string, site: RequestSite): string {
  const raw = text.slice(site.body!.range[0], site.body!.range[1]).trim();
  const env = (name: string): string => ENV[name] ?? assert.fail(`no value for ${name}`);
  const candidates = [
    raw.replace(/\{\{\s*\$(?:dotenv|processEnv)\s+(\w+)\s*\}\}/g, (_, name: string) => env(name)),
    /^'[\s\S]*'$/.test(raw) ? raw.slice(1, -1) : undefined,
    /^"[\s\S]*"$/.test(raw) ? raw.slice(1, -1).replace(/\\(["\\$`])/g, '$1').replace(/\$\{?(\w+)\}?/g, (_, name: string) => env(name)) : undefined,
  ];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    try {
      return JSON.stringify(JSON.parse(candidate));
    } catch {
      // not this form
    }
  }
  // A JS object literal: names the code reads from its scope get a plain string.
  const processEnv = new Proxy(ENV, { get: (env, name) => env[String(name)] ?? `env_${String(name)}` });
  const scope = new Proxy({}, { has: (_, name) => name !== 'JSON', get: (_, name) => (name === 'process' ? { env: processEnv } : `value_of_${String(name)}`) });
  return JSON.stringify(new Function('scope', `with (scope) { return (${raw}); }`)(scope));
}

interface Sent {
  where: string;
  method: string;
  path: string;
  status: number;
  text: string;
}

function send(emulator: Emulator, where: string, method: string, pathAndQuery: string, headers: Record<string, string>, body: string | undefined): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${emulator.url}${pathAndQuery}`, { method, headers: { ...headers, ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ where, method, path: pathAndQuery, status: response.statusCode ?? 0, text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('v1-era projects after --fix: every request gets 200 from the emulator', function () {
  this.timeout(60_000);
  let emulator: Emulator;
  before(async () => {
    emulator = await startEmulator({ rootKeys: { [ROOT]: 'valid' }, apis: 'any' });
  });
  after(() => emulator.close());

  it('finds the projects', () => {
    assert.ok(PROJECTS.some((dir) => dir.endsWith('v1-requests')));
  });

  for (const project of PROJECTS) {
    it(`${path.basename(project)}: read back from the fixed files and sent as written`, async () => {
      const results: Sent[] = [];
      for (const file of filesUnder(project)) {
        const name = path.relative(project, file);
        const language = detectLanguage(file, fs.readFileSync(file, 'utf8'));
        // Modules (.mjs) run as code (below); every other format, code included, is read back.
        if (!language || ['manifest', 'dotenv', 'text'].includes(language) || file.endsWith('.mjs')) continue;
        const fixed = applyFixes(fs.readFileSync(file, 'utf8'), file).output;
        const result = lint(fixed, file);
        assert.deepEqual(result.findings.filter((f) => BLOCKING.has(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`), [], `${name} after --fix`);
        for (const site of result.extraction.sites) {
          const target = classifyUrl(site.url, HOSTS);
          if (!target) continue;
          const where = `${name}: ${fixed.slice(site.reportRange[0], site.reportRange[1])}`;
          const url = sent(site.url) ?? assert.fail(`${where}: the URL is not fully known`);
          assert.match(url, /^https:\/\/api\.unkey\.com\/v2\//, where);
          const { pathname, search } = new URL(url);
          const headers: Record<string, string> = {};
          for (const header of site.headers) headers[header.name.toLowerCase()] = sent(header.value) ?? assert.fail(`${where}: header ${header.name} is not known`);
          assert.equal(headers.authorization, `Bearer ${ROOT}`, `${where}: a well-formed Bearer from the environment`);
          const method = site.method ?? target.endpoint?.method ?? 'GET';
          assert.equal(method, 'POST', where);
          const body = site.body ? bodyJson(fixed, site) : undefined;
          // axios sends an object as JSON with its Content-Type.
          if (body !== undefined && site.tool === 'axios') headers['content-type'] ??= 'application/json';
          // The validator takes a body only as JSON (curl -d alone would send a form type).
          if (body !== undefined) assert.match(headers['content-type'] ?? '', /^application\/json\b/, `${where}: a JSON body with its Content-Type`);
          results.push(await send(emulator, where, method, pathname + search, headers, body));
        }
      }
      assert.ok(results.length >= (project.endsWith('v1-requests') ? 8 : 1), `requests sent: ${results.length}`);
      for (const r of results) assert.equal(r.status, 200, `${r.where}\n→ HTTP ${r.status} ${r.text}`);
    });

    const modules = filesUnder(project).filter((file) => file.endsWith('.mjs'));
    if (project.endsWith('v1-requests')) assert.ok(modules.length > 0, 'v1-requests has a module to run');
    // A project without plain modules (TypeScript, CommonJS) is covered by the read-back above.
    if (modules.length) it(`${path.basename(project)}: the fixed modules run with real fetch`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-v1-run-'));
      const saved = process.env.UNKEY_ROOT_KEY;
      process.env.UNKEY_ROOT_KEY = ROOT;
      try {
        for (const file of modules) {
          const fixed = applyFixes(fs.readFileSync(file, 'utf8'), file).output;
          assert.deepEqual(lint(fixed, file).findings.filter((f) => BLOCKING.has(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`), [], `${file} after --fix`);
          assert.doesNotMatch(fixed, /api\.unkey\.dev|\/v1\//, file);
          // The only change for the run: the API's origin is the emulator.
          const runnable = path.join(dir, path.basename(file));
          fs.writeFileSync(runnable, fixed.replaceAll('https://api.unkey.com', emulator.url));
          const exported: Record<string, unknown> = await import(pathToFileURL(runnable).href);
          const functions = Object.entries(exported).filter(([, value]) => typeof value === 'function') as [string, () => Promise<Response>][];
          assert.ok(functions.length > 0, file);
          for (const [name, call] of functions) {
            const before = emulator.requests.length;
            const response = await call();
            const text = await response.text();
            assert.equal(response.status, 200, `${path.basename(file)} ${name}() → HTTP ${response.status} ${text}`);
            assert.equal(emulator.requests.length, before + 1);
            assert.equal(emulator.requests.at(-1)!.headers.authorization, `Bearer ${ROOT}`);
            if (emulator.requests.at(-1)!.body) assert.match(emulator.requests.at(-1)!.headers['content-type'] ?? '', /^application\/json\b/, `${name}(): a JSON body with its Content-Type`);
          }
        }
      } finally {
        if (saved === undefined) delete process.env.UNKEY_ROOT_KEY;
        else process.env.UNKEY_ROOT_KEY = saved;
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
