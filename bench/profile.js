/**
 * Profiles `ereje validate` on the national data repo with V8's sampling profiler and lists the
 * functions with the most self time (each thread's profile, and all threads together).
 *
 *   node bench/profile.js [--jobs N] [--top 15] [--data DIR]
 *   node bench/profile.js --summarize FILE.cpuprofile…   # only summarize existing profiles
 *
 * Profiles go to bench/out/profile/; the summary is printed and written to
 * bench/out/profile/summary.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureData } from './generate.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const PROF = path.join(HERE, 'out', 'profile');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const TOP = Number(opt('--top', '15'));

/** Self time per function (name, file, line) of one .cpuprofile. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000; // a sample's time is the gap to the next one
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const fns = new Map();
  for (const [id, ms] of self) {
    const cf = byId.get(id)?.callFrame ?? {};
    const file = (cf.url ?? '').replace(/^file:\/\//, '').replace(`${ROOT}/`, '');
    const key = `${cf.functionName || '(anonymous)'}\t${file}\t${(cf.lineNumber ?? -1) + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + ms);
  }
  const total = [...fns.values()].reduce((a, b) => a + b, 0);
  const rows = [...fns.entries()].map(([k, ms]) => {
    const [fn, file, line] = k.split('\t');
    return { function: fn, file, line: Number(line), selfMs: Math.round(ms), share: ms / total };
  }).sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs: Math.round(total), rows };
}

/** Where a function lives, coarsely: a package, a folder of ours, or V8/Node itself. */
function groupOf(r) {
  if (r.function.startsWith('(') && !r.file) return r.function;
  if (r.function.startsWith('RegExp:')) return 'regular expressions';
  const f = r.file;
  let m;
  if ((m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f))) return `node_modules/${m[1]}`;
  if ((m = /^dist\/(rules\/[^/]+|src\/[^/]+)/.exec(f))) return m[1].replace(/\.js$/, '');
  if (f.startsWith('node:') || f === '') return 'node internals';
  return f;
}

export function byGroup(rows) {
  const m = new Map();
  for (const r of rows) m.set(groupOf(r), (m.get(groupOf(r)) ?? 0) + r.selfMs);
  const total = [...m.values()].reduce((a, b) => a + b, 0);
  return [...m.entries()].map(([group, ms]) => ({ group, selfMs: ms, share: ms / total })).sort((a, b) => b.selfMs - a.selfMs);
}

function print(title, s, top) {
  console.log(`\n${title}: ${(s.totalMs / 1000).toFixed(2)} s sampled`);
  console.log(' self ms   share  function (file:line)');
  for (const r of s.rows.slice(0, top)) {
    console.log(`${String(r.selfMs).padStart(8)}  ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.function}  ${r.file ? `${r.file}:${r.line}` : ''}`);
  }
  console.log(' by place:');
  for (const g of byGroup(s.rows).slice(0, 12)) console.log(`${String(g.selfMs).padStart(8)}  ${(g.share * 100).toFixed(1).padStart(5)}%  ${g.group}`);
}

function summarize(files) {
  const per = files.map((f) => ({ file: path.relative(ROOT, f), ...selfTimes(JSON.parse(fs.readFileSync(f, 'utf8'))) }));
  per.sort((a, b) => b.totalMs - a.totalMs);
  for (const p of per) print(p.file, p, TOP);
  let combined = null;
  if (per.length > 1) {
    const m = new Map();
    for (const p of per) for (const r of p.rows) {
      const k = `${r.function}\t${r.file}\t${r.line}`;
      m.set(k, (m.get(k) ?? 0) + r.selfMs);
    }
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    combined = { totalMs: total, rows: [...m.entries()].map(([k, ms]) => { const [fn, file, line] = k.split('\t'); return { function: fn, file, line: Number(line), selfMs: ms, share: ms / total }; }).sort((a, b) => b.selfMs - a.selfMs) };
    print('all threads', combined, TOP);
  }
  const summary = {
    profiles: per.map((p) => ({ file: p.file, totalMs: p.totalMs, top: p.rows.slice(0, 40), byPlace: byGroup(p.rows) })),
    combined: combined && { totalMs: combined.totalMs, top: combined.rows.slice(0, 40), byPlace: byGroup(combined.rows) },
  };
  fs.mkdirSync(PROF, { recursive: true });
  fs.writeFileSync(path.join(PROF, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return summary;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (!isMain) {
  // imported for selfTimes / byGroup
} else if (args[0] === '--summarize') {
  summarize(args.slice(1).filter((a) => a.endsWith('.cpuprofile')));
} else {
  const dir = opt('--data', null) ?? ensureData('national', { log: (s) => console.error(s) }).dir;
  const jobs = opt('--jobs', null);
  fs.rmSync(PROF, { recursive: true, force: true });
  fs.mkdirSync(PROF, { recursive: true });
  const argv = ['--cpu-prof', '--cpu-prof-dir', PROF, path.join(ROOT, 'bin', 'ereje.js'), 'validate', dir, '--format', 'json', ...(jobs ? ['--jobs', jobs] : [])];
  console.error(`node ${argv.map((a) => path.relative(ROOT, a) || a).join(' ')}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  console.error(`exit ${r.status} after ${((performance.now() - t0) / 1000).toFixed(1)} s (profiling slows it down)`);
  const files = fs.readdirSync(PROF).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(PROF, f));
  summarize(files);
}
