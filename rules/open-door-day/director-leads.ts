import { NOT_RECORDED, directorOf, isDirectorOf, personName, rule } from './_view.js';

export default rule({
  id: 'open-door-day/director-leads',
  clauses: ['1.7'],
  severity: 'warning',
  subject: 'event id',
  messages: {
    missing: {
      kk: 'Ашық есік күніне кім басшылық ететіні (lead) көрсетілмеген; оған ұйымдастырушының директоры тікелей басшылық етеді (директор — {director})',
      ru: 'Не указано, кто руководит днём открытых дверей (lead); непосредственное руководство осуществляет директор организатора (директор — {director})',
      en: 'Nobody is recorded as leading the open door day (lead); the organizer\'s director leads it directly (director: {director})',
    },
    notDirector: {
      kk: 'Ашық есік күніне басшы ретінде {lead} көрсетілген, ол ұйымдастырушының директоры емес; оған директор тікелей басшылық етеді (директор — {director})',
      ru: 'Руководителем дня открытых дверей указан(а) {lead} — не директор организатора; непосредственное руководство осуществляет директор (директор — {director})',
      en: '{lead} is recorded as leading the open door day but is not the organizer\'s director; the director leads it directly (director: {director})',
    },
  },
  docs: {
    summary: 'The open door day is led directly by the organizer\'s director (clause 1.7): `lead` is recorded and is the director.',
    details:
      'The director is the organizer\'s `director`; when that is not recorded, its staff member with position director who is not dismissed. A deputy leading in the director\'s absence is still reported (a warning: the director may have delegated by order — say so in the order, or turn the rule down in settings).',
    examples: {
      pass: 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan, director: tur-s001 }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, lead: tur-s001 }\n',
      fail: 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan, director: tur-s001 }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, lead: tur-s002 }   # the deputy\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const event of ctx.view.events) {
      const organizer = data.org(event.organizer);
      const director = directorOf(data, organizer)?.name ?? NOT_RECORDED;
      if (!event.lead) {
        ctx.report({ messageId: 'missing', subject: event.id, at: event, path: ['lead'], data: { director } });
      } else if (!isDirectorOf(data, event.lead, organizer)) {
        ctx.report({ messageId: 'notDirector', subject: event.id, at: event, path: ['lead'], data: { lead: personName(data, event.lead), director } });
      }
    }
  },
});
