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
  },
  docs: {
    summary: 'The district/city methodological cabinets hold the open door day on the same date as the centre (clause 3.1): every entry of `district_events` has the event\'s date.',
    details:
      'One finding per district event whose date differs, at that date. An event without district_events is not reported by this rule (the clause sets the date, and the order lists the cabinets taking part).',
    examples: {
      pass: 'open_door_days:\n  - id: odd-q1\n    organizer: tur-bdo\n    date: 2026-02-12\n    district_events:\n      - { org: tur-sar-cab, date: 2026-02-12 }\n',
      fail: 'open_door_days:\n  - id: odd-q1\n    organizer: tur-bdo\n    date: 2026-02-12\n    district_events:\n      - { org: tur-sar-cab, date: 2026-02-13 }   # a day later\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
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
