import { orgName, rule } from './_view.js';

const TYPE = {
  'district-cabinet': { kk: 'аудандық/қалалық әдістемелік кабинет', ru: 'районный/городской методический кабинет', en: 'district/city methodological cabinet' },
  school: { kk: 'мектеп', ru: 'школа', en: 'school' },
  other: { kk: 'орталық емес ұйым', ru: 'организация, не являющаяся центром', en: 'an organisation that is not the centre' },
} as const;

export default rule({
  id: 'open-door-day/coordinator',
  clauses: ['1.4'],
  severity: 'warning',
  subject: 'event id',
  messages: {
    notCenter: {
      kk: 'Ашық есік күнін {organizer} ({type}) ұйымдастырушы ретінде көрсетілген; 1.4-тармаққа сәйкес Ашық есік күнінің үйлестірушісі — облыстық «Білім беруді дамыту орталығы» КММ: аудандық кабинеттер өз іс-шараларын орталықтың ашық есік күнінің district_events тізімінде өткізеді. Бұл жазбаны ереже бойынша басқа ережелер тексермейді',
      ru: 'Организатором дня открытых дверей указан(а) {organizer} ({type}); по п. 1.4 координатором дня открытых дверей является областной КГУ «Центр развития образования»: районные кабинеты проводят свои мероприятия в составе дня центра (district_events). Остальные правила эту запись не проверяют',
      en: 'The open door day is organised by {organizer} ({type}); under 1.4 the coordinator of the open door day is the regional Education Development Centre: district cabinets hold theirs as district_events of the centre\'s day. The other rules do not check this record',
    },
  },
  docs: {
    summary:
      'An open door day under the regulation is coordinated by the regional Education Development Centre (clause 1.4): an open door day in the module\'s regions organised by an organisation that is not a centre (type `center`) is reported.',
    details: [
      'The regulation binds the centre: 1.4 names the Education Development Centre of the Turkistan region department as the coordinator, 1.5–1.7 put the quarterly duty, the order and the leadership on the centre and its director, and 3.1 has the district/city methodological cabinets hold the day together with it. So the other open-door-day rules check only days organised by organizations of type `center` (catalog v2); a day recorded with a district cabinet or a school as its organizer is outside them, and this rule says so rather than leaving it silently unchecked.',
      'A warning, once per such day, at its `organizer`. To fix: record the cabinet\'s event as an entry of the centre\'s day (`district_events: [{ org, date }]`), or, if it is the cabinet\'s own event under another local act, keep it out of open_door_days (or turn this rule off in settings).',
    ].join('\n\n'),
    examples: {
      pass: 'open_door_days:\n  - id: odd-q1\n    organizer: tur-bdo            # type: center\n    date: 2026-02-12\n    district_events:\n      - { org: tur-sar-cab, date: 2026-02-12 }\n',
      fail: 'open_door_days:\n  - { id: odd-sar-q1, organizer: tur-sar-cab, date: 2026-02-12 }   # a district cabinet\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.otherEvents) {
      const org = ctx.data.org(event.organizer);
      if (!org) continue; // data/unknown-reference reports it
      const type = org.type === 'district-cabinet' || org.type === 'school' ? TYPE[org.type] : TYPE.other;
      ctx.report({ messageId: 'notCenter', subject: event.id, at: event, path: ['organizer'], data: { organizer: orgName(ctx.data, org.id), type } });
    }
  },
});
