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
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
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
    summary: {
      kk: 'Орталықтан тыс спикерлер келісім бойынша қатысады (3.6-тармақ): әрқайсысының `consent` күні көрсетіледі және ол іс-шара күнінен кеш емес. Орталықтың өз қызметкерлері лауазымына қарамастан өз лауазымдық міндеттері бойынша сөйлейді (4.1-тармақ), оларға келісім қажет емес.',
      ru: 'Спикеры не из центра участвуют по согласию («келісім бойынша», пункт 3.6): у каждого указана дата согласия `consent`, не позднее дня мероприятия. Собственные сотрудники центра выступают в рамках своих должностных обязанностей (пункт 4.1), и согласие им не нужно, какой бы ни была их должность.',
      en: 'Speakers from outside the centre take part by agreement (келісім бойынша, clause 3.6): each has a `consent` date on or before the event. The centre\'s own staff speak under their duties (4.1) and need none, whatever their position.',
    },
    details: {
      kk: [
        'Іс-шара күні ұйымдастырушының қызметкері болған спикерге (`staff` ұйымдастырушының `hired` пен `left` аралығындағы қызметкерін атайды) лауазымы мен санатына қарамастан келісім қажет емес: 3.6-тармақта «білім беруді дамыту орталығының әдіскерлері» «келісім бойынша» деген белгісіз аталған, ал 4.1-тармаққа сәйкес орталық қызметкерлері өздеріне жүктелген лауазымдық міндеттерді орындайды. Тек аты-жөнімен берілген әдіскер орталықтың әдіскері деп есептеледі.',
        'Қалғандардың бәріне келісім қажет: басқа ұйымның әдіскеріне (мысалы, аудандық кабинеттің; `foreignMethodologist` хабарламасы) және сырттан келетін барлық санатқа (тәжірибелі педагог, ЖОО оқытушысы, білім беру ұйымының басшысы, біліктілікті арттыру ұйымының өкілі, әлеуметтік серіктес, басқа мүдделі тұлға). Каталогтың v2 нұсқасы бұл ережені өзгертті: v1 нұсқасы санаты әдіскер емес орталықтың өз қызметкерлерінен де (мысалы, баяндама жасайтын бөлім басшысынан) келісім талап ететін, ал 3.6 және 4.1-тармақтар мұндай түсіндіруді қолдамайды.',
        'Келісімнің күні іс-шара күнінен кеш емес; іс-шара күнінің өзінде алынған келісім бұзушылық емес. Әр спикер бойынша бір бұзушылық, ол спикердің келісіміне (келісім жоқ болса — спикердің өзіне) көрсетіледі. Жоспарланған іс-шаралар да тексеріледі: келісім бағдарлама жарияланғанға дейін алынады.',
      ].join('\n\n'),
      ru: [
        'Согласие не нужно спикеру, который на дату мероприятия состоит в штате организатора (`staff` называет сотрудника организатора в пределах `hired` и `left`), какими бы ни были должность и категория: п. 3.6 называет «білім беруді дамыту орталығының әдіскерлері» (методистов центра развития образования) без оговорки «келісім бойынша» (по согласию), а по п. 4.1 сотрудники центра действуют в рамках своих должностных обязанностей. Методист, указанный только по имени, считается методистом центра.',
        'Всем остальным согласие нужно: методисту другой организации (например, районного кабинета; сообщение `foreignMethodologist`) и всем внешним категориям (опытный педагог, преподаватель вуза, руководитель организации образования, представитель организации повышения квалификации, социальный партнёр, другое заинтересованное лицо). Каталог v2 изменил это правило: в v1 согласие требовалось и от собственных сотрудников центра, чья категория не «методист» (например, от выступающего руководителя отдела), а пп. 3.6 и 4.1 такого прочтения не поддерживают.',
        'Согласие датировано не позднее дня мероприятия; согласие, полученное в сам день мероприятия, допускается. Одно нарушение на спикера, с указанием на его согласие (или на самого спикера, если согласия нет). Запланированные мероприятия тоже проверяются: согласие получают до объявления программы.',
      ].join('\n\n'),
      en: [
        'No consent is needed for a speaker who is on the organizer\'s staff on the event\'s date (`staff` names a person of the organizer, between `hired` and `left`), whatever the position or category: 3.6 lists «білім беруді дамыту орталығының әдіскерлері» without «келісім бойынша», and 4.1 says the centre\'s staff act under the duties of their post. A methodologist given only by name is taken to be the centre\'s.',
        'Everyone else needs consent: a methodologist of another organisation (a district cabinet\'s, say; message foreignMethodologist), and every outside category (experienced teacher, university lecturer, school head, qualification organisation, social partner, other). Catalog v2 changed this rule: v1 asked consent of the centre\'s own staff whose category was not methodologist (e.g. a head of department speaking), a reading 3.6 and 4.1 do not support.',
        'The consent is dated on or before the event; consent on the day itself passes. One finding per speaker, at the speaker\'s consent (or the speaker when it is missing). Planned events are checked too: consent is obtained before the programme is announced.',
      ].join('\n\n'),
    },
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
