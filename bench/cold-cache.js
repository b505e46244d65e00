/**
 * The cold run and the read cache, on both shapes of the national data (541 files; one big staff
 * file per region, 62 files), each figure as a ratio to the parse-only limit measured in the
 * same round (js-yaml load, one thread, the same files):
 *
 * - cold: `validate --jobs 2` and `--jobs 1` (no cache), interleaved with parse-only, the order
 *   reversed every other round so drift and neighbours hit every side alike;
 * - cache: cold (empty cache), warm (nothing changed), warm with one region's files all changed.
 *
 * Wall and CPU time (user + sys, all threads), peak RSS, the load average at each start. Findings
 * must be byte-identical across all of them (checked; the bench fails if not).
 *
 *   BENCH_ONLY=cold,cache npm run bench     # only these sections (≈ 5 min on an idle 2-core machine)
 *   BENCH_HOG=1 BENCH_ONLY=cold npm run bench   # beside one busy-looping process (a loaded CI runner)
 *   BENCH_SHAPES=big                        # one shape only
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { REGIONS } from './lib/vocab.js';

export const SECTIONS = ['cold', 'cache'];

/** BENCH_ONLY=a,b or --only=a,b: only these of this file's sections (null: the whole bench). */
export function wantedSections(argv = process.argv.slice(2), env = process.env) {
  const arg = argv.find((a) => a.startsWith('--only='))?.slice(7) ?? env.BENCH_ONLY;
  if (!arg) return null;
  const asked = arg.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = asked.filter((s) => !SECTIONS.includes(s));
  if (unknown.length) throw new Error(`unknown bench section(s): ${unknown.join(', ')} (known: ${SECTIONS.join(', ')})`);
  return new Set(asked);
}

