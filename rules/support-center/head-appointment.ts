import { formatDotted } from '../../src/core/dates.js';
import { rule, orgName } from './_view.js';

/** Said when the parent records no `heads:` and its heads were taken from `director` / position director. */
const HISTORY_HINT = {
  kk: ' (білім басқармасын кім қай кезде басқарғаны жазылмаған: оның жазбасына heads: тізімін қосыңыз)',
  ru: ' (не записано, кто когда возглавлял управление образования: добавьте в его запись список heads:)',
  en: ' (the department records no history of its heads: add `heads:` to it)',
};

/** With a recorded `heads:` history, does the order's signed_as (head by default) disagree with the signer's term? */
function signerTermMismatch(term: { acting: boolean; inferred: boolean }, signedAs: string | undefined): boolean {
  return !term.inferred && term.acting !== (signedAs === 'acting');
}

/** «kost-uo, 2023-07-01: kost-uo-s3» — who headed the parent on the order's date. */
function headsComputation(heads: string[], parent: string, date: string) {
  const who = heads.length ? heads.join(', ') : '—';
  return { kk: `${parent} басшысы ${date}: ${who}`, ru: `руководитель ${parent} на ${date}: ${who}`, en: `head of ${parent} on ${date}: ${who}` };
}

const ROLE = {
  head: { kk: 'басшысы', ru: 'руководителем', en: 'head' },
  acting: { kk: 'басшысының міндетін атқарушы', ru: 'исполняющим обязанности руководителя', en: 'acting head' },
};

