/**
 * `npm run bench`: ereje at national scale, measured.
 *
 * 1. Generates (once per generator version) a national data repo and a 10× smaller one.
 * 2. Measures whole processes — `ereje validate` against the parse-only limit (js-yaml load,
 *    CORE_SCHEMA, one thread) on the same files — median of BENCH_RUNS runs (default 3), with
 *    peak RSS and CPU time; the small repo against the national one (linearity).
 * 3. Splits validate into its stages in one process (stages.js): reading, parsing, positions,
 *    schema, the loader, each rule module and its rules, the report.
 * 4. Rendering, when the renderer has a batch entry point (render.js).
 * Prints tables and writes bench/results.json. Writes nothing else outside bench/data and bench/out.
 *
 *   npm run bench                 # build, then this
 *   BENCH_RUNS=1 node bench/run.js
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import CliTable from 'cli-table3';
import { ensureData, AS_OF, SIZES } from './generate.js';
import { ensureBigData } from './shapes.js';
import { REGIONS } from './lib/vocab.js';
import { measureProcess } from './lib/measure.js';
import { coldAndCache, coldCacheTables, wantedSections } from './cold-cache.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT = path.join(HERE, 'out');
const RESULTS = path.join(HERE, 'results.json');
const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '3', 10) || 3);
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const CLI = path.join(ROOT, 'bin', 'ereje.js');

const log = (s) => process.stderr.write(`${s}\n`);
/** Tables without colour codes (the output is often a log file). */
class Table extends CliTable {
  constructor(opts) {
    super({ ...opts, style: { head: [], border: [], ...(opts.style ?? {}) } });
  }
}
const median = (xs) => {
  const a = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((x, y) => x - y);
  if (!a.length) return null;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};
