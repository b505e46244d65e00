/**
 * Fuzzing render: the sample with one file changed in ways that mostly keep it schema-valid —
 * odd Unicode in names and titles, Latin/Cyrillic look-alikes, dates at the calendar's edges
 * (0001-01-01, 9999-12-31), long strings, swapped ids, repeated, deleted and aliased records —
 * then one document of a random kind drawn in kk or ru. It is a PDF, or a typed refusal
 * (unknown id, a record with errors, a template error); never an exception. The fuzzer found
 * one: a due date five years after 9999-12-31 ("10004-12-31") crashed the date wording.
 *
 * `EREJE_FUZZ_RUNS=2000 npx vitest run src/render/render.fuzz.test.ts` hunts longer.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DOC_KINDS, makeTask, openSession, prepareDocument, renderTask } from './index.js';
import { selectRequests } from './batch.js';
import { EreError } from '../core/errors.js';
import { cleanupTemp, describeMutations, freshDir, fuzzParams, fuzzTimeout, mutate, mutationArb, repoTemplates, writeRepo } from '../testing/fuzz.js';

afterAll(() => cleanupTemp());

const KINDS_OF_CHANGE = new Set(['unicode', 'lookalike', 'date', 'longString', 'idSwap', 'duplicateLine', 'value', 'repeatItem', 'deleteLine', 'aliasRecord']);
const change = mutationArb(5_000).filter((m) => KINDS_OF_CHANGE.has(m.kind));

describe('render under changed data', () => {
  it('draws a PDF or refuses with a typed error, never an exception', async () => {
    const sample = repoTemplates()[0];
    expect(sample.where).toBe('fixtures/sample');
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(change, { minLength: 1, maxLength: 3 }), fc.constantFrom(...DOC_KINDS), fc.nat(), fc.constantFrom<'kk' | 'ru'>('kk', 'ru'), async (fi, ms, kind, ri, lang) => {
        const target = sample.files[fi % sample.files.length];
        const dir = freshDir('render');
        const files: Record<string, Buffer> = {};
        for (const f of sample.files) files[f.rel] = f === target ? mutate(f.text, ms) : Buffer.from(f.text, 'utf8');
        writeRepo(dir, files, sample.settings);
        let what = `${target.rel}: ${describeMutations(ms)} → ${kind}`;
        try {
          const session = await openSession({ paths: ['.'], cwd: dir, lang: 'en' });
          const requests = selectRequests(session, kind);
          if (!requests.length) return;
          const req = requests[ri % requests.length];
          what += ` ${req.id ?? ''} (${lang})`;
          const prepared = prepareDocument(session, req);
          const { bytes } = await renderTask(makeTask(prepared, [lang], session.theme, { cwd: dir }), session.theme, dir);
          expect(bytes.subarray(0, 5).toString('latin1'), what).toBe('%PDF-');
        } catch (e) {
          if (e instanceof EreError) return;
          expect.fail(`${what}\nthrew ${(e as Error)?.stack ?? e}`);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      fuzzParams(60, 61),
    );
  }, fuzzTimeout(60, 1_000));

  it('dates at the calendar\'s edge: the qualification report and plan order are drawn (was: a crash on "10004-12-31")', async () => {
    const sample = repoTemplates()[0];
    const dir = freshDir('edge-dates');
    const files: Record<string, string> = {};
    for (const f of sample.files) {
      // Every date of these files at the far edge (the fuzzer's two finds: an order's date, a hiring date).
      const edge = ['kostanay/orders.yaml', 'kostanay/staff.yaml', 'turkistan/organizations.yaml'].includes(f.rel);
      files[f.rel] = edge ? f.text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, '9999-12-31') : f.text;
    }
    writeRepo(dir, files, sample.settings);
    const session = await openSession({ paths: ['.'], cwd: dir, lang: 'en' });
    const requests = [...selectRequests(session, 'report-qualification'), ...selectRequests(session, 'order', { type: 'qualification-plan' })];
    expect(requests.length).toBeGreaterThan(1);
    for (const req of requests) {
      for (const lang of ['kk', 'ru'] as const) {
        const { bytes } = await renderTask(makeTask(prepareDocument(session, req), [lang], session.theme, { cwd: dir }), session.theme, dir);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
    }
  }, 60_000);
});
