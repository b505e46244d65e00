/**
 * What a secretary would have retyped before signing (issue 11), read back from the PDFs of
 * fixtures/sample: each case gives the text that must be there and the wrong text that was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runMain } from '../testing/cli-io.js';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import { makeTask, openSession, prepareDocument, renderPrepared, taskWarnings, type DocRequest, type RenderSession } from './index.js';
import { extractPdf, flat } from '../testing/pdf.js';
import type { DocLang } from './grammar.js';
import { kkGenitiveWord, kkLocativeWord, lastWord, ruAccusativeAdjective, ruCabinetsWith, ruCityPrepositional, ruCount, ruPrepositionalOrg } from './grammar.js';
import { loadSettings } from '../engine/settings.js';

const SAMPLE = path.resolve(__dirname, '../../fixtures/sample');
let s: RenderSession;
beforeAll(async () => {
  s = await openSession({ paths: [SAMPLE], asOf: '2026-11-22', lang: 'kk' });
});

const cache = new Map<string, Promise<string>>();
function text(req: DocRequest, lang: DocLang): Promise<string> {
  const key = `${req.kind}:${req.id}:${lang}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      (async () => {
        const { bytes } = await renderPrepared(prepareDocument(s, req), [lang], s);
        const doc = await extractPdf(bytes);
        // page numbers are lines of their own; a word hyphenated at a line end is joined again
        const pages = doc.pages.map((p) => p.split('\n').filter((l) => !/^\s*\d+\s*$/.test(l)).join('\n'));
        return flat(pages.join('\n').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2'));
      })(),
    );
  }
  return cache.get(key)!;
}

const ODD: DocRequest = { kind: 'order', id: 'ord-tur-2026-014' };
const LANDING: DocRequest = { kind: 'order', id: 'kar-ord-2026-019' };
const DESIGNATION: DocRequest = { kind: 'order', id: 'ord-kost-uo-2025-452' };
const QUALIFICATION: DocRequest = { kind: 'order', id: 'ord-kost-uo-2026-611' };
const REFERENCE: DocRequest = { kind: 'report-reference', id: 'kar-md-2025-11' };

describe('the Kazakh date requisite and the regulations’ names', () => {
  it('kk: «2026 жылғы 28 қаңтар», not the Russian word order «"28" қаңтар 2026 ж.»', async () => {
    const t = await text(ODD, 'kk');
    expect(t).toContain('2026 жылғы 28 қаңтар № 14-н');
    expect(t).not.toContain('«28» қаңтар');
  });

  it('regulations by their official names, from the rule modules', async () => {
    expect(await text(LANDING, 'kk')).toContain('Облыстық әдістемелік десанттың қызметі туралы ереженің 5.2-тармағына сәйкес');
    expect(await text(LANDING, 'kk')).not.toContain('Өңірлік әдістемелік десант туралы ереже');
    expect(await text(LANDING, 'ru')).toContain('пунктом 5.2 Положения о деятельности областного методического десанта');
    expect(await text(LANDING, 'ru')).not.toContain('Правил');
    expect(await text(DESIGNATION, 'kk')).toContain('Қазақстан Республикасы Орта білім беру мазмұнын жаңартудағы қолдау мектептері туралы Ереженің 2.2-тармағына сәйкес');
    expect(await text(DESIGNATION, 'ru')).toContain('пунктом 2.2 Положения о школах поддержки в обновлении содержания среднего образования Республики Казахстан');
    expect(await text(DESIGNATION, 'ru')).toContain('(пункт 4 Положения)');
    expect(await text(QUALIFICATION, 'kk')).toContain('Әдістемелік сүйемелдеу орталығы туралы Ереженің 2.2.7 және 8.3-тармақтарына');
    expect(await text(ODD, 'ru')).toContain('пунктом 1.6 Правил проведения методического дня открытых дверей');
  });
});

describe('signature titles by the organisation’s type', () => {
  it('an education department’s head signs as «Басшы» / «Руководитель управления», not «Директор»', async () => {
    expect(await text(DESIGNATION, 'kk')).toMatch(/Басшы Т\.Қ\. Жүнісов/);
    expect(await text(DESIGNATION, 'ru')).toMatch(/Руководитель управления Т\.Қ\. Жүнісов/);
    expect(await text(DESIGNATION, 'ru')).not.toMatch(/Директор Т\.Қ\. Жүнісов/);
  });

  it('a centre’s director stays «Директор»; a support centre’s head is «Орталық басшысы»', async () => {
    // the director of the time signs (retired since): the order's signed_by, not today's head
    expect(await text(ODD, 'kk')).toMatch(/Директор Б\.С\. Төлімбет/);
    // the deputy who was acting head on the order's date signs as acting
    expect(await text({ kind: 'order', id: 'ord-tur-2026-031' }, 'kk')).toMatch(/Директордың м\.а\. \p{Lu}\.\p{Lu}\. \p{Lu}/u);
    expect(await text({ kind: 'order', id: 'ord-tur-2026-031' }, 'ru')).toMatch(/И\.о\. директора \p{Lu}\.\p{Lu}\. \p{Lu}/u);
    expect(await text({ kind: 'report-qualification', id: 'kost-aso' }, 'kk')).toContain('Орталық басшысы');
    expect(await text({ kind: 'report-qualification', id: 'kost-aso' }, 'ru')).toContain('Руководитель центра');
  });

  it('signed_as: acting → «Директордың м.а.» / «И.о. директора»', async () => {
    const o = s.data.order('ord-tur-2026-014')!;
    const acting = { ...o, signed_as: 'acting' as const };
    const { signerTitle } = await import('./titles.js');
    expect(signerTitle(acting, s.data, 'kk', null)).toBe('Директордың м.а.');
    expect(signerTitle(acting, s.data, 'ru', null)).toBe('И.о. директора');
    const dept = s.data.order('ord-kost-uo-2025-452')!;
    expect(signerTitle({ ...dept, signed_as: 'acting' }, s.data, 'ru', null)).toBe('И.о. руководителя управления');
  });
});

describe('Russian grammar', () => {
  it('cases after prepositions: «на базе КГУ…», «при филиале Центра… в городе Костанае», «формы работы: диагностическую…»', async () => {
    const landing = await text(LANDING, 'ru');
    expect(landing).toContain('на базе КГУ «Школа-лицей № 3»');
    expect(landing).not.toContain('на базе:');
    expect(landing).toContain('формы работы десанта: диагностическую и методическую');
    expect(landing).toContain('на основании заявки КГУ «Школа-лицей № 3» отдела образования города Темиртау от 19 января 2026 года');
    const designation = await text(DESIGNATION, 'ru');
    expect(designation).toContain('координационному центру при филиале Центра педагогического мастерства в городе Костанае');
    expect(designation).not.toContain('при:');
  });

  it('places in the right case, and the district cabinets in the instrumental with their common words once', async () => {
    const t = await text(ODD, 'ru');
    expect(t).toContain('Разместить информацию о дне открытых дверей на сайте центра, на страницах центра в социальных сетях и в виртуальном методическом кабинете');
    expect(t).toContain('в единый день с методическими кабинетами отделов развития человеческого потенциала Сарыагашского района, города Кентау, города Туркестан и Мактааральского района');
    expect(t).toContain('утверждённых директором КГУ «Центр развития образования»');
  });

  it('numerals agree', () => {
    expect(ruCount(3, 'сотрудник', 'сотрудника', 'сотрудников')).toBe('3\u00a0сотрудника');
    expect(ruCount(1, 'ведущей школы', 'ведущих школ', 'ведущих школ')).toBe('1\u00a0ведущей школы');
    expect(ruCount(11, 'сотрудник', 'сотрудника', 'сотрудников')).toBe('11\u00a0сотрудников');
    expect(ruCount(22, 'сотрудник', 'сотрудника', 'сотрудников')).toBe('22\u00a0сотрудника');
  });

  it('helpers: prepositional, city, accusative, cabinets', () => {
    expect(ruPrepositionalOrg('Филиал Центра педагогического мастерства в городе Костанай')).toBe('филиале Центра педагогического мастерства в городе Костанае');
    expect(ruCityPrepositional('в городе Караганда')).toBe('в городе Караганде');
    expect(ruCityPrepositional('в городе Алматы')).toBe('в городе Алматы');
    expect(ruAccusativeAdjective('консультативная, диагностическая и организационно-педагогическая')).toBe('консультативную, диагностическую и организационно-педагогическую');
    expect(ruCabinetsWith(['Методический кабинет отдела образования Сарыагашского района'])).toBe('с методическим кабинетом отдела образования Сарыагашского района');
  });
});

describe('Kazakh grammar', () => {
  it('«орталығының директоры», «КММ-нің … өтінімі», «КММ-де өткізілген десанттың», «2027 жылға арналған»', async () => {
    expect(await text(ODD, 'kk')).toContain('«Білім беруді дамыту орталығы» КММ-нің директоры бекіткен');
    expect(await text(LANDING, 'kk')).toContain('«№ 3 мектеп-лицейі» КММ-нің 2026 жылғы 19 қаңтардағы өтінімі негізінде');
    expect(await text(REFERENCE, 'kk')).toContain('КММ-де өткізілген әдістемелік десанттың қорытындысы бойынша');
    expect(await text(QUALIFICATION, 'kk')).toContain('Педагог қызметкерлердің біліктілігін арттырудың 2027 жылға арналған жоспарын бекіту туралы');
  });

  it('genitive and locative of names: by vowel harmony, an abbreviation by how it is read', () => {
    expect(kkGenitiveWord('КММ')).toBe('КММ-нің');
    expect(kkGenitiveWord('КМҚК')).toBe('КМҚК-ның');
    expect(kkGenitiveWord('орталығы')).toBe('орталығының');
    expect(kkGenitiveWord('мектеп')).toBe('мектептің');
    expect(kkGenitiveWord('басқармасы')).toBe('басқармасының');
    expect(kkLocativeWord('КММ')).toBe('КММ-де');
    expect(kkLocativeWord('КМҚК')).toBe('КМҚК-да');
    expect(kkLocativeWord('орталығы')).toBe('орталығында');
    expect(lastWord('«Білім беруді дамыту орталығы»', kkGenitiveWord)).toBe('«Білім беруді дамыту орталығының»');
  });
});

describe('empty values, and wrong documents said out loud', () => {
  it('a speaker with no topic prints no «— «»»', async () => {
    const e = s.data.get('open_door_days', 'odd-tur-2026-q1')!;
    const speakers = e.speakers!;
    const saved = speakers[0].topic;
    speakers[0].topic = { kk: ' ', ru: '' };
    try {
      const { bytes } = await renderPrepared(prepareDocument(s, ODD), ['kk'], s);
      const t = flat((await extractPdf(bytes)).pages.join('\n'));
      expect(t).toContain('Тұрсынбаев Е.С. (орталық әдіскері);');
      expect(t).not.toContain('«»');
    } finally {
      speakers[0].topic = saved;
    }
  });

  it('Kazakh text in a Russian document is named with its record and field; refuse refuses', () => {
    // The sample names every course in both languages; two of them given in Kazakh only here.
    const translated = () => taskWarnings(makeTask(prepareDocument(s, QUALIFICATION), ['ru'], s.theme, { data: s.data }), 'ru');
    expect(translated()).toEqual([]);
    const q5 = s.data.person('kost-aso-s005')!.qualification![0];
    const q1 = s.data.person('kost-aso-s001')!.qualification![0];
    const saved = [q5.course, q1.course];
    q5.course = 'Жаңартылған білім беру мазмұны аясында критериалды бағалау';
    q1.course = 'Білім беру ұйымдарының менеджменті';
    try {
    const prepared = prepareDocument(s, QUALIFICATION);
    const task = makeTask(prepared, ['ru'], s.theme, { data: s.data });
    const w = taskWarnings(task, 'ru').join('\n');
    expect(w).toMatch(/(нет|без) текста на русском/);
    expect(w).toContain('fixtures/sample/kostanay/staff.yaml: kost-aso-s005 qualification[0].course: «Жаңартылған білім беру мазмұны аясында критериалды бағалау»');
    // names are spelt the same in both languages: never a missing translation
    expect(w).not.toContain('Жүнісов');
    // a value prepared but not printed is no warning (the up-to-date staff are not in the order's list)
    expect(w).not.toContain('Білім беру ұйымдарының менеджменті');
    // a translated sample prints no warning
    expect(taskWarnings(makeTask(prepareDocument(s, { kind: 'report-open-door-day', id: 'odd-tur-2026-q1' }), ['ru'], s.theme, { data: s.data }), 'ru')).toEqual([]);
    expect(taskWarnings(makeTask(prepared, ['kk'], s.theme, { data: s.data }), 'kk')).toEqual([]);
    } finally {
      [q5.course, q1.course] = saved;
    }
  });

  it('course names and providers in both languages: the Russian qualification order and report print them in Russian', async () => {
    const order = await text(QUALIFICATION, 'ru');
    expect(order).toContain('Критериальное оценивание в рамках обновления содержания образования');
    expect(order).toContain('Развитие функциональной грамотности');
    expect(order).not.toContain('Функционалдық');
    const report = await text({ kind: 'report-qualification', id: 'kost-aso' }, 'ru');
    expect(report).toContain('Менеджмент в организациях образования (АО «НЦПК «Өрлеу»)');
    expect(report).not.toMatch(/БАҰО|ПШО|КЕАҚ/);
    expect(await text({ kind: 'report-qualification', id: 'kost-aso' }, 'kk')).toContain('Білім беру ұйымдарының менеджменті («Өрлеу» БАҰО» АҚ)');
  });

  it('a cancelled or planned open door day has no results report', () => {
    expect(() => prepareDocument(s, { kind: 'report-open-door-day', id: 'odd-tur-2026-q4' })).toThrow(/render-odd-not-held|not held/);
  });

  it('a school year missing from the calendar is said, not silently replaced by calendar quarters', () => {
    const prepared = prepareDocument(s, { kind: 'schedule', id: 'kar-plan-2026-2027' });
    const w = taskWarnings(makeTask(prepared, ['ru'], s.theme, { data: s.data }), 'ru').join('\n');
    expect(w).toContain('2026–2027 учебного года нет в календаре');
    const ok = prepareDocument(s, { kind: 'schedule', id: 'kar-plan-2025-2026' });
    expect(taskWarnings(makeTask(ok, ['ru'], s.theme, { data: s.data }), 'ru')).toEqual([]);
  });

  it('the qualification list: those due or overdue; the up-to-date only in a section of their own', async () => {
    const t = await text({ kind: 'report-qualification', id: 'kost-aso' }, 'ru');
    const main = t.slice(0, t.indexOf('Для сведения'));
    expect(main).toContain('Срок истёк');
    expect(main).not.toContain('В норме (');
    expect(t).toContain('Для сведения: сотрудники, у которых срок повышения квалификации в норме');
  });

  it('render.untranslated: refuse in the settings refuses a Russian document with Kazakh values (exit 1, nothing written)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-untranslated-'));
    try {
      const config = path.join(dir, 'ereje.yaml');
      fs.writeFileSync(config, 'as_of: 2026-11-22\nrender:\n  untranslated: refuse\n');
      // the sample with one course named in Kazakh only
      const data = path.join(dir, 'data');
      fs.cpSync(SAMPLE, data, { recursive: true });
      const staffFile = path.join(data, 'kostanay/staff.yaml');
      const staff = fs.readFileSync(staffFile, 'utf8');
      const kazakhOnly = staff.replace('course: { kk: "Функционалдық сауаттылықты дамыту", ru: "Развитие функциональной грамотности" }', 'course: "Функционалдық сауаттылықты дамыту"');
      expect(kazakhOnly).not.toBe(staff);
      fs.writeFileSync(staffFile, kazakhOnly);
      const out = path.join(dir, 'out');
      fs.mkdirSync(out);
      const settings = loadSettings([data], config);
      expect(settings.settings.render?.untranslated).toBe('refuse');
      const r = await runMain(['render', 'order', 'ord-kost-uo-2026-611', '--data', data, '--config', config, '--lang', 'ru', '--out', out], dir);
      expect(r.code).toBe(1);
      expect(r.err).toContain('render.untranslated: refuse');
      expect(r.err).toContain('Функционалдық сауаттылықты дамыту');
      expect(fs.readdirSync(out)).toEqual([]);
      // the same order from the sample, every course in Russian too, is written
      const ok = await runMain(['render', 'order', 'ord-kost-uo-2026-611', '--data', SAMPLE, '--config', config, '--lang', 'ru', '--out', out], dir);
      expect(ok.code, ok.err).toBe(0);
      // the Kazakh document has nothing to translate
      const kk = await runMain(['render', 'order', 'ord-kost-uo-2026-611', '--data', data, '--config', config, '--lang', 'kk', '--out', out], dir);
      expect(kk.code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('typesetting', () => {
  it('hyphenation: Kazakh by syllables, Russian by the TeX patterns, after a hyphen a word already has', async () => {
    const { breakPoints } = await import('./typeset.js');
    const show = (w: string) => {
      let out = '';
      let last = 0;
      for (const i of breakPoints(w)) (out += `${w.slice(last, i)}|`), (last = i);
      return out + w.slice(last);
    };
    expect(show('орталығының')).toBe('ор|та|лы|ғы|ның');
    expect(show('сертификатталған')).toBe('сер|ти|фи|кат|тал|ған');
    expect(show('Әдістемелік')).toBe('Әдіс|те|ме|лік');
    expect(show('Ответственный')).toBe('От|вет|ствен|ный');
    expect(show('мектеп-лицейі')).toMatch(/^мек\|теп-\|/);
    // a word with no Kazakh letter follows the document's language: «бойынша» is Kazakh in a Kazakh document
    expect(breakPoints('бойынша', 'kk')).toEqual([2, 5]); // бо|йын|ша, not the Russian patterns' бой|ын|ша
    expect(breakPoints('Ответственный', 'ru')).toEqual(breakPoints('Ответственный'));
  });

  it('words that stay on one line: № and its number, a day and its month, пункт and its number', async () => {
    const { sticks, nonBreaking } = await import('./typeset.js');
    expect(sticks('№', '14-н')).toBe(true);
    expect(sticks('12', 'февраля')).toBe(true);
    expect(sticks('февраля', '2026')).toBe(true);
    expect(sticks('12', 'ақпанда')).toBe(true);
    expect(sticks('пункт', '3.1')).toBe(true);
    expect(sticks('әдістемелік', 'кабинет')).toBe(false);
    expect(sticks('школ-партнёров', '—')).toBe(true); // a dash never starts a line
    expect(sticks('—', '15,')).toBe(false);
    expect(nonBreaking('до 19 февраля 2026 года (пункт 3.7 Правил)')).toBe('до 19\u00a0февраля\u00a02026\u00a0года (пункт\u00a03.7 Правил)');
  });

  it('the signature never stands alone: the last point of every order is on its page', async () => {
    for (const req of [ODD, LANDING, DESIGNATION, QUALIFICATION]) {
      for (const lang of ['kk', 'ru'] as const) {
        const { bytes } = await renderPrepared(prepareDocument(s, req), [lang], s);
        const pages = (await extractPdf(bytes)).pages.map(flat);
        const sig = pages.findIndex((p) => /Бұйрықпен таныстырылды|С приказом ознакомлен/.test(p) || /(Директор|Басшы|Руководитель управления) \p{Lu}\.\p{Lu}\./u.test(p));
        expect(sig, `${req.id} ${lang}`).toBeGreaterThanOrEqual(0);
        expect(pages[sig], `${req.id} ${lang}`).toMatch(/бақылауды өзіме қалдырамын|Контроль за исполнением настоящего приказа оставляю за собой/);
      }
    }
  });

  it('page numbers: every document at the top, from the second page', () => {
    const dir = path.resolve(__dirname, '../../templates');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.liquid'))) {
      expect(fs.readFileSync(path.join(dir, f), 'utf8'), f).toMatch(/^::page (orientation=landscape )?numbers=top numbers-from=2$/m);
    }
  });
});

describe('per-order content in the data', () => {
  it('extra points with executor and deadline, the programme in an appendix, visas, the executor mark; executors in the acquaintance list', async () => {
    const o = s.data.order('ord-tur-2026-014')! as Record<string, unknown>;
    const saved = { ...o };
    Object.assign(o, {
      points: [{ text: { kk: 'Іс-шараның фотоесебі орталықтың сайтында жариялансын.', ru: 'Опубликовать фотоотчёт о мероприятии на сайте центра.' }, executor: 'tur-bdo-s002', deadline: '2026-02-16' }],
      appendix: true,
      visas: ['tur-bdo-s003'],
      executor: 'tur-bdo-s004',
    });
    try {
      for (const lang of ['kk', 'ru'] as const) {
        const { bytes } = await renderPrepared(prepareDocument(s, ODD), [lang], s);
        const pages = (await extractPdf(bytes)).pages.map((p) => flat(p.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')));
        const all = pages.join(' ');
        if (lang === 'kk') {
          expect(all).toContain('3. Ашық есік күнінің бағдарламасы қосымшаға сәйкес бекітілсін.');
          expect(all).toMatch(/11\. Іс-шараның фотоесебі орталықтың сайтында жариялансын\. Орындаушы: Құрманбекова Ә\.Ж\., мерзімі — 2026 жылғы 16 ақпанға дейін\. 12\. Осы бұйрықтың орындалуын бақылауды өзіме қалдырамын\./);
          expect(all).toContain('Келісілді:');
          expect(all).toContain('Орынд.: Жанұзақова З.Т.');
          expect(pages[pages.length - 1]).toContain('2026 жылғы 28 қаңтардағы № 14-н бұйрыққа қосымша');
          expect(pages[pages.length - 1]).toContain('Ашық есік күнінің бағдарламасы');
          expect(pages[pages.length - 1]).toContain('Дөңгелек үстел');
          // the programme is no longer among the points
          expect(pages.slice(0, -1).join(' ')).not.toContain('Дөңгелек үстел');
        } else {
          expect(all).toContain('Утвердить программу дня открытых дверей согласно приложению.');
          expect(all).toMatch(/11\. Опубликовать фотоотчёт о мероприятии на сайте центра\. Исполнитель: Құрманбекова Ә\.Ж\., срок — до 16 февраля 2026 года\./);
          expect(all).toContain('Согласовано:');
          expect(all).toContain('Исп.: Жанұзақова З.Т.');
          expect(pages[pages.length - 1]).toContain('Приложение к приказу от 28 января 2026 года № 14-н');
        }
      }
      const prepared = prepareDocument(s, ODD).build('kk');
      const acquainted = (prepared.context.acquainted as { id: string }[]).map((p) => p.id);
      expect(acquainted).toContain('tur-bdo-s002');
    } finally {
      for (const k of ['points', 'appendix', 'visas', 'executor']) delete o[k];
      Object.assign(o, saved);
    }
  });
});
