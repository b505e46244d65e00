/**
 * The block markup of templates (templates/README.md explains it to secretaries): after Liquid
 * has filled the placeholders, each line that starts with `::` opens a block of the layout —
 * `::header`, `::title`, `::text`, `::points`, `::table`, `::signature`, `::acquaintance`… —
 * and the lines below it are its content. This file turns that text into the layout model
 * (a list of typed blocks) that pdf.ts draws and that tests can inspect.
 *
 * Values placed by Liquid arrive wrapped in two private-use characters (VALUE_OPEN …
 * VALUE_CLOSE): whatever the data says — `|`, `**`, `::`, a line break — it stays text and can
 * never change the layout.
 */
import { suggest } from '../core/suggest.js';
import { CHART_OPTIONS, parseChart, type ChartBlock } from './chart.js';

export const VALUE_OPEN = '\uE000';
export const VALUE_CLOSE = '\uE001';
/** Marks the template line of a block directive: `::table … \uE002 17 \uE003`. */
const LINE_OPEN = '\uE002';
const LINE_CLOSE = '\uE003';
const PRIVATE = /[\uE000-\uE003]/g;

/** A run of text in one weight. */
export interface Run {
  text: string;
  bold: boolean;
}
export type Inline = Run[];

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface PageOptions {
  orientation: 'portrait' | 'landscape';
  numbers: 'top' | 'bottom' | 'bottom-right' | 'none';
  numbersFrom: number;
  size?: number;
  tableSize?: number;
}

export type Block =
  | { kind: 'header'; line: number; rows: [Inline, Inline][]; rule: boolean; size?: number }
  | { kind: 'lines'; line: number; align: Align; bold: boolean; size?: number; lines: Inline[] }
  | { kind: 'split'; line: number; rows: [Inline, Inline][]; bold: boolean; size?: number }
  | { kind: 'title'; line: number; align: Align; width: number; lines: Inline[] }
  | { kind: 'heading'; line: number; align: Align; lines: Inline[] }
  | { kind: 'text'; line: number; align: Align; indent: boolean; size?: number; paragraphs: Inline[] }
  | { kind: 'points'; line: number; items: { number: string; level: number; text: Inline }[] }
  | { kind: 'list'; line: number; items: Inline[] }
  | {
      kind: 'table';
      line: number;
      widths: number[];
      aligns: Align[];
      size?: number;
      header: Inline[];
      rows: ({ cells: Inline[] } | { group: Inline })[];
    }
  | { kind: 'signature'; line: number; rows: [Inline, Inline][] }
  | { kind: 'acquaintance'; line: number; caption: Inline; people: Inline[]; dateLabel: string }
  | { kind: 'approval'; line: number; lines: Inline[] }
  | { kind: 'space'; line: number; lines: number }
  | { kind: 'rule'; line: number }
  | { kind: 'pagebreak'; line: number }
  | ChartBlock;

export interface DocumentModel {
  page: PageOptions;
  blocks: Block[];
}

/** A mistake in a template's markup: the template line and what is wrong. */
export class MarkupError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The names secretaries write after `::`, and the options each accepts. */
export const BLOCKS: Record<string, readonly string[]> = {
  page: ['orientation', 'numbers', 'numbers-from', 'size', 'table-size'],
  header: ['rule', 'size'],
  center: ['bold', 'size'],
  left: ['bold', 'size'],
  right: ['bold', 'size'],
  split: ['bold', 'size'],
  title: ['align', 'width'],
  heading: ['align'],
  text: ['align', 'indent', 'size'],
  points: ['start', 'continue'],
  list: [],
  table: ['widths', 'size'],
  signature: [],
  acquaintance: ['date'],
  approval: [],
  space: ['lines'],
  rule: [],
  pagebreak: [],
  chart: CHART_OPTIONS,
};

/**
 * Escapes one value for the markup: the value's own text, on one line, that no markup can
 * touch. Objects print their `text` (dates, people, organisations); lists are joined.
 */
export function escapeValue(v: unknown): string {
  return VALUE_OPEN + plain(v).replace(PRIVATE, '').replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ') + VALUE_CLOSE;
}

/** A line break inside a paragraph or a table cell: `<br>` in a template. */
export const BR = '\u2028';

function plain(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(plain).filter(Boolean).join(', ');
  if (typeof v === 'object') {
    const t = (v as { text?: unknown }).text;
    return t === undefined ? '' : plain(t);
  }
  return String(v);
}