const median = (xs) => {
  const a = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((x, y) => x - y);
  if (!a.length) return null;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const strip = (file) => fs.readFileSync(file, 'utf8').replace(/"ms":\s*[\d.]+/g, '');

/** Busy-looping processes beside the bench (a CI runner under load); returns a stop function. */
function startHogs(n, log) {
  if (!n) return () => {};
  const kids = [];
  for (let i = 0; i < n; i++) kids.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
  log(`${n} CPU hog process(es) running beside the bench: ${kids.map((k) => k.pid).join(', ')}`);
  return () => kids.forEach((k) => k.kill('SIGKILL'));
}

/**
 * @param o.shapes  { name: { dir } }
 * @param o.measure (args, opts) → { wallMs, cpuMs, maxRssKb, load, code }
 */
export async function coldAndCache({ shapes, sections, runs, measure, cli, parseOnly, out, log }) {
  const stopHogs = startHogs(Number.parseInt(process.env.BENCH_HOG ?? '0', 10) || 0, log);
  const res = {};
  const sec = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);
  const note = (i, shape, key, r) => log(`run ${i + 1}/${runs} ${shape.padEnd(8)} ${key.padEnd(14)} ${sec(r.wallMs).padStart(9)}  cpu ${sec(r.cpuMs).padStart(9)}  rss ${r.maxRssKb ? `${(r.maxRssKb / 1024).toFixed(0)} MB` : '—'}  (load ${r.load.toFixed(1)})`);
  const file = (shape, key) => path.join(out, `cc-${shape}-${key}.json`);
  try {
    for (const name of Object.keys(shapes)) res[name] = { samples: {}, rounds: [] };
    const push = (shape, key, r) => (res[shape].samples[key] ??= []).push(r);
    const validate = (shape, key, extra) => measure([cli, 'validate', shapes[shape].dir, '--format', 'json', ...extra], { stdoutFile: file(shape, key), okCodes: [0, 1] });
    const parse = () => (shape) => measure([parseOnly, shapes[shape].dir, '--discard'], { capture: true });

    if (sections.has('cold')) {
      for (let i = 0; i < runs; i++) {
        const names = Object.keys(shapes);
        if (i % 2) names.reverse();
        for (const shape of names) {
          const steps = [
            ['parse-only', parse()],
            ['jobs2', (s) => validate(s, 'jobs2', ['--jobs', '2', '--no-cache'])],
            ['jobs1', (s) => validate(s, 'jobs1', ['--jobs', '1', '--no-cache'])],
          ];
          if (i % 2) steps.reverse();
          const round = {};
          for (const [key, fn] of steps) {
            const r = await fn(shape);
            push(shape, key === 'parse-only' ? 'parse-cold' : key, r);
            round[key] = r;
            note(i, shape, key, r);
          }
          res[shape].rounds.push({ kind: 'cold', jobs2: ratio(round.jobs2.wallMs, round['parse-only'].wallMs), jobs1: ratio(round.jobs1.wallMs, round['parse-only'].wallMs), jobs2vs1: ratio(round.jobs2.wallMs, round.jobs1.wallMs) });
        }
      }
    }

    if (sections.has('cache')) {
      for (let i = 0; i < runs; i++) {
        for (const shape of Object.keys(shapes)) {
          const dir = shapes[shape].dir;
          const cacheDir = path.join(out, `cache-${shape}`);
          fs.rmSync(cacheDir, { recursive: true, force: true });
          const args = ['--cache-location', cacheDir];
          const region = path.join(dir, REGIONS[i % REGIONS.length].slug);
          const regionFiles = fs.readdirSync(region, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).map((f) => path.join(region, f));
          const round = {};
          const one = async (key, fn) => {
            const r = await fn();
            push(shape, key, r);
            round[key] = r;
            note(i, shape, key, r);
          };
          if (i % 2 === 0) await one('parse-only', () => parse()(shape));
          await one('cache-cold', () => validate(shape, 'cache-cold', args));
          await one('cache-warm', () => validate(shape, 'cache-warm', args));
          const saved = regionFiles.map((f) => fs.readFileSync(f));
          try {
            for (const f of regionFiles) fs.appendFileSync(f, `\n# bench edit ${i}\n`);
            await one('cache-region', () => validate(shape, 'cache-region', args));
          } finally {
            regionFiles.forEach((f, k) => fs.writeFileSync(f, saved[k]));
          }
          if (i % 2 === 1) await one('parse-only', () => parse()(shape));
          res[shape].samples['parse-cache'] = [...(res[shape].samples['parse-cache'] ?? []), round['parse-only']];
          res[shape].rounds.push({ kind: 'cache', regionFiles: regionFiles.length, ...Object.fromEntries(['cache-cold', 'cache-warm', 'cache-region'].map((k) => [k, ratio(round[k].wallMs, round['parse-only'].wallMs)])) });
          let bytes = 0;
          for (const f of fs.readdirSync(cacheDir, { recursive: true })) bytes += fs.statSync(path.join(cacheDir, String(f))).size;
          res[shape].cacheBytes = bytes;
          fs.rmSync(cacheDir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    stopHogs();
  }

  // ---- figures per shape
  for (const [shape, r] of Object.entries(res)) {
    const agg = (k) => {
      const list = r.samples[k] ?? [];
      return list.length ? { wallMs: median(list.map((s) => s.wallMs)), cpuMs: median(list.map((s) => s.cpuMs)), maxRssKb: Math.max(...list.map((s) => s.maxRssKb ?? 0)) || null, load: median(list.map((s) => s.load)), samplesMs: list.map((s) => Math.round(s.wallMs)) } : null;
    };
    const keys = Object.keys(r.samples).filter((k) => k !== 'parse-only');
    r.processes = Object.fromEntries(keys.map((k) => [k, agg(k)]));
    const rounds = (kind, k) => median(r.rounds.filter((x) => x.kind === kind).map((x) => x[k]));
    const parseCpu = (k) => (k.startsWith('cache') ? r.processes['parse-cache']?.cpuMs : r.processes['parse-cold']?.cpuMs);
    r.figures = {
      coldJobs2VsParseOnly: rounds('cold', 'jobs2'),
      coldJobs1VsParseOnly: rounds('cold', 'jobs1'),
      coldJobs2VsJobs1: rounds('cold', 'jobs2vs1'),
      coldJobs2CpuVsParseOnly: ratio(r.processes.jobs2?.cpuMs, parseCpu('jobs2')),
      coldJobs1CpuVsParseOnly: ratio(r.processes.jobs1?.cpuMs, parseCpu('jobs1')),
      coldPeakRssGb: r.processes.jobs2?.maxRssKb ? r.processes.jobs2.maxRssKb / 1024 ** 2 : null,
      coldJobs1PeakRssGb: r.processes.jobs1?.maxRssKb ? r.processes.jobs1.maxRssKb / 1024 ** 2 : null,
      cacheColdVsParseOnly: rounds('cache', 'cache-cold'),
      cacheWarmVsParseOnly: rounds('cache', 'cache-warm'),
      cacheRegionVsParseOnly: rounds('cache', 'cache-region'),
      cacheWarmCpuVsParseOnly: ratio(r.processes['cache-warm']?.cpuMs, parseCpu('cache-warm')),
      cacheRegionCpuVsParseOnly: ratio(r.processes['cache-region']?.cpuMs, parseCpu('cache-region')),
      cacheMb: r.cacheBytes != null ? r.cacheBytes / 1e6 : null,
    };
    // Findings byte-identical: --jobs 2, --jobs 1, the cache cold, warm and with a region changed.
    const outs = ['jobs2', 'jobs1', 'cache-cold', 'cache-warm', 'cache-region'].filter((k) => r.samples[k]).map((k) => [k, strip(file(shape, k))]);
    const differ = outs.filter(([, t]) => t !== outs[0][1]).map(([k]) => k);
    r.figures.findingsIdentical = outs.length > 1 ? differ.length === 0 : null;
    if (differ.length) throw new Error(`${shape}: findings differ between ${outs[0][0]} and ${differ.join(', ')} (bench/out/cc-${shape}-*.json)`);
    try {
      r.summary = JSON.parse(fs.readFileSync(file(shape, outs[0]?.[0] ?? 'jobs2'), 'utf8')).summary;
    } catch { /* none */ }
    delete r.samples;
  }
  return { machineLoad: os.loadavg(), hog: Number.parseInt(process.env.BENCH_HOG ?? '0', 10) || 0, shapes: res };
}

/** Tables and target lines for what coldAndCache measured. */
export function coldCacheTables(cc, Table) {
  const x = (r) => (r == null ? '—' : `${r.toFixed(2)}×`);
  const sec = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);
  const mb = (kb) => (kb == null ? '—' : `${(kb / 1024).toFixed(0)} MB`);
  const t = new Table({ head: ['shape', 'run', 'wall (median)', 'CPU', 'peak RSS', '× parse-only (paired)', 'CPU × parse-only', 'load'] });
  const rows = [
    ['parse-cold', 'parse-only (cold rounds)', null, null],
    ['jobs2', 'validate --jobs 2', 'coldJobs2VsParseOnly', 'coldJobs2CpuVsParseOnly'],
    ['jobs1', 'validate --jobs 1', 'coldJobs1VsParseOnly', 'coldJobs1CpuVsParseOnly'],
    ['parse-cache', 'parse-only (cache rounds)', null, null],
    ['cache-cold', '--cache, cold', 'cacheColdVsParseOnly', null],
    ['cache-warm', '--cache, warm', 'cacheWarmVsParseOnly', 'cacheWarmCpuVsParseOnly'],
    ['cache-region', '--cache, one region changed', 'cacheRegionVsParseOnly', 'cacheRegionCpuVsParseOnly'],
  ];
  const targets = [];
  for (const [shape, r] of Object.entries(cc.shapes)) {
    for (const [k, label, f, c] of rows) {
      const p = r.processes[k];
      if (!p) continue;
      t.push([shape, label, sec(p.wallMs), sec(p.cpuMs), mb(p.maxRssKb), f ? x(r.figures[f]) : '1.00×', c ? x(r.figures[c]) : '', p.load?.toFixed(1) ?? '—']);
    }
    const F = r.figures;
    targets.push(
      { target: `${shape}: cold ≤ 1.0× parse-only (--jobs 2, wall)`, limit: 1.0, measured: F.coldJobs2VsParseOnly, show: x },
      { target: `${shape}: cold peak RSS ≤ 0.8 GB`, limit: 0.8, measured: F.coldPeakRssGb, show: (v) => (v == null ? '—' : `${v.toFixed(2)} GB`) },
      { target: `${shape}: --jobs 2 never slower than --jobs 1 (wall ratio ≤ 1)`, limit: 1.0, measured: F.coldJobs2VsJobs1, show: x },
      { target: `${shape}: cache warm, one region changed ≤ 0.5× parse-only`, limit: 0.5, measured: F.cacheRegionVsParseOnly, show: x },
      { target: `${shape}: cache warm, nothing changed ≤ 0.35× parse-only`, limit: 0.35, measured: F.cacheWarmVsParseOnly, show: x },
    );
  }
  return { table: t.toString(), targets };
}
