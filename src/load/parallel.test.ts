/**
 * The parallel loader, through the built package (worker threads run dist/): the same dataset,
 * record for record and place for place, and the same findings as reading in one thread, with
 * and without the read cache (cold, warm, one entry corrupted, one file edited), on the sample
 * plus every kind of bad file. Run `npm run build` first (npm test does).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../testing/cases.js';

const DIST = path.join(ROOT, 'dist/src');
const built = fs.existsSync(path.join(DIST, 'load/worker.js'));
if (!built) console.warn('parallel.test.ts: dist/ is missing — run `npm run build` first; skipping');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * The sample, and beside it every bad file of fixtures/bad (syntax, schema, encoding, aliases).
 * With `copies`, the sample that many times more (more files for the threads to share).
 */
function repo(copies = 0): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-parallel-'));
  dirs.push(dir);
  fs.cpSync(path.join(ROOT, 'fixtures/sample'), path.join(dir, 'sample'), { recursive: true });
  fs.rmSync(path.join(dir, 'sample/ereje.yaml'));
  for (let k = 1; k <= copies; k++) fs.cpSync(path.join(dir, 'sample'), path.join(dir, `sample-${k}`), { recursive: true });
  const bad = path.join(ROOT, 'fixtures/bad');
  for (const name of fs.readdirSync(bad)) {
    if (!/^(syntax|schema|encoding)-/.test(name)) continue;
    for (const f of fs.readdirSync(path.join(bad, name))) {
      if (f === 'expected.yaml' || f === 'ereje.yaml') continue;
      fs.mkdirSync(path.join(dir, 'bad', name), { recursive: true });
      fs.copyFileSync(path.join(bad, name, f), path.join(dir, 'bad', name, f));
    }
  }
  return dir;
}

type Loaded = { data: Record<string, unknown> & { files: { display: string; text: string | null }[]; recordCount: number }; findings: unknown[]; filesRead: number; pool?: { close(): Promise<void> } | null; workerFiles?: { read: number; stale: number } };

async function dist() {
  const loader = await import(path.join(DIST, 'load/loader.js'));
  const { ReadCache } = await import(path.join(DIST, 'cache/read-cache.js'));
  const { LOC } = await import(path.join(DIST, 'load/positions.js'));
  const { COLLECTIONS } = await import(path.join(DIST, 'schema/collections.js'));
  return { loader, ReadCache, LOC: LOC as symbol, COLLECTIONS: COLLECTIONS as string[] };
}

/** Everything a reading produced, places included (the hidden LOC of every record). */
function snapshot(l: Loaded, LOC: symbol, collections: string[]): string {
  const recs = Object.fromEntries(collections.map((c) => [c, (l.data[c] as Record<string | symbol, unknown>[]).map((r) => [r[LOC], r])]));
  return JSON.stringify({ files: l.data.files.map((f) => [f.display, f.text]), recordCount: l.data.recordCount, recs, findings: l.findings, filesRead: l.filesRead });
}

describe('the default number of threads', () => {
  it('is the cores (up to 8) on a quiet machine and one thread on a saturated one', async () => {
    const { defaultJobs, BUSY_LOAD_PER_CORE } = await import('./loader.js');
    const cores = os.availableParallelism();
    expect(defaultJobs(0)).toBe(Math.min(cores, 8));
    if (cores > 1) {
      expect(defaultJobs(cores * BUSY_LOAD_PER_CORE)).toBe(1);
      expect(defaultJobs(cores * BUSY_LOAD_PER_CORE - 0.1)).toBe(Math.min(cores, 8));
    }
  });
});

