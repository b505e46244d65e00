/**
 * Long lists go to an appendix page (issue 11): the landing's composition, the staff sent on
 * courses, the leading schools with their partners, as the open door day's programme does —
 * when the order's data says `appendix: true`, or when the list has more entries than
 * render.appendix_rows. And the executor mark with a phone. Read back from ereje's PDF, and,
 * where LibreOffice is installed, from the DOCX converted by it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });
import { makeTask, openSession, prepareDocument, renderFormats, type DocRequest, type RenderSession } from './index.js';
import { convertWithLibreOffice, extractPdf, flat } from '../testing/pdf.js';
import type { DocLang } from './grammar.js';

const SAMPLE = path.resolve(__dirname, '../../fixtures/sample');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-appendix-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let s: RenderSession;
beforeAll(async () => {
  s = await openSession({ paths: [SAMPLE], asOf: '2026-11-22', lang: 'kk' });
});

const LANDING: DocRequest = { kind: 'order', id: 'kar-ord-2025-214' };
const DESIGNATION: DocRequest = { kind: 'order', id: 'ord-kost-uo-2025-452' };
const QUALIFICATION: DocRequest = { kind: 'order', id: 'ord-kost-uo-2026-611' };

/** Sets fields of a record for the time of `fn`, then puts the record back as it was. */
async function withFields<T>(rec: object, fields: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  const r = rec as Record<string, unknown>;
  const saved = new Map(Object.keys(fields).map((k) => [k, Object.prototype.hasOwnProperty.call(r, k) ? r[k] : undefined] as const));
  Object.assign(r, fields);
  try {
    return await fn();
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete r[k];
      else r[k] = v;
    }
  }
}

async function render(req: DocRequest, lang: DocLang) {
  const task = makeTask(prepareDocument(s, req), [lang], s.theme, { data: s.data });
  const [pdf, docx] = await renderFormats(task, s.theme, ['pdf', 'docx']);
  const pages = (await extractPdf(pdf.bytes)).pages.map((p) =>
    flat(
      p
        .split('\n')
        .filter((l) => !/^\s*\d+\s*$/.test(l))
        .join('\n')
        .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2'),
    ),
  );
  return { pdf: pdf.bytes, docx: docx.bytes, pages, body: pages.slice(0, -1).join(' '), last: pages[pages.length - 1] };
}

/** What each order says in its point and on its appendix page, and a row that must move there. */
const CASES: { req: DocRequest; lang: DocLang; point: string; mark: string; heading: string; row: string }[] = [
  { req: LANDING, lang: 'kk', point: '2. Әдістемелік десанттың құрамы қосымшаға сәйкес бекітілсін.', mark: '2025 жылғы 24 қазандағы № 214-н/қ бұйрыққа қосымша', heading: 'Әдістемелік десанттың құрамы', row: 'Өмірзақова Динара' },
  { req: LANDING, lang: 'ru', point: '2. Утвердить состав методического десанта согласно приложению.', mark: 'Приложение к приказу от 24 октября 2025 года № 214-н/қ', heading: 'Состав методического десанта', row: 'Өмірзақова Динара' },
  { req: DESIGNATION, lang: 'kk', point: '1. Қостанай облысы бойынша жетекші мектептер мен олардың серіктес мектептері қосымшаға сәйкес айқындалсын.', mark: '2025 жылғы 28 тамыздағы № 452 бұйрыққа қосымша', heading: 'Қостанай облысы бойынша жетекші мектептер мен олардың серіктес мектептері', row: 'Мичурин' },
  { req: DESIGNATION, lang: 'ru', point: '1. Определить ведущие школы и их школы-партнёры (Костанайская область) согласно приложению.', mark: 'Приложение к приказу от 28 августа 2025 года № 452', heading: 'Ведущие школы и их школы-партнёры (Костанайская область)', row: 'Мичуринская' },
  { req: QUALIFICATION, lang: 'kk', point: 'педагогтердің тізімі (3 адам) қосымшаға сәйкес бекітілсін.', mark: '2026 жылғы 16 қарашадағы № 611 бұйрыққа қосымша', heading: 'Біліктілікті арттыру курстарына жіберілетін педагогтердің тізімі', row: 'Төлеубаева Шынар' },
  { req: QUALIFICATION, lang: 'ru', point: 'Утвердить список педагогов Центра методического сопровождения', mark: 'Приложение к приказу от 16 ноября 2026 года № 611', heading: 'Список педагогов, направляемых на курсы повышения квалификации', row: 'Төлеубаева Шынар' },
];

