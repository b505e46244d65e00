/**
 * `--format xlsx --output findings.xlsx`: the findings as a workbook people sort, filter and
 * hand out. Sheet 1: one row per finding (severity, module, rule, clause, subject, the record's
 * name, file, line, column, message in the chosen language), header frozen, filters on, widths
 * set, severity coloured. Sheet 2: per module, its regulation, records checked and the counts.
 * Written by exceljs (see src/import/sheet.ts for why that library). Binary, so it needs --output.
 */
import type { RunResult } from '../engine/run.js';
import type { FormatContext } from './types.js';
import type { Lang } from '../core/i18n.js';
import type { Severity } from '../engine/findings.js';

export type BinaryFormatter = (result: RunResult, ctx: FormatContext) => Promise<Uint8Array>;

const T: Record<Lang, { findings: string; summary: string; cols: string[]; sumCols: string[]; severity: Record<Severity, string>; yes: string; no: string; total: string }> = {
  kk: {
    findings: 'Табылғандар',
    summary: 'Жиынтық',
    cols: ['Деңгейі', 'Модуль', 'Ереже', 'Тармақ', 'Нысан (id)', 'Атауы', 'Файл', 'Жол', 'Баған', 'Хабарлама'],
    sumCols: ['Модуль', 'Құжат', 'Қосулы', 'Тексерілген жазбалар', 'Қате', 'Ескерту', 'Ақпарат'],
    severity: { error: 'қате', warning: 'ескерту', info: 'ақпарат' },
    yes: 'иә',
    no: 'жоқ',
    total: 'Барлығы',
  },
  ru: {
    findings: 'Замечания',
    summary: 'Сводка',
    cols: ['Уровень', 'Модуль', 'Правило', 'Пункт', 'Объект (id)', 'Наименование', 'Файл', 'Строка', 'Столбец', 'Сообщение'],
    sumCols: ['Модуль', 'Документ', 'Включён', 'Проверено записей', 'Ошибки', 'Предупреждения', 'Информация'],
    severity: { error: 'ошибка', warning: 'предупреждение', info: 'информация' },
    yes: 'да',
    no: 'нет',
    total: 'Итого',
  },
  en: {
    findings: 'Findings',
    summary: 'Summary',
    cols: ['Severity', 'Module', 'Rule', 'Clause', 'Subject (id)', 'Name', 'File', 'Line', 'Column', 'Message'],
    sumCols: ['Module', 'Regulation', 'On', 'Records checked', 'Errors', 'Warnings', 'Info'],
    severity: { error: 'error', warning: 'warning', info: 'info' },
    yes: 'yes',
    no: 'no',
    total: 'Total',
  },
};

const FILL: Record<Severity, string> = { error: 'FFF8CBCB', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
const FONT: Record<Severity, string> = { error: 'FF9C0006', warning: 'FF7F6000', info: 'FF1F4E79' };

/** Characters XML 1.0 cannot carry (a workbook with them does not open). */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD').slice(0, 32767);
}

export const formatXlsx: BinaryFormatter = async (result, ctx) => {
  const { default: ExcelJS } = await import('exceljs');
  const t = T[ctx.lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = `ereje ${ctx.version}`;
  // The data's day, not the clock: the same run gives the same properties.
  wb.created = new Date(`${ctx.asOf}T00:00:00Z`);
  wb.modified = wb.created;

  const ws = wb.addWorksheet(t.findings, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(t.cols);
  for (const f of result.findings) {
    const name = f.subject && ctx.nameOf ? ctx.nameOf(f.subject) ?? '' : '';
    const row = ws.addRow([
      t.severity[f.severity],
      f.rule.split('/')[0],
      f.rule,
      f.clause ?? '',
      f.subject ?? '',
      clean(name),
      clean(f.file || '(settings)'),
      f.line,
      f.column,
      clean(f.message),
    ]);
    const sev = row.getCell(1);
    sev.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[f.severity] } };
    sev.font = { color: { argb: FONT[f.severity] }, bold: f.severity === 'error' };
    row.getCell(10).alignment = { wrapText: true, vertical: 'top' };
  }
  styleHeader(ws.getRow(1));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, result.findings.length + 1), column: t.cols.length } };
  setWidths(ws, [14, 16, 36, 10, 22, 36, 40, 7, 8, 90]);

  const sum = wb.addWorksheet(t.summary, { views: [{ state: 'frozen', ySplit: 1 }] });
  sum.addRow(t.sumCols);
  const totals = { records: 0, error: 0, warning: 0, info: 0 };
  for (const m of result.modules) {
    const mine = result.findings.filter((f) => f.rule.startsWith(`${m.name}/`));
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of mine) c[f.severity]++;
    sum.addRow([m.name, m.regulation, m.enabled ? t.yes : t.no, m.records, c.error, c.warning, c.info]);
    totals.records += m.records;
    totals.error += c.error;
    totals.warning += c.warning;
    totals.info += c.info;
  }
  const total = sum.addRow([t.total, '', '', result.summary.records, result.summary.error, result.summary.warning, result.summary.info]);
  total.font = { bold: true };
  styleHeader(sum.getRow(1));
  sum.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, result.modules.length + 1), column: t.sumCols.length } };
  setWidths(sum, [18, 30, 10, 20, 10, 16, 12]);

  return new Uint8Array(await wb.xlsx.writeBuffer());
};

function styleHeader(row: import('exceljs').Row): void {
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    c.alignment = { vertical: 'middle', wrapText: true };
  });
}

/** Widths: at least the header's, at most the given cap, else what the longest cell needs. */
function setWidths(ws: import('exceljs').Worksheet, caps: number[]): void {
  caps.forEach((cap, i) => {
    const col = ws.getColumn(i + 1);
    let w = 6;
    col.eachCell({ includeEmpty: false }, (c) => {
      const len = String(c.value ?? '').length + 2;
      if (len > w) w = len;
    });
    col.width = Math.min(cap, w);
  });
}
