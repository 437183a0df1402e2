// No key printed anywhere (issue #10, items 8-11): a canary root key, written in every place a key can
// hide in every format, goes through every rule, every CLI format and mode, and the hovers. Not one
// eight-character piece of it may come out, in any letter case.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/run';
import { lint, prepareLint, redact, RULES } from '../../src/core';
import { hoverAt } from '../../src/extension/hoverText';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
// Built at run time: no key-shaped literal in the repository. Seeded, so a failure is reproducible.
let seed = 1010;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const BODY = Array.from({ length: 24 }, () => BASE58[Math.floor(random() * BASE58.length)]).join('');
const CANARY = `unkey_${BODY}`;

/** Every 8-character piece of the key's body, lower-cased: none may appear in any output. */
function assertNoCanary(output: string, where: string): void {
  const lower = output.toLowerCase();
  for (let i = 0; i + 8 <= BODY.length; i++) {
    const piece = BODY.slice(i, i + 8).toLowerCase();
    assert.ok(!lower.includes(piece), `${where} shows part of the key ("${piece}"):\n${output.slice(Math.max(0, lower.indexOf(piece) - 200), lower.indexOf(piece) + 100)}`);
  }
}

const k = CANARY;
const K = CANARY.toUpperCase();
const FILES: Record<string, string> = {
  'app.ts': [
    `await fetch("https://api.unkey.com/v2/${k}");`,
    `await fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", headers: { Authorization: \`Bearer \${process.env.UNKEY_ROOT_KEY} ${k}\` } });`,
    `await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer ${k}" } });`,
    `await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "${k}" } });`,
    `await fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "Bearer $UNKEY_ROOT_KEY${k}" } });`,
    `await fetch("https://api.unkey.com/v2/apis.getApi?key=${k}", { method: "POST" });`,
    `export const key = "${k}";`,
    `const shouted = "${K}";`,
    `const cmd = "curl -X POST https://api.unkey.com/v2/keys.createKey -H 'Authorization: Bearer $UNKEY_ROOT_KEY${k}'";`,
    '',
  ].join('\n'),
  'run.sh': [
    `curl -X POST https://api.unkey.com/v2/keys.createKey -H 'Authorization: Bearer $UNKEY_ROOT_KEY${k}'`,
    `curl https://api.unkey.com/v2/${k}`,
    `curl -X POST https://api.unkey.com/v2/apis.getApi -H "Authorization: ${k}"`,
    `curl -X POST https://api.unkey.com/v2/apis.getApi -H "Authorization: Bearer \${UNKEY_ROOT_KEY} ${k}"`,
    `curl -X POST https://api.unkey.com/v2/apis.getApi -u ${k}:`,
    `KEY=${k}`,
    '',
  ].join('\n'),
  'run.ps1': [
    `curl.exe -X POST https://api.unkey.com/v2/keys.createKey -H "Authorization: Bearer $env:UNKEY_ROOT_KEY ${k}"`,
    `curl.exe https://api.unkey.com/v2/${K}`,
    '',
  ].join('\n'),
  'api.http': [
    `POST https://api.unkey.com/v2/keys.createKey`,
    `Authorization: bearer ${k}`,
    '',
    '###',
    `GET https://api.unkey.com/v2/${k}`,
    '',
    '###',
    `POST https://api.unkey.com/v2/apis.getApi`,
    `Authorization: Bearer {{$dotenv UNKEY_ROOT_KEY}} ${k}`,
    '',
  ].join('\n'),
  'README.md': [
    '# Docs', '', '```bash', `curl https://api.unkey.com/v2/${k} -H 'Authorization: Bearer $KEY${k}'`,
    // The v1 migration, the transport, the method and the body name the request, never the key.
    `curl -X POST https://api.unkey.dev/v1/keys.verifyKey -d '{"apiId":"a","key":"${k}"}'`,
    `curl "http://api.unkey.com/v2/apis.getApi?apiId=${k}" -H "Authorization: Bearer $KEY"`,
    `curl -X POST https://api.unkey.com/v2/keys.createKey -H "Authorization: Bearer $KEY" -d '{"apiId":"a","ownerId":"${k}"}'`,
    '```', '', `Key: \`${k}\``, '',
  ].join('\n'),
  '.github/workflows/ci.yml': [
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    `      - run: curl -X POST https://api.unkey.com/v2/keys.createKey -H "Authorization: bearer ${k}"`,
    `      - run: curl https://api.unkey.com/v2/${k}`,
    `        env:`,
    `          KEY: ${k}`,
    '',
  ].join('\n'),
  Dockerfile: ['FROM alpine', `RUN curl -X POST https://api.unkey.com/v2/keys.createKey -H 'Authorization: Bearer $UNKEY_ROOT_KEY${k}'`, `ENV KEY=${k}`, ''].join('\n'),
  'client.py': [
    'import requests',
    `requests.post("https://api.unkey.com/v2/${k}")`,
    `requests.post("https://api.unkey.com/v2/keys.createKey", headers={"Authorization": "bearer ${k}"})`,
    `KEY = "${k}"`,
    '',
  ].join('\n'),
};

