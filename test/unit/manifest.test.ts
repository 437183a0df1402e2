// Invariants of package.json as the extension manifest, and of what the .vsix ships.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatStylish } from '../../src/cli/formatters/stylish';
import type { FileResult } from '../../src/cli/lintFile';
import { RULES } from '../../src/core/rules';
import { ruleDocsUrl } from '../../src/core/rules/rule';
import { DEFAULT_SETTINGS, READ_LANGUAGE_IDS, SEVERITY_LEVELS } from '../../src/extension/config';

const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;
const SCOPES = ['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'];

/** Every file under src/extension, for checking that contributed commands are registered. */
function extensionSources(dir = path.join(ROOT, 'src/extension')): string {
  return fs.readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? extensionSources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? fs.readFileSync(path.join(dir, entry.name), 'utf8') : ''))
    .join('\n');
}

describe('manifest: settings', () => {
  it('every setting has a scope, a markdownDescription and a default', () => {
    assert.ok(Object.keys(properties).length >= 6);
    for (const [key, schema] of Object.entries(properties)) {
      assert.ok(key.startsWith('unkeyLint.'), `${key} is not prefixed`);
      assert.ok(SCOPES.includes(schema.scope as string), `${key}: scope`);
      assert.ok(typeof schema.markdownDescription === 'string' && schema.markdownDescription.length > 20, `${key}: markdownDescription`);
      assert.ok('default' in schema, `${key}: default`);
    }
  });

  it('the linter\'s settings have the defaults the code falls back to', () => {
    const defaults: Record<string, unknown> = {
      'unkeyLint.enable': DEFAULT_SETTINGS.enable,
      'unkeyLint.hosts': DEFAULT_SETTINGS.hosts,
      'unkeyLint.envVarName': DEFAULT_SETTINGS.envVarName,
      // Every rule at its default level, so the Settings editor shows a filled table, not an empty one.
      'unkeyLint.rules': Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])),
      'unkeyLint.languages': DEFAULT_SETTINGS.languages,
      'unkeyLint.maxFileSize': 1048576,
    };
    for (const [key, value] of Object.entries(defaults)) {
      assert.deepEqual(properties[key]?.default, value, key);
      assert.equal(properties[key]?.scope, 'resource', key);
    }
    assert.deepEqual((properties['unkeyLint.languages'].items as { enum: string[] }).enum, READ_LANGUAGE_IDS);
  });

  it('unkeyLint.rules has every rule id, with the five levels described and the rule\'s default level', () => {
    const rules = properties['unkeyLint.rules'].properties as Record<string, { enum: string[]; enumDescriptions: string[]; default: string; markdownDescription: string }>;
    assert.deepEqual(Object.keys(rules).sort(), RULES.map((rule) => rule.id).sort());
    for (const rule of RULES) {
      const schema = rules[rule.id];
      assert.deepEqual(schema.enum, SEVERITY_LEVELS);
      assert.deepEqual(schema.enum, ['off', 'hint', 'info', 'warning', 'error']);
      assert.equal(schema.enumDescriptions.length, schema.enum.length);
      assert.equal(schema.default, rule.defaultSeverity, rule.id);
      assert.ok(schema.markdownDescription.includes(ruleDocsUrl(rule.id)), `${rule.id}: docs link`);
    }
    assert.equal(properties['unkeyLint.rules'].additionalProperties, false);
    // The example must show a change, not a default.
    const example = /Example: `(\{[^`]*\})`/.exec(String(properties['unkeyLint.rules'].markdownDescription))?.[1];
    assert.ok(example, 'the description has an example');
    for (const [id, level] of Object.entries(JSON.parse(example) as Record<string, string>)) {
      assert.notEqual(level, RULES.find((rule) => rule.id === id)?.defaultSeverity, `example ${id}: ${level} is its default`);
    }
  });

  it('the API base URL, if declared, is application-scoped and restricted in untrusted workspaces', () => {
    const apiBaseUrl = properties['unkeyLint.apiBaseUrl'];
    if (apiBaseUrl) {
      assert.equal(apiBaseUrl.scope, 'application');
      assert.ok(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('unkeyLint.apiBaseUrl'));
    }
  });
});

describe('manifest: activation, commands, trust', () => {
  it('activates only on the languages it reads and the workspace scan command', () => {
    const events: string[] = manifest.activationEvents;
    for (const language of ['typescript', 'javascript', 'typescriptreact', 'javascriptreact', 'shellscript', 'markdown', 'mdx', 'http', 'dockerfile', 'yaml']) {
      assert.ok(events.includes(`onLanguage:${language}`), language);
    }
    for (const language of READ_LANGUAGE_IDS) assert.ok(events.includes(`onLanguage:${language}`), language);
    assert.ok(events.includes('onCommand:unkeyLint.lintWorkspace'));
    assert.equal(new Set(events).size, events.length, 'each event once');
    for (const event of events) assert.ok(event !== '*' && event !== 'onStartupFinished', `${event} activates in every window`);
  });

  it('every command has a category and is registered by the extension; internal ones are hidden', () => {
    const sources = extensionSources();
    const hidden = new Set((manifest.contributes.menus?.commandPalette ?? []).filter((m: { when?: string }) => m.when === 'false').map((m: { command: string }) => m.command));
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Unkey Lint', `${command.command}: one category for every command`);
      assert.ok(sources.includes(`'${command.command}'`), `${command.command} is not registered in src/extension`);
    }
    assert.ok(manifest.contributes.commands.some((c: { command: string; title: string; category: string }) => c.command === 'unkeyLint.lintWorkspace' && `${c.category}: ${c.title}` === 'Unkey Lint: Lint Workspace'));
    assert.ok(hidden.has('unkeyLint.showRuleDocs'), 'the docs command is internal');
  });

  it('gives .http/.rest and .mdx files a language id, which VS Code itself lacks', () => {
    const languages: Array<{ id: string; extensions: string[] }> = manifest.contributes.languages;
    assert.deepEqual(languages.find((l) => l.id === 'http')?.extensions, ['.http', '.rest']);
    assert.deepEqual(languages.find((l) => l.id === 'mdx')?.extensions, ['.mdx']);
  });

  it('declares limited support for untrusted workspaces, with a description', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.match(trust.description, /Restricted Mode/);
    assert.ok(Array.isArray(trust.restrictedConfigurations));
  });

  it('links rule docs to the README at the repository URL', () => {
    for (const rule of RULES) assert.equal(ruleDocsUrl(rule.id), `${manifest.repository.url}#${rule.id}`);
  });
});

