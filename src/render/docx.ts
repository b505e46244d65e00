/**
 * The same layout model as the PDF, written as a Word document (DOCX) for the electronic
 * document systems, which take the content part as DOC/DOCX: the secretary opens it in Word,
 * edits and uploads it. Built with the `docx` library (Office Open XML):
 *
 *   - the official layout: Times New Roman 14 (the theme's size), A4, margins 30/10/20/20 mm
 *     (the theme's), first-line indent 1.25 cm, justified text;
 *   - the bilingual header as a borderless two-column table, the date line and the signature
 *     as borderless tables (left and right);
 *   - numbered points as real Word numbering (1., 2., … and 5.1., 5.2. for sub-points), so a
 *     point added in Word renumbers the rest; a `::points continue` block continues the list;
 *   - tables with a repeated header row and merged group rows;
 *   - page numbers in the header or footer, from the page the template says;
 *   - words that must stay together (№ 12, А.С. Бекова, 12 ақпан) joined by non-breaking spaces.
 *
 * Pure: models and theme in, bytes out (same input, same bytes: the core properties' dates come
 * from the document's own date).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';
import type { Align, Block, DocumentModel, Inline } from './markup.js';
import type { PdfMeta } from './pdf.js';
import type { Theme } from './theme.js';
import { nonBreaking } from './typeset.js';
import { chartBlock } from './chart-docx.js';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Twentieths of a point per millimetre. */
const TWIP_PER_MM = 1440 / 25.4;
const A4_MM = { w: 210, h: 297 };
const FONT = 'Times New Roman';

const tw = (mm: number) => Math.round(mm * TWIP_PER_MM);
const half = (pt: number) => Math.round(pt * 2);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE } as const;

/** Runs of one inline: bold where marked, <br> as a line break, non-breaking spaces where words stick. */
function runs(inline: Inline, size: number, bold = false): TextRun[] {
  const out: TextRun[] = [];
  for (const r of inline) {
    const chunks = r.text.split('\u2028');
    chunks.forEach((c, i) => {
      out.push(new TextRun({ text: nonBreaking(c), bold: bold || r.bold, size: half(size), font: FONT, break: i > 0 ? 1 : undefined }));
    });
  }
  return out;
}

interface Ctx {
  theme: Theme;
  size: number;
  tableSize: number;
  /** text width of the page, twips */
  width: number;
  /** the numbering instance of the points list in progress */
  points: number;
  nextInstance: () => number;
  /** this block is followed by a signature: keep its last paragraph with it */
  keepLast: boolean;
  /** the document's language (a chart with no figures says so in it) */
  lang: 'kk' | 'ru';
}

function para(children: TextRun[], opts: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ children, ...opts });
}

function twoColumns(rows: [Inline, Inline][], ctx: Ctx, opts: { size: number; aligns: [Align, Align]; split?: number; bold?: boolean; gap?: number; keepNext?: boolean }): Table {
  const left = Math.round(ctx.width * (opts.split ?? 0.5));
  const gap = opts.gap ?? 0;
  const widths = [left - gap / 2, ctx.width - left - gap / 2];
  return new Table({
    width: { size: ctx.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      ([l, r]) =>
        new TableRow({
          cantSplit: true,
          children: [l, r].map(
            (c, i) =>
              new TableCell({
                width: { size: widths[i], type: WidthType.DXA },
                borders: NO_BORDERS,
                verticalAlign: i === 1 && opts.aligns[1] === 'right' ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
                margins: { left: 0, right: 0 },
                children: [para(runs(c, opts.size, opts.bold), { alignment: ALIGN[opts.aligns[i]], keepNext: opts.keepNext, keepLines: true })],
              }),
          ),
        }),
    ),
  });
}

