/**
 * The PDF engine: draws the layout model (markup.ts) on A4 pages with pdfkit.
 *
 * Line breaking is ours: it breaks only at spaces (never after the hyphen of «1.6-тармағына»,
 * which text extractors would read as a soft hyphen and drop), mixes regular and bold runs,
 * justifies with pdfkit's word spacing, and measures through a width cache shared by every
 * document of the process. Tables break across pages and repeat their header row. Page
 * numbers, metadata and a creation date taken from the data (so the same input gives the
 * same bytes) are set here.
 */
import { breakPoints, sticks } from './typeset.js';
import { DEFAULT_BREAK_PARAMS, INFINITE_PENALTY, optimalBreaks, type Item } from './linebreak.js';
import PDFDocument from 'pdfkit';
import { BR, type Align, type Block, type DocumentModel, type Inline, type PageOptions } from './markup.js';
import type { Theme } from './theme.js';
import { beforeDocument, lineHeightOf, widthOf, type LoadedFont } from './fonts.js';
import { RefusedError, UsageError, addErrorMessages } from '../core/errors.js';
import { drawChart } from './chart.js';

export interface Fonts {
  regular: LoadedFont;
  bold: LoadedFont;
}

export interface PdfMeta {
  title: string;
  /** the organisation that issues the document */
  author: string;
  subject: string;
  keywords?: string;
  lang: 'kk' | 'ru';
  /** the language of each part (model) of a bilingual document, for hyphenation; else `lang` */
  partLangs?: ('kk' | 'ru')[];
  /** creation date written into the file: fixed by the data (or SOURCE_DATE_EPOCH), never the clock */
  created: Date;
  creator: string;
  /** PDF/A-2b for the archive: XMP metadata, an sRGB output intent, fonts embedded */
  pdfa?: boolean;
}

export interface PdfResult {
  bytes: Buffer;
  pages: number;
  /** the widest word space of a justified line, as a multiple of the font's space (1 = none stretched) */
  maxWordSpace?: number;
}

const MM = 72 / 25.4;
const A4: [number, number] = [595.28, 841.89];

interface Piece {
  text: string;
  bold: boolean;
}
/** A word: one or more pieces with no space between them. */
interface Token {
  pieces: Piece[];
  width: number;
  /** follows the previous token without a space (a break after "/" in a path) */
  joined?: boolean;
  /** a forced line break (<br>) */
  br?: boolean;
}
interface Line {
  tokens: Token[];
  width: number;
  /** the width the line could have taken */
  avail: number;
  indent: number;
  /** ended by a <br>: not justified */
  hard?: boolean;
}

/** The most pages one document may have: a real order or report has a few dozen at most. */
export const MAX_PAGES = 2000;
/** The longest the layout of one document may take (ms), on top of the template's own limit. */
export const LAYOUT_TIME_LIMIT_MS = 20_000;

export interface LayoutLimits {
  pages: number;
  ms: number;
}

/** A document past MAX_PAGES or LAYOUT_TIME_LIMIT_MS: no PDF, a clear message (exit 2). */
export class LayoutLimitError extends UsageError {
  constructor(kind: 'pages' | 'time', limit: number) {
    super(kind === 'pages' ? 'render-too-many-pages' : 'render-too-slow', { limit });
  }
}

addErrorMessages({
  'render-too-many-pages': {
    kk: 'Құжат {limit} беттен асады: үлгі не деректер шектен тыс көп мәтін береді; PDF жазылмады',
    ru: 'Документ длиннее {limit} страниц: шаблон или данные дают слишком много текста; PDF не записан',
    en: 'The document runs past {limit} pages: the template or the data gives far too much text; no PDF was written',
  },
  'render-too-slow': {
    kk: 'Құжатты беттеу {limit} секундтан асты; PDF жазылмады',
    ru: 'Вёрстка документа заняла больше {limit} секунд; PDF не записан',
    en: 'Laying out the document took more than {limit} seconds; no PDF was written',
  },
});

class Writer {
  readonly doc: PDFKit.PDFDocument;
  pageW = 0;
  pageH = 0;
  left = 0;
  right = 0;
  top = 0;
  bottom = 0;
  y = 0;
  pageCount = 0;
  /** the widest word space drawn in a justified line, in spaces */
  maxWordSpace = 1;
  /** the language of the part being laid out (hyphenation of words with no Kazakh letter) */
  partLang: 'kk' | 'ru' = 'kk';
  private curFont: 'R' | 'B' | null = null;
  private curSize = 0;
  /** page options of each page (for numbering) */
  readonly pages: PageOptions[] = [];
  private page!: PageOptions;
  /** the document's language (a chart with no figures says so in it) */
  readonly lang: 'kk' | 'ru';

