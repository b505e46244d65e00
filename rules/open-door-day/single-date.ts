import { orgName, rule } from './_view.js';

export default rule({
  id: 'open-door-day/single-date',
  clauses: ['3.1'],
  severity: 'error',
  subject: 'event id',
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
    summary: 'The district/city methodological cabinets hold the open door day on the same date as the centre (clause 3.1): every entry of `district_events` has the event\'s date.',
    details:
      [
        'One finding (error) per district event whose date differs, at that date.',
        'A day with no district event at all is a warning (message noDistrict, catalog v2): 3.1 holds the day «аудандық/қалалық … әдістемелік кабинеттерімен бірыңғай күнде», together with the district/city cabinets, so a day recorded without any of them is either incomplete data or a day held alone. It is a warning, not an error, because the data may simply not list the cabinets yet (they are often added to the order later).',
      ].join('\n\n'),
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