function block(b: Block, ctx: Ctx): (Paragraph | Table)[] {
  const { theme, size } = ctx;
  const small = theme.smallSize;
  const line = Math.round(240 * theme.lineSpacing);
  const after = Math.round(theme.paragraphSpacing * 20);
  const indent = tw(theme.indent);
  switch (b.kind) {
    case 'header': {
      const t = twoColumns(b.rows, ctx, { size: b.size ?? small, aligns: ['center', 'center'], bold: true, gap: 480 });
      const rule = b.rule ? [para([], { border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 12, color: '000000', space: 1 } }, spacing: { after: 120 } })] : [para([], { spacing: { after: 0 } })];
      return [t, ...rule];
    }
    case 'split':
      // a tab stop at the right margin: «2026 жылғы 28 қаңтар … № 14-н» on one line
      return b.rows.map(([l, r]) =>
        para([...runs(l, b.size ?? size, b.bold), new TextRun({ text: '\t', size: half(b.size ?? size), font: FONT }), ...runs(r, b.size ?? size, b.bold)], {
          tabStops: [{ type: TabStopType.RIGHT, position: ctx.width }],
          keepNext: true,
        }),
      );
    case 'lines':
      return b.lines.map((l) => para(runs(l, b.size ?? size, b.bold), { alignment: ALIGN[b.align], keepNext: true }));
    case 'title': {
      const side = Math.round((ctx.width * (100 - b.width)) / 200);
      return b.lines.map((l, i) =>
        para(runs(l, size, true), { alignment: ALIGN[b.align], indent: { left: side, right: side }, keepNext: true, keepLines: true, spacing: { before: i === 0 ? 240 : 0, after: i === b.lines.length - 1 ? 240 : 0 } }),
      );
    }
    case 'heading':
      return b.lines.map((l) => para(runs(l, size, true), { alignment: ALIGN[b.align], keepNext: true, keepLines: true, spacing: { before: 120, after: 60 } }));
    case 'text':
      return b.paragraphs.map((p, i) =>
        para(runs(p, b.size ?? size), {
          alignment: ALIGN[b.align],
          indent: b.indent ? { firstLine: indent } : undefined,
          spacing: { after, line },
          keepNext: ctx.keepLast && i === b.paragraphs.length - 1,
          widowControl: true,
        }),
      );
    case 'points': {
      // A list that starts again at 1 is a new numbering instance; `::points continue` goes on.
      const first = b.items[0];
      if (first && first.level === 1 && /^1\.$/.test(first.number)) ctx.points = ctx.nextInstance();
      if (!ctx.points) ctx.points = ctx.nextInstance();
      return b.items.map((it, i) =>
        para(runs(it.text, size), {
          alignment: AlignmentType.JUSTIFIED,
          numbering: { reference: 'points', level: Math.max(0, Math.min(it.level - 1, 2)), instance: ctx.points },
          indent: { left: 0, firstLine: indent },
          spacing: { after, line },
          keepNext: ctx.keepLast && i === b.items.length - 1,
          widowControl: true,
        }),
      );
    }
    case 'list':
      return b.items.map((it) =>
        para(runs(it, size), { alignment: AlignmentType.JUSTIFIED, numbering: { reference: 'dash', level: 0 }, indent: { left: 0, firstLine: indent }, spacing: { line } }),
      );
    case 'table':
      return [table(b, ctx), para([], { spacing: { after: 60 } })];
    case 'signature':
      return [para([], { spacing: { before: 240 }, keepNext: true }), twoColumns(b.rows, ctx, { size, aligns: ['left', 'right'], split: 0.6, keepNext: true })];
    case 'acquaintance': {
      const s = small;
      const widths = [Math.round(ctx.width * 0.42), Math.round(ctx.width * 0.25)];
      widths.push(ctx.width - widths[0] - widths[1]);
      const caption = b.caption.length ? [para(runs(b.caption, s), { spacing: { before: 360, after: 120 }, keepNext: true })] : [];
      const rows = b.people.map(
        (p) =>
          new TableRow({
            cantSplit: true,
            height: { value: Math.round(s * 20 * 1.9), rule: HeightRule.ATLEAST },
            children: [
              new TableCell({ width: { size: widths[0], type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlign.BOTTOM, children: [para(runs(p, s))] }),
              new TableCell({ width: { size: widths[1], type: WidthType.DXA }, borders: { ...NO_BORDERS, bottom: LINE }, children: [para([])] }),
              new TableCell({ width: { size: widths[2], type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlign.BOTTOM, children: [para(runs([{ text: b.dateLabel, bold: false }], s), { alignment: AlignmentType.RIGHT })] }),
            ],
          }),
      );
      return rows.length ? [...caption, new Table({ width: { size: ctx.width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: NO_BORDERS, rows })] : caption;
    }
    case 'approval': {
      const left = Math.round(ctx.width * 0.55);
      return [...b.lines.map((l) => para(runs(l, size), { indent: { left }, keepNext: true, keepLines: true })), para([], { spacing: { after: 120 } })];
    }
    case 'space':
      return Array.from({ length: b.lines }, () => para([]));
    case 'rule':
      return [para([], { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } })];
    case 'pagebreak':
      return [para([], { pageBreakBefore: true })];
    case 'chart':
      return chartBlock(b, ctx.lang, (t) => table(t, ctx), (i, opts) => para(runs(i, size, opts.bold), { alignment: AlignmentType.CENTER, keepNext: opts.keepNext, spacing: { before: 120, after: 120 } }));
  }
}

