/**
 * Spreadsheets → grids of cells, whatever they came as.
 *
 * - `.xlsx`: exceljs (a maintained MIT library on npm that both reads and writes Office Open
 *   XML; the `xlsx` package on npm is SheetJS's stale 0.18 line and the current SheetJS is not
 *   published to the npm registry). Merged cells carry their master's value (a merged title
 *   row, an organisation merged down several rows); formulas give their cached result; date
 *   cells come back as calendar dates read in UTC — the serial number's own day, never shifted
 *   by the machine's time zone.
 * - `.csv`: bytes decoded as the loader does (UTF-8 with or without a BOM), else the encoding
 *   chardet names (Windows-1251 for Excel's "CSV" in ru/kk locales, UTF-16 for "Unicode text")
 *   decoded with iconv-lite; the separator is `;`, `,` or a tab, as Excel writes them, or what a
 *   `sep=` first line says. Parsed by csv-parse (quotes, doubled quotes, line breaks in cells).
 */
import path from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeUtf8 } from '../load/decode.js';
import { formatIso } from '../core/dates.js';

/** A cell's value as read: text, a number, a calendar date (from a date-formatted cell), a boolean, or an Excel error. */
export type CellValue = string | number | boolean | { date: string } | { error: string } | null;

export interface Cell {
  value: CellValue;
  /** A1-style address, e.g. D14. */
  address: string;
}

export interface Sheet {
  /** Sheet name; for CSV null (a CSV has one unnamed sheet). */
  name: string | null;
  /** rows[r] is Excel row r+1; cells by column index (0 = A); holes are empty cells. */
  rows: (CellValue | undefined)[][];
}

export interface Workbook {
  file: string;
  sheets: Sheet[];
  /** What the bytes were read as (CSV only): encoding and separator. */
  csv?: { encoding: string; separator: string };
}

export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export class SheetReadError extends Error {}

export async function readWorkbookFile(bytes: Uint8Array, file: string): Promise<Workbook> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return readCsv(bytes, file);
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(bytes, file);
  // By content: a zip is a workbook, anything else is text.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes, file);
  if (ext === '.xls') throw new SheetReadError('xls');
  return readCsv(bytes, file);
}

// ------------------------------------------------------------------------------- xlsx

async function readXlsx(bytes: Uint8Array, file: string): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    throw new SheetReadError(`not a readable .xlsx workbook (${(e as Error).message})`);
  }
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => {
    const rows: (CellValue | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: (CellValue | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // A merged cell's value is its master's (exceljs resolves it).
        cells[colNumber - 1] = xlsxValue(cell.value as unknown);
      });
      rows[rowNumber - 1] = cells;
    });
    for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
    sheets.push({ name: ws.name, rows });
  });
  return { file, sheets };
}

function xlsxValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateCell(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('error' in o && typeof o.error === 'string') return { error: o.error };
    if ('result' in o) return xlsxValue(o.result);
    if ('formula' in o || 'sharedFormula' in o) return null; // a formula with no cached result
    if (typeof o.text === 'string') return o.text; // hyperlink
    if (o.text && typeof o.text === 'object') return xlsxValue(o.text);
  }
  return String(v);
}

/** exceljs turns a date serial into a UTC instant: its UTC day is the cell's calendar day. */
function dateCell(d: Date): CellValue {
  const t = d.getTime();
  if (Number.isNaN(t)) return { error: '#DATE' };
  const r = new Date(Math.round(t / 1000) * 1000); // serials carry float noise
  return { date: formatIso(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate()) };
}

// -------------------------------------------------------------------------------- csv

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const utf8 = decodeUtf8(bytes);
  if (utf8.ok) return { text: utf8.text, encoding: utf8.bom ? 'UTF-8 (BOM)' : 'UTF-8' };
  let enc = utf8.encoding ?? 'windows-1251';
  if (!/^utf-16/i.test(enc)) enc = singleByteCyrillic(bytes);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = iconv.decode(buf, enc);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (enc.toLowerCase() === 'windows-1251' && RK1048_AS_1251.test(text)) {
    // Kazakh code page RK1048 (KZ-1048, from 1C and Kazakh-locale tools): its Ә Ғ Қ Ң Ө Ұ Ү Һ
    // sit where Windows-1251 has Ј Є Ќ Ѕ Ґ Ў Ї Ћ, letters Kazakh and Russian text never uses.
    const kz = iconv.decode(buf, 'rk1048').replace(/^\uFEFF/, '');
    return { text: kz, encoding: 'KZ-1048' };
  }
  return { text, encoding: enc.toLowerCase() === 'windows-1251' ? 'Windows-1251' : enc };
}

/**
 * Windows-1251 or KOI8-R, by where the lower-case letters sit (text is mostly lower case):
 * 0xE0–0xFF in Windows-1251, 0xC0–0xDF in KOI8-R. chardet's guesses on short Cyrillic samples
 * wander (Latin-1, Greek, MacCyrillic), so its name is not used for single-byte files.
 */
function singleByteCyrillic(bytes: Uint8Array): string {
  let hi = 0;
  let mid = 0;
  for (let i = 0; i < bytes.length && i < 1 << 20; i++) {
    const b = bytes[i];
    if (b >= 0xe0) hi++;
    else if (b >= 0xc0) mid++;
  }
  return mid > hi * 1.5 ? 'koi8-r' : 'windows-1251';
}

const RK1048_AS_1251 = /[ЈЄЌЅҐЎЇЋјєќѕґўїћ]/;

/** `;` (Excel in ru/kk locales), `,` or a tab: the one that splits the first lines most evenly. */
export function detectSeparator(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').slice(0, 20);
  let best = ';';
  let bestScore = -1;
  for (const sep of [';', ',', '\t']) {
    const counts = lines.map((l) => countOutsideQuotes(l, sep));
    const nonzero = counts.filter((c) => c > 0);
    if (!nonzero.length) continue;
    // Lines that agree with the most common count, weighted by that count.
    const freq = new Map<number, number>();
    for (const c of nonzero) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [mode, n] = [...freq].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    const score = n * 1000 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = sep;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let q = false;
  for (const ch of line) {
    if (ch === '"') q = !q;
    else if (ch === sep && !q) n++;
  }
  return n;
}

function readCsv(bytes: Uint8Array, file: string): Workbook {
  const { text: decoded, encoding } = decodeText(bytes);
  let text = decoded;
  let separator: string;
  const sepLine = /^sep=(.)\r?\n/i.exec(text);
  if (sepLine) {
    separator = sepLine[1];
    text = text.slice(sepLine[0].length);
  } else separator = detectSeparator(text);
  let records: string[][];
  try {
    records = parseCsv(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (e) {
    throw new SheetReadError(`not readable as CSV (${(e as Error).message})`);
  }
  const rows = records.map((r) => r.map((v) => (v === '' ? undefined : (v as CellValue))));
  return { file, sheets: [{ name: null, rows }], csv: { encoding, separator } };
}