describe('no key printed anywhere: a canary key through every rule, format and output', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-canary-'));
    for (const [name, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the fixtures hold the canary and make every rule report', async () => {
    const seen = new Set<string>();
    for (const [name, text] of Object.entries(FILES)) {
      assert.ok(text.includes(CANARY) || text.includes(K), name);
      await prepareLint(text, name);
      for (const finding of lint(text, name).findings) seen.add(finding.ruleId);
    }
    const unreached = RULES.map((r) => r.id).filter((id) => !seen.has(id));
    // Rules about other things (a v1 SDK in package.json, say) may not fire on these files; the core ones must.
    for (const id of ['missing-authorization', 'malformed-bearer', 'unexpanded-env-var', 'hardcoded-root-key']) assert.ok(seen.has(id), `${id} fired`);
    assert.ok(unreached.length < RULES.length / 2, `rules never reached: ${unreached.join(', ')}`);
  });

  it('engine: no finding message or suggestion description holds it', async () => {
    for (const [name, text] of Object.entries(FILES)) {
      await prepareLint(text, name);
      const { findings } = lint(text, name);
      assert.ok(findings.length > 0, name);
      for (const finding of findings) {
        assertNoCanary(finding.message, `${name}: ${finding.ruleId} message`);
        for (const suggestion of finding.suggestions ?? []) assertNoCanary(suggestion.desc, `${name}: ${finding.ruleId} suggestion`);
      }
    }
  });

  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    for (const mode of [[], ['--fix-dry-run'], ['--verbose']]) {
      it(`cli --format ${format} ${mode.join(' ')}: stdout and stderr`, async () => {
        let stdout = '';
        let stderr = '';
        const code = await run(['--format', format, ...mode, '.'], {
          stdout: { write: (s: string) => (stdout += s) },
          stderr: { write: (s: string) => (stderr += s) },
          cwd: dir,
          env: {},
        });
        assert.equal(code, 1, stderr);
        assert.ok(stdout.length > 500, 'a real report');
        assertNoCanary(stdout, `--format ${format}`);
        assertNoCanary(stderr, `--format ${format} (stderr)`);
      });
    }
  }

  it('--fix still writes the fixes that keep a key (they are left out of reports, not lost)', async () => {
    const fixDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-lint-canary-fix-'));
    try {
      fs.writeFileSync(path.join(fixDir, 'a.ts'), FILES['app.ts']);
      let stdout = '';
      await run(['--fix', '--format', 'json', '.'], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, cwd: fixDir, env: {} });
      assertNoCanary(stdout, '--fix report');
      assert.ok(fs.readFileSync(path.join(fixDir, 'a.ts'), 'utf8').includes(`Authorization: \`Bearer \${process.env.UNKEY_ROOT_KEY}\``));
    } finally {
      fs.rmSync(fixDir, { recursive: true, force: true });
    }
  });

  it('hovers: at every character of every file', async () => {
    for (const [name, text] of Object.entries(FILES)) {
      await prepareLint(text, name);
      const result = lint(text, name);
      for (let offset = 0; offset < text.length; offset++) {
        const hover = hoverAt(result, offset, ['api.unkey.com']);
        if (hover) assertNoCanary(hover.markdown, `${name}: hover at ${offset}`);
      }
    }
  });

  it('redact is idempotent and leaves text without keys alone', () => {
    const once = redact(`a ${CANARY} b ${K}`);
    assert.equal(redact(once), once);
    assertNoCanary(once, 'redact');
    assert.equal(redact('curl https://api.unkey.com/v2/keys.createKey -H "Authorization: Bearer $UNKEY_ROOT_KEY"'), 'curl https://api.unkey.com/v2/keys.createKey -H "Authorization: Bearer $UNKEY_ROOT_KEY"');
  });
});
