// Loads the injection grammars the way VS Code does: the base language grammars (MIT, from microsoft/vscode
// and REST Client, shipped as JSON by the `tm-grammars` devDependency) plus our grammars from package.json,
// with `injectTo` looked up for every dotted prefix of the root scope (source.js.jsx also gets source.js's).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
const require_ = createRequire(join(ROOT, 'package.json'));

/** Base grammar files in tm-grammars, by the scope name they define. */
export const BASE_GRAMMARS: Record<string, string> = {
  'source.ts': 'typescript',
  'source.tsx': 'tsx',
  'source.js': 'javascript',
  'source.js.jsx': 'jsx',
  'source.shell': 'shellscript',
  'text.html.markdown': 'markdown',
  'source.yaml': 'yaml',
  'source.dockerfile': 'docker',
  'source.http': 'http',
  'source.json': 'json',
};

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

export function contributedGrammars(): GrammarContribution[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return manifest.contributes.grammars;
}

/** `host` adds a grammar (by scope name) into which all our grammars are injected, for the performance test. */
export async function createRegistry(host?: { scopeName: string; grammar: object }): Promise<textmate.Registry> {
  const wasm = readFileSync(require_.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const ours = contributedGrammars();
  const files = new Map<string, string>();
  for (const [scope, name] of Object.entries(BASE_GRAMMARS)) files.set(scope, require_.resolve(`tm-grammars/grammars/${name}.json`));
  for (const g of ours) files.set(g.scopeName, join(ROOT, g.path));

  return new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === host?.scopeName) return textmate.parseRawGrammar(JSON.stringify(host.grammar), 'host.json');
      const file = files.get(scopeName);
      // Embedded languages we do not test (css in markdown, ...) are simply absent, as in a bare VS Code.
      return file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => {
      const parts = scopeName.split('.');
      const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('.'));
      if (scopeName === host?.scopeName) return ours.map((g) => g.scopeName);
      return ours.filter((g) => g.injectTo?.some((target) => prefixes.includes(target))).map((g) => g.scopeName);
    },
  });
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Tokenizes `text` line by line from the root scope `scopeName`. */
export function tokenize(grammar: textmate.IGrammar, text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}