function table(b: Extract<Block, { kind: 'table' }>, ctx: Ctx): Table {
  const s = b.size ?? ctx.tableSize;
  const total = b.widths.reduce((a, w) => a + w, 0) || 1;
  const widths = b.widths.map((w) => Math.floor((ctx.width * w) / total));
  const cell = (c: Inline, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
      children: [para(runs(c, s, header), { alignment: header ? AlignmentType.CENTER : ALIGN[b.aligns[i] ?? 'left'] })],
    });
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: b.header.map((h, i) => cell(h, i, true)) }),
    ...b.rows.map((r) =>
      'group' in r
        ? new TableRow({ cantSplit: true, children: [new TableCell({ columnSpan: widths.length, width: { size: ctx.width, type: WidthType.DXA }, margins: { left: 60, right: 60 }, children: [para(runs(r.group, s, true), { keepNext: true })] })] })
        : new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, i, false)) }),
    ),
  ];
  return new Table({ width: { size: ctx.width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: GRID, rows });
}

function pageNumber(theme: Theme, align: 'center' | 'right'): Paragraph {
  return new Paragraph({
    alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: half(theme.smallSize), font: FONT })],
  });
}

/** One or more models (e.g. the Kazakh and the Russian text of one order) as one DOCX, each a section. */
export async function drawDocx(models: DocumentModel[], theme: Theme, meta: PdfMeta): Promise<Buffer> {
  let instances = 0;
  const sections: ISectionOptions[] = models.map((m) => {
    const landscape = m.page.orientation === 'landscape';
    const pageW = landscape ? A4_MM.h : A4_MM.w;
    const ctx: Ctx = {
      theme,
      size: m.page.size ?? theme.size,
      tableSize: m.page.tableSize ?? theme.tableSize,
      width: tw(pageW - theme.margins.left - theme.margins.right),
      points: 0,
      nextInstance: () => ++instances,
      keepLast: false,
      lang: meta.lang,
    };
    const children: (Paragraph | Table)[] = [];
    m.blocks.forEach((b, i) => {
      const next = m.blocks[i + 1];
      // the last lines of a point stay with the signature that follows
      ctx.keepLast = next?.kind === 'signature';
      children.push(...block(b, ctx));
    });
    const n = m.page.numbers;
    const num = n === 'none' ? null : pageNumber(theme, n === 'bottom-right' ? 'right' : 'center');
    const firstDifferent = m.page.numbersFrom > 1;
    const empty = new Paragraph({ children: [] });
    const headers = n === 'top' && num ? { default: new Header({ children: [num] }), ...(firstDifferent ? { first: new Header({ children: [empty] }) } : {}) } : undefined;
    const footers = n !== 'top' && num ? { default: new Footer({ children: [num] }), ...(firstDifferent ? { first: new Footer({ children: [empty] }) } : {}) } : undefined;
    return {
      properties: {
        titlePage: firstDifferent,
        page: {
          size: { width: tw(A4_MM.w), height: tw(A4_MM.h), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { left: tw(theme.margins.left), right: tw(theme.margins.right), top: tw(theme.margins.top), bottom: tw(theme.margins.bottom), header: tw(Math.max(5, theme.margins.top / 2 - 3)), footer: tw(Math.max(5, theme.margins.bottom / 2 - 3)) },
        },
      },
      headers,
      footers,
      children,
    };
  });
  const indent = tw(theme.indent);
  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
    subject: meta.subject,
    description: meta.subject,
    keywords: meta.keywords,
    lastModifiedBy: meta.creator,
    revision: 1,
    styles: {
      default: {
        document: { run: { font: FONT, size: half(theme.size), language: { value: meta.lang === 'ru' ? 'ru-RU' : 'kk-KZ' } }, paragraph: { spacing: { line: Math.round(240 * theme.lineSpacing) } } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'points',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE, style: { paragraph: { indent: { left: 0, firstLine: indent } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE, style: { paragraph: { indent: { left: 0, firstLine: indent } } } },
            { level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3.', alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE, style: { paragraph: { indent: { left: 0, firstLine: indent } } } },
          ],
        },
        { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE, style: { paragraph: { indent: { left: 0, firstLine: indent } } } }] },
      ],
    },
    sections,
  });
  const bytes = await Packer.toBuffer(doc);
  return fixDates(Buffer.from(bytes), meta.created);
}

/**
 * The docx library stamps the core properties with the current time and the zip entries with
 * the current time: rewrite both from the document's own date so the same input gives the same bytes.
 */
async function fixDates(bytes: Buffer, created: Date): Promise<Buffer> {
  const files = unzipSync(new Uint8Array(bytes));
  const iso = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  // [Content_Types].xml first, as Word expects; every entry dated from the document.
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  const entries: Zippable = {};
  for (const n of names) entries[n] = [files[n], { mtime: created, level: 6 }];
  return Buffer.from(zipSync(entries));
}