/** Tags each directive line of a template's source with its line number (before Liquid). */
export function tagDirectiveLines(source: string): string {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*::/.test(lines[i])) lines[i] = `${lines[i].replace(/\r$/, '')} ${LINE_OPEN}${i + 1}${LINE_CLOSE}`;
  }
  return lines.join('\n');
}

/** Strips the escaping of values (for plain text uses such as the PDF title). */
export function unescapeValues(s: string): string {
  return s.replace(PRIVATE, '');
}

// ---------- inline text ----------

/** A line split into its literal parts (from the template) and values (from the data). */
interface Piece {
  text: string;
  value: boolean;
}

function pieces(s: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf(VALUE_OPEN, i);
    if (open < 0) {
      out.push({ text: s.slice(i), value: false });
      break;
    }
    if (open > i) out.push({ text: s.slice(i, open), value: false });
    const close = s.indexOf(VALUE_CLOSE, open + 1);
    const end = close < 0 ? s.length : close;
    out.push({ text: s.slice(open + 1, end), value: true });
    i = end + 1;
  }
  return out;
}

/** Splits a line at a separator that appears in the template's own text (never inside values). */
function splitLiteral(s: string, sep: string): string[] {
  const parts: string[] = [''];
  let inValue = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === VALUE_OPEN) inValue = true;
    else if (c === VALUE_CLOSE) inValue = false;
    else if (!inValue && c === '\\' && i + 1 < s.length) {
      parts[parts.length - 1] += s.slice(i, i + 2);
      i++;
      continue;
    } else if (!inValue && s.startsWith(sep, i)) {
      parts.push('');
      i += sep.length - 1;
      continue;
    }
    parts[parts.length - 1] += c;
  }
  return parts;
}

/** `**bold**` in the template's text; `\*` is a star. Values are always plain. */
export function parseInline(s: string): Inline {
  const runs: Inline = [];
  let bold = false;
  const push = (text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && last.bold === bold) last.text += text;
    else runs.push({ text, bold });
  };
  for (const p of pieces(s)) {
    if (p.value) {
      push(p.text);
      continue;
    }
    let buf = '';
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text[i];
      if (c === '\\' && i + 1 < p.text.length) {
        buf += p.text[++i];
      } else if (c === '<' && /^<br\s*\/?>/i.test(p.text.slice(i, i + 6))) {
        buf += BR;
        i = p.text.indexOf('>', i);
      } else if (c === '*' && p.text[i + 1] === '*') {
        push(buf);
        buf = '';
        bold = !bold;
        i++;
      } else buf += c;
    }
    push(buf);
  }
  // Collapse spaces (not the <br> breaks); «Е.П.» + «.» → «Е.П.»; trim the ends.
  for (const r of runs) {
    r.text = r.text
      .replace(/[ \t\r\n\f\v\u00a0]+/g, ' ')
      .replace(/ ?\u2028 ?/g, BR)
      .replace(/(?<=\p{Lu}\.)\.(?!\.)/gu, '');
  }
  if (runs.length) {
    runs[0].text = runs[0].text.replace(/^ +/, '');
    runs[runs.length - 1].text = runs[runs.length - 1].text.replace(/ +$/, '');
  }
  return runs.filter((r) => r.text.length > 0);
}

export function inlineText(i: Inline): string {
  return i.map((r) => r.text).join('').replace(/\u2028/g, '\n');
}

function isBlank(s: string): boolean {
  return s.replace(/[\uE000\uE001]/g, '').trim() === '';
}

// ---------- blocks ----------

interface RawBlock {
  name: string;
  line: number;
  args: string[];
  options: Record<string, string>;
  content: string[];
}

function parseDirective(text: string, line: number): Omit<RawBlock, 'content'> {
  const body = text.trim().slice(2).trim();
  const m = /^([a-zA-Z-]+)(.*)$/.exec(body);
  if (!m) throw new MarkupError(line, `a block needs a name after "::" (${Object.keys(BLOCKS).join(', ')})`);
  const name = m[1].toLowerCase();
  if (!(name in BLOCKS)) {
    const s = suggest(name, Object.keys(BLOCKS));
    throw new MarkupError(line, `unknown block "::${name}"${s ? ` (did you mean "::${s}"?)` : ''}; blocks: ${Object.keys(BLOCKS).join(', ')}`);
  }
  const options: Record<string, string> = {};
  const args: string[] = [];
  const re = /([a-zA-Z-]+)=(?:"([^"]*)"|(\S+))|(\S+)/g;
  const rest = unescapeValues(m[2]);
  let mm: RegExpExecArray | null;
  while ((mm = re.exec(rest))) {
    if (mm[4] !== undefined) {
      args.push(mm[4]);
      continue;
    }
    const key = mm[1].toLowerCase();
    if (!BLOCKS[name].includes(key)) {
      const s = suggest(key, BLOCKS[name]);
      const known = BLOCKS[name].length ? `; it has: ${BLOCKS[name].join(', ')}` : '; it has none';
      throw new MarkupError(line, `"::${name}" has no option "${key}"${s ? ` (did you mean "${s}"?)` : ''}${known}`);
    }
    options[key] = mm[2] ?? mm[3];
  }
  return { name, line, args, options };
}

