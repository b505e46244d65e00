/**
 * The ten documents, drawn from fixtures/sample in Kazakh and Russian: the text read back from
 * each PDF holds what documents.md requires, and every word the layout model holds.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import { blockingFindings, openSession, prepareDocument, renderPrepared, type DocRequest, type RenderSession } from './index.js';
import { inlineText, type DocumentModel } from './markup.js';
import { extractPdf, flat, pdfFonts } from '../testing/pdf.js';
import type { DocLang } from './grammar.js';

const SAMPLE = path.resolve(__dirname, '../../fixtures/sample');
let s: RenderSession;
beforeAll(async () => {
  s = await openSession({ paths: [SAMPLE], asOf: '2026-11-22', lang: 'kk' });
});

/** Text without hyphens (and without the line breaks after them): a hyphenated word reads whole. */
const nh = (t: string) => t.replace(/-\s+/g, '').replace(/-/g, '');

const cache = new Map<string, Promise<{ text: string; pages: string[]; info: Record<string, unknown>; models: DocumentModel[]; bytes: Buffer }>>();
function render(req: DocRequest, lang: DocLang) {
  const key = `${req.kind}:${req.id}:${lang}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      (async () => {
        const prepared = prepareDocument(s, req);
        const { bytes, models } = await renderPrepared(prepared, [lang], s);
        const doc = await extractPdf(bytes);
        const mm = 72 / 25.4;
        for (const e of doc.extents) {
          if (e.left === Infinity) continue;
          expect(e.left, 'text starts inside the left margin').toBeGreaterThanOrEqual(30 * mm - 0.5);
          expect(e.right, 'text ends inside the right margin').toBeLessThanOrEqual(e.width - 10 * mm + 0.5);
        }
        // Page numbers are lines of their own: leave them out when comparing running text.
        const pages = doc.pages.map((p) => p.split('\n').filter((l) => !/^\s*\d+\s*$/.test(l)).join('\n'));
        // Words may be hyphenated at a line's end (ереже-\nнің): compare without hyphens.
        return { text: nh(flat(pages.join('\n'))), pages, info: doc.info, models, bytes };
      })(),
    );
  }
  return cache.get(key)!;
}

/** Every paragraph of the model reads back whole; every word of every table cell is there. */
function expectModelExtracted(models: DocumentModel[], text: string): void {
  for (const m of models) {
    for (const b of m.blocks) {
      const paragraphs =
        b.kind === 'text' ? b.paragraphs : b.kind === 'points' ? b.items.map((i) => [{ text: `${i.number} `, bold: false }, ...i.text]) : b.kind === 'title' || b.kind === 'heading' || b.kind === 'lines' ? b.lines : [];
      for (const p of paragraphs) expect(text).toContain(nh(flat(inlineText(p)).trim()));
      if (b.kind === 'table') {
        for (const r of b.rows) {
          const cells = 'cells' in r ? r.cells : [r.group];
          for (const c of cells) for (const w of inlineText(c).split(/\s+|(?<=\/)/).filter(Boolean)) expect(text).toContain(nh(w));
        }
      }
    }
  }
}

const KAZAKH = /[ӘҒҚҢӨҰҮҺІәғқңөұүһі]/g;
/** The Kazakh letters the model holds all come back from the PDF. */
function expectKazakhLetters(models: DocumentModel[], text: string): void {
  const wanted = new Set<string>();
  for (const m of models) for (const b of m.blocks) for (const c of JSON.stringify(b).match(KAZAKH) ?? []) wanted.add(c);
  for (const c of wanted) expect(text).toContain(c);
}

const DOCS: { name: string; req: DocRequest; kk: string[]; ru: string[] }[] = [
  {
    name: 'order: open door day (A 1.6)',
    req: { kind: 'order', id: 'ord-tur-2026-014' },
    kk: [
      'БҰЙРЫҚ', 'ПРИКАЗ', '2026 жылғы 28 қаңтар', '№ 14-н', 'Түркістан қаласы', 'туралы', 'БҰЙЫРАМЫН:',
      '2026 жылғы 12 ақпанда «Оқушылардың функционалдық сауаттылығын дамыту: тәжірибе мен шешімдер» тақырыбында',
      'бірыңғай күнде өткізілсін', 'әдістемелік кабинеті', '09:00', 'Дөңгелек үстел', 'бағдарламасы бекітілсін',
      'баяндамашылары бекітілсін', 'Тәжібаева Р.Б.', 'орталықтың сайтында', 'жариялансын', 'Қатысушыларды тіркеу ұйымдастырылсын',
      '2026 жылғы 19 ақпанға дейін аудандық (қалалық) әдістемелік кабинеттерге жіберілсін',
      '2026 жылғы 26 ақпанда директор жанындағы кеңесте талқылансын',
      'Осы бұйрықтың орындалуын бақылауды өзіме қалдырамын', 'Директор', 'Б.С. Төлімбет', 'Бұйрықпен таныстырылды:',
    ],
    ru: [
      'ПРИКАЗ', '«28» января 2026 г.', '№ 14-н', 'город Туркестан', 'ПРИКАЗЫВАЮ:', 'Провести 12 февраля 2026 года',
      'Утвердить программу', 'до 19 февраля 2026 года', 'на совете при директоре 26 февраля 2026 года',
      'Контроль за исполнением настоящего приказа оставляю за собой', 'С приказом ознакомлен(а):',
    ],
  },
  {
    name: 'order: landing composition (B 5.2)',
    req: { kind: 'order', id: 'kar-ord-2025-214' },
    kk: [
      'БҰЙРЫҚ', '№ 214-н/қ', '2025 жылғы 24 қазан', 'БҰЙЫРАМЫН:', '2025 жылғы 11–13 қарашада', '«№ 12 жалпы білім беретін мектеп» КММ базасында',
      'құрамы бекітілсін', 'Сәрсенбаев Ерлан Қуанышұлы', 'Директордың орынбасары', 'нысандары белгіленсін: консультациялық, диагностикалық',
      'бағыттары белгіленсін', '2022 жылғы 11 қарашадан 2025 жылғы 13 қарашаға дейінгі кезеңді қамтысын',
      'анықтама 2025 жылғы 19 қарашаға дейін ұсынылсын', 'Г.Ә. Мұқанова', 'Бұйрықпен таныстырылды:',
    ],
    ru: ['ПРИКАЗ', 'ПРИКАЗЫВАЮ:', 'Организовать с 11 по 13 ноября 2025 года', 'Утвердить состав методического десанта', 'Заместитель директора', 'до 19 ноября 2025 года'],
  },
  {
    name: 'order: leading-school designation (C 2.2)',
    req: { kind: 'order', id: 'ord-kost-uo-2025-452' },
    kk: ['БҰЙРЫҚ', '№ 452', '2025 жылғы 28 тамыз', 'Педагогикалық шеберлік орталығының 2025 жылғы 15 тамыздағы № 12-04/311 хаты негізінде', 'БҰЙЫРАМЫН:', 'Жетекші мектеп', 'Серіктес мектептер', 'Жауапты басшы', 'Координациялық орталық', '«№ 5 мектеп-гимназиясы» КММ', '1) Қостанай қаласы «№ 12 жалпы білім беретін мектеп» КММ', 'С.Қ. Омарова', 'айқындалсын'],
    ru: ['ПРИКАЗ', 'ПРИКАЗЫВАЮ:', 'письма Центра педагогического мастерства', 'от 15 августа 2025 года № 12-04/311', 'Ведущая школа', 'Школы-партнёры', 'Координационный центр'],
  },
  {
    name: 'order: qualification plan (D 2.2.7, 8.3)',
    req: { kind: 'order', id: 'ord-kost-uo-2026-611' },
    kk: ['БҰЙРЫҚ', '№ 611', 'БҰЙЫРАМЫН:', 'кемінде 5 жылда бір рет', 'Соңғы курс', 'Мерзімі', 'Төлеубаева Шынар Мұратқызы', '24.04.2020', '24.04.2025 (өтіп кеткен)', 'бірінші кезекте жіберілсін'],
    ru: ['ПРИКАЗ', 'ПРИКАЗЫВАЮ:', 'не реже одного раза в 5 лет', 'Последний курс', '24.04.2025 (истёк)'],
  },
  {
    name: 'schedule (A 1.5, B 5.3)',
    req: { kind: 'schedule', id: 'kar-plan-2025-2026' },
    kk: ['«БЕКІТЕМІН»', 'КМҚК директоры', 'Г.Ә. Мұқанова', '2025 жылғы 29 тамыз', 'II тоқсан (03.11.2025 – 28.12.2025)', 'Әдістемелік десант', '11.11.2025 –', 'өткізілді', 'Орындалуы'],
    ru: ['«УТВЕРЖДАЮ»', 'II четверть', 'Методический десант', 'проведено', 'Отметка'],
  },
  {
    name: 'report: compliance',
    req: { kind: 'report-compliance' },
    kk: ['Нормативтік талаптарға сәйкестік туралы есеп', '22.11.2026', 'SHA-256', 'landing/composition-order', 'landings-2025-2026.yaml:', 'kar-md-2026-04', '5.2-тармақ:', 'Әдістемелік десанттың құрамы білім беру ұйымының сұранысы негізінде айқындалады', 'Тексерілген жазба'],
    ru: ['Отчёт о соответствии нормативным требованиям', 'Отпечаток данных (SHA-256)', 'landing/composition-order', 'Проверено записей'],
  },
  {
    name: 'report: landing reference (B 4.2.7)',
    req: { kind: 'report-reference', id: 'kar-md-2025-11' },
    kk: ['АНЫҚТАМА', '2025 жылғы 19 қараша', '2025 жылғы 11–13 қарашада', 'Десант құрамы:', 'Нормативтік құжаттар және іс жүргізу', 'Мектепішілік бақылау жоспары бекітілген', 'Ұсынымдар', '1. Мектепішілік бақылау нәтижелерін тоқсан сайын', 'Е.Қ. Сәрсенбаев', 'Анықтамамен таныстым:'],
    ru: ['СПРАВКА', 'по итогам методического десанта', 'Состав десанта:', 'Рекомендации', 'Нормативные документы и делопроизводство'],
  },
  {
    name: 'report: open door day results (A 3.7, 3.8, 4.4)',
    req: { kind: 'report-open-door-day', id: 'odd-tur-2026-q1' },
    kk: ['АҚПАРАТ', 'директор жанындағы кеңеске', 'тіркелген қатысушылар саны — 146', 'Өткізілген іс-шаралар', 'Баяндамашылар', 'Тұрсынбаев Е.С.', 'PISA үлгісіндегі тапсырмалар банкін толықтыру', '2026 жылғы 19 ақпанда жіберілді', '2026 жылғы 26 ақпанда директор жанындағы кеңесте талқыланды'],
    ru: ['ИНФОРМАЦИЯ', 'зарегистрировано участников — 146', 'Проведённые мероприятия', 'Выступающие', 'Рекомендации', 'на совете при директоре 26 февраля 2026 года'],
  },
  {
    name: 'report: network status of a region (C 4)',
    req: { kind: 'report-network', id: 'kostanay' },
    kk: ['Жетекші мектептер желісінің жай-күйі', 'Қостанай облысы', 'серіктес мектептер — 15', 'кемінде 2 жетекші мектеп', '1:4', '1:11 — асып кеткен', 'Тренерлер:', 'Оқытылған педагогтер', 'жетекші мектеп', 'серіктес мектеп'],
    ru: ['Состояние сети ведущих школ', 'Костанайская область', 'школ-партнёров — 15', '1:11 — превышено', 'Тренеры:'],
  },
  {
    name: 'report: qualification list (D 2.2.7)',
    req: { kind: 'report-qualification', id: 'kost-aso' },
    kk: ['Біліктілікті арттыруға жіберілетін педагогтердің тізімі', '22.11.2026 жағдай бойынша', 'Мерзімі өткен (1)', 'Төлеубаева Шынар Мұратқызы', '24.04.2025', 'өтті', '12 ай ішінде мерзімі келетіндер (2)', 'қалды', 'Мәлімет үшін: біліктілігі талапқа сай қызметкерлер', 'Келесі мерзімі'],
    ru: ['Список педагогов для направления на повышение квалификации', 'Срок истёк (1)', 'просрочено на', 'осталось', 'Для сведения: сотрудники, у которых срок повышения квалификации в норме', 'Следующий срок'],
  },
];

describe.each(DOCS)('$name', ({ req, kk, ru }) => {
  it.each(['kk', 'ru'] as const)('%s: holds what documents.md requires, and every word of its layout', async (lang) => {
    const { text, models, bytes, info } = await render(req, lang);
    for (const needle of lang === 'kk' ? kk : ru) expect(text).toContain(nh(needle));
    expectModelExtracted(models, text);
    expectKazakhLetters(models, text);
    expect(pdfFonts(bytes).every((f) => f.embedded)).toBe(true);
    expect(info.Language).toBe(lang === 'kk' ? 'kk-KZ' : 'ru-KZ');
    expect(String(info.Title).length).toBeGreaterThan(5);
  });
});

describe('across the documents', () => {
  it('an order is signed by its issuer\'s signer and names its people in the acquaintance list', async () => {
    const { models } = await render({ kind: 'order', id: 'kar-ord-2025-214' }, 'kk');
    const acq = models[0].blocks.find((b) => b.kind === 'acquaintance');
    expect(acq && acq.kind === 'acquaintance' && acq.people.map(inlineText)).toEqual(['Е.Қ. Сәрсенбаев', 'Д.Т. Өмірзақова', 'С.Н. Әлиева', 'Б.Ө. Қасымов']);
  });

  it('Һ comes back from a PDF whose data holds it (Жаһангерқызы, Шаһмарданова)', async () => {
    const { text } = await render({ kind: 'order', id: 'kar-ord-2026-061' }, 'kk');
    expect(text).toContain(nh('Үкібаева Жанар Жаһангерқызы'));
  });

  it('the records an order rests on are checked: an order on a network with an error finding is held back', () => {
    const prepared = prepareDocument(s, { kind: 'order', id: 'ord-tur-2026-052' });
    const blocking = blockingFindings(s.result, prepared);
    expect(blocking.map((f) => `${f.rule} ${f.subject}`)).toEqual(['open-door-day/speaker-consent odd-tur-2026-q3']);
    // catalog v2: 11 partners is a warning (clause 4 is a planning proportion), which holds nothing back
    expect(blockingFindings(s.result, prepareDocument(s, { kind: 'order', id: 'ord-kost-uo-2025-453' }))).toEqual([]);
    expect(blockingFindings(s.result, prepareDocument(s, { kind: 'order', id: 'ord-tur-2026-014' }))).toEqual([]);
  });

  it('both languages in one file: the Kazakh text, then the Russian one on a new page', async () => {
    const prepared = prepareDocument(s, { kind: 'order', id: 'ord-tur-2026-014' });
    const { bytes, models } = await renderPrepared(prepared, ['kk', 'ru'], s);
    expect(models.length).toBe(2);
    const doc = await extractPdf(bytes);
    const first = doc.pages.findIndex((p) => p.includes('ПРИКАЗЫВАЮ:'));
    expect(first).toBeGreaterThan(0);
    expect(doc.pages.slice(0, first).join('')).toContain('БҰЙЫРАМЫН:');
  });

  it('a calendar-year plan is grouped by calendar quarter (квартал), an academic one by term (четверть)', async () => {
    const { text } = await render({ kind: 'schedule', id: 'plan-tur-bdo-2026' }, 'ru');
    expect(text).toContain('I квартал (01.01.2026 – 31.03.2026)');
    expect(text).not.toContain('четверть');
    const kk = await render({ kind: 'schedule', id: 'plan-tur-bdo-2026' }, 'kk');
    expect(kk.text).toContain('I тоқсан (01.01.2026 – 31.03.2026)');
  });

  it('«№ 12», «А.С. Бекова» and «2025 ж.» are never split across lines', async () => {
    for (const [req, lang] of [[{ kind: 'report-reference', id: 'kar-md-2025-11' }, 'ru'], [{ kind: 'order', id: 'ord-tur-2026-014' }, 'kk']] as const) {
      const { pages } = await render(req, lang);
      for (const p of pages) {
        expect(p).not.toMatch(/№\s*\n/);
        expect(p).not.toMatch(/(\p{Lu}\.)+\s*\n\s*\p{Lu}/u);
        expect(p).not.toMatch(/\d{4}\s*\n\s*(ж\.|г\.|жылғы|года)/);
      }
    }
  });

  it('the same data and template give the same bytes', async () => {
    const prepared = prepareDocument(s, { kind: 'report-qualification', id: 'kost-aso' });
    const a = await renderPrepared(prepared, ['kk'], s);
    const b = await renderPrepared(prepareDocument(s, { kind: 'report-qualification', id: 'kost-aso' }), ['kk'], s);
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
  });
});
