/**
 * Rows → records. Finds each sheet's header row (merged title rows above it are passed over),
 * matches its columns to fields, and turns every non-empty row into a record — or, when any of
 * its cells cannot be read, into findings at `file!sheet!cell` and no record (never half a
 * record). Each record passes the data format's own schema and its references resolve in the
 * data (or among the rows imported with it) before it is planned.
 */
import crypto from 'node:crypto';
import { RECORD_SCHEMAS, ID_RE, type CollectionName } from '../schema/collections.js';
import { isValidIsoDate, formatIso, fromDayNumber } from '../core/dates.js';
import { suggest } from '../core/suggest.js';
import { UsageError } from '../core/errors.js';
import type { Dataset } from '../model/dataset.js';
import { FIELDS, IMPORTABLE, enumLookup, norm, type FieldDef } from './columns.js';
import { cellAddress, type CellValue, type Sheet, type Workbook } from './sheet.js';
import type { Mapping } from './mapping.js';
import { nested } from './messages.js';

export type ImportSeverity = 'error' | 'warning' | 'info';

export interface ImportFinding {
  severity: ImportSeverity;
  code: string;
  data: Record<string, unknown>;
  /** `staff.xlsx!Sheet1!D14` (a CSV: `staff.csv!D14`). */
  place: string;
}

export interface RowRecord {
  collection: CollectionName;
  record: Record<string, unknown>;
  /** Where the row is: the file as shown, its sheet (null for CSV) and row (1-based). */
  file: string;
  sheet: string | null;
  row: number;
  /** field → cell address, for findings about the record later. */
  cells: Record<string, string>;
}

export interface ConvertOptions {
  /** The file name as findings show it. */
  shown: string;
  collection?: CollectionName;
  mapping: Mapping;
  /** Read from Windows-1251, which has no Ә Ғ Қ Ң Ө Ұ Ү Һ: Excel writes «?» in their place. */
  lossy?: boolean;
}

export interface Converted {
  records: RowRecord[];
  findings: ImportFinding[];
  /** Sheets read, with their collection and header row (1-based); null = skipped. */
  sheets: { name: string | null; collection: CollectionName | null; headerRow: number | null; rows: number }[];
}

const HEADER_SEARCH_ROWS = 30;
/** A «?» inside a word: a letter the file's code page could not hold. */
const LOST_LETTER = /\p{L}\?|\?\p{L}/u;
const ROW_NUMBER_HEADERS = new Set(['', 'n', 'no', 'nr', 'рс', 'пп', 'nпп', 'реттіксаны']);

function placeOf(shown: string, sheet: string | null, address: string): string {
  return sheet === null ? `${shown}!${address}` : `${shown}!${sheet}!${address}`;
}

function isEmpty(v: CellValue | undefined): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function cellText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return 'date' in v ? v.date : v.error;
  return String(v).trim();
}

/** One way to read a sheet's header: its row, its collection, and each column's field. */
interface HeaderMatch {
  row: number;
  collection: CollectionName;
  columns: (FieldDef | null | 'skip')[];
  matched: number;
}

function headerIndex(collection: CollectionName, mapping: Mapping): Map<string, FieldDef | 'skip'> {
  const defs = FIELDS[collection]!;
  const idx = new Map<string, FieldDef | 'skip'>();
  for (const d of defs) {
    idx.set(norm(d.field), d);
    for (const h of d.headers) idx.set(norm(h), d);
  }
  for (const [h, f] of Object.entries(mapping.columns ?? {})) {
    if (f === 'skip') idx.set(norm(h), 'skip');
    else {
      const d = defs.find((x) => x.field === f);
      if (d) idx.set(norm(h), d);
    }
  }
  return idx;
}

