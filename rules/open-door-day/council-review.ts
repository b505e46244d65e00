import { rule } from './_view.js';
import { councilObligations } from './_obligations.js';

export default rule({
  id: 'open-door-day/council-review',
  clauses: ['3.8'],
  severity: 'warning',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    missing: {
      kk: 'Ашық есік күні өтті ({eventDate}), бірақ атқарылған жұмыстар туралы қорытындының директор жанындағы кеңесте талқыланған күні (outcome.council_discussed) көрсетілмеген',
      ru: 'День открытых дверей проведён ({eventDate}), но не указана дата обсуждения итогов проделанной работы на совещании при директоре (outcome.council_discussed)',
      en: 'The open door day was held ({eventDate}), but no date is recorded on which its results were discussed at the council under the director (outcome.council_discussed)',
    },
    before: {
      kk: 'Қорытынды директор жанындағы кеңесте {discussed} талқыланған деп көрсетілген — ашық есік күнінен ({eventDate}) бұрын',
      ru: 'Обсуждение итогов на совещании при директоре указано датой {discussed} — раньше дня открытых дверей ({eventDate})',
      en: 'The council discussion is dated {discussed}, before the open door day ({eventDate})',
    },
  },
  docs: {
    summary: {
      kk: 'Ашық есік күнінің қорытындысы директор жанындағы кеңесте талқыланады (3.8-тармақ): өткізілген күн үшін `outcome.council_discussed` күні көрсетіледі және ол іс-шара күнінен ерте емес.',
      ru: 'Итоги дня открытых дверей обсуждаются на совещании при директоре (пункт 3.8): у проведённого дня указана дата `outcome.council_discussed` — в день мероприятия или позже.',
      en: 'The results are discussed at the council under the director (clause 3.8): a held day has `outcome.council_discussed` on or after its date.',
    },
    details: {
      kk: 'Тек өткізілген күндер тексеріледі. Іс-шара күнінің өзінде талқылау бұзушылық емес (кеңес сол күні түстен кейін өтуі мүмкін). Тармақта мерзім белгіленбеген, сондықтан талқылау күні көрсетілмеген өткізілген күн туралы талқылау жазылғанша ескерту беріледі.',
      ru: 'Проверяются только проведённые дни. Обсуждение в сам день мероприятия допускается (совещание могло пройти во второй половине того же дня). Пункт не устанавливает срока, поэтому о проведённом дне без этой даты выдаётся предупреждение, пока обсуждение не будет записано.',
      en: 'Only held days are checked. A discussion on the day itself passes (a council held the same afternoon). The clause sets no deadline, so a held day without the date is reported, as a warning, until the discussion is recorded.',
    },
    examples: {
      pass: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, status: held, outcome: { council_discussed: 2026-02-26 } }\n',
      fail: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, status: held, outcome: { recommendations_sent: 2026-02-19 } }\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      if (event.status !== 'held') continue;
      const discussed = event.outcome?.council_discussed;
      if (!discussed) {
        ctx.report({ messageId: 'missing', subject: event.id, at: event, path: event.outcome ? ['outcome'] : ['status'], data: { eventDate: event.date } });
      } else if (discussed < event.date) {
        ctx.report({ messageId: 'before', subject: event.id, at: event, path: ['outcome', 'council_discussed'], data: { discussed, eventDate: event.date } });
      }
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: councilObligations,
});
