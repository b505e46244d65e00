/**
 * The read cache: findings byte-identical with and without it while files are edited, added,
 * deleted and renamed between runs; corrupt, truncated and foreign entries ignored and rewritten;
 * entries of files that are gone pruned; the CLI's --cache / --no-cache / settings.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { sampleCopies } from '../testing/sample-copy.js';
import { runCli } from '../testing/bad.js';
import { loadRegistry } from '../engine/registry.js';
import { loadSettings } from '../engine/settings.js';
import { validateRepo } from '../validate.js';
import { ReadCache } from './read-cache.js';

const copySample = sampleCopies('ereje-cache-');

async function run(dir: string, cache?: ReadCache): Promise<string> {
  const registry = await loadRegistry();
  const settings = loadSettings([dir], undefined, dir);
  const r = validateRepo({ paths: [dir], settings, registry, asOf: '2026-11-22', lang: 'en', cwd: dir, cache, trace: true });
  return JSON.stringify({ findings: r.findings, summary: r.summary });
}

const entries = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.v8')).length : 0);

describe('read cache', () => {
  it('gives byte-identical findings through edits, additions, deletions and renames', async () => {
    const dir = copySample();
    const cdir = path.join(dir, '.ereje-cache');
    const step = async (label: string) => {
      const cache = new ReadCache(cdir);
      const cached = await run(dir, cache);
      expect(cached, label).toBe(await run(dir));
      return cache.stats;
    };
    const first = await step('cold');
    expect(first.hits).toBe(0);
    expect(first.written).toBe(13);
    const warm = await step('warm');
    expect(warm).toMatchObject({ hits: 13, misses: 0, written: 0 });

    const req = path.join(dir, 'turkistan/requests-2026.yaml');
    fs.writeFileSync(req, fs.readFileSync(req, 'utf8').replace('submitted: 2026-04-03', 'submitted: 2026-04-01'));
    expect(await step('edit')).toMatchObject({ hits: 12, written: 1 });

    fs.writeFileSync(path.join(dir, 'turkistan/extra.yaml'), 'staff:\n  - { id: tur-x-1, name: "Бекова Айгүл", org: tur-bdo, position: methodologist }\n  - { id: tur-bdo-s005, name: "Қайталанған", org: tur-bdo, position: methodologist }\n');
    expect(await step('add (a duplicate id across files)')).toMatchObject({ hits: 13, written: 1 });

    fs.renameSync(path.join(dir, 'kostanay/networks.yaml'), path.join(dir, 'kostanay/networks-2026.yaml'));
    expect(await step('rename')).toMatchObject({ hits: 13, written: 1 });

    fs.rmSync(path.join(dir, 'karaganda/schedules.yaml'));
    const before = entries(cdir);
    const del = await step('delete');
    expect(del.hits).toBe(13);
    // The whole repo was read: the entries of the deleted and the renamed-away files are gone.
    expect(entries(cdir)).toBeLessThan(before);
    expect(entries(cdir)).toBe(13);
  }, 120_000);

  it('ignores and rewrites truncated, corrupt and foreign entries', async () => {
    const dir = copySample();
    const cdir = path.join(dir, '.ereje-cache');
    const plain = await run(dir);
    await run(dir, new ReadCache(cdir));
    const files = fs.readdirSync(cdir, { recursive: true }).map(String).filter((f) => f.endsWith('.v8')).map((f) => path.join(cdir, f));
    fs.writeFileSync(files[0], fs.readFileSync(files[0]).subarray(0, 40)); // truncated
    fs.writeFileSync(files[1], 'not a cache entry'); // corrupt
    fs.writeFileSync(files[2], v8.serialize({ format: 2, version: '0.0.1', key: path.basename(files[2], '.v8'), read: { hasText: true, valid: {}, validLoc: {}, invalid: [], count: 0, findings: [] } })); // another version
    fs.writeFileSync(files[3], v8.serialize({ format: 2, version: '1.0.0', key: 'someone-else', read: { hasText: true, valid: {}, validLoc: {}, invalid: [], count: 0, findings: [] } })); // another key
    const cache = new ReadCache(cdir);
    expect(await run(dir, cache)).toBe(plain);
    expect(cache.stats).toMatchObject({ hits: 9, misses: 4, written: 4 });
    const again = new ReadCache(cdir);
    expect(await run(dir, again)).toBe(plain);
    expect(again.stats).toMatchObject({ hits: 13, misses: 0 });
  }, 120_000);

  it('CLI: --cache writes .ereje-cache/ at the data repo root; settings turn it on; --no-cache wins', () => {
    const dir = copySample();
    const a = runCli(['validate', '.', '--format', 'json'], dir);
    const b = runCli(['validate', '.', '--format', 'json', '--cache'], dir);
    expect(b.stdout).toBe(a.stdout);
    expect(entries(path.join(dir, '.ereje-cache'))).toBe(13);
    fs.rmSync(path.join(dir, '.ereje-cache'), { recursive: true });
    fs.appendFileSync(path.join(dir, 'ereje.yaml'), '\ncache: true\n');
    runCli(['validate', '.', '--format', 'json', '--no-cache'], dir);
    expect(fs.existsSync(path.join(dir, '.ereje-cache'))).toBe(false);
    const c = runCli(['validate', '.', '--format', 'json'], dir);
    expect(c.stdout).toBe(a.stdout);
    expect(entries(path.join(dir, '.ereje-cache'))).toBe(13);
  }, 120_000);
});
