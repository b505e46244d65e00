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
      kk: 'Спикер {name} орталықтың әдіскері емес ({org}): ол келісім бойынша қатысады, бірақ келісім күні (consent) көрсетілмеген',
      ru: 'Спикер {name} — не методист центра ({org}): участвует по согласию, но дата согласия (consent) не указана',
      en: 'The speaker {name} is not a methodologist of the centre ({org}): they take part by agreement, but no consent date is recorded (consent)',
    },
  },
  docs: {
    summary:
      'Speakers other than the centre\'s methodologists take part by agreement (келісім бойынша, clause 3.6): each has a `consent` date on or before the event.',
    details: [
      'No consent is needed for a speaker of category methodologist — the centre\'s methodologists. A speaker of that category whose `staff` record belongs to another organisation (a district cabinet\'s methodologist, say) is not the centre\'s and needs consent like any other interested person (message foreignMethodologist); a methodologist given only by name is taken to be the centre\'s.',
      'Every other category (experienced teacher, university lecturer, school head, qualification organisation, social partner, other) needs a consent date on or before the event; consent on the day itself passes. One finding per speaker, at the speaker\'s consent (or the speaker when it is missing). Planned events are checked too: consent is obtained before the programme is announced.',
    ].join('\n\n'),
    notes: ['The catalog\'s wording is "a speaker whose category is not methodologist"; the foreign-methodologist case is an addition that follows the clause\'s «білім беруді дамыту орталығының әдіскерлері».'],
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
        let foreign = false;
        if (s.category === 'methodologist') {
          if (!person || person.org === event.organizer) return;
          foreign = true;
        }
        if (s.consent && s.consent <= event.date) return;
        if (s.consent) {
          ctx.report({ messageId: 'lateConsent', subject: event.id, at: event, path: ['speakers', i, 'consent'], data: { name, category, consent: s.consent, eventDate: event.date } });
        } else if (foreign) {
          ctx.report({ messageId: 'foreignMethodologist', subject: event.id, at: event, path: ['speakers', i], data: { name, org: orgName(data, person!.org) } });
        } else {
          ctx.report({ messageId: 'noConsent', subject: event.id, at: event, path: ['speakers', i], data: { name, category } });
        }
      });
    }
  },
});
