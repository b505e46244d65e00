/**
 * --pdfa: PDF/A-2b for the archive. veraPDF (Java) is not available from the npm registry or
 * Debian, so this is an equivalent structural check of what PDF/A-2b asks of our files: the XMP
 * identification (part 2, conformance B), an output intent with an embedded sRGB ICC profile,
 * every font embedded (pdffonts), Info and XMP in agreement, a file ID, and a file qpdf finds sound.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import { makeTask, openSession, prepareDocument, renderTask, type RenderSession } from './index.js';
import { runMain } from '../testing/cli-io.js';

const SAMPLE = path.resolve(__dirname, '../../fixtures/sample');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-pdfa-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let s: RenderSession;
beforeAll(async () => {
  s = await openSession({ paths: [SAMPLE], asOf: '2026-11-22', lang: 'kk' });
});

async function pdf(pdfa: boolean): Promise<Buffer> {
  const task = makeTask(prepareDocument(s, { kind: 'order', id: 'ord-tur-2026-014' }), ['kk', 'ru'], s.theme, { pdfa });
  return (await renderTask(task, s.theme)).bytes;
}

const has = (cmd: string, arg = '-v') => spawnSync(cmd, [arg], { encoding: 'utf8' }).error === undefined;

describe('--pdfa (PDF/A-2b)', () => {
  it('identifies itself as PDF/A-2b in its XMP, with an sRGB output intent whose ICC profile is embedded', async () => {
    const bytes = await pdf(true);
    const text = bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    const xmp = bytes.toString('utf8', bytes.indexOf('<x:xmpmeta'), bytes.indexOf('</x:xmpmeta>'));
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    // Info and XMP agree: the title (Kazakh letters survive), the creator tool, no ModDate without xmp:ModifyDate
    expect(xmp).toContain('№ 14-н бұйрық: 2026 жылғы 12 ақпанда');
    expect(text).not.toContain('/ModDate');
    expect(text).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
    // the output intent and its ICC profile (an RGB display profile: 'mntr', 'RGB ', 'acsp')
    expect(text).toMatch(/\/Type \/OutputIntent[\s\S]*?\/S \/GTS_PDFA1[\s\S]*?\/DestOutputProfile (\d+) 0 R/);
    const ref = /\/DestOutputProfile (\d+) 0 R/.exec(text)![1];
    const at = text.indexOf(`\n${ref} 0 obj`);
    const start = text.indexOf('stream\n', at) + 7;
    const end = text.indexOf('endstream', start);
    const raw = bytes.subarray(start, end);
    const dict = text.slice(at, start);
    const icc = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    expect(icc.toString('latin1', 12, 16)).toBe('mntr');
    expect(icc.toString('latin1', 16, 20)).toBe('RGB ');
    expect(icc.toString('latin1', 36, 40)).toBe('acsp');
    expect(dict).toMatch(/\/N 3/);
  });

  it('without --pdfa the PDF makes no PDF/A claim', async () => {
    const text = (await pdf(false)).toString('latin1');
    expect(text).not.toContain('pdfaid');
    expect(text).not.toContain('/OutputIntent');
  });

  it.skipIf(!has('pdffonts') || !has('qpdf', '--version'))('every font embedded (pdffonts), and qpdf finds the file sound', async () => {
    const file = path.join(tmp, 'a.pdf');
    fs.writeFileSync(file, await pdf(true));
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of fonts) expect(f.split(/\s+/).slice(-5, -4)[0], f).toBe('yes');
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('the command line: --pdfa', async () => {
    const r = await runMain(['render', 'order', 'ord-tur-2026-014', '--data', SAMPLE, '--lang', 'kk', '--out', tmp, '--pdfa'], tmp);
    expect(r.code, r.err).toBe(0);
    expect(fs.readFileSync(path.join(tmp, 'ord-tur-2026-014.kk.pdf')).toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
  });
});
