/**
 * Plans an import against the data and computes the new text of every file it touches, in
 * memory; nothing is written here.
 *
 * - A record whose id the data has is compared field by field: equal values are left alone, a
 *   field the YAML does not have is added under the record (in its own indentation, or inside
 *   its `{ … }`), a value the user wrote that differs is a conflict — the record is left alone
 *   unless `force`, and then only that value's text is replaced.
 * - New records are appended to the target file's collection (src/new/append.ts places the
 *   first one; the rest follow it in the same style), or a new file is started.
 * - Every byte not named above stays: comments, quoting, key order, blank lines, CRLF, a BOM.
 *   Each new text is read back as `validate` reads it and must equal the old data plus exactly
 *   the planned changes, or that file is not written.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML, { isMap, isScalar, type YAMLMap, type Pair, type Node } from 'yaml';
import type { CollectionName } from '../schema/collections.js';
import type { Dataset } from '../model/dataset.js';
import { LOC, locFile, locIndex } from '../load/positions.js';
import { loadYaml } from '../load/yaml.js';
import { readDataFile } from '../load/read-file.js';
import { decodeUtf8 } from '../load/decode.js';
import { displayPath } from '../load/files.js';
import { appendRecord, detectEol, newFileText, recordFlow, recordLines, AppendError } from '../new/append.js';
import { SCHEMA_FILE, schemaLine } from '../init/templates.js';
import type { ImportFinding, RowRecord } from './rows.js';
import { norm } from './columns.js';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export type PlanKind = 'add' | 'change' | 'keep' | 'conflict';

export interface PlanItem {
  kind: PlanKind;
  collection: CollectionName;
  id: string;
  row: RowRecord;
  /** The file it is (or goes) in, as shown. */
  file: string;
  /** change: fields added or replaced; conflict: the values that differ. */
  changes: FieldChange[];
}

export interface FileOutput {
  abs: string;
  shown: string;
  /** The bytes read (null: a new file); writing refuses if the file no longer holds them. */
  before: Buffer | null;
  after: string;
  added: number;
  changed: number;
}

export interface MergeResult {
  items: PlanItem[];
  outputs: FileOutput[];
  findings: ImportFinding[];
}

export interface MergeOptions {
  /** Where new records go: a folder (its `<collection>.yaml`, or the file there that already holds the collection) or a .yaml file. */
  into: string;
  /** The data repo root (for the editor schema line of a new file). */
  root: string;
  cwd: string;
  force: boolean;
}

type Located = { [LOC]?: number };

/** Values compared as the data means them: a `{ kk, ru }` text equals either of its languages. */
export function sameValue(existing: unknown, imported: unknown): boolean {
  if (existing === imported) return true;
  if (typeof imported === 'string' && existing && typeof existing === 'object' && !Array.isArray(existing)) {
    return Object.values(existing as Record<string, unknown>).some((v) => typeof v === 'string' && norm(v) === norm(imported) && v.trim() === imported.trim());
  }
  if (typeof existing === 'number' && typeof imported === 'string') return String(existing) === imported;
  if (typeof existing === 'string' && typeof imported === 'string') return existing.trim().replace(/\s+/g, ' ') === imported;
  return false;
}

