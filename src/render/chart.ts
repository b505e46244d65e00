/**
 * The `::chart` block: a bar chart in a document, drawn as vectors (rectangles, lines and text
 * in the document's own font — no image), with its caption and, right after it, the same
 * figures as a table for those who would rather read than look (and for text extraction).
 *
 * Markup (templates/README.md):
 *
 *   ::chart direction=vertical stacked=yes reference=10 reference-label="норма: 10"
 *   1-сурет. Тоқсан бойынша бұзушылықтар
 *   | Тоқсан | Қате | Ескерту |
 *   | 2026, I тоқсан | 2 | 1 |
 *
 * The first lines that do not start with "|" are the caption; the header row names the
 * categories' column and then each series; each row is a category and one number per series.
 * Options: direction=horizontal|vertical (bars across or up), stacked=yes|no (series stacked
 * in one bar or side by side), reference=N and reference-label (a dashed line at N: the norm),
 * table=yes|no (the figures' table after the chart; "no" when the template prints its own),
 * empty="…" (what to say when there is nothing to draw; a sentence in the document's
 * language by default).
 *
 * Series are told apart in black and white too: dark, mid and light fills with hatching on
 * every other series, each bar outlined, and its value printed.
 */
import { MarkupError, parseInline, unescapeValues, type Align, type Block, type Inline } from './markup.js';

export interface ChartRow {
  label: Inline;
  /** the numbers as written (the table prints them so) */
  texts: string[];
  values: number[];
}

