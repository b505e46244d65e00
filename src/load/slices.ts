/**
 * Positions of findings in a big file without parsing all of it again: a finding's place is
 * [collection, item, …], and in the layout every export and generator writes (a top-level key,
 * then its items as a block sequence, one `- ` per item at one indentation) the item's text is
 * a slice of the file that parses on its own. Only that slice is parsed with positions.
 *
 * Each slice is checked against the record it must hold (same id, same top-level scalars): any
 * doubt — another layout, an alias, a record that was not valid, a check that fails, a lone CR,
 * a place whose blank run reaches past its item — leaves the place to the whole-file parse, so a
 * place found here is the place the whole parse finds.
 *
 * It works on the file's UTF-8 bytes (the structure it looks for — `-`, spaces, `#`, newlines —
 * is ASCII, which never occurs inside a multi-byte character): a file read by a worker or from
 * the cache is never decoded as a whole to place its findings, only the items they are in
 * (measured on the bench's big shape: decoding twenty 4.7 MB staff files took 0.8 s of a run).
 */
import { LineIndex, offsetOf, type PathSeg } from './positions.js';
import { parseYaml } from './yaml.js';

const NL = 10;
const CR = 13;

/**
 * Where items of the top-level block sequence `name:` start (byte offsets) and on which line
 * (0-based), and where the last one scanned ends; null if the layout is not the plain one.
 * With `upTo`, the scan stops once item `upTo` is known to end (the next item's start): a file's
 * findings need the items up to the last one with a finding, not all of them (measured on the
 * bench's big shape: scanning every line of twenty 4.7 MB staff files, and counting their lines
 * once more for line numbers, took 0.45 s of a run).
 */
export function sequenceItems(b: Uint8Array, name: string, upTo = Infinity): { starts: number[]; lines: number[]; end: number; complete: boolean } | null {
  // The key at the start of a line, once: `name:`, then only blanks and a comment on that line.
  const key = Buffer.from(`${name}:`, 'utf8');
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  let head = -1;
  for (let i = buf.indexOf(key); i !== -1; i = buf.indexOf(key, i + 1)) {
    if (i > 0 && buf[i - 1] !== NL) continue;
    let j = i + key.length;
    while (j < buf.length && (buf[j] === 32 || buf[j] === 9)) j++;
    if (!(j >= buf.length || buf[j] === NL || buf[j] === 35 /* # */ || (buf[j] === CR && (j + 1 >= buf.length || buf[j + 1] === NL)))) continue;
    if (head !== -1) return null; // twice: not for us to guess
    head = i;
  }
  if (head === -1) return null;
  const nl0 = buf.indexOf(NL, head);
  if (nl0 === -1) return null;
  let line = 1; // the line after the key's (0-based)
  for (let i = buf.indexOf(NL); i !== -1 && i < nl0; i = buf.indexOf(NL, i + 1)) line++;
  const starts: number[] = [];
  const lines: number[] = [];
  let indent = -1;
  let at = nl0 + 1;
  let last = at;
  const n = buf.length;
  for (; at < n; line++) {
    let nl = buf.indexOf(NL, at);
    if (nl === -1) nl = n;
    let i = at;
    while (i < nl && buf[i] === 32) i++;
    const c = buf[i];
    if (i >= nl || c === 35 /* # */ || (c === CR && i + 1 >= nl)) {
      at = nl + 1; // blank or comment
      continue;
    }
    if (c === 9) return null; // a tab in the indentation
    const w = i - at;
    const next = i + 1 < n ? buf[i + 1] : -1;
    const item = c === 45 /* - */ && (i + 1 >= nl || next === 32 || next === CR);
    if (indent === -1) {
      if (!item) return null;
      indent = w;
    }
    if (w < indent || (w === indent && !item)) {
      if (w === 0 && !item) break; // the next top-level key
      return null;
    }
    if (w === indent) {
      starts.push(at);
      lines.push(line);
      if (starts.length > upTo + 1) return { starts, lines, end: at, complete: false };
    }
    last = nl;
    at = nl + 1;
  }
  return { starts, lines, end: Math.min(n, last + 1), complete: true };
}

