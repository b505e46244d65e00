import type { Localized } from '../../src/core/i18n.js';
import type { Request } from '../../src/schema/collections.js';
import { NOT_RECORDED, rule } from './_view.js';

const ELIGIBLE: readonly Request['requester'][] = ['teacher', 'parent', 'district-department'];

const REQUESTER: Record<Request['requester'], Localized> = {
  teacher: { kk: 'педагог', ru: 'педагог', en: 'teacher' },
  parent: { kk: 'ата-ана', ru: 'родитель', en: 'parent' },
  'district-department': { kk: 'аудандық/қалалық бөлім', ru: 'районный/городской отдел', en: 'district/city department' },
  school: { kk: 'мектеп (білім беру ұйымы)', ru: 'школа (организация образования)', en: 'school (education organisation)' },
  other: { kk: 'басқа', ru: 'другое', en: 'other' },
};

export default rule({
  id: 'open-door-day/requester-eligible',
  clauses: ['3.4.1'],
  severity: 'error',
  subject: {
    kk: 'өтінімнің id-і',
    ru: 'id заявки',
    en: 'request id',
  },
  messages: {
    notEligible: {
      kk: 'Өтінім берушінің түрі — «{requester}» ({from}); өтінімді жеке педагогтер, ата-аналар немесе аудандық/қалалық адами әлеуетті дамыту бөлімдері ұсынады',
      ru: 'Заявитель — «{requester}» ({from}); заявки подают отдельные педагоги, родители или районные/городские отделы развития человеческого потенциала',
      en: 'The requester is "{requester}" ({from}); requests are submitted by individual teachers, parents or district/city departments for human-potential development',
    },
  },
  docs: {
    summary: {
      kk: 'Өтінімді жеке педагог, ата-ана немесе аудандық/қалалық адами әлеуетті дамыту бөлімі береді (3.4.1-тармақ): `requester` мәні — `teacher`, `parent` немесе `district-department`.',
      ru: 'Заявку подаёт отдельный педагог, родитель или районный/городской отдел развития человеческого потенциала (пункт 3.4.1): `requester` — `teacher`, `parent` или `district-department`.',
      en: 'A request is submitted by an individual teacher, a parent or a district/city department (clause 3.4.1): `requester` is teacher, parent or district-department.',
    },
    details: {
      kk: 'Мектептің мекеме ретінде берген өтінімі (`school`) немесе басқа біреудің өтінімі (`other`) — бұзушылық: тармақ өтінім бере алатын тұлғалар мен органдарды нақты атайды. Мектеп педагогтері өз атынан өтінім бере алады (`teacher`), ал мектептің өтінімі аудандық бөлім арқылы берілуі мүмкін. Бұзушылық өтінімнің `requester` өрісіне көрсетіледі.',
      ru: 'Заявка от школы как учреждения (`school`) или от кого-либо ещё (`other`) — нарушение: пункт прямо называет лиц и органы, которые могут подавать заявки. Педагоги школы могут подать заявку от своего имени (`teacher`), а заявка школы может быть подана через районный отдел. Нарушение указывает на поле `requester` заявки.',
      en: 'A request from a school as an institution (`school`) or from anyone else (`other`) fails: the clause names the people and bodies who may ask. A school\'s teachers may ask in their own name (`teacher`), and the school\'s request can go through the district department. The finding is at the request\'s `requester`.',
    },
    examples: {
      pass: 'requests:\n  - { id: req-1, for: odd-q1, requester: district-department, from: "Сарыағаш ауданы әдістемелік кабинеті", submitted: 2026-01-20 }\n',
      fail: 'requests:\n  - { id: req-1, for: odd-q1, requester: school, from: "№12 мектеп", submitted: 2026-01-20 }\n',
    },
  },
  check(ctx) {
    for (const { request } of ctx.view.requests) {
      if (ELIGIBLE.includes(request.requester)) continue;
      const from = request.from ?? (request.org ? ctx.data.org(request.org)?.name : undefined) ?? NOT_RECORDED;
      ctx.report({
        messageId: 'notEligible',
        subject: request.id,
        at: request,
        path: ['requester'],
        data: { requester: REQUESTER[request.requester], from },
      });
    }
  },
});
