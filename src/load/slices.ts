/**
 * Positions of findings in a big file without parsing all of it again: a finding's place is
 * [collection, item, …], and in the layout every export and generator writes (a top-level key,
 * then its items as a block sequence, one `- ` per item at one indentation) the item's text is
 * a slice of the file that parses on its own. Only that slice is parsed with positions.
 *
 * Each slice is checked against the record it must hold (same id, same top-level scalars): any
 * doubt — another layout, an alias, a record that was not valid, a check that fails — leaves the
 * place to the whole-file parse, so a place found here is the place the whole parse finds.
 */
import { offsetOf, type PathSeg } from './positions.js';
import { parseYaml } from './yaml.js';

/** Where each item of the top-level block sequence `name:` starts, and where the last ends; null if the layout is not the plain one. */
export function sequenceItems(text: string, name: string): { starts: number[]; end: number } | null {
  // The key at the start of a line, once.
  const head = new RegExp(`^${name.replace(/[^a-z_]/g, '\\$&')}:[ \\t]*(#[^\\n]*)?\\r?$`, 'gm');
  const first = head.exec(text);
  if (!first || head.exec(text)) return null; // missing, or twice: not for us to guess
  const nl0 = text.indexOf('\n', first.index);
  if (nl0 === -1) return null;
  const starts: number[] = [];
  let indent = -1;
  let at = nl0 + 1;
  let last = at;
  const n = text.length;
  while (at < n) {
    let nl = text.indexOf('\n', at);
    if (nl === -1) nl = n;
    let i = at;
    while (i < nl && text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    if (i >= nl || c === 35 /* # */ || (c === 13 && i + 1 >= nl)) {
      at = nl + 1; // blank or comment
      continue;
    }
    if (c === 9) return null; // a tab in the indentation
    const w = i - at;
    const next = text.charCodeAt(i + 1);
    const item = c === 45 /* - */ && (i + 1 >= nl || next === 32 || next === 13);
    if (indent === -1) {
      if (!item) return null;
      indent = w;
    }
    if (w < indent || (w === indent && !item)) {
      if (w === 0 && !item) break; // the next top-level key
      return null;
    }
    if (w === indent) starts.push(at);
    last = nl;
    at = nl + 1;
  }
  return { starts, end: Math.min(n, last + 1) };
}

/**
 * Offsets of places inside items of a file, each found by parsing the item's slice alone; a
 * place that cannot be found this way is left out of the answer (the caller parses the file).
 * `recordOf(collection, index)` gives the record the item must hold (undefined: not valid, no check possible).
 */
export function offsetsBySlices(
  text: string,
  places: readonly { path: readonly PathSeg[]; key: boolean }[],
  recordOf: (collection: string, index: number) => Record<string, unknown> | undefined,
): Map<number, number> {
  const out = new Map<number, number>();
  const seqs = new Map<string, ReturnType<typeof sequenceItems>>();
  const items = new Map<string, { doc: unknown; start: number } | null>();
  places.forEach((p, k) => {
    const [coll, index] = p.path;
    if (typeof coll !== 'string' || typeof index !== 'number' || (p.key && p.path.length === 2)) return;
    const id = `${coll}\u0000${index}`;
    let it = items.get(id);
    if (it === undefined) {
      it = null;
      if (!seqs.has(coll)) seqs.set(coll, sequenceItems(text, coll));
      const seq = seqs.get(coll);
      const rec = recordOf(coll, index);
      if (seq && rec && index < seq.starts.length) {
        const start = seq.starts[index];
        const end = index + 1 < seq.starts.length ? seq.starts[index + 1] : seq.end;
        const slice = text.slice(start, end);
        if (!slice.includes('*') || !/(^|[\s[{,:])\*[^\s[\]{},]/m.test(slice)) {
          try {
            const doc = parseYaml(slice);
            if (holds(doc, rec)) it = { doc, start };
          } catch {
            // not a slice that stands alone: the whole file is parsed
          }
        }
      }
      items.set(id, it);
    }
    if (it) out.set(k, it.start + offsetOf(it.doc, [0, ...p.path.slice(2)], 0, p.key));
  });
  return out;
}

/** The slice holds exactly the record: one item, the same id, the same top-level scalars. */
function holds(doc: unknown, rec: Record<string, unknown>): boolean {
  if (!Array.isArray(doc) || doc.length !== 1) return false;
  const item = doc[0] as Record<string, unknown>;
  if (item === null || typeof item !== 'object' || Array.isArray(item) || item.id === undefined || item.id !== rec.id) return false;
  for (const k of Object.keys(item)) {
    const v = item[k];
    if (v === null || typeof v !== 'object') {
      if (!Object.is(v, rec[k])) return false;
    } else if (rec[k] === null || typeof rec[k] !== 'object' || Array.isArray(v) !== Array.isArray(rec[k])) return false;
  }
  return true;
}
