/**
 * Reading PDFs back in tests: the text of each page (pdfjs-dist, legacy build for Node), the
 * metadata, the fonts as the file declares them (parsed from its objects, no external tool),
 * and the poppler/qpdf tools when this machine has them (CI may not).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: string[];
  /** per page: the leftmost start and the rightmost end of any text, and the page's width (pt) */
  extents: { left: number; right: number; width: number; height: number }[];
  /** all pages, joined by form feeds */
  text: string;
  info: Record<string, unknown>;
  numPages: number;
}

/** Each page's text, lines joined as pdfjs marks them (hasEOL), spaces as drawn. */
export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const extents: PdfText['extents'] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const tc = await page.getTextContent();
    const [, , width, height] = page.view;
    let s = '';
    let left = Infinity;
    let right = -Infinity;
    for (const it of tc.items) {
      if (!('str' in it)) continue;
      s += it.str;
      if (it.hasEOL) s += '\n';
      if (it.str.trim()) {
        left = Math.min(left, it.transform[4]);
        right = Math.max(right, it.transform[4] + it.width);
      }
    }
    pages.push(s);
    extents.push({ left, right, width, height });
  }
  const meta = await pdf.getMetadata();
  const numPages = pdf.numPages;
  await pdf.destroy();
  return { pages, extents, text: pages.join('\f'), info: meta.info as Record<string, unknown>, numPages };
}

/** One line per text line, spaces collapsed: for `toContain` checks that ignore where lines break. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export interface PdfFontInfo {
  baseFont: string;
  subtype: string;
  /** a FontFile/FontFile2/FontFile3 stream is referenced from its descriptor */
  embedded: boolean;
}

/**
 * The fonts a PDF declares, read from its objects (uncompressed and in object streams): every
 * /Type /Font with its /BaseFont, and whether its descriptor carries an embedded font file.
 */
export function pdfFonts(bytes: Uint8Array): PdfFontInfo[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const objects = new Map<number, string>();
  const objRe = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  let m: RegExpExecArray | null;
  while ((m = objRe.exec(raw))) {
    const num = Number(m[1]);
    let body = m[2];
    // Object streams hold more objects, compressed.
    if (/\/Type\s*\/ObjStm/.test(body)) {
      const s = streamOf(body);
      const n = Number(/\/N\s+(\d+)/.exec(body)?.[1] ?? 0);
      const first = Number(/\/First\s+(\d+)/.exec(body)?.[1] ?? 0);
      if (s) {
        const head = s.slice(0, first).trim().split(/\s+/).map(Number);
        for (let i = 0; i < n; i++) {
          const start = first + head[2 * i + 1];
          const end = i + 1 < n ? first + head[2 * i + 3] : s.length;
          objects.set(head[2 * i], s.slice(start, end));
        }
      }
      continue;
    }
    const stream = body.indexOf('stream');
    if (stream >= 0) body = body.slice(0, stream);
    objects.set(num, body);
  }
  const fonts: PdfFontInfo[] = [];
  for (const body of objects.values()) {
    if (!/\/Type\s*\/Font\b/.test(body)) continue;
    const baseFont = /\/BaseFont\s*\/([^\s/<>\[\]()]+)/.exec(body)?.[1] ?? '';
    const subtype = /\/Subtype\s*\/(\w+)/.exec(body)?.[1] ?? '';
    let descriptor = /\/FontDescriptor\s+(\d+) 0 R/.exec(body)?.[1];
    if (!descriptor) {
      // Type0 fonts keep their descriptor on the descendant CIDFont.
      const desc = /\/DescendantFonts\s*\[\s*(\d+) 0 R/.exec(body)?.[1];
      if (desc) descriptor = /\/FontDescriptor\s+(\d+) 0 R/.exec(objects.get(Number(desc)) ?? '')?.[1];
    }
    const d = descriptor ? objects.get(Number(descriptor)) ?? '' : '';
    fonts.push({ baseFont, subtype, embedded: /\/FontFile[23]?\s+\d+ 0 R/.test(d) });
  }
  return fonts.filter((f) => f.subtype !== 'CIDFontType2' && f.subtype !== 'CIDFontType0');
}

function streamOf(body: string): string | null {
  const i = body.indexOf('stream');
  if (i < 0) return null;
  let start = i + 6;
  if (body[start] === '\r') start++;
  if (body[start] === '\n') start++;
  const end = body.lastIndexOf('endstream');
  const data = Buffer.from(body.slice(start, end), 'latin1');
  try {
    return /\/FlateDecode/.test(body.slice(0, i)) ? zlib.inflateSync(data).toString('latin1') : data.toString('latin1');
  } catch {
    return null;
  }
}

/** Whether a command-line tool is on this machine (qpdf, pdffonts, pdftotext are not in every CI). */
export function hasTool(name: string): boolean {
  const r = spawnSync(name, ['-v'], { stdio: 'ignore' });
  return !r.error;
}

export function runTool(name: string, args: string[], input?: Uint8Array): string {
  return execFileSync(name, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Every content stream of the PDF, inflated: what is drawn on the pages (fonts and other binary streams are skipped). */
export function contentStreams(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  let out = '';
  const re = /(?<!end)stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      out += zlib.inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1') + '\n';
    } catch {
      /* not a deflated stream */
    }
    re.lastIndex = end;
  }
  return out;
}

/**
 * DOCX files converted to PDF by LibreOffice into `dir` (one private profile there, so parallel
 * runs do not share one): the real consumer's reading of what ereje wrote.
 */
export function convertWithLibreOffice(soffice: string, dir: string, docs: readonly string[]): void {
  const profile = `file://${path.join(dir, 'profile')}`;
  const conv = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs], { encoding: 'utf8', timeout: 240_000 });
  if (conv.status !== 0) throw new Error(`soffice failed: ${conv.stderr}`);
}