export interface ChartBlock {
  kind: 'chart';
  line: number;
  direction: 'horizontal' | 'vertical';
  stacked: boolean;
  caption: Inline;
  /** the categories' column, then one name per series */
  header: Inline[];
  rows: ChartRow[];
  reference: { value: number; label: Inline } | null;
  table: boolean;
  empty: Inline | null;
  size?: number;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

export const CHART_OPTIONS = ['direction', 'stacked', 'reference', 'reference-label', 'table', 'empty', 'size'] as const;

const yesNo = (line: number, key: string, v: string | undefined, def: boolean): boolean => {
  if (v === undefined) return def;
  if (v !== 'yes' && v !== 'no') throw new MarkupError(line, `"::chart ${key}=${v}": use one of yes, no`);
  return v === 'yes';
};

/** A `::chart` block's options and lines → the chart in the layout model. */
export function parseChart(line: number, options: Record<string, string>, lines: string[], size: number | undefined): ChartBlock {
  const direction = options.direction ?? 'horizontal';
  if (direction !== 'horizontal' && direction !== 'vertical') throw new MarkupError(line, `"::chart direction=${direction}": use one of horizontal, vertical`);
  let reference: ChartBlock['reference'] = null;
  if (options.reference !== undefined && options.reference !== '') {
    const v = Number(options.reference.replace(',', '.'));
    if (!Number.isFinite(v) || v < 0) throw new MarkupError(line, `"::chart reference=${options.reference}": a number (0 or more) is needed`);
    reference = { value: v, label: parseInline(options['reference-label'] ?? String(v)) };
  }
  const caption: string[] = [];
  let header: string[] | null = null;
  const rows: ChartRow[] = [];
  const cellsOf = (r: string) => {
    // "|" inside a value (VALUE_OPEN … VALUE_CLOSE) is text, never a column
    const parts: string[] = [''];
    let inValue = false;
    for (const c of r) {
      if (c === '\uE000') inValue = true;
      else if (c === '\uE001') inValue = false;
      if (c === '|' && !inValue) parts.push('');
      else parts[parts.length - 1] += c;
    }
    parts.shift();
    if (parts.length && parts[parts.length - 1].trim() === '') parts.pop();
    return parts;
  };
  for (const raw of lines) {
    const l = raw.trim();
    if (!l.startsWith('|')) {
      if (header) throw new MarkupError(line, `"::chart": after the header row, each line is a row starting with "|"; got "${unescapeValues(l)}"`);
      caption.push(l);
      continue;
    }
    const cells = cellsOf(l);
    if (!header) {
      header = cells;
      if (header.length < 2) throw new MarkupError(line, '"::chart" needs a header row with the categories\' column and at least one series: "| Month | Staff |"');
      continue;
    }
    if (rows.length === 0 && cells.every((c) => /^\s*:?-+:?\s*$/.test(c))) continue;
    if (cells.length !== header.length) throw new MarkupError(line, `a chart row has ${cells.length} cells, the header has ${header.length}: "${unescapeValues(l)}"`);
    const texts = cells.slice(1).map((c) => unescapeValues(c).trim());
    const values = texts.map((t) => {
      const v = t === '' ? 0 : Number(t.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(v) || v < 0) throw new MarkupError(line, `a chart row's figures must be numbers (0 or more); got "${t}" in "${unescapeValues(l)}"`);
      return v;
    });
    rows.push({ label: parseInline(cells[0]), texts: texts.map((t) => t || '0'), values });
  }
  if (!header) throw new MarkupError(line, '"::chart" needs a header row ("| Month | Staff |") and a row per bar');
  return {
    kind: 'chart',
    line,
    direction,
    stacked: yesNo(line, 'stacked', options.stacked, false),
    caption: parseInline(caption.join(' ')),
    header: header.map(parseInline),
    rows,
    reference,
    table: yesNo(line, 'table', options.table, true),
    empty: options.empty !== undefined ? parseInline(options.empty) : null,
    size,
  };
}

/** Nothing to draw: no rows, or every figure is 0. */
export function chartIsEmpty(b: ChartBlock): boolean {
  return b.rows.every((r) => r.values.every((v) => v === 0));
}

const EMPTY: Record<'kk' | 'ru', string> = {
  kk: 'Диаграммада көрсететін сан жоқ: барлық көрсеткіштер нөлге тең.',
  ru: 'На диаграмме нечего показать: все показатели равны нулю.',
};

/** What the document says in place of a chart with no figures. */
export function emptyText(b: ChartBlock, lang: 'kk' | 'ru'): Inline {
  return b.empty && b.empty.length ? b.empty : [{ text: EMPTY[lang], bold: false }];
}

const TOTAL: Record<'kk' | 'ru', string> = { kk: 'Барлығы', ru: 'Всего' };

/** The chart's figures as a table: categories, one column per series (a total when stacked), the norm. */
export function chartTable(b: ChartBlock, lang: 'kk' | 'ru'): TableBlock | null {
  if (!b.table || b.rows.length === 0) return null;
  const series = b.header.length - 1;
  const total = b.stacked && series > 1;
  const header: Inline[] = [...b.header, ...(total ? [[{ text: TOTAL[lang], bold: false }]] : []), ...(b.reference ? [b.reference.label] : [])];
  const n = header.length;
  const first = n <= 2 ? 0.6 : n <= 4 ? 0.46 : 0.34;
  const widths = [first, ...Array.from({ length: n - 1 }, () => (1 - first) / (n - 1))];
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100));
  return {
    kind: 'table',
    line: b.line,
    widths,
    aligns: ['left', ...Array.from({ length: n - 1 }, () => 'center' as Align)],
    size: b.size,
    header,
    rows: b.rows.map((r) => ({
      cells: [
        r.label,
        ...r.texts.map((t) => [{ text: t, bold: false }]),
        ...(total ? [[{ text: fmt(r.values.reduce((a, v) => a + v, 0)), bold: false }]] : []),
        ...(b.reference ? [[{ text: fmt(b.reference.value), bold: false }]] : []),
      ],
    })),
  };
}

// ---------- drawing ----------

/** A line of text as the PDF engine lays it out (only its width matters here). */
interface LaidLine {
  width: number;
}

