/**
 * TrueType subsetting for the embedded fonts, written directly from the font file's bytes.
 *
 * pdfkit embeds a subset of the font in every document through fontkit, which decodes every
 * glyph's outline and re-encodes the hinting tables (cvt, fpgm, prep: thousands of numbers)
 * one value at a time — a third of a document's time. The tables a PDF needs are simple, so
 * they are copied here: glyph data as it is (composite glyphs get their component indexes
 * renumbered), hmtx and loca written anew, head/hhea/maxp patched, cvt/fpgm/prep copied whole.
 * Glyph order is the subset's own (pdfkit's content streams refer to it); components met in
 * composite glyphs are added at the end, exactly as fontkit does.
 */

export interface RawTrueType {
  bytes: Uint8Array;
  view: DataView;
  tables: Map<string, { offset: number; length: number }>;
  longLoca: boolean;
  numHMetrics: number;
}

/** Reads the table directory; null when the font is not a plain TrueType font (then fontkit subsets it). */
export function readTrueType(bytes: Uint8Array): RawTrueType | null {
  if (bytes.length < 12) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) return null;
  const n = view.getUint16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < n; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  for (const t of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf']) if (!tables.has(t)) return null;
  const head = tables.get('head')!.offset;
  const hhea = tables.get('hhea')!.offset;
  return { bytes, view, tables, longLoca: view.getInt16(head + 50) === 1, numHMetrics: view.getUint16(hhea + 34) };
}

function glyphRange(f: RawTrueType, gid: number): [number, number] {
  const loca = f.tables.get('loca')!.offset;
  const glyf = f.tables.get('glyf')!.offset;
  if (f.longLoca) return [glyf + f.view.getUint32(loca + 4 * gid), glyf + f.view.getUint32(loca + 4 * gid + 4)];
  return [glyf + 2 * f.view.getUint16(loca + 2 * gid), glyf + 2 * f.view.getUint16(loca + 2 * gid + 2)];
}

function metrics(f: RawTrueType, gid: number): [number, number] {
  const hmtx = f.tables.get('hmtx')!.offset;
  const n = f.numHMetrics;
  if (gid < n) return [f.view.getUint16(hmtx + 4 * gid), f.view.getInt16(hmtx + 4 * gid + 2)];
  return [f.view.getUint16(hmtx + 4 * (n - 1)), f.view.getInt16(hmtx + 4 * n + 2 * (gid - n))];
}

const ARG_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;

/**
 * The subset font file. `glyphs` are original glyph ids in subset order; `include` adds a glyph
 * (a component of a composite one) and returns its subset index — it may grow `glyphs`.
 */
export function encodeSubset(f: RawTrueType, glyphs: number[], include: (gid: number) => number): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [0];
  const hmtx: number[] = [];
  let size = 0;
  for (let i = 0; i < glyphs.length; i++) {
    const gid = glyphs[i];
    const [start, end] = glyphRange(f, gid);
    let data = f.bytes.subarray(start, end);
    if (data.length >= 10 && f.view.getInt16(start) < 0) {
      data = data.slice();
      const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
      let pos = 10;
      let flags: number;
      do {
        flags = dv.getUint16(pos);
        dv.setUint16(pos + 2, include(dv.getUint16(pos + 2)));
        pos += 4 + (flags & ARG_WORDS ? 4 : 2);
        if (flags & HAVE_SCALE) pos += 2;
        else if (flags & HAVE_XY_SCALE) pos += 4;
        else if (flags & HAVE_2X2) pos += 8;
      } while (flags & MORE_COMPONENTS && pos + 4 <= data.length);
    }
    const padded = (data.length + 3) & ~3;
    parts.push(data);
    size += padded;
    offsets.push(size);
    const [adv, lsb] = metrics(f, gid);
    hmtx.push(adv, lsb);
  }
  const n = glyphs.length;

  const glyf = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    glyf.set(parts[i], at);
    at = offsets[i + 1];
  }
  const loca = new Uint8Array(4 * (n + 1));
  const locaView = new DataView(loca.buffer);
  offsets.forEach((o, i) => locaView.setUint32(4 * i, o));
  const hmtxBytes = new Uint8Array(4 * n);
  const hmtxView = new DataView(hmtxBytes.buffer);
  for (let i = 0; i < n; i++) {
    hmtxView.setUint16(4 * i, hmtx[2 * i]);
    hmtxView.setInt16(4 * i + 2, hmtx[2 * i + 1]);
  }
  const copy = (tag: string) => {
    const t = f.tables.get(tag)!;
    return f.bytes.slice(t.offset, t.offset + t.length);
  };
  const head = copy('head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  headView.setInt16(50, 1); // long loca
  const hhea = copy('hhea');
  new DataView(hhea.buffer).setUint16(34, n);
  const maxp = copy('maxp');
  new DataView(maxp.buffer).setUint16(4, n);

  const tables: [string, Uint8Array][] = [
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtxBytes],
    ['loca', loca],
    ['maxp', maxp],
  ];
  for (const tag of ['cvt ', 'fpgm', 'prep']) if (f.tables.has(tag)) tables.push([tag, copy(tag)]);
  tables.sort((a, b) => (a[0] < b[0] ? -1 : 1));

  const numTables = tables.length;
  const dirSize = 12 + 16 * numTables;
  let total = dirSize;
  for (const [, t] of tables) total += (t.length + 3) & ~3;
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(numTables));
  ov.setUint32(0, 0x00010000);
  ov.setUint16(4, numTables);
  ov.setUint16(6, 16 * 2 ** log2);
  ov.setUint16(8, log2);
  ov.setUint16(10, numTables * 16 - 16 * 2 ** log2);
  let offset = dirSize;
  let headOffset = 0;
  tables.forEach(([tag, t], i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    ov.setUint32(rec + 4, checksum(t));
    ov.setUint32(rec + 8, offset);
    ov.setUint32(rec + 12, t.length);
    out.set(t, offset);
    if (tag === 'head') headOffset = offset;
    offset += (t.length + 3) & ~3;
  });
  ov.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

function checksum(b: Uint8Array): number {
  let sum = 0;
  const whole = b.length & ~3;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < whole; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (whole < b.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < b.length ? b[i] : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}
