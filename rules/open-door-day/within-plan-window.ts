import { inPeriod } from '../../src/core/dates.js';
import type { PlanEntryRef } from '../../src/model/dataset.js';
import { rule } from './_view.js';

export default rule({
  id: 'open-door-day/within-plan-window',
  clauses: ['3.4.3'],
  severity: 'error',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    noEntry: {
      kk: '{event} ашық есік күні ұйымдастырушының бірде-бір жұмыс жоспарына енгізілмеген; ол орталықтың жұмыс жоспарында бекітілген кезеңде өткізіледі',
      ru: 'День открытых дверей {event} не внесён ни в один план работы организатора; он проводится в период, утверждённый в плане работы центра',
      en: 'The open door day {event} is in no work plan of its organizer; it is held within the period approved in the centre\'s work plan',
    },
    notApproved: {
      kk: '{event} {plan} жұмыс жоспарына енгізілген, бірақ жоспардың бекітілгені (approved: кім, қашан) көрсетілмеген',
      ru: 'День открытых дверей {event} внесён в план работы {plan}, но не указано его утверждение (approved: кем и когда)',
      en: '{event} is in the work plan {plan}, but the plan\'s approval (approved: by whom, when) is not recorded',
    },
    approvedLater: {
      kk: '{plan} жұмыс жоспары {approved} бекітілген — ашық есік күнінен ({eventDate}) кейін; іс-шара бекітілген жоспар бойынша өткізіледі',
      ru: 'План работы {plan} утверждён {approved} — после дня открытых дверей ({eventDate}); мероприятие проводится по утверждённому плану',
      en: 'The work plan {plan} was approved on {approved}, after the open door day ({eventDate}); the event follows an approved plan',
    },
    outsideWindow: {
      kk: 'Ашық есік күні {eventDate} белгіленген, ал {plan} жұмыс жоспарында бекітілген кезең — {from} – {to}',
      ru: 'День открытых дверей назначен на {eventDate}, а в плане работы {plan} для него утверждён период {from} – {to}',
      en: 'The open door day is dated {eventDate}, but the period approved for it in the work plan {plan} is {from} – {to}',
    },
  },
  docs: {
    summary: {
      kk: 'Ашық есік күні орталықтың жұмыс жоспарында бекітілген кезеңде өткізіледі (3.4.3-тармақ): ұйымдастырушының бекітілген жұмыс жоспарында осы іс-шараның жазбасы бар, ал іс-шара күні сол жазбаның мерзімі (`window`) ішінде.',
      ru: 'День открытых дверей проводится в период, утверждённый в плане работы центра (пункт 3.4.3): в утверждённом плане работы организатора есть запись об этом мероприятии, и дата мероприятия попадает в её срок (`window`).',
      en: 'The open door day is held within the period approved for it in the centre\'s work plan (clause 3.4.3): an entry for the event in an approved work plan of the organizer, with the event\'s date inside the entry\'s window.',
    },
    details: {
      kk: [
        'Тек ұйымдастырушының өз жұмыс жоспарларындағы жазбалар есептеледі. Бекітілген жоспарда `approved` (`by`, `date`) көрсетіледі және бекіту күні іс-шара күнінен кеш емес. Мерзім — жазбаның `window` өрісі; ол жоқ жазба үшін жоспардың кезеңі (сол жоспар бекітетін кезең) алынады. Мерзімнің екі шеті де оған кіреді.',
        'Бірнеше жазба болса, талапқа сай біреуі жеткілікті; әйтпесе бұзушылық мына ретпен хабарланады: мерзімінен тыс жазба (іс-шара күніне көрсетіледі, мерзім қатысты орын ретінде беріледі), тек іс-шарадан кейін бекітілген жоспар (`approved.date` өрісіне), бекітілмеген жоспар (жоспарға) немесе мүлде жазбаның жоқтығы (іс-шараға).',
      ].join('\n\n'),
      ru: [
        'Засчитываются только записи в планах работы самого организатора. У утверждённого плана есть `approved` (`by`, `date`) с датой не позднее дня мероприятия. Срок — поле `window` записи; для записи без него берётся период плана (период, который этот план утверждает). Оба конца срока включаются в него.',
        'Если записей несколько, достаточно одной, проходящей проверку; иначе нарушение сообщает, в таком порядке: о записи, вне срока которой лежит дата мероприятия (с указанием на дату мероприятия, срок — как связанное место), о плане, утверждённом только после мероприятия (на `approved.date`), о неутверждённом плане (на план) или об отсутствии записи (на мероприятие).',
      ].join('\n\n'),
      en: [
        'Entries count only in work plans of the organizer itself. An approved plan has `approved` (by, date) dated on or before the event. The window is the entry\'s `window`; an entry without one uses the plan\'s period (the period that plan approves). Both ends of a window are inclusive.',
        'When several entries exist, one that passes is enough; otherwise the finding reports, in this order, an entry outside its window (at the event date, the window as related location), a plan approved only after the event (at approved.date), a plan without approval (at the plan), or no entry at all (at the event).',
      ].join('\n\n'),
    },
    examples: {
      pass: 'work_plans:\n  - id: plan-2026\n    org: tur-bdo\n    period: { from: 2026-01-01, to: 2026-12-31 }\n    approved: { by: tur-s001, date: 2025-12-26 }\n    entries:\n      - { event: odd-q1, window: { from: 2026-02-01, to: 2026-02-28 } }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12 }\n',
      fail: 'work_plans:\n  - id: plan-2026\n    org: tur-bdo\n    period: { from: 2026-01-01, to: 2026-12-31 }\n    approved: { by: tur-s001, date: 2025-12-26 }\n    entries:\n      - { event: odd-q1, window: { from: 2026-02-01, to: 2026-02-28 } }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-03-02 }   # outside February\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      const refs = ctx.data.planEntriesFor(event.id).filter((r) => r.plan.org === event.organizer);
      if (!refs.length) {
        ctx.report({ messageId: 'noEntry', subject: event.id, at: event, data: { event: event.id } });
        continue;
      }
      const windowOf = (r: PlanEntryRef) => r.entry.window ?? r.plan.period;
      const approvedInTime = (r: PlanEntryRef) => !!r.plan.approved && r.plan.approved.date <= event.date;
      if (refs.some((r) => approvedInTime(r) && inPeriod(event.date, windowOf(r)))) continue;

      const outside = refs.find((r) => approvedInTime(r));
      if (outside) {
        const w = windowOf(outside);
        const wpath = outside.entry.window ? ['entries', outside.index, 'window'] : ['period'];
        ctx.report({
          messageId: 'outsideWindow',
          subject: event.id,
          at: event,
          path: ['date'],
          data: { eventDate: event.date, plan: outside.plan.id, from: w.from, to: w.to },
          related: [{ at: outside.plan, path: wpath, note: `${outside.plan.id}: ${w.from} – ${w.to}` }],
        });
        continue;
      }
      const later = refs.find((r) => r.plan.approved);
      if (later) {
        ctx.report({
          messageId: 'approvedLater',
          subject: event.id,
          at: later.plan,
          path: ['approved', 'date'],
          data: { plan: later.plan.id, approved: later.plan.approved!.date, eventDate: event.date },
          related: [{ at: event, path: ['date'], note: event.id }],
        });
        continue;
      }
      const r = refs[0];
      ctx.report({
        messageId: 'notApproved',
        subject: event.id,
        at: r.plan,
        path: ['approved'],
        data: { event: event.id, plan: r.plan.id },
        related: [{ at: event, note: event.id }],
      });
    }
  },
});
