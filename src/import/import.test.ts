/**
 * `ereje import` through the CLI, as a user runs it: a realistic workbook and CSVs saved by
 * Excel into a copy of fixtures/sample, then `validate` on the result.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../testing/cli-io.js';
import { ROOT } from '../testing/cases.js';
import { BAD_ROWS, GOOD_ROWS, staffWorkbook } from '../testing/import-fixture.js';
import { loadYaml } from '../load/yaml.js';
import { excelSerialToIso, readDate } from './rows.js';

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-import-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

let n = 0;
/** A copy of the sample data repo and a place for the sheet. */
function sampleCopy(): string {
  const dir = path.join(tmpRoot, `r${n++}`);
  fs.cpSync(path.join(ROOT, 'fixtures/sample'), path.join(dir, 'data'), { recursive: true });
  return dir;
}

const TARGET = 'data/turkistan/organizations.yaml'; // the turkistan file that holds its staff

function staffIn(dir: string, file = TARGET): Record<string, unknown>[] {
  const doc = loadYaml(fs.readFileSync(path.join(dir, file), 'utf8')) as { staff?: Record<string, unknown>[] };
  return doc.staff ?? [];
}

async function validateJson(dir: string): Promise<{ rule: string; file: string; subject: string | null }[]> {
  const r = await runMain(['validate', 'data', '--as-of', '2026-11-22', '--format', 'json'], dir);
  return JSON.parse(r.out).findings;
}

