/**
 * The whole-run cache: a stored result is given only when nothing it depends on changed, and
 * then it is byte-identical to a run without any cache; every input that can change a finding
 * (a data file's content, name, presence; the settings; the exceptions file; the as-of day; the
 * language; --rule; --no-exceptions) makes a new run. Property-style: a seeded sequence of edits,
 * additions, deletions and renames, each step compared with a run that has no cache at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCopies } from '../testing/sample-copy.js';
import { runCli } from '../testing/bad.js';
import { loadRegistry } from '../engine/registry.js';
import { loadSettings } from '../engine/settings.js';
import { validateRepo, type ValidateOptions } from '../validate.js';
import { ReadCache } from './read-cache.js';
import { validateWithRunCache } from './run-cache.js';

const copySample = sampleCopies('ereje-runs-');

type Extra = Partial<Pick<ValidateOptions, 'asOf' | 'lang' | 'onlyRules' | 'exceptions' | 'trace'>>;

async function opts(dir: string, extra: Extra = {}): Promise<ValidateOptions> {
  const registry = await loadRegistry();
  const settings = loadSettings([dir], undefined, dir);
  return { paths: [dir], settings, registry, asOf: '2026-11-22', lang: 'en', cwd: dir, ...extra };
}

const shown = (r: { findings: unknown; summary: unknown; suppressed?: unknown; modules: unknown }) => JSON.stringify({ findings: r.findings, summary: r.summary, suppressed: r.suppressed ?? [], modules: r.modules });

/** The cached run (and whether it came from the store) beside a run with no cache. */
async function both(dir: string, extra: Extra = {}): Promise<{ cached: string; plain: string; fromCache: boolean }> {
  const cache = new ReadCache(path.join(dir, '.ereje-cache'));
  const r = await validateWithRunCache({ ...(await opts(dir, extra)), cache }, (data, id) => String((data.lookup(id) as { name?: unknown } | undefined)?.name ?? ''));
  const plain = validateRepo(await opts(dir, extra));
  return { cached: shown(r), plain: shown(plain), fromCache: r.fromCache };
}

const runs = (dir: string) => (fs.existsSync(path.join(dir, '.ereje-cache/runs')) ? fs.readdirSync(path.join(dir, '.ereje-cache/runs')).filter((f) => f.endsWith('.run')).length : 0);

describe('run cache', () => {
  it('gives the stored result only when no input changed, and then the same bytes as no cache', async () => {
    const dir = copySample();
    const step = async (label: string, expectStored: boolean, extra: Extra = {}) => {
      const r = await both(dir, extra);
      expect(r.cached, label).toBe(r.plain);
      expect(r.fromCache, label).toBe(expectStored);
    };
    await step('cold', false);
    await step('warm', true);
    await step('another day', false, { asOf: '2026-12-20' });
    await step('that day again', true, { asOf: '2026-12-20' });
    await step('another language', false, { lang: 'ru' });
    await step('one rule', false, { onlyRules: ['open-door-day/request-lead-time'] });
    await step('no exceptions', false, { exceptions: false });
    await step('with traces', false, { trace: true });
    // Five other runs since: only the newest four are kept, so the first is made again.
    await step('back to the first, made again', false);
    await step('the first, stored again', true);

    const req = path.join(dir, 'turkistan/requests-2026.yaml');
    fs.writeFileSync(req, fs.readFileSync(req, 'utf8').replace('submitted: 2026-04-03', 'submitted: 2026-04-01'));
    await step('a data file edited', false);
    await step('unchanged after the edit', true);

    fs.writeFileSync(path.join(dir, 'turkistan/extra.yaml'), 'staff:\n  - { id: tur-bdo-s005, name: "Қайталанған", org: tur-bdo, position: methodologist }\n');
    await step('a file added (a duplicate id across files)', false);
    fs.renameSync(path.join(dir, 'kostanay/networks.yaml'), path.join(dir, 'kostanay/networks-2026.yaml'));
    await step('a file renamed', false);
    fs.rmSync(path.join(dir, 'karaganda/schedules.yaml'));
    await step('a file deleted', false);
    await step('unchanged again', true);

    fs.appendFileSync(path.join(dir, 'ereje.yaml'), '\nrules:\n  open-door-day/request-lead-time:\n    severity: warning\n');
    await step('the settings changed', false);
    await step('unchanged settings', true);

    fs.writeFileSync(path.join(dir, 'exceptions.yaml'), 'exceptions:\n  - rule: open-door-day/request-lead-time\n    subject: tur-odd-2026-q2\n    reason: "Сынақ"\n    approved_by: tur-bdo-s001\n    approved_on: 2026-05-01\n    expires: 2027-05-01\n');
    await step('an exceptions file appeared', false);
    await step('unchanged exceptions', true);
    fs.appendFileSync(path.join(dir, 'exceptions.yaml'), '# a comment moves nothing but the file changed\n');
    await step('the exceptions file edited', false);

    // The newest few results are kept, no more.
    expect(runs(dir)).toBeGreaterThan(0);
    expect(runs(dir)).toBeLessThanOrEqual(4);
  }, 180_000);

  it('a stored result that is truncated, corrupt or of another build is ignored and made again', async () => {
    const dir = copySample();
    await both(dir);
    const file = path.join(dir, '.ereje-cache/runs', fs.readdirSync(path.join(dir, '.ereje-cache/runs'))[0]);
    for (const bad of [fs.readFileSync(file).subarray(0, 30), Buffer.from('not a run'), Buffer.alloc(0)]) {
      fs.writeFileSync(file, bad);
      const r = await both(dir);
      expect(r.fromCache).toBe(false);
      expect(r.cached).toBe(r.plain);
      expect((await both(dir)).fromCache).toBe(true);
    }
  }, 120_000);

  it('CLI: the second --cache run prints the same report, in every text format, and the same exit code', () => {
    const dir = copySample();
    for (const format of ['json', 'pretty', 'sarif', 'junit', 'github']) {
      const plain = runCli(['validate', '.', '--format', format], dir);
      const cold = runCli(['validate', '.', '--format', format, '--cache'], dir);
      const warm = runCli(['validate', '.', '--format', format, '--cache'], dir);
      expect(cold.stdout, format).toBe(plain.stdout);
      expect(warm.stdout, format).toBe(plain.stdout);
      expect([cold.code, warm.code], format).toEqual([plain.code, plain.code]);
    }
  }, 180_000);
});
