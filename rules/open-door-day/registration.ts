import { rule } from './_view.js';

export default rule({
  id: 'open-door-day/registration',
  clauses: ['6.2'],
  severity: 'info',
  subject: 'event id',
  messages: {
    missing: {
      kk: 'Ашық есік күні өтті ({eventDate}), бірақ жауапты маманда тіркелген қатысушылар саны (registered) көрсетілмеген',
      ru: 'День открытых дверей проведён ({eventDate}), но не указано число участников, прошедших регистрацию у ответственного специалиста (registered)',
      en: 'The open door day was held ({eventDate}), but the number of participants registered with the responsible specialist is not recorded (registered)',
    },
  },
  docs: {
    summary: 'Participants register with the centre\'s responsible specialist (clause 6.2): a held day records the `registered` count.',
    details: 'Only held days are checked. A count of 0 is a recorded count and passes (the report for the council shows it).',
    examples: {
      pass: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, status: held, registered: 146 }\n',
      fail: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, status: held }\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      if (event.status !== 'held' || event.registered !== undefined) continue;
      ctx.report({ messageId: 'missing', subject: event.id, at: event, path: ['status'], data: { eventDate: event.date } });
    }
  },
});