describe('ereje import: a realistic workbook', { timeout: 60_000 }, () => {
  it('imports the good rows, reports the bad cells by sheet and cell, and the data validates', async () => {
    const dir = sampleCopy();
    const wb = await staffWorkbook();
    fs.writeFileSync(path.join(dir, 'staff.xlsx'), wb.bytes);
    const before = fs.readFileSync(path.join(dir, TARGET), 'utf8');
    const findingsBefore = await validateJson(dir);

    const saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles'; // a date must not move a day west of Greenwich
    let r;
    try {
      r = await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan', '--lang', 'ru'], dir);
    } finally {
      process.env.TZ = saved;
    }
    expect(r.err).toBe('');
    expect(r.code).toBe(1); // three rows held back

    const at = (name: string, col: string) => `staff.xlsx!${wb.sheet}!${col}${wb.rowOf.get(name)}`;
    expect(r.out).toContain(`${at(BAD_ROWS[0].name, 'C')}  error  «Методсит» — неизвестное значение в столбце «Должность» (может быть, «методист» → methodologist?)`);
    expect(r.out).toContain(`${at(BAD_ROWS[1].name, 'E')}  error  «31.02.2020» не читается как дата`);
    expect(r.out).toContain(`${at(BAD_ROWS[2].name, 'D')}  error  «Белгісіз мектеп» (Ұйым) не найдено в данных`);
    expect(r.out).toContain(`лист «${wb.sheet}» — staff, заголовок в строке 4, прочитано: 4 записи`);
    expect(r.out).toContain('Не импортировано: 3 строки (см. выше)');

    const staff = staffIn(dir);
    const byName = new Map(staff.map((s) => [s.name, s]));
    for (const bad of BAD_ROWS) expect(byName.has(bad.name)).toBe(false); // never half a record
    expect(byName.get(GOOD_ROWS[0].name)).toMatchObject({ org: 'tur-bdo', position: 'methodologist', hired: '2019-09-01' });
    expect(byName.get(GOOD_ROWS[1].name)).toMatchObject({ org: 'tur-bdo', position: 'methodologist', status: 'active', hired: '2021-08-15' });
    expect(byName.get(GOOD_ROWS[2].name)).toMatchObject({ org: 'tur-sch-sar-12', position: 'teacher', hired: '2023-09-01' });
    expect(byName.get(GOOD_ROWS[3].name)).toMatchObject({ org: 'tur-bdo', position: 'deputy-director', status: 'leave', hired: '2024-01-10' });

    // Every other byte stays: the old text is the new text without the appended lines.
    const after = fs.readFileSync(path.join(dir, TARGET), 'utf8');
    const added = after.split('\n').filter((l) => !before.split('\n').includes(l));
    expect(added).toHaveLength(4);
    expect(after.split('\n').filter((l) => !added.includes(l)).join('\n')).toBe(before);

    // The data as validate sees it: no data/* findings brought by the import.
    const data = (fs: { rule: string }[]) => fs.filter((f) => f.rule.startsWith('data/')).length;
    expect(data(await validateJson(dir))).toBe(data(findingsBefore));
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const dir = sampleCopy();
    fs.writeFileSync(path.join(dir, 'staff.xlsx'), (await staffWorkbook()).bytes);
    await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan'], dir);
    const once = fs.readFileSync(path.join(dir, TARGET));
    const r = await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan', '--lang', 'en'], dir);
    expect(fs.readFileSync(path.join(dir, TARGET)).equals(once)).toBe(true);
    expect(r.out).toContain('0 to add, 0 to change, 4 left alone, 0 held back');
    expect(r.out).toContain('Nothing to write: the data already holds it all');
    const dry = await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan', '--dry-run', '--lang', 'en'], dir);
    expect(dry.out.split('\n').filter((l) => /^= staff [a-z0-9.-]+  \S/.test(l))).toHaveLength(4);
  });

  it('--dry-run lists what would be added and writes nothing', async () => {
    const dir = sampleCopy();
    fs.writeFileSync(path.join(dir, 'staff.xlsx'), (await staffWorkbook(GOOD_ROWS)).bytes);
    const before = fs.readFileSync(path.join(dir, TARGET));
    const r = await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan', '--dry-run', '--lang', 'kk'], dir);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, TARGET)).equals(before)).toBe(true);
    for (const row of GOOD_ROWS) expect(r.out).toMatch(new RegExp(`^\\+ staff [a-z0-9.-]+  ${row.name}  → ${TARGET}$`, 'm'));
    expect(r.out).toContain('Сынақ жүріс (--dry-run): ештеңе жазылмады');
  });

  it('a changed value is held back without --force, replaced with it; a new field is added in place', async () => {
    const dir = sampleCopy();
    fs.writeFileSync(path.join(dir, 'staff.xlsx'), (await staffWorkbook(GOOD_ROWS.slice(0, 1))).bytes);
    await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan'], dir);
    const once = fs.readFileSync(path.join(dir, TARGET), 'utf8');

    // The same person, hired on another day and now on leave.
    const changed = [{ ...GOOD_ROWS[0], hired: '02.09.2019', dateFormat: false, status: 'Декретте' }];
    fs.writeFileSync(path.join(dir, 'staff.xlsx'), (await staffWorkbook(changed)).bytes);
    const held = await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan', '--lang', 'en'], dir);
    expect(held.code).toBe(1);
    expect(held.out).toMatch(/hired is "2019-09-01" in the data and "2019-09-02" in the sheet — a value you wrote is not replaced without --force/);
    expect(fs.readFileSync(path.join(dir, TARGET), 'utf8')).toBe(once);

    const forced = await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan', '--force', '--lang', 'en'], dir);
    expect(forced.code).toBe(0);
    const person = staffIn(dir).find((s) => s.name === GOOD_ROWS[0].name);
    expect(person).toMatchObject({ hired: '2019-09-02', status: 'leave' });
    const text = fs.readFileSync(path.join(dir, TARGET), 'utf8');
    expect(text.replace('hired: 2019-09-02, status: leave', 'hired: 2019-09-01')).toBe(once);
  });
});

