import { judgeHead, personName, rule } from './_view.js';

export default rule({
  id: 'open-door-day/director-leads',
  clauses: ['1.7'],
  severity: 'warning',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    missing: {
      kk: 'Ашық есік күніне кім басшылық ететіні (lead) көрсетілмеген; оған ұйымдастырушының директоры тікелей басшылық етеді (сол күні — {director}){headsHint}',
      ru: 'Не указано, кто руководит днём открытых дверей (lead); непосредственное руководство осуществляет директор организатора (на эту дату — {director}){headsHint}',
      en: 'Nobody is recorded as leading the open door day (lead); the organizer\'s director leads it directly (that day: {director}){headsHint}',
    },
    notDirector: {
      kk: 'Ашық есік күніне басшы ретінде {lead} көрсетілген, ол сол күні ұйымдастырушының директоры да, директордың міндетін атқарушы да болмаған; оған директор тікелей басшылық етеді (сол күні — {director}){headsHint}',
      ru: 'Руководителем дня открытых дверей указан(а) {lead}, но в этот день он(а) не был(а) ни директором организатора, ни исполняющим его обязанности; непосредственное руководство осуществляет директор (на эту дату — {director}){headsHint}',
      en: '{lead} is recorded as leading the open door day but neither headed the organizer nor acted as its head on that day; the director leads it directly (that day: {director}){headsHint}',
    },
  },
  docs: {
    summary: {
      kk: 'Ашық есік күніне ұйымдастырушының директоры тікелей басшылық етеді (1.7-тармақ): `lead` көрсетіледі және ол іс-шара күні ұйымдастырушыны басқарған адам болады (директордың міндетін атқарушы да есептеледі).',
      ru: 'Непосредственное руководство днём открытых дверей осуществляет директор организатора (пункт 1.7): `lead` указан, и это тот, кто руководил организатором на дату мероприятия (исполняющий обязанности директора тоже засчитывается).',
      en: 'The open door day is led directly by the organizer\'s director (clause 1.7): `lead` is recorded and is whoever headed the organizer on the event\'s date (an acting head counts).',
    },
    details: {
      kk: 'Іс-шара күнгі жағдай бойынша бағаланады: сол кезде ұйымдастырушыны кім басқарғанын оның `heads:` тізімі көрсетеді (директордың міндетін атқарушы, `acting: true`, есептеледі — ол директордың міндеттерін атқарады). Басшылар тарихы жоқ болса, ұйымның `director` өрісіндегі адам және лауазымы `director` болған әр қызметкер (бүгінгі мәртебесіне қарамастан, `hired`/`left` шегінде) әр кезеңдегі басшылар деп есептеледі, ал бұзушылық `heads:` тізімін толтыруды сұрайды. Директор болмаған кезде оның міндетін атқарушы болып тағайындалмай басшылық еткен орынбасар бәрібір хабарланады (ескерту: директор бұйрықпен тапсырған болуы мүмкін — міндет атқару кезеңін `heads:` тізіміне жазыңыз немесе баптауларда ереженің деңгейін төмендетіңіз).',
      ru: 'Оценивается положение на дату мероприятия: кто тогда руководил организатором, показывает его список `heads:` (исполняющий обязанности, `acting: true`, засчитывается — он исполняет обязанности директора). Если истории руководителей нет, руководителями в какой-то период считаются указанный у организации `director` и каждый сотрудник с должностью `director` (независимо от нынешнего статуса, в пределах `hired`/`left`), а нарушение предлагает заполнить `heads:`. Заместитель, руководивший в отсутствие директора без назначения исполняющим обязанности, всё равно отмечается (предупреждение: директор мог поручить это приказом — запишите период исполнения обязанностей в `heads:` или понизьте уровень правила в настройках).',
      en: 'Judged as things stood on the event\'s date: the organizer\'s `heads:` say who headed it then (an acting head, `acting: true`, counts — she holds the director\'s duties). Without a history, its `director` and every staff member with position director (whatever their status today, bounded by `hired`/`left`) are taken as heads of some time, and the finding asks you to record `heads:`. A deputy leading in the director\'s absence without being appointed acting head is still reported (a warning: the director may have delegated by order — record the acting period in `heads:`, or turn the rule down in settings).',
    },
    examples: {
      pass: 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan, director: tur-s001 }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, lead: tur-s001 }\n',
      fail: 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan, director: tur-s001 }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, lead: tur-s002 }   # the deputy\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const event of ctx.view.events) {
      const head = judgeHead(data, event.lead, event.organizer, event.date);
      const director = head.heads, hint = head.hint;
      if (!event.lead) {
        ctx.report({ messageId: 'missing', subject: event.id, at: event, path: ['lead'], data: { director, headsHint: hint } });
      } else if (!head.ok) {
        ctx.report({ messageId: 'notDirector', subject: event.id, at: event, path: ['lead'], data: { lead: personName(data, event.lead), director, headsHint: hint } });
      }
    }
  },
});