describe('manifest: problem matcher', () => {
  const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'unkey-lint');
  const [fileLine, row] = matcher.pattern.map((p: { regexp: string }) => new RegExp(p.regexp));

  it('is owned by unkey-lint-cli and loops over the rows of a file', () => {
    // Not `unkey-lint`, the extension's DiagnosticCollection: markers are keyed by owner, so a task run and
    // the extension would overwrite each other's entries (see test/integration/trusted/problemMatcher.test.ts).
    assert.equal(matcher.owner, 'unkey-lint-cli');
    assert.equal(matcher.fileLocation, 'absolute');
    assert.equal(matcher.pattern[1].loop, true);
  });

  it('reads the CLI\'s stylish output', () => {
    const file = path.join(ROOT, 'src', 'deploy.sh');
    const results: FileResult[] = [{
      filePath: file,
      problems: [
        { ruleId: 'missing-authorization', severity: 2, level: 'error', message: 'Unkey will reject this request (application/invalid_input, HTTP 400, "Authorization header for \'bearer\' scheme"): POST /v2/keys.createKey needs an "Authorization: Bearer <root key>" header.', region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 7 } },
        { ruleId: 'hardcoded-root-key', severity: 1, level: 'warning', message: 'Root key unkey_…WXYZ is written in the source.', region: { startLine: 104, startColumn: 20, endLine: 104, endColumn: 50 } },
      ],
      errorCount: 1, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 0,
    }];
    const lines = formatStylish(results).split('\n').filter(Boolean);
    assert.equal(fileLine.exec(lines[0])?.[1], file);
    const first = row.exec(lines[1]);
    assert.deepEqual(first?.slice(1), ['12', '3', 'error', 'Unkey will reject this request (application/invalid_input, HTTP 400, "Authorization header for \'bearer\' scheme"): POST /v2/keys.createKey needs an "Authorization: Bearer <root key>" header', 'missing-authorization']);
    const second = row.exec(lines[2]);
    assert.deepEqual(second?.slice(1), ['104', '20', 'warning', 'Root key unkey_…WXYZ is written in the source', 'hardcoded-root-key']);
    assert.equal(row.exec(lines[0]), null, 'a file line is not a row');
  });
});

describe('packaging', () => {
  const allowed = ['dist/extension.js', 'dist/extension-engine.js', 'dist/babel-parser.js', 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'icon.png'];

  it('.vscodeignore is an allow-list', () => {
    const rules = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    assert.equal(rules[0], '**');
    for (const rule of rules.slice(1)) assert.ok(rule.startsWith('!'), `${rule} is not an exception`);
    for (const file of ['dist/extension.js', 'README.md', 'LICENSE', 'CHANGELOG.md', 'icon.png']) assert.ok(rules.includes(`!${file}`), file);
    assert.ok(rules.some((rule) => rule.startsWith('!syntaxes/')), 'grammars');
  });

  it('the package script builds first and packs without node_modules', () => {
    assert.match(manifest.scripts.package, /npm run build && vsce package --no-dependencies/);
    assert.equal(manifest.main, './dist/extension.js');
    assert.match(fs.readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8'), /src\/extension\/index\.ts[^]*dist\/extension\.js/);
  });

  it('ships LICENSE, CHANGELOG and a 128×128 PNG icon', () => {
    assert.match(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.ok(fs.existsSync(path.join(ROOT, 'CHANGELOG.md')));
    const icon = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(icon.readUInt32BE(16), 128);
    assert.equal(icon.readUInt32BE(20), 128);
  });

  it('vsce would pack only allowed files', function () {
    this.timeout(60000);
    const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
    assert.ok(listed.includes('package.json'));
    // The tree-sitter runtime and grammars, loaded on the first file of their language.
    const grammar = /^dist\/tree-sitter\/tree-sitter(?:-[a-z]+)?\.(?:js|wasm)$/;
    // The rule docs, opened in the Markdown preview (docs/rules, generated from README).
    const ruleDoc = /^docs\/rules\/[a-z0-9-]+\.md$/;
    for (const file of listed) assert.ok(allowed.includes(file) || /^syntaxes\/[^/]+\.tmLanguage\.json$/.test(file) || grammar.test(file) || ruleDoc.test(file), `${file} would ship`);
    for (const rule of RULES) assert.ok(listed.includes(`docs/rules/${rule.id}.md`), `docs/rules/${rule.id}.md ships`);
    assert.ok(listed.includes('dist/tree-sitter/tree-sitter.wasm') && listed.includes('dist/tree-sitter/tree-sitter-python.wasm'), 'the grammars ship');
    // Babel, loaded apart from the extension's bundle (esbuild.mjs), so activation does not compile it.
    assert.ok(listed.includes('dist/babel-parser.js'), 'the parser ships');
    // The engine, loaded by the entry bundle after activation (esbuild.mjs).
    assert.ok(listed.includes('dist/extension-engine.js'), 'the engine ships');
  });
});
