// The ESLint plugin under ESLint 9 and ESLint 10: ESLint's own RuleTester runs the same valid/invalid
// tables as the core's rule tests (test/unit/rules/*.test.ts), for every case ESLint can see (JS/TS files
// that parse). Then what users touch: the recommended config, disable comments, one analysis per file,
// fixes over several passes, and the bundled plugin loaded by require and import.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { applyEdits, detectLanguage, dominantEol, lint, RULES, withEol, type LintOptions, type RuleId } from '../../src/core';
import plugin from '../../src/eslint';
import { analysisRuns } from '../../src/eslint/analysis';

// Rules for other languages only (a workflow's env: mappings) are not in the plugin.
const JS_RULE_IDS: string[] = RULES.filter((r) => !r.languages || r.languages.some((l) => l === 'javascript' || l === 'typescript')).map((r) => r.id);
import * as babelParser from './eslint/babelEstreeParser';
import { RULE_TABLES, type InvalidCase, type ValidCase } from './ruleTester';

const ROOT = path.resolve(__dirname, '../..');
// Loads every rule table (mocha may have loaded some already; the module cache keeps each registered once).
for (const folder of ['rules', 'languages']) {
  const dir = path.join(__dirname, folder);
  if (fs.existsSync(dir)) for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) require(path.join(dir, file));
}

const VERSIONS = [
  { name: 'ESLint 9', eslint: require('eslint9') as typeof import('eslint9') },
  { name: 'ESLint 10', eslint: require('eslint10') as any },
];

/** Cases with project files beside the code (package.json, lockfiles): the plugin lints the file alone. */
function needsProjectFiles(c: object): boolean {
  return 'files' in c && (c as { files?: unknown }).files !== undefined;
}

function isJs(filename: string): boolean {
  const language = detectLanguage(filename, '');
  return language === 'javascript' || language === 'typescript';
}

function languageOptions(filename: string) {
  // Plain JS goes through ESLint's default parser (espree); TS and JSX through a Babel ESTree parser.
  return /\.[mc]?js$/.test(filename) ? {} : { parser: babelParser };
}

function ruleOptions(options: Partial<LintOptions> | undefined): unknown[] {
  if (!options) return [];
  const picked: Record<string, unknown> = {};
  if (options.envVarName) picked.envVarName = options.envVarName;
  if (options.hosts) picked.hosts = options.hosts;
  return Object.keys(picked).length ? [picked] : [];
}

/** One pass of this rule's fixes, as ESLint applies them (RuleTester checks a single pass). */
function onePass(ruleId: RuleId, c: InvalidCase, filename: string): string {
  const text = c.code;
  const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === ruleId ? 'error' : 'off']));
  const edits = lint(text, filename, { ...c.options, rules }).findings.flatMap((f) => (f.fix ? [withEol(f.fix, dominantEol(text))] : []));
  return applyEdits(text, edits).output;
}

interface Counted {
  valid: number;
  invalid: number;
  skipped: number;
}

function eslintCases(ruleId: RuleId, counted: Counted) {
  const all = RULE_TABLES.get(ruleId) ?? [];
  const tables = { valid: all.flatMap((t) => t.valid), invalid: all.flatMap((t) => t.invalid) };
  const valid = tables.valid
    .map((raw): ValidCase => (typeof raw === 'string' ? { code: raw } : raw))
    .filter((c) => isJs(c.filename ?? 'file.ts') && !needsProjectFiles(c))
    .filter((c) => babelParser.parses(c.code, c.filename ?? 'file.ts') || (counted.skipped++, false))
    .map((c) => {
      const filename = c.filename ?? 'file.ts';
      counted.valid++;
      return { name: c.name, code: c.code, filename, options: ruleOptions(c.options), languageOptions: languageOptions(filename) };
    });
  const invalid = tables.invalid
    .filter((c) => isJs(c.filename ?? 'file.ts') && !needsProjectFiles(c))
    .filter((c) => babelParser.parses(c.code, c.filename ?? 'file.ts') || (counted.skipped++, false))
    .map((c) => {
      const filename = c.filename ?? 'file.ts';
      counted.invalid++;
      return {
        name: c.name,
        code: c.code,
        filename,
        options: ruleOptions(c.options),
        languageOptions: languageOptions(filename),
        errors: c.errors.map((e) => ({
          message: e.message,
          line: e.line,
          column: e.column,
          endLine: e.endLine,
          endColumn: e.endColumn,
          ...(e.suggestions && { suggestions: e.suggestions.map((s) => ({ desc: s.desc, output: s.output })) }),
        })),
        output: c.output === null ? null : onePass(ruleId, c, filename),
        // The table's output is after fixes until stable; checked below with verifyAndFix.
        fullOutput: c.output,
      };
    });
  return { valid, invalid };
}

