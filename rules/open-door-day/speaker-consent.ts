import type { Localized } from '../../src/core/i18n.js';
import type { OpenDoorDay } from '../../src/schema/collections.js';
import { NOT_RECORDED, orgName, rule } from './_view.js';

type Category = NonNullable<OpenDoorDay['speakers']>[number]['category'];

const CATEGORY: Record<Category, Localized> = {
  methodologist: { kk: 'әдіскер', ru: 'методист', en: 'methodologist' },
  'experienced-teacher': { kk: 'тәжірибелі педагог', ru: 'опытный педагог', en: 'experienced teacher' },
  'university-lecturer': { kk: 'ЖОО оқытушысы', ru: 'преподаватель вуза', en: 'university lecturer' },
  'school-head': { kk: 'білім беру ұйымының басшысы', ru: 'руководитель организации образования', en: 'head of an education organisation' },
  'qualification-org': { kk: 'біліктілікті арттыру ұйымының өкілі', ru: 'представитель организации повышения квалификации', en: 'qualification-improvement organisation' },
  'social-partner': { kk: 'әлеуметтік серіктес', ru: 'социальный партнёр', en: 'social partner' },
  other: { kk: 'басқа мүдделі тұлға', ru: 'другое заинтересованное лицо', en: 'other interested person' },
};

export default rule({
  id: 'open-door-day/speaker-consent',
  clauses: ['3.6'],
  severity: 'error',
  subject: 'event id',
  messages: {
    noConsent: {
      kk: 'Спикер {name} ({category}) ашық есік күніне келісім бойынша қатысады, бірақ келісім күні (consent) көрсетілмеген',
      ru: 'Спикер {name} ({category}) участвует в дне открытых дверей по согласию, но дата согласия (consent) не указана',
      en: 'The speaker {name} ({category}) takes part by agreement, but no consent date is recorded (consent)',
    },
    lateConsent: {
      kk: 'Спикер {name} ({category}) келісімі {consent} алынған — ашық есік күнінен ({eventDate}) кейін; келісім іс-шараға дейін алынуы тиіс',
      ru: 'Согласие спикера {name} ({category}) получено {consent} — после дня открытых дверей ({eventDate}); согласие получают до мероприятия',
      en: 'The consent of the speaker {name} ({category}) is dated {consent}, after the open door day ({eventDate}); consent comes before the event',
    },
    foreignMethodologist: {
      kk: 'Спикер {name} орталықтың қызметкері емес ({org}): ол келісім бойынша қатысады, бірақ келісім күні (consent) көрсетілмеген',
      ru: 'Спикер {name} — не сотрудник центра ({org}): участвует по согласию, но дата согласия (consent) не указана',
      en: 'The speaker {name} is not on the centre\'s staff ({org}): they take part by agreement, but no consent date is recorded (consent)',
    },
    formerStaff: {
      kk: 'Спикер {name} ашық есік күні ({eventDate}) орталықтың қызметкері емес (жұмыстан кеткен күні — {left}): ол келісім бойынша қатысады, бірақ келісім күні (consent) көрсетілмеген',
      ru: 'Спикер {name} на день открытых дверей ({eventDate}) не сотрудник центра (последний рабочий день — {left}): участвует по согласию, но дата согласия (consent) не указана',
      en: 'The speaker {name} is not on the centre\'s staff on the day ({eventDate}; last working day {left}): they take part by agreement, but no consent date is recorded (consent)',
    },
  },
  docs: {
    summary:
      'Speakers from outside the centre take part by agreement (келісім бойынша, clause 3.6): each has a `consent` date on or before the event. The centre\'s own staff speak under their duties (4.1) and need none, whatever their position.',
    details: [
      'No consent is needed for a speaker who is on the organizer\'s staff on the event\'s date (`staff` names a person of the organizer, between `hired` and `left`), whatever the position or category: 3.6 lists «білім беруді дамыту орталығының әдіскерлері» without «келісім бойынша», and 4.1 says the centre\'s staff act under the duties of their post. A methodologist given only by name is taken to be the centre\'s.',
      'Everyone else needs consent: a methodologist of another organisation (a district cabinet\'s, say; message foreignMethodologist), and every outside category (experienced teacher, university lecturer, school head, qualification organisation, social partner, other). Catalog v2 changed this rule: v1 asked consent of the centre\'s own staff whose category was not methodologist (e.g. a head of department speaking), a reading 3.6 and 4.1 do not support.',
      'The consent is dated on or before the event; consent on the day itself passes. One finding per speaker, at the speaker\'s consent (or the speaker when it is missing). Planned events are checked too: consent is obtained before the programme is announced.',
    ].join('\n\n'),
    examples: {
      pass: 'open_door_days:\n  - id: odd-q3\n    organizer: tur-bdo\n    date: 2026-08-20\n    speakers:\n      - { staff: tur-s003, category: methodologist }\n      - { name: "Әбдірахманова Г.Т.", category: university-lecturer, consent: 2026-08-05 }\n',
      fail: 'open_door_days:\n  - id: odd-q3\n    organizer: tur-bdo\n    date: 2026-08-20\n    speakers:\n      - { name: "Әбдірахманова Г.Т.", category: university-lecturer }   # no consent\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const event of ctx.view.events) {
      (event.speakers ?? []).forEach((s, i) => {
        const person = s.staff ? data.person(s.staff) : undefined;
        const name = s.name ?? person?.name ?? s.staff ?? NOT_RECORDED;
        const category = CATEGORY[s.category];
        // The centre's own staff on the day speak under their duties (4.1): no consent.
        if (person && data.isStaffOn(person.id, event.organizer, event.date)) return;
        // A methodologist given by name only is taken to be the centre's (3.6).
        if (!person && s.category === 'methodologist') return;
        const foreign = !!person;
        if (s.consent && s.consent <= event.date) return;
        if (s.consent) {
          ctx.report({ messageId: 'lateConsent', subject: event.id, at: event, path: ['speakers', i, 'consent'], data: { name, category, consent: s.consent, eventDate: event.date } });
        } else if (foreign && person!.org === event.organizer) {
          ctx.report({ messageId: 'formerStaff', subject: event.id, at: event, path: ['speakers', i], data: { name, eventDate: event.date, left: person!.left ?? null } });
        } else if (foreign) {
          ctx.report({ messageId: 'foreignMethodologist', subject: event.id, at: event, path: ['speakers', i], data: { name, org: orgName(data, person!.org) } });
        } else {
          ctx.report({ messageId: 'noConsent', subject: event.id, at: event, path: ['speakers', i], data: { name, category } });
        }
      });
    }
  },
});
