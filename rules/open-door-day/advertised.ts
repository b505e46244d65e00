import { rule } from './_view.js';

export default rule({
  id: 'open-door-day/advertised',
  clauses: ['3.3'],
  severity: 'warning',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    none: {
      kk: 'Ашық есік күнінің жарнамасы көрсетілмеген (advertising): қатысушыларды көптеп тарту үшін ол кез келген ыңғайлы формада жарнамаланады — БАҚ, орталықтың сайты, виртуалды әдістемелік кабинет, әлеуметтік желілер т.б.',
      ru: 'Не указана реклама дня открытых дверей (advertising): для привлечения участников он рекламируется в любой удобной форме — СМИ, сайт центра, виртуальный методический кабинет, социальные сети и т.п.',
      en: 'No advertising is recorded (advertising): the open door day is advertised in any convenient form to draw participants — media, the centre\'s website, the virtual methodological cabinet, social networks, etc.',
    },
  },
  docs: {
    summary: {
      kk: 'Ашық есік күні жарнамаланады (3.3-тармақ): `advertising` өрісінде кемінде бір арна көрсетіледі (`media` — БАҚ, `website` — сайт, `virtual-cabinet` — виртуалды әдістемелік кабинет, `social-media` — әлеуметтік желілер, `other` — басқа).',
      ru: 'День открытых дверей рекламируется (пункт 3.3): в поле `advertising` указан хотя бы один канал (`media` — СМИ, `website` — сайт, `virtual-cabinet` — виртуальный методический кабинет, `social-media` — социальные сети, `other` — другое).',
      en: 'The open door day is advertised (clause 3.3): at least one channel is recorded in `advertising` (media, website, virtual-cabinet, social-media, other).',
    },
    details: {
      kk: 'Кез келген арна есептеледі, `other` те («т.б.»). Жоспарланған іс-шаралар да тексеріледі: жарнама іс-шара күніне дейін жүргізіледі.',
      ru: 'Засчитывается любой канал, в том числе `other` («т.б.» — «и т.п.»). Запланированные мероприятия тоже проверяются: реклама проводится до дня мероприятия.',
      en: 'Any channel counts, `other` included ("т.б.", etc.). Planned events are checked too: advertising is done before the day.',
    },
    examples: {
      pass: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, advertising: [website, social-media] }\n',
      fail: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, advertising: [] }\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      if (event.advertising?.length) continue;
      ctx.report({ messageId: 'none', subject: event.id, at: event, path: ['advertising'] });
    }
  },
});
