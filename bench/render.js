/**
 * Rendering at scale: 1,000 orders of the national repo in one process with the renderer's
 * batch entry point (documents per second, time to the first document, bytes per document),
 * once in this thread (--jobs 1) and once with two worker threads (--jobs 2); and the time to
 * the first document from a cold start (`ereje render order …` as a whole process, on the
 * sample data repo). Compares with Chromium or LibreOffice when one is installed.
 *
 *   node bench/render.js DIR [--count 1000]
 *
 * Prints one JSON line. Exits 3 with { available: false } while the renderer has no batch
 * entry point.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AS_OF } from './generate.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT = path.join(HERE, 'out', 'render');
const dist = (p) => pathToFileURL(path.join(ROOT, 'dist', p)).href;
const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(HERE, 'data', 'national'));
const COUNT = Number(args.includes('--count') ? args[args.indexOf('--count') + 1] : 1000);
const emit = (o, code = 0) => {
  process.stdout.write(JSON.stringify(o) + '\n');
  process.exit(code);
};

if (!fs.existsSync(new URL(dist('src/render/batch.js')))) emit({ available: false, note: 'render: not available yet' }, 3);
const batch = await import(dist('src/render/batch.js'));
const index = await import(dist('src/render/index.js'));
if (typeof batch.renderBatch !== 'function' || typeof index.openSession !== 'function') emit({ available: false, note: 'render: not available yet (no renderBatch/openSession)' }, 3);

const RENDERABLE = ['open-door-day', 'landing-composition', 'leading-school-designation', 'qualification-plan'];
const now = () => performance.now();
const sizeOf = (files) => files.reduce((a, f) => a + fs.statSync(f).size, 0);

// ---- the data, read and checked once (not part of the per-document figures)
let t0 = now();
const session = await index.openSession({ paths: [dir], asOf: AS_OF, cwd: ROOT, lang: 'kk' });
const sessionMs = now() - t0;
const orders = session.data.orders.filter((o) => RENDERABLE.includes(o.type));
// Evenly spaced through the data, so every order type and region is in the batch.
const step = Math.max(1, orders.length / COUNT);
const requests = [];
for (let i = 0; i < Math.min(COUNT, orders.length); i++) requests.push({ kind: 'order', id: orders[Math.floor(i * step)].id });
const types = {};
for (const r of requests) {
  const t = session.data.order(r.id).type;
  types[t] = (types[t] ?? 0) + 1;
}

const runs = [];
for (const jobs of [1, 2]) {
  const outDir = path.join(OUT, `jobs${jobs}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  let first = null;
  t0 = now();
  const res = await batch.renderBatch({
    session, requests, langs: ['kk'], outDir, force: true, jobs,
    onProgress: (done) => { if (first === null && done > 0) first = now() - t0; },
  });
  const wallMs = now() - t0;
  const bytes = sizeOf(res.written);
  runs.push({
    label: `batch, --jobs ${jobs}${res.jobs !== jobs ? ` (ran ${res.jobs})` : ''}`,
    jobs: res.jobs,
    documents: res.written.length,
    failed: res.failed.length,
    refused: res.refused.length,
    drawSeconds: res.seconds,
    wallMs,
    docsPerSecond: res.written.length / res.seconds,
    firstDocumentMs: first,
    bytesPerDocument: res.written.length ? bytes / res.written.length : null,
    firstFailure: res.failed[0] ? `${res.failed[0].id}: ${res.failed[0].error?.message ?? res.failed[0].error}` : undefined,
  });
  fs.rmSync(outDir, { recursive: true, force: true });
}

// ---- cold start: one order as a whole process, on the sample repo (a user's real-size repo)
function cold(dataDir, label) {
  const id = firstOrderIn(dataDir);
  if (!id) return null;
  const outDir = path.join(OUT, 'cold');
  fs.rmSync(outDir, { recursive: true, force: true });
  const t = now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'ereje.js'), 'render', 'order', id, '--data', dataDir, '--out', outDir, '--lang', 'kk', '--force', '--as-of', AS_OF], { cwd: ROOT, encoding: 'utf8' });
  const ms = now() - t;
  const written = fs.existsSync(outDir) ? fs.readdirSync(outDir).map((f) => path.join(outDir, f)) : [];
  const bytes = written.length ? sizeOf(written) : null;
  fs.rmSync(outDir, { recursive: true, force: true });
  return { label, data: path.relative(ROOT, dataDir), order: id, ms, exit: r.status, bytes, error: r.status === 0 ? undefined : (r.stderr || '').trim().split('\n').slice(-2).join(' ') };
}

/** The first order of type open-door-day in a data folder (by file name, then file order). */
function firstOrderIn(root) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name) && e.name !== 'ereje.yaml') files.push(p);
    }
  };
  walk(root);
  for (const f of files.sort()) {
    const m = /- id: ([a-z0-9][a-z0-9._-]*)\n(?:\s+\w+: .*\n){0,8}?\s+type: open-door-day\n/.exec(fs.readFileSync(f, 'utf8'));
    if (m && /orders:/.test(fs.readFileSync(f, 'utf8'))) return m[1];
  }
  return null;
}

const coldRuns = [
  cold(path.join(ROOT, 'fixtures', 'sample'), 'cold process, sample repo'),
  cold(path.join(HERE, 'data', 'small'), 'cold process, small bench repo (2 regions)'),
].filter(Boolean);

// ---- the anchor: a Chromium or LibreOffice conversion, when installed (never installed by us)
const which = (cmds) => cmds.find((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0) ?? null;
const chromium = which(['chromium', 'chromium-browser', 'google-chrome']);
const soffice = which(['soffice', 'libreoffice']);
const anchor = chromium || soffice ? `${chromium ?? soffice} is installed but the anchor conversion is not scripted yet` : null;

const best = runs.reduce((a, b) => (b.docsPerSecond > (a?.docsPerSecond ?? 0) ? b : a), null);
emit({
  available: true,
  count: requests.length,
  types,
  sessionMs,
  runs,
  cold: coldRuns,
  docsPerSecond: best?.docsPerSecond ?? null,
  firstDocumentMs: coldRuns[0]?.exit === 0 ? coldRuns[0].ms : null,
  anchor,
  cores: os.cpus().length,
});
