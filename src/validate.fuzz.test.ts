/**
 * Fuzzing the whole validate pipeline in-process: a valid little repo (the sample, a region of
 * it, or a rule case) with one or two files mutated (src/testing/fuzz.ts), read and checked
 * with every rule module. Whatever the input: no exception escapes, every finding has a file,
 * a line and a column inside that file, its message is filled in, and the JSON report parses.
 * Time is bounded by the test's timeout (no timing assertions).
 *
 * npm test runs fixed seeds; `EREJE_FUZZ_RUNS=20000 npx vitest run src/validate.fuzz.test.ts`
 * hunts longer (`EREJE_FUZZ_SEED=<n>` for other inputs).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistry } from './engine/registry.js';
import { loadSettings } from './engine/settings.js';
import { validateRepo } from './validate.js';
import { cleanupTemp, describeMutations, findingProblems, freshDir, fuzzParams, fuzzTimeout, LONG_RUN, mutate, mutationsArb, repoTemplates, writeRepo } from './testing/fuzz.js';
import { checkRepo, pipelineCaseArb, runPipelineCase } from './testing/fuzz-validate.js';
import { MAX_RELATED } from '../rules/data/duplicate-id.js';

afterAll(() => cleanupTemp());

describe('validate pipeline under mutated files', () => {
  it('never throws; every finding is positioned inside its file', async () => {
    await fc.assert(
      fc.asyncProperty(pipelineCaseArb(LONG_RUN ? 200_000 : 20_000), async (c) => {
        const problems = await runPipelineCase(c);
        if (problems.length) expect.fail(problems.slice(0, 6).join('\n'));
      }),
      fuzzParams(400, 1),
    );
  }, fuzzTimeout(400, 150));

  it('a mutated settings file is read or refused with a clear message, never a crash', async () => {
    const withSettings = repoTemplates().filter((t) => t.settings !== null);
    expect(withSettings.length).toBeGreaterThan(1);
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutationsArb(5_000), async (ti, ms) => {
        const t = withSettings[ti % withSettings.length];
        const dir = freshDir('settings');
        writeRepo(dir, Object.fromEntries(t.files.map((f) => [f.rel, f.text])), mutate(t.settings!, ms));
        const problems = await checkRepo(dir, new Map(t.files.map((f) => [f.rel, f.text])));
        fs.rmSync(dir, { recursive: true, force: true });
        if (problems.length) expect.fail(`${t.where}/ereje.yaml: ${describeMutations(ms)}\n${problems.slice(0, 5).join('\n')}`);
      }),
      fuzzParams(100, 2),
    );
  }, fuzzTimeout(100, 100));

  it('positions stay inside the files when run from the folder above the repo', async () => {
    const t = repoTemplates()[0];
    const dir = freshDir('above');
    const files: Record<string, string> = {};
    for (const f of t.files) files[`repo/${f.rel}`] = f.text;
    writeRepo(dir, files);
    const registry = await loadRegistry();
    const settings = loadSettings([path.join(dir, 'repo')], undefined, dir);
    const result = validateRepo({ paths: ['repo'], settings, registry, asOf: '2026-11-22', lang: 'en', cwd: dir });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(findingProblems(result.findings, new Map(Object.entries(files)))).toEqual([]);
  });

  // Found with EREJE_FUZZ_RUNS=4000: a record repeated 3,229 times ran the process out of memory.
  it('an id pasted thousands of times: one finding per copy up to the per-file cap, then one line counting the rest; each with a bounded list of related places', async () => {
    const dir = freshDir('flood');
    const copy = '  - { id: s1, name: Bekova, org: c1, position: teacher }\n';
    const text = 'organizations:\n  - { id: c1, type: center, name: Center, region: turkistan }\nstaff:\n' + copy.repeat(5000);
    writeRepo(dir, { 'staff.yaml': text });
    const registry = await loadRegistry();
    const settings = loadSettings([dir], undefined, dir);
    const result = validateRepo({ paths: [dir], settings, registry, asOf: '2026-11-22', lang: 'en', cwd: dir, onlyModules: ['data'] });
    const dups = result.findings.filter((f) => f.rule === 'data/duplicate-id');
    expect(dups).toHaveLength(1001); // 1,000 shown (limits.findings_per_file), one line for the other 4,000
    expect((dups.at(-1) as { omitted?: number }).omitted).toBe(4000);
    expect(result.summary.error).toBeGreaterThanOrEqual(5000);
    expect(dups[0].message).toContain('used 5000 times');
    expect(Math.max(...dups.map((f) => f.related?.length ?? 0))).toBe(MAX_RELATED);
    expect(findingProblems(result.findings, new Map([['staff.yaml', text]]))).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
