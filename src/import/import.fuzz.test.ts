/** Whatever bytes a spreadsheet holds, `ereje import` ends with findings or one line and exit 2 — never an internal error. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { runMain } from '../testing/cli-io.js';
import { staffWorkbook } from '../testing/import-fixture.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-import-fuzz-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
fs.mkdirSync(path.join(dir, 'data'));
fs.writeFileSync(path.join(dir, 'data/orgs.yaml'), 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }\n');

const RUNS = Number(process.env.EREJE_FUZZ_RUNS ?? 40);

async function runOn(name: string, bytes: Uint8Array): Promise<void> {
  fs.writeFileSync(path.join(dir, name), bytes);
  const before = fs.readFileSync(path.join(dir, 'data/orgs.yaml'));
  const r = await runMain(['import', name, '--into', 'data', '--dry-run', '--lang', 'en'], dir);
  expect([0, 1, 2], r.err).toContain(r.code);
  expect(r.err).not.toMatch(/internal error/);
  if (r.code === 2) expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(fs.readFileSync(path.join(dir, 'data/orgs.yaml')).equals(before)).toBe(true);
}

it('CSV text of any shape (separators, quotes, Cyrillic, control characters)', async () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom('ФИО', 'Т.А.Ә.', 'Лауазымы', 'Ұйым', 'tur-bdo', 'Әдіскер', '31.02.2020', '45170', '"', ';', ',', '\r\n', '?'));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), fc.constantFrom(';', ',', '\t'), fc.constantFrom('utf8', 'latin1'), async (rows, sep, enc) => {
      await runOn('x.csv', Buffer.from(rows.map((r) => r.join(sep)).join('\r\n'), enc as BufferEncoding));
    }),
    { numRuns: RUNS, seed: 18 },
  );
}, 120_000);

it('a workbook with bytes flipped or cut', async () => {
  const good = (await staffWorkbook()).bytes;
  await fc.assert(
    fc.asyncProperty(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 }), fc.boolean(), async (at, byte, cut) => {
      const b = Buffer.from(good);
      if (cut) await runOn('x.xlsx', b.subarray(0, at));
      else {
        b[at] = byte;
        await runOn('x.xlsx', b);
      }
    }),
    { numRuns: Math.max(10, Math.floor(RUNS / 2)), seed: 18 },
  );
}, 120_000);

it('any name text is written so that validate reads it back as it was, and a second import changes nothing', async () => {
  let k = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 5 }), async (names) => {
      const repo = path.join(dir, `w${k++}`);
      fs.mkdirSync(path.join(repo, 'data'), { recursive: true });
      fs.copyFileSync(path.join(dir, 'data/orgs.yaml'), path.join(repo, 'data/orgs.yaml'));
      const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
      fs.writeFileSync(path.join(repo, 's.csv'), ['name;position;org', ...names.map((n) => `${quote(n)};teacher;tur-bdo`)].join('\r\n'));
      const r = await runMain(['import', 's.csv', '--into', 'data', '--lang', 'en'], repo);
      expect(r.err).toBe('');
      expect(r.out).not.toMatch(/Not written to/);
      const after = fs.existsSync(path.join(repo, 'data/staff.yaml')) ? fs.readFileSync(path.join(repo, 'data/staff.yaml')) : null;
      const v = await runMain(['validate', 'data', '--as-of', '2026-11-22', '--format', 'json'], repo);
      expect(JSON.parse(v.out).findings.filter((f: { rule: string }) => f.rule === 'data/schema' || f.rule === 'data/syntax')).toEqual([]);
      const again = await runMain(['import', 's.csv', '--into', 'data', '--lang', 'en'], repo);
      const now = fs.existsSync(path.join(repo, 'data/staff.yaml')) ? fs.readFileSync(path.join(repo, 'data/staff.yaml')) : null;
      expect(now?.toString('hex')).toBe(after?.toString('hex'));
      expect(again.out).toMatch(/0 to add, 0 to change|^(?![\s\S]*to add)/);
      fs.rmSync(repo, { recursive: true, force: true });
    }),
    { numRuns: RUNS, seed: 18 },
  );
}, 300_000);
