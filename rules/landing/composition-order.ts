import type { Dataset } from '../../src/model/dataset.js';
import { judgeHead } from '../../src/model/people.js';
import { compositionOrder, orgLabel, personLabel, rule, type Label } from './_view.js';
import { compositionOrderObligations } from './_obligations.js';

function people(data: Dataset, ids: readonly string[]): (Label | string)[] {
  return ids.map((id) => personLabel(data, id));
}

export default rule({
  id: 'landing/composition-order',
  clauses: ['5.2'],
  severity: 'error',
  subject: { kk: 'десанттың id-і', ru: 'id десанта', en: 'landing id' },
  messages: {
    missing: {
      kk: 'Десант құрамын бекіткен бұйрық жоқ: 5.2-тармаққа сәйкес құрам {organizer} басшысының бұйрығымен бекітіледі (landing.order өрісін немесе type: landing-composition, subject: {id} бұйрығын қосыңыз)',
      ru: 'Нет приказа об утверждении состава десанта: по п. 5.2 состав утверждается приказом руководителя организации {organizer} (укажите landing.order или добавьте приказ с type: landing-composition, subject: {id})',
      en: 'No order approves the composition of this landing: under 5.2 it is approved by order of the head of {organizer} (add landing.order or an order with type: landing-composition, subject: {id})',
    },
    wrongType: {
      kk: '{orderDate} ж. № {number} бұйрықтың түрі — {type}; десант құрамын бекіту туралы бұйрық landing-composition түрінде болуы тиіс (5.2-тармақ)',
      ru: 'Приказ № {number} от {orderDate} имеет тип {type}; приказ об утверждении состава десанта должен иметь тип landing-composition (п. 5.2)',
      en: 'Order No. {number} of {orderDate} is of type {type}; the order approving a landing\'s composition is of type landing-composition (5.2)',
    },
    otherSubject: {
      kk: '{orderDate} ж. № {number} бұйрық басқа жазбаға ({other}) қатысты, бұл десантқа емес',
      ru: 'Приказ № {number} от {orderDate} относится к другой записи ({other}), а не к этому десанту',
      en: 'Order No. {number} of {orderDate} is about {other}, not this landing',
    },
    wrongIssuer: {
      kk: '{orderDate} ж. № {number} бұйрықты {issuer} шығарған; 5.2-тармаққа сәйкес құрамды десантты жіберетін {organizer} басшысы бекітеді',
      ru: 'Приказ № {number} от {orderDate} издан организацией {issuer}; по п. 5.2 состав утверждает руководитель организации, направляющей десант, — {organizer}',
      en: 'Order No. {number} of {orderDate} was issued by {issuer}; under 5.2 the composition is approved by the head of {organizer}, which sends the landing',
    },
    unsigned: {
      kk: '{orderDate} ж. № {number} бұйрыққа кім қол қойғаны (signed_by) көрсетілмеген: оған бұйрық күні {organizer} басшысы (немесе оның міндетін атқарушы) қол қоюы тиіс — сол күні {director} (5.2-тармақ){headsHint}',
      ru: 'В приказе № {number} от {orderDate} не указано, кем он подписан (signed_by): его подписывает руководитель организации {organizer} на дату приказа (или исполняющий его обязанности) — на эту дату {director} (п. 5.2){headsHint}',
      en: 'Order No. {number} of {orderDate} does not say who signed it (signed_by): it is signed by whoever headed {organizer} on its date, an acting head included — that day {director} (5.2){headsHint}',
    },
    notDirector: {
      kk: '{orderDate} ж. № {number} бұйрыққа {signer} қол қойған, ол бұйрық күні {organizer} басшысы да, басшының міндетін атқарушы да болмаған; 5.2-тармаққа сәйкес оған басшы қол қояды — сол күні {director}{headsHint}',
      ru: 'Приказ № {number} от {orderDate} подписан сотрудником {signer}, который на дату приказа не был ни руководителем организации {organizer}, ни исполняющим его обязанности; по п. 5.2 его подписывает руководитель — на эту дату {director}{headsHint}',
      en: 'Order No. {number} of {orderDate} is signed by {signer}, who neither headed {organizer} nor acted as its head on that day; under 5.2 the head signs it — that day {director}{headsHint}',
    },
    noDirector: {
      kk: '{orderDate} ж. № {number} бұйрыққа басшы қол қойғанын тексеру мүмкін емес: {organizer} басшылары көрсетілмеген (organizations: heads немесе director)',
      ru: 'Невозможно проверить, подписан ли приказ № {number} от {orderDate} руководителем: не указаны руководители организации {organizer} (organizations: heads или director)',
      en: 'Cannot check that order No. {number} of {orderDate} is signed by the head: {organizer} records no head (organizations: heads or director)',
    },
    late: {
      kk: 'Десант құрамын бекіткен № {number} бұйрық {orderDate} ж. күнімен шығарылған, яғни десант басталғаннан ({start} ж.) кейін: құрам десант басталғанға дейін бекітілуі тиіс',
      ru: 'Приказ № {number} об утверждении состава десанта датирован {orderDate}, то есть после начала десанта ({start}): состав утверждается до начала десанта',
      en: 'Composition order No. {number} is dated {orderDate}, after the landing started ({start}): the composition is approved before the landing starts',
    },
    membersMissing: {
      kk: '{orderDate} ж. № {number} бұйрықта десанттың мына мүшелері жоқ: {missing}',
      ru: 'В приказе № {number} от {orderDate} нет следующих членов десанта: {missing}',
      en: 'Order No. {number} of {orderDate} does not list these members of the landing: {missing}',
    },
    membersExtra: {
      kk: '{orderDate} ж. № {number} бұйрықта десант мүшесі ретінде көрсетілмеген адамдар бар: {extra}',
      ru: 'В приказе № {number} от {orderDate} указаны лица, не являющиеся членами десанта: {extra}',
      en: 'Order No. {number} of {orderDate} lists people who are not members of the landing: {extra}',
    },
    membersDiffer: {
      kk: '{orderDate} ж. № {number} бұйрықтағы құрам десант құрамына сәйкес келмейді: бұйрықта жоқ мүшелер — {missing}; бұйрықта артық көрсетілгендер — {extra}',
      ru: 'Состав в приказе № {number} от {orderDate} не совпадает с составом десанта: нет в приказе — {missing}; лишние в приказе — {extra}',
      en: 'The composition in order No. {number} of {orderDate} differs from the landing\'s: missing from the order — {missing}; in the order but not in the landing — {extra}',
    },
    noMembers: {
      kk: '{orderDate} ж. № {number} бұйрықта десант құрамы (members) көрсетілмеген',
      ru: 'В приказе № {number} от {orderDate} не указан состав десанта (members)',
      en: 'Order No. {number} of {orderDate} lists no members (members)',
    },
  },
  docs: {
    summary: {
      kk: 'Десанттың құрамы оқу-әдістемелік орталық басшысының бұйрығымен бекітіледі (5.2-тармақ): бұйрықтың түрі — `landing-composition`, оны ұйымдастырушы шығарады, оған бұйрық күні ұйымдастырушыны басқарған адам (басшының міндетін атқарушы да) қол қояды, бұйрық десанттың бірінші күнінен кешіктірілмей шығарылады және онда десант мүшелері дәл көрсетіледі (бір бұйрық бірнеше десантты бекіте алады).',
      ru: 'Состав десанта утверждается приказом руководителя учебно-методического центра (п. 5.2): приказ типа `landing-composition` издан организатором, подписан тем, кто руководил организатором на дату приказа (в том числе исполняющим обязанности руководителя), датирован не позднее первого дня десанта и перечисляет в точности членов десанта (один приказ может утверждать несколько десантов).',
      en: 'The composition of the landing is approved by an order of the centre\'s head (5.2): an order of type landing-composition, issued by the organizer, signed by whoever headed it on the order\'s date (an acting head counts), dated on or before the landing\'s first day, listing exactly the landing\'s members (one order may approve several landings).',
    },
    details: {
      kk: [
        'Бұйрық ретінде `landing.order` өрісінде аталған бұйрық алынады; ол болмаса — `subject` өрісінде осы десант көрсетілген немесе оны `subjects` тізімінде атайтын `landing-composition` түріндегі бұйрық (десант басталған күні немесе одан бұрын шыққандардың ең соңғысы).',
        'Әр себеп түзетілетін мәннің орнында жеке бұзушылық ретінде көрсетіледі: бұйрық жоқ (десант жазбасында); `type` мәні `landing-composition` емес (онда басқа ештеңе тексерілмейді: бұл құрамды бекіту туралы бұйрық емес); `subject` басқа жазбаны атайды; `issuer` — ұйымдастырушы емес; `signed_by` көрсетілмеген немесе қол қоюшы бұйрық күні ұйымдастырушының басшысы болмаған — сол кездегі жағдай бойынша бағаланады (каталог v2): кезеңдері мен міндет атқарушылары көрсетілген `heads:` бойынша, ал тарихы жоқ болса, `director` өрісіндегі адам және лауазымы `director` болып көрсетілген қызметкерлер белгілі бір уақыттағы басшылар ретінде алынып, `heads:` толтыру ұсынылады (ұйымдастырушының бірде-бір басшысы көрсетілмесе, қолтаңбаны тексеру мүмкін емес екені туралы бұзушылық беріледі); `date` күні `dates.from` күнінен кейін (бір күнде болса, талапқа сай);',
        'сондай-ақ `members`: бұйрықта жоқ десант мүшелері және бұйрықта бар, бірақ десант мүшесі емес адамдар аталады (аты-жөні мен id-і); бірнеше десантты бекітетін бұйрықта (`subjects`) адам солардың кез келгенінің мүшесі болса, бұйрықта болуға тиіс деп саналады. Тізімдегі реті маңызды емес; екі рет көрсетілген адам бір рет есептеледі.',
        'Бұйрықтан кейін құрам өзгерсе (мүшелердің бірі ауыстырылса), орталық жаңа құрамды толық көрсететін өзгерістер енгізу туралы бұйрық шығарады; `landing.order` өрісінде соны көрсетсеңіз, тексеруден өтеді.',
        'Десант мүшесі жалпы кім бола алатынын `landing/member-eligible` ережесі тексереді.',
      ].join(' '),
      ru: [
        'Приказом считается приказ, указанный в `landing.order`; если его нет — приказ типа `landing-composition`, в `subject` которого указан этот десант или в `subjects` которого он перечислен (из них — последний, датированный не позднее начала десанта).',
        'Каждая причина — отдельное нарушение в месте значения, которое нужно исправить: нет приказа (в записи десанта); `type` не `landing-composition` (тогда больше ничего не проверяется: это не приказ о составе); `subject` указывает на другую запись; `issuer` — не организатор; `signed_by` не указан или подписавший не был руководителем организатора на дату приказа — оценивается по положению на тот момент (каталог v2): по `heads:` с периодами и исполняющими обязанности, а при отсутствии истории руководителями без привязки к датам считаются лицо из поля `director` и сотрудники с должностью `director`, с подсказкой заполнить `heads:` (а если у организатора не указан ни один руководитель — нарушение о том, что подпись проверить нельзя); `date` позже `dates.from` (в тот же день — допустимо);',
        'а также `members`: называются члены десанта, которых нет в приказе, и лица из приказа, не являющиеся членами десанта (ФИО и id); для приказа, утверждающего несколько десантов (`subjects`), лицо считается ожидаемым, если оно член любого из них. Порядок в списке не важен; указанный дважды учитывается один раз.',
        'Если после приказа состав меняется (один из членов заменён), центр издаёт приказ о внесении изменений с полным новым составом; укажите его в `landing.order`, и проверка будет пройдена.',
        'Кто вообще может быть членом десанта, проверяет правило `landing/member-eligible`.',
      ].join(' '),
      en: [
        'The order is the one named by `landing.order`; without it, an order of type landing-composition whose `subject` is the landing, or that lists it in `subjects` (the latest dated on or before the start).',
        'Each cause is its own finding at the value to fix: no order (at the landing); `type` not landing-composition (then nothing else is checked: it is not a composition order); `subject` naming another record; `issuer` not the organizer; `signed_by` missing or not a head of the organizer on the order\'s date — judged as things stood then (catalog v2): `heads:` with its periods and acting heads, or, without a history, `director` and staff with position director as heads of some time, with a hint to record `heads:` (and, when the organizer records no head at all, a finding that the signature cannot be checked); `date` after `dates.from` (the same day passes);',
        'and `members`: the members of the landing missing from the order and the people in the order who are not members of the landing are named (name and id); for an order that approves several landings (`subjects`), a person counts as expected if they are a member of any of them. Order is irrelevant; a person listed twice counts once.',
        'When the composition changes after the order (a member replaced), the centre issues an amending order with the full new composition; point `landing.order` at it and the check passes.',
        'Who may be a member at all is landing/member-eligible\'s business.',
      ].join(' '),
    },
    examples: {
      pass: 'orders:\n  - { id: ord-1, number: "31-н", date: 2026-02-20, issuer: kar-umc, signed_by: kar-s001, type: landing-composition, subject: md-1, members: [kar-s002, kar-s003] }\nlandings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, order: ord-1, dates: { from: 2026-03-10, to: 2026-03-12 }, members: [kar-s003, kar-s002] }\n',
      fail: 'orders:\n  - { id: ord-1, number: "31-н", date: 2026-02-20, issuer: kar-umc, signed_by: kar-s002, type: landing-composition, subject: md-1, members: [kar-s002] }   # signed by the deputy; kar-s003 missing\nlandings:\n  - { id: md-1, organizer: kar-umc, target: kar-sch-12, order: ord-1, dates: { from: 2026-03-10, to: 2026-03-12 }, members: [kar-s002, kar-s003] }\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const l of ctx.view.landings) {
      const organizerOrg = data.org(l.organizer);
      const organizer = orgLabel(data, l.organizer);
      const found = compositionOrder(data, l);
      if (!found) {
        ctx.report({ messageId: 'missing', subject: l.id, at: l, path: ['order'], data: { organizer, id: l.id } });
        continue;
      }
      const o = found.order;
      const base = { number: o.number, orderDate: o.date };
      const related = [{ at: l, path: ['id'], note: l.id }];
      if (o.type !== 'landing-composition') {
        ctx.report({ messageId: 'wrongType', subject: l.id, at: o, path: ['type'], data: { ...base, type: o.type }, related });
        continue;
      }
      if (o.subject && o.subject !== l.id && !o.subjects?.includes(l.id)) {
        ctx.report({ messageId: 'otherSubject', subject: l.id, at: o, path: ['subject'], data: { ...base, other: o.subject }, related });
      }
      if (o.issuer !== l.organizer) {
        ctx.report({ messageId: 'wrongIssuer', subject: l.id, at: o, path: ['issuer'], data: { ...base, issuer: orgLabel(data, o.issuer), organizer }, related });
      }
      const head = judgeHead(data, o.signed_by, l.organizer, o.date);
      if (data.headTerms(l.organizer).length === 0) {
        if (organizerOrg) ctx.report({ messageId: 'noDirector', subject: l.id, at: organizerOrg, path: organizerOrg.heads ? ['heads'] : ['director'], data: { ...base, organizer }, related: [{ at: o, path: ['signed_by'], note: o.id }] });
      } else if (!o.signed_by) {
        ctx.report({ messageId: 'unsigned', subject: l.id, at: o, path: ['signed_by'], data: { ...base, organizer, director: head.heads, headsHint: head.hint }, related });
      } else if (!head.ok) {
        ctx.report({ messageId: 'notDirector', subject: l.id, at: o, path: ['signed_by'], data: { ...base, signer: personLabel(data, o.signed_by), organizer, director: head.heads, headsHint: head.hint }, related });
      }
      if (o.date > l.dates.from) {
        ctx.report({ messageId: 'late', subject: l.id, at: o, path: ['date'], data: { ...base, start: l.dates.from }, related: [{ at: l, path: ['dates', 'from'], note: l.id }] });
      }
      const inOrder = new Set(o.members ?? []);
      const inLanding = new Set(l.members ?? []);
      if (inOrder.size === 0 && inLanding.size === 0) {
        ctx.report({ messageId: 'noMembers', subject: l.id, at: o, path: ['members'], data: base, related });
        continue;
      }
      const missing = [...inLanding].filter((m) => !inOrder.has(m));
      // One order may approve several landings (`subjects`): its members are then the union of theirs.
      const together = new Set(inLanding);
      for (const id of o.subjects ?? []) for (const m of data.get('landings', id)?.members ?? []) together.add(m);
      const extra = [...inOrder].filter((m) => !together.has(m));
      const rel = [{ at: l, path: ['members'], note: `${l.id}: members` }];
      if (missing.length && extra.length) {
        ctx.report({ messageId: 'membersDiffer', subject: l.id, at: o, path: ['members'], data: { ...base, missing: people(data, missing), extra: people(data, extra) }, related: rel });
      } else if (missing.length) {
        ctx.report({ messageId: 'membersMissing', subject: l.id, at: o, path: ['members'], data: { ...base, missing: people(data, missing) }, related: rel });
      } else if (extra.length) {
        ctx.report({ messageId: 'membersExtra', subject: l.id, at: o, path: ['members'], data: { ...base, extra: people(data, extra) }, related: rel });
      }
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: compositionOrderObligations,
});
