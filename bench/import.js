/**
 * `ereje import` at a region's scale: a 50,000-row staff workbook (and the same as a
 * Windows-1251 CSV) into a small data repo (one region, 400 schools). Whole processes, as a
 * user runs them: the first import (every row added), the same file again (every row left
 * alone), and a dry run. Prints a table and one JSON line.
 *
 *   npm run bench:import            # builds first
 *   node bench/import.js [--rows 50000] [--runs 3]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT = path.join(HERE, 'out', 'import');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const ROWS = opt('--rows', 50_000);
const RUNS = opt('--runs', Number(process.env.BENCH_RUNS ?? 3));
const SCHOOLS = 400;

const SURNAMES = ['Әбілқасымова', 'Қожахметов', 'Ұлықбекова', 'Өмірзақов', 'Нұрғалиева', 'Сейітқазы', 'Жаңабаев', 'Іргебаева', 'Һашимов', 'Бекова', 'Петрова', 'Ким', 'Ахметов', 'Серікбаев'];
const GIVEN = ['Гүлнұр', 'Ерғали', 'Һәжәр', 'Ұлжан', 'Айгүл', 'Нұрлан', 'Әсем', 'Ғалымжан', 'Анна', 'Сергей', 'Дәурен', 'Іңкәр'];
const POSITIONS = ['Мұғалім', 'Учитель', 'Әдіскер', 'Методист', 'Директордың орынбасары', 'Заместитель директора', 'Педагог'];

function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function repo(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'turkistan'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'language: en\n');
  const lines = ['organizations:', '  - { id: tur-uo, type: education-department, name: "Білім басқармасы", region: turkistan }'];
  for (let i = 1; i <= SCHOOLS; i++) lines.push(`  - { id: tur-sch-${i}, type: school, name: { kk: "№${i} жалпы білім беретін мектеп", ru: "Общеобразовательная школа №${i}" }, region: turkistan, parent: tur-uo }`);
  fs.writeFileSync(path.join(dir, 'turkistan', 'organizations.yaml'), lines.join('\n') + '\n');
}

function rows() {
  const rnd = prng(18);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const out = [];
  for (let i = 0; i < ROWS; i++) {
    const school = 1 + Math.floor(rnd() * SCHOOLS);
    out.push({
      name: `${pick(SURNAMES)} ${pick(GIVEN)} №${i + 1}`,
      position: pick(POSITIONS),
      // Half by id, half by the school's Russian name, as registers have it.
      org: i % 2 ? `tur-sch-${school}` : `Общеобразовательная школа №${school}`,
      hired: 36000 + Math.floor(rnd() * 10000), // an Excel serial date, 1998–2025
    });
  }
  return out;
}

async function workbook(file, data) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const ws = wb.addWorksheet('Қызметкерлер');
  ws.addRow(['Түркістан облысы мектептерінің педагогтері / Педагоги школ Туркестанской области']).commit();
  ws.addRow([]).commit();
  ws.addRow(['№', 'Т.А.Ә.', 'Должность', 'Ұйым', 'Дата приёма']).commit();
  data.forEach((r, i) => {
    const row = ws.addRow([i + 1, r.name, r.position, r.org, r.hired]);
    row.getCell(5).numFmt = 'dd.mm.yyyy';
    row.commit();
  });
  ws.commit();
  await wb.commit();
}

function csv1251(file, data) {
  // Windows-1251 cannot hold Ә Ғ Қ…: Excel would write «?»; the bench keeps to Russian names here.
  const lines = ['ФИО;Должность;Организация;Дата приема'];
  data.forEach((r, i) => lines.push(`Иванова Анна №${i + 1};${i % 2 ? 'Учитель' : 'Методист'};${r.org};${serialToDotted(r.hired)}`));
  fs.writeFileSync(file, iconv.encode(lines.join('\r\n') + '\r\n', 'windows-1251'));
}

function serialToDotted(n) {
  const d = new Date(Date.UTC(1899, 11, 30) + n * 86400000);
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
}

function run(argv, cwd) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'ereje.js'), ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`ereje ${argv.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout).slice(-500)}`);
  return { s, out: r.stdout };
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

/** The library in this process: CPU seconds (user + system) of one import, which a busy machine does not inflate as it does wall time. */
async function cpuOf(file, dir, extra = {}) {
  const { runImport } = await import(pathToFileURL(path.join(ROOT, 'dist/src/import/import.js')).href);
  const c = process.cpuUsage();
  await runImport({ file, into: 'turkistan', cwd: dir, ...extra });
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1e6;
}

fs.mkdirSync(OUT, { recursive: true });
const data = rows();
const xlsx = path.join(OUT, 'staff.xlsx');
const csv = path.join(OUT, 'staff-1251.csv');
await workbook(xlsx, data);
csv1251(csv, data);

const results = {};
for (const [label, file] of [['xlsx', xlsx], ['csv (Windows-1251)', csv]]) {
  const first = [], again = [], dry = [];
  let yamlBytes = 0;
  for (let k = 0; k < RUNS; k++) {
    const dir = path.join(OUT, 'repo');
    repo(dir);
    dry.push(run(['import', file, '--into', 'turkistan', '--dry-run'], dir).s);
    first.push(run(['import', file, '--into', 'turkistan'], dir).s);
    const again1 = run(['import', file, '--into', 'turkistan'], dir);
    if (!/0 to add, 0 to change, \d+ left alone/.test(again1.out)) throw new Error(`the second import changed something:\n${again1.out.slice(-400)}`);
    again.push(again1.s);
    yamlBytes = fs.statSync(path.join(dir, 'turkistan', 'staff.yaml')).size;
  }
  const cdir = path.join(OUT, 'repo-cpu');
  repo(cdir);
  const cpuFirst = await cpuOf(file, cdir);
  const cpuAgain = await cpuOf(file, cdir);
  results[label] = { rows: ROWS, first: median(first), again: median(again), dryRun: median(dry), cpuFirst, cpuAgain, rowsPerSecond: Math.round(ROWS / median(first)), yamlMB: +(yamlBytes / 1e6).toFixed(1) };
}

const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.versions.node}`;
console.log(`ereje import, ${ROWS.toLocaleString('en')} staff rows into a region of ${SCHOOLS} schools; median of ${RUNS}; ${machine}`);
console.log(`load average when done: ${os.loadavg().map((x) => x.toFixed(1)).join(', ')}`);
console.log('| input | first import (all added) | same file again (no change) | --dry-run | CPU: first / again (in-process) | staff.yaml |');
console.log('|---|---|---|---|---|---|');
for (const [label, r] of Object.entries(results)) console.log(`| ${label} | ${r.first.toFixed(2)} s | ${r.again.toFixed(2)} s | ${r.dryRun.toFixed(2)} s | ${r.cpuFirst.toFixed(2)} s / ${r.cpuAgain.toFixed(2)} s | ${r.yamlMB} MB |`);
console.log(JSON.stringify({ machine, date: new Date().toISOString().slice(0, 10), results }));
