/**
 * Runs `node ARGS…` as a whole process: wall time (here), CPU time (user + sys, all threads) and
 * peak RSS (GNU time -v, or the child's own resourceUsage through usage-hook.js), with the load
 * average when it started. stdout goes to `stdoutFile` (or is captured when `capture`), stderr is
 * kept for errors. `nodeArgs` go before the script (e.g. --max-semi-space-size).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
export const HAS_GNU_TIME = !!TIME;

export function measureProcess(args, { stdoutFile = null, capture = false, okCodes = [0], cwd, out, nodeArgs = [] } = {}) {
  fs.mkdirSync(out, { recursive: true });
  const usageFile = path.join(out, `.usage-${process.pid}.txt`);
  fs.rmSync(usageFile, { force: true });
  const [cmd, argv] = TIME
    ? [TIME, ['-v', '-o', usageFile, process.execPath, ...nodeArgs, ...args]]
    : [process.execPath, [...nodeArgs, '--import', path.join(HERE, 'usage-hook.js'), ...args]];
  const outFd = stdoutFile ? fs.openSync(stdoutFile, 'w') : capture ? 'pipe' : 'ignore';
  const load = os.loadavg()[0];
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', outFd, 'pipe'], env: { ...process.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    if (capture) child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      if (typeof outFd === 'number') fs.closeSync(outFd);
      let maxRssKb = null, cpuMs = null;
      try {
        const u = fs.readFileSync(usageFile, 'utf8');
        if (TIME) {
          maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(u)?.[1] ?? NaN);
          cpuMs = (Number(/User time \(seconds\): ([\d.]+)/.exec(u)?.[1] ?? NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(u)?.[1] ?? NaN)) * 1000;
        } else ({ maxRssKb, cpuMs } = JSON.parse(u));
      } catch { /* no usage figures */ }
      fs.rmSync(usageFile, { force: true });
      if (!okCodes.includes(code)) {
        reject(new Error(`node ${args.join(' ')} exited ${code}\n${stderr.trim().split('\n').slice(-5).join('\n')}`));
        return;
      }
      resolve({ wallMs, cpuMs, maxRssKb, code, load, stdout, stderr });
    });
  });
}
