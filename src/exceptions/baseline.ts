/**
 * `ereje baseline` as a library: the exceptions a run's findings call for, appended to the
 * exceptions file without touching its other bytes (comments, order, quoting, CRLF), and the
 * unused entries removed by --prune. The caller writes the text atomically (core/write.ts).
 */
import type { Finding } from '../engine/findings.js';
import { appendRecord, AppendError, detectEol, recordFlow, recordLines } from '../new/append.js';
import type { CollectionName } from '../schema/collections.js';
import { loadYaml, parseYaml } from '../load/yaml.js';
import { offsetOf } from '../load/positions.js';

export interface Decision {
  reason: string;
  approvedBy: string;
  approvedOn: string;
  expires: string;
  decision?: string;
}

/** Rules whose subject is a file path (relative to where ereje ran), not an id: never baselined. */
const FILE_SUBJECT_RULES = new Set(['data/syntax', 'data/encoding']);

/**
 * The key a baseline records for a finding: rule, subject, the field path up to its first list
 * index (`requested[2].covers` → `requested`: stable when list items are added or reordered),
 * and the period. Null when the finding cannot be excepted (no subject, a file-level reading
 * error, a finding about the exceptions file itself).
 */
export function baselineKey(f: Finding): { rule: string; subject: string; path?: string; period?: string } | null {
  if (f.subject === null || f.subject === '' || FILE_SUBJECT_RULES.has(f.rule) || f.rule.startsWith('exceptions/')) return null;
  const key: { rule: string; subject: string; path?: string; period?: string } = { rule: f.rule, subject: f.subject };
  const stable = f.field?.split('[')[0];
  if (stable) key.path = stable;
  if (f.period) key.period = f.period;
  return key;
}

/** One entry per distinct key, in the findings' order. */
export function baselineEntries(findings: readonly Finding[], d: Decision): { entries: Record<string, unknown>[]; skipped: Finding[] } {
  const seen = new Set<string>();
  const entries: Record<string, unknown>[] = [];
  const skipped: Finding[] = [];
  for (const f of findings) {
    const key = baselineKey(f);
    if (!key) {
      if (!f.rule.startsWith('exceptions/')) skipped.push(f);
      continue;
    }
    const k = [key.rule, key.subject, key.path ?? '', key.period ?? ''].join('\u0000');
    if (seen.has(k)) continue;
    seen.add(k);
    entries.push({
      ...key,
      reason: d.reason,
      approved_by: d.approvedBy,
      approved_on: d.approvedOn,
      ...(d.decision ? { decision: d.decision } : {}),
      expires: d.expires,
    });
  }
  return { entries, skipped };
}

const HEADER = [
  '# ereje exceptions: findings accepted for a while, each with a reason, who approved it and until when.',
  '# Keyed on rule and record id (never on lines): edit, reorder or split the data files freely.',
  '# An entry past its expiry date is reported again (exceptions/expired); one that matches nothing is',
  '# exceptions/unused (remove such entries with `ereje baseline --prune`).',
];

function block(lines: string[], dashCol: number, contentOffset: number): string[] {
  return lines.map((l, i) => (i === 0 ? `${' '.repeat(dashCol)}-${' '.repeat(Math.max(1, contentOffset - 1))}${l}` : l === '' ? '' : `${' '.repeat(dashCol + contentOffset)}${l}`));
}

function listOf(text: string): unknown[] {
  const doc = (loadYaml(text.replace(/^\uFEFF/, '')) ?? {}) as Record<string, unknown>;
  const list = doc.exceptions;
  return Array.isArray(list) ? list : [];
}

/** The file's text with the entries appended (a new file when `text` is null). */
export function appendEntries(text: string | null, entries: readonly Record<string, unknown>[]): string {
  if (!entries.length) return text ?? '';
  if (text === null || text.trim() === '') {
    const lines = [...HEADER, 'exceptions:', ...entries.flatMap((e) => block(recordLines(e), 2, 2))];
    return lines.join('\n') + '\n';
  }
  const before = listOf(text);
  // The first entry finds the place (a block list, a flow list, no list yet: as `ereje new` does);
  // the others follow it in the same layout, in one splice.
  const first = appendRecord(text, 'exceptions' as CollectionName, entries[0]);
  let out = first.text;
  const rest = entries.slice(1);
  if (rest.length) {
    const inserted = first.text.slice(first.start, first.end);
    const eol = detectEol(text);
    const m = /^(?:\r?\n)?( *)-( +)(\{)?/.exec(inserted);
    if (m) {
      const dashCol = m[1].length;
      const offset = m[2].length + 1;
      const more = rest.map((e) => (m[3] ? `${' '.repeat(dashCol)}-${' '.repeat(offset - 1)}${recordFlow(e)}` : block(recordLines(e), dashCol, offset).join(eol)));
      out = out.slice(0, first.end) + eol + more.join(eol) + out.slice(first.end);
    } else {
      for (const e of rest) out = appendRecord(out, 'exceptions' as CollectionName, e).text;
    }
  }
  const after = listOf(out);
  if (after.length !== before.length + entries.length) throw new AppendError('the number of exceptions did not grow as expected');
  if (JSON.stringify(after.slice(0, before.length)) !== JSON.stringify(before)) throw new AppendError('existing exceptions would change');
  if (JSON.stringify(after.slice(before.length)) !== JSON.stringify(entries)) throw new AppendError('the new exceptions do not read back as written');
  return out;
}

/**
 * The file's text without the entries at these indexes of `exceptions:`: each entry's lines (from
 * its `-` to its last line indented deeper than the `-`) are removed; comments and blank lines
 * between entries stay. Positions come from the bulk reader (a 5,000-entry file in milliseconds).
 */
export function removeEntries(text: string, indexes: readonly number[]): string {
  if (!indexes.length) return text;
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const before = listOf(body);
  const doc = parseYaml(body) as { exceptions?: unknown } | null;
  if (!doc || !Array.isArray(doc.exceptions)) throw new AppendError('exceptions: is not a list');
  const drop = new Set(indexes);
  const cuts: [number, number][] = [];
  for (const i of [...drop].sort((a, b) => a - b)) {
    if (i < 0 || i >= doc.exceptions.length) throw new AppendError(`no entry ${i}`);
    const itemStart = offsetOf(doc, ['exceptions', i], -1);
    const dash = body.lastIndexOf('-', itemStart);
    const from = body.lastIndexOf('\n', dash - 1) + 1;
    if (dash < from || body.slice(from, dash).trim() !== '') throw new AppendError('exceptions: is not a block list');
    const dashCol = dash - from;
    let to = lineEndAfter(body, dash);
    for (let at = to; at < body.length; ) {
      const next = lineEndAfter(body, at);
      const line = body.slice(at, next).replace(/\r?\n$/, '');
      if (line.trim() !== '') {
        const indent = line.length - line.trimStart().length;
        if (indent <= dashCol) break;
        to = next;
      }
      at = next;
    }
    cuts.push([from, to]);
  }
  let out = '';
  let last = 0;
  for (const [from, to] of cuts) {
    out += body.slice(last, from);
    last = to;
  }
  out += body.slice(last);
  const after = listOf(out);
  const expected = before.filter((_, i) => !drop.has(i));
  if (JSON.stringify(after) !== JSON.stringify(expected)) throw new AppendError('other exceptions would change');
  return bom + out;
}

/** The offset just past the line break that ends the line holding offset i (or the text's end). */
function lineEndAfter(text: string, i: number): number {
  const j = text.indexOf('\n', i);
  return j < 0 ? text.length : j + 1;
}
