/**
 * `ereje validate --format xlsx`: the workbook read back by a spreadsheet library (exceljs) and,
 * where LibreOffice Calc is installed, opened and converted by it headless.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runMain } from '../testing/cli-io.js';
import { ROOT } from '../testing/cases.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-xlsx-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SAMPLE = path.join(ROOT, 'fixtures/sample');
const ARGS = ['validate', SAMPLE, '--as-of', '2026-11-22'];

function soffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'soffice');
    if (fs.existsSync(p)) {
      // Calc itself, not only the Writer part of LibreOffice.
      const real = fs.realpathSync(p);
      if (fs.existsSync(path.join(path.dirname(real), 'libsclo.so'))) return p;
    }
  }
  return null;
}

async function findingsJson(lang: string): Promise<{ rule: string; severity: string; subject: string | null; message: string; file: string; line: number }[]> {
  const r = await runMain([...ARGS, '--format', 'json', '--lang', lang], tmp);
  return JSON.parse(r.out).findings;
}

describe('validate --format xlsx', { timeout: 60_000 }, () => {
  it('writes one row per finding, frozen header, filters, widths, coloured severity, a summary sheet; Kazakh letters intact', async () => {
    const out = path.join(tmp, 'findings-kk.xlsx');
    const r = await runMain([...ARGS, '--format', 'xlsx', '--output', out, '--lang', 'kk'], tmp);
    expect(r.err).toBe('');
    expect(r.code).toBe(1); // the sample has errors
    const expected = await findingsJson('kk');
    expect(expected.length).toBeGreaterThan(5);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [ws, sum] = wb.worksheets;
    expect(ws.name).toBe('Табылғандар');
    expect(sum.name).toBe('Жиынтық');
    expect(ws.rowCount).toBe(expected.length + 1);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Деңгейі', 'Модуль', 'Ереже', 'Тармақ', 'Нысан (id)', 'Атауы', 'Файл', 'Жол', 'Баған', 'Хабарлама']);
    expected.forEach((f, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(3).value).toBe(f.rule);
      expect(row.getCell(5).value).toBe(f.subject ?? '');
      expect(row.getCell(7).value).toBe(f.file);
      expect(row.getCell(8).value).toBe(f.line);
      expect(row.getCell(10).value).toBe(f.message); // every Kazakh letter as the JSON report has it
      expect(row.getCell(1).value).toBe({ error: 'қате', warning: 'ескерту', info: 'ақпарат' }[f.severity]);
      const fill = row.getCell(1).fill as { fgColor?: { argb?: string } };
      expect(fill.fgColor?.argb).toBe({ error: 'FFF8CBCB', warning: 'FFFFEB9C', info: 'FFDDEBF7' }[f.severity]);
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(10).width).toBeGreaterThan(40);
    // The record's name: a landing's topic, in Kazakh.
    const landing = expected.findIndex((f) => f.subject === 'kar-md-2026-04');
    expect(String(ws.getRow(landing + 2).getCell(6).value)).toMatch(/[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/);

    // Summary: a row per module with its counts, and a total.
    const modules = new Map<string, unknown[]>();
    sum.eachRow((row, n) => {
      if (n > 1) modules.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1));
    });
    for (const m of ['data', 'open-door-day', 'landing', 'leading-school', 'support-center']) {
      const errs = expected.filter((f) => f.rule.startsWith(`${m}/`) && f.severity === 'error').length;
      expect(modules.get(m)?.[4], m).toBe(errs);
    }
    expect(modules.get('Барлығы')?.[4]).toBe(expected.filter((f) => f.severity === 'error').length);
  });

  it('needs --output (exit 2, one line), and never replaces a file without --force', async () => {
    const r = await runMain([...ARGS, '--format', 'xlsx', '--lang', 'en'], tmp);
    expect(r.code).toBe(2);
    expect(r.err).toBe('ereje: --format xlsx is written to a file: give --output FILE\n');
    const out = path.join(tmp, 'exists.xlsx');
    fs.writeFileSync(out, 'mine');
    const again = await runMain([...ARGS, '--format', 'xlsx', '--output', out, '--lang', 'en'], tmp);
    expect(again.code).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
  });

  const office = soffice();
  if (!office) {
    it.skip('LibreOffice Calc (soffice) is not installed: the headless-conversion check is skipped (.ci/run installs libreoffice-calc)', () => {});
  } else {
    it('opens in LibreOffice: headless conversion to CSV gives every row, in Russian', async () => {
      const out = path.join(tmp, 'findings-ru.xlsx');
      const r = await runMain([...ARGS, '--format', 'xlsx', '--output', out, '--lang', 'ru'], tmp);
      expect(r.code).toBe(1);
      const conv = path.join(tmp, 'conv');
      // A private profile: other LibreOffice users on the machine do not lock it.
      execFileSync(office, [`-env:UserInstallation=file://${path.join(tmp, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', conv, out], { stdio: 'pipe', timeout: 120_000 });
      const csv = fs.readFileSync(path.join(conv, 'findings-ru.csv'), 'utf8');
      const lines = csv.trim().split('\n').filter((l) => /^"?(ошибка|предупреждение|информация)"?,/.test(l));
      const expected = await findingsJson('ru');
      expect(lines).toHaveLength(expected.length);
      expect(csv.replace(/"/g, '').startsWith('Уровень,Модуль,Правило,Пункт,Объект (id),Наименование,Файл,Строка,Столбец,Сообщение')).toBe(true);
      for (const f of expected) expect(csv).toContain(f.rule);
    }, 180_000);
  }
});