/** What the chart needs from the PDF engine (pdf.ts's Writer). */
export interface ChartCanvas<L extends LaidLine> {
  readonly doc: PDFKit.PDFDocument;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  y: number;
  lh(size: number): number;
  ensure(h: number): void;
  newPage(): void;
  wrap(inline: Inline, width: number, size: number): L[];
  drawLine(line: L, x: number, width: number, align: Align, size: number, last: boolean, y?: number): void;
  paragraph(inline: Inline, opts: { align: Align; size: number }): void;
  table(b: TableBlock, size: number): void;
}

/** Fills that stay apart in black and white: luminance steps, hatching on every other series. */
const FILLS: { color: string; hatch: 'none' | 'diagonal' | 'cross' | 'back'; dark: boolean }[] = [
  { color: '#1f3b63', hatch: 'none', dark: true },
  { color: '#e3a83a', hatch: 'diagonal', dark: false },
  { color: '#c7d3e0', hatch: 'none', dark: false },
  { color: '#7a8f3a', hatch: 'cross', dark: true },
  { color: '#ffffff', hatch: 'back', dark: false },
  { color: '#8c4a6b', hatch: 'none', dark: true },
];
const INK = '#000000';
const GRID = '#b0b0b0';

/** Axis steps of 1, 2, 5 × 10ⁿ: about five gridlines up to a round maximum. */
export function niceScale(max: number): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  if (step < 1 && Number.isInteger(max)) step = 1;
  return { max: Math.ceil(max / step) * step, step };
}

function fmtNum(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}

function fillRect(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number, k: number): void {
  if (w <= 0 || h <= 0) return;
  const f = FILLS[k % FILLS.length];
  doc.save();
  doc.rect(x, y, w, h).fillColor(f.color).fill();
  if (f.hatch !== 'none') {
    doc.save();
    doc.rect(x, y, w, h).clip();
    doc.lineWidth(0.6).strokeColor(f.dark ? '#ffffff' : INK);
    const gap = 3.2;
    for (let d = -h; d < w + h; d += gap) {
      if (f.hatch === 'diagonal' || f.hatch === 'cross') doc.moveTo(x + d, y + h).lineTo(x + d + h, y).stroke();
      if (f.hatch === 'back' || f.hatch === 'cross') doc.moveTo(x + d, y).lineTo(x + d + h, y + h).stroke();
    }
    doc.restore();
  }
  doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(INK).stroke();
  doc.restore();
}

/** A value inside a bar segment: white on dark fills, on a white patch over hatching. */
function segmentLabel<L extends LaidLine>(c: ChartCanvas<L>, label: string, x: number, y: number, w: number, h: number, k: number, size: number): void {
  const f = FILLS[k % FILLS.length];
  const lh = c.lh(size);
  if (f.hatch !== 'none') {
    const tw = textWidth(c, label, size) + 6;
    c.doc.save().rect(x + (w - tw) / 2, y + (h - lh) / 2, tw, lh).fillColor('#ffffff').fill().restore();
  }
  text(c, label, x, y + (h - lh) / 2, w, 'center', size, f.dark ? '#ffffff' : INK);
}

function text<L extends LaidLine>(c: ChartCanvas<L>, s: string | Inline, x: number, y: number, width: number, align: Align, size: number, color = INK): number {
  const inline: Inline = typeof s === 'string' ? [{ text: s, bold: false }] : s;
  const lines = c.wrap(inline, Math.max(width, 4), size);
  c.doc.fillColor(color);
  lines.forEach((l, i) => c.drawLine(l, x, width, align, size, true, y + i * c.lh(size)));
  c.doc.fillColor(INK);
  return lines.length;
}

function textWidth<L extends LaidLine>(c: ChartCanvas<L>, s: string | Inline, size: number): number {
  const inline: Inline = typeof s === 'string' ? [{ text: s, bold: false }] : s;
  return Math.max(0, ...c.wrap(inline, 10_000, size).map((l) => l.width));
}

