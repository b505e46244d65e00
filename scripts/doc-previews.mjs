#!/usr/bin/env node
/**
 * The README's document previews: page 1 of one document of each kind, rendered from
 * fixtures/sample with the built CLI, rasterised by pdftoppm (poppler) at 80 dpi, and written
 * as small 4-bit greyscale PNGs to docs/render-*.png.
 *
 *   npm run build && node scripts/doc-previews.mjs
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = path.join(ROOT, 'fixtures/sample');
const DOCS = [
  ['render-order-open-door-day.png', ['order', 'ord-tur-2026-014', '--lang', 'kk']],
  ['render-order-landing-composition.png', ['order', 'kar-ord-2025-214', '--lang', 'ru']],
  ['render-order-leading-school-designation.png', ['order', 'ord-kost-uo-2025-452', '--lang', 'kk']],
  ['render-order-qualification-plan.png', ['order', 'ord-kost-uo-2026-611', '--lang', 'kk']],
  ['render-schedule.png', ['schedule', 'kar-plan-2025-2026', '--lang', 'kk']],
  ['render-report-compliance.png', ['report', 'compliance', '--lang', 'kk']],
  ['render-report-reference.png', ['report', 'reference', 'kar-md-2025-11', '--lang', 'kk']],
  ['render-report-open-door-day.png', ['report', 'open-door-day', 'odd-tur-2026-q1', '--lang', 'ru']],
  ['render-report-network.png', ['report', 'network', 'kostanay', '--lang', 'kk']],
  ['render-report-qualification.png', ['report', 'qualification', 'kost-aso', '--lang', 'kk']],
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-previews-'));
try {
  for (const [png, args] of DOCS) {
    const out = path.join(tmp, png.replace('.png', ''));
    fs.mkdirSync(out);
    // --force: the sample holds deliberate findings; a preview shows the layout, not a filing.
    execFileSync(process.execPath, [path.join(ROOT, 'bin/ereje.js'), 'render', ...args, '--data', SAMPLE, '--out', out, '--force'], { cwd: ROOT, stdio: 'pipe' });
    const pdf = path.join(out, fs.readdirSync(out).find((f) => f.endsWith('.pdf')));
    execFileSync('pdftoppm', ['-gray', '-r', '80', '-f', '1', '-l', '1', pdf, path.join(out, 'page')]);
    const pgm = fs.readFileSync(path.join(out, fs.readdirSync(out).find((f) => f.endsWith('.pgm'))));
    const file = path.join(ROOT, 'docs', png);
    fs.writeFileSync(file, greyPng(readPgm(pgm)));
    process.stdout.write(`${path.relative(ROOT, file)}  ${fs.statSync(file).size} bytes\n`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

function readPgm(buf) {
  // P5 <w> <h> <max>\n<bytes>
  const header = buf.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a binary PGM');
  const [all, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: buf.subarray(all.length) };
}

/** A 4-bit greyscale PNG (16 levels: plenty for black text on white). */
function greyPng({ width, height, pixels }) {
  const rowBytes = Math.ceil(width / 2);
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const o = y * (rowBytes + 1);
    raw[o] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const v = pixels[y * width + x] >> 4;
      raw[o + 1 + (x >> 1)] |= x & 1 ? v : v << 4;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 4; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
