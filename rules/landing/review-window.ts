import { z } from 'zod';
import { addYears } from '../../src/core/dates.js';
import { rule, textValue } from './_view.js';

export default rule<{ window_years: number }>({
  id: 'landing/review-window',
  clauses: ['1.5', '4.4.2'],
  severity: 'error',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  params: {
    window_years: {
      schema: z.number().int().min(1),
      default: 3,
      description: { kk: 'Мониторинг, диагностика және талдау десант басталған күннен бастап неше жыл артқа қарай қамти алады', ru: 'На сколько лет назад от начала десанта могут распространяться мониторинг, диагностика и анализ', en: 'How many years back from the landing\'s start the monitoring, diagnostics and analysis may reach' },
      clause: '1.5',
    },
  },
  messages: {
    missing: {
      kk: 'Десанттың талдау кезеңі (review_period) көрсетілмеген: 1.5-тармаққа сәйкес десант {years} жылдық уақыт кезеңін қамтиды, яғни талдау кезеңі {earliest} күнінен ерте басталмауы тиіс (4.4.2-тармаққа сәйкес білім беру ұйымы осы кезеңге жатпайтын мәліметтерді бермеуге құқылы)',
      ru: 'Не указан период анализа десанта (review_period): по п. 1.5 десант охватывает период времени в {years} года, то есть период анализа начинается не ранее {earliest} (по п. 4.4.2 организация образования вправе не предоставлять сведения за пределами этого периода)',
      en: 'The landing has no review period (review_period): under 1.5 it covers a span of {years} years, i.e. it starts on {earliest} at the earliest (under 4.4.2 the organisation may refuse data outside that period)',
    },
    startsTooEarly: {
      kk: 'Талдау кезеңі {from} ж. басталады, бұл десант басталатын күннен ({start} ж.) {years} жылдан астам бұрын: 1.5-тармаққа сәйкес кезеңнің ең ерте басталу күні — {earliest} ж.',
      ru: 'Период анализа начинается {from} — за пределами {years}-летнего периода по п. 1.5: при начале десанта {start} он может начинаться не ранее {earliest}',
      en: 'The review period starts on {from}, more than {years} years before the landing starts ({start}): under 1.5 it may start on {earliest} at the earliest',
    },
    documentBefore: {
      kk: 'Сұралған «{title}» құжатының кезеңі ({docFrom}–{docTo}) талдау кезеңінен ({from}–{to}) бұрын басталады: 4.4.2-тармаққа сәйкес білім беру ұйымы бұл кезеңнен тыс мәліметтерді бермеуге құқылы',
      ru: 'Период запрошенного документа «{title}» ({docFrom}–{docTo}) начинается раньше периода анализа ({from}–{to}): по п. 4.4.2 организация образования вправе не предоставлять сведения за пределами этого периода',
      en: 'Requested document "{title}" covers {docFrom}–{docTo} and starts before the review period ({from}–{to}): under 4.4.2 the organisation may refuse data outside that period',
    },
  },
  docs: {
    summary: {
      kk: 'Десанттың талдау кезеңі десант басталған күннен бастап ең көбі `window_years` жыл артқа қарай қамтиды (әдепкі мәні — 3, 1.5-тармақ), ал сұралған бірде-бір құжаттың кезеңі талдау кезеңінен бұрын басталмайды (4.4.2-тармақ: білім беру ұйымы осы кезеңге жатпайтын мәліметтерді бермеуге құқылы).',
      ru: 'Период анализа десанта охватывает не более `window_years` лет назад от начала десанта (по умолчанию 3, п. 1.5), и ни один запрошенный документ не начинается раньше периода анализа (п. 4.4.2: организация образования вправе не предоставлять сведения за его пределами).',
      en: 'The landing\'s review reaches back at most `window_years` (default 3, clause 1.5) years from the landing\'s start, and no requested document starts before the review period (4.4.2: the organisation may refuse data outside it).',
    },
    details: {
      kk: [
        'Үш себеп бар, әрқайсысының өз хабарламасы бар және әрқайсысы түзетілетін мәннің орнында көрсетіледі:',
        '(1) `review_period` көрсетілмеген — білім беру ұйымы нені беруге міндетті екенін білуі үшін 1.5-тармақта айтылған кезең жазылуы тиіс (4.4.2-тармақ);',
        '(2) `review_period.from` десант басталатын күннен (`dates.from`) `window_years` жыл бұрынғы күннен ерте; есеп күнтізбе бойынша жүргізіледі, 29 ақпан 28 ақпанға ауысады: `2026-03-10` күні басталатын десант үшін `2023-03-10` күнінен басталатын кезең талапқа сай, ал `2023-03-09` күнінен басталатыны сай емес; `2028-02-29` күні басталатын десант үшін `2025-02-28` күнінен басталатын кезең сай, ал `2025-02-27` күнінен басталатыны сай емес;',
        '(3) сұралған құжаттың `period` кезеңі `review_period.from` күнінен бұрын басталады (бұзушылық `period.from` өрісінде көрсетіледі).',
        'Каталог v2: 1.5-тармақ («уақыт кезеңін - 3 жылды қамтиды») талдаудың қаншалықты артқа қарай қамтитынын белгілейді, қашан аяқталатынын емес. Талдау кезеңі десанттың өзіне дейін созылуы мүмкін: ағымдағы жылдың жоспарлары мен сынып журналдары, сондай-ақ десант мүшелері сапар кезінде қатысатын сабақтар осы кезеңге кіреді. v1 талдау кезеңі мен әр құжаттың десант басталғанға дейін аяқталуын да талап ететін; мәтінде мұндай талап жоқ, ал бұл шынайы десантты (ағымдағы жылдың жоспарын қарайтын десантты) тексеруден өткізбейтін, сондықтан мұндай түсіндіруден бас тартылды.',
        'Кезеңі жоқ сұралған құжат (жарғы, қолданыстағы штат кестесі) белгілі бір күндерге байланбайды және мұнда тексерілмейді; оның бағытын `landing/in-scope` ережесі тексереді.',
        '`review_period` көрсетілмесе, құжаттар онымен салыстырылмайды: түзетуді қажет ететін жалғыз бұзушылық — көрсетілмеген кезең.',
        'Талдау кезеңінің белгіленген шектен қысқа болуы бұзушылық емес: 1.5-тармақ десант қамти алатын ең ұзақ кезеңді белгілейді.',
      ].join(' '),
      ru: [
        'Три причины, у каждой своё сообщение, и каждая указывается в месте значения, которое нужно исправить:',
        '(1) не указан `review_period` — период, о котором говорит п. 1.5, должен быть записан, чтобы организация знала, что она обязана предоставить (п. 4.4.2);',
        '(2) `review_period.from` раньше даты начала десанта (`dates.from`) минус `window_years` лет; расчёт ведётся по календарю, 29 февраля переходит в 28 февраля: для десанта, начинающегося `2026-03-10`, период с `2023-03-10` допустим, а с `2023-03-09` — нет; для десанта, начинающегося `2028-02-29`, период с `2025-02-28` допустим, а с `2025-02-27` — нет;',
        '(3) `period` запрошенного документа начинается раньше `review_period.from` (нарушение указывается в `period.from`).',
        'Каталог v2: п. 1.5 («уақыт кезеңін - 3 жылды қамтиды» — охватывает период в 3 года) определяет, как далеко назад заходит анализ, а не когда он заканчивается. Период анализа может доходить до самого десанта: планы и классные журналы текущего года, а также уроки, которые члены десанта посещают во время выезда, входят в него. В v1 требовалось также, чтобы период анализа и каждый документ заканчивались до начала десанта; в тексте этого нет, а реальный десант (изучающий план текущего года) проверку не проходил, поэтому от такого толкования отказались.',
        'Запрошенный документ без периода (устав, действующее штатное расписание) не привязан к датам и здесь не проверяется; его направление проверяет правило `landing/in-scope`.',
        'Если `review_period` не указан, документы с ним не сверяются: единственное нарушение, которое нужно исправить, — отсутствие периода.',
        'Период анализа короче допустимого — не нарушение: п. 1.5 устанавливает наибольший период, который может охватывать десант.',
      ].join(' '),
      en: [
        'Three causes, each its own message, each positioned at the value to fix:',
        '(1) `review_period` is missing — the period 1.5 speaks of must be written down for the organisation to know what it owes (4.4.2);',
        '(2) `review_period.from` is before the landing\'s start (`dates.from`) minus `window_years` years, computed on the calendar with Feb 29 → Feb 28: for a landing starting 2026-03-10 a period from 2023-03-10 passes and one from 2023-03-09 fails; for a landing starting 2028-02-29 a period from 2025-02-28 passes and from 2025-02-27 fails;',
        '(3) a requested document\'s `period` starts before `review_period.from` (reported at `period.from`).',
        'Catalog v2: 1.5 («уақыт кезеңін - 3 жылды қамтиды», covers a span of 3 years) sets how far back the review reaches, not where it ends. The review may run into the landing itself: the current year\'s plans and class journals, and the lessons the members attend during the visit, are inside it. v1 also required the review period, and every document, to end before the landing started; the text does not say so, and it made a realistic landing (which reads this year\'s plan) fail, so that reading is gone.',
        'A requested document without a period (a charter, a staff list as it stands) is not dated and is not checked here; its direction is checked by landing/in-scope.',
        'When `review_period` is missing the documents are not checked against it: the one finding to fix is the missing period.',
        'A review period shorter than the window is fine: 1.5 sets the most the landing may cover.',
      ].join(' '),
    },
    examples: {
      pass: 'landings:\n  - id: md-1\n    organizer: kar-umc\n    target: kar-sch-12\n    dates: { from: 2026-03-10, to: 2026-03-12 }\n    review_period: { from: 2023-03-10, to: 2026-03-12 }\n    requested_documents:\n      - { title: "Мектепішілік бақылау жоспары", direction: documents, period: { from: 2025-09-01, to: 2026-05-31 } }   # this year\'s plan\n',
      fail: 'landings:\n  - id: md-1\n    organizer: kar-umc\n    target: kar-sch-12\n    dates: { from: 2026-03-10, to: 2026-03-12 }\n    review_period: { from: 2023-03-09, to: 2026-03-09 }   # one day more than 3 years back\n    requested_documents:\n      - { title: "Сынып журналдары", direction: documents, period: { from: 2022-09-01, to: 2023-05-31 } }   # starts before the period\n',
    },
  },
  check(ctx) {
    const years = ctx.params.window_years;
    for (const l of ctx.view.landings) {
      const start = l.dates.from;
      const earliest = addYears(start, -years);
      const rp = l.review_period;
      if (!rp) {
        ctx.report({ messageId: 'missing', subject: l.id, at: l, path: ['review_period'], data: { years, earliest, start } });
        continue;
      }
      if (rp.from < earliest) {
        ctx.report({ messageId: 'startsTooEarly', subject: l.id, at: l, path: ['review_period', 'from'], data: { from: rp.from, years, start, earliest } });
      }
      (l.requested_documents ?? []).forEach((d, i) => {
        const p = d.period;
        if (!p) return;
        const data = { title: textValue(d.title), docFrom: p.from, docTo: p.to, from: rp.from, to: rp.to };
        if (p.from < rp.from) {
          ctx.report({ messageId: 'documentBefore', subject: l.id, at: l, path: ['requested_documents', i, 'period', 'from'], data, related: [{ at: l, path: ['review_period'], note: 'review_period' }] });
        }
      });
    }
  },
});
