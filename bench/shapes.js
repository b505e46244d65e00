/**
 * The national data in a second shape, the way a region exports it: per region one big staff
 * file (≈5 MB), one organizations file and one plans-and-events file — 60 files instead of 541,
 * the same records and bytes (less the comments). Derived from bench/data/national by moving
 * each top-level collection's items, text for text, so nothing is parsed or re-emitted.
 *
 *   node bench/shapes.js            # writes bench/data/big/ if missing or stale
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, STAMP, ensureData } from './generate.js';

const TOP = /^([a-z_]+):\s*$/;

/** The items under each top-level key of a generated file (column-0 comments dropped). */
function sections(text) {
  const out = new Map();
  let cur = null;
  for (const line of text.split('\n')) {
    const m = TOP.exec(line);
    if (m) {
      cur = m[1];
      if (!out.has(cur)) out.set(cur, []);
    } else if (cur && line !== '' && !line.startsWith('#')) out.get(cur).push(line);
  }
  return out;
}

function emit(title, groups) {
  const lines = [`# ${title}`];
  for (const [k, items] of groups) {
    if (!items.length) continue;
    lines.push(`${k}:`);
    for (const l of items) lines.push(l);
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

export function ensureBigData({ log = () => {} } = {}) {
  const national = ensureData('national', { log });
  const dir = path.join(DATA_DIR, 'big');
  const version = `${national.version}+${crypto.createHash('sha256').update(fs.readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 12)}`;
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8'));
    if (stamp.version === version) return { dir, generated: false, ...stamp };
  } catch { /* make it */ }
  const t0 = performance.now();
  const tmp = path.join(DATA_DIR, `.big.tmp-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (rel, buf) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), buf);
    files++;
    bytes += buf.length;
  };
  for (const region of fs.readdirSync(national.dir, { withFileTypes: true })) {
    if (!region.isDirectory() || region.name.startsWith('.')) continue;
    const rdir = path.join(national.dir, region.name);
    const all = fs.readdirSync(rdir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).sort();
    const staff = new Map([['staff', []]]);
    const orgs = new Map([['organizations', []]]);
    const rest = new Map();
    for (const f of all) {
      for (const [k, items] of sections(fs.readFileSync(path.join(rdir, f), 'utf8'))) {
        const into = k === 'staff' ? staff : k === 'organizations' ? orgs : rest;
        if (!into.has(k)) into.set(k, []);
        const list = into.get(k);
        for (const l of items) list.push(l);
      }
    }
    if (staff.get('staff').length) write(`${region.name}/staff.yaml`, emit(`${region.name}: staff`, staff));
    if (orgs.get('organizations').length) write(`${region.name}/organizations.yaml`, emit(`${region.name}: organizations`, orgs));
    if (rest.size) write(`${region.name}/plans-and-events.yaml`, emit(`${region.name}: plans, requests, orders, events, landings, networks`, rest));
  }
  const info = { version, size: 'big', regions: national.regions, asOf: national.asOf, files, bytes, records: national.records, collections: national.collections, generationMs: Math.round(performance.now() - t0) };
  fs.writeFileSync(path.join(tmp, STAMP), JSON.stringify(info, null, 2) + '\n');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  log(`generated big (one staff file per region): ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${(info.generationMs / 1000).toFixed(1)} s`);
  return { dir, generated: true, ...info };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = ensureBigData({ log: console.log });
  if (!r.generated) console.log(`big: up to date (${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB)`);
}
