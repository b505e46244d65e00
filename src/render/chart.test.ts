/**
 * The `::chart` block: parsed from a template's markup, drawn as vectors in the PDF (no image),
 * its caption and every figure readable back from the text, and the table in the DOCX.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import { drawPdf, type PdfMeta } from './pdf.js';
import { drawDocx } from './docx.js';
import { MarkupError, escapeValue, modelText, parseMarkup, tagDirectiveLines } from './markup.js';
import { loadTheme } from './theme.js';
import { fontsFor } from './draw.js';
import { creationDate } from './index.js';
import { niceScale, type ChartBlock } from './chart.js';
import { contentStreams, extractPdf, flat, hasTool, runTool } from '../testing/pdf.js';
import { strFromU8, unzipSync } from 'fflate';

const theme = loadTheme(null);
const fonts = fontsFor(theme);
const meta = (lang: 'kk' | 'ru'): PdfMeta => ({ title: 'Диаграмма', author: 'ereje', subject: 'сынақ', lang, created: creationDate('2026-01-28'), creator: 'ereje test' });
const v = escapeValue;

function model(lines: string[]) {
  return parseMarkup(tagDirectiveLines(lines.join('\n')));
}

const MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым'];
const vertical = [
  '::page',
  '::text',
  'Біліктілікті арттыру мерзімі: Әбілқасымов Ғалым Өтегенұлы, Іңкәр Һ.',
  '::chart direction=vertical',
  '1-сурет. Біліктілікті арттыру мерзімі айлар бойынша',
  '| Ай | Қызметкерлер |',
  `| ${v('Мерзімі өткен')} | ${v(3)} |`,
  ...MONTHS.map((m, i) => `| ${v(`${m} 2027`)} | ${v(i % 3)} |`),
];
const grouped = [
  '::page orientation=landscape',
  '::chart stacked=yes',
  '2-сурет. Модульдер мен маңыздылық бойынша бұзушылықтар',
  '| Модуль | Қате | Ескерту | Ақпарат |',
  `| ${v('Әдістемелік ашық есік күні')} | ${v(4)} | ${v(17)} | ${v(0)} |`,
  `| ${v('Өңірлік әдістемелік десант')} | ${v(0)} | ${v(2)} | ${v(5)} |`,
  `| ${v('Жетекші мектептер')} | ${v(1)} | ${v(0)} | ${v(0)} |`,
  '::chart reference=10 reference-label="норма: 10"',
  'Рисунок 3. Школы-партнёры в сетях',
  '| Сеть | Школы-партнёры |',
  `| ${v('Ведущая школа № 7 | «Өркен»')} | ${v(11)} |`,
  `| ${v('Гимназия № 2')} | ${v(6)} |`,
];


describe('the ::chart block', () => {
  it('parses its caption, series and rows; a "|" inside a value is text', () => {
    const m = model(grouped);
    const charts = m.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
    expect(charts.length).toBe(2);
    expect(charts[0].stacked).toBe(true);
    expect(charts[0].header.length).toBe(4);
    expect(charts[0].rows.map((r) => r.values)).toEqual([[4, 17, 0], [0, 2, 5], [1, 0, 0]]);
    expect(charts[1].reference?.value).toBe(10);
    expect(charts[1].rows[0].texts).toEqual(['11']);
    expect(modelText(m)).toContain('Ведущая школа № 7 | «Өркен» | 11');
  });

  it('refuses what it cannot draw, naming the template line', () => {
    const bad = (lines: string[]) => {
      try {
        model(lines);
      } catch (e) {
        return e as MarkupError;
      }
      throw new Error('accepted');
    };
    const e1 = bad(['::text', 'a', '::chart', 'Caption', '| Month | Staff |', `| May | ${v('many')} |`]);
    expect(e1).toBeInstanceOf(MarkupError);
    expect(e1.line).toBe(3);
    expect(e1.message).toContain('"many"');
    expect(bad(['::chart direction=diagonal', '| a | b |']).message).toContain('horizontal, vertical');
    expect(bad(['::chart', 'Caption only']).message).toContain('header row');
    expect(bad(['::chart', '| a | b |', '| x | 1 | 2 |']).message).toContain('3 cells');
    expect(bad(['::chart colour=red', '| a | b |']).message).toContain('has no option "colour"');
  });

  it('a round axis: steps of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceScale(17)).toEqual({ max: 20, step: 5 });
    expect(niceScale(3)).toEqual({ max: 3, step: 1 });
    expect(niceScale(11)).toEqual({ max: 15, step: 5 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(450)).toEqual({ max: 500, step: 100 });
  });

  it('is drawn as vectors in the PDF (paths, no image), its caption and every figure read back as text, Kazakh letters whole', async () => {
    const { bytes } = await drawPdf([model(vertical)], theme, fonts, meta('kk'));
    const buf = Buffer.from(bytes);
    if (process.env.EREJE_KEEP_CHART_PDF) fs.writeFileSync(path.join(os.tmpdir(), 'ereje-i17-chart-vertical.pdf'), buf);
    expect(buf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const ops = contentStreams(buf);
    // a filled rectangle per bar that is not 0, and stroked lines (axis, gridlines)
    const bars = model(vertical).blocks.flatMap((b) => (b.kind === 'chart' ? b.rows.filter((r) => r.values[0] > 0) : [])).length;
    expect(bars).toBe(5);
    expect((ops.match(/\bre\n(?:[^\n]*\n){0,2}?f\n/g) ?? []).length).toBeGreaterThanOrEqual(bars);
    expect(ops).toMatch(/\bl\s*\n?S\b/);
    const { text } = await extractPdf(bytes);
    const t = flat(text);
    expect(t).toContain('1-сурет. Біліктілікті арттыру мерзімі айлар бойынша');
    // the figures' table follows the chart: each category with its figure
    for (const [i, m] of MONTHS.entries()) expect(t).toContain(`${m} 2027 ${i % 3}`);
    expect(t).toContain('Мерзімі өткен 3');
    if (hasTool('pdftotext')) {
      const pt = flat(runTool('pdftotext', ['-layout', '-', '-'], buf));
      expect(pt).toContain('1-сурет.');
      for (const m of MONTHS) expect(pt).toContain(`${m} 2027`);
    } else console.log('pdftotext is not on this machine: the poppler read-back is skipped (pdfjs read it above)');
  });

  it('stacked and reference charts: legend names, totals and the norm in the table, on a landscape page', async () => {
    const { bytes } = await drawPdf([model(grouped)], theme, fonts, meta('ru'));
    if (process.env.EREJE_KEEP_CHART_PDF) fs.writeFileSync(path.join(os.tmpdir(), 'ereje-i17-chart-grouped.pdf'), Buffer.from(bytes));
    const { text, pages } = await extractPdf(bytes);
    const t = flat(text);
    for (const s of ['Қате', 'Ескерту', 'Ақпарат', 'норма: 10', 'Всего']) expect(t).toContain(s);
    expect(t).toContain('Әдістемелік ашық есік күні 4 17 0 21');
    expect(t).toContain('Ведущая школа № 7 | «Өркен» 11 10');
    expect(t).toContain('Рисунок 3. Школы-партнёры в сетях');
    // the caption stays on the page of its chart
    const captionPage = pages.findIndex((p) => p.includes('Рисунок 3.'));
    expect(pages[captionPage]).toContain('норма: 10');
  });

  it('with no figures, says so in the document\'s language (never an empty frame)', async () => {
    const lines = ['::chart', '1-сурет. Бос', '| Ай | Саны |', `| ${v('қаңтар')} | ${v(0)} |`, '::chart empty="Мерзімі жақындағы қызметкер жоқ."', 'Рисунок 2.', '| Месяц | Число |'];
    const { text } = await extractPdf((await drawPdf([model(lines)], theme, fonts, meta('kk'))).bytes);
    expect(flat(text)).toContain('Диаграммада көрсететін сан жоқ');
    expect(flat(text)).toContain('Мерзімі жақындағы қызметкер жоқ.');
    expect(flat(text)).toContain('қаңтар 0');
    const ru = await extractPdf((await drawPdf([model(lines.slice(0, 4))], theme, fonts, meta('ru'))).bytes);
    expect(flat(ru.text)).toContain('На диаграмме нечего показать');
  });

  it('a chart of 60 bars goes on over pages, each part with its axis; the caption ends it', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `| ${v(`Желі ${i + 1}: Жетекші мектеп № ${i + 1}`)} | ${v((i * 7) % 13)} |`);
    const { bytes, pages } = await drawPdf([model(['::chart reference=10 reference-label="норма: 10"', '1-сурет. Серіктес мектептер', '| Желі | Серіктес мектептер |', ...rows])], theme, fonts, meta('kk'));
    expect(pages).toBeGreaterThan(1);
    const doc = await extractPdf(bytes);
    const t = flat(doc.text);
    expect(t).toContain('Желі 60: Жетекші мектеп № 60');
    expect(t).toContain('1-сурет. Серіктес мектептер');
  });

  it('columns too narrow for their labels are drawn as bars across, every label whole', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| ${v(`${MONTHS[i % 6]} ${2027 + Math.floor(i / 6)}`)} | ${v(i % 4)} |`);
    const { bytes } = await drawPdf([model(['::chart direction=vertical', '1-сурет. Айлар', '| Ай | Саны |', ...rows])], theme, fonts, meta('kk'));
    const { pages } = await extractPdf(bytes);
    // the chart's labels (before the caption) read as whole words, one per bar
    const chart = flat(pages.join('\n').split('1-сурет.')[0]);
    for (let i = 0; i < 40; i++) expect(chart).toContain(`${MONTHS[i % 6]} ${2027 + Math.floor(i / 6)}`);
  });

  it('DOCX: the caption and the figures as a Word table', async () => {
    const bytes = await drawDocx([model(grouped)], theme, meta('ru'));
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(texts).toContain('2-сурет. Модульдер мен маңыздылық бойынша бұзушылықтар');
    expect(texts).toContain('норма: 10');
    expect(xml.match(/<w:tbl>/g)?.length).toBe(2);
    for (const n of ['17', '21', '11']) expect(texts).toMatch(new RegExp(`\\b${n}\\b`));
  });
});