/** A header cell's field: its exact words, else the longest known header it starts with ("Дата приёма на работу" → hired). */
function matchHeader(text: string, idx: Map<string, FieldDef | 'skip'>): FieldDef | 'skip' | null {
  const n = norm(text);
  if (!n) return null;
  const exact = idx.get(n);
  if (exact) return exact;
  let best: FieldDef | 'skip' | null = null;
  let bestLen = 0;
  for (const [h, d] of idx) {
    if (h.length >= 3 && h.length > bestLen && n.startsWith(h)) {
      best = d;
      bestLen = h.length;
    }
  }
  return best;
}

function findHeader(sheet: Sheet, candidates: readonly CollectionName[], mapping: Mapping): HeaderMatch | null {
  const rows = mapping.header_row ? [mapping.header_row - 1] : Array.from({ length: Math.min(HEADER_SEARCH_ROWS, sheet.rows.length) }, (_, i) => i);
  let best: HeaderMatch | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const idx = headerIndex(c, mapping);
    for (const r of rows) {
      const cells = sheet.rows[r] ?? [];
      const columns: (FieldDef | null | 'skip')[] = [];
      const seen = new Set<string>();
      let matched = 0;
      const distinct = new Set<string>();
      for (let col = 0; col < cells.length; col++) {
        const v = cells[col];
        if (isEmpty(v) || typeof v !== 'string') {
          columns[col] = null;
          continue;
        }
        distinct.add(v);
        const d = matchHeader(v, idx);
        if (d && d !== 'skip' && seen.has(d.field)) columns[col] = null; // a second column for the same field
        else columns[col] = d;
        if (d && d !== 'skip' && !seen.has(d.field)) {
          seen.add(d.field);
          matched++;
        }
      }
      // A merged title row repeats one text across its cells: not a header.
      if (distinct.size < 2 && !mapping.header_row) continue;
      if (matched < 2 && !(mapping.header_row && matched >= 1)) continue;
      const m: HeaderMatch = { row: r, collection: c, columns, matched };
      const score = matched * 10 + requiredOf(m, mapping);
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
  }
  return best;
}

function requiredOf(m: HeaderMatch, mapping: Mapping): number {
  const seen = new Set(m.columns.filter((c): c is FieldDef => !!c && c !== 'skip').map((c) => c.field));
  return FIELDS[m.collection]!.filter((d) => d.required && (seen.has(d.field) || mapping.fixed?.[d.field] !== undefined)).length;
}

// ---------------------------------------------------------------------------- values

type Result = { ok: true; value: unknown } | { ok: false; code: string; data: Record<string, unknown> };

/** Excel's day numbers: 1 = 1900-01-01, with Lotus's phantom 1900-02-29 (60). */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const n = Math.floor(serial + 1e-9);
  if (date1904) return n >= 0 && n <= 2957003 ? fromDayNumber(n - 24107) : null;
  if (n < 1 || n > 2958465 || n === 60) return null;
  return fromDayNumber(n < 60 ? n - 25568 : n - 25569);
}

export function readDate(v: CellValue | undefined): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return 'date' in v ? v.date : null;
  if (typeof v === 'number') return excelSerialToIso(v);
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/\s*(ж|г|жыл|года?)\.?$/u, '');
  let m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) {
    const iso = formatIso(+m[3], +m[2], +m[1]);
    return isValidIsoDate(iso) ? iso : null;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const iso = formatIso(+m[1], +m[2], +m[3]);
    return isValidIsoDate(iso) ? iso : null;
  }
  if (/^\d{1,7}(\.\d+)?$/.test(s)) return excelSerialToIso(Number(s));
  return null;
}

function text(v: CellValue | undefined): string {
  return cellText(v).replace(/\s+/g, ' ');
}

// ------------------------------------------------------------------------- the data

/** Names and ids of what rows may refer to: the data's records and the rows imported so far. */
class Lookup {
  /** Ids of the rows imported so far → where their row is (a second row with one is refused). */
  readonly seen = new Map<string, string>();
  /** collection → id set */
  private ids = new Map<string, Set<string>>();
  /** collection → normalised name → ids (with their region for organizations) */
  private names = new Map<string, Map<string, { id: string; region?: string; shown: string }[]>>();