describe('ereje import: CSV as Excel saves it', { timeout: 60_000 }, () => {
  it('Windows-1251 with ";": every Russian letter and І intact; a letter Excel turned into «?» is reported', async () => {
    const dir = sampleCopy();
    const r = await runMain(['import', path.join(ROOT, 'fixtures/import/staff-cp1251.csv'), '--into', 'data/turkistan', '--lang', 'en'], dir);
    expect(r.out).toMatch(/\(Windows-1251, separator ";"\) — staff, header on row 1, 3 records read/);
    expect(r.out).toMatch(/staff-cp1251\.csv!A6  error  "Н\?рлан \?асымов" \(ФИО\): letters were replaced by "\?"/);
    expect(r.code).toBe(1);
    const names = staffIn(dir).map((s) => s.name);
    expect(names).toContain('Іргебаева Алёна Викторовна');
    expect(names).toContain('Щербаков Юрий Эдуардович');
    expect(names).toContain('Ёлкина Жанна "Старшая"');
    const org = staffIn(dir).find((s) => s.name === 'Іргебаева Алёна Викторовна');
    expect(org).toMatchObject({ org: 'tur-bdo', position: 'methodologist', status: 'active', hired: '2019-09-01' }); // the organisation by its Russian name
  });

  it('KZ-1048 (the Kazakh code page): Ә Ғ Қ Ң Ө Ұ Ү Һ І intact', async () => {
    const dir = sampleCopy();
    const r = await runMain(['import', path.join(ROOT, 'fixtures/import/staff-kz1048.csv'), '--into', 'data/turkistan', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    const names = staffIn(dir).map((s) => s.name);
    for (const name of ['Әлиұлы Ғалымжан Қуанышұлы', 'Өмірзақова Ұлжан Үсенқызы', 'Һәкімова Іңкәр Ңұрқызы']) expect(names).toContain(name);
  });

  it('UTF-8 with a BOM and "," separators, English headers, a quoted comma', async () => {
    const dir = sampleCopy();
    const r = await runMain(['import', path.join(ROOT, 'fixtures/import/staff-utf8-bom.csv'), '--into', 'data/turkistan', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(staffIn(dir).find((s) => s.name === 'Smith, John')).toMatchObject({ position: 'trainer', hired: '2023-01-15' });
  });
});

describe('ereje import: the mapping file', { timeout: 60_000 }, () => {
  it('maps a misspelling to a value, fixes the organisation for the whole sheet, and makes ids with a prefix', async () => {
    const dir = sampleCopy();
    const rows = [{ ...BAD_ROWS[0] }, { ...GOOD_ROWS[0] }];
    fs.writeFileSync(path.join(dir, 'staff.xlsx'), (await staffWorkbook(rows)).bytes);
    fs.writeFileSync(
      path.join(dir, 'staff.map.yaml'),
      'values:\n  position: { "Методсит": methodologist }\nfixed: { org: tur-sch-sar-12 }\ncolumns: { "Ұйым": skip }\nids: { prefix: tur-imp- }\n',
    );
    const r = await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan', '--map', 'staff.map.yaml', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    const imported = staffIn(dir).filter((s) => String(s.id).startsWith('tur-imp-'));
    expect(imported.map((s) => [s.name, s.org, s.position])).toEqual([
      [BAD_ROWS[0].name, 'tur-sch-sar-12', 'methodologist'],
      [GOOD_ROWS[0].name, 'tur-sch-sar-12', 'methodologist'],
    ]);
  });

  it('a mistake in the mapping names its file:line:col and exits 2', async () => {
    const dir = sampleCopy();
    fs.writeFileSync(path.join(dir, 'staff.xlsx'), (await staffWorkbook(GOOD_ROWS)).bytes);
    fs.writeFileSync(path.join(dir, 'bad.map.yaml'), 'collection: staff\ncolums: {}\n');
    const r = await runMain(['import', 'staff.xlsx', '--into', 'data/turkistan', '--map', 'bad.map.yaml', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('ereje: Cannot read the mapping file: bad.map.yaml:2:1: unknown key "colums" (did you mean "columns"?); known: collection, sheet, header_row, columns, values, fixed, region, ids\n');
  });

  it('a file that is not a workbook is one line and exit 2', async () => {
    const dir = sampleCopy();
    fs.writeFileSync(path.join(dir, 'x.xlsx'), 'PK\u0003\u0004 not really');
    const r = await runMain(['import', 'x.xlsx', '--into', 'data/turkistan', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^ereje: Cannot read the spreadsheet: x\.xlsx: not a readable \.xlsx workbook/);
    expect(r.err.split('\n')).toHaveLength(2);
  });
});

describe('dates from cells', { timeout: 60_000 }, () => {
  it('Excel serial numbers, with the phantom 1900-02-29, and text in dd.mm.yyyy', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(43709)).toBe('2019-09-01');
    expect(excelSerialToIso(43709.99999)).toBe('2019-09-01'); // a time of day does not move it
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(readDate('01.09.2019')).toBe('2019-09-01');
    expect(readDate('1.9.2019 ж.')).toBe('2019-09-01');
    expect(readDate('2019-09-01')).toBe('2019-09-01');
    expect(readDate('29.02.2023')).toBeNull();
    expect(readDate({ date: '2024-02-29' })).toBe('2024-02-29');
    expect(readDate('завтра')).toBeNull();
  });
});

describe('ereje import: organisations, requests, several sheets', { timeout: 60_000 }, () => {
  it('a workbook with a schools sheet and a staff sheet: the schools come first, staff name them', async () => {
    const dir = sampleCopy();
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const staff = wb.addWorksheet('Педагоги'); // first in the book, but it names a school the next sheet brings
    [['ФИО', 'Должность', 'Организация', 'Дата приёма'], ['Төлегенова Ақмарал', 'Учитель', 'Жаңа мектеп', '01.09.2025']].forEach((r, i) => r.forEach((v, k) => (staff.getCell(i + 1, k + 1).value = v)));
    const orgs = wb.addWorksheet('Мектептер');
    [
      ['Атауы', 'Түрі', 'Облыс', 'Аудан'],
      ['Жаңа мектеп', 'Мектеп', 'Түркістан облысы', 'Сарыағаш ауданы'],
      ['Екінші мектеп', 'Гимназия', 'Түркістан', 'Кентау қаласы'],
      ['Үшінші', 'Училище', 'Туркестанская область', ''],
    ].forEach((r, i) => r.forEach((v, k) => v && (orgs.getCell(i + 1, k + 1).value = v)));
    fs.writeFileSync(path.join(dir, 'book.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));

    const r = await runMain(['import', 'book.xlsx', '--into', 'data/turkistan', '--lang', 'en'], dir);
    expect(r.out).toContain('book.xlsx: sheet "Мектептер" — organizations, header on row 1, 2 records read');
    expect(r.out).toContain('book.xlsx: sheet "Педагоги" — staff, header on row 1, 1 record read'); // not «1 records»
    expect(r.out).toMatch(/book\.xlsx!Мектептер!B4  error  "Училище" is not a known value for column "Түрі"/);
    expect(r.code).toBe(1);
    const doc = loadYaml(fs.readFileSync(path.join(dir, 'data/turkistan/organizations.yaml'), 'utf8')) as { organizations: Record<string, unknown>[]; staff: Record<string, unknown>[] };
    const school = doc.organizations.find((o) => o.name === 'Жаңа мектеп')!;
    expect(school).toMatchObject({ type: 'school', region: 'turkistan', district: 'Сарыағаш ауданы' });
    expect(String(school.id)).toMatch(/^turkistan-[a-z2-7]{8}$/);
    expect(doc.staff.find((s) => s.name === 'Төлегенова Ақмарал')).toMatchObject({ org: school.id, position: 'teacher', hired: '2025-09-01' });
    const data = (await validateJson(dir)).filter((f) => f.rule.startsWith('data/') && f.file.endsWith('organizations.yaml'));
    expect(data).toEqual([]);
  });

  it('requests from a CSV, the event by id; a sheet and header row named in the mapping', async () => {
    const dir = sampleCopy();
    fs.writeFileSync(
      path.join(dir, 'requests.csv'),
      ['Журнал өтінімдер / Журнал заявок', '', 'Іс-шара;Өтініш беруші;Кімнен;Берілген күні;Тақырыбы', 'odd-tur-2026-q2;Мұғалім;Ахметова Ә.;2026-04-01;Функционалдық сауаттылық', 'no-such-event;Мұғалім;Х;2026-04-01;Y'].join('\n'),
    );
    fs.writeFileSync(path.join(dir, 'req.map.yaml'), 'collection: requests\nheader_row: 3\nids: { prefix: req-imp- }\n');
    const r = await runMain(['import', 'requests.csv', '--into', 'data/turkistan', '--map', 'req.map.yaml', '--lang', 'en'], dir);
    expect(r.out).toMatch(/requests\.csv!A5  error  "no-such-event" \(Іс-шара\) is not in the data/);
    const events = fs.readdirSync(path.join(dir, 'data/turkistan'));
    const text = events.map((f) => fs.readFileSync(path.join(dir, 'data/turkistan', f), 'utf8')).join('\n');
    expect(text).toMatch(/id: req-imp-[a-z2-7]{8}/);
    expect(text).toContain('from: "Ахметова Ә."');
  });
});
