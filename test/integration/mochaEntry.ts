// The standard extension-test entry contract (`run(): Promise<void>`), shared by every run's index.ts.
// The same compiled entry runs under code-server (scripts/run-integration.mjs) and @vscode/test-electron.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** The code-server runner parses this line to sum mocha's counts across runs. */
const SUMMARY_TAG = 'UNKEY_LINT_MOCHA_SUMMARY ';

/**
 * In code-server the extension host's console reaches the runner mixed with the workbench's own log;
 * the runner sets this tag so the report lines can be told apart. Unset under @vscode/test-electron.
 */
const OUTPUT_TAG = process.env.UNKEY_LINT_TEST_OUTPUT_TAG ?? '';

function report(...args: unknown[]): void {
  const text = format(...args);
  console.log(OUTPUT_TAG ? text.split('\n').map((line) => OUTPUT_TAG + line).join('\n') : text);
}

/** Runs every `*.test.js` beside the compiled entry in `dir`; rejects when any test failed. */
export function runSuites(dir: string): Promise<void> {
  Mocha.reporters.Base.consoleLog = report;
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: 'spec' });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(dir, file));
  }
  const summary = (passed: number, failed: number) => report(`${SUMMARY_TAG}${JSON.stringify({ passed, failed })}`);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        summary(runner.stats?.passes ?? 0, failures);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (error) {
      // A test file that throws while loading counts as one failure.
      report(`failed to load the tests: ${error instanceof Error ? error.stack : String(error)}`);
      summary(0, 1);
      reject(error);
    }
  });
}
