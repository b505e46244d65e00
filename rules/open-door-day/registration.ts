import { rule } from './_view.js';

export default rule({
  id: 'open-door-day/registration',
  clauses: ['6.2'],
  severity: 'info',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    missing: {
      kk: 'Ашық есік күні өтті ({eventDate}), бірақ жауапты маманда тіркелген қатысушылар саны (registered) көрсетілмеген',
      ru: 'День открытых дверей проведён ({eventDate}), но не указано число участников, прошедших регистрацию у ответственного специалиста (registered)',
      en: 'The open door day was held ({eventDate}), but the number of participants registered with the responsible specialist is not recorded (registered)',
    },
  },
  docs: {
    summary: {
      kk: 'Қатысушылар орталықтың жауапты маманынан тіркеуден өтеді (6.2-тармақ): өткізілген күн үшін тіркелгендер саны `registered` көрсетіледі.',
      ru: 'Участники проходят регистрацию у ответственного специалиста центра (пункт 6.2): у проведённого дня указано число зарегистрированных `registered`.',
      en: 'Participants register with the centre\'s responsible specialist (clause 6.2): a held day records the `registered` count.',
    },
    details: {
      kk: 'Тек өткізілген күндер тексеріледі. 0 саны да көрсетілген сан болып есептеледі, бұзушылық емес (кеңеске арналған есепте ол көрсетіледі).',
      ru: 'Проверяются только проведённые дни. Число 0 — тоже указанное число, нарушения нет (отчёт для совещания его покажет).',
      en: 'Only held days are checked. A count of 0 is a recorded count and passes (the report for the council shows it).',
    },
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
