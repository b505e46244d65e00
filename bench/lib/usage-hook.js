/**
 * Loaded with `node --import` into a measured child when /usr/bin/time is missing: on exit,
 * the process writes its own peak RSS and CPU time (all threads) to $BENCH_USAGE_FILE.
 */
import fs from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_USAGE_FILE;
  if (!file) return;
  const u = process.resourceUsage();
  fs.writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
