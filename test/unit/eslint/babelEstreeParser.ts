// A test-only ESLint parser for TypeScript and JSX: Babel with its `estree` plugin. The plugin's rules read
// only the text, so any parser works; users of TypeScript bring typescript-eslint's parser, which needs a
// `typescript` package with the JS API (this repo has the native TypeScript 7). Comments are kept, so
// ESLint's disable comments work as with any parser.
import { parse, type ParserPlugin } from '@babel/parser';

interface Options {
  filePath?: string;
}

export function parseForESLint(code: string, options: Options = {}) {
  const file = options.filePath ?? '';
  const plugins: ParserPlugin[] = ['estree'];
  if (/\.[mc]?tsx?$/i.test(file)) plugins.push('typescript');
  if (!/\.[mc]?ts$/i.test(file)) plugins.push('jsx');
  const babelFile = parse(code, { sourceType: 'module', ranges: true, attachComment: false, errorRecovery: false, plugins });
  const ast = babelFile.program as any;
  const root = ast as { comments?: unknown[]; tokens?: unknown[]; range: [number, number] };
  root.comments = (babelFile.comments ?? []).map((c: any) => ({ type: c.type === 'CommentLine' || c.type === 'Line' ? 'Line' : 'Block', value: c.value, range: [c.start, c.end], loc: c.loc }));
  root.tokens = [];
  // ESLint expects the Program to span the whole text, comments included.
  root.range = [0, code.length];
  return { ast, visitorKeys: undefined };
}

export const meta = { name: 'babel-estree-for-tests' };

/** Whether the text parses (ESLint reports an unparsable file as a fatal error and runs no rule). */
export function parses(code: string, filePath: string): boolean {
  try {
    parseForESLint(code, { filePath });
    return true;
  } catch {
    return false;
  }
}