const num = (b: RawBlock, key: string, min: number, max: number): number | undefined => {
  const v = b.options[key];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new MarkupError(b.line, `"::${b.name} ${key}=${v}": a number from ${min} to ${max} is needed`);
  return n;
};

const oneOf = <T extends string>(b: RawBlock, key: string, values: readonly T[], def: T): T => {
  const v = b.options[key];
  if (v === undefined) return def;
  if (!(values as readonly string[]).includes(v)) throw new MarkupError(b.line, `"::${b.name} ${key}=${v}": use one of ${values.join(', ')}`);
  return v as T;
};

const yes = (b: RawBlock, key: string, def: boolean): boolean => oneOf(b, key, ['yes', 'no'] as const, def ? 'yes' : 'no') === 'yes';

/** The Liquid output of a template → the layout model. */
export function parseMarkup(text: string): DocumentModel {
  const raw: RawBlock[] = [];
  let current: RawBlock | null = null;
  let lastLine = 1;
  for (const l of text.split('\n')) {
    const tag = l.indexOf(LINE_OPEN);
    if (tag >= 0 && /^\s*::/.test(l)) {
      const line = Number(l.slice(tag + 1, l.indexOf(LINE_CLOSE, tag)));
      lastLine = line;
      current = { ...parseDirective(l.slice(0, tag), line), content: [] };
      raw.push(current);
      continue;
    }
    if (!current) {
      if (isBlank(l)) continue;
      current = { name: 'text', line: lastLine, args: [], options: {}, content: [] };
      raw.push(current);
    }
    current.content.push(l.replace(/\r$/, ''));
  }

  const page: PageOptions = { orientation: 'portrait', numbers: 'bottom', numbersFrom: 1 };
  const blocks: Block[] = [];
  let pointCounter = 0;
  for (const b of raw) {
    const lines = b.content.filter((l) => !isBlank(l));
    const size = num(b, 'size', 6, 36);
    switch (b.name) {
      case 'page': {
        if (blocks.length) throw new MarkupError(b.line, '"::page" must come first, before any other block');
        page.orientation = oneOf(b, 'orientation', ['portrait', 'landscape'] as const, 'portrait');
        page.numbers = oneOf(b, 'numbers', ['top', 'bottom', 'bottom-right', 'none'] as const, 'bottom');
        page.numbersFrom = num(b, 'numbers-from', 1, 1000) ?? 1;
        page.size = size;
        page.tableSize = num(b, 'table-size', 6, 36);
        break;
      }
      case 'header':
        blocks.push({ kind: 'header', line: b.line, rows: lines.map((l) => pair(l, b.line)), rule: yes(b, 'rule', true), size });
        break;
      case 'center':
      case 'left':
      case 'right':
        blocks.push({ kind: 'lines', line: b.line, align: b.name, bold: yes(b, 'bold', false), size, lines: lines.map(parseInline) });
        break;
      case 'split':
        blocks.push({ kind: 'split', line: b.line, rows: lines.map((l) => pair(l, b.line)), bold: yes(b, 'bold', false), size });
        break;
      case 'title':
        blocks.push({
          kind: 'title',
          line: b.line,
          align: oneOf(b, 'align', ['left', 'center'] as const, 'center'),
          width: num(b, 'width', 20, 100) ?? 100,
          lines: lines.map(parseInline),
        });
        break;
      case 'heading':
        blocks.push({ kind: 'heading', line: b.line, align: oneOf(b, 'align', ['left', 'center'] as const, 'left'), lines: lines.map(parseInline) });
        break;
      case 'text':
        blocks.push({
          kind: 'text',
          line: b.line,
          align: oneOf(b, 'align', ['justify', 'left', 'center', 'right'] as const, 'justify'),
          indent: yes(b, 'indent', true),
          size,
          paragraphs: paragraphs(b.content).map(parseInline).filter((p) => p.length),
        });
        break;
      case 'points': {
        const start = num(b, 'start', 1, 10000);
        if (start !== undefined) pointCounter = start - 1;
        else if (!('continue' in b.options) && !b.args.includes('continue')) pointCounter = 0;
        const items: { number: string; level: number; text: Inline }[] = [];
        let sub = 0;
        for (const item of listItems(b.content, b.line)) {
          if (item.level === 1) {
            pointCounter++;
            sub = 0;
            items.push({ number: `${pointCounter}.`, level: 1, text: parseInline(item.text) });
          } else {
            if (pointCounter === 0) throw new MarkupError(b.line, 'a sub-point ("  - …") needs a point ("- …") above it');
            sub++;
            items.push({ number: `${pointCounter}.${sub}.`, level: 2, text: parseInline(item.text) });
          }
        }
        blocks.push({ kind: 'points', line: b.line, items });
        break;
      }
      case 'list':
        blocks.push({ kind: 'list', line: b.line, items: listItems(b.content, b.line).map((i) => parseInline(i.text)) });
        break;
      case 'table':
        blocks.push(table(b, lines, size));
        break;
      case 'signature':
        blocks.push({ kind: 'signature', line: b.line, rows: lines.map((l) => pair(l, b.line)) });
        break;
      case 'acquaintance': {
        const people: Inline[] = [];
        let caption: Inline = [];
        for (const l of lines) {
          const m = /^\s*-\s+(.*)$/.exec(l);
          if (m) people.push(parseInline(m[1]));
          else if (!people.length && !caption.length) caption = parseInline(l);
          else throw new MarkupError(b.line, `"::acquaintance": after the caption, each line is a person ("- Бекова А.С."); got "${unescapeValues(l).trim()}"`);
        }
        blocks.push({ kind: 'acquaintance', line: b.line, caption, people, dateLabel: b.options.date ?? '«___» __________ 20___' });
        break;
      }
      case 'approval':
        blocks.push({ kind: 'approval', line: b.line, lines: lines.map(parseInline) });
        break;
      case 'space': {
        const n = b.args.length ? Number(b.args[0].replace(',', '.')) : num(b, 'lines', 0, 50) ?? 1;
        if (!Number.isFinite(n) || n < 0 || n > 50) throw new MarkupError(b.line, `"::space ${b.args[0]}": a number of lines from 0 to 50 is needed`);
        blocks.push({ kind: 'space', line: b.line, lines: n });
        break;
      }
      case 'rule':
        blocks.push({ kind: 'rule', line: b.line });
        break;
      case 'pagebreak':
        blocks.push({ kind: 'pagebreak', line: b.line });
        break;
      case 'chart':
        blocks.push(parseChart(b.line, b.options, lines, size));
        break;
    }
    if (lines.length === 0 && ['header', 'split', 'signature', 'approval'].includes(b.name)) {
      throw new MarkupError(b.line, `"::${b.name}" is empty: write its lines below it`);
    }
  }
  return { page, blocks };
}