/** The legend: a swatch and a name per series (and the norm's dashed line), wrapping like words. */
function legend<L extends LaidLine>(c: ChartCanvas<L>, b: ChartBlock, size: number, draw: boolean, y0: number): number {
  const lh = c.lh(size);
  const sw = size * 1.4;
  const items: { name: Inline; k: number | 'ref' }[] = b.header.slice(1).map((h, k) => ({ name: h, k }));
  if (b.reference) items.push({ name: b.reference.label, k: 'ref' });
  if (items.length < 2 && !b.reference) return 0;
  let x = c.left;
  let y = y0;
  for (const it of items) {
    const w = sw + 4 + Math.min(textWidth(c, it.name, size), c.width / 2) + 14;
    if (x + w > c.right && x > c.left) {
      x = c.left;
      y += lh * 1.2;
    }
    if (draw) {
      if (it.k === 'ref') {
        c.doc.save().lineWidth(1.2).strokeColor(INK).dash(3, { space: 2 }).moveTo(x, y + lh / 2).lineTo(x + sw, y + lh / 2).stroke().undash().restore();
      } else fillRect(c.doc, x, y + lh * 0.15, sw, lh * 0.7, it.k);
      text(c, it.name, x + sw + 4, y, Math.min(textWidth(c, it.name, size), c.width / 2) + 2, 'left', size);
    }
    x += w;
  }
  return y + lh * 1.2 - y0 + lh * 0.3;
}

/** Draws a chart at the cursor: legend, bars, axis, gridlines, values; then the caption and the table. */
export function drawChart<L extends LaidLine>(c: ChartCanvas<L>, b: ChartBlock, bodySize: number, tableSize: number, lang: 'kk' | 'ru'): void {
  const size = b.size ?? Math.max(8, tableSize - 2);
  const lh = c.lh(size);
  const blh = c.lh(bodySize);
  const captionH = b.caption.length ? c.wrap(b.caption, c.width, bodySize).length * blh : 0;
  c.y += blh * 0.4;
  if (chartIsEmpty(b)) {
    // never an empty frame: the sentence, the caption, and the (zero) figures if there are rows
    const h = c.wrap(emptyText(b, lang), c.width, bodySize).length * blh + captionH;
    c.ensure(h + blh);
    c.doc.save().lineWidth(0.5).strokeColor(GRID).rect(c.left, c.y, c.width, h - captionH + blh * 0.6).stroke().restore();
    c.y += blh * 0.3;
    c.paragraph(emptyText(b, lang), { align: 'center', size: bodySize });
    c.y += blh * 0.3;
  } else if (b.direction === 'horizontal' || tooNarrow(c, b, size)) horizontal(c, b, size, lh, captionH);
  else vertical(c, b, size, lh, captionH);
  if (b.caption.length) {
    c.y += blh * 0.2;
    c.paragraph(b.caption.map((r) => ({ ...r, bold: true })), { align: 'center', size: bodySize });
  }
  c.y += blh * 0.3;
  const t = chartTable(b, lang);
  if (t) c.table(t, b.size ?? tableSize);
  c.y += blh * 0.4;
}

/** Columns too narrow for their labels (60 months in a row): drawn as bars across instead. */
function tooNarrow<L extends LaidLine>(c: ChartCanvas<L>, b: ChartBlock, size: number): boolean {
  const band = (c.width - textWidth(c, fmtNum(niceScale(extentOf(b)).max), size) - 6) / Math.max(1, b.rows.length);
  return band < 4 * size;
}

function extentOf(b: ChartBlock): number {
  let m = 0;
  for (const r of b.rows) m = Math.max(m, b.stacked ? r.values.reduce((a, v) => a + v, 0) : Math.max(...r.values));
  return Math.max(m, b.reference?.value ?? 0);
}