  constructor(
    readonly theme: Theme,
    readonly fonts: Fonts,
    /** its `lang` hyphenates words with no Kazakh letter: a Kazakh document's «бойынша» is «бо-йын-ша» */
    readonly meta: PdfMeta,
  ) {
    this.lang = meta.lang;
    this.doc = new PDFDocument({
      autoFirstPage: false,
      bufferPages: true,
      size: 'A4',
      margin: 0,
      // A parsed font (never pdfkit's built-in Helvetica, which has no Cyrillic).
      font: fonts.regular.font as unknown as string,
      lang: meta.lang === 'kk' ? 'kk-KZ' : 'ru-KZ',
      pdfVersion: '1.7',
      // PDF/A-2b for the archive: pdfkit writes the XMP metadata (pdfaid part 2, conformance B)
      // and an sRGB output intent with its ICC profile; our fonts are always embedded.
      ...(meta.pdfa ? { subset: 'PDF/A-2b' as const } : {}),
      displayTitle: true,
      info: {
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject,
        Keywords: meta.keywords ?? '',
        Creator: meta.creator,
        Producer: meta.creator,
        CreationDate: meta.created,
        // PDF/A: every Info entry must match the XMP, and pdfkit's XMP has no xmp:ModifyDate
        ...(meta.pdfa ? {} : { ModDate: meta.created }),
      },
    });
    this.doc.registerFont('R', fonts.regular.font as unknown as string);
    this.doc.registerFont('B', fonts.bold.font as unknown as string);
    // pdfkit lays out every word through fontkit (GSUB/GPOS) and caches it per document; the
    // layout of a word never changes, so every document of the process shares one cache per font.
    for (const [name, f] of [['R', fonts.regular], ['B', fonts.bold]] as const) {
      this.doc.font(name);
      const embedded = (this.doc as unknown as { _font: { layoutCache?: Record<string, unknown> } })._font;
      if (embedded.layoutCache) embedded.layoutCache = sharedLayoutCache(f);
    }
    this.doc.font('R');
  }

  get width(): number {
    return this.right - this.left;
  }

  checkTime(): void {
    if (Date.now() - this.started > this.limits.ms) throw new LayoutLimitError('time', Math.round(this.limits.ms / 1000));
  }

  font(bold: boolean): LoadedFont {
    return bold ? this.fonts.bold : this.fonts.regular;
  }

  lh(size: number): number {
    return lineHeightOf(this.fonts.regular, size) * this.theme.lineSpacing;
  }

  startPart(page: PageOptions): void {
    this.page = page;
    this.newPage();
  }

  /** When the layout started (ms): the whole document's time is bounded, not only Liquid's. */
  readonly started = Date.now();
  limits: LayoutLimits = { pages: MAX_PAGES, ms: LAYOUT_TIME_LIMIT_MS };

  newPage(): void {
    if (this.pageCount >= this.limits.pages) throw new LayoutLimitError('pages', this.limits.pages);
    this.checkTime();
    const landscape = this.page.orientation === 'landscape';
    this.doc.addPage({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: 0 });
    this.curFont = null;
    [this.pageW, this.pageH] = landscape ? [A4[1], A4[0]] : A4;
    const m = this.theme.margins;
    this.left = m.left * MM;
    this.right = this.pageW - m.right * MM;
    this.top = m.top * MM;
    this.bottom = this.pageH - m.bottom * MM;
    this.y = this.top;
    this.pageCount++;
    this.pages.push(this.page);
  }

  /** Starts a new page unless `h` fits below the cursor (or we are at the top already). */
  ensure(h: number): void {
    if (this.y + h > this.bottom + 0.01 && this.y > this.top + 0.01) this.newPage();
  }

  setFont(bold: boolean, size: number): void {
    const f = bold ? 'B' : 'R';
    if (f !== this.curFont) {
      this.doc.font(f);
      this.curFont = f;
    }
    if (size !== this.curSize) {
      this.doc.fontSize(size);
      this.curSize = size;
    }
  }

  // ---- text ----

  tokens(inline: Inline, size: number): Token[] {
    const out: Token[] = [];
    let cur: Token | null = null;
    for (const run of inline) {
      if (run.text.includes(BR)) {
        run.text.split(BR).forEach((chunk, k) => {
          if (k > 0) {
            out.push({ pieces: [], width: 0, br: true });
            cur = null;
          }
          if (chunk) out.push(...this.tokens([{ text: chunk, bold: run.bold }], size));
          cur = null;
        });
        continue;
      }
      const parts = run.text.split(' ');
      parts.forEach((word, i) => {
        if (i > 0) cur = null; // a space ends the token
        if (!word) return;
        // A long path or address may break after "/" (no space is added there).
        const segs = word.length > 12 && word.includes('/') ? word.split(/(?<=\/)(?=.)/) : [word];
        segs.forEach((part, j) => {
        const w = widthOf(this.font(run.bold), part, size);
        if (j > 0) {
          cur = { pieces: [], width: 0, joined: true };
          out.push(cur);
        }
        if (!cur) {
          cur = { pieces: [], width: 0 };
          out.push(cur);
        }
        const last: Piece | undefined = cur.pieces[cur.pieces.length - 1];
        if (last && last.bold === run.bold) last.text += part;
        else cur.pieces.push({ text: part, bold: run.bold });
        cur.width += w;
        });
      });
    }
    return this.glue(out, size);
  }

  /**
   * Words that must stay on one line with the next: «№ 15-н», «А.С. Бекова», «2026 ж.».
   * They become one token with a space inside.
   */
  private glue(toks: Token[], size: number): Token[] {
    const out: Token[] = [];
    const space = widthOf(this.fonts.regular, ' ', size);
    for (const t of toks) {
      const prev = out[out.length - 1];
      if (prev && !prev.br && !t.br && !t.joined && sticks(tokenText(prev), tokenText(t))) {
        const pieces = prev.pieces.map((p) => ({ ...p }));
        pieces[pieces.length - 1].text += ' ';
        for (const p of t.pieces) {
          const last = pieces[pieces.length - 1];
          if (last.bold === p.bold) last.text += p.text;
          else pieces.push({ ...p });
        }
        out[out.length - 1] = { pieces, width: prev.width + space + t.width, joined: prev.joined };
      } else out.push(t);
    }
    return out;
  }

