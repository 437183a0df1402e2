// `npm run demo`: runs the built CLI over sample/ (extra arguments pass through, e.g. `-- --format sarif`).
// The sample is broken on purpose, so the CLI's exit code 1 is the expected outcome: this script says so
// on stderr and exits 0, sparing npm's "command failed" noise. Any other code is a real failure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { status, error } = spawnSync(process.execPath, ['dist/cli.js', 'sample', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (error) throw error;
if (status === 1) {
  console.error('(unkey-lint exited with code 1 because it found errors: expected, the sample is broken on purpose)');
  process.exit(0);
}
if (status === 0) console.error('unkey-lint found no errors in sample/, but the sample is broken on purpose: the demo is broken.');
process.exit(status === 0 ? 1 : (status ?? 2));
