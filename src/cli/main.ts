// The `unkey-lint` command. Everything testable lives in run.ts; this only binds it to the process.
// The same bundle is the script of the CLI's lint workers (pool.ts).
import { isPoolWorker, serveWorker } from './pool';
import { run } from './run';

if (isPoolWorker()) serveWorker();
else main();

function main(): void {
  // A closed pipe (`unkey-lint | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