  /** Breaks into lines at spaces only; a word longer than a line is cut between letters. */
  wrap(inline: Inline, width: number, size: number, firstIndent = 0, prefix?: Piece, hyphens = true): Line[] {
    const toks = this.tokens(inline, size);
    if (prefix) toks.unshift({ pieces: [prefix], width: widthOf(this.font(prefix.bold), prefix.text, size) });
    const space = widthOf(this.fonts.regular, ' ', size);
    const lines: Line[] = [];
    let line: Line = { tokens: [], width: 0, avail: width - firstIndent, indent: firstIndent };
    const flush = () => {
      lines.push(line);
      line = { tokens: [], width: 0, avail: width, indent: 0 };
    };
    for (let t of toks) {
      if (t.br) {
        line.hard = true;
        flush();
        continue;
      }
      for (;;) {
        const add = (line.tokens.length && !t.joined ? space : 0) + t.width;
        if (line.width + add <= line.avail + 0.01) {
          line.tokens.push(t);
          line.width += add;
          break;
        }
        if (line.tokens.length) {
          // A line that would be left loose (wide gaps when justified, a ragged narrow cell)
          // takes the first part of the word, hyphenated.
          const room = line.avail - line.width - (t.joined ? 0 : space);
          // (never a name: a capitalised word moves whole unless it cannot fit a line at all)
          const capital = /^[«"(]?\p{Lu}/u.test(tokenText(t));
          const split = hyphens && !capital && room > Math.max(3 * space, 0.15 * line.avail) ? this.hyphenate(t, room, size) : null;
          if (split) {
            line.tokens.push(split[0]);
            line.width += (t.joined ? 0 : space) + split[0].width;
            flush();
            t = split[1];
            continue;
          }
          flush();
          continue;
        }
        // A single word wider than the line: at a hyphenation point if one fits (a word of a
        // sane length), else cut into line-wide pieces (see below).
        const hy = tokenText(t).length <= 64 ? this.hyphenate(t, line.avail, size) : null;
        if (hy) {
          line.tokens.push(hy[0]);
          line.width = hy[0].width;
          flush();
          t = hy[1];
          continue;
        }
        // A single word wider than the line: cut it into line-wide pieces, in one pass over
        // its letters (cutting the head off again and again was quadratic: a 100,000-letter
        // word took 212 s). The last piece goes on like any word.
        const parts = this.cutAll(t, line.avail, width, size);
        for (let k = 0; k < parts.length - 1; k++) {
          line.tokens.push(parts[k]);
          line.width = parts[k].width;
          flush();
        }
        t = parts[parts.length - 1];
        this.checkTime();
      }
    }
    if (line.tokens.length || lines.length === 0) lines.push(line);
    return lines;
  }

  /**
   * Justified text: the breaks of the whole paragraph chosen together (Knuth–Plass, linebreak.ts),
   * so that no line is left with wide gaps to fill the one before. A paragraph with a word wider
   * than a line is broken the greedy way (wrap), which cuts such a word.
   */
  wrapJustified(inline: Inline, width: number, size: number, firstIndent = 0, prefix?: Piece): Line[] {
    const toks = this.tokens(inline, size);
    if (prefix) toks.unshift({ pieces: [prefix], width: widthOf(this.font(prefix.bold), prefix.text, size) });
    if (toks.some((t) => t.width > width - firstIndent)) return this.wrap(inline, width, size, firstIndent, prefix);
    const lines: Line[] = [];
    let seg: Token[] = [];
    let first = true;
    const flush = (hard: boolean): boolean => {
      const ls = this.breakOptimally(seg, width, size, first ? firstIndent : 0);
      if (!ls) return false;
      if (hard) ls[ls.length - 1].hard = true;
      lines.push(...ls);
      first = false;
      seg = [];
      return true;
    };
    for (const t of toks) {
      if (!t.br) seg.push(t);
      else if (!flush(true)) return this.wrap(inline, width, size, firstIndent, prefix);
    }
    if (!flush(false)) return this.wrap(inline, width, size, firstIndent, prefix);
    return lines;
  }

  /** One run of tokens (no <br>) broken into lines by optimalBreaks; null when it finds none. */
  private breakOptimally(toks: Token[], width: number, size: number, indent: number): Line[] | null {
    const space = widthOf(this.fonts.regular, ' ', size);
    const hyphen = widthOf(this.fonts.regular, '-', size);
    // A space stretches by one space and shrinks by a fifth (TeX: a half and a third): a line
    // with its spaces doubled costs about what one hyphen does, so words are hyphenated only
    // where the spacing would otherwise be really loose.
    const stretch = space;
    const shrink = space / 5;
    const items: Item[] = [];
    /** for each item: the token and the part of it (boxes), the token a hyphen breaks (penalties) */
    const where: { tok: number; frag: number }[] = [];
    const frags = toks.map((t) => this.fragments(t));
    toks.forEach((t, i) => {
      if (i > 0) {
        items.push(t.joined ? { type: 'penalty', width: 0, penalty: 0, flagged: false } : { type: 'glue', width: space, stretch, shrink });
        where.push({ tok: i, frag: -1 });
      }
      const f = frags[i];
      const inner = t.pieces.reduce((a, p) => a + (p.text.match(/ /g)?.length ?? 0), 0);
      if (!f) {
        items.push({ type: 'box', width: t.width, stretch: inner * stretch, shrink: inner * shrink });
        where.push({ tok: i, frag: 0 });
        return;
      }
      const font = this.font(t.pieces[0].bold);
      f.forEach((part, k) => {
        if (k > 0) {
          items.push({ type: 'penalty', width: f[k - 1].endsWith('-') ? 0 : hyphen, penalty: DEFAULT_BREAK_PARAMS.hyphenPenalty, flagged: true });
          where.push({ tok: i, frag: k - 1 });
        }
        items.push({ type: 'box', width: widthOf(font, part, size) });
        where.push({ tok: i, frag: k });
      });
    });
    items.push({ type: 'glue', width: 0, stretch: 1e6, shrink: 0 }, { type: 'penalty', width: 0, penalty: -INFINITE_PENALTY, flagged: false });
    where.push({ tok: -1, frag: -1 }, { tok: -1, frag: -1 });
    const breaks = optimalBreaks(items, (k) => (k === 0 ? width - indent : width));
    if (!breaks) return null;
    const lines: Line[] = [];
    let from = 0;
    breaks.forEach((b, lineNo) => {
      // the boxes of this line, grouped by token
      const groups: { tok: number; first: number; last: number }[] = [];
      for (let j = from; j < b; j++) {
        if (items[j].type !== 'box') continue;
        const { tok, frag } = where[j];
        const g = groups[groups.length - 1];
        if (g && g.tok === tok) g.last = frag;
        else groups.push({ tok, first: frag, last: frag });
      }
      const hyphenated = items[b].type === 'penalty' && (items[b] as { flagged: boolean }).flagged;
      const tokens = groups.map((g, gi): Token => {
        const t = toks[g.tok];
        const f = frags[g.tok];
        if (!f || (g.first === 0 && g.last === f.length - 1)) return gi === 0 ? { ...t, joined: false } : t;
        let text = f.slice(g.first, g.last + 1).join('');
        if (hyphenated && gi === groups.length - 1 && !text.endsWith('-')) text += '-';
        const bold = t.pieces[0].bold;
        return { pieces: [{ text, bold }], width: widthOf(this.font(bold), text, size), joined: gi > 0 && g.first === 0 ? t.joined : false };
      });
      let w = 0;
      tokens.forEach((t, k) => (w += (k > 0 && !t.joined ? space : 0) + t.width));
      lines.push({ tokens, width: w, avail: lineNo === 0 ? width - indent : width, indent: lineNo === 0 ? indent : 0 });
      from = b + 1;
    });
    return lines.length ? lines : [{ tokens: [], width: 0, avail: width - indent, indent }];
  }

  /** A plain lower-case word's parts between its hyphenation points (null: not to be hyphenated; never a name). */
  private fragments(t: Token): string[] | null {
    if (t.pieces.length !== 1 || t.br) return null;
    const text = t.pieces[0].text;
    if (text.length < 5 || text.includes(' ') || /^[«"(]?\p{Lu}/u.test(text)) return null;
    // never after the hyphen of «1.6-тармағына», «7-сынып»: a number stays with its word
    // nor a part shorter than two letters before the hyphen or three after it («тарма-ғы)»)
    const letters = (x: string) => x.replace(/[^\p{L}]/gu, '').length;
    const points = breakPoints(text, this.partLang).filter((i) => !(text[i - 1] === '-' && /\d/.test(text[i - 2] ?? '')) && letters(text.slice(0, i)) >= 2 && letters(text.slice(i)) >= 3);
    if (!points.length) return null;
    const out: string[] = [];
    let last = 0;
    for (const i of points) {
      out.push(text.slice(last, i));
      last = i;
    }
    out.push(text.slice(last));
    return out;
  }

  /**
   * The word split at its last hyphenation point whose first part and a hyphen fit in `room`
   * (after a hyphen it has, no second one is added); null when none fits or the token is not one
   * plain word (glued words, mixed weights).
   */
  private hyphenate(t: Token, room: number, size: number): [Token, Token] | null {
    if (t.pieces.length !== 1 || t.br) return null;
    const { text, bold } = t.pieces[0];
    if (text.length < 5 || text.includes(' ')) return null;
    const font = this.font(bold);
    const points = breakPoints(text, this.partLang);
    for (let k = points.length - 1; k >= 0; k--) {
      const i = points[k];
      const head = text[i - 1] === '-' ? text.slice(0, i) : `${text.slice(0, i)}-`;
      const w = widthOf(font, head, size);
      if (w <= room + 0.01) {
        const tail = text.slice(i);
        return [
          { pieces: [{ text: head, bold }], width: w },
          { pieces: [{ text: tail, bold }], width: widthOf(font, tail, size) },
        ];
      }
    }
    return null;
  }

  /** `t` cut between letters into pieces no wider than `firstAvail`, then `avail` (linear in its length). */
  private cutAll(t: Token, firstAvail: number, avail: number, size: number): Token[] {
    const chars: Piece[] = [];
    for (const p of t.pieces) for (const c of p.text) chars.push({ text: c, bold: p.bold });
    const widths = chars.map((c) => widthOf(this.font(c.bold), c.text, size));
    const mk = (from: number, to: number): Token => {
      const pieces: Piece[] = [];
      let width = 0;
      for (let k = from; k < to; k++) {
        const c = chars[k];
        const last = pieces[pieces.length - 1];
        if (last && last.bold === c.bold) last.text += c.text;
        else pieces.push({ ...c });
        width += widths[k];
      }
      return { pieces, width };
    };
    const out: Token[] = [];
    let start = 0;
    let cap = firstAvail;
    while (start < chars.length) {
      let w = 0;
      let n = start;
      for (; n < chars.length; n++) {
        if (w + widths[n] > cap && n > start) break;
        w += widths[n];
      }
      // Rather after a hyphen or a slash than inside a word (looking back within this piece only).
      for (let k = n - 1; k > start && n < chars.length; k--) {
        if (chars[k].text === '-' || chars[k].text === '/') {
          n = k + 1;
          break;
        }
      }
      out.push(mk(start, n));
      start = n;
      cap = avail;
    }
    return out.length ? out : [t];
  }

  /** Draws one line at the cursor's y, inside [x, x + width]. */
  drawLine(line: Line, x: number, width: number, align: Align, size: number, last: boolean, y = this.y): void {
    const space = widthOf(this.fonts.regular, ' ', size);
    let gaps = 0;
    line.tokens.forEach((t, i) => {
      if (i > 0 && !t.joined) gaps++;
      for (const p of t.pieces) for (const c of p.text) if (c === ' ') gaps++;
    });
    let extra = 0;
    let start = x + line.indent;
    const free = width - line.indent - line.width;
    if (align === 'justify' && !last && gaps > 0 && free > 0) extra = free / gaps;
    else if (free < -0.01 && gaps > 0) extra = free / gaps; // a line set tight (its spaces shrink)
    if (align === 'justify' && !last && gaps > 0) this.maxWordSpace = Math.max(this.maxWordSpace, (space + extra) / space);
    else if (align === 'center') start = x + line.indent + free / 2;
    else if (align === 'right') start = x + line.indent + free;
    // Consecutive pieces in one weight become one text run (spaces kept as real characters).
    let cx = start;
    let seg: { text: string; bold: boolean } | null = null;
    const flushSeg = () => {
      if (!seg) return;
      let spaces = 0;
      for (const c of seg.text) if (c === ' ') spaces++;
      this.setFont(seg.bold, size);
      this.doc.text(seg.text, cx, y, { lineBreak: false, wordSpacing: spaces && extra ? extra : 0 });
      cx += widthOf(this.font(seg.bold), seg.text, size) + spaces * extra;
      seg = null;
    };
    line.tokens.forEach((tok, ti) => {
      tok.pieces.forEach((p, pi) => {
        const spaceBefore = ti > 0 && pi === 0 && !tok.joined;
        if (seg && seg.bold === p.bold) {
          if (spaceBefore) seg.text += ' ';
          seg.text += p.text;
        } else {
          flushSeg();
          if (spaceBefore) cx += space + extra;
          seg = { text: p.text, bold: p.bold };
        }
      });
    });
    flushSeg();
  }

  /** A paragraph at the cursor, breaking pages between lines. */
  /**
   * A centred title's lines, balanced: as many lines as it needs at `width`, each as long as the
   * others (the narrowest width that gives that many lines), never hyphenated — no «туралы» left
   * alone on the last line.
   */
  balancedLines(inline: Inline, width: number, size: number): Line[] {
    const full = this.wrap(inline, width, size, 0, undefined, false);
    if (full.length < 2) return full;
    let lo = width * 0.3;
    let hi = width;
    for (let k = 0; k < 14; k++) {
      const mid = (lo + hi) / 2;
      if (this.wrap(inline, mid, size, 0, undefined, false).length <= full.length) hi = mid;
      else lo = mid;
    }
    return this.wrap(inline, hi, size, 0, undefined, false);
  }

  paragraph(inline: Inline, opts: { x?: number; width?: number; align: Align; size: number; indent?: number; prefix?: Piece; after?: number; keepWithNext?: number; balanced?: boolean }): void {
    const x = opts.x ?? this.left;
    const width = opts.width ?? this.width;
    const lh = this.lh(opts.size);
    const lines = opts.balanced && opts.align === 'center' ? this.balancedLines(inline, width, opts.size) : opts.align === 'justify' ? this.wrapJustified(inline, width, opts.size, opts.indent ?? 0, opts.prefix) : this.wrap(inline, width, opts.size, opts.indent ?? 0, opts.prefix);
    const n = lines.length;
    lines.forEach((l, i) => {
      // No first line alone at a page's foot, no last line alone at the top of the next; the
      // last two lines go with what must follow them (a signature): `keepWithNext` points.
      const keep = opts.keepWithNext ?? 0;
      if (i === 0) this.ensure(n <= 3 ? n * lh + keep : 2 * lh);
      else if (n >= 4 && i === n - 2) this.ensure(2 * lh + keep);
      this.ensure(lh);
      this.drawLine(l, x, width, opts.align, opts.size, i === lines.length - 1 || !!l.hard);
      this.y += lh;
    });
    this.y += opts.after ?? 0;
  }

  /** Height of a wrapped text (for keeping rows and blocks together). */
  heightOf(inline: Inline, width: number, size: number, indent = 0): number {
    return this.wrap(inline, width, size, indent).length * this.lh(size);
  }

  hline(y: number, width = 0.5, x1 = this.left, x2 = this.right): void {
    this.doc.save().lineWidth(width).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  // ---- blocks ----

  /** The height a signature block (and the start of an acquaintance list after it) needs: kept with the lines before it. */
  private signatureHeight(b: Extract<Block, { kind: 'signature' }>, size: number): number {
    const lh = this.lh(size);
    return lh * 1.5 + b.rows.reduce((a, [l, r]) => a + Math.max(this.heightOf(l, this.width * 0.6, size), this.heightOf(r, this.width * 0.4, size)), 0);
  }

  block(b: Block, size: number, tableSize: number, next?: Block, afterNext?: Block): void {
    const small = this.theme.smallSize;
    const lh = this.lh(size);
    const acquaintanceStart = lh + this.lh(small) * (1.5 + 1.9);
    const keep = next?.kind === 'signature' ? this.signatureHeight(next, size) + (afterNext?.kind === 'acquaintance' ? acquaintanceStart : 0) : 0;
    switch (b.kind) {
      case 'header': {
        const s = b.size ?? small;
        const gap = 24;
        const colW = (this.width - gap) / 2;
        for (const [l, r] of b.rows) this.columns([bolden(l), bolden(r)], [colW, colW], gap, ['center', 'center'], s);
        if (b.rule) {
          this.y += 4;
          this.hline(this.y, 1.5);
          this.hline(this.y + 2.5, 0.5);
          this.y += 2.5 + lh * 0.6;
        } else this.y += lh * 0.3;
        break;
      }
      case 'split': {
        const s = b.size ?? size;
        const colW = this.width / 2;
        for (const [l, r] of b.rows) this.columns([b.bold ? bolden(l) : l, b.bold ? bolden(r) : r], [colW, colW], 0, ['left', 'right'], s);
        break;
      }
      case 'lines': {
        const s = b.size ?? size;
        for (const l of b.lines) this.paragraph(b.bold ? bolden(l) : l, { align: b.align, size: s });
        break;
      }
      case 'title': {
        const width = (this.width * b.width) / 100;
        this.y += lh * 0.5;
        const h = b.lines.reduce((a, l) => a + this.heightOf(bolden(l), width, size), 0);
        this.ensure(h + lh * 2);
        for (const l of b.lines) this.paragraph(bolden(l), { width, align: b.align, size, balanced: true });
        this.y += lh * 0.5;
        break;
      }
      case 'heading': {
        this.y += lh * 0.4;
        const h = b.lines.reduce((a, l) => a + this.heightOf(bolden(l), this.width, size), 0);
        this.ensure(h + lh * 2); // never alone at the foot of a page
        for (const l of b.lines) this.paragraph(bolden(l), { align: b.align, size });
        this.y += lh * 0.15;
        break;
      }
      case 'text': {
        const s = b.size ?? size;
        const indent = b.indent ? this.theme.indent * MM : 0;
        b.paragraphs.forEach((p, i) => this.paragraph(p, { align: b.align, size: s, indent, after: this.theme.paragraphSpacing, keepWithNext: i === b.paragraphs.length - 1 ? keep : 0 }));
        break;
      }
      case 'points': {
        const indent = this.theme.indent * MM;
        b.items.forEach((it, i) => {
          this.paragraph(it.text, { align: 'justify', size, indent, prefix: { text: it.number, bold: false }, after: this.theme.paragraphSpacing, keepWithNext: i === b.items.length - 1 ? keep : 0 });
        });
        break;
      }
      case 'list': {
        const indent = this.theme.indent * MM;
        for (const it of b.items) this.paragraph(it, { align: 'justify', size, indent, prefix: { text: '–', bold: false } });
        break;
      }
      case 'table':
        this.y += lh * 0.2;
        this.table(b, b.size ?? tableSize);
        this.y += lh * 0.4;
        break;
      case 'signature': {
        this.y += lh * 1.5;
        const leftW = this.width * 0.6;
        const rowsH = b.rows.reduce((a, [l]) => a + this.heightOf(l, leftW, size), 0);
        // the acquaintance list that follows starts on the signature's page (its caption and first name)
        this.ensure(rowsH + (next?.kind === 'acquaintance' ? acquaintanceStart : 0));
        for (const [l, r] of b.rows) {
          const ll = this.wrap(l, leftW, size);
          const rl = this.wrap(r, this.width - leftW, size);
          const n = Math.max(ll.length, rl.length);
          this.ensure(n * lh);
          ll.forEach((line, i) => this.drawLine(line, this.left, leftW, 'left', size, true, this.y + i * lh));
          // the name sits on the last line of the position
          rl.forEach((line, i) => this.drawLine(line, this.left + leftW, this.width - leftW, 'right', size, true, this.y + (n - rl.length + i) * lh));
          this.y += n * lh;
        }
        break;
      }
      case 'acquaintance': {
        const s = small;
        const slh = this.lh(s);
        const rowH = slh * 1.9;
        this.y += lh;
        this.ensure((b.caption.length ? slh * 1.5 : 0) + rowH * Math.min(2, Math.max(1, b.people.length)));
        if (b.caption.length) this.paragraph(b.caption, { align: 'left', size: s, after: slh * 0.5 });
        const nameW = this.width * 0.42;
        const signW = this.width * 0.25;
        const dateW = this.width - nameW - signW;
        b.people.forEach((p, i) => {
          // never the last name alone on a page of its own
          this.ensure(i === b.people.length - 2 ? 2 * rowH : rowH);
          const y = this.y + slh * 0.6;
          const nl = this.wrap(p, nameW - 6, s);
          nl.forEach((line, i) => this.drawLine(line, this.left, nameW - 6, 'left', s, true, y - (nl.length - 1 - i) * slh));
          const lineY = y + slh * 0.95;
          this.hline(lineY, 0.5, this.left + nameW, this.left + nameW + signW - 12);
          const dl = this.wrap([{ text: b.dateLabel, bold: false }], dateW, s);
          this.drawLine(dl[0], this.left + nameW + signW, dateW, 'right', s, true, y);
          this.y += rowH;
        });
        break;
      }
      case 'approval': {
        const w = this.width * 0.45;
        const x = this.right - w;
        const h = b.lines.reduce((a, l) => a + this.heightOf(l, w, size), 0);
        this.ensure(h);
        for (const l of b.lines) this.paragraph(l, { x, width: w, align: 'left', size });
        this.y += lh * 0.5;
        break;
      }
      case 'space':
        this.y += b.lines * lh;
        if (this.y > this.bottom) this.newPage();
        break;
      case 'rule':
        this.ensure(lh * 0.5);
        this.hline(this.y + lh * 0.25);
        this.y += lh * 0.5;
        break;
      case 'pagebreak':
        this.newPage();
        break;
      case 'chart':
        drawChart(this, b, size, tableSize, this.lang);
        break;
    }
  }

  /** A row of side-by-side text columns (header, date line). */
  columns(cells: Inline[], widths: number[], gap: number, aligns: Align[], size: number): void {
    const lh = this.lh(size);
    const wrapped = cells.map((c, i) => this.wrap(c, widths[i], size));
    const n = Math.max(...wrapped.map((w) => w.length));
    this.ensure(n * lh);
    let x = this.left;
    wrapped.forEach((lines, i) => {
      lines.forEach((l, j) => this.drawLine(l, x, widths[i], aligns[i], size, true, this.y + j * lh));
      x += widths[i] + gap;
    });
    this.y += n * lh;
  }

  table(b: Extract<Block, { kind: 'table' }>, size: number): void {
    const lh = this.lh(size);
    const padX = 3;
    const padY = 2;
    const widths = b.widths.map((w) => w * this.width);
    const inner = widths.map((w) => Math.max(4, w - 2 * padX));
    const headerLines = b.header.map((c, i) => this.wrap(bolden(c), inner[i], size));
    const headerH = Math.max(...headerLines.map((l) => l.length)) * lh + 2 * padY;

    const drawRow = (cells: Line[][], aligns: Align[], y: number, h: number) => {
      let x = this.left;
      cells.forEach((lines, i) => {
        lines.forEach((l, j) => this.drawLine(l, x + padX, inner[i], aligns[i], size, true, y + padY + j * lh));
        x += widths[i];
      });
      // borders
      this.doc.save().lineWidth(0.5);
      this.doc.rect(this.left, y, this.width, h).stroke();
      let vx = this.left;
      for (let i = 0; i < widths.length - 1; i++) {
        vx += widths[i];
        this.doc.moveTo(vx, y).lineTo(vx, y + h).stroke();
      }
      this.doc.restore();
    };
    const header = () => {
      drawRow(headerLines, b.header.map(() => 'center' as Align), this.y, headerH);
      this.y += headerH;
    };

    // The header never stands alone at the bottom of a page.
    const first = b.rows[0];
    const firstH = first ? this.rowHeight(first, inner, size, lh, padY) : 0;
    this.ensure(headerH + Math.min(firstH, lh * 3 + 2 * padY));
    header();

    b.rows.forEach((row, ri) => {
      if ('group' in row) {
        const lines = this.wrap(bolden(row.group), this.width - 2 * padX, size);
        const h = lines.length * lh + 2 * padY;
        // A group's heading row stays with (the start of) its first row.
        const next = b.rows[ri + 1];
        const nextFull = next ? this.rowHeight(next, inner, size, lh, padY) : 0;
        const nextH = nextFull <= (this.bottom - this.top) / 2 ? nextFull : lh * 3 + 2 * padY;
        if (this.y + h + nextH > this.bottom) {
          this.newPage();
          header();
        }
        lines.forEach((l, j) => this.drawLine(l, this.left + padX, this.width - 2 * padX, 'left', size, true, this.y + padY + j * lh));
        this.doc.save().lineWidth(0.5).rect(this.left, this.y, this.width, h).stroke().restore();
        this.y += h;
        return;
      }
      let cells = row.cells.map((c, i) => this.wrap(c, inner[i], size));
      for (;;) {
        const n = Math.max(1, ...cells.map((l) => l.length));
        const h = n * lh + 2 * padY;
        if (this.y + h <= this.bottom + 0.01) {
          drawRow(cells, b.aligns, this.y, h);
          this.y += h;
          break;
        }
        // Does not fit: a fresh page (with the header again), or split a row taller than a page.
        const room = Math.floor((this.bottom - this.y - 2 * padY) / lh);
        const pageRoom = Math.floor((this.bottom - this.top - headerH - 2 * padY) / lh);
        if (n > pageRoom && room >= 2) {
          const part = cells.map((l) => l.slice(0, room));
          drawRow(part, b.aligns, this.y, room * lh + 2 * padY);
          cells = cells.map((l) => l.slice(room));
        }
        this.newPage();
        header();
      }
    });
  }

  private rowHeight(row: { cells: Inline[] } | { group: Inline }, inner: number[], size: number, lh: number, padY: number): number {
    if ('group' in row) return lh + 2 * padY;
    return Math.max(1, ...row.cells.map((c, i) => this.wrap(c, inner[i], size).length)) * lh + 2 * padY;
  }

  pageNumbers(): void {
    const range = this.doc.bufferedPageRange();
    const s = this.theme.smallSize;
    for (let i = 0; i < range.count; i++) {
      const page = this.pages[i];
      if (page.numbers === 'none' || i + 1 < page.numbersFrom) continue;
      this.doc.switchToPage(range.start + i);
      this.curFont = null;
      const landscape = page.orientation === 'landscape';
      const [w, h] = landscape ? [A4[1], A4[0]] : A4;
      const m = this.theme.margins;
      const text = String(i + 1);
      this.setFont(false, s);
      const tw = widthOf(this.fonts.regular, text, s);
      const lh = this.lh(s);
      const y = page.numbers === 'top' ? (m.top * MM - lh) / 2 : h - (m.bottom * MM + lh) / 2;
      const left = m.left * MM;
      const right = w - m.right * MM;
      const x = page.numbers === 'bottom-right' ? right - tw : left + (right - left - tw) / 2;
      this.doc.text(text, x, y, { lineBreak: false });
    }
  }
}

const layoutCaches = new WeakMap<LoadedFont, { cache: Record<string, unknown>; size: number }>();

function sharedLayoutCache(f: LoadedFont): Record<string, unknown> {
  let c = layoutCaches.get(f);
  if (!c || c.size++ > 5_000) {
    // A fresh cache now and then: one batch's words, not every word ever seen.
    c = { cache: Object.create(null) as Record<string, unknown>, size: 0 };
    layoutCaches.set(f, c);
  }
  return c.cache;
}

function tokenText(t: Token): string {
  let s = '';
  for (const p of t.pieces) s += p.text;
  return s;
}

function bolden(i: Inline): Inline {
  return i.map((r) => ({ text: r.text, bold: true }));
}

/** Draws one or more models (e.g. the Kazakh and the Russian text of one order) into one PDF. */
/**
 * Every character the document would draw must be in its font: an emoji, a CJK character, a
 * control character (BEL) or a lone surrogate would be drawn as a blank (the words silently
 * lost) or, for a control character, push the text past the margin. Refused before drawing,
 * naming each character (code point) and the text and template line it is in.
 */
export function unprintable(models: DocumentModel[], fonts: Fonts): { char: string; code: string; context: string; line: number }[] {
  const verdict = new Map<string, boolean>();
  const found = new Map<string, { char: string; code: string; context: string; line: number }>();
  const visit = (v: unknown, line: number): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x, line);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const here = typeof o.line === 'number' ? o.line : line;
    if (typeof o.text === 'string' && typeof o.bold === 'boolean') {
      const font = o.bold ? fonts.bold : fonts.regular;
      let i = 0;
      for (const ch of o.text) {
        const key = (o.bold ? 'B' : 'R') + ch;
        let ok = verdict.get(key);
        if (ok === undefined) {
          const cp = ch.codePointAt(0)!;
          ok = ch === BR || ch === ' ' || (cp >= 0x20 && !(cp >= 0x7f && cp <= 0x9f) && !(cp >= 0xd800 && cp <= 0xdfff) && font.font.hasGlyphForCodePoint(cp));
          verdict.set(key, ok);
        }
        if (!ok && !found.has(ch) && found.size < 20) {
          const cp = ch.codePointAt(0)!;
          const context = o.text.slice(Math.max(0, i - 20), i + ch.length + 20).replace(/[\u0000-\u001f\u007f-\u009f\u2028]/g, '·');
          found.set(ch, { char: ch, code: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, context, line: here });
        }
        i += ch.length;
      }
      return;
    }
    for (const k of Object.keys(o)) if (k !== 'text' || typeof o.text !== 'string') visit(o[k], here);
  };
  for (const m of models) visit(m.blocks, 0);
  return [...found.values()];
}

export class UnprintableError extends RefusedError {}

addErrorMessages({
  'render-unprintable': {
    kk: 'Құжаттың қарпінде жоқ таңбалар ({count}): {chars}. Олар бос орын болып шығар еді; деректерден түзетіңіз не барлық таңбасы бар қаріп таңдаңыз (render.font). PDF жазылмады',
    ru: 'В шрифте документа нет символов ({count}): {chars}. Они вышли бы пустым местом; исправьте данные или выберите шрифт с этими символами (render.font). PDF не записан',
    en: 'The document\'s font has no glyph for {count} character(s): {chars}. They would print as blank space; fix the data or choose a font that has them (render.font). No PDF was written',
  },
});

export async function drawPdf(models: DocumentModel[], theme: Theme, fonts: Fonts, meta: PdfMeta, limits?: Partial<LayoutLimits>): Promise<PdfResult> {
  const bad = unprintable(models, fonts);
  if (bad.length) {
    const chars = bad.map((b) => `${b.code} «${/[\u0000-\u001f\u007f-\u009f\ud800-\udfff]/.test(b.char) ? '' : b.char}» in “…${b.context}…” (template line ${b.line})`);
    throw new UnprintableError('render-unprintable', { count: bad.length, chars });
  }
  beforeDocument(fonts.regular);
  beforeDocument(fonts.bold);
  const w = new Writer(theme, fonts, meta);
  w.limits = { pages: limits?.pages ?? MAX_PAGES, ms: limits?.ms ?? LAYOUT_TIME_LIMIT_MS };
  models.forEach((m, part) => {
    w.partLang = meta.partLangs?.[part] ?? meta.lang;
    const size = m.page.size ?? theme.size;
    const tableSize = m.page.tableSize ?? theme.tableSize;
    w.startPart(m.page);
    m.blocks.forEach((b, i) => {
      w.block(b, size, tableSize, m.blocks[i + 1], m.blocks[i + 2]);
      w.checkTime();
    });
  });
  w.pageNumbers();
  const pages = w.pageCount;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    w.doc.on('data', (c: Buffer) => chunks.push(c));
    w.doc.on('end', () => resolve({ bytes: Buffer.concat(chunks), pages, maxWordSpace: w.maxWordSpace }));
    w.doc.on('error', reject);
    w.doc.end();
  });
}