export default rule({
  id: 'support-center/head-appointment',
  clauses: ['1.7.2', '8.1'],
  severity: 'warning',
  subject: { kk: 'ұйымның id-і', ru: 'id организации', en: 'org id' },
  messages: {
    noDirector: {
      kk: '«{org}»: орталықтың басшысы (director) көрсетілмеген; 8.1-тармақ бойынша орталықты білім басқармасының басшысы тағайындаған басшы басқарады',
      ru: '«{org}»: не указан руководитель (director); по пункту 8.1 центр возглавляет руководитель, назначаемый руководителем Управления образования',
      en: '"{org}": no director recorded; under clause 8.1 the centre is led by a head appointed by the head of the education department',
    },
    noOrder: {
      kk: '«{org}»: басшы {head} қай бұйрықпен тағайындалғаны (appointed_by) көрсетілмеген; 1.7.2, 8.1-тармақтар бойынша орталық басшысын білім басқармасының басшысы тағайындайды',
      ru: '«{org}»: не указан приказ о назначении руководителя {head} (appointed_by); по пунктам 1.7.2 и 8.1 руководителя назначает руководитель Управления образования',
      en: '"{org}": the order appointing the director {head} (appointed_by) is not recorded; under clauses 1.7.2 and 8.1 the head of the education department appoints the head of the centre',
    },
    wrongType: {
      kk: '«{org}»: басшы {head} тағайындалған {order} бұйрығының түрі «{type}», ал тағайындау бұйрығының түрі «appointment» болуы керек (1.7.2, 8.1)',
      ru: '«{org}»: приказ {order}, которым назначен руководитель {head}, имеет тип «{type}», а приказ о назначении должен иметь тип «appointment» (1.7.2, 8.1)',
      en: '"{org}": order {order} appointing the director {head} is of type "{type}", not "appointment" (1.7.2, 8.1)',
    },
    wrongIssuer: {
      kk: '«{org}»: басшы {head} тағайындалған {order} бұйрығын «{issuer}» ұйымы шығарған, ал 1.7.2, 8.1-тармақтар бойынша орталық басшысын білім басқармасының басшысы тағайындайды — орталықтың жоғары тұрған ұйымы «{parent}»',
      ru: '«{org}»: приказ {order} о назначении руководителя {head} издан организацией «{issuer}», а по пунктам 1.7.2 и 8.1 руководителя назначает руководитель Управления образования — вышестоящей организации центра «{parent}»',
      en: '"{org}": order {order} appointing the director {head} was issued by "{issuer}"; under clauses 1.7.2 and 8.1 the head of the education department — the centre\'s parent, "{parent}" — appoints its head',
    },
    noSigner: {
      kk: '«{org}»: басшы {head} тағайындалған {order} бұйрығына кім қол қойғаны (signed_by) көрсетілмеген; 1.7.2, 8.1-тармақтар бойынша орталық басшысын «{parent}» басшысы тағайындайды',
      ru: '«{org}»: у приказа {order} о назначении руководителя {head} не указано, кем он подписан (signed_by); по пунктам 1.7.2 и 8.1 руководителя назначает руководитель «{parent}»',
      en: '"{org}": order {order} appointing the director {head} does not record who signed it (signed_by); under clauses 1.7.2 and 8.1 the head of "{parent}" appoints the head of the centre',
    },
    wrongSigner: {
      kk: '«{org}»: басшы {head} тағайындалған {order} бұйрығына {signer} қол қойған, ол {date} күні «{parent}» басшысы да, басшының міндетін атқарушы да болмаған; 1.7.2, 8.1-тармақтар бойынша орталық басшысын білім басқармасының басшысы тағайындайды{history}',
      ru: '«{org}»: приказ {order} о назначении руководителя {head} подписан: {signer}; на {date} этот человек не был ни руководителем «{parent}», ни исполняющим его обязанности; по пунктам 1.7.2 и 8.1 руководителя назначает руководитель Управления образования{history}',
      en: '"{org}": order {order} appointing the director {head} was signed by {signer}, who on {date} was neither the head of "{parent}" nor acting head; under clauses 1.7.2 and 8.1 the head of the education department appoints the head of the centre{history}',
    },
    signedAs: {
      kk: '«{org}»: басшы {head} тағайындалған {order} бұйрығында signed_as: {signedAs} жазылған, ал {signer} {date} күні «{parent}» ұйымының {role} болған; құжаттағы қолтаңба лауазымы (басшы / м.а.) соған сәйкес болуы керек',
      ru: '«{org}»: в приказе {order} о назначении руководителя {head} записано signed_as: {signedAs}, а {signer} на {date} был(а) {role} «{parent}»; должность в подписи (руководитель / и.о.) должна этому соответствовать',
      en: '"{org}": order {order} appointing the director {head} records signed_as: {signedAs}, but on {date} {signer} was the {role} of "{parent}"; the signature\'s title (head / acting) should match',
    },
    noParent: {
      kk: '«{org}»: орталықтың жоғары тұрған ұйымы (parent — білім басқармасы) көрсетілмеген, сондықтан басшыны тағайындау бұйрығын кім шығарғанын тексеру мүмкін емес (1.7.2, 8.1)',
      ru: '«{org}»: не указана вышестоящая организация (parent — управление образования), поэтому нельзя проверить, кем издан приказ о назначении руководителя (1.7.2, 8.1)',
      en: '"{org}": no parent organization (parent: the education department) is recorded, so who issued the director\'s appointment order cannot be checked (1.7.2, 8.1)',
    },
  },
  docs: {
    summary: {
      kk: 'Орталықтың басшысын білім басқармасының басшысы тағайындайды (1.7.2, 8.1): орталық басшысының `appointed_by` өрісінде түрі `appointment` бұйрық көрсетілуі керек; бұл бұйрықты орталықтың жоғары тұрған ұйымы (`parent`, білім басқармасы) шығарып, оған бұйрық күні сол ұйымды басқарған адам қол қоюы тиіс.',
      ru: 'Руководителя центра назначает руководитель Управления образования (пункты 1.7.2, 8.1): у руководителя центра в `appointed_by` указан приказ типа `appointment`, изданный вышестоящей организацией центра (`parent`, управление образования) и подписанный тем, кто возглавлял её на дату приказа.',
      en: 'The head of the centre is appointed by the head of the education department (1.7.2, 8.1): a centre\'s director has an `appointed_by` order of type appointment, issued by the centre\'s `parent` (the education department) and signed by whoever headed the parent on the order\'s date.',
    },
    details: {
      kk:
        'Модуль өңірлеріндегі түрі `center` әр ұйым тексеріледі. Басшы — ұйымның `director` өрісіндегі адам (`director` болмаса — тексеру күні оның `heads:` тізімінде жазылған басшы); нәтиже басшының `appointed_by` өрісін (ол жоқ болса — қызметкер жазбасын) көрсетеді, бұйрық байланысты орын ретінде беріледі. ' +
        'Басшысы жоқ немесе бұйрықты шығарған ұйыммен салыстыруға жоғары тұрған ұйымы (`parent`) көрсетілмеген орталық туралы нәтиже ұйымның өзіне қойылады. Ешбір жазбаны атамайтын id-лерді `data/unknown-reference` ережесі хабарлайды. ' +
        'Кім қол қойды: 8.1-тармақта «білім басқармасының басшысы тағайындаған басшы» делінген — яғни басқарманың басшысы, сондықтан бұйрықтың `signed_by` өрісінде бұйрық күні жоғары тұрған ұйымды басқарған адам тұруы керек (каталог v2: бүгінгі жазбалар бойынша емес, сол күнгі жағдай бойынша бағаланады). ' +
        'Сол күні басқарма басшысының міндетін атқарушы (`heads:` тізімінде `acting: true`) да саналады: міндет атқарушы басшының өкілеттігін жүзеге асырады. Өкілеттік мерзімі бұйрық күнінен бұрын аяқталған басшы саналмайды. ' +
        'Жоғары тұрған ұйымда `heads:` жазылмаса, оның `director` өрісіндегі адам мен `director` лауазымындағы қызметкерлері белгілі бір кезеңде (`hired` бен `left` аралығында) басшы болған деп алынады, ал нәтиже `heads:` тізімін жазуды сұрайды. ' +
        '`signed_by` жазылмаған бұйрық хабарланады (қолтаңбаны тексеру мүмкін емес). Жоғары тұрған ұйымда `heads:` жазылса, бұйрықтың `signed_as` өрісі (әдепкі бойынша `head`, не `acting`) қол қоюшының сол күнгі өкілеттігіне сәйкес келуі керек, себебі басылатын қолтаңбадағы лауазым соған байланысты.',
      ru:
        'Проверяется каждая организация типа `center` в регионах модуля. Руководитель — человек из поля `director` организации (а если `director` нет — руководитель, записанный в её `heads:` на дату проверки); замечание указывает на поле `appointed_by` руководителя (а если его нет — на запись сотрудника), приказ показывается как связанное место. ' +
        'Если у центра нет руководителя или не указана вышестоящая организация (`parent`), с которой можно сравнить издавшую приказ организацию, замечание относится к самой организации. О id, не соответствующих ни одной записи, сообщает правило `data/unknown-reference`. ' +
        'Кто подписал: пункт 8.1 говорит «руководитель, назначаемый руководителем Управления образования» — то есть руководителем управления, поэтому в `signed_by` приказа должен стоять человек, возглавлявший вышестоящую организацию на дату приказа (каталог v2: оценивается положение на тот день, а не сегодняшние записи). ' +
        'Исполняющий обязанности руководителя управления на эту дату (`heads:` с `acting: true`) тоже считается: исполняющий обязанности осуществляет полномочия руководителя. Руководитель, срок полномочий которого закончился до даты приказа, не считается. ' +
        'Если у вышестоящей организации нет `heads:`, её руководителями в какой-то период (в пределах `hired` и `left`) считаются человек из её поля `director` и её сотрудники в должности `director`, а замечание просит записать `heads:`. ' +
        'Приказ без `signed_by` отмечается (подпись проверить нельзя). Если у вышестоящей организации записаны `heads:`, поле `signed_as` приказа (по умолчанию `head`, или `acting`) должно соответствовать полномочиям подписавшего на тот день, поскольку от него зависит должность в печатной подписи.',
      en:
        'Checked for each organization of type center in the module\'s regions. The director is the organization\'s `director` (or, with no `director`, the head recorded in its `heads:` on the as-of day); the finding points at the director\'s `appointed_by` (or the staff record when it is missing), with the order as a related location. ' +
        'A centre with no director, or with no `parent` to compare the issuer with, is reported at the organization. Ids that name no record are left to data/unknown-reference. ' +
        'Who signed: 8.1 says «білім басқармасының басшысы тағайындаған басшы» / «руководитель, назначаемый руководителем Управления образования» — the department\'s head, so the order\'s `signed_by` must be a person who headed the parent on the order\'s date (catalog v2: judged as things stood that day, not by today\'s records). ' +
        'An acting head of the department on that date (`heads:` with `acting: true`) counts: an acting head exercises the head\'s powers. A head whose term ended before the order\'s date does not. ' +
        'When the parent records no `heads:`, its `director` and its staff in position director are taken as its heads of some time (bounded by their `hired` and `left`), and a finding asks you to record `heads:`. ' +
        'An order that does not record `signed_by` is reported (the signature cannot be checked). When the parent records `heads:`, the order\'s `signed_as` (head by default, or acting) must agree with the signer\'s term that day, since the printed signature title follows it.',
    },
    examples: {
      pass: 'organizations:\n  - id: kost-uo\n    type: education-department\n    name: "Қостанай облысы әкімдігінің білім басқармасы"\n    region: kostanay\n    heads:\n      - { staff: kost-uo-s1, from: 2020-01-10 }\n      - { staff: kost-uo-s2, from: 2023-08-01, to: 2023-08-31, acting: true }   # acting head while the head is on leave\n  - { id: kost-aso, type: center, name: "Әдістемелік сүйемелдеу орталығы", region: kostanay, parent: kost-uo, director: kost-s001 }\nstaff:\n  - { id: kost-s001, name: "Ахметова Әлия", org: kost-aso, position: director, appointed_by: ord-uo-2023-112 }\norders:   # signed by the acting head on her day\n  - { id: ord-uo-2023-112, number: "112-ж/қ", date: 2023-08-25, issuer: kost-uo, signed_by: kost-uo-s2, signed_as: acting, type: appointment, subject: kost-s001 }\n',
      fail: 'organizations:\n  - { id: kost-uo, type: education-department, name: "Қостанай облысы әкімдігінің білім басқармасы", region: kostanay }\n  - { id: kost-aso, type: center, name: "Әдістемелік сүйемелдеу орталығы", region: kostanay, parent: kost-uo, director: kost-s001 }\nstaff:\n  - { id: kost-s001, name: "Ахметова Әлия", org: kost-aso, position: director, appointed_by: ord-aso-2023-05 }\norders:   # the centre appointed its own head\n  - { id: ord-aso-2023-05, number: "5", date: 2023-08-25, issuer: kost-aso, signed_by: kost-s001, type: appointment, subject: kost-s001 }\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const org of ctx.view.centers) {
      const name = orgName(data, org.id);
      const directorId = org.director ?? (data.hasHeadHistory(org.id) ? data.headsOn(org.id, ctx.asOf).find((t) => !t.acting)?.staff : undefined);
      if (!directorId) {
        ctx.report({ messageId: 'noDirector', subject: org.id, at: org, data: { org: name } });
        continue;
      }
      const head = data.person(directorId);
      if (!head) continue; // data/unknown-reference
      if (!head.appointed_by) {
        ctx.report({ messageId: 'noOrder', subject: org.id, at: head, data: { org: name, head: head.name }, related: [{ at: org, path: ['director'], note: `${org.id}: director` }] });
        continue;
      }
      const order = data.order(head.appointed_by);
      if (!order) continue; // data/unknown-reference
      const dotted = `${order.id} (№ ${order.number}, ${formatDotted(order.date)})`;
      const base = { org: name, head: head.name, order: { kk: dotted, ru: dotted, en: `${order.id} (No. ${order.number}, ${order.date})` } };
      if (order.type !== 'appointment') {
        ctx.report({ messageId: 'wrongType', subject: org.id, at: head, path: ['appointed_by'], data: { ...base, type: order.type }, related: [{ at: order, path: ['type'], note: `${order.id}: ${order.type}` }] });
      }
      if (!org.parent) {
        ctx.report({ messageId: 'noParent', subject: org.id, at: org, data: { org: name } });
      } else if (order.issuer !== org.parent) {
        ctx.report({
          messageId: 'wrongIssuer',
          subject: org.id,
          at: head,
          path: ['appointed_by'],
          data: { ...base, issuer: orgName(data, order.issuer), parent: orgName(data, org.parent) },
          related: [{ at: order, path: ['issuer'], note: `${order.id}: ${order.issuer}` }],
        });
      } else if (!order.signed_by) {
        ctx.report({ messageId: 'noSigner', subject: org.id, at: order, data: { ...base, parent: orgName(data, org.parent) } });
      } else if (!data.isHeadOn(order.signed_by, org.parent, order.date)) {
        const history = data.hasHeadHistory(org.parent) ? '' : HISTORY_HINT;
        ctx.report({
          messageId: 'wrongSigner',
          subject: org.id,
          at: order,
          path: ['signed_by'],
          data: { ...base, signer: data.person(order.signed_by)?.name ?? order.signed_by, date: order.date, parent: orgName(data, org.parent), history },
          related: [{ at: head, path: ['appointed_by'], note: `${head.id}: ${order.id}` }],
          trace: { computation: headsComputation(data.headsOn(org.parent, order.date).map((t) => t.staff + (t.acting ? ' (acting)' : '')), org.parent, order.date) },
        });
      } else if (signerTermMismatch(data.isHeadOn(order.signed_by, org.parent, order.date)!, order.signed_as)) {
        const term = data.isHeadOn(order.signed_by, org.parent, order.date)!;
        // heads: says whether the signer was acting that day; the printed title follows signed_as
        ctx.report({
          messageId: 'signedAs',
          subject: org.id,
          at: order,
          path: order.signed_as ? ['signed_as'] : ['signed_by'],
          data: { ...base, signer: data.person(order.signed_by)?.name ?? order.signed_by, date: order.date, parent: orgName(data, org.parent), signedAs: order.signed_as ?? 'head', role: term.acting ? ROLE.acting : ROLE.head },
        });
      }
    }
  },
});
