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
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    notCenter: {
      kk: 'Ашық есік күнін {organizer} ({type}) ұйымдастырушы ретінде көрсетілген; 1.4-тармаққа сәйкес Ашық есік күнінің үйлестірушісі — облыстық «Білім беруді дамыту орталығы» КММ: аудандық кабинеттер өз іс-шараларын орталықтың ашық есік күнінің district_events тізімінде өткізеді. Бұл жазбаны ереже бойынша басқа ережелер тексермейді',
      ru: 'Организатором дня открытых дверей указан(а) {organizer} ({type}); по п. 1.4 координатором дня открытых дверей является областной КГУ «Центр развития образования»: районные кабинеты проводят свои мероприятия в составе дня центра (district_events). Остальные правила эту запись не проверяют',
      en: 'The open door day is organised by {organizer} ({type}); under 1.4 the coordinator of the open door day is the regional Education Development Centre: district cabinets hold theirs as district_events of the centre\'s day. The other rules do not check this record',
    },
  },
  docs: {
    summary: {
      kk: 'Ереже бойынша ашық есік күнінің үйлестірушісі — облыстық «Білім беруді дамыту орталығы» (1.4-тармақ): модуль өңірлерінде орталық емес ұйым (түрі `center` емес) ұйымдастырған ашық есік күні хабарланады.',
      ru: 'Координатором дня открытых дверей по Правилам является областной «Центр развития образования» (пункт 1.4): день открытых дверей в регионах модуля, организованный не центром (тип организации не `center`), отмечается.',
      en: 'An open door day under the regulation is coordinated by the regional Education Development Centre (clause 1.4): an open door day in the module\'s regions organised by an organisation that is not a centre (type `center`) is reported.',
    },
    details: {
      kk: [
        'Ереже міндетті орталыққа жүктейді: 1.4-тармақ үйлестіруші ретінде Түркістан облысы адами әлеуетті дамыту басқармасының «Білім беруді дамыту орталығы» КММ-ді атайды, 1.5–1.7-тармақтар тоқсан сайынғы міндетті, бұйрықты және басшылықты орталық пен оның директорына жүктейді, ал 3.1-тармақ бойынша аудандық/қалалық әдістемелік кабинеттер ашық есік күнін орталықпен бірге өткізеді. Сондықтан `open-door-day` модулінің басқа ережелері тек түрі `center` ұйымдар ұйымдастырған күндерді тексереді (каталогтың v2 нұсқасы); ұйымдастырушысы аудандық кабинет немесе мектеп болып жазылған күн оларға жатпайды, ал бұл ереже ондай күнді үнсіз тексерусіз қалдырмай, сол туралы хабарлайды.',
        'Мұндай әр күн бойынша бір ескерту, ол күннің `organizer` өрісіне көрсетіледі. Түзету үшін: кабинеттің іс-шарасын орталық күнінің жазбасы ретінде енгізіңіз (`district_events: [{ org, date }]`), ал егер бұл кабинеттің басқа жергілікті акт бойынша өткізетін өз іс-шарасы болса, оны `open_door_days` тізіміне енгізбеңіз (немесе бұл ережені баптауларда өшіріңіз).',
      ].join('\n\n'),
      ru: [
        'Правила возлагают обязанности на центр: п. 1.4 называет координатором КГУ «Центр развития образования» управления развития человеческого потенциала Туркестанской области, пп. 1.5–1.7 возлагают ежеквартальную обязанность, приказ и руководство на центр и его директора, а по п. 3.1 районные/городские методические кабинеты проводят день вместе с ним. Поэтому остальные правила модуля `open-door-day` проверяют только дни, организованные организациями типа `center` (каталог v2); день, у которого организатором записан районный кабинет или школа, в их проверку не входит, и это правило сообщает об этом, а не оставляет такой день молча без проверки.',
        'Предупреждение — одно на каждый такой день, с указанием на его `organizer`. Как исправить: запишите мероприятие кабинета как элемент дня центра (`district_events: [{ org, date }]`), а если это собственное мероприятие кабинета по другому локальному акту — не включайте его в `open_door_days` (или отключите это правило в настройках).',
      ].join('\n\n'),
      en: [
        'The regulation binds the centre: 1.4 names the Education Development Centre of the Turkistan region department as the coordinator, 1.5–1.7 put the quarterly duty, the order and the leadership on the centre and its director, and 3.1 has the district/city methodological cabinets hold the day together with it. So the other open-door-day rules check only days organised by organizations of type `center` (catalog v2); a day recorded with a district cabinet or a school as its organizer is outside them, and this rule says so rather than leaving it silently unchecked.',
        'A warning, once per such day, at its `organizer`. To fix: record the cabinet\'s event as an entry of the centre\'s day (`district_events: [{ org, date }]`), or, if it is the cabinet\'s own event under another local act, keep it out of open_door_days (or turn this rule off in settings).',
      ].join('\n\n'),
    },
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