/** The target file for new records of a collection. */
function targetFile(collection: CollectionName, into: string, data: Dataset): string {
  if (/\.ya?ml$/i.test(into)) return into;
  const own = path.join(into, `${collection}.yaml`);
  if (fs.existsSync(own)) return own;
  // The file directly in the folder that already holds the most of this collection.
  const counts = new Map<number, number>();
  for (const rec of data.collection(collection) as unknown as Located[]) {
    const f = locFile(rec[LOC] ?? 0);
    if (path.dirname(data.files[f]?.abs ?? '') === into) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? data.files[best[0]].abs : own;
}

interface Splice {
  at: number;
  cut: number;
  insert: string;
}

interface FileWork {
  abs: string;
  edits: { item: PlanItem; index: number; fields: { field: string; value: unknown }[] }[];
  appends: PlanItem[];
}

export function planMerge(rows: RowRecord[], data: Dataset, opts: MergeOptions): MergeResult {
  const result: MergeResult = { items: [], outputs: [], findings: [] };
  const work = new Map<string, FileWork>();
  const workOf = (abs: string) => {
    let w = work.get(abs);
    if (!w) work.set(abs, (w = { abs, edits: [], appends: [] }));
    return w;
  };
  const shownCache = new Map<string, string>();
  const shown = (abs: string) => {
    let s = shownCache.get(abs);
    if (s === undefined) shownCache.set(abs, (s = displayPath(abs, opts.cwd)));
    return s;
  };
  const intoAbs = path.resolve(opts.cwd, opts.into);
  const targets = new Map<CollectionName, string>();

  // Parsed documents of the files that hold changed records, read once.
  const docs = new Map<number, { doc: YAML.Document; text: string } | null>();
  const docOf = (file: number) => {
    if (!docs.has(file)) {
      const text = data.files[file]?.text;
      docs.set(file, text == null ? null : { doc: YAML.parseDocument(text, { keepSourceTokens: true, uniqueKeys: false, logLevel: 'error' }), text });
    }
    return docs.get(file)!;
  };

  for (const row of rows) {
    const { collection, record } = row;
    const id = record.id as string;
    const existing = data.lookup(id) as (Record<string, unknown> & Located) | undefined;
    if (!existing) {
      let abs = targets.get(collection);
      if (!abs) targets.set(collection, (abs = targetFile(collection, intoAbs, data)));
      const item: PlanItem = { kind: 'add', collection, id, row, file: shown(abs), changes: [] };
      result.items.push(item);
      workOf(abs).appends.push(item);
      continue;
    }
    const loc = existing[LOC] ?? 0;
    const fileIdx = locFile(loc);
    const file = data.files[fileIdx];
    const diffs = Object.keys(record).filter((f) => f !== 'id' && !sameValue(existing[f], record[f]));
    const item: PlanItem = { kind: 'keep', collection, id, row, file: file ? shown(file.abs) : '?', changes: [] };
    result.items.push(item);
    if (!diffs.length || !file) continue;
    // What the user wrote (the loader filled in defaults such as status: active).
    const parsed = docOf(fileIdx);
    const node = parsed?.doc.getIn([collection, locIndex(loc)], true) as YAMLMap | undefined;
    if (!node || !isMap(node)) {
      item.kind = 'conflict';
      item.changes = diffs.map((f) => ({ field: f, from: existing[f], to: record[f] }));
      continue;
    }
    const written = (f: string) => node.items.find((p) => isScalar(p.key) && p.key.value === f);
    const fields: { field: string; value: unknown }[] = [];
    const conflicts: FieldChange[] = [];
    for (const f of diffs) {
      const pair = written(f);
      const has = pair && pair.value !== null && !(isScalar(pair.value) && pair.value.value === null);
      if (has) {
        const raw = (pair!.value as Node).toJSON();
        if (sameValue(raw, record[f])) continue;
        conflicts.push({ field: f, from: raw, to: record[f] });
      }
      fields.push({ field: f, value: record[f] });
    }
    if (!fields.length) continue;
    if (conflicts.length && !opts.force) {
      item.kind = 'conflict';
      item.changes = conflicts;
      for (const c of conflicts) {
        result.findings.push({ severity: 'error', code: 'conflict', data: { id, field: c.field, from: show(c.from), to: show(c.to) }, place: rowPlace(row) });
      }
      continue;
    }
    item.kind = 'change';
    item.changes = fields.map((x) => ({ field: x.field, from: existing[x.field], to: x.value }));
    workOf(file.abs).edits.push({ item, index: locIndex(loc), fields });
  }

  for (const w of work.values()) {
    const out = buildFile(w, data, opts, docs, result);
    if (out) result.outputs.push(out);
  }
  return result;
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return Object.values(v as Record<string, unknown>).join(' / ');
  return String(v);
}

export function rowPlace(row: RowRecord, field = 'id'): string {
  return row.sheet === null ? `${row.file}!${row.cells[field] ?? `A${row.row}`}` : `${row.file}!${row.sheet}!${row.cells[field] ?? `A${row.row}`}`;
}

function buildFile(w: FileWork, data: Dataset, opts: MergeOptions, docs: Map<number, { doc: YAML.Document; text: string } | null>, result: MergeResult): FileOutput | null {
  const shownFile = displayPath(w.abs, opts.cwd);
  const fail = (reason: string) => {
    for (const it of [...w.edits.map((e) => e.item), ...w.appends]) it.kind = it.kind === 'add' || it.kind === 'change' ? 'conflict' : it.kind;
    result.findings.push({ severity: 'error', code: 'not-imported', data: { file: shownFile, reason }, place: shownFile });
    return null;
  };
  let before: Buffer | null = null;
  try {
    before = fs.readFileSync(w.abs);
  } catch {
    before = null;
  }
  let bom = '';
  let text = '';
  if (before) {
    const decoded = decodeUtf8(before);
    if (!decoded.ok) return fail(`not UTF-8 (${decoded.encoding ?? '?'})`);
    bom = decoded.bom ? '\uFEFF' : '';
    text = decoded.text;
  }
  const eol = before ? detectEol(text) : '\n';

  // The data as the loader reads it now, and as it must read afterwards.
  let expected: Record<string, unknown> = {};
  try {
    expected = before ? ((loadYaml(text) as Record<string, unknown>) ?? {}) : {};
  } catch (e) {
    return fail(`the file does not parse (${(e as Error).message})`);
  }

  // 1. Field edits, from the end of the file backwards.
  if (w.edits.length) {
    const fileIdx = data.files.findIndex((f) => f.abs === w.abs);
    const parsed = docs.get(fileIdx);
    if (!parsed || parsed.text !== text) return fail('the file changed since it was read');
    const splices: Splice[] = [];
    for (const e of w.edits) {
      const collection = e.item.collection;
      const node = parsed.doc.getIn([collection, e.index], true) as YAMLMap;
      for (const { field, value } of e.fields) splices.push(editSplice(text, node, field, value, eol));
      const list = expected[collection] as Record<string, unknown>[];
      const target = list[e.index];
      for (const { field, value } of e.fields) target[field] = value;
    }
    splices.sort((a, b) => b.at - a.at);
    for (const s of splices) text = text.slice(0, s.at) + s.insert + text.slice(s.cut);
  }

  // 2. New records.
  let out = bom + text;
  if (w.appends.length) {
    const byCollection = new Map<CollectionName, Record<string, unknown>[]>();
    for (const it of w.appends) {
      const list = byCollection.get(it.collection) ?? [];
      list.push(it.row.record);
      byCollection.set(it.collection, list);
    }
    for (const [collection, records] of byCollection) {
      try {
        if (!before && out === '') {
          const rel = path.relative(path.dirname(w.abs), path.join(opts.root, SCHEMA_FILE)).split(path.sep).join('/');
          out = appendMany(newFileText(collection, records[0], [schemaLine(rel.startsWith('.') ? rel : `./${rel}`)], eol), records.slice(1), eol);
        } else out = appendMany(appendRecord(out, collection, records[0]), records.slice(1), eol);
      } catch (e) {
        if (e instanceof AppendError) return fail(e.message);
        throw e;
      }
      const list = (expected[collection] ??= []) as unknown[];
      if (!Array.isArray(list)) return fail(`${collection} is not a list`);
      list.push(...records);
    }
  }

  // 3. Read back as validate reads it: exactly the planned data, and no new schema findings.
  const afterText = out.replace(/^\uFEFF/, '');
  let got: unknown;
  try {
    got = loadYaml(afterText) ?? {};
  } catch (e) {
    return fail(`the result would not parse (${(e as Error).message})`);
  }
  if (JSON.stringify(got) !== JSON.stringify(expected)) return fail('the result does not read back as planned');
  const findingsBefore = before ? readDataFile(before, 0, shownFile).findings.length : 0;
  const findingsAfter = readDataFile(Buffer.from(out, 'utf8'), 0, shownFile).findings.length;
  if (findingsAfter > findingsBefore) return fail('the result would not pass the data format');

  return { abs: w.abs, shown: shownFile, before, after: out, added: w.appends.length, changed: w.edits.length };
}

/** One field of a record set to a value: its value's text replaced, or a new `key: value` added. */
function editSplice(text: string, node: YAMLMap, field: string, value: unknown, eol: string): Splice {
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === field) as Pair<Node, Node | null> | undefined;
  if (node.flow) {
    const pairText = recordFlow({ [field]: value }).replace(/^\{\s*/, '').replace(/\s*\}$/, '');
    const scalar = pairText.slice(pairText.indexOf(':') + 2);
    if (pair?.value?.range) return { at: pair.value.range[0], cut: pair.value.range[1], insert: scalar };
    let close = node.range![1] - 1;
    while (close > 0 && text[close] !== '}') close--;
    let at = close;
    while (at > 0 && /[ \t]/.test(text[at - 1])) at--;
    const empty = node.items.length === 0;
    return { at, cut: at, insert: `${empty ? ' ' : ', '}${pairText}` };
  }
  const line = recordLines({ [field]: value })[0];
  if (pair?.value?.range) return { at: pair.value.range[0], cut: pair.value.range[1], insert: line.slice(line.indexOf(':') + 2) };
  if (pair) {
    // `field:` with nothing after it.
    const keyEnd = pair.key.range![1];
    const colon = text.indexOf(':', keyEnd);
    return { at: colon + 1, cut: colon + 1, insert: ` ${line.slice(line.indexOf(':') + 2)}` };
  }
  const first = node.items[0]?.key as Node | undefined;
  const firstStart = first?.range?.[0] ?? node.range![0];
  const indent = firstStart - (text.lastIndexOf('\n', firstStart - 1) + 1);
  const last = node.items[node.items.length - 1];
  const lastNode = (last?.value ?? last?.key) as Node | undefined;
  const r = lastNode?.range ?? node.range!;
  let at = text.indexOf('\n', Math.max(r[1] - 1, r[0]));
  if (at < 0) at = text.length;
  else if (at > 0 && text[at - 1] === '\r') at--;
  return { at, cut: at, insert: `${eol}${' '.repeat(indent)}${line}` };
}