function horizontal<L extends LaidLine>(c: ChartCanvas<L>, b: ChartBlock, size: number, lh: number, captionH: number): void {
  const series = b.header.length - 1;
  const per = b.stacked ? 1 : series;
  const barH = Math.max(lh * 0.9, 7);
  const bandPref = per * barH + lh * 0.8;
  const labelW = Math.min(c.width * 0.36, Math.max(...b.rows.map((r) => textWidth(c, r.label, size))) + 8);
  const { max, step } = niceScale(extentOf(b));
  const valueRoom = textWidth(c, fmtNum(max), size) + 8;
  const x0 = c.left + labelW;
  const x1 = c.right - valueRoom;
  const sx = (v: number) => x0 + ((x1 - x0) * v) / max;
  const legendH = legend(c, b, size, false, 0);
  const axisH = lh * 1.4;
  const refH = b.reference ? lh * 1.1 : 0;
  // the bands a page can hold; a longer chart goes on over pages, each part with its axis
  const labelLines = b.rows.map((r) => Math.min(3, c.wrap(r.label, labelW - 8, size).length));
  const bandOf = (i: number) => Math.max(bandPref, labelLines[i] * lh + lh * 0.4);
  let i = 0;
  let first = true;
  while (i < b.rows.length) {
    const fixed = (first ? legendH : 0) + refH + axisH;
    // how many bands fit below the cursor (keeping the caption with the last part)
    const fits = (room: number) => {
      let h = 0;
      let n = 0;
      for (let k = i; k < b.rows.length; k++) {
        const last = k === b.rows.length - 1;
        if (h + bandOf(k) + (last ? captionH : 0) > room) break;
        h += bandOf(k);
        n++;
      }
      return n;
    };
    let n = fits(c.bottom - c.y - fixed);
    if (n < Math.min(3, b.rows.length - i) && c.y > c.top + 0.01) {
      c.newPage();
      n = fits(c.bottom - c.y - fixed);
    }
    n = Math.max(1, n);
    if (first) c.y += legend(c, b, size, true, c.y);
    first = false;
    const part = b.rows.slice(i, i + n);
    const plotTop = c.y + refH;
    const plotH = part.reduce((a, _r, k) => a + bandOf(i + k), 0);
    const plotBottom = plotTop + plotH;
    // gridlines and tick labels
    c.doc.save().lineWidth(0.4).strokeColor(GRID);
    for (let v = 0; v <= max + 1e-9; v += step) c.doc.moveTo(sx(v), plotTop).lineTo(sx(v), plotBottom).stroke();
    c.doc.restore();
    for (let v = 0; v <= max + 1e-9; v += step) text(c, fmtNum(v), sx(v) - 20, plotBottom + lh * 0.2, 40, 'center', size);
    // bars
    let y = plotTop;
    part.forEach((r, k) => {
      const band = bandOf(i + k);
      const lines = c.wrap(r.label, labelW - 8, size).slice(0, 3);
      const ly = y + (band - lines.length * lh) / 2;
      lines.forEach((l, j) => c.drawLine(l, c.left, labelW - 8, 'right', size, true, ly + j * lh));
      const barsH = per * barH;
      let by = y + (band - barsH) / 2;
      if (b.stacked) {
        let acc = 0;
        r.values.forEach((v, s) => {
          if (v > 0) {
            fillRect(c.doc, sx(acc), by, sx(acc + v) - sx(acc), barH, s);
            const label = fmtNum(v);
            if (series > 1 && textWidth(c, label, size) + 6 < sx(acc + v) - sx(acc)) segmentLabel(c, label, sx(acc), by, sx(acc + v) - sx(acc), barH, s, size);
          }
          acc += v;
        });
        text(c, fmtNum(acc), sx(acc) + 3, by + (barH - lh) / 2, valueRoom, 'left', size);
      } else {
        r.values.forEach((v, s) => {
          fillRect(c.doc, x0, by, sx(v) - x0, barH, s);
          text(c, fmtNum(v), sx(v) + 3, by + (barH - lh) / 2, valueRoom, 'left', size);
          by += barH;
        });
      }
      y += band;
    });
    // the axes
    c.doc.save().lineWidth(0.8).strokeColor(INK).moveTo(x0, plotTop).lineTo(x0, plotBottom).lineTo(x1, plotBottom).stroke().restore();
    if (b.reference) {
      const rx = sx(b.reference.value);
      c.doc.save().lineWidth(1.2).strokeColor(INK).dash(3, { space: 2 }).moveTo(rx, plotTop - refH * 0.2).lineTo(rx, plotBottom).stroke().undash().restore();
      const w = textWidth(c, b.reference.label, size) + 2;
      text(c, b.reference.label, Math.min(rx - w / 2, c.right - w), c.y, w, 'center', size);
    }
    c.y = plotBottom + axisH;
    i += n;
  }
}

