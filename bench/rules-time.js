/**
 * The two rules that look at every record (data/mixed-script, data/unknown-reference), timed
 * alone on a data repo loaded once in this thread: what they add to the end of a run, where
 * the second thread has nothing left to do.
 *
 *   node bench/rules-time.js DIR [ROUNDS]
 *
 * Prints one JSON line: { rule: [ms per round] }.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(path.join(ROOT, 'dist', p)).href);
const dir = path.resolve(process.argv[2] ?? '.');
const rounds = Number(process.argv[3] ?? 5);

const loader = await dist('src/load/loader.js');
const registryMod = await dist('src/engine/registry.js');
const { data } = loader.loadRepo([dir]);
const registry = await registryMod.loadRegistry();
const out = {};
for (const id of ['data/mixed-script', 'data/unknown-reference']) {
  const rule = registry.rules.get(id);
  out[id] = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const ctx = { data, asOf: '2026-11-22', params: {}, report: () => n++, settings: {} };
    const t0 = performance.now();
    rule.check(ctx);
    out[id].push(Math.round(performance.now() - t0));
    out[`${id} findings`] = n;
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
