import { orgName, rule } from './_view.js';

export default rule({
  id: 'open-door-day/single-date',
  clauses: ['3.1'],
  severity: 'error',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    differs: {
      kk: '{cabinet} өткізетін ашық есік күнінің күні — {districtDate}, ал облыстық ашық есік күні — {eventDate}; ол аудандық/қалалық әдістемелік кабинеттермен бірыңғай күнде өткізіледі',
      ru: '{cabinet}: дата проведения — {districtDate}, а областного дня открытых дверей — {eventDate}; он проводится с районными/городскими методическими кабинетами в единый день',
      en: '{cabinet} holds it on {districtDate}, while the regional open door day is on {eventDate}; it is held on one single date with the district/city methodological cabinets',
    },
    noDistrict: {
      kk: 'Ашық есік күніне бірде-бір аудандық/қалалық әдістемелік кабинеттің іс-шарасы (district_events) жазылмаған; 3.1-тармаққа сәйкес ол аудандық/қалалық әдістемелік кабинеттермен бірыңғай күнде өткізіледі',
      ru: 'У дня открытых дверей не записано ни одного мероприятия районных/городских методических кабинетов (district_events); по п. 3.1 он проводится с ними в единый день',
      en: 'No district/city methodological cabinet\'s event is recorded for this open door day (district_events); under 3.1 it is held on one single date together with them',
    },
  },
  messageSeverity: { noDistrict: 'warning' },
  docs: {
    summary: {
      kk: 'Аудандық/қалалық әдістемелік кабинеттер ашық есік күнін орталықпен бірыңғай күнде өткізеді (3.1-тармақ): `district_events` тізіміндегі әр жазбаның күні іс-шара күнімен бірдей.',
      ru: 'Районные/городские методические кабинеты проводят день открытых дверей в единый с центром день (пункт 3.1): у каждой записи `district_events` та же дата, что и у мероприятия.',
      en: 'The district/city methodological cabinets hold the open door day on the same date as the centre (clause 3.1): every entry of `district_events` has the event\'s date.',
    },
    details: {
      kk: [
        'Күні өзгеше әр аудандық іс-шара бойынша бір бұзушылық (қате), ол сол күнге көрсетіледі.',
        'Бірде-бір аудандық іс-шарасы жоқ күн — ескерту (`noDistrict` хабарламасы, каталогтың v2 нұсқасы): 3.1-тармақ бойынша ашық есік күні «аудандық/қалалық … әдістемелік кабинеттерімен бірыңғай күнде» өткізіледі, сондықтан олардың ешқайсысынсыз жазылған күн — не деректердің толық еместігі, не жеке өткізілген күн. Бұл қате емес, ескерту, өйткені деректерде кабинеттер әлі тізілмеген болуы мүмкін (оларды бұйрыққа көбіне кейінірек қосады).',
      ].join('\n\n'),
      ru: [
        'Одно нарушение (ошибка) на каждое районное мероприятие с другой датой, с указанием на эту дату.',
        'День вообще без районных мероприятий — предупреждение (сообщение `noDistrict`, каталог v2): по п. 3.1 день проводится «аудандық/қалалық … әдістемелік кабинеттерімен бірыңғай күнде» (в единый день с районными/городскими методическими кабинетами), поэтому день, записанный без них, — это либо неполные данные, либо день, проведённый в одиночку. Это предупреждение, а не ошибка: кабинеты в данных могут быть просто ещё не перечислены (их часто добавляют в приказ позже).',
      ].join('\n\n'),
      en: [
          'One finding (error) per district event whose date differs, at that date.',
          'A day with no district event at all is a warning (message noDistrict, catalog v2): 3.1 holds the day «аудандық/қалалық … әдістемелік кабинеттерімен бірыңғай күнде», together with the district/city cabinets, so a day recorded without any of them is either incomplete data or a day held alone. It is a warning, not an error, because the data may simply not list the cabinets yet (they are often added to the order later).',
        ].join('\n\n'),
    },
    examples: {
      pass: 'open_door_days:\n  - id: odd-q1\n    organizer: tur-bdo\n    date: 2026-02-12\n    district_events:\n      - { org: tur-sar-cab, date: 2026-02-12 }\n',
      fail: 'open_door_days:\n  - id: odd-q1\n    organizer: tur-bdo\n    date: 2026-02-12\n    district_events:\n      - { org: tur-sar-cab, date: 2026-02-13 }   # a day later\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      if (!event.district_events?.length) {
        ctx.report({ messageId: 'noDistrict', subject: event.id, at: event, path: event.district_events ? ['district_events'] : [] });
        continue;
      }
      (event.district_events ?? []).forEach((d, i) => {
        if (d.date === event.date) return;
        ctx.report({
          messageId: 'differs',
          subject: event.id,
          at: event,
          path: ['district_events', i, 'date'],
          data: { cabinet: orgName(ctx.data, d.org), districtDate: d.date, eventDate: event.date },
        });
      });
    }
  },
});
