/**
 * A secretary's read of the sample's documents (issue 11, the second pass): each case is a line
 * that was retyped before signing, read back from the PDF as it is now.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import { openSession, prepareDocument, renderPrepared, type DocRequest, type RenderSession } from './index.js';
import { extractPdf, flat } from '../testing/pdf.js';
import type { DocLang } from './grammar.js';

const SAMPLE = path.resolve(__dirname, '../../fixtures/sample');
let s: RenderSession;
beforeAll(async () => {
  s = await openSession({ paths: [SAMPLE], asOf: '2026-11-22', lang: 'kk' });
});

/** The text as printed, page numbers left out; `joined`: a word hyphenated at a line's end made whole. */
async function read(req: DocRequest, lang: DocLang): Promise<{ raw: string; joined: string }> {
  const { bytes } = await renderPrepared(prepareDocument(s, req), [lang], s);
  const raw = (await extractPdf(bytes)).pages.map((p) => p.split('\n').filter((l) => !/^\s*\d+\s*$/.test(l)).join('\n')).join('\n');
  return { raw, joined: flat(raw.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')) };
}

const LANDING: DocRequest = { kind: 'order', id: 'kar-ord-2025-214' };
const QUALIFICATION: DocRequest = { kind: 'order', id: 'ord-kost-uo-2026-611' };
const REFERENCE: DocRequest = { kind: 'report-reference', id: 'kar-md-2025-11' };

describe('the landing order', () => {
  it('kk: the forms as the regulation names them («консультациялық», not «кеңес беру» among adjectives); the place «Қарағанды қаласы»', async () => {
    const { joined } = await read(LANDING, 'kk');
    expect(joined).toContain('нысандары белгіленсін: консультациялық, диагностикалық және ұйымдастырушылық-педагогикалық');
    expect(joined).toContain('№ 214-н/қ Қарағанды қаласы Облыстық әдістемелік десанттың');
  });

  it('ru: «за период с 11 ноября 2022 года по 13 ноября 2025 года», not «за период 11.11.2022 – 13.11.2025»; «город Караганда»', async () => {
    const { joined } = await read(LANDING, 'ru');
    expect(joined).toContain('Мониторинг, диагностику и анализ провести за период с 11 ноября 2022 года по 13 ноября 2025 года');
    expect(joined).toContain('№ 214-н/қ город Караганда Об утверждении');
  });
});

describe('the qualification order (ru)', () => {
  it('«список педагогов Центра методического сопровождения …», not the name in brackets; «раза в 5 лет» agrees', async () => {
    const { joined } = await read(QUALIFICATION, 'ru');
    expect(joined).toContain('Утвердить список педагогов Центра методического сопровождения Управления образования акимата Костанайской области, которым необходимо');
    expect(joined).not.toContain('педагогов (Центр');
    expect(joined).toContain('не реже одного раза в 5 лет');
  });
});

describe('the leading-school designation', () => {
  const DESIGNATION: DocRequest = { kind: 'order', id: 'ord-kost-uo-2025-452' };
  it('one network: its trainers in the point itself, not a lone sub-point «3.1.»; ru in the accusative', async () => {
    const kk = (await read(DESIGNATION, 'kk')).joined;
    expect(kk).toContain('желі көшбасшылары ретінде сертификатталған тренерлер Ержанова А.Т. және Мельникова Е.П. бекітілсін (Ереженің 4-тармағы).');
    expect(kk).not.toContain('3.1.');
    const ru = (await read(DESIGNATION, 'ru')).joined;
    expect(ru).toContain('утвердить лидерами сети сертифицированных тренеров Ержанову А.Т. и Мельникову Е.П. (пункт 4 Положения).');
    expect(ru).not.toContain('3.1.');
  });
});

describe('the reference', () => {
  it('kk: the order, then the dates («… бұйрыққа сәйкес 2025 жылғы 11–13 қарашада …»); each finding ends as a list item', async () => {
    const { joined } = await read(REFERENCE, 'kk');
    expect(joined).toContain('Әдістемелік десант 2025 жылғы 24 қазандағы № 214-н/қ бұйрыққа сәйкес 2025 жылғы 11–13 қарашада');
    expect(joined).toMatch(/педагогикалық кеңесте қаралмаған\. 2\. Оқыту сапасы/);
  });

  it('ru: each finding ends with a full stop', async () => {
    const { joined } = await read(REFERENCE, 'ru');
    expect(joined).toMatch(/не рассмотрена на педагогическом совете\. 2\. Качество преподавания/);
  });
});

describe('the open door day report (ru)', () => {
  it('«приняли участие 10 из 11 сотрудников центра», not «10 сотрудников центра (всего 11)»', async () => {
    const { joined } = await read({ kind: 'report-open-door-day', id: 'odd-tur-2026-q1' }, 'ru');
    expect(joined).toContain('В мероприятии приняли участие 10 из 11 сотрудников центра; зарегистрировано участников — 146.');
    expect(joined).not.toContain('(всего');
  });
});

describe('the open door day report (kk)', () => {
  it('«орталықтың 11 қызметкерінің 10-ы қатысты», not «10 қызметкері қатысты (барлығы 11)»; the ending follows the numeral', async () => {
    const { joined } = await read({ kind: 'report-open-door-day', id: 'odd-tur-2026-q1' }, 'kk');
    expect(joined).toContain('Іс-шараға орталықтың 11 қызметкерінің 10-ы қатысты; тіркелген қатысушылар саны — 146.');
    expect(joined).not.toContain('(барлығы');
    const { kkPossessiveNumber } = await import('./grammar.js');
    expect([1, 2, 3, 6, 7, 9, 10, 11, 20, 26, 40, 50, 100, 1000, 2000].map(kkPossessiveNumber)).toEqual(
      ['1-і', '2-сі', '3-і', '6-сы', '7-сі', '9-ы', '10-ы', '11-і', '20-сы', '26-сы', '40-ы', '50-і', '100-і', '1000-ы', '2000-ы'],
    );
  });
});

describe('the network report (ru)', () => {
  it('«Костанайская область: сетей — 2, ведущих школ — 2, …», not «сетей: 2: ведущих школ»; a dash never starts a line', async () => {
    const { raw, joined } = await read({ kind: 'report-network', id: 'kostanay' }, 'ru');
    expect(joined).toContain('Костанайская область: сетей — 2, ведущих школ — 2, школ-партнёров — 15,');
    expect(joined).not.toContain('сетей: 2:');
    expect(raw).not.toMatch(/\n— /);
  });
});

describe('the open door day (kk)', () => {
  it('«бірыңғай күнде» as the regulation’s 3.1 says, not «бірыңғай күні»', async () => {
    const order = (await read({ kind: 'order', id: 'ord-tur-2026-014' }, 'kk')).joined;
    expect(order).toContain('әдістемелік кабинеттерімен бірыңғай күнде өткізілсін (Ереженің 3.1-тармағы)');
    const report = (await read({ kind: 'report-open-door-day', id: 'odd-tur-2026-q1' }, 'kk')).joined;
    expect(report).toContain('Ашық есік күні бірыңғай күнде облыстың 4 аудандық (қалалық) әдістемелік кабинетінде өтті');
    expect(order + report).not.toContain('бірыңғай күні');
  });
});

describe('titles', () => {
  it('a title’s lines are balanced, never hyphenated: no «туралы» or «её школ-партнёров» left alone on its last line', async () => {
    const kk = (await read({ kind: 'order', id: 'ord-tur-2026-014' }, 'kk')).raw;
    expect(kk).toContain('2026 жылғы 12 ақпанда әдістемелік ашық\nесік күнін ұйымдастыру және өткізу туралы');
    const ru = (await read({ kind: 'order', id: 'ord-kost-uo-2025-452' }, 'ru')).raw;
    expect(ru).toContain('Об утверждении школы-гимназии № 5 города\nКостаная ведущей школой и её школ-партнёров');
    const report = (await read({ kind: 'report-open-door-day', id: 'odd-tur-2026-q1' }, 'kk')).raw;
    expect(report).not.toMatch(/^\s*туралы\s*$/m);
  });
});

describe('hyphenation by the document’s language', () => {
  it('a Kazakh schedule never breaks «бойынша» the Russian way («бой-ынша»)', async () => {
    const { raw } = await read({ kind: 'schedule', id: 'kar-plan-2025-2026' }, 'kk');
    expect(raw).toContain('Жоспар');
    expect(raw).not.toMatch(/бой-\s*ынша/);
  });
});
