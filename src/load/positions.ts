/**
 * Positions of parsed YAML values.
 *
 * Bulk reading runs plain js-yaml (no positions: the parse-only speed). Each record only
 * remembers its file and its path in that file ([collection, index]). When a finding needs
 * a line and column, the file is parsed once more with js-yaml's `listener`, which hangs on
 * every mapping and sequence a hidden array of source offsets: for a sequence, where each
 * item starts; for a mapping, where each key and each value starts ([k0, v0, k1, v1, …], in
 * key order). So only files with findings pay for positions, and only once.
 */

export const POS: unique symbol = Symbol('ereje.pos');
/**
 * On a record: where it came from — its file in the run's file list, its collection and its
 * index in that collection's list — packed in one number, so the 370,000 records of national
 * data carry no extra objects: file × 2²⁷ + collection × 2²⁴ + index.
 */
export const LOC: unique symbol = Symbol('ereje.loc');

const FILE_UNIT = 2 ** 27;
const COLL_UNIT = 2 ** 24;

export function packLoc(file: number, collection: number, index: number): number {
  return file * FILE_UNIT + collection * COLL_UNIT + index;
}
export function locFile(loc: number): number {
  return Math.floor(loc / FILE_UNIT);
}
export function locCollection(loc: number): number {
  return Math.floor(loc / COLL_UNIT) % 8;
}
export function locIndex(loc: number): number {
  return loc % COLL_UNIT;
}
/** The file index of a record (undefined for an object that did not come from a file). */
export function fileOf(rec: object): number | undefined {
  const loc = (rec as { [LOC]?: number })[LOC];
  return loc === undefined ? undefined : locFile(loc);
}

export type PathSeg = string | number;

interface Positioned { [POS]?: number[] }

/**
 * Offset of the value at `path` below `root`. When the path ends at a key that is absent
 * (a missing field), the answer is the key of the mapping that should hold it — the line a
 * user opens to add the field — or the item start for a list item.
 */
export function offsetOf(root: unknown, path: readonly PathSeg[], fallback: number, wantKey = false): number {
  let node = root as Positioned & Record<string | number, unknown>;
  let at = fallback;
  let atKey = fallback; // where the current container's own key is (or its item starts)
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (node === null || typeof node !== 'object') break;
    const kids = node[POS];
    if (!kids) break;
    if (Array.isArray(node)) {
      if (typeof seg !== 'number' || seg < 0 || seg >= kids.length) return atKey;
      at = atKey = kids[seg];
    } else {
      const keys = Object.keys(node);
      const idx = keys.indexOf(String(seg));
      if (idx < 0 || 2 * idx + 1 >= kids.length || keys.some(isIndexLike)) return atKey;
      atKey = kids[2 * idx];
      at = wantKey && i === path.length - 1 ? atKey : kids[2 * idx + 1];
    }
    node = (node as Record<string | number, unknown>)[seg] as Positioned & Record<string | number, unknown>;
  }
  return at;
}

function isIndexLike(k: string): boolean {
  // Integer-like keys are enumerated first by JS, which breaks the key ↔ offset pairing.
  return k.length > 0 && k.length < 11 && /^(0|[1-9]\d*)$/.test(k);
}

/** Lazily built line index of one source text. */
export class LineIndex {
  private starts: Int32Array | null = null;
  constructor(private readonly text: string) {}

  private build(): Int32Array {
    const t = this.text;
    // A lone CR (old Mac line ends) breaks a line for YAML, js-yaml's marks and editors alike.
    if (t.indexOf('\r') !== -1 && /\r(?!\n)/.test(t)) {
      const list = [0];
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10 || (c === 13 && t.charCodeAt(i + 1) !== 10)) list.push(i + 1);
      }
      return Int32Array.from(list);
    }
    let n = 1;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) n++;
    const starts = new Int32Array(n);
    let k = 1;
    for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) starts[k++] = i + 1;
    return starts;
  }

  /** 1-based line and column of an offset, after skipping blanks and comments. */
  lineCol(offset: number, skip = true): { line: number; column: number } {
    const starts = (this.starts ??= this.build());
    const at = skip ? skipBlank(this.text, offset) : Math.min(Math.max(offset, 0), this.text.length);
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  }
}

/** The offset of the first character of content at or after `i`. */
export function skipBlank(t: string, i: number): number {
  const n = t.length;
  const start = Math.min(Math.max(i, 0), n);
  i = start;
  for (;;) {
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    if (i < n && t.charCodeAt(i) === 35 /* # */ && (i === 0 || isBlank(t.charCodeAt(i - 1)))) {
      while (i < n && t.charCodeAt(i) !== 10) i++;
      continue;
    }
    break;
  }
  return i >= n ? start : i;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