const sec = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const msf = (ms) => (ms == null ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mbf = (kb) => (kb == null ? '—' : `${(kb / 1024).toFixed(0)} MB`);
const ratio = (a, b) => (a == null || b == null || b === 0 ? null : a / b);
const x = (r) => (r == null ? '—' : `${r.toFixed(2)}×`);
const pct = (r) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`);

// ---------------------------------------------------------------- measuring a process

const measure = (args, opts) => measureProcess(args, { ...opts, cwd: ROOT, out: OUT });

const lastJson = (s) => JSON.parse(s.trim().split('\n').pop());

// ---------------------------------------------------------------- setup

/** The settings file: every module the build has, extended to every region. */
function writeSettings(dir) {
  const rulesDir = path.join(ROOT, 'dist', 'rules');
  const have = fs.existsSync(rulesDir) ? fs.readdirSync(rulesDir).filter((d) => fs.existsSync(path.join(rulesDir, d, 'module.js'))) : [];
  const all = REGIONS.map((r) => r.slug).join(', ');
  const mods = ['open-door-day', 'landing', 'leading-school', 'support-center'].filter((m) => have.includes(m));
  const text = [
    '# Written by bench/run.js: every module checks every region.',
    `as_of: ${AS_OF}`,
    ...(mods.length ? ['modules:', ...mods.map((m) => `  ${m}: { extra_regions: [${all}] }`)] : []),
    '',
  ].join('\n');
  const file = path.join(dir, 'ereje.yaml');
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  return mods;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism?.() ?? cpus.length,
    ramGb: +(os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    gnuTime: !!TIME,
  };
}

async function cliHas(flag) {
  const r = await measure([CLI, 'validate', '--help'], { capture: true });
  return r.stdout.includes(flag);
}

// ---------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  const info = machine();
  log(`ereje bench — ${info.cpu}, ${info.cores} cores, ${info.ramGb} GB, node ${info.node}; ${RUNS} run(s) per figure`);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm run bench does)');

  const only = wantedSections();
  const coldCacheArgs = (data) => ({
    shapes: { national: { dir: data.national.dir }, big: { dir: data.big.dir } },
    runs: RUNS, measure, cli: CLI, parseOnly: path.join(HERE, 'parse-only.js'), out: OUT, log,
  });
  const pickShapes = (o) => {
    const want = process.env.BENCH_SHAPES?.split(',').map((s) => s.trim());
    if (want) for (const k of Object.keys(o.shapes)) if (!want.includes(k)) delete o.shapes[k];
    return o;
  };
  if (only) {
    // Only the cold run and/or the cache, on both shapes (the lead's idle run: BENCH_ONLY=cold,cache).
    const data = { national: ensureData('national', { log }) };
    data.big = ensureBigData({ log });
    writeSettings(data.national.dir);
    writeSettings(data.big.dir);
    const cc = await coldAndCache({ ...pickShapes(coldCacheArgs(data)), sections: only });
    const { table, targets } = coldCacheTables(cc, Table);
    const t = new Table({ head: ['target', 'measured', 'met'] });
    for (const g of targets) {
      const met = g.measured == null ? null : g.measured <= g.limit;
      t.push([g.target, g.show(g.measured), met == null ? 'n/a' : met ? 'yes' : 'NO']);
      g.met = met;
    }
    const load = os.loadavg();
    console.log(['', `Cold run and read cache (${[...only].join(', ')}; median of ${RUNS}; ratios paired with parse-only in the same round)`, table, '', 'Targets', t.toString(),
      `load average at the end: ${load.map((v) => v.toFixed(1)).join(' ')} on ${info.cores} cores${cc.hog ? `; ${cc.hog} CPU hog(s) ran beside it` : ''}`,
      `bench took ${sec(performance.now() - started)}; results in bench/results-cold-cache.json`].join('\n'));
    fs.writeFileSync(path.join(HERE, 'results-cold-cache.json'), JSON.stringify({ tool: 'ereje bench (cold, cache)', date: new Date().toISOString(), machine: info, runs: RUNS, ...cc, targets: targets.map(({ show, ...g }) => g) }, null, 2) + '\n');
    return;
  }

  const data = {};
  for (const size of ['national', 'small']) {
    const d = ensureData(size, { log });
    data[size] = d;
    if (!d.generated) log(`${size}: data up to date (${d.files} files, ${(d.bytes / 1e6).toFixed(1)} MB)`);
  }
  const modules = writeSettings(data.national.dir);
  writeSettings(data.small.dir);
  const hasJobs = await cliHas('--jobs');

  // ---- whole processes, interleaved so drift and neighbours hit both sides alike
  const samples = { parseNational: [], parseSmall: [], parseKeepNational: [], validateNational: [], validateSmall: [], validate1National: [], validate1Small: [], validateEmpty: [] };
  const emptyDir = path.join(OUT, 'empty');
  fs.mkdirSync(emptyDir, { recursive: true });
  let summary = null;
  const loads = [];
  for (let i = 0; i < RUNS; i++) {
    const steps = [
      ['parseNational', () => measure([path.join(HERE, 'parse-only.js'), data.national.dir, '--discard'], { capture: true })],
      ['validateNational', () => measure([CLI, 'validate', data.national.dir, '--format', 'json'], { stdoutFile: path.join(OUT, 'validate-national.json'), okCodes: [0, 1] })],
      ...(hasJobs ? [['validate1National', () => measure([CLI, 'validate', data.national.dir, '--format', 'json', '--jobs', '1'], { stdoutFile: path.join(OUT, 'validate-national-jobs1.json'), okCodes: [0, 1] })]] : []),
      ['parseSmall', () => measure([path.join(HERE, 'parse-only.js'), data.small.dir, '--discard'], { capture: true })],
      ['validateSmall', () => measure([CLI, 'validate', data.small.dir, '--format', 'json'], { stdoutFile: path.join(OUT, 'validate-small.json'), okCodes: [0, 1] })],
      ...(hasJobs ? [['validate1Small', () => measure([CLI, 'validate', data.small.dir, '--format', 'json', '--jobs', '1'], { stdoutFile: path.join(OUT, 'validate-small-jobs1.json'), okCodes: [0, 1] })]] : []),
      ['validateEmpty', () => measure([CLI, 'validate', emptyDir, '--allow-empty', '--format', 'json'], { stdoutFile: path.join(OUT, 'validate-empty.json'), okCodes: [0, 1] })],
      ...(i === 0 ? [['parseKeepNational', () => measure([path.join(HERE, 'parse-only.js'), data.national.dir], { capture: true })]] : []),
    ];
    if (i % 2 === 1) steps.reverse();
    for (const [key, fn] of steps) {
      const r = await fn();
      if (r.stdout) r.inProcessMs = lastJson(r.stdout).ms;
      samples[key].push(r);
      loads.push(r.load);
      log(`run ${i + 1}/${RUNS} ${key.padEnd(18)} ${sec(r.wallMs).padStart(9)}  cpu ${sec(r.cpuMs).padStart(9)}  rss ${mbf(r.maxRssKb).padStart(7)}  (load ${r.load.toFixed(1)})`);
    }
  }
  try {
    summary = JSON.parse(fs.readFileSync(path.join(OUT, 'validate-national.json'), 'utf8'));
  } catch { /* reported below */ }
  const agg = (list) => list.length ? {
    wallMs: median(list.map((s) => s.wallMs)),
    bestWallMs: Math.min(...list.map((s) => s.wallMs)),
    cpuMs: median(list.map((s) => s.cpuMs)),
    maxRssKb: Math.max(...list.map((s) => s.maxRssKb ?? 0)) || null,
    inProcessMs: median(list.map((s) => s.inProcessMs)),
    samplesMs: list.map((s) => Math.round(s.wallMs)),
    exitCodes: [...new Set(list.map((s) => s.code))],
  } : null;
  const P = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, agg(v)]));
  // Per-run ratios (each validate against the parse-only run next to it), then their median.
  const pairRatio = (a, b) => median(samples[a].map((s, i) => ratio(s.wallMs, samples[b][i]?.wallMs)));

  // ---- the cold run and the read cache, on both shapes (cold-cache.js)
  data.big = ensureBigData({ log });
  writeSettings(data.big.dir);
  const cc = await coldAndCache({ ...pickShapes(coldCacheArgs(data)), sections: new Set(['cold', 'cache']) });
  const ccOut = coldCacheTables(cc, Table);
  const ccNat = cc.shapes.national?.figures ?? {};
  const sameWithCache = ccNat.findingsIdentical;

  // ---- stages, in one process each run
  const stageRuns = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measure([path.join(HERE, 'stages.js'), data.national.dir], { capture: true });
    const s = lastJson(r.stdout);
    s.wallMs = r.wallMs;
    s.maxRssKb = r.maxRssKb ?? s.maxRssKb;
    stageRuns.push(s);
    log(`run ${i + 1}/${RUNS} stages             ${sec(r.wallMs).padStart(9)}`);
  }
  const stageNames = [...new Set(stageRuns.flatMap((s) => Object.keys(s.stages)))];
  const stages = Object.fromEntries(stageNames.map((n) => [n, median(stageRuns.map((s) => s.stages[n]))]));
  const moduleNames = [...new Set(stageRuns.flatMap((s) => Object.keys(s.modules)))];
  const mods = Object.fromEntries(moduleNames.map((n) => {
    const runs = stageRuns.map((s) => s.modules[n]).filter(Boolean);
    const ruleIds = [...new Set(runs.flatMap((m) => Object.keys(m.rules)))];
    return [n, {
      total: median(runs.map((m) => m.total)),
      view: median(runs.map((m) => m.view)),
      checks: median(runs.map((m) => m.checks)),
      findings: runs[0].findings,
      records: runs[0].records,
      rules: Object.fromEntries(ruleIds.map((id) => [id, median(runs.map((m) => m.rules[id]))]).sort((a, b) => b[1] - a[1])),
    }];
  }));

  // ---- rendering
  let render = { available: false, note: 'render: not available yet' };
  try {
    log('render: 1,000 orders of the national repo, --jobs 1 and --jobs 2 (reads the data once first)');
    const r = await measure([path.join(HERE, 'render.js'), data.national.dir], { capture: true, okCodes: [0, 3] });
    render = { ...lastJson(r.stdout), processWallMs: r.wallMs, maxRssKb: r.maxRssKb };
    if (render.available) for (const b of render.runs) log(`render ${b.label.padEnd(22)} ${b.documents} documents, ${b.docsPerSecond.toFixed(1)}/s, first after ${msf(b.firstDocumentMs)}`);
  } catch (e) {
    render = { available: false, note: `render: failed — ${e.message.split('\n')[0]}` };
  }

  // ---- figures and targets
  const base = P.parseNational.wallMs;
  const figures = {
    validateVsParseOnly: ratio(P.validateNational.wallMs, base),
    validateVsParseOnlyPerRun: pairRatio('validateNational', 'parseNational'),
    validateVsParseOnlyCpu: ratio(P.validateNational.cpuMs, P.parseNational.cpuMs),
    validateVsParseOnlyBest: ratio(P.validateNational.bestWallMs, P.parseNational.bestWallMs),
    validateJobs1VsParseOnlyCpu: P.validate1National ? ratio(P.validate1National.cpuMs, P.parseNational.cpuMs) : null,
    validateJobs1VsParseOnly: P.validate1National ? ratio(P.validate1National.wallMs, base) : null,
    validateVsParseOnlyKeep: ratio(P.validateNational.wallMs, P.parseKeepNational?.wallMs),
    smallVsNational: ratio(P.validateSmall.wallMs, P.validateNational.wallMs),
    smallVsNationalCpu: ratio(P.validateSmall.cpuMs, P.validateNational.cpuMs),
    smallVsNationalJobs1: P.validate1Small && P.validate1National ? ratio(P.validate1Small.wallMs, P.validate1National.wallMs) : null,
    fixedCostMs: P.validateEmpty.wallMs,
    smallVsNationalBeyondFixed: ratio(P.validateSmall.wallMs - P.validateEmpty.wallMs, P.validateNational.wallMs - P.validateEmpty.wallMs),
    smallVsNationalParseOnly: ratio(P.parseSmall.wallMs, P.parseNational.wallMs),
    smallVsNationalBytes: data.small.bytes / data.national.bytes,
    peakRssGb: P.validateNational.maxRssKb ? P.validateNational.maxRssKb / 1024 ** 2 : null,
    cacheColdVsParseOnly: ccNat.cacheColdVsParseOnly ?? null,
    cacheWarmVsParseOnly: ccNat.cacheWarmVsParseOnly ?? null,
    cacheRegionVsParseOnly: ccNat.cacheRegionVsParseOnly ?? null,
    cacheFindingsIdentical: sameWithCache,
  };
  const targets = [
    { target: 'validate ≤ 1.5× parse-only (national, wall)', limit: 1.5, measured: figures.validateVsParseOnly, show: x },
    { target: 'validate peak RSS ≤ 1.5 GB (national)', limit: 1.5, measured: figures.peakRssGb, show: (v) => (v == null ? '—' : `${v.toFixed(2)} GB`) },
    { target: 'small ≤ 12% of national (validate, wall)', limit: 0.12, measured: figures.smallVsNational, show: pct },
    { target: 'stretch: validate < 1.0× parse-only', limit: 1.0, measured: figures.validateVsParseOnly, show: x, strict: true },
    ...ccOut.targets,
    { target: 'render ≥ 100 orders/s (batch)', limit: 100, measured: render.available ? render.docsPerSecond : null, show: (v) => (v == null ? '—' : `${v.toFixed(0)}/s`), atLeast: true },
    { target: 'render first document < 1 s (cold)', limit: 1000, measured: render.available ? render.firstDocumentMs : null, show: msf, strict: true },
  ].map((t) => ({ ...t, met: t.measured == null ? null : t.atLeast ? t.measured >= t.limit : t.strict ? t.measured < t.limit : t.measured <= t.limit }));

  // ---- tables
  const t1 = new Table({ head: ['data repo', 'regions', 'files', 'YAML', 'records', 'staff', 'generated'] });
  for (const size of ['national', 'small']) {
    const d = data[size];
    t1.push([size, SIZES[size].length, d.files, `${(d.bytes / 1e6).toFixed(1)} MB`, d.records.toLocaleString('en'), (d.collections.staff ?? 0).toLocaleString('en'), d.generated ? sec(d.generationMs) : 'cached']);
  }
  const t2 = new Table({ head: [`whole process (median of ${RUNS})`, 'national', 'CPU', 'peak RSS', '× parse-only', 'small', 'small / national'] });
  const row = (label, n, s) => n && t2.push([label, sec(n.wallMs), sec(n.cpuMs), mbf(n.maxRssKb), x(ratio(n.wallMs, base)), s ? sec(s.wallMs) : '', s ? pct(ratio(s.wallMs, n.wallMs)) : '']);
  row('parse-only: js-yaml load, 1 thread', P.parseNational, P.parseSmall);
  row('parse-only, keeping the documents (1 run)', P.parseKeepNational, null);
  row(`ereje validate${hasJobs ? ' (default --jobs)' : ''}`, P.validateNational, P.validateSmall);
  if (P.validate1National) row('ereje validate --jobs 1', P.validate1National, P.validate1Small);
  row('ereje validate, empty data repo (fixed cost)', P.validateEmpty, null);
  const cpuLine = [
    `validate / parse-only, other views: per-run wall ratio (median) ${x(figures.validateVsParseOnlyPerRun)}; best of ${RUNS} ${x(figures.validateVsParseOnlyBest)}; ` +
      `CPU time ${x(figures.validateVsParseOnlyCpu)}${figures.validateJobs1VsParseOnlyCpu != null ? ` (--jobs 1: ${x(figures.validateJobs1VsParseOnlyCpu)})` : ''}`,
    `small / national: CPU time ${pct(figures.smallVsNationalCpu)}; both --jobs 1 ${pct(figures.smallVsNationalJobs1)}; beyond the fixed cost of an empty repo ${pct(figures.smallVsNationalBeyondFixed)}; data ${pct(figures.smallVsNationalBytes)} of the bytes`,
  ].join('\n');

  const t3 = new Table({ head: ['target', 'measured', 'met'] });
  for (const t of targets) t3.push([t.target, t.show(t.measured), t.met == null ? 'n/a' : t.met ? 'yes' : 'NO']);

  const y = stages.yaml;
  const cpuStages = Object.fromEntries(stageNames.map((n) => [n, median(stageRuns.map((s) => s.cpu?.[n]))]));
  const t4 = new Table({ head: [`where the time goes (national, 1 thread, median of ${RUNS})`, 'wall', 'CPU', '× js-yaml load'] });
  const srow = (label, v, key) => v != null && t4.push([label, msf(v), msf(key ? cpuStages[key] : null), x(ratio(v, y))]);
  srow('find files', stages.files, 'files');
  srow('read + UTF-8 check', stages.read, 'read');
  srow('js-yaml load, CORE_SCHEMA (baseline)', stages.yaml, 'yaml');
  srow('loader bulk parse (loadYaml)', stages.loadYaml, 'loadYaml');
  srow('parse with positions (parseYaml + listener)', stages.parseYaml, 'parseYaml');
  if (stages.parseYaml != null && y != null) t4.push(['  → positions, if every file paid them', msf(stages.parseYaml - y), msf(cpuStages.parseYaml - cpuStages.yaml), x(ratio(stages.parseYaml - y, y))]);
  srow('positions as validate pays them (files with findings)', stages.positionsLazy, 'positionsLazy');
  srow(`schema: zod safeParse (${(stageRuns[0]?.records ?? 0).toLocaleString('en')} records)`, stages.schema, 'schema');
  srow('schema as the loader checks it (compiled fast check, zod on rejects)', stages.schemaLoader, 'schemaLoader');
  srow('loader total (loadRepo: read, parse, schema, dataset)', stages.loader, 'loader');
  for (const [n, m] of Object.entries(mods)) srow(`module ${n}${n === 'data' ? ' (references, mixed script, duplicates)' : ''}`, m.total);
  srow('all checks, localized and sorted (runChecks)', stages.checks, 'checks');
  srow('JSON report', stages.report, 'report');

  const t5 = new Table({ head: ['module', 'records', 'total', 'view', 'rules', 'findings', 'slowest rules'] });
  for (const [n, m] of Object.entries(mods)) {
    const slow = Object.entries(m.rules).slice(0, 2).map(([id, v]) => `${id.slice(id.indexOf('/') + 1)} ${msf(v)}`).join(', ');
    t5.push([n, m.records?.toLocaleString('en') ?? '—', msf(m.total), msf(m.view), msf(m.checks), m.findings, slow]);
  }

  const out = [];
  out.push('', 'Data', t1.toString(), '', 'Validate vs the parse-only limit', t2.toString(), cpuLine, '', 'Cold run and read cache, both shapes (ratios paired with parse-only in the same round)', ccOut.table, '', 'Where the time goes', t4.toString(), '', 'Rule modules (each alone; the indexes it needs built afresh)', t5.toString(), '');
  if (render.available) {
    const t6 = new Table({ head: ['render (orders, kk)', 'documents', 'per second', 'first document', 'bytes / document'] });
    for (const r of render.runs ?? []) t6.push([r.label, `${r.documents}${r.failed ? ` (${r.failed} failed)` : ''}`, r.docsPerSecond?.toFixed(1) ?? '—', msf(r.firstDocumentMs), r.bytesPerDocument?.toFixed(0) ?? '—']);
    for (const c of render.cold ?? []) t6.push([`${c.label}: ${c.order}`, c.exit === 0 ? 1 : `exit ${c.exit}`, '', msf(c.ms), c.bytes ?? '—']);
    out.push('Rendering', t6.toString(),
      `batch process: data read and checked in ${sec(render.sessionMs)} first; peak RSS ${mbf(render.maxRssKb)}; orders by type: ${Object.entries(render.types ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}`,
      render.anchor ? `anchor: ${render.anchor}` : 'anchor: neither Chromium nor LibreOffice is installed (not installed by the bench), so no ratio to them', '');
  } else out.push(render.note ?? 'render: not available yet', '');
  out.push('Targets', t3.toString());
  const meanLoad = loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length);
  if (meanLoad > info.cores * 0.75) out.push(`note: the machine was busy (mean load ${meanLoad.toFixed(1)} on ${info.cores} cores): wall times carry other processes' work; CPU times are steadier.`);
  if (summary) out.push(`validate (national) found ${summary.summary.error} errors, ${summary.summary.warning} warnings, ${summary.summary.info} infos in ${summary.summary.records.toLocaleString('en')} records.`);
  out.push(`bench took ${sec(performance.now() - started)}; results in bench/results.json`);
  console.log(out.join('\n'));

  const findingsByRule = {};
  for (const f of summary?.findings ?? []) findingsByRule[f.rule] = (findingsByRule[f.rule] ?? 0) + 1;
  const results = {
    tool: 'ereje bench',
    date: new Date().toISOString(),
    machine: { ...info, meanLoadAverage: +meanLoad.toFixed(2) },
    runs: RUNS,
    modulesChecked: modules,
    data: Object.fromEntries(['national', 'small'].map((s) => {
      const { dir, generated, ...rest } = data[s];
      return [s, { ...rest, dir: path.relative(ROOT, dir), generatedThisRun: generated }];
    })),
    processes: P,
    figures,
    targets: targets.map(({ show, ...t }) => t),
    stages: { medianMs: stages, medianCpuMs: cpuStages, modules: mods, runs: stageRuns.map((s) => ({ wallMs: s.wallMs, maxRssKb: s.maxRssKb })), records: stageRuns[0]?.records, findings: stageRuns[0]?.findings, filesWithFindings: stageRuns[0]?.filesWithFindings },
    validate: summary ? { summary: summary.summary, findingsByRule } : null,
    render,
    coldCache: cc,
    benchMs: Math.round(performance.now() - started),
  };
  fs.writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
}

main().catch((e) => {
  log(`bench failed: ${e.stack ?? e.message}`);
  process.exitCode = 1;
});
