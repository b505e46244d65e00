import { rule } from './_view.js';
import { recommendationsObligations } from './_obligations.js';

export default rule({
  id: 'open-door-day/recommendations-sent',
  clauses: ['3.7'],
  severity: 'warning',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    missing: {
      kk: 'Ашық есік күні өтті ({eventDate}), бірақ оның қорытындысы бойынша әзірленген ұсыныстардың аудандық/қалалық әдістемелік кабинеттерге жеткізілген күні (outcome.recommendations_sent) көрсетілмеген',
      ru: 'День открытых дверей проведён ({eventDate}), но не указана дата, когда рекомендации по его итогам доведены до районных/городских методических кабинетов (outcome.recommendations_sent)',
      en: 'The open door day was held ({eventDate}), but no date is recorded on which the recommendations from its results reached the district/city methodological cabinets (outcome.recommendations_sent)',
    },
    before: {
      kk: 'Ұсыныстар {sent} жіберілген деп көрсетілген — ашық есік күнінен ({eventDate}) бұрын; ұсыныстар оның қорытындысы бойынша әзірленеді',
      ru: 'Рекомендации указаны как отправленные {sent} — до дня открытых дверей ({eventDate}); рекомендации готовятся по его итогам',
      en: 'The recommendations are recorded as sent on {sent}, before the open door day ({eventDate}); they are drawn up from its results',
    },
  },
  docs: {
    summary: {
      kk: 'Ашық есік күнінің қорытындысы бойынша әзірленген ұсыныстар аудандық/қалалық әдістемелік кабинеттердің назарына жеткізіледі (3.7-тармақ): өткізілген күн үшін `outcome.recommendations_sent` күні көрсетіледі және ол іс-шара күнінен ерте емес.',
      ru: 'Рекомендации, подготовленные по итогам дня открытых дверей, доводятся до районных/городских методических кабинетов (пункт 3.7): у проведённого дня указана дата `outcome.recommendations_sent` — в день мероприятия или позже.',
      en: 'Recommendations drawn up from the results reach the district/city methodological cabinets (clause 3.7): a held day has `outcome.recommendations_sent` on or after its date.',
    },
    details: {
      kk: 'Тек өткізілген күндер тексеріледі (жоспарланған күннің әлі қорытындысы жоқ; тоқтатылған күндер ешқашан тексерілмейді). Іс-шара күнінің өзінде жіберу бұзушылық емес. Тармақта мерзім белгіленбеген, сондықтан бұл күн көрсетілмеген өткізілген күн туралы бірден ескерту беріледі: хат жіберілген күнді жазыңыз.',
      ru: 'Проверяются только проведённые дни (у запланированного дня итогов ещё нет; отменённые дни не проверяются никогда). Отправка в сам день мероприятия допускается. Пункт не устанавливает срока, поэтому о проведённом дне без этой даты сразу выдаётся предупреждение: запишите дату, когда письмо будет отправлено.',
      en: 'Only held days are checked (a planned day has no results yet; cancelled days are never checked). Sending on the day itself passes. The clause sets no deadline, so a held day without the date is reported at once, as a warning: record the date when the letter goes out.',
    },
    examples: {
      pass: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, status: held, outcome: { recommendations_sent: 2026-02-19 } }\n',
      fail: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, status: held, outcome: { council_discussed: 2026-02-26 } }\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      if (event.status !== 'held') continue;
      const sent = event.outcome?.recommendations_sent;
      if (!sent) {
        ctx.report({ messageId: 'missing', subject: event.id, at: event, path: event.outcome ? ['outcome'] : ['status'], data: { eventDate: event.date } });
      } else if (sent < event.date) {
        ctx.report({ messageId: 'before', subject: event.id, at: event, path: ['outcome', 'recommendations_sent'], data: { sent, eventDate: event.date } });
      }
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: recommendationsObligations,
});