  constructor(private readonly data: Dataset) {
    for (const o of data.organizations) this.addName('organizations', o.id, o.name, o.region);
    for (const s of data.staff) this.addName('staff', s.id, s.name);
  }

  addName(collection: string, id: string, name: unknown, region?: string): void {
    let m = this.names.get(collection);
    if (!m) this.names.set(collection, (m = new Map()));
    const texts = typeof name === 'string' ? [name] : name && typeof name === 'object' ? Object.values(name as Record<string, string>) : [];
    for (const t of texts) {
      if (typeof t !== 'string') continue;
      const k = norm(t);
      if (!k) continue;
      const list = m.get(k) ?? [];
      if (!list.some((x) => x.id === id)) list.push({ id, region, shown: t });
      m.set(k, list);
    }
  }

  addRecord(collection: CollectionName, rec: Record<string, unknown>): void {
    let s = this.ids.get(collection);
    if (!s) this.ids.set(collection, (s = new Set()));
    s.add(rec.id as string);
    if (collection === 'organizations') this.addName(collection, rec.id as string, rec.name, rec.region as string);
    if (collection === 'staff') this.addName(collection, rec.id as string, rec.name);
  }

  /** The collection holding an id, in the data or among imported rows. */
  collectionOf(id: string): string | undefined {
    const rec = this.data.lookup(id);
    if (rec) return this.data.collectionOf(rec);
    for (const [c, s] of this.ids) if (s.has(id)) return c;
    return undefined;
  }

  byName(collection: string, name: string, region?: string): { id: string; shown: string }[] {
    const list = this.names.get(collection)?.get(norm(name)) ?? [];
    return region ? list.filter((x) => x.region === undefined || x.region === region) : list;
  }

  closestName(collection: string, name: string): { id: string; shown: string } | undefined {
    const m = this.names.get(collection);
    if (!m) return undefined;
    const shown = new Map<string, { id: string; shown: string }>();
    for (const list of m.values()) for (const x of list) shown.set(x.shown, x);
    const best = suggest(name, [...shown.keys()]);
    return best ? shown.get(best) : undefined;
  }
}

/** Existing records by their natural key (staff: organisation and name; organizations: region and name), so a sheet without ids meets the records it already brought. */
function naturalKey(collection: CollectionName, rec: Record<string, unknown>): string[] {
  const names = (n: unknown) => (typeof n === 'string' ? [n] : n && typeof n === 'object' ? Object.values(n as Record<string, unknown>).filter((x): x is string => typeof x === 'string') : []);
  if (collection === 'staff') return names(rec.name).map((n) => `${rec.org}\u0000${norm(n)}`);
  if (collection === 'organizations') return names(rec.name).map((n) => `${rec.region}\u0000${norm(n)}`);
  return [];
}

function naturalIndex(data: Dataset, collection: CollectionName): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const rec of data.collection(collection) as unknown as Record<string, unknown>[]) {
    for (const k of naturalKey(collection, rec)) {
      const list = m.get(k) ?? [];
      list.push(rec.id as string);
      m.set(k, list);
    }
  }
  return m;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** A stable id piece: the same values give the same 8 characters on every run and machine. */
