/**
 * Fonts are parsed once per process and handed to every document as parsed objects: pdfkit
 * re-parses a TTF each time a font is selected by path or bytes (its table code selects the
 * font per cell), which made documents ~6× slower. Widths are measured here too, through the
 * same layout pdfkit uses, with a cache shared by all documents of the process.
 */
import PDFDocument from 'pdfkit';
import { UsageError, addErrorMessages } from '../core/errors.js';
import { displayPath, readBounded } from '../load/files.js';

/** The largest font file read (full CJK fonts are ~20 MB; a Kazakh/Russian TrueType font is far smaller). */
export const FONT_MAX_BYTES = 64 * 1024 * 1024;
import { encodeSubset, readTrueType } from './subset.js';

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
  /** documents drawn with it in this process */
  documents: number;
}

/** Call before each document drawn with the font (see repairGlyphs). */
export function beforeDocument(f: LoadedFont): void {
  if (++f.documents === 2) repairGlyphs(f.font);
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

const FONT_DAMAGED = { kk: 'файл бүлінген не қысқартылған (қаріп кестелері оқылмайды)', ru: 'файл повреждён или обрезан (таблицы шрифта не читаются)', en: 'the file is damaged or cut short (its font tables do not read)' };

/**
 * A TrueType/OpenType file whose table directory points past its end (a download cut short)
 * is refused by name before any parser reads past the end (which was an internal error).
 */
function truncatedTable(b: Uint8Array): { kk: string; ru: string; en: string } | null {
  if (b.length < 12) return FONT_DAMAGED;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const tag = view.getUint32(0);
  if (tag === 0x74746366 /* ttcf */) return null;
  if (tag !== 0x00010000 && tag !== 0x4f54544f /* OTTO */ && tag !== 0x74727565 /* true */) {
    return { kk: 'TrueType не OpenType қаріп файлы емес', ru: 'это не файл шрифта TrueType или OpenType', en: 'not a TrueType or OpenType font file' };
  }
  const numTables = view.getUint16(4);
  if (12 + numTables * 16 > b.length) return FONT_DAMAGED;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const offset = view.getUint32(rec + 8);
    const length = view.getUint32(rec + 12);
    if (offset + length > b.length) return FONT_DAMAGED;
  }
  return null;
}

export function loadFont(file: string): LoadedFont {
  const hit = cache.get(file);
  if (hit) return hit;
  // Bounded, regular files only: a font path naming a pipe or /dev/zero must not hang or fill memory.
  // Confined: a font that is a symbolic link out of the data repo is refused.
  const read = readBounded(file, FONT_MAX_BYTES, { confined: true });
  if (!read.ok) {
    const reason = read.messageId === 'tooLarge' ? `larger than ${FONT_MAX_BYTES / 1024 / 1024} MB` : read.data.reason;
    throw new UsageError('font-unreadable', { file: displayPath(file), reason });
  }
  const bytes = read.bytes;
  const cut = truncatedTable(bytes);
  if (cut) throw new UsageError('font-unreadable', { file: displayPath(file), reason: cut });
  let font: ParsedFont;
  try {
    // pdfkit parses with its own fontkit; keep the parsed object (the only way pdfkit exposes it).
    const probe = new PDFDocument({ font: bytes as unknown as string, autoFirstPage: false });
    font = (probe as unknown as { _font: { font: ParsedFont } })._font.font;
    if (!font || typeof font.layout !== 'function') throw new Error('not a TrueType or OpenType font');
  } catch (e) {
    throw new UsageError('font-unreadable', { file: displayPath(file), reason: (e as Error).message });
  }
  usePlainLayout(font);
  useFastSubsets(font, bytes);
  let missing: string[];
  try {
    missing = [...REQUIRED_LETTERS].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    font.layout(REQUIRED_LETTERS); // reads the glyphs' outlines and metrics: a damaged font fails here, not mid-document
  } catch (e) {
    throw new UsageError('font-unreadable', { file: displayPath(file), reason: FONT_DAMAGED });
  }
  if (missing.length) throw new UsageError('font-lacks-letters', { file: displayPath(file), letters: missing.join(' ') });
  const loaded: LoadedFont = { file, font, widths: new Map<string, number>(), documents: 0 };
  cache.set(file, loaded);
  return loaded;
}

