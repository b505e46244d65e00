/**
 * The DOCX beside the PDF: read back (its XML), it holds every word and every Kazakh letter of
 * the layout model, in the official layout; where LibreOffice is installed, the DOCX converted to
 * PDF reads the same as ereje's own PDF.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });
import { makeTask, openSession, prepareDocument, renderFormats, type DocRequest, type RenderSession } from './index.js';
import { inlineText, type DocumentModel, type Inline } from './markup.js';
import { modelsOf } from './draw.js';
import type { DocLang } from './grammar.js';
import { runMain } from '../testing/cli-io.js';
import { convertWithLibreOffice } from '../testing/pdf.js';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'fixtures/sample');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-docx-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let s: RenderSession;
beforeAll(async () => {
  s = await openSession({ paths: [SAMPLE], asOf: '2026-11-22', lang: 'kk' });
});

const ORDERS: DocRequest[] = [
  { kind: 'order', id: 'ord-tur-2026-014' },
  { kind: 'order', id: 'kar-ord-2026-019' },
  { kind: 'order', id: 'ord-kost-uo-2025-452' },
  { kind: 'order', id: 'ord-kost-uo-2026-611' },
];

async function both(req: DocRequest, lang: DocLang) {
  const task = makeTask(prepareDocument(s, req), [lang], s.theme, { data: s.data });
  const [pdf, docx] = await renderFormats(task, s.theme, ['pdf', 'docx']);
  const models = modelsOf(task);
  const files = unzipSync(new Uint8Array(docx.bytes));
  const xml = strFromU8(files['word/document.xml']);
  return { pdf: pdf.bytes, docx: docx.bytes, files, xml, models };
}

/** The text of WordprocessingML: every <w:t>, paragraphs apart. */
function xmlText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const squash = (t: string) => t.replace(/[\s\u00a0\u00ad-]+/g, '');
const KAZAKH = /[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/g;

function modelWords(models: DocumentModel[]): string[] {
  const words: string[] = [];
  const add = (i: Inline) => words.push(...inlineText(i).split(/\s+/).filter(Boolean));
  for (const m of models)
    for (const b of m.blocks) {
      if (b.kind === 'text') b.paragraphs.forEach(add);
      if (b.kind === 'points') b.items.forEach((it) => add(it.text));
      if (b.kind === 'title' || b.kind === 'heading' || b.kind === 'lines' || b.kind === 'approval') b.lines.forEach(add);
      if (b.kind === 'header' || b.kind === 'split' || b.kind === 'signature') b.rows.forEach(([l, r]) => (add(l), add(r)));
      if (b.kind === 'table') {
        b.header.forEach(add);
        for (const r of b.rows) ('cells' in r ? r.cells : [r.group]).forEach(add);
      }
      if (b.kind === 'acquaintance') (add(b.caption), b.people.forEach(add));
    }
  return words;
}

describe('DOCX', () => {
  for (const req of ORDERS) {
    for (const lang of ['kk', 'ru'] as const) {
      it(`${req.id} (${lang}): every word and every Kazakh letter of the model is in word/document.xml`, async () => {
        const { xml, models } = await both(req, lang);
        const text = xmlText(xml);
        const flat = squash(text);
        for (const w of modelWords(models)) expect(flat, w).toContain(squash(w));
        const letters = new Set(JSON.stringify(models).match(KAZAKH) ?? []);
        expect(letters.size).toBeGreaterThan(0);
        for (const c of letters) expect(text).toContain(c);
      });
    }
  }

  it('the official layout: Times New Roman 14, A4, margins 30/10/20/20 mm, header as a table, points as Word numbering, the signature', async () => {
    const { xml, files } = await both(ORDERS[0], 'kk');
    const styles = strFromU8(files['word/styles.xml']);
    expect(styles).toMatch(/w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:sz w:val="28"\/>/); // 14 pt in half-points
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4 in twips
    // 30, 10, 20, 20 mm in twips
    expect(xml).toMatch(/<w:pgMar [^>]*w:top="1134" w:right="567" w:bottom="1134" w:left="1701"/);
    // the bilingual header: a table of two cells, БҰЙРЫҚ and ПРИКАЗ side by side
    const firstTable = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(xmlText(firstTable)).toContain('Түркістан облысы');
    expect(xmlText(firstTable)).toContain('КГУ «Центр развития образования»');
    // points are numbered by Word (numbering.xml: «1.», «1.1.»), not typed: no «1. » in the text of a point
    const numbering = strFromU8(files['word/numbering.xml']);
    expect(numbering).toContain('w:val="%1."');
    expect(numbering).toContain('w:val="%1.%2."');
    expect((xml.match(/<w:numPr>/g) ?? []).length).toBeGreaterThanOrEqual(11);
    expect(xmlText(xml)).not.toMatch(/^\s*1\. /m);
    // the signature: title left, name right
    expect(xmlText(xml)).toMatch(/Директор\nБ\.С\.\u00a0Төлімбет/);
    // words that stay together: № and the number, initials and surname
    expect(xml).toContain('№\u00a014-н');
    // the page number: a PAGE field in the header, not on the first page
    expect(xml).toContain('<w:titlePg/>');
    expect(Object.keys(files).some((f) => /word\/header\d+\.xml/.test(f) && strFromU8(files[f]).includes('PAGE'))).toBe(true);
  });

  it('the same data gives the same bytes', async () => {
    const a = await both(ORDERS[1], 'ru');
    const b = await both(ORDERS[1], 'ru');
    expect(a.docx.equals(b.docx)).toBe(true);
  });

  it('the command line writes the PDF and the DOCX side by side (--as pdf,docx), and refuses a bad --as', async () => {
    const dir = path.join(tmp, 'cli');
    const r = await runMain(['render', 'order', 'ord-tur-2026-014', '--data', SAMPLE, '--lang', 'both', '--out', dir, '--as', 'pdf,docx'], ROOT);
    expect(r.code, r.err).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['ord-tur-2026-014.kk-ru.docx', 'ord-tur-2026-014.kk-ru.pdf']);
    const files = unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, 'ord-tur-2026-014.kk-ru.docx'))));
    const text = xmlText(strFromU8(files['word/document.xml']));
    expect(text).toContain('БҰЙЫРАМЫН:');
    expect(text).toContain('ПРИКАЗЫВАЮ:');
    const again = await runMain(['render', 'order', 'ord-tur-2026-014', '--data', SAMPLE, '--lang', 'both', '--out', dir, '--as', 'docx'], ROOT);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--overwrite');
    const bad = await runMain(['render', 'order', 'ord-tur-2026-014', '--data', SAMPLE, '--out', dir, '--as', 'odt'], ROOT);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--as');
  });
});

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync(c, ['--version'], { encoding: 'utf8' }).status === 0);
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (!soffice || !pdftotext) console.log(`skipped: the DOCX-to-PDF comparison needs LibreOffice (soffice) and pdftotext (poppler-utils): ${!soffice ? 'soffice' : 'pdftotext'} is not installed`);