for (const { name, eslint } of VERSIONS) {
  describe(`ESLint plugin under ${name} (${eslint.Linter.version})`, () => {
    const tester = new eslint.RuleTester({ plugins: { unkey: plugin } });
    const counted: Counted = { valid: 0, invalid: 0, skipped: 0 };
    for (const rule of RULES.filter((r) => JS_RULE_IDS.includes(r.id))) {
      assert.ok(plugin.rules[rule.id], `unkey/${rule.id} is missing from the plugin`);
      const { valid, invalid } = eslintCases(rule.id, counted);
      tester.run(`unkey/${rule.id}`, plugin.rules[rule.id] as any, {
        valid,
        invalid: invalid.map(({ fullOutput: _, ...c }) => c),
      });

      describe(`unkey/${rule.id}: fixes until stable give the core table's output`, () => {
        // retired-sdk decides later findings from what earlier fixes changed (a renamed `rootKey` makes the
        // file look 2.x), and ESLint drops fixes that touch in one pass: its passes differ from the core's.
        // Its single pass is checked by RuleTester above.
        for (const c of invalid.filter((c) => c.fullOutput !== null && rule.id !== 'retired-sdk')) {
          it(c.name ?? c.code, () => {
            const linter = new eslint.Linter();
            const config = [{ files: plugin.configs.recommended.files, plugins: { unkey: plugin }, languageOptions: c.languageOptions, rules: { [`unkey/${rule.id}`]: ['error', ...c.options] } }];
            const fixed = linter.verifyAndFix(c.code, config, { filename: c.filename });
            assert.equal(fixed.output, c.fullOutput);
          });
        }
      });
    }

    it('RuleTester saw most of the JS/TS cases of the core tables', () => {
      // Cases in other formats (shell, Markdown, .http, YAML) are for the CLI and editor only; half-typed
      // code does not parse, and ESLint runs no rule on it.
      assert.ok(counted.valid >= 40 && counted.invalid >= 40, JSON.stringify(counted));
      assert.ok(counted.skipped <= 10, JSON.stringify(counted));
    });

    it('the recommended config turns on every rule at its default level', () => {
      assert.deepEqual(plugin.configs.recommended.rules, Object.fromEntries(RULES.filter((r) => JS_RULE_IDS.includes(r.id)).map((r) => [`unkey/${r.id}`, r.defaultSeverity === 'error' ? 'error' : 'warn'])));
      const linter = new eslint.Linter();
      const messages = linter.verify('fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });\n', [plugin.configs.recommended], { filename: 'a.js' });
      assert.deepEqual(messages.map((m: any) => [m.ruleId, m.severity, m.line, m.column]), [['unkey/missing-authorization', 2, 1, 1]]);
    });

    it('ESLint disable comments silence a rule, and only that rule', () => {
      const linter = new eslint.Linter();
      const call = 'fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });\n';
      const verify = (code: string) => linter.verify(code, [plugin.configs.recommended], { filename: 'a.js' }).filter((m: any) => m.ruleId !== null).map((m: any) => `${m.line}:${m.ruleId}`);
      assert.deepEqual(verify(`// eslint-disable-next-line unkey/missing-authorization\n${call}${call}`), ['3:unkey/missing-authorization']);
      assert.deepEqual(verify(`${call}// eslint-disable-next-line unkey/malformed-bearer\n${call}`), ['1:unkey/missing-authorization', '3:unkey/missing-authorization']);
      assert.deepEqual(verify(`/* eslint-disable unkey/missing-authorization */\n${call}`), []);
    });

    it('one core analysis per file, shared by all rules', () => {
      const linter = new eslint.Linter();
      const before = analysisRuns();
      linter.verify('fetch("https://api.unkey.com/v2/keys.createKey", { headers: { Authorization: "bearer x" } });\n', [plugin.configs.recommended], { filename: 'a.ts' });
      assert.equal(analysisRuns() - before, 1);
      // Different options (a different env var) need their own analysis: the fixes differ.
      const config = [plugin.configs.recommended, { rules: { 'unkey/missing-authorization': ['error', { envVarName: 'MY_KEY' }] } }];
      const after = analysisRuns();
      const messages = linter.verify('fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });\n', config, { filename: 'b.js' });
      assert.equal(analysisRuns() - after, 2);
      assert.match(messages[0].fix.text, /process\.env\.MY_KEY/);
    });

    it('rejects options outside the schema', () => {
      const linter = new eslint.Linter();
      assert.throws(() => linter.verify('x', [{ plugins: { unkey: plugin }, rules: { 'unkey/missing-authorization': ['error', { envVar: 'X' }] } }], { filename: 'a.js' }), /should NOT have additional properties|must NOT have additional properties/);
    });

    it('leaves files that are not JS/TS alone', () => {
      const linter = new eslint.Linter();
      const messages = linter.verify('fetch("https://api.unkey.com/v2/keys.createKey");\n', [{ ...plugin.configs.recommended, files: ['**/*.vue'] }], { filename: 'a.vue' });
      assert.deepEqual(messages, []);
    });
  });
}

