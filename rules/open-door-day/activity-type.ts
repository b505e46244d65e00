import { rule } from './_view.js';

export default rule({
  id: 'open-door-day/activity-type',
  clauses: ['3.5'],
  severity: 'info',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    other: {
      kk: '«{title}» шарасының түрі — other: ол 3.5-тармақтағы негізгі шаралардың ешқайсысына жатпайды («т.б.» бойынша рұқсат етіледі, бірақ түрін тексеріп шыққан жөн)',
      ru: 'Мероприятие «{title}» имеет тип other: оно не относится ни к одному из основных мероприятий п. 3.5 (допустимо по «и т.п.», но тип стоит проверить)',
      en: 'The activity "{title}" is of type other: none of the main activities of clause 3.5 (allowed by "etc.", but worth a look)',
    },
  },
  docs: {
    summary: {
      kk: 'Ашық есік күнінің әр шарасы 3.5-тармақтағы негізгі шаралардың бірі болады (кестеге сәйкес оқу сабағы, тәрбиелік сипаттағы іс-шара, инновациялық жобалардың көрсетілімі, «ашық микрофон», телекөпір, «дөңгелек үстел», жеке кеңес, көрме); `other` түріне рұқсат етіледі («т.б.») және тексеріп шығу үшін атап өтіледі.',
      ru: 'Каждое мероприятие дня открытых дверей относится к одному из основных мероприятий пункта 3.5 (учебное занятие по расписанию, воспитательное мероприятие, показ инновационных проектов, «открытый микрофон», телемост, «круглый стол», индивидуальная консультация, выставка); тип `other` допускается («т.б.» — «и т.п.») и отмечается, чтобы его проверили.',
      en: 'Each activity of the day is one of the main activities of clause 3.5 (lesson, educational event, innovation showcase, open microphone, teleconference, round table, consultation, exhibition); `other` is allowed ("т.б.", etc.) and noted for a look.',
    },
    details: {
      kk: 'Белгісіз түрлер — деректер схемасының қателері; бұл ереже тек `other` түрін атап өтеді: әр шара бойынша бір ақпарат, шараның түріне көрсетіледі. Атауы жоқ шара тізімдегі нөмірімен аталады (№3).',
      ru: 'Неизвестные типы — ошибки схемы данных; это правило лишь отмечает тип `other`: одно замечание на каждое мероприятие, с указанием на его тип. Мероприятие без названия называется по номеру в списке (№3).',
      en: 'Unknown types are schema errors; this rule only notes `other`, one finding per activity, at its type. An activity without a title is named by its number in the list (№3).',
    },
    examples: {
      pass: 'open_door_days:\n  - id: odd-q1\n    organizer: tur-bdo\n    date: 2026-02-12\n    activities:\n      - { type: round-table, title: "Оқу сауаттылығы", time: "10:00" }\n',
      fail: 'open_door_days:\n  - id: odd-q1\n    organizer: tur-bdo\n    date: 2026-02-12\n    activities:\n      - { type: other, title: "Шеберлік сыныбы", time: "11:30" }\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      (event.activities ?? []).forEach((a, i) => {
        if (a.type !== 'other') return;
        ctx.report({ messageId: 'other', subject: event.id, at: event, path: ['activities', i, 'type'], data: { title: a.title ?? `№${i + 1}` } });
      });
    }
  },
});