describe.skipIf(!built)('parallel loading (worker threads, dist/)', () => {
  it('gives what one thread gives, with and without the cache, cold, warm, after a corrupt entry and an edit', async () => {
    const { loader, ReadCache, LOC, COLLECTIONS } = await dist();
    const dir = repo(3);
    const cdir = path.join(dir, '.ereje-cache');
    const one = () => snapshot(loader.loadRepo([dir], { cwd: dir }), LOC, COLLECTIONS);
    /**
     * With a cache, workers only parse what it does not know (two files or more). Which thread
     * takes which file is a race (this thread starts at once, a worker when it has loaded), so
     * each reading is also made with the workers taking every file.
     */
    const par = async (cache?: unknown, workers = true) => {
      const runs: string[] = [];
      // Without a cache both ways; with one, once (a second run would find the cache warm), the workers taking every miss.
      const ways = !workers ? [true] : cache === undefined ? [true, false] : [false];
      for (const mainTakesFiles of ways) {
        const l: Loaded = await loader.loadRepoParallel([dir], { cwd: dir, jobs: 2, parallelMinBytes: 0, cache, mainTakesFiles });
        expect(l.pool !== null, 'the workers were started').toBe(workers);
        if (!mainTakesFiles) expect(l.workerFiles!.read, 'the workers read every file').toBeGreaterThan(0);
        await l.pool?.close();
        runs.push(snapshot(l, LOC, COLLECTIONS));
      }
      expect(new Set(runs).size, 'the same whoever took the files').toBe(1);
      return runs[0];
    };
    const expected = one();
    expect(expected).toContain('Қ'); // Kazakh letters came through
    expect(JSON.parse(expected).findings.length).toBeGreaterThan(20);
    expect(await par()).toBe(expected);

    const cold = new ReadCache(cdir);
    expect(await par(cold)).toBe(expected);
    expect(cold.stats.hits).toBe(0);
    const files = JSON.parse(expected).filesRead as number;
    expect(cold.stats.written).toBe(files); // written by the workers and this thread together
    const entries = fs.readdirSync(cdir, { recursive: true }).map(String).filter((f) => f.endsWith('.v8'));
    expect(entries.length).toBe(files);

    const warm = new ReadCache(cdir);
    expect(await par(warm, false)).toBe(expected); // all known: read here, no worker started
    expect(warm.stats).toMatchObject({ hits: files, misses: 0, written: 0 });
    warm.finish(true);
    expect(warm.stats.removed).toBe(0);

    // Every entry truncated: none is trusted, each file is read again and its entry rewritten.
    for (const e of entries) {
      const f = path.join(cdir, e);
      fs.writeFileSync(f, fs.readFileSync(f).subarray(0, 40));
    }
    const corrupt = new ReadCache(cdir);
    expect(await par(corrupt)).toBe(expected);
    expect(corrupt.stats.hits).toBe(0);
    expect(corrupt.stats.written).toBe(files);

    // An edit: the one file is read again, the rest come from the cache; still as one thread reads it.
    const req = path.join(dir, 'sample/turkistan/requests-2026.yaml');
    fs.writeFileSync(req, fs.readFileSync(req, 'utf8').replace('submitted: 2026-04-03', 'submitted: 2026-04-01'));
    const edited = new ReadCache(cdir);
    expect(await par(edited, false)).toBe(one());
    expect(edited.stats).toMatchObject({ hits: files - 1, written: 1 });
  }, 60_000);

  it('a file that changes after this thread hashed it is read from the bytes the run was keyed on', async () => {
    // With a cache, this thread reads and hashes every file first (the run's key); a worker reads
    // a missed file again and must not parse other bytes than those: it says the file is stale.
    const { loader, ReadCache, LOC, COLLECTIONS } = await dist();
    const dir = repo(3);
    const expected = snapshot(loader.loadRepo([dir], { cwd: dir }), LOC, COLLECTIONS);
    const cache = new ReadCache(path.join(dir, '.ereje-cache'));
    const pre = loader.prehash([dir], { cwd: dir, cache });
    for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml'))) {
      fs.appendFileSync(path.join(dir, f), '\nedited_after_hashing: [1, 2]\n');
    }
    const l: Loaded = await loader.loadRepoParallel([dir], { cwd: dir, jobs: 2, parallelMinBytes: 0, cache, prehashed: pre, mainTakesFiles: false });
    expect(l.pool !== null, 'the workers were started').toBe(true);
    await l.pool?.close();
    expect(snapshot(l, LOC, COLLECTIONS)).toBe(expected);
    expect(l.workerFiles, 'every file a worker took was stale').toMatchObject({ read: 0, stale: expect.any(Number) });
    expect(l.workerFiles!.stale).toBeGreaterThan(0);
    expect(JSON.stringify(l.findings)).not.toContain('edited_after_hashing');
  }, 60_000);
});