describe('a long list goes to an appendix page', () => {
  for (const c of CASES) {
    it(`${c.req.id} (${c.lang}): appendix: true — the point cites the appendix, the list is on the last page under the appendix mark`, async () => {
      const o = s.data.order(c.req.id)!;
      const { body, last } = await withFields(o, { appendix: true }, () => render(c.req, c.lang));
      expect(body).toContain(c.point);
      expect(body).not.toContain(c.row);
      expect(last).toContain(c.mark);
      expect(last).toContain(c.heading);
      expect(last).toContain(c.row);
      // the signature and the acquaintance list stay with the text, before the appendix
      expect(body).toMatch(/осы бұйрықтың орындалуын бақылауды өзіме қалдырамын|Контроль за исполнением настоящего приказа оставляю за собой/i);
      expect(last).not.toMatch(/Бұйрықпен таныстырылды|С приказом ознакомлен/);
    });
  }

  it('without `appendix:` a list longer than render.appendix_rows moves by itself; appendix: false keeps it in the text', async () => {
    const o = s.data.order(LANDING.id!)!;
    const rows = s.theme.appendixRows;
    expect(rows).toBe(10); // the default (templates/theme.yaml)
    // the sample's composition has 4 members: in the text by default
    const inline = await render(LANDING, 'kk');
    expect(inline.pages.length).toBe(inline.pages.filter((p) => !p.includes('бұйрыққа қосымша')).length);
    expect(inline.pages.join(' ')).toContain('Әдістемелік десанттың мынадай құрамы бекітілсін:');
    try {
      s.theme.appendixRows = 3; // 4 members > 3
      const auto = await render(LANDING, 'ru');
      expect(auto.body).toContain('Утвердить состав методического десанта согласно приложению.');
      expect(auto.last).toContain('Приложение к приказу от 24 октября 2025 года № 214-н/қ');
      const kept = await withFields(o, { appendix: false }, () => render(LANDING, 'ru'));
      expect(kept.pages.join(' ')).toContain('Утвердить состав методического десанта: № Фамилия, имя, отчество Должность 1 Сәрсенбаев Ерлан Қуанышұлы');
      expect(kept.pages.join(' ')).not.toContain('Приложение к приказу');
    } finally {
      s.theme.appendixRows = rows;
    }
  });
});

describe('the executor mark', () => {
  it('«Орынд.: Фамилия И.О., тел. …» / «Исп.: …, тел. …» with the staff member’s phone; no phone, no «тел.»', async () => {
    const o = s.data.order(LANDING.id!)!;
    const person = s.data.person('kar-umc-s021')!;
    await withFields(o, { executor: 'kar-umc-s021' }, async () => {
      await withFields(person, { phone: '8 (7212) 41-05-12' }, async () => {
        expect((await render(LANDING, 'kk')).pages.join(' ')).toContain('Орынд.: Қасымов Б.Ө., тел. 8 (7212) 41-05-12');
        expect((await render(LANDING, 'ru')).pages.join(' ')).toContain('Исп.: Қасымов Б.Ө., тел. 8 (7212) 41-05-12');
      });
      const none = (await render(LANDING, 'ru')).pages.join(' ');
      expect(none).toContain('Исп.: Қасымов Б.Ө.');
      expect(none).not.toContain('тел.');
    });
  });

  it('the phone is part of the data format: a staff record with `phone` validates, a number is a type finding', async () => {
    const { Staff } = await import('../schema/collections.js');
    expect(Staff.safeParse({ id: 'x-1', name: 'Қасымов Бауыржан', org: 'o', position: 'methodologist', phone: '8 (7212) 41-05-12' }).success).toBe(true);
    expect(Staff.safeParse({ id: 'x-1', name: 'Қасымов Бауыржан', org: 'o', position: 'methodologist', phone: 87212410512 }).success).toBe(false);
  });
});

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync(c, ['--version'], { encoding: 'utf8' }).status === 0);
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (!soffice || !pdftotext) console.log(`skipped: the appendix DOCX comparison needs LibreOffice (soffice) and pdftotext (poppler-utils): ${!soffice ? 'soffice' : 'pdftotext'} is not installed`);

describe.skipIf(!soffice || !pdftotext)('the appendix in the DOCX, opened by LibreOffice', () => {
  const squash = (t: string) => t.replace(/[\s\u00a0\u00ad-]+/g, '');
  const pdfPages = (file: string) =>
    spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
      .stdout.split('\f')
      .filter((p) => p.trim())
      .map((p) => p.split('\n').filter((l) => !/^\s*\d+\s*$/.test(l)).join('\n'));
  const dir = path.join(tmp, 'lo');
  const reqs = [LANDING, DESIGNATION, QUALIFICATION];
  beforeAll(async () => {
    fs.mkdirSync(dir, { recursive: true });
    const docs: string[] = [];
    for (const req of reqs)
      for (const lang of ['kk', 'ru'] as const) {
        const { pdf, docx } = await withFields(s.data.order(req.id!)!, { appendix: true }, () => render(req, lang));
        fs.writeFileSync(path.join(dir, `${req.id}.${lang}.ereje.pdf`), pdf);
        fs.writeFileSync(path.join(dir, `${req.id}.${lang}.docx`), docx);
        docs.push(path.join(dir, `${req.id}.${lang}.docx`));
      }
    convertWithLibreOffice(soffice!, dir, docs);
  }, 300_000);

  for (const c of CASES) {
    it(`${c.req.id} (${c.lang}): the DOCX's last page is the appendix, and its text equals ereje's PDF`, () => {
      const ours = pdfPages(path.join(dir, `${c.req.id}.${c.lang}.ereje.pdf`));
      const lo = pdfPages(path.join(dir, `${c.req.id}.${c.lang}.pdf`));
      expect(squash(lo.join('\n'))).toBe(squash(ours.join('\n')));
      const last = squash(lo[lo.length - 1]);
      expect(last).toContain(squash(c.mark));
      expect(last).toContain(squash(c.row));
      expect(squash(lo.slice(0, -1).join('\n'))).not.toContain(squash(c.row));
    });
  }
});
