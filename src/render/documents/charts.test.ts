/**
 * The charts of the three reports (issue 17), drawn from fixtures/sample through the same
 * path as `ereje render report …`: the chart's figures agree with the data and the report's
 * own counts, the PDF draws them as vectors (no image), and the caption and every figure of
 * the table after the chart read back as text (pdfjs; poppler's pdftotext where installed).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
import { makeTask, openSession, prepareDocument, renderFormats, renderPrepared, type DocRequest, type RenderSession } from '../index.js';
import { strFromU8, unzipSync } from 'fflate';
import { inlineText } from '../markup.js';
import type { ChartBlock } from '../chart.js';
import { contentStreams, extractPdf, flat, hasTool, runTool } from '../../testing/pdf.js';
import type { DocLang } from '../grammar.js';
import { findingQuarter } from './compliance.js';
import { defaultSchoolYears } from '../../calendar/school-years.js';
import { KK_MONTHS, RU_MONTHS } from '../dates.js';

const SAMPLE = path.resolve(__dirname, '../../../fixtures/sample');
let s: RenderSession;
beforeAll(async () => {
  s = await openSession({ paths: [SAMPLE], asOf: '2026-11-22', lang: 'kk' });
});

/** Text without hyphens and line breaks: a hyphenated word reads whole. */
const nh = (t: string) => flat(t).replace(/-\s+/g, '').replace(/-/g, '');
const POPPLER = hasTool('pdftotext');

async function draw(req: DocRequest, lang: DocLang) {
  const prepared = prepareDocument(s, req);
  const { bytes, models } = await renderPrepared(prepared, [lang], s);
  const charts = models[0].blocks.filter((b): b is ChartBlock => b.kind === 'chart');
  const doc = await extractPdf(bytes);
  const text = nh(doc.pages.map((p) => p.split('\n').filter((l) => !/^\s*\d+\s*$/.test(l)).join('\n')).join('\n'));
  const poppler = POPPLER ? nh(runTool('pdftotext', ['-', '-'], bytes)) : null;
  return { bytes: Buffer.from(bytes), charts, text, poppler, context: prepared.build(lang).context as Record<string, any> };
}


