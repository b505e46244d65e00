/** The example `ereje init` ships for `ereje import`: it imports as the README says, and validates. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runMain } from '../testing/cli-io.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-import-example-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

it('init ships a workbook and its mapping that import cleanly into the sample region, once', async () => {
  expect((await runMain(['init', 'repo', '--region', 'kostanay', '--as-of', '2026-11-22'], base)).code).toBe(0);
  const dir = path.join(base, 'repo');
  const args = ['import', 'import/staff.xlsx', '--into', 'kostanay', '--map', 'import/staff.map.yaml', '--lang', 'en'];
  const r = await runMain(args, dir);
  expect(r.out).toContain('import/staff.xlsx: sheet "Қызметкерлер" — staff, header on row 4, 4 records read');
  expect(r.out).toContain('staff → kostanay/staff.yaml: 4 to add, 0 to change, 0 left alone, 0 held back');
  expect(r.code).toBe(0);
  const staff = fs.readFileSync(path.join(dir, 'kostanay/staff.yaml'), 'utf8');
  expect(staff).toContain('name: "Төлеуова Әйгерім Нұрланқызы"');
  expect(staff).toContain('name: "Құрманғазы Ұлан Бақытжанұлы"');

  const v = await runMain(['validate', '--as-of', '2026-11-22', '--format', 'json'], dir);
  // The records pass the data format and their references resolve; the mapping file beside the
  // data is not read as data. (Rules may still have something to say about the people.)
  const dataFindings = JSON.parse(v.out).findings.filter((f: { rule: string }) => f.rule.startsWith('data/'));
  expect(dataFindings).toEqual([]);

  const again = await runMain(args, dir);
  expect(again.out).toContain('0 to add, 0 to change, 4 left alone, 0 held back');
  expect(fs.readFileSync(path.join(dir, 'kostanay/staff.yaml'), 'utf8')).toBe(staff);
}, 60_000);
