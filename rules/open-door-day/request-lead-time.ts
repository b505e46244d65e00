import { daysComputation } from '../../src/engine/trace.js';
import { z } from 'zod';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { rule } from './_view.js';
import { requestLeadObligations } from './_obligations.js';

export default rule<{ lead_days: number }>({
  id: 'open-door-day/request-lead-time',
  clauses: ['3.4.1'],
  severity: 'error',
  subject: {
    kk: 'өтінімнің id-і',
    ru: 'id заявки',
    en: 'request id',
  },
  params: {
    lead_days: {
      schema: z.number().int().min(0),
      default: 14,
      description: {
        kk: 'Өтінім іс-шараға дейін кемінде осынша күнтізбелік күн бұрын беріледі («14 күннен кешіктірілмейтін мерзімде»)',
        ru: 'Заявка подаётся не позднее чем за столько календарных дней до мероприятия («14 күннен кешіктірілмейтін мерзімде» — не позднее чем за 14 дней)',
        en: 'A request is submitted at least this many calendar days before the event ("14 күннен кешіктірілмейтін мерзімде")',
      },
      clause: '3.4.1',
    },
  },
  messages: {
    late: {
      kk: 'Өтінім {submitted} берілген — ашық есік күніне ({eventDate}) {days} күн қалғанда; өтінім іс-шара өткізілгенге дейін кемінде {lead} күн бұрын, яғни ең кеш дегенде {latest} берілуі тиіс',
      ru: 'Заявка подана {submitted} — за {days} дн. до дня открытых дверей ({eventDate}); заявка подаётся не позднее чем за {lead} дн. до мероприятия, то есть не позднее {latest}',
      en: 'The request was submitted on {submitted}, {days} days before the open door day ({eventDate}); requests are due at least {lead} days before it, i.e. by {latest}',
    },
    sameDay: {
      kk: 'Өтінім ашық есік күнінің өзінде ({eventDate}) берілген; өтінім іс-шара өткізілгенге дейін кемінде {lead} күн бұрын, яғни ең кеш дегенде {latest} берілуі тиіс',
      ru: 'Заявка подана в сам день открытых дверей ({eventDate}); заявка подаётся не позднее чем за {lead} дн. до мероприятия, то есть не позднее {latest}',
      en: 'The request was submitted on the day of the open door day itself ({eventDate}); requests are due at least {lead} days before it, i.e. by {latest}',
    },
    afterEvent: {
      kk: 'Өтінім {submitted} берілген — ашық есік күнінен ({eventDate}) {days} күн кейін; өтінім іс-шара өткізілгенге дейін кемінде {lead} күн бұрын, яғни ең кеш дегенде {latest} берілуі тиіс',
      ru: 'Заявка подана {submitted} — через {days} дн. после дня открытых дверей ({eventDate}); заявка подаётся не позднее чем за {lead} дн. до мероприятия, то есть не позднее {latest}',
      en: 'The request was submitted on {submitted}, {days} days after the open door day ({eventDate}); requests are due at least {lead} days before it, i.e. by {latest}',
    },
  },
  docs: {
    summary: {
      kk: 'Ашық есік күніне өтінім іс-шарадан кемінде `lead_days` (14) күнтізбелік күн бұрын беріледі (3.4.1-тармақ): іс-шара күні − берілген күні ≥ 14. Дәл 14 күн қалғанда берілген өтінім талапқа сай, 13 күн қалғанда берілгені — бұзушылық; іс-шара күні немесе одан кейін берілген өтінім де бұзушылық.',
      ru: 'Заявка на день открытых дверей подаётся не позднее чем за `lead_days` (14) календарных дней до него (пункт 3.4.1): дата мероприятия − дата подачи ≥ 14. Заявка, поданная ровно за 14 дней, соответствует требованию, за 13 дней — нарушение; заявка, поданная в день мероприятия или позже, — тоже нарушение.',
      en: 'A request for an open door day is submitted no later than `lead_days` (14) calendar days before it (clause 3.4.1): event date − submitted ≥ 14. Exactly 14 days passes, 13 fails; a request dated on or after the event fails.',
    },
    details: {
      kk: [
        'Күнтізбелік күндер тек күндер бойынша саналады (уақыт белдеуіне қарамай): 16.04.2026 өтетін күнге өтінім ең кеш дегенде 02.04.2026 берілуі тиіс; 02.04.2026 берілген өтінім талапқа сай (14 күн), 03.04.2026 берілгені — бұзушылық (13 күн). Ай соңы мен кібісе жылдың 29 ақпаны күнтізбедегідей есептеледі: 13.03.2028 өтетін күн үшін соңғы мерзім — 28.02.2028 (29 ақпанды қоса, 14 күн).',
        'Тек алдын ала өтінімдер бойынша өткізілетін күндер тексеріледі: 3.4.1-тармақ «Алдын-ала өтінімдер бойынша өткізілетін Ашық есік күнінің өтінімдері» туралы айтады. `basis` мәні `requests` болатын немесе негізі көрсетілмеген күн тексеріледі; жұмыс жоспары бойынша өткізілетін күн үшін (`basis: work-plan`, 3.4.2-тармақ) өтінім беру мерзімі белгіленбеген, сондықтан оған кеш берілген өтінім бұзушылық емес (каталогтың v2 нұсқасы; v1 нұсқасы негізіне қарамастан әр өтінімді тексеретін, ал мәтін мұндай түсіндіруді қолдамайды). Әдістемелік десантқа берілген өтінімдерді `landing` модулі тексереді. Бұзушылық өтінімнің `submitted` күніне көрсетіледі және өтінімнің берілген күнін, іс-шара күнін, рұқсат етілген ең кеш күнді және олардың арасындағы күн санын атайды.',
      ].join('\n\n'),
      ru: [
        'Календарные дни считаются только по датам (без учёта часового пояса): заявка на день 16.04.2026 подаётся не позднее 02.04.2026; заявка, поданная 02.04.2026, соответствует требованию (14 дней), поданная 03.04.2026 — нарушение (13 дней). Концы месяцев и 29 февраля високосного года учитываются так, как они приходятся по календарю: для дня 13.03.2028 последний срок — 28.02.2028 (14 дней с учётом 29 февраля).',
        'Проверяются только дни, проводимые по предварительным заявкам: п. 3.4.1 касается именно их — «Алдын-ала өтінімдер бойынша өткізілетін Ашық есік күнінің өтінімдері» (заявки на день открытых дверей, проводимый по предварительным заявкам). Проверяется день, у которого `basis` — `requests` или основание не указано; для дня, проводимого по плану работы (`basis: work-plan`, п. 3.4.2), срок подачи заявок не установлен, поэтому поздняя заявка на него не является нарушением (каталог v2; в v1 проверялась каждая заявка независимо от основания, а текст такого прочтения не поддерживает). Заявки на методический десант проверяет модуль `landing`. Нарушение указывает на дату `submitted` заявки и называет дату подачи, дату мероприятия, последний допустимый срок и число дней между ними.',
      ].join('\n\n'),
      en: [
        'Calendar days, counted on dates alone (no time zone): a request for a day on 2026-04-16 is due by 2026-04-02; submitted 2026-04-02 passes (14 days), 2026-04-03 fails (13). Month ends and leap days count as they fall: for 2028-03-13 the last day is 2028-02-28 (14 days, across 29 February).',
        'Only days held on requests are checked: 3.4.1 speaks of «Алдын-ала өтінімдер бойынша өткізілетін Ашық есік күнінің өтінімдері» (the requests of an open door day held on prior requests). A day whose `basis` is `requests`, or that records no basis, is checked; a day held on the work plan (`basis: work-plan`, 3.4.2) has no request deadline, so a late request for it is not a breach (catalog v2; v1 checked every request whatever the basis, a reading the text does not support). Requests for landings are the landing module\'s. The finding is at the request\'s `submitted` date and names the submission date, the event date, the latest allowed date and the days between.',
      ].join('\n\n'),
    },
    examples: {
      pass: 'open_door_days:\n  - { id: odd-q2, organizer: tur-bdo, date: 2026-04-16, basis: requests }\nrequests:\n  - { id: req-1, for: odd-q2, requester: teacher, submitted: 2026-04-02 }   # 14 days before\n',
      fail: 'open_door_days:\n  - { id: odd-q2, organizer: tur-bdo, date: 2026-04-16, basis: requests }\nrequests:\n  - { id: req-1, for: odd-q2, requester: teacher, submitted: 2026-04-03 }   # 13 days before\n',
    },
  },
  check(ctx) {
    const lead = ctx.params.lead_days;
    for (const { request, event } of ctx.view.requests) {
      if (event.basis === 'work-plan') continue; // 3.4.1 binds days held on requests only
      const days = daysBetween(request.submitted, event.date);
      if (days >= lead) continue;
      ctx.report({
        messageId: days > 0 ? 'late' : days === 0 ? 'sameDay' : 'afterEvent',
        subject: request.id,
        at: request,
        path: ['submitted'],
        data: { submitted: request.submitted, eventDate: event.date, latest: addDays(event.date, -lead), days: Math.abs(days), lead },
        related: [{ at: event, path: ['date'], note: event.id }],
        trace: { computation: daysComputation(event.date, request.submitted, days, '<', lead) },
      });
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: requestLeadObligations,
});