/**
 * More records after one placed by appendRecord / newFileText, in the same style (a block
 * item at the same indentation, a one-line `{ … }` item, or `, {…}` in a flow list).
 * Built as one string: 50,000 records cost one splice, not 50,000 re-parses.
 */
function appendMany(first: { text: string; start: number; end: number; line: number }, rest: Record<string, unknown>[], eol: string): string {
  if (!rest.length) return first.text;
  const text = first.text;
  const inserted = text.slice(first.start, first.end);
  let at = first.end;
  if (inserted.endsWith(eol) && text.slice(at - eol.length, at) === eol) at -= eol.length;
  const pieces: string[] = [];
  if (inserted.startsWith(', ')) {
    for (const r of rest) pieces.push(`, ${recordFlow(r)}`);
  } else {
    // The first record's line: its dash column and where its content starts.
    const lines = text.split('\n');
    const firstLine = lines[first.line - 1].replace(/\r$/, '');
    const m = /^(\s*)-(\s+)/.exec(firstLine);
    if (!m) throw new AppendError('cannot find the appended item');
    const dashCol = m[1].length;
    const contentOffset = m[2].length + 1;
    const flow = firstLine.slice(m[0].length).startsWith('{');
    for (const r of rest) {
      if (flow) pieces.push(`${eol}${' '.repeat(dashCol)}-${' '.repeat(contentOffset - 1)}${recordFlow(r)}`);
      else {
        const ls = flatLines(r) ?? recordLines(r);
        pieces.push(eol + ls.map((l, i) => (i === 0 ? `${' '.repeat(dashCol)}-${' '.repeat(contentOffset - 1)}${l}` : l === '' ? '' : `${' '.repeat(dashCol + contentOffset)}${l}`)).join(eol));
      }
    }
  }
  return text.slice(0, at) + pieces.join('') + text.slice(at);
}

const PLAIN_WORD = /^[a-z][a-z0-9._-]*$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/**
 * A record of scalars as block lines, without building a YAML document per record (50,000 of
 * those cost seconds): ids, kebab-case values and dates plain, other text double-quoted (the
 * style of `ereje new`'s non-ASCII text). Anything else goes through the yaml package. The
 * file is read back as a whole afterwards, so a wrong guess here is refused, never written.
 */
function flatLines(r: Record<string, unknown>): string[] | null {
  const out: string[] = [];
  for (const [k, v] of Object.entries(r)) {
    if (!PLAIN_WORD.test(k)) return null;
    if (typeof v === 'number' && Number.isFinite(v)) out.push(`${k}: ${v}`);
    else if (typeof v === 'boolean') out.push(`${k}: ${v}`);
    else if (typeof v === 'string') out.push(`${k}: ${(PLAIN_WORD.test(v) && !RESERVED.test(v)) || ISO_DAY.test(v) ? v : JSON.stringify(v)}`);
    else return null;
  }
  return out;
}