describe.skipIf(!soffice || !pdftotext)('DOCX opened by LibreOffice', () => {
  /** The text of a PDF without page numbers, spaces, hyphens: the words in their order. */
  const pdfText = (file: string) => {
    const r = spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    return squash(r.stdout.split('\n').filter((l) => !/^\s*\d+\s*$/.test(l)).join('\n'));
  };

  // One LibreOffice run converts every order (its start-up is most of the time).
  const dir = path.join(tmp, 'lo');
  beforeAll(async () => {
    fs.mkdirSync(dir, { recursive: true });
    const docs: string[] = [];
    for (const req of ORDERS)
      for (const lang of ['kk', 'ru'] as const) {
        const { pdf, docx } = await both(req, lang);
        fs.writeFileSync(path.join(dir, `${req.id}.${lang}.ereje.pdf`), pdf);
        fs.writeFileSync(path.join(dir, `${req.id}.${lang}.docx`), docx);
        docs.push(path.join(dir, `${req.id}.${lang}.docx`));
      }
    convertWithLibreOffice(soffice!, dir, docs);
  }, 300_000);

  for (const req of ORDERS) {
    for (const lang of ['kk', 'ru'] as const) {
      it(`${req.id} (${lang}): converted to PDF by LibreOffice, its text equals ereje's PDF`, () => {
        const ours = pdfText(path.join(dir, `${req.id}.${lang}.ereje.pdf`));
        expect(ours.length).toBeGreaterThan(500);
        expect(pdfText(path.join(dir, `${req.id}.${lang}.pdf`))).toBe(ours);
      });
    }
  }
});
