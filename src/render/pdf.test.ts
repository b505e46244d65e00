import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import { drawPdf, type PdfMeta } from './pdf.js';
import { escapeValue, parseMarkup, tagDirectiveLines } from './markup.js';
import { loadTheme } from './theme.js';
import { fontsFor } from './draw.js';
import { loadFont } from './fonts.js';
import { creationDate } from './index.js';
import { extractPdf, flat, hasTool, pdfFonts, runTool } from '../testing/pdf.js';
import { UsageError } from '../core/errors.js';

const theme = loadTheme(null);
const fonts = fontsFor(theme);
const LETTERS = 'Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і';
const meta: PdfMeta = { title: 'Сынақ құжаты', author: 'Білім беруді дамыту орталығы', subject: 'Әдістемелік ашық есік күні', lang: 'kk', created: creationDate('2026-01-28'), creator: 'ereje test' };

function model(rows: number) {
  const table = Array.from({ length: rows }, (_, i) => `| ${i + 1} | ${escapeValue(`Қатысушы ${i + 1}: Әбілқасымов Нұрлан Ғалымұлы`)} | 28.01.2026 |`).join('\n');
  return parseMarkup(
    tagDirectiveLines(
      [
        '::page numbers=bottom',
        '::header',
        'Түркістан облысы || Туркестанская область',
        '::title',
        'Ашық есік күні туралы',
        '::text',
        `Ережесінің 1.6-тармағына сәйкес **БҰЙЫРАМЫН:** ${LETTERS}. ${'Өңірлік әдістемелік десант туралы ереженің 1.6-тармағына сәйкес. '.repeat(4)}`,
        '::table widths="8 70 22"',
        '| № | Аты-жөні | Күні |',
        '|:-:|---|:-:|',
        table,
        '::signature',
        'Директор || Н.Ә. Өтегенов',
      ].join('\n'),
    ),
  );
}

