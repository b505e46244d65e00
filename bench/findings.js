/**
 * `npm run bench:findings`: one million findings through every report format, end to end.
 *
 * Writes (once) bench/data/million/: 1,000 files of 1,000 list items that are not records
 * (`- 1`), so `ereje validate` reports exactly 1,000,000 data/schema findings (1,000 per rule
 * and file: the per-file cap shows them all). Then, per format, one `ereje validate` process
 * whose report goes through a pipe this script drains (so backpressure is real) and, for one
 * format, to --output. Measures wall time, peak RSS (/usr/bin/time) and report size.
 *
 *   npm run build && node bench/findings.js          # every format
 *   node bench/findings.js json github               # some
 *   BENCH_FINDINGS=100000 node bench/findings.js     # a smaller run (its own data folder)
 *   node bench/findings.js records                   # only the one-file case below
 *
 * And one file of 1,000,000 empty records (`- {}`, four findings each: 4,000,000 findings of one
 * rule in one file), through json and pretty: findings are capped as they are produced, so the
 * memory is the file's parse, not four million findings (before: 118 s, 3.8 GB peak).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const CLI = path.join(ROOT, 'bin', 'ereje.js');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const TOTAL = Number.parseInt(process.env.BENCH_FINDINGS ?? '1000000', 10);
const PER_FILE = 1000;
const FILES = Math.ceil(TOTAL / PER_FILE);
const DATA = path.join(HERE, 'data', TOTAL === 1_000_000 ? 'million' : `findings-${TOTAL}`);
const ARGS = process.argv.slice(2);
const RECORDS_ONLY = ARGS.length === 1 && ARGS[0] === 'records';
const FORMATS = RECORDS_ONLY ? [] : ARGS.filter((a) => a !== 'records').length ? ARGS.filter((a) => a !== 'records') : ['pretty', 'json', 'sarif', 'junit', 'github'];
const RECORDS = Number.parseInt(process.env.BENCH_RECORDS ?? '1000000', 10);
const RECORDS_DATA = path.join(HERE, 'data', RECORDS === 1_000_000 ? 'empty-records' : `empty-records-${RECORDS}`);

function ensureRecords() {
  const stamp = path.join(RECORDS_DATA, '.complete');
  if (fs.existsSync(stamp)) return;
  fs.rmSync(RECORDS_DATA, { recursive: true, force: true });
  fs.mkdirSync(RECORDS_DATA, { recursive: true });
  fs.writeFileSync(path.join(RECORDS_DATA, 'staff.yaml'), 'staff:\n' + '  - {}\n'.repeat(RECORDS));
  fs.writeFileSync(stamp, '');
}

function ensureData() {
  const stamp = path.join(DATA, '.complete');
  if (fs.existsSync(stamp)) return;
  fs.rmSync(DATA, { recursive: true, force: true });
  fs.mkdirSync(DATA, { recursive: true });
  const body = 'staff:\n' + '  - 1\n'.repeat(PER_FILE);
  for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(DATA, `f${String(i).padStart(4, '0')}.yaml`), body);
  fs.writeFileSync(stamp, '');
}

function run(format, toFile, dataDir = DATA, label = format) {
  return new Promise((resolve) => {
    const out = path.join(HERE, 'out', `million.${format}`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.rmSync(out, { force: true });
    const args = [CLI, 'validate', dataDir, '--format', format, '--as-of', '2026-11-22', '--lang', 'en', ...(toFile ? ['--output', out] : [])];
    const cmd = TIME ? TIME : process.execPath;
    const argv = TIME ? ['-f', 'EREJE_TIME %e %M', process.execPath, ...args] : args;
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (b) => (bytes += b.length));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const m = /EREJE_TIME ([\d.]+) (\d+)/.exec(stderr);
      const size = toFile && fs.existsSync(out) ? fs.statSync(out).size : bytes;
      if (toFile) fs.rmSync(out, { force: true });
      resolve({ format: toFile ? `${label} --output` : label, code, wall, rssMb: m ? Number(m[2]) / 1024 : null, sizeMb: size / 1024 / 1024, err: stderr.replace(/EREJE_TIME.*\n?/, '').replace(/Command exited with non-zero status \d+\n?/, '').trim().slice(0, 300) });
    });
  });
}

const rows = [];
if (!RECORDS_ONLY) {
  ensureData();
  for (const f of FORMATS) rows.push(await run(f, false));
  rows.push(await run('json', true));
}
const withRecords = RECORDS_ONLY || !ARGS.length || ARGS.includes('records');
if (withRecords) {
  ensureRecords();
  for (const f of ['json', 'pretty']) rows.push(await run(f, false, RECORDS_DATA, `${f} ${RECORDS / 1000}k {}`));
}
if (!RECORDS_ONLY) console.log(`${TOTAL.toLocaleString('en')} findings (${FILES} files × ${PER_FILE}), ${os.cpus().length} cores, node ${process.version}`);
if (withRecords) console.log(`{} rows: one file of ${RECORDS.toLocaleString('en')} empty records (${(RECORDS * 4).toLocaleString('en')} findings of one rule in one file)`);
console.log('format            exit   wall s   peak RSS MB   report MB');
for (const r of rows) {
  console.log(`${r.format.padEnd(17)} ${String(r.code).padStart(4)} ${r.wall.toFixed(1).padStart(8)} ${String(r.rssMb?.toFixed(0) ?? '?').padStart(13)} ${r.sizeMb.toFixed(1).padStart(11)}${r.err ? `  ${r.err}` : ''}`);
}
const resultsFile = path.join(HERE, 'out', 'findings-results.json');
fs.writeFileSync(resultsFile, JSON.stringify({ date: new Date().toISOString(), total: TOTAL, node: process.version, cores: os.cpus().length, rows }, null, 2) + '\n');