/** Vector bars (filled rectangles), stroked lines, and no image anywhere in the file. */
function expectVectors(bytes: Buffer, bars: number): void {
  expect(bytes.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  const ops = contentStreams(bytes);
  expect((ops.match(/\bre\n(?:[^\n]*\n){0,2}?f\n/g) ?? []).length).toBeGreaterThanOrEqual(bars);
  expect(ops).toMatch(/\bl\s+S\b/);
}

/** The caption, and each row of the chart's figures (label, then its numbers), read back from the PDF. */
function expectFigures(c: ChartBlock, text: string, poppler: string | null, extra: (r: ChartBlock['rows'][number]) => string[] = () => []): void {
  expect(text).toContain(nh(inlineText(c.caption)));
  for (const r of c.rows) expect(text).toContain(nh([inlineText(r.label), ...r.texts, ...extra(r)].join(' ')));
  if (poppler === null) {
    console.log('pdftotext is not on this machine: the poppler read-back is skipped (pdfjs read the text)');
    return;
  }
  expect(poppler).toContain(nh(inlineText(c.caption)));
  for (const r of c.rows) expect(poppler).toContain(nh(inlineText(r.label)));
}

describe('charts in the reports', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`compliance (${lang}): findings per module × severity and per quarter, as the run found them`, async () => {
      const { bytes, charts, text, poppler, context } = await draw({ kind: 'report-compliance' }, lang);
      expect(charts.length).toBe(2);
      const findings = s.resultIn(lang).findings;
      expect(findings.length).toBeGreaterThan(0);
      // per module: the run's findings, counted by module and severity here, independently
      const [modules, quarters] = charts;
      expect(modules.stacked).toBe(true);
      for (const [i, m] of s.resultIn(lang).modules.entries()) {
        const of = (sev: string) => findings.filter((f) => f.rule.startsWith(`${m.name}/`) && f.severity === sev).length;
        expect(modules.rows[i].values).toEqual([of('error'), of('warning'), of('info')]);
      }
      // its table is the modules table right after it (records checked, then the same figures)
      for (const m of context.modules as { title: string; records: number; error: number; warning: number; info: number }[]) {
        expect(text).toContain(nh(`${m.title} ${m.records} ${m.error} ${m.warning} ${m.info}`));
      }
      // per quarter: every finding in exactly one bar
      expect(quarters.rows.reduce((a, r) => a + r.values.reduce((x, y) => x + y, 0), 0)).toBe(findings.length);
      const label = (r: ChartBlock['rows'][number]) => inlineText(r.label);
      for (const f of findings) {
        const q = findingQuarter(f, s.data, s.settings.settings.calendar?.school_years ?? defaultSchoolYears());
        const row = quarters.rows.find((r) => (q ? label(r).includes(String(['I', 'II', 'III', 'IV'][Number(q.slice(-1)) - 1])) && label(r).includes(q.slice(0, 4)) : /Күні жоқ|Без даты/.test(label(r))));
        expect(row, `${f.rule} ${f.subject} → ${q}`).toBeDefined();
      }
      expectFigures(quarters, text, poppler, (r) => [String(r.values.reduce((a, v) => a + v, 0))]);
      expect(text).toContain(nh(inlineText(modules.caption)));
      expectVectors(bytes, quarters.rows.length);
    });

    it(`qualification (${lang}): staff falling due per month, the overdue first, as the list counts them`, async () => {
      const { bytes, charts, text, poppler, context } = await draw({ kind: 'report-qualification', id: 'kost-aso' }, lang);
      expect(charts.length).toBe(1);
      const [c] = charts;
      expect(c.direction).toBe('vertical');
      expect(c.rows[0].values).toEqual([context.counts.overdue]);
      // one bar a month from November 2026 to the horizon's end; their sum is the list's "due"
      const months = c.rows.slice(1).filter((r) => /\d{4}$/.test(inlineText(r.label)));
      expect(months.length).toBe(context.horizon_months + 1);
      expect(inlineText(months[0].label)).toBe(lang === 'kk' ? 'қараша 2026' : 'ноябрь 2026');
      expect(months.reduce((a, r) => a + r.values[0], 0)).toBe(context.counts.due);
      // each due person's month has them
      for (const r of context.due as { due: { iso: string } }[]) {
        const m = Number(r.due.iso.slice(5, 7));
        const name = (lang === 'kk' ? KK_MONTHS : RU_MONTHS)[m - 1].nom;
        const bar = months.find((x) => inlineText(x.label) === `${name} ${r.due.iso.slice(0, 4)}`);
        expect(bar?.values[0]).toBeGreaterThan(0);
      }
      expectFigures(c, text, poppler);
      expectVectors(bytes, c.rows.filter((r) => r.values[0] > 0).length);
    });

    it(`network (${lang}): partners per network against the 1:10 proportion`, async () => {
      const { bytes, charts, text, poppler, context } = await draw({ kind: 'report-network', id: 'kostanay' }, lang);
      expect(charts.length).toBe(1);
      const [c] = charts;
      const networks = s.data.networksIn('kostanay');
      expect(c.rows.map((r) => r.values[0])).toEqual(networks.map((n) => (n.partners ?? []).length));
      expect(c.reference?.value).toBe(context.summary.ratio);
      expect(inlineText(c.reference!.label)).toBe(`норма: 1:${context.summary.ratio}`);
      expect(c.rows.some((r) => r.values[0] > context.summary.ratio)).toBe(true); // the sample's 11-partner network
      expectFigures(c, text, poppler, () => [String(context.summary.ratio)]);
      expectVectors(bytes, c.rows.length);
    });
  }

  it('the quarter a finding belongs to: its quarter or term, else its record\'s date, else none', () => {
    const years = defaultSchoolYears();
    expect(findingQuarter({ period: '2026-Q2', subject: 'kost-aso' }, s.data)).toBe('2026-Q2');
    // a school term belongs to the calendar quarter it starts in
    const sy = years[years.length - 1];
    const start = sy.quarters[2].from;
    expect(findingQuarter({ period: `${sy.name}-Q3`, subject: null }, s.data, years)).toBe(`${start.slice(0, 4)}-Q${Math.ceil(Number(start.slice(5, 7)) / 3)}`);
    const event = s.data.open_door_days[0];
    expect(findingQuarter({ period: null, subject: event.id }, s.data)).toBe(`${event.date.slice(0, 4)}-Q${Math.ceil(Number(event.date.slice(5, 7)) / 3)}`);
    const landing = s.data.landings[0];
    expect(findingQuarter({ period: null, subject: landing.id }, s.data)).toBe(`${landing.dates.from.slice(0, 4)}-Q${Math.ceil(Number(landing.dates.from.slice(5, 7)) / 3)}`);
    expect(findingQuarter({ period: null, subject: 'kost-aso' }, s.data)).toBeNull();
    expect(findingQuarter({ period: null, subject: null }, s.data)).toBeNull();
  });

  it('DOCX (--as docx): the chart\'s caption and its figures as a Word table', async () => {
    const prepared = prepareDocument(s, { kind: 'report-network', id: 'kostanay' });
    const [docx] = await renderFormats(makeTask(prepared, ['ru'], s.theme, { cwd: s.cwd }), s.theme, ['docx'], s.cwd);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.bytes))['word/document.xml']);
    const text = flat([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '));
    const context = prepared.build('ru').context as Record<string, any>;
    const ratio = context.summary.ratio;
    expect(text).toContain(`Рисунок 1. Число школ-партнёров в сетях и соотношение 1:${ratio}`);
    expect(text).toContain(`Ведущая школа Школы-партнёры норма: 1:${ratio}`);
    for (const [i, n] of s.data.networksIn('kostanay').entries()) expect(text).toContain(`${context.networks[i].leading.text} ${(n.partners ?? []).length} ${ratio} `);
  });

  it('one network: one bar, the same caption', async () => {
    const id = s.data.networksIn('kostanay')[0].id;
    const { charts, text } = await draw({ kind: 'report-network', id }, 'kk');
    expect(charts[0].rows.length).toBe(1);
    expect(text).toContain(nh('1-сурет.'));
  });
});
