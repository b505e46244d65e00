/**
 * Fonts are parsed once per process and handed to every document as parsed objects: pdfkit
 * re-parses a TTF each time a font is selected by path or bytes (its table code selects the
 * font per cell), which made documents ~6× slower. Widths are measured here too, through the
 * same layout pdfkit uses, with a cache shared by all documents of the process.
 */
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { UsageError, addErrorMessages } from '../core/errors.js';
import { displayPath } from '../load/files.js';

/** The part of a fontkit font we use (pdfkit's own fontkit parses it). */
export interface ParsedFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  layout(text: string): { advanceWidth: number };
  hasGlyphForCodePoint(cp: number): boolean;
}

export interface LoadedFont {
  file: string;
  font: ParsedFont;
  /** advance widths in font units, per chunk of text */
  widths: Map<string, number>;
}

/** Letters every document font must have: Kazakh (with the 9 letters Russian lacks) and Russian. */
export const REQUIRED_LETTERS = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя«»№–—';

addErrorMessages({
  'font-unreadable': {
    kk: 'Қаріп файлын оқу мүмкін емес: {file}: {reason}',
    ru: 'Не удаётся прочитать файл шрифта: {file}: {reason}',
    en: 'Cannot read the font file: {file}: {reason}',
  },
  'font-lacks-letters': {
    kk: '{file} қарпінде мына әріптер жоқ: {letters}. Құжаттағы мәтін бұзылады; барлық қазақ әріптері бар TrueType қарпін таңдаңыз (ereje.yaml, render.font)',
    ru: 'В шрифте {file} нет букв: {letters}. Текст документа будет испорчен; выберите шрифт TrueType со всеми казахскими буквами (ereje.yaml, render.font)',
    en: 'The font {file} lacks these letters: {letters}. The document text would be garbled; choose a TrueType font with every Kazakh letter (ereje.yaml, render.font)',
  },
});

const cache = new Map<string, LoadedFont>();

export function loadFont(file: string): LoadedFont {
  const hit = cache.get(file);
  if (hit) return hit;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new UsageError('font-unreadable', { file: displayPath(file), reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message });
  }
  let font: ParsedFont;
  try {
    // pdfkit parses with its own fontkit; keep the parsed object (the only way pdfkit exposes it).
    const probe = new PDFDocument({ font: bytes as unknown as string, autoFirstPage: false });
    font = (probe as unknown as { _font: { font: ParsedFont } })._font.font;
    if (!font || typeof font.layout !== 'function') throw new Error('not a TrueType or OpenType font');
  } catch (e) {
    throw new UsageError('font-unreadable', { file: displayPath(file), reason: (e as Error).message });
  }
  const missing = [...REQUIRED_LETTERS].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
  if (missing.length) throw new UsageError('font-lacks-letters', { file: displayPath(file), letters: missing.join(' ') });
  prewarm(font);
  const loaded = { file, font, widths: new Map<string, number>() };
  cache.set(file, loaded);
  return loaded;
}

/**
 * fontkit keeps one glyph object per glyph, with the code points it was first asked for; pdfkit
 * writes those into the PDF's ToUnicode map, which is what text extraction reads. A glyph first
 * met as a part of another (Cyrillic е built from Latin e) has none, and a glyph shared by two
 * letters (Tinos draws Kazakh Ә and Latin Ə with one glyph) has whichever came first. So, once
 * per font, every glyph is created from its letter — Cyrillic first — before any document uses
 * the font: every later document then extracts exactly.
 */
function prewarm(font: ParsedFont & { glyphForCodePoint?: (cp: number) => unknown; characterSet?: number[] }): void {
  if (typeof font.glyphForCodePoint !== 'function') return;
  const ranges: [number, number][] = [
    [0x0400, 0x052f], // Cyrillic (Kazakh and Russian), Cyrillic Supplement
    [0x0020, 0x007e], // Basic Latin
    [0x00a0, 0x00ff], // Latin-1
    [0x0100, 0x024f], // Latin Extended-A, -B
    [0x2010, 0x2044], // dashes, quotes, bullets, ellipsis
    [0x2116, 0x2116], // №
  ];
  const has = new Set(font.characterSet ?? []);
  for (const [a, b] of ranges) for (let cp = a; cp <= b; cp++) if (has.has(cp)) font.glyphForCodePoint(cp);
}

/** Width of a string in points, measured the way pdfkit lays it out (chunks ending at spaces). */
export function widthOf(f: LoadedFont, text: string, size: number): number {
  let units = 0;
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === ' ') {
      const end = i === text.length ? i : i + 1;
      if (end > last) {
        const chunk = text.slice(last, end);
        let w = f.widths.get(chunk);
        if (w === undefined) {
          w = f.font.layout(chunk).advanceWidth;
          if (f.widths.size < 200_000) f.widths.set(chunk, w);
        }
        units += w;
      }
      last = end;
    }
  }
  return (units / f.font.unitsPerEm) * size;
}

/** The distance between baselines of single-spaced lines, in points. */
export function lineHeightOf(f: LoadedFont, size: number): number {
  const { ascent, descent, lineGap, unitsPerEm } = f.font;
  return ((ascent - descent + lineGap) / unitsPerEm) * size;
}
