import type { Request } from '../../src/schema/collections.js';
import { compositionOrder, orgLabel, rule } from './_view.js';
import { requestBasisObligations } from './_obligations.js';

const REQUESTER = {
  teacher: { kk: 'педагог', ru: 'педагог', en: 'a teacher' },
  parent: { kk: 'ата-ана', ru: 'родитель', en: 'a parent' },
  'district-department': { kk: 'аудандық (қалалық) білім бөлімі', ru: 'районный (городской) отдел образования', en: 'a district department' },
  school: { kk: 'білім беру ұйымы', ru: 'организация образования', en: 'an education organisation' },
  other: { kk: 'басқа өтініш беруші', ru: 'иной заявитель', en: 'another requester' },
} as const;

export default rule({
  id: 'landing/request-basis',
  clauses: ['5.2'],
  severity: 'error',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    missing: {
      kk: 'Десантқа {target} ұйымының сұранысы тіркелмеген: 5.2-тармаққа сәйкес десант құрамы білім беру ұйымының сұранысы негізінде айқындалады (landing.request өрісін немесе for: {id} көрсетілген өтінімді қосыңыз)',
      ru: 'Для десанта не зарегистрирован запрос организации {target}: по п. 5.2 состав десанта определяется на основании запроса организации образования (укажите landing.request или добавьте заявку с for: {id})',
      en: 'No request from {target} is recorded for this landing: under 5.2 the composition is set on the education organisation\'s request (add landing.request or a request with for: {id})',
    },
    otherLanding: {
      kk: 'landing.request өрісінде көрсетілген {request} өтінімі басқа жазбаға ({for}) арналған, бұл десантқа емес',
      ru: 'Заявка {request}, указанная в landing.request, относится к другой записи ({for}), а не к этому десанту',
      en: 'Request {request} named in landing.request is for {for}, not for this landing',
    },
    notSchool: {
      kk: '{request} өтінімін берген — {requester}; 5.2-тармаққа сәйкес сұранысты десант баратын білім беру ұйымы ({target}) береді',
      ru: 'Заявитель по заявке {request} — {requester}; по п. 5.2 запрос подаёт организация образования, в которую направляется десант ({target})',
      en: 'Request {request} comes from {requester}; under 5.2 the request comes from the education organisation the landing visits ({target})',
    },
    noOrg: {
      kk: '{request} өтінімінде оны берген ұйым (org) көрсетілмеген: ол десант баратын {target} ұйымы болуы тиіс (5.2-тармақ)',
      ru: 'В заявке {request} не указана подавшая её организация (org): ею должна быть организация, в которую направляется десант, — {target} (п. 5.2)',
      en: 'Request {request} does not name the organisation it comes from (org): it must be {target}, where the landing goes (5.2)',
    },
    otherOrg: {
      kk: '{request} өтінімін {org} берген, ал десант {target} ұйымына барады: 5.2-тармаққа сәйкес сұранысты десант баратын ұйымның өзі береді',
      ru: 'Заявку {request} подала организация {org}, а десант направляется в организацию {target}: по п. 5.2 запрос подаёт сама организация, в которую направляется десант',
      en: 'Request {request} comes from {org}, but the landing goes to {target}: under 5.2 the request comes from the organisation visited',
    },
    afterOrder: {
      kk: '{request} өтінімі {submitted} ж. берілген, яғни десант құрамын бекіткен {orderDate} ж. № {number} бұйрықтан кейін: 5.2-тармаққа сәйкес құрам сұраныс негізінде айқындалады, сондықтан сұраныс бұйрықтан бұрын болуы тиіс',
      ru: 'Заявка {request} подана {submitted}, то есть после приказа № {number} от {orderDate} об утверждении состава десанта: по п. 5.2 состав определяется на основании запроса, поэтому запрос должен предшествовать приказу',
      en: 'Request {request} was submitted on {submitted}, after composition order No. {number} of {orderDate}: under 5.2 the composition is set on the request, so the request comes before the order',
    },
    afterStart: {
      kk: '{request} өтінімі {submitted} ж. берілген, яғни десант басталғаннан ({start} ж.) кейін: 5.2-тармаққа сәйкес десант сұраныс негізінде ұйымдастырылады',
      ru: 'Заявка {request} подана {submitted}, то есть после начала десанта ({start}): по п. 5.2 десант организуется на основании запроса',
      en: 'Request {request} was submitted on {submitted}, after the landing started ({start}): under 5.2 the landing is organised on the request',
    },
  },
  docs: {
    summary: {
      kk: 'Десант өзі баратын білім беру ұйымының сұранысы негізінде өткізіледі, ал сұраныс десант құрамын бекітетін бұйрықтан кешіктірілмей берілуі тиіс (5.2-тармақ).',
      ru: 'Десант проводится по запросу (сұраныс) организации образования, в которую он направляется; запрос подаётся не позднее приказа об утверждении состава десанта (п. 5.2).',
      en: 'The landing answers a request (сұраныс) of the education organisation it visits, made no later than the order that approves its composition (5.2).',
    },
    details: {
      kk: [
        'Ескерілетін өтінімдер: `landing.request` өрісінде аталған өтінім және `for` өрісінде осы десант көрсетілген барлық өтінім (екі тәсіл де қабылданады: екі жақтың бірі көрсетсе, өтінім осы десантқа тиесілі).',
        'Олардың бірінде `requester: school` (білім беру ұйымы — мәтінде «білім беру ұйымының сұранысы» делінген) болуы, `org` мәні десанттың `target` мәніне тең болуы және `submitted` күні құрамды бекіту туралы бұйрық күнінен кешіктірілмеуі тиіс (бұйрық `landing/composition-order` ережесіндегідей анықталады: `landing.order`, ол болмаса — `subject` өрісінде осы десант көрсетілген `landing-composition` түріндегі бұйрық).',
        'Бұйрықпен бір күні берілген өтінім талапқа сай. Құрамды бекіту туралы бұйрық тіркелмесе немесе ол басқа түрде болса (екеуін де `landing/composition-order` ережесі көрсетеді), өтінім десанттың бірінші күнінен кешіктірілмей берілуі тиіс.',
        'Талапқа сай өтінім болмаса, ескерілген әр өтінім түзетілетін мәннің орнында бір рет көрсетіледі: оның `requester`, `org` (`org` жоқ болса — өтінімнің өзі), `submitted` өрістері; басқа жазбаға арналған өтінімді атайтын `landing.request` сол `landing.request` өрісінде көрсетіледі. Өтінім мүлде болмаса, бұзушылық десант жазбасында көрсетіледі.',
        'Бастамашы (1.3-тармақ) басқа адам болуы мүмкін — мысалы, орталық басшысы, — бірақ 5.2-тармақ бәрібір білім беру ұйымының сұранысын талап етеді: құрам сол сұраныс негізінде айқындалады.',
      ].join(' '),
      ru: [
        'Рассматриваются заявка, указанная в `landing.request`, и все заявки, у которых в `for` указан этот десант (принимаются оба способа записи: заявка относится к десанту, если на это указывает любая из сторон).',
        'Хотя бы у одной из них должны быть `requester: school` (организация образования — в тексте: «білім беру ұйымының сұранысы», запрос организации образования) и `org`, совпадающий с `target` десанта, а `submitted` — не позднее даты приказа об утверждении состава (приказ определяется так же, как в `landing/composition-order`: `landing.order`, иначе приказ типа `landing-composition`, в `subject` которого указан этот десант).',
        'Заявка, поданная в день приказа, допустима. Если приказ о составе не зарегистрирован или имеет другой тип (о том и другом сообщает `landing/composition-order`), заявка должна быть подана не позднее первого дня десанта.',
        'Если подходящей заявки нет, каждая рассмотренная заявка указывается один раз — в месте значения, которое нужно исправить: её `requester`, `org` (или сама заявка, если `org` нет), дата `submitted`; `landing.request`, указывающий на заявку для другой записи, отмечается в `landing.request`. Если заявок нет вовсе, нарушение указывается в записи десанта.',
        'Инициатором (п. 1.3) может быть и другое лицо — например, руководитель центра, — но п. 5.2 всё равно требует запроса организации образования: состав определяется на его основании.',
      ].join(' '),
      en: [
        'The requests considered are the one named by `landing.request` and every request whose `for` is the landing (both ways of recording it are accepted: a request is the landing\'s if either side says so).',
        'One of them must have `requester: school` (an education organisation — the text says "білім беру ұйымының сұранысы") and `org` equal to the landing\'s `target`, and be `submitted` on or before the date of the composition order (the order found as in landing/composition-order: `landing.order`, else a landing-composition order whose subject is the landing).',
        'Submitted on the same day as the order passes. With no composition order recorded, or one of another type (landing/composition-order reports both), the request must be submitted on or before the landing\'s first day.',
        'When no request qualifies, each request considered is reported once, at the value to fix: its `requester`, its `org` (or the request when `org` is missing), its `submitted` date; a `landing.request` that names a request for another record is reported at `landing.request`. With no request at all, the finding is at the landing.',
        'The initiator (1.3) may be someone else — e.g. the centre\'s head — but 5.2 still asks for the organisation\'s request: the composition is set on it.',
      ].join(' '),
    },
    examples: {
      pass: 'requests:\n  - { id: req-1, for: md-1, requester: school, org: kar-sch-12, submitted: 2026-02-16 }\norders:\n  - { id: ord-1, number: "31-н", date: 2026-02-20, issuer: kar-umc, signed_by: kar-s001, type: landing-composition, subject: md-1, members: [kar-s002] }\nlandings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, request: req-1, order: ord-1, dates: { from: 2026-03-10, to: 2026-03-12 }, members: [kar-s002] }\n',
      fail: 'requests:\n  - { id: req-1, for: md-1, requester: school, org: kar-sch-12, submitted: 2026-02-24 }   # after the order\norders:\n  - { id: ord-1, number: "31-н", date: 2026-02-20, issuer: kar-umc, signed_by: kar-s001, type: landing-composition, subject: md-1, members: [kar-s002] }\nlandings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, request: req-1, order: ord-1, dates: { from: 2026-03-10, to: 2026-03-12 }, members: [kar-s002] }\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const l of ctx.view.landings) {
      const target = orgLabel(data, l.target);
      const chosen = compositionOrder(data, l)?.order;
      const order = chosen && chosen.type === 'landing-composition' ? chosen : undefined;
      const deadline = order ? order.date : l.dates.from;

      const candidates: Request[] = [];
      const named = data.get('requests', l.request);
      if (named) candidates.push(named);
      for (const r of data.requestsFor(l.id)) if (r !== named) candidates.push(r);

      const ok = (r: Request) => r.for === l.id && r.requester === 'school' && r.org === l.target && r.submitted <= deadline;
      if (candidates.some(ok)) continue;
      if (candidates.length === 0) {
        ctx.report({ messageId: 'missing', subject: l.id, at: l, path: ['request'], data: { target, id: l.id } });
        continue;
      }
      for (const r of candidates) {
        const related = [{ at: l, path: ['request'], note: l.id }];
        if (r.for !== l.id) {
          ctx.report({ messageId: 'otherLanding', subject: l.id, at: l, path: ['request'], data: { request: r.id, for: r.for } });
        } else if (r.requester !== 'school') {
          ctx.report({ messageId: 'notSchool', subject: l.id, at: r, path: ['requester'], data: { request: r.id, requester: REQUESTER[r.requester], target }, related });
        } else if (!r.org) {
          ctx.report({ messageId: 'noOrg', subject: l.id, at: r, path: ['org'], data: { request: r.id, target }, related });
        } else if (r.org !== l.target) {
          ctx.report({ messageId: 'otherOrg', subject: l.id, at: r, path: ['org'], data: { request: r.id, org: orgLabel(data, r.org), target }, related });
        } else if (order) {
          ctx.report({ messageId: 'afterOrder', subject: l.id, at: r, path: ['submitted'], data: { request: r.id, submitted: r.submitted, number: order.number, orderDate: order.date }, related: [{ at: order, path: ['date'], note: `${order.id}` }] });
        } else {
          ctx.report({ messageId: 'afterStart', subject: l.id, at: r, path: ['submitted'], data: { request: r.id, submitted: r.submitted, start: l.dates.from }, related });
        }
      }
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: requestBasisObligations,
});
