// Preloaded with `node --require` into a measured child: at exit, writes the process's resource usage
// (CPU of every thread, peak RSS) as JSON to the file named by UNKEY_LINT_BENCH_RUSAGE.
const fs = require('node:fs');

const out = process.env.UNKEY_LINT_BENCH_RUSAGE;
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(out, JSON.stringify({ userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, maxRssKb: usage.maxRSS }));
  });
}
