import { rule } from './_view.js';
import { agendaObligations } from './_obligations.js';

export default rule({
  id: 'open-door-day/agenda-published',
  clauses: ['3.4.2'],
  severity: 'warning',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    missing: {
      kk: 'Ашық есік күні жұмыс жоспары бойынша өткізіледі (basis: work-plan), бірақ барлық қатысушылар мен қонақтарға танысу үшін ұсынылатын жұмыс бағдарламасының жарияланған күні (agenda_published) көрсетілмеген',
      ru: 'День открытых дверей проводится по плану работы (basis: work-plan), но не указана дата, когда программа была оформлена и представлена всем участникам и гостям (agenda_published)',
      en: 'The open door day follows the work plan (basis: work-plan), but no date is recorded on which its programme was handed to all participants and guests (agenda_published)',
    },
    late: {
      kk: 'Жұмыс бағдарламасы {published} жарияланған — ашық есік күнінен ({eventDate}) кейін; ол қатысушылар мен қонақтарға іс-шараға дейін ұсынылуы тиіс',
      ru: 'Программа представлена {published} — после дня открытых дверей ({eventDate}); участники и гости получают её до мероприятия',
      en: 'The programme was published on {published}, after the open door day ({eventDate}); participants and guests receive it before the event',
    },
  },
  docs: {
    summary: {
      kk: 'Жұмыс жоспары бойынша өткізілетін ашық есік күні іс-шараның барлық қатысушылары мен қонақтарына танысу үшін рәсімделетін және ұсынылатын бағдарламаға сәйкес өтеді (3.4.2-тармақ): `basis: work-plan` болғанда `agenda_published` күні көрсетіледі және ол іс-шара күнінен кеш емес.',
      ru: 'День открытых дверей, проводимый по плану работы, проходит по программе, которая оформляется и представляется для ознакомления всем участникам и гостям (пункт 3.4.2): при `basis: work-plan` указана дата `agenda_published`, не позднее дня мероприятия.',
      en: 'A day held per the work plan follows a programme drawn up and handed to all participants and guests (clause 3.4.2): with basis work-plan, `agenda_published` is recorded and is on or before the event date.',
    },
    details: {
      kk: 'Бағдарламаны іс-шара күнінің өзінде жариялау бұзушылық емес (бағдарлама тіркеу кезінде таратылады). Өтінімдер бойынша өткізілетін күндерді бұл ереже тексермейді.',
      ru: 'Публикация программы в сам день мероприятия допускается (программу раздают при регистрации). Дни, проводимые по заявкам, это правило не проверяет.',
      en: 'Publishing on the day itself passes (the programme is handed out at registration). Days based on requests are not checked by this rule.',
    },
    examples: {
      pass: 'open_door_days:\n  - { id: odd-q3, organizer: tur-bdo, date: 2026-08-20, basis: work-plan, agenda_published: 2026-08-10 }\n',
      fail: 'open_door_days:\n  - { id: odd-q3, organizer: tur-bdo, date: 2026-08-20, basis: work-plan }   # no programme date\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      if (event.basis !== 'work-plan') continue;
      if (!event.agenda_published) {
        ctx.report({ messageId: 'missing', subject: event.id, at: event, path: ['basis'] });
      } else if (event.agenda_published > event.date) {
        ctx.report({ messageId: 'late', subject: event.id, at: event, path: ['agenda_published'], data: { published: event.agenda_published, eventDate: event.date } });
      }
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: agendaObligations,
});
