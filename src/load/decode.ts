/**
 * Bytes → text. UTF-8 with or without a BOM is read; anything else is refused with the
 * encoding it most likely is (chardet: Windows-1251 and KOI8-R are common here, UTF-16
 * comes from Notepad's "Unicode") and where the first byte that is not UTF-8 sits — never
 * decoded into mojibake.
 */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; encoding: string | null; line: number; column: number; offset: number };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && isUtf8(body) && !hasNul(body)) {
    return { ok: true, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), bom };
  }
  const offset = utf16 ? 0 : firstBadByte(body);
  const { line, column } = byteLineCol(body, offset);
  return { ok: false, encoding: guessEncoding(bytes), line, column, offset };
}

function hasNul(b: Uint8Array): boolean {
  return b.indexOf(0) !== -1;
}

function guessEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const guess = chardet.detect(sample);
  if (!guess || guess === 'UTF-8' || guess === 'ASCII') return null;
  // Cyrillic text in a single-byte code page is almost always Windows-1251 here; chardet's
  // Greek/Latin guesses on short Cyrillic samples are noise.
  const upper = guess.toUpperCase();
  if (upper.startsWith('ISO-8859') || upper.startsWith('WINDOWS-125')) {
    const high = sample.filter((b) => b >= 0xc0).length;
    if (high > sample.length / 10 || upper === 'WINDOWS-1251') return 'windows-1251';
  }
  return guess;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstBadByte(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c === 0) return i;
    if (c < 0x80) { i++; continue; }
    let need = 0;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    // The second byte's range (RFC 3629): rejects overlong forms (E0 80–9F, F0 80–8F), UTF-16
    // surrogates written as UTF-8 (CESU-8: ED A0–BF) and code points past U+10FFFF (F4 90–).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, n - 1);
}

function byteLineCol(b: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1, lineStart = 0;
  // A lone CR breaks a line too (as in positions.ts's LineIndex).
  for (let i = 0; i < offset; i++) if (b[i] === 10 || (b[i] === 13 && b[i + 1] !== 10)) { line++; lineStart = i + 1; }
  // Column in characters of the valid UTF-8 before the fault.
  const prefix = Buffer.from(b.buffer, b.byteOffset + lineStart, offset - lineStart).toString('utf8');
  return { line, column: [...prefix].length + 1 };
}

/** How to convert, in words a user can follow. */
export function conversionHint(encoding: string | null, file: string): string {
  const from = (encoding ?? 'WINDOWS-1251').toUpperCase();
  return `iconv -f ${from} -t UTF-8 "${file}" > "${file}.utf8" && mv "${file}.utf8" "${file}"`;
}
