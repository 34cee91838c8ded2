// Preloaded into a measured child (`node --import …/usage-reporter.js`) when /usr/bin/time is missing: on exit
// it writes the child's own peak RSS and CPU time (process.resourceUsage) to the file named by
// LANDLINK_BENCH_USAGE. The fallback for the peak RSS of each child (BENCHMARKS.md).
import { writeFileSync } from 'node:fs';

const file = process.env.LANDLINK_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
