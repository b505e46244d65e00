import { rule, orgName, personName } from './_view.js';

export default rule({
  id: 'leading-school/responsible-head',
  clauses: ['6'],
  severity: 'warning',
  subject: { kk: 'желінің id-і', ru: 'id сети', en: 'network id' },
  messages: {
    missing: {
      kk: '{network}: «{school}» жетекші мектебінің жауапты басшысы (responsible_head) көрсетілмеген (6-тармақ)',
      ru: '{network}: не указан ответственный руководитель ведущей школы «{school}» (responsible_head) (пункт 6)',
      en: 'Network {network}: no responsible head (responsible_head) of the leading school "{school}" (clause 6)',
    },
    elsewhere: {
      kk: '{network}: жауапты басшы {head} «{school}» жетекші мектебінің қызметкері емес (жұмыс орны: «{org}»); 6-тармақ жетекші мектептің өз жауапты басшысы туралы',
      ru: '{network}: ответственный руководитель {head} не является сотрудником ведущей школы «{school}» (место работы: «{org}»); пункт 6 говорит об ответственном руководителе самой ведущей школы',
      en: 'Network {network}: the responsible head {head} is not on the staff of the leading school "{school}" (works at "{org}"); clause 6 speaks of the leading school\'s own responsible head',
    },
    left: {
      kk: '{network}: жауапты басшы {head} «{school}» мектебінен {date} жұмыстан кеткен (left); жаңа жауапты басшыны көрсету керек (6-тармақ)',
      ru: '{network}: ответственный руководитель {head} ушёл(ушла) из школы «{school}» {date} (left); нужно указать нового ответственного руководителя (пункт 6)',
      en: 'Network {network}: the responsible head {head} left "{school}" on {date} (left); name a new responsible head (clause 6)',
    },
    dismissed: {
      kk: '{network}: жауапты басшы {head} «{school}» мектебінен жұмыстан босатылған (status: dismissed); жаңа жауапты басшыны көрсету керек (6-тармақ)',
      ru: '{network}: ответственный руководитель {head} уволен из школы «{school}» (status: dismissed); нужно указать нового ответственного руководителя (пункт 6)',
      en: 'Network {network}: the responsible head {head} has left "{school}" (status: dismissed); name a new responsible head (clause 6)',
    },
  },
  docs: {
    summary: {
      kk: '6-тармақ жетекші мектептің жауапты басшысының функцияларын белгілейді: әр желіде жетекші мектептің өз қызметкерлерінің бірі жауапты басшы ретінде көрсетілуі керек.',
      ru: 'Пункт 6 определяет функции ответственного руководителя ведущей школы: в каждой сети указан ответственный руководитель, состоящий в штате ведущей школы.',
      en: 'Clause 6 gives the responsible head of the leading school its functions: each network names a responsible head who is on the staff of the leading school.',
    },
    details: {
      kk: 'Жауапты басшының `org` өрісі желінің `leading` мектебі болуы және ол тексеру күні сол мектептің қызметкері болып қалуы керек: жұмыстан босатылмаған, `left` күні тексеру күнінен бұрын емес (демалыстағы қызметкер штатта саналады; соңғы жұмыс күнінің өзі де саналады). Ешбір қызметкер жазбасын атамайтын id-ді `data/unknown-reference` ережесі хабарлайды.',
      ru: 'Поле `org` ответственного руководителя должно совпадать со школой `leading` сети, и на дату проверки он должен оставаться в её штате: не уволен и не имеет даты `left` раньше даты проверки (находящийся в отпуске считается в штате; последний рабочий день тоже считается). О id, не соответствующем ни одной записи сотрудника, сообщает правило `data/unknown-reference`.',
      en: 'The person\'s `org` must be the network\'s `leading` school and the person still on its staff on the as-of day: not dismissed, and no `left` date before as-of (on leave still counts as staff; the last working day itself still counts). An id that names no staff record is left to data/unknown-reference.',
    },
    examples: {
      pass: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-05, responsible_head: s050 }\nstaff:\n  - { id: s050, name: "Омарова Сәуле", org: sch-05, position: director }\n',
      fail: 'networks:\n  - { id: net-1, region: kostanay, leading: sch-05, responsible_head: s060 }\nstaff:\n  - { id: s060, name: "Қасымов Ерлан", org: sch-11, position: director }   # another school\n',
    },
  },
  check(ctx) {
    for (const n of ctx.view.networks) {
      const school = orgName(ctx.data, n.leading);
      if (!n.responsible_head) {
        ctx.report({ messageId: 'missing', subject: n.id, at: n, data: { network: n.id, school } });
        continue;
      }
      const head = ctx.data.person(n.responsible_head);
      if (!head) continue; // data/unknown-reference
      const related = [{ at: head, path: ['org'], note: `${head.id}: ${head.org}` }];
      if (head.org !== n.leading) {
        ctx.report({ messageId: 'elsewhere', subject: n.id, at: n, path: ['responsible_head'], data: { network: n.id, school, head: personName(ctx.data, head.id), org: orgName(ctx.data, head.org) }, related });
      } else if (head.left !== undefined && head.left < ctx.asOf) {
        ctx.report({ messageId: 'left', subject: n.id, at: n, path: ['responsible_head'], data: { network: n.id, school, head: personName(ctx.data, head.id), date: head.left }, related: [{ at: head, path: ['left'], note: `${head.id}: left ${head.left}` }] });
      } else if (head.status === 'dismissed') {
        ctx.report({ messageId: 'dismissed', subject: n.id, at: n, path: ['responsible_head'], data: { network: n.id, school, head: personName(ctx.data, head.id) }, related: [{ at: head, path: ['status'], note: `${head.id}: dismissed` }] });
      }
    }
  },
});