function pair(l: string, line: number): [Inline, Inline] {
  const parts = splitLiteral(l, '||');
  if (parts.length > 2) throw new MarkupError(line, `a line of two columns has one "||" between them; this one has ${parts.length - 1}: "${unescapeValues(l).trim()}"`);
  return [parseInline(parts[0]), parseInline(parts[1] ?? '')];
}

function paragraphs(content: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const l of content) {
    if (isBlank(l)) {
      if (cur.length) out.push(cur.join(' '));
      cur = [];
    } else cur.push(l.trim());
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

function listItems(content: string[], line: number): { level: number; text: string }[] {
  const items: { level: number; text: string }[] = [];
  for (const l of content) {
    if (isBlank(l)) continue;
    const m = /^(\s*)(-|--|–|—)\s+(.*)$/.exec(l);
    // A line typed as a numbered point («9. …», «5.1. …», «3) …») is a point too (numbered by
    // the list, so an inserted point renumbers the rest), never glued to the point above it.
    const n = m ? null : /^(\s*)(\d{1,3}(?:\.\d{1,3})*)[.)]\s+(.*)$/.exec(unescapeValues(l));
    if (m) {
      const level = m[2] === '--' || m[1].replace(/\t/g, '  ').length >= 2 ? 2 : 1;
      items.push({ level, text: m[3] });
    } else if (n && !/[\uE000\uE001]/.test(l.slice(0, l.indexOf(n[2]) + n[2].length + 1))) {
      const level = n[2].includes('.') || n[1].replace(/\t/g, '  ').length >= 2 ? 2 : 1;
      items.push({ level, text: l.slice(l.indexOf(n[2]) + n[2].length + 1).replace(/^\s+/, '') });
    } else if (items.length) {
      items[items.length - 1].text += ` ${l.trim()}`;
    } else {
      throw new MarkupError(line, `each point starts with "- "; got "${unescapeValues(l).trim()}"`);
    }
  }
  return items;
}