describe('ESLint plugin bundle', function () {
  this.timeout(60_000);
  let dir: string;
  let bundle: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unkey-eslint-'));
    bundle = path.join(dir, 'eslint-plugin.js');
    const config = (await import(pathToFileURL(path.join(ROOT, 'esbuild.mjs')).href)).builds?.find((b: { outfile: string }) => b.outfile === 'dist/eslint-plugin.js');
    assert.ok(config, 'esbuild.mjs exports its builds');
    await esbuild.build({ ...config, absWorkingDir: ROOT, outfile: bundle, minify: false, sourcemap: false, logLevel: 'silent' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('require() and import give the plugin object with meta, rules and configs', async () => {
    const required = require(bundle);
    assert.deepEqual(Object.keys(required.rules), JS_RULE_IDS);
    const imported = (await import(pathToFileURL(bundle).href)).default;
    assert.deepEqual(Object.keys(imported.rules), JS_RULE_IDS);
    assert.equal(imported.configs.recommended.plugins.unkey, imported);
    for (const rule of RULES.filter((r) => JS_RULE_IDS.includes(r.id))) {
      const meta = required.rules[rule.id].meta;
      assert.equal(meta.docs.url, rule.docsUrl);
      assert.equal(meta.fixable, rule.fixable ? 'code' : undefined);
      assert.equal(meta.hasSuggestions, rule.hasSuggestions ? true : undefined);
    }
  });

  it('loads as an oxlint JS plugin: reports, options, ESLint disable comments, fixes and suggestions', () => {
    const oxlint = path.join(ROOT, 'node_modules/.bin/oxlint');
    const work = fs.mkdtempSync(path.join(dir, 'oxlint-'));
    const key = ['unkey', '3ZbvKq8zV1xYpL2mN4tR9sW'].join('_');
    const source = [
      'fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST" });',
      '// eslint-disable-next-line unkey/malformed-bearer',
      'fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer " + k } });',
      'fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer " + k } });',
      `export const key: string = "${key}";`,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(work, 'a.ts'), source);
    fs.writeFileSync(path.join(work, '.oxlintrc.json'), JSON.stringify({
      categories: { correctness: 'off' },
      jsPlugins: [{ name: 'unkey', specifier: bundle }],
      rules: { 'unkey/missing-authorization': ['error', { envVarName: 'MY_KEY' }], 'unkey/malformed-bearer': 'error', 'unkey/hardcoded-root-key': 'warn' },
    }));
    const run = spawnSync(oxlint, ['-f', 'json', 'a.ts'], { cwd: work, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { diagnostics: { code: string; labels: { span: { line: number; column: number } }[] }[] };
    assert.deepEqual(report.diagnostics.map((d) => `${d.labels[0].span.line}:${d.labels[0].span.column} ${d.code}`).sort(), [
      '1:1 unkey(missing-authorization)',
      '4:91 unkey(malformed-bearer)',
      '5:29 unkey(hardcoded-root-key)',
    ]);
    assert.ok(!run.stdout.includes(key), 'the key is masked');
    execFileSync(oxlint, ['--fix', '--fix-suggestions', 'a.ts'], { cwd: work, encoding: 'utf8' });
    assert.equal(fs.readFileSync(path.join(work, 'a.ts'), 'utf8'), [
      'fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", headers: { Authorization: `Bearer ${process.env.MY_KEY}` } });',
      '// eslint-disable-next-line unkey/malformed-bearer',
      'fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "bearer " + k } });',
      'fetch("https://api.unkey.com/v2/apis.getApi", { method: "POST", headers: { Authorization: "Bearer " + k } });',
      'export const key: string = process.env.UNKEY_ROOT_KEY;',
      '',
    ].join('\n'));
  });
});