export function stableHash(parts: readonly unknown[]): string {
  const h = crypto.createHash('sha256').update(JSON.stringify(parts)).digest();
  let out = '';
  let bits = 0;
  let acc = 0;
  for (let i = 0; out.length < 8; i++) {
    acc = (acc << 8) | h[i];
    bits += 8;
    while (bits >= 5 && out.length < 8) {
      out += BASE32[(acc >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

// -------------------------------------------------------------------------- convert

export function checkMapping(mapping: Mapping, collection: CollectionName | undefined): void {
  const cols = collection ? [collection] : IMPORTABLE;
  const known = (c: CollectionName) => FIELDS[c]!.map((d) => d.field);
  const check = (where: string, field: string) => {
    if (field === 'skip') return;
    if (!cols.some((c) => known(c).includes(field))) {
      throw new UsageError('import-bad-map-field', { where, collection: cols.join('/'), field, fields: [...new Set(cols.flatMap(known))] });
    }
  };
  for (const [h, f] of Object.entries(mapping.columns ?? {})) check(`columns."${h}"`, f);
  for (const f of Object.keys(mapping.values ?? {})) check(`values.${f}`, f);
  for (const f of Object.keys(mapping.fixed ?? {})) check(`fixed.${f}`, f);
  for (const f of mapping.ids?.from ?? []) check('ids.from', f);
}

export function convertWorkbook(wb: Workbook, data: Dataset, opts: ConvertOptions): Converted {
  const mapping = opts.mapping;
  const collection = opts.collection ?? mapping.collection;
  if (collection && !FIELDS[collection]) throw new UsageError('import-no-collection', { what: collection, choices: IMPORTABLE });
  checkMapping(mapping, collection);
  const candidates = collection ? [collection] : IMPORTABLE;
  let sheets = wb.sheets;
  if (mapping.sheet !== undefined) {
    sheets = wb.sheets.filter((s) => s.name === mapping.sheet);
    if (!sheets.length) throw new UsageError('import-bad-sheet', { file: opts.shown, sheet: mapping.sheet, sheets: wb.sheets.map((s) => s.name ?? '') });
  }
  const out: Converted = { records: [], findings: [], sheets: [] };
  const lookup = new Lookup(data);

  const matches = sheets.map((s) => ({ sheet: s, match: findHeader(s, candidates, mapping) }));
  // Organizations first: staff rows may name an organisation another sheet brings.
  const order = [...matches].sort((a, b) => Number(b.match?.collection === 'organizations') - Number(a.match?.collection === 'organizations'));
  for (const { sheet, match } of order) {
    if (!match) {
      out.findings.push({ severity: 'warning', code: 'no-header', data: {}, place: placeOf(opts.shown, sheet.name, 'A1') });
      out.sheets.push({ name: sheet.name, collection: null, headerRow: null, rows: 0 });
      continue;
    }
    const n = convertSheet(sheet, match, data, lookup, opts, out);
    out.sheets.push({ name: sheet.name, collection: match.collection, headerRow: match.row + 1, rows: n });
  }
  // Nothing on any sheet could be read: that is a failure, not a note.
  if (out.sheets.every((s) => s.collection === null)) for (const f of out.findings) if (f.code === 'no-header') f.severity = 'error';
  return out;
}

function convertSheet(sheet: Sheet, match: HeaderMatch, data: Dataset, lookup: Lookup, opts: ConvertOptions, out: Converted): number {
  const { collection } = match;
  const mapping = opts.mapping;
  const defs = FIELDS[collection]!;
  const place = (addr: string) => placeOf(opts.shown, sheet.name, addr);
  const headerCells = sheet.rows[match.row] ?? [];
  const colOf = new Map<string, number>();
  match.columns.forEach((d, col) => {
    if (d && d !== 'skip' && !colOf.has(d.field)) colOf.set(d.field, col);
  });
  const headerOf = (field: string) => {
    const col = colOf.get(field);
    return col !== undefined ? cellText(headerCells[col]) : field;
  };

  // Columns nobody asked for, said once.
  headerCells.forEach((v, col) => {
    if (isEmpty(v) || match.columns[col]) return;
    const h = cellText(v);
    if (ROW_NUMBER_HEADERS.has(norm(h))) return; // «№», «р/с», «п/п»: the row's number
    const dup = matchHeader(h, headerIndex(collection, mapping));
    const hint = dup || norm(h).length < 4 ? undefined : suggest(norm(h), defs.flatMap((d) => d.headers.map(norm)));
    const field = dup && dup !== 'skip' ? dup.field : hint ? defs.find((d) => d.headers.some((x) => norm(x) === hint))?.field : undefined;
    out.findings.push({ severity: 'info', code: 'unknown-column', data: { header: h, hint: field ? nested('column-hint', { field }) : '' }, place: place(cellAddress(match.row, col)) });
  });

  // A required field with neither a column nor a fixed value: every row would fail; say it once.
  const fixed = mapping.fixed ?? {};
  for (const d of defs) {
    if (d.required && !colOf.has(d.field) && fixed[d.field] === undefined) {
      out.findings.push({ severity: 'error', code: 'missing-column', data: { field: d.field }, place: place(cellAddress(match.row, 0)) });
      return 0;
    }
  }

  const enums = new Map<string, Map<string, string>>();
  for (const d of defs) if (d.type.kind === 'enum') enums.set(d.field, enumLookup(d.type, mapping.values?.[d.field] ?? {}));
  const natural = naturalIndex(data, collection);
  const seen = lookup.seen; // id → its first row, across the workbook's sheets
  const region = mapping.region ?? (typeof fixed.region === 'string' ? fixed.region : undefined);
  let count = 0;

  for (let r = match.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every((v) => isEmpty(v))) continue; // an empty row in the middle
    const rec: Record<string, unknown> = {};
    const addrs: Record<string, string> = {};
    const errors: ImportFinding[] = [];
    for (const d of defs) {
      const col = colOf.get(d.field);
      let raw: CellValue | undefined = col !== undefined ? cells[col] : undefined;
      const addr = cellAddress(r, col ?? 0);
      addrs[d.field] = addr;
      if (opts.lossy && typeof raw === 'string' && LOST_LETTER.test(raw)) {
        errors.push({ severity: 'error', code: 'letters-lost', data: { value: raw.trim(), header: headerOf(d.field) }, place: place(addr) });
        continue;
      }
      if (isEmpty(raw) && fixed[d.field] !== undefined) raw = fixed[d.field] as CellValue;
      if (isEmpty(raw)) {
        if (d.required) errors.push({ severity: 'error', code: 'missing', data: { header: headerOf(d.field), field: d.field }, place: place(addr) });
        continue;
      }
      const res = convertValue(d, raw, { header: headerOf(d.field), enums, lookup, region, collection, rec });
      if (res.ok) {
        if (res.value !== undefined) rec[d.field] = res.value;
      } else errors.push({ severity: 'error', code: res.code, data: res.data, place: place(addr) });
    }
    if (errors.length) {
      out.findings.push(...errors);
      continue;
    }
    // The id: the sheet's, else the record the data already has under the same name, else a stable hash.
    if (rec.id === undefined) {
      const keys = naturalKey(collection, rec);
      const existing = keys.map((k) => natural.get(k)).find((l) => l && l.length === 1);
      if (existing) rec.id = existing[0];
      else {
        const from = mapping.ids?.from ?? (collection === 'staff' ? ['org', 'name'] : collection === 'organizations' ? ['region', 'name'] : defs.filter((d) => d.required).map((d) => d.field));
        const prefix = mapping.ids?.prefix ?? (collection === 'staff' ? `${rec.org}-` : collection === 'organizations' ? `${rec.region}-` : `${collection.replace(/_/g, '-')}-`);
        rec.id = `${prefix}${stableHash(from.map((f) => (typeof rec[f] === 'string' ? norm(rec[f] as string) : rec[f] ?? null)))}`;
      }
    }
    const ordered: Record<string, unknown> = { id: rec.id };
    for (const d of defs) if (d.field !== 'id' && rec[d.field] !== undefined) ordered[d.field] = rec[d.field];

    const parsed = RECORD_SCHEMAS[collection].safeParse(ordered);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'id');
        out.findings.push({ severity: 'error', code: 'schema', data: { header: headerOf(field), reason: issue.message }, place: place(addrs[field] ?? cellAddress(r, 0)) });
      }
      continue;
    }
    const id = ordered.id as string;
    const other = lookup.collectionOf(id);
    const first = seen.get(id);
    if (first !== undefined) {
      out.findings.push({ severity: 'error', code: 'duplicate-row', data: { id, first }, place: place(addrs.id ?? cellAddress(r, 0)) });
      continue;
    }
    if (other !== undefined && other !== collection) {
      out.findings.push({ severity: 'error', code: 'other-collection', data: { id, collection: other }, place: place(addrs.id ?? cellAddress(r, 0)) });
      continue;
    }
    seen.set(id, sheet.name === null ? `${r + 1}` : `${sheet.name}!${r + 1}`);
    lookup.addRecord(collection, ordered);
    out.records.push({ collection, record: ordered, file: opts.shown, sheet: sheet.name, row: r + 1, cells: addrs });
    count++;
  }
  return count;
}

interface ValueContext {
  header: string;
  enums: Map<string, Map<string, string>>;
  lookup: Lookup;
  region: string | undefined;
  collection: CollectionName;
  rec: Record<string, unknown>;
}

const REF_COLLECTIONS: Record<string, readonly string[]> = {
  organizations: ['organizations'],
  staff: ['staff'],
  orders: ['orders'],
  events: ['open_door_days', 'landings'],
};

function convertValue(d: FieldDef, raw: CellValue | undefined, ctx: ValueContext): Result {
  if (raw && typeof raw === 'object' && 'error' in raw) return { ok: false, code: 'error', data: { value: raw.error } };
  const shown = cellText(raw);
  switch (d.type.kind) {
    case 'text':
    case 'string':
      return { ok: true, value: text(raw) };
    case 'id': {
      const v = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : text(raw);
      return ID_RE.test(v) ? { ok: true, value: v } : { ok: false, code: 'bad-id', data: { value: v } };
    }
    case 'date': {
      const iso = readDate(raw);
      return iso ? { ok: true, value: iso } : { ok: false, code: 'date', data: { value: shown, header: ctx.header } };
    }
    case 'enum': {
      const table = ctx.enums.get(d.field)!;
      const v = table.get(norm(text(raw)));
      if (v) return { ok: true, value: v };
      const words = [...new Set([...d.type.values, ...Object.values(d.type.synonyms).flat()])];
      const near = suggest(text(raw), words);
      const nearValue = near ? table.get(norm(near)) : undefined;
      return {
        ok: false,
        code: 'enum',
        data: { value: shown, header: ctx.header, known: d.type.values, hint: near && nearValue ? nested('hint', { word: near, value: nearValue }) : '' },
      };
    }
    case 'ref': {
      const v = text(raw);
      const want = REF_COLLECTIONS[d.type.collection];
      const holder = ID_RE.test(v) ? ctx.lookup.collectionOf(v) : undefined;
      if (holder && want.includes(holder)) return { ok: true, value: v };
      if (d.type.collection === 'organizations' || d.type.collection === 'staff') {
        const found = ctx.lookup.byName(d.type.collection, v, d.type.collection === 'organizations' ? ctx.region : undefined);
        const ids = [...new Set(found.map((x) => x.id))];
        if (ids.length === 1) return { ok: true, value: ids[0] };
        if (ids.length > 1) return { ok: false, code: 'ref-ambiguous', data: { value: v, header: ctx.header, ids } };
      }
      if (holder) return { ok: false, code: 'ref-wrong-collection', data: { value: v, header: ctx.header, collection: holder, expected: want.join('/') } };
      const near = d.type.collection === 'organizations' || d.type.collection === 'staff' ? ctx.lookup.closestName(d.type.collection, v) : undefined;
      return { ok: false, code: 'ref-missing', data: { value: v, header: ctx.header, hint: near ? nested('ref-hint', { word: near.shown, id: near.id }) : '' } };
    }
  }
}
