/**
 * One form for a file's reading wherever it travels: into the read cache, and from a worker
 * thread to the main thread. Places are packed for file 0 (so a file may move in the list), the
 * records' hidden places (LOC symbols, which neither v8.serialize nor structured clone carry)
 * travel beside them, and the text is not inside (it is decoded from the file's bytes, which are
 * read for the key anyway).
 *
 * A worker serializes a reading once (v8.serialize), writes those bytes to the cache when there
 * is one, and transfers the same buffer to the main thread: the main thread only deserializes.
 */
import { LOC, packLoc } from './positions.js';
import type { CachedRead } from '../cache/read-cache.js';
import type { RawFinding } from '../engine/raw.js';

export interface Reading {
  index: number;
  error?: { messageId: string; data: Record<string, unknown> };
  text: string | null;
  /** The file's bytes, when its text is decoded only if something asks for it (a reading from the cache or a worker). */
  lazyText?: Uint8Array;
  valid: Partial<Record<string, Record<string, unknown>[]>>;
  invalid: { collection: string; id: string; rec: Record<string, unknown> }[];
  count: number;
  findings: RawFinding[];
}

const locOf = (rec: object) => (rec as { [LOC]?: number })[LOC] ?? 0;
const shiftOf = (index: number) => packLoc(index, 0, 0);

/** A reading as the cache keeps it: places packed for file 0. */
export function toCached(o: Reading, index: number): CachedRead {
  const shift = shiftOf(index);
  const validLoc: Partial<Record<string, number[]>> = {};
  for (const c of Object.keys(o.valid)) validLoc[c] = o.valid[c]!.map((r) => locOf(r) - shift);
  return {
    hasText: o.text !== null,
    valid: o.valid,
    validLoc,
    invalid: o.invalid.map((x) => ({ collection: x.collection, id: x.id, rec: x.rec, loc: locOf(x.rec) - shift })),
    count: o.count,
    findings: o.findings.map((f) => moveFinding(f, 0)),
  };
}

/**
 * A cached reading placed at a file index (the records get their hidden places back). `text` is
 * the decoded text, or the file's bytes to decode it from when it is first needed.
 */
export function fromCached(c: CachedRead, index: number, text: string | Uint8Array | null): Reading {
  const shift = shiftOf(index);
  for (const coll of Object.keys(c.valid)) {
    const list = c.valid[coll]!;
    const locs = c.validLoc[coll]!;
    for (let k = 0; k < list.length; k++) (list[k] as Record<string | symbol, unknown>)[LOC] = locs[k] + shift;
  }
  for (const x of c.invalid) (x.rec as Record<string | symbol, unknown>)[LOC] = x.loc + shift;
  const lazy = c.hasText && text instanceof Uint8Array ? { lazyText: text } : {};
  return { index, text: c.hasText && typeof text === 'string' ? text : null, ...lazy, valid: c.valid, invalid: c.invalid, count: c.count, findings: (c.findings as RawFinding[]).map((f) => moveFinding(f, index)) };
}

function moveFinding(f: RawFinding, file: number): RawFinding {
  return { ...f, loc: { ...f.loc, file }, ...(f.related ? { related: f.related.map((r) => ({ ...r, loc: { ...r.loc, file } })) } : {}) };
}

/**
 * The bytes in a buffer that may be transferred: their own (a file read into a buffer one byte
 * larger counts), never a slice of Node's shared pool, which is copied.
 */
export function ownBuffer(b: Uint8Array): Uint8Array {
  return b.byteOffset === 0 && b.buffer.byteLength - b.byteLength <= 1 ? b : new Uint8Array(b);
}