function table(b: RawBlock, lines: string[], size: number | undefined): Block {
  const rows = lines.map((l) => l.trim());
  const bad = rows.find((r) => !r.startsWith('|'));
  if (bad !== undefined) throw new MarkupError(b.line, `each table row starts with "|"; got "${unescapeValues(bad)}"`);
  const cellsOf = (r: string) => {
    const parts = splitLiteral(r, '|').slice(1);
    if (parts.length && parts[parts.length - 1].trim() === '') parts.pop();
    return parts;
  };
  let header: string[] | null = null;
  let aligns: Align[] | null = null;
  const body: ({ cells: Inline[] } | { group: Inline })[] = [];
  for (const r of rows) {
    if (r.startsWith('||')) {
      body.push({ group: parseInline(r.slice(2).replace(/\|\s*$/, '')) });
      continue;
    }
    const cells = cellsOf(r);
    if (!header) {
      header = cells;
      continue;
    }
    if (!aligns && body.length === 0 && cells.every((c) => /^\s*:?-+:?\s*$/.test(c))) {
      aligns = cells.map((c) => {
        const t = c.trim();
        return t.startsWith(':') && t.endsWith(':') ? 'center' : t.endsWith(':') ? 'right' : 'left';
      });
      continue;
    }
    if (cells.length !== header.length) {
      throw new MarkupError(b.line, `a table row has ${cells.length} cells, the header has ${header.length}: "${unescapeValues(r)}"`);
    }
    body.push({ cells: cells.map(parseInline) });
  }
  if (!header) throw new MarkupError(b.line, '"::table" needs a header row ("| № | Name | Date |")');
  const n = header.length;
  let widths: number[];
  if (b.options.widths !== undefined) {
    widths = b.options.widths.split(/[\s,]+/).filter(Boolean).map(Number);
    if (widths.length !== n || widths.some((w) => !Number.isFinite(w) || w <= 0)) {
      throw new MarkupError(b.line, `"::table widths=…" needs ${n} positive numbers, one per column; got "${b.options.widths}"`);
    }
  } else widths = header.map(() => 1);
  const total = widths.reduce((a, w) => a + w, 0);
  return {
    kind: 'table',
    line: b.line,
    widths: widths.map((w) => w / total),
    aligns: aligns ?? header.map(() => 'left'),
    size,
    header: header.map(parseInline),
    rows: body,
  };
}

/** The whole text of a model, block by block (for tests and for the PDF's plain-text checks). */
export function modelText(m: DocumentModel): string {
  const out: string[] = [];
  for (const b of m.blocks) {
    switch (b.kind) {
      case 'header':
      case 'split':
      case 'signature':
        for (const [l, r] of b.rows) out.push(`${inlineText(l)} | ${inlineText(r)}`);
        break;
      case 'lines':
      case 'title':
      case 'heading':
      case 'approval':
        out.push(...b.lines.map(inlineText));
        break;
      case 'text':
        out.push(...b.paragraphs.map(inlineText));
        break;
      case 'points':
        out.push(...b.items.map((i) => `${i.number} ${inlineText(i.text)}`));
        break;
      case 'list':
        out.push(...b.items.map((i) => `– ${inlineText(i)}`));
        break;
      case 'table':
        out.push(b.header.map(inlineText).join(' | '));
        for (const r of b.rows) out.push('cells' in r ? r.cells.map(inlineText).join(' | ') : inlineText(r.group));
        break;
      case 'acquaintance':
        out.push(inlineText(b.caption), ...b.people.map(inlineText));
        break;
      case 'chart':
        out.push(inlineText(b.caption), b.header.map(inlineText).join(' | '));
        for (const r of b.rows) out.push([inlineText(r.label), ...r.texts].join(' | '));
        break;
      default:
        break;
    }
  }
  return out.join('\n');
}
