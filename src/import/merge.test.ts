/**
 * The merge into hand-written YAML: block records with comments, CRLF line ends and a BOM keep
 * every byte but the values set, the fields added and the records appended.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../testing/cli-io.js';
import { loadYaml } from '../load/yaml.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-merge-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const ORGS = [
  'organizations:',
  '  - id: kost-cpm',
  '    type: cpm',
  '    name: { kk: "Педагогикалық шеберлік орталығы", ru: "Центр педагогического мастерства" }',
  '    region: kostanay',
  '',
].join('\n');

const STAFF = [
  '# Қостанай: ПШО қызметкерлері  — comments stay',
  'staff:',
  '  # тренерлер',
  '  - id: kost-t01',
  '    name:',
  '      kk: "Жақсыбекова Гүлмира"      # as in the order',
  '      ru: "Жаксыбекова Гульмира"',
  '    org: kost-cpm',
  '    position: trainer   # тренер',
  '',
  "  - id: kost-t02",
  "    name: 'Oспанов Ербол'",
  '    org: kost-cpm',
  '    position: trainer',
  '    hired: 2015-09-01',
  '',
  '# end',
  '',
].join('\r\n');

function repo(): string {
  const dir = fs.mkdtempSync(path.join(base, 'r'));
  fs.mkdirSync(path.join(dir, 'kostanay'));
  fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'language: en\n');
  fs.writeFileSync(path.join(dir, 'kostanay/organizations.yaml'), ORGS);
  fs.writeFileSync(path.join(dir, 'kostanay/staff.yaml'), '\uFEFF' + STAFF);
  return dir;
}

describe('import into hand-written YAML', { timeout: 60_000 }, () => {
  it('adds fields under block records and appends new ones; comments, quoting, CRLF and the BOM stay', async () => {
    const dir = repo();
    fs.writeFileSync(
      path.join(dir, 'staff.csv'),
      [
        'id;ФИО;Должность;Организация;Дата приема',
        'kost-t01;Жаксыбекова Гульмира;Тренер;kost-cpm;01.09.2016', // the Russian name of a { kk, ru } name: the same person
        'kost-t02;Oспанов Ербол;Тренер;Центр педагогического мастерства;01.09.2015',
        'kost-t03;Нұрпейісова Әлия;Тренер;Педагогикалық шеберлік орталығы;10.01.2024',
      ].join('\r\n'),
    );
    const r = await runMain(['import', 'staff.csv', '--into', 'kostanay', '--lang', 'en'], dir);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('staff → kostanay/staff.yaml: 1 to add, 1 to change, 1 left alone, 0 held back');
    const after = fs.readFileSync(path.join(dir, 'kostanay/staff.yaml'), 'utf8');
    const expected =
      '\uFEFF' +
      STAFF.replace('    position: trainer   # тренер', '    position: trainer   # тренер\r\n    hired: 2016-09-01').replace(
        '    hired: 2015-09-01',
        '    hired: 2015-09-01\r\n\r\n  - id: kost-t03\r\n    name: "Нұрпейісова Әлия"\r\n    org: kost-cpm\r\n    position: trainer\r\n    hired: 2024-01-10',
      );
    expect(after).toBe(expected);
    const doc = loadYaml(after.slice(1)) as { staff: Record<string, unknown>[] };
    expect(doc.staff.map((s) => s.id)).toEqual(['kost-t01', 'kost-t02', 'kost-t03']);

    // And nothing the second time.
    const again = await runMain(['import', 'staff.csv', '--into', 'kostanay', '--lang', 'en'], dir);
    expect(again.out).toContain('0 to add, 0 to change, 3 left alone');
    expect(fs.readFileSync(path.join(dir, 'kostanay/staff.yaml'), 'utf8')).toBe(expected);
  });

  it('--force replaces only the value text of a block field, keeping its comment', async () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, 'staff.csv'), 'id;name;position;org;hired\nkost-t02;Oспанов Ербол;Методист;kost-cpm;02.09.2015\n');
    const held = await runMain(['import', 'staff.csv', '--into', 'kostanay', '--lang', 'en'], dir);
    expect(held.code).toBe(1);
    expect(held.out).toMatch(/staff\.csv!A2  error  kost-t02: position is "trainer" in the data and "methodologist" in the sheet/);
    const forced = await runMain(['import', 'staff.csv', '--into', 'kostanay', '--force', '--lang', 'en'], dir);
    expect(forced.code).toBe(0);
    const after = fs.readFileSync(path.join(dir, 'kostanay/staff.yaml'), 'utf8');
    expect(after).toBe('\uFEFF' + STAFF.replace("    position: trainer\r\n    hired: 2015-09-01", '    position: methodologist\r\n    hired: 2015-09-02'));
  });
});