/** A CR not followed by LF (it breaks a line for YAML too): then lines are not counted by LF alone. */
function hasLoneCr(b: Uint8Array): boolean {
  for (let i = b.indexOf(CR); i !== -1; i = b.indexOf(CR, i + 1)) if (b[i + 1] !== NL) return true;
  return false;
}

/**
 * 1-based line and column (UTF-16 units, as LineIndex counts them) of places inside items of a
 * file, each found by parsing the item's slice alone; a place that cannot be found this way is
 * left out of the answer (the caller parses the file). `bytes` are the file's bytes as read (a
 * UTF-8 BOM is skipped, as the decoded text skips it). `recordOf(collection, index)` gives the
 * record the item must hold (undefined: not valid, no check possible).
 */
export function placesBySlices(
  bytes: Uint8Array,
  places: readonly { path: readonly PathSeg[]; key: boolean }[],
  recordOf: (collection: string, index: number) => Record<string, unknown> | undefined,
): Map<number, { line: number; column: number }> {
  const out = new Map<number, { line: number; column: number }>();
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const b = bom ? bytes.subarray(3) : bytes;
  if (hasLoneCr(b)) return out;
  // How far each collection's items must be scanned: to the last item with a place.
  const upTo = new Map<string, number>();
  for (const p of places) {
    const [coll, index] = p.path;
    if (typeof coll === 'string' && typeof index === 'number') upTo.set(coll, Math.max(upTo.get(coll) ?? -1, index));
  }
  const seqs = new Map<string, ReturnType<typeof sequenceItems>>();
  const items = new Map<string, { doc: unknown; text: string; index: LineIndex; line: number } | null>();
  places.forEach((p, k) => {
    const [coll, index] = p.path;
    if (typeof coll !== 'string' || typeof index !== 'number' || (p.key && p.path.length === 2)) return;
    const id = `${coll}\u0000${index}`;
    let it = items.get(id);
    if (it === undefined) {
      it = null;
      if (!seqs.has(coll)) seqs.set(coll, sequenceItems(b, coll, upTo.get(coll)));
      const seq = seqs.get(coll);
      const rec = recordOf(coll, index);
      if (seq && rec && index < seq.starts.length && (index + 1 < seq.starts.length || seq.complete)) {
        const start = seq.starts[index];
        const end = index + 1 < seq.starts.length ? seq.starts[index + 1] : seq.end;
        const text = Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('utf8');
        if (!text.includes('*') || !/(^|[\s[{,:])\*[^\s[\]{},]/m.test(text)) {
          try {
            const doc = parseYaml(text);
            // The item starts a line: its first line's number is the lines before it, plus one.
            if (holds(doc, rec)) it = { doc, text, index: new LineIndex(text), line: seq.lines[index] };
          } catch {
            // not a slice that stands alone: the whole file is parsed
          }
        }
      }
      items.set(id, it);
    }
    if (!it) return;
    const offset = offsetOf(it.doc, [0, ...p.path.slice(2)], 0, p.key);
    const at = it.index.lineCol(offset);
    // Blanks and comments after the place run to the item's end: in the file they go on into
    // what follows, which only the whole file knows.
    if (skipsPastEnd(it.text, offset)) return;
    out.set(k, { line: it.line + at.line, column: at.column });
  });
  return out;
}

/** From `offset`, blanks and comments reach the end of the text (LineIndex would then stay at `offset`, the whole file would not). */
function skipsPastEnd(t: string, offset: number): boolean {
  let i = Math.max(offset, 0);
  const n = t.length;
  for (;;) {
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    const prev = i > 0 ? t.charCodeAt(i - 1) : 32;
    if (i < n && t.charCodeAt(i) === 35 && (prev === 32 || prev === 9 || prev === 10 || prev === 13)) {
      while (i < n && t.charCodeAt(i) !== 10) i++;
      continue;
    }
    return i >= n;
  }
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