describe('the PDF engine', () => {
  it('embeds one serif TrueType font in two weights, never a built-in one (Helvetica has no Cyrillic)', async () => {
    const { bytes } = await drawPdf([model(3)], theme, fonts, meta);
    const declared = pdfFonts(bytes);
    expect(declared.length).toBe(2);
    for (const f of declared) {
      expect(f.embedded).toBe(true);
      expect(f.subtype).toBe('Type0');
      expect(f.baseFont).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold)$/);
    }
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/Helvetica|Times-Roman|\/Type1\b/);
  });

  it('gives back the exact text, every Kazakh letter included, and a hyphenated word whole', async () => {
    const { bytes } = await drawPdf([model(3)], theme, fonts, meta);
    const { text } = await extractPdf(bytes);
    expect(flat(text)).toContain(LETTERS);
    expect(flat(text)).toContain('БҰЙЫРАМЫН:');
    // Lines never end in the hyphen of «1.6-тармағына» (extractors would drop it as a soft hyphen);
    // a word hyphenated at a line's end («сәй-\nкес») is whole again once its hyphen goes.
    expect(text).not.toMatch(/\d-\n/);
    expect(flat(text.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2'))).toContain(`${'Өңірлік әдістемелік десант туралы ереженің 1.6-тармағына сәйкес. '.repeat(4).trim()}`);
    expect((flat(text).match(/1\.6-тармағына/g) ?? []).length).toBe(5);
    expect(flat(text)).toContain('Қатысушы 3: Әбілқасымов Нұрлан Ғалымұлы');
  });

  it('keeps every line inside the margins (left 30 mm, right 10 mm), justified lines included', async () => {
    const { bytes } = await drawPdf([model(30)], theme, fonts, meta);
    const { extents } = await extractPdf(bytes);
    const mm = 72 / 25.4;
    for (const e of extents) {
      expect(e.left).toBeGreaterThanOrEqual(30 * mm - 0.5);
      expect(e.right).toBeLessThanOrEqual(e.width - 10 * mm + 0.5);
      expect(e.right).toBeGreaterThan(e.width - 10 * mm - 3); // justified text reaches the margin
    }
  });

  it('writes the metadata: title, author (the organisation), subject, language, a creation date from the data', async () => {
    const { bytes } = await drawPdf([model(1)], theme, fonts, meta);
    const { info } = await extractPdf(bytes);
    expect(info).toMatchObject({ Title: 'Сынақ құжаты', Author: 'Білім беруді дамыту орталығы', Subject: 'Әдістемелік ашық есік күні', Language: 'kk-KZ', Creator: 'ereje test' });
    expect(info.CreationDate).toBe('D:20260128070000Z');
  });

  it('breaks a long table across pages, repeating its header row, and numbers the pages', async () => {
    const { bytes, pages } = await drawPdf([model(100)], theme, fonts, meta);
    expect(pages).toBeGreaterThan(2);
    const doc = await extractPdf(bytes);
    expect(doc.numPages).toBe(pages);
    doc.pages.forEach((p, i) => {
      if (i < pages - 1 || p.includes('Қатысушы')) expect(flat(p)).toContain('№ Аты-жөні Күні');
      expect(p.trim().split('\n').at(-1)?.trim()).toBe(String(i + 1));
    });
    // every row once, in order
    const all = flat(doc.text);
    for (let i = 1; i <= 100; i++) expect(all).toContain(`Қатысушы ${i}: `);
  });

  it('is byte-identical for the same input (fixed dates, stable ids), and SOURCE_DATE_EPOCH sets the date', async () => {
    const a = await drawPdf([model(5)], theme, fonts, meta);
    const b = await drawPdf([model(5)], theme, fonts, meta);
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
    expect(creationDate('2026-01-28', { SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const c = await drawPdf([model(5)], theme, fonts, { ...meta, created: creationDate('2026-01-28', { SOURCE_DATE_EPOCH: '1767225600' }) });
    expect(Buffer.compare(a.bytes, c.bytes)).not.toBe(0);
  });

  it('refuses a missing font file clearly', () => {
    expect(() => loadFont('/nonexistent/times.ttf')).toThrow(UsageError);
  });

  const extraLight = '/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf';
  it.runIf(fs.existsSync(extraLight))('refuses a font without every Kazakh letter (DejaVu Sans ExtraLight, when installed)', () => {
    try {
      loadFont(extraLight);
      expect.unreachable();
    } catch (e) {
      expect((e as UsageError).id).toBe('font-lacks-letters');
      expect(String((e as UsageError).data.letters)).toMatch(/[ӘҒҚҢӨҰҮҺІ]/);
    }
  });

  it.runIf(hasTool('qpdf'))('passes qpdf --check (when qpdf is installed)', async () => {
    const { bytes } = await drawPdf([model(40)], theme, fonts, meta);
    const file = path.join(os.tmpdir(), `ereje-qpdf-${process.pid}.pdf`);
    fs.writeFileSync(file, bytes);
    try {
      expect(runTool('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors found/);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it.runIf(hasTool('pdffonts'))('pdffonts lists only embedded fonts (when poppler is installed)', async () => {
    const { bytes } = await drawPdf([model(3)], theme, fonts, meta);
    const lines = runTool('pdffonts', ['-'], bytes).trim().split('\n').slice(2);
    expect(lines.length).toBe(2);
    for (const l of lines) expect(l).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it.runIf(hasTool('pdftotext'))('pdftotext gives back the same words (when poppler is installed)', async () => {
    const { bytes } = await drawPdf([model(3)], theme, fonts, meta);
    const text = flat(runTool('pdftotext', ['-enc', 'UTF-8', '-', '-'], bytes));
    expect(text).toContain(LETTERS);
    expect(text).toContain('Ережесінің 1.6-тармағына сәйкес БҰЙЫРАМЫН:');
    expect(text).toContain('Қатысушы 2: Әбілқасымов Нұрлан Ғалымұлы');
  });
});

describe('the theme from ereje.yaml', () => {
  it('takes the user\'s fonts and margins (render: in the settings), relative to the settings file', async () => {
    const { loadSettings } = await import('../engine/settings.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-theme-'));
    try {
      fs.mkdirSync(path.join(dir, 'fonts'));
      // The user's "Times New Roman": here Tinos Bold for both weights, so the test sees which file is used.
      fs.copyFileSync(theme.font.bold, path.join(dir, 'fonts', 'times.ttf'));
      fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'render:\n  font: { regular: fonts/times.ttf, bold: fonts/times.ttf }\n  margins: { left: 25 }\n  size: 13\n');
      const own = loadTheme(loadSettings([dir], undefined, dir));
      expect(own.font.regular).toBe(path.join(dir, 'fonts', 'times.ttf'));
      expect(own.margins).toEqual({ left: 25, right: 10, top: 20, bottom: 20 });
      expect(own.size).toBe(13);
      const { bytes } = await drawPdf([model(1)], own, fontsFor(own), meta);
      expect(pdfFonts(bytes).map((f) => f.baseFont.split('+')[1])).toEqual(['Tinos-Bold']);
      const { extents } = await extractPdf(bytes);
      expect(extents[0].left).toBeCloseTo(25 * (72 / 25.4), 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown key or a bad value in render: with the file and line', async () => {
    const { loadSettings } = await import('../engine/settings.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-theme-'));
    try {
      fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'render:\n  margins: { lefft: 25 }\n');
      expect(() => loadSettings([dir], undefined, dir)).toThrow(UsageError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
