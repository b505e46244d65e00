/**
 * PDF layout safety (issue 14, families 4 and 5): line breaking in linear time, the whole
 * document bounded in time and pages, nothing drawn outside the margins, and a character the
 * font cannot draw refused by name instead of printed as a blank.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { drawPdf, LayoutLimitError, unprintable, UnprintableError, type PdfMeta } from './pdf.js';
import { escapeValue, parseMarkup, tagDirectiveLines } from './markup.js';
import { loadTheme } from './theme.js';
import { fontsFor } from './draw.js';
import { creationDate } from './index.js';
import { loadFont } from './fonts.js';
import { UsageError } from '../core/errors.js';
import { extractPdf } from '../testing/pdf.js';
import { copyTree, crashSigns, runCliHard, SAMPLE, tempDir } from '../testing/safety.js';

vi.setConfig({ testTimeout: 120_000 });

const theme = loadTheme(null);
const fonts = fontsFor(theme);
const meta: PdfMeta = { title: 'Сынақ', author: 'Орталық', subject: 'Сынақ', lang: 'kk', created: creationDate('2026-01-28'), creator: 'ereje test' };

/** A table whose middle cell holds `cell` (a value from the data), and a paragraph with `text`. */
function model(cell: string, text = 'Қазақ әріптері: Ә Ғ Қ Ң Ө Ұ Ү Һ І.') {
  return parseMarkup(
    tagDirectiveLines(
      ['::text', escapeValue(text), '::table widths="10 70 20"', '| № | Тақырып | Күні |', '|:-:|---|:-:|', `| 1 | ${escapeValue(cell)} | 28.01.2026 |`].join('\n'),
    ),
  );
}

const seconds = async (f: () => Promise<unknown>) => {
  const t = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t) / 1e9;
};

describe('line breaking', () => {
  it('one long word in a table cell is laid out in linear time, every piece inside the margins, nothing lost', async () => {
    // Before: 30,000 letters 21 s, 100,000 letters 212 s (cutting the head off again and again).
    const word = 'Әдістемелік'.repeat(9_000); // 99,000 letters
    let pdf: { bytes: Buffer; pages: number } | null = null;
    const t = await seconds(async () => (pdf = await drawPdf([model(word)], theme, fonts, meta)));
    expect(t).toBeLessThan(30); // ~2 s here; the quadratic version took over 200 s
    const text = await extractPdf(pdf!.bytes);
    for (const e of text.extents) {
      expect(e.left).toBeGreaterThanOrEqual(30 * 2.8346 - 0.5);
      expect(e.right).toBeLessThanOrEqual(e.width - 10 * 2.8346 + 0.5);
    }
    expect(text.text.replace(/[^Әдістемелік]/g, '').length).toBeGreaterThanOrEqual(99_000); // every letter drawn
  });

  it('grows linearly: four times the letters take far less than sixteen times as long', async () => {
    const small = await seconds(() => drawPdf([model('Қ'.repeat(10_000))], theme, fonts, meta));
    const big = await seconds(() => drawPdf([model('Қ'.repeat(40_000))], theme, fonts, meta));
    expect(big / Math.max(small, 0.05)).toBeLessThan(10);
  });
});

describe('bounds of the whole document', () => {
  it('more pages than the limit: a clear error, no PDF', async () => {
    const long = 'Өңірлік әдістемелік десант туралы ереженің 1.6-тармағына сәйкес. '.repeat(3_000);
    const err = await drawPdf([model('x', long)], theme, fonts, meta, { pages: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LayoutLimitError);
    expect((err as LayoutLimitError).render('en')).toMatch(/past 5 pages.*no PDF was written/);
    expect((err as LayoutLimitError).render('kk')).toMatch(/5 беттен асады/);
  });

  it('the layout time is bounded too (not only Liquid\'s)', async () => {
    const err = await drawPdf([model('Қ'.repeat(50_000))], theme, fonts, meta, { ms: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LayoutLimitError);
    expect((err as LayoutLimitError).render('ru')).toMatch(/Вёрстка документа/);
  });
});

describe('characters the font cannot draw', () => {
  for (const [name, bad, code] of [
    ['a control character (BEL)', 'Тақырып\u0007бір', 'U+0007'],
    ['an emoji', 'Тақырып 😀 бір', 'U+1F600'],
    ['a CJK character', 'Тақырып 漢 бір', 'U+6F22'],
    ['a lone surrogate', 'Тақырып \uD800 бір', 'U+D800'],
    ['a C1 control', 'Тақырып\u0085бір', 'U+0085'],
  ] as const) {
    it(`${name}: refused by its code point and its text, no PDF`, async () => {
      const err = await drawPdf([model(bad)], theme, fonts, meta).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnprintableError);
      const msg = (err as UnprintableError).render('en');
      expect(msg).toContain(code);
      expect(msg).toMatch(/Тақырып.бір|Тақырып .* бір/);
      expect(msg).toMatch(/No PDF was written/);
    });
  }

  it('every Kazakh and Russian letter, «», №, dashes and a no-break space pass', () => {
    const ok = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя «» № – — 2026\u00A0ж.';
    expect(unprintable([model(ok, ok)], fonts)).toEqual([]);
  });
});

describe('a damaged font', () => {
  it('cut short anywhere: a clear "damaged or cut short" error, never an internal error', () => {
    const dir = tempDir('font');
    try {
      const whole = fs.readFileSync(theme.font.regular);
      for (const n of [0, 5, 11, 200, 1_000, 50_000, 100_000, Math.floor(whole.length / 2), whole.length - 100]) {
        const f = path.join(dir, `cut-${n}.ttf`);
        fs.writeFileSync(f, whole.subarray(0, n));
        let err: unknown = null;
        try {
          loadFont(f);
        } catch (e) {
          err = e;
        }
        expect(err, `cut at ${n}`).toBeInstanceOf(UsageError);
        expect((err as UsageError).render('en'), `cut at ${n}`).toMatch(/Cannot read the font file: .*cut-\d+\.ttf: (the file is damaged or cut short|not a TrueType)/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('through the CLI', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir('layout');
    copyTree(SAMPLE, path.join(dir, 'repo'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an emoji in an open door day\'s topic: exit 1 naming U+1F600, no PDF', () => {
    const file = path.join(dir, 'repo', 'turkistan', 'open-door-days-2026.yaml');
    const text = fs.readFileSync(file, 'utf8').replace('"Оқушылардың функционалдық', '"Оқушылардың 😀 функционалдық');
    fs.writeFileSync(file, text);
    const r = runCliHard(['render', 'order', 'ord-tur-2026-014', '--lang', 'kk', '--out', 'out'], path.join(dir, 'repo'));
    expect(crashSigns(r), r.stderr).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('U+1F600');
    expect(fs.existsSync(path.join(dir, 'repo', 'out')) ? fs.readdirSync(path.join(dir, 'repo', 'out')) : []).toEqual([]);
  });
});
