// `--format github`: GitHub Actions workflow commands, checked on the CLI fixture and on hostile text.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { escapeData, escapeProperty, formatGithub } from '../../src/cli/formatters/github';
import type { FileResult } from '../../src/cli/lintFile';
import { run } from '../../src/cli/run';

const PROJECT = path.resolve(__dirname, '../fixtures/cli/project');

async function github(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await run(['--format', 'github', ...argv], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, cwd: PROJECT, env: {} });
  return { code, stdout };
}

describe('cli --format github', () => {
  it('writes one annotation per finding with relative path, positions and the rule as title', async () => {
    const { code, stdout } = await github([]);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => l.slice(0, l.indexOf('::', 2))), [
      '::error file=src/calls.ts,line=4,endLine=4,col=10,endColumn=57,title=missing-authorization',
      '::error file=src/calls.ts,line=8,endLine=8,col=100,endColumn=115,title=malformed-bearer',
      '::warning file=src/key.ts,line=2,endLine=2,col=26,endColumn=56,title=hardcoded-root-key',
    ]);
    assert.match(lines[0], /::Unkey will reject this request \(application\/invalid_input, HTTP 400, "Authorization header for 'bearer' scheme"\): POST \/v2\/keys\.createKey needs/);
    // The key in key.ts is masked in the message, as in every format.
    assert.match(lines[2], /Root key unkey_…\w{4} is written in the source/);
  });

  it('info and hint levels become notices; a clean run prints nothing', async () => {
    const { stdout } = await github(['--rule', 'malformed-bearer=hint', '--rule', 'missing-authorization=info', 'src/calls.ts']);
    assert.deepEqual(stdout.trimEnd().split('\n').map((l) => l.split(' ')[0]), ['::notice', '::notice']);
    assert.deepEqual(await github(['src/clean.ts']), { code: 0, stdout: '' });
  });

  it('escapes messages and properties so text cannot end the line or forge a command', () => {
    assert.equal(escapeData('50% done\r\n::error::x'), '50%25 done%0D%0A::error::x');
    assert.equal(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
    const result: FileResult = {
      filePath: path.join(PROJECT, 'we,ird:\nname.ts'),
      problems: [{ ruleId: null, severity: 1, level: 'warning', message: 'File skipped:\n::error::forged' }],
      errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0,
    };
    const out = formatGithub([result], PROJECT);
    assert.equal(out, '::warning file=we%2Cird%3A%0Aname.ts,title=unkey-lint::File skipped:%0A::error::forged');
    assert.equal(out.split('\n').length, 1);
  });

  it('a multi-line finding leaves out endColumn', () => {
    const result: FileResult = {
      filePath: path.join(PROJECT, 'a.ts'),
      problems: [{ ruleId: 'missing-authorization', severity: 2, level: 'error', message: 'm', region: { startLine: 1, startColumn: 3, endLine: 2, endColumn: 4 } }],
      errorCount: 1, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    };
    assert.equal(formatGithub([result], PROJECT), '::error file=a.ts,line=1,endLine=2,col=3,title=missing-authorization::m');
  });
});