function vertical<L extends LaidLine>(c: ChartCanvas<L>, b: ChartBlock, size: number, lh: number, captionH: number): void {
  const series = b.header.length - 1;
  const per = b.stacked ? 1 : series;
  const { max, step } = niceScale(extentOf(b));
  const tickW = textWidth(c, fmtNum(max), size) + 6;
  const x0 = c.left + tickW;
  const x1 = c.right;
  const n = b.rows.length;
  const band = (x1 - x0) / n;
  const labelLines = Math.min(3, Math.max(...b.rows.map((r) => c.wrap(r.label, band - 2, size).length)));
  const legendH = legend(c, b, size, false, 0);
  const plotH = Math.min(190, (c.bottom - c.top) * 0.45);
  const total = legendH + lh * 1.5 + plotH + labelLines * lh + lh * 0.6;
  c.ensure(total + captionH);
  c.y += legend(c, b, size, true, c.y);
  const plotTop = c.y + lh * 1.5; // room for the value above the highest bar
  const plotBottom = plotTop + plotH;
  const sy = (v: number) => plotBottom - (plotH * v) / max;
  c.doc.save().lineWidth(0.4).strokeColor(GRID);
  for (let v = 0; v <= max + 1e-9; v += step) c.doc.moveTo(x0, sy(v)).lineTo(x1, sy(v)).stroke();
  c.doc.restore();
  for (let v = 0; v <= max + 1e-9; v += step) text(c, fmtNum(v), c.left, sy(v) - lh / 2, tickW - 4, 'right', size);
  const barW = Math.min(Math.max(4, (band * 0.7) / per), 60);
  b.rows.forEach((r, k) => {
    const bx = x0 + k * band;
    const lines = c.wrap(r.label, band - 2, size).slice(0, 3);
    lines.forEach((l, j) => c.drawLine(l, bx + 1, band - 2, 'center', size, true, plotBottom + lh * 0.2 + j * lh));
    let x = bx + (band - per * barW) / 2;
    if (b.stacked) {
      let acc = 0;
      r.values.forEach((v, s) => {
        if (v > 0) {
          fillRect(c.doc, x, sy(acc + v), barW, sy(acc) - sy(acc + v), s);
          if (series > 1 && sy(acc) - sy(acc + v) > lh && textWidth(c, fmtNum(v), size) + 4 < barW) segmentLabel(c, fmtNum(v), x, sy(acc + v), barW, sy(acc) - sy(acc + v), s, size);
        }
        acc += v;
      });
      text(c, fmtNum(acc), x - 10, sy(acc) - lh, barW + 20, 'center', size);
    } else {
      r.values.forEach((v, s) => {
        fillRect(c.doc, x, sy(v), barW, plotBottom - sy(v), s);
        text(c, fmtNum(v), x - 10, sy(v) - lh, barW + 20, 'center', size);
        x += barW;
      });
    }
  });
  c.doc.save().lineWidth(0.8).strokeColor(INK).moveTo(x0, plotTop - lh * 0.5).lineTo(x0, plotBottom).lineTo(x1, plotBottom).stroke().restore();
  if (b.reference) {
    const ry = sy(b.reference.value);
    c.doc.save().lineWidth(1.2).strokeColor(INK).dash(3, { space: 2 }).moveTo(x0, ry).lineTo(x1, ry).stroke().undash().restore();
    const w = textWidth(c, b.reference.label, size) + 2;
    text(c, b.reference.label, x1 - w, ry - lh, w, 'right', size);
  }
  c.y = plotBottom + labelLines * lh + lh * 0.6;
}