/**
 * fontkit keeps one glyph object per glyph, with the code points it was first asked for; pdfkit
 * writes those into the PDF's ToUnicode map, which is what text extraction reads. Within one
 * document every drawn glyph is first met through its letter. But subsetting meets the parts of
 * composite glyphs (Cyrillic е is built from Latin e) with no letter, and the next document
 * would then draw an «e» that extracts as nothing; and a glyph shared by two letters (Tinos
 * draws Kazakh Ә and Latin Ə with one glyph) keeps whichever came first. So before the second
 * document of a process, every glyph of the letters we use gets its letter — Cyrillic first.
 * (Not before the first: a single document does not need it, and a cold start is shorter.)
 */
function repairGlyphs(font: ParsedFont & { glyphForCodePoint?: (cp: number) => { codePoints: number[] }; characterSet?: number[] }): void {
  const glyphFor = font.glyphForCodePoint?.bind(font);
  if (!glyphFor) return;
  const ranges: [number, number][] = [
    [0x0400, 0x052f], // Cyrillic (Kazakh and Russian), Cyrillic Supplement
    [0x0020, 0x007e], // Basic Latin
    [0x00a0, 0x00ff], // Latin-1
    [0x0100, 0x024f], // Latin Extended-A, -B
    [0x2010, 0x2044], // dashes, quotes, bullets, ellipsis
    [0x2116, 0x2116], // №
  ];
  const has = new Set(font.characterSet ?? []);
  ranges.forEach(([a, b], r) => {
    for (let cp = a; cp <= b; cp++) {
      if (!has.has(cp)) continue;
      const g = glyphFor(cp);
      // Cyrillic wins a shared glyph; any other letter only fills a glyph that has none.
      if (r === 0 ? g.codePoints[0] !== cp && !(g.codePoints[0] >= a && g.codePoints[0] <= b) : g.codePoints.length === 0) g.codePoints = [cp];
    }
  });
}

/** Embedded subsets written from the font file's bytes (subset.ts), not re-encoded by fontkit. */
function useFastSubsets(font: ParsedFont & { createSubset?: () => unknown }, bytes: Buffer): void {
  const raw = readTrueType(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const create = font.createSubset?.bind(font);
  if (!raw || !create) return;
  font.createSubset = () => {
    const subset = create() as { glyphs: number[]; includeGlyph(g: number): number; encode(): Uint8Array };
    if (Array.isArray(subset.glyphs) && typeof subset.includeGlyph === 'function') {
      subset.encode = () => encodeSubset(raw, subset.glyphs, (g) => subset.includeGlyph(g));
    }
    return subset;
  };
}

interface PlainGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/**
 * Text is laid out glyph by glyph from the font's character map, with the advances of its
 * metrics table — no OpenType shaping (kerning, ligatures), as a word processor sets Kazakh and
 * Russian by default. Cyrillic needs no shaping; fontkit's shaping cost more than everything else
 * in a document (and parsing its tables ~0.2 s on the first one). pdfkit calls `font.layout`;
 * the parsed font object is ours alone, so its method is replaced on the object.
 */
function usePlainLayout(font: ParsedFont & { glyphsForString?: (s: string) => PlainGlyph[] }): void {
  const glyphsFor = font.glyphsForString?.bind(font);
  if (!glyphsFor) return;
  (font as { layout: (text: string) => unknown }).layout = (text: string) => {
    const glyphs = glyphsFor(text);
    const positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] = new Array(glyphs.length);
    for (let i = 0; i < glyphs.length; i++) positions[i] = { xAdvance: glyphs[i].advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 };
    return {
      glyphs,
      positions,
      // A getter, as fontkit's: pdfkit scales the positions in place and then reads the sum.
      get advanceWidth() {
        let w = 0;
        for (const p of positions) w += p.xAdvance;
        return w;
      },
    };
  };
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
