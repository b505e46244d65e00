import type { Order } from '../../src/schema/collections.js';
import type { ReportInput } from '../../src/engine/rule.js';
import { judgeHead, orgName, personName, rule } from './_view.js';
import { directorOrderObligations } from './_obligations.js';

export default rule({
  id: 'open-door-day/director-order',
  clauses: ['1.6'],
  severity: 'error',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    missing: {
      kk: 'Ашық есік күнін ұйымдастыру және өткізу тәртібін айқындайтын директор бұйрығы жоқ: order өрісі толтырылмаған, {event} туралы open-door-day түріндегі бұйрық та табылмады',
      ru: 'Нет приказа директора, определяющего порядок организации и проведения дня открытых дверей: поле order не заполнено, и приказа типа open-door-day, изданного о нём (subject: {event}), не найдено',
      en: 'No director\'s order sets how this open door day is organised and held: `order` is empty and no order of type open-door-day has {event} as its subject',
    },
    wrongType: {
      kk: '{date} ж. №{number} бұйрықтың түрі — «{type}»; ашық есік күнін open-door-day түріндегі бұйрық реттейді',
      ru: 'Приказ от {date} № {number} имеет тип «{type}»; день открытых дверей регулирует приказ типа open-door-day',
      en: 'Order No. {number} of {date} is of type "{type}"; an open door day is regulated by an order of type open-door-day',
    },
    otherEvent: {
      kk: '{date} ж. №{number} бұйрық басқа жазбаға ({subject}) арналған, {event} ашық есік күніне емес',
      ru: 'Приказ от {date} № {number} издан о другой записи ({subject}), а не о дне открытых дверей {event}',
      en: 'Order No. {number} of {date} is about another record ({subject}), not about the open door day {event}',
    },
    otherIssuer: {
      kk: '{date} ж. №{number} бұйрықты {issuer} шығарған, ал ашық есік күнін ұйымдастырушы — {organizer}',
      ru: 'Приказ от {date} № {number} издан организацией {issuer}, а день открытых дверей проводит {organizer}',
      en: 'Order No. {number} of {date} was issued by {issuer}, but the open door day is organised by {organizer}',
    },
    unsigned: {
      kk: '{date} ж. №{number} бұйрыққа кім қол қойғаны көрсетілмеген (signed_by); оған бұйрық күні ұйымдастырушыны басқарған директор (немесе оның міндетін атқарушы) қол қояды (сол күні — {director}){headsHint}',
      ru: 'В приказе от {date} № {number} не указано, кто его подписал (signed_by); приказ подписывает директор организатора на дату приказа (или исполняющий его обязанности) (на эту дату — {director}){headsHint}',
      en: 'Order No. {number} of {date} does not say who signed it (signed_by); whoever headed the organizer on the order\'s date signs it, an acting head included (that day: {director}){headsHint}',
    },
    notDirector: {
      kk: '{date} ж. №{number} бұйрыққа {signer} қол қойған, ол бұйрық күні ұйымдастырушының директоры да, директордың міндетін атқарушы да болмаған (сол күні — {director}){headsHint}',
      ru: 'Приказ от {date} № {number} подписан не директором организатора на дату приказа и не исполняющим его обязанности: подписал(а) {signer} (на эту дату — {director}){headsHint}',
      en: 'Order No. {number} of {date} is signed by {signer}, who neither headed the organizer nor acted as its head on that day (that day: {director}){headsHint}',
    },
    late: {
      kk: '{date} ж. №{number} бұйрық ашық есік күнінен ({eventDate}) кейін шығарылған; бұйрық іс-шараға дейін шығарылуы тиіс',
      ru: 'Приказ от {date} № {number} издан после дня открытых дверей ({eventDate}); приказ издаётся до мероприятия',
      en: 'Order No. {number} is dated {date}, after the open door day ({eventDate}); the order comes before the event',
    },
  },
  docs: {
    summary: {
      kk: 'Әр ашық есік күні ұйымдастырушы директорының бұйрығымен реттеледі (1.6-тармақ): бұйрықтың түрі — `open-door-day`, ол осы іс-шара туралы, оны ұйымдастырушының өзі шығарған, оған бұйрық күні ұйымдастырушыны басқарған адам қол қойған (директордың міндетін атқарушы да есептеледі) және оның күні іс-шара күнінен кеш емес.',
      ru: 'Каждый день открытых дверей регулируется приказом директора организатора (пункт 1.6): приказ типа `open-door-day`, изданный об этом мероприятии самим организатором, подписанный тем, кто руководил организатором на дату приказа (исполняющий обязанности тоже засчитывается), и датированный не позднее дня мероприятия.',
      en: 'Each open door day rests on an order (бұйрық) of the organizer\'s director of type open-door-day, about this event, issued by the organizer, signed by whoever headed the organizer on the order\'s date (an acting head counts) and dated on or before the event (clause 1.6).',
    },
    details: {
      kk: [
        'Бұйрық — іс-шараның `order` өрісі көрсеткен бұйрық; іс-шарада ол көрсетілмесе, `subject` өрісі осы іс-шара болатын `open-door-day` түріндегі бұйрық алынады (ақауы жоқ біріншісі; бәрінде ақау болса, файлдардағы біріншісі бойынша хабарланады). Бұйрықтағы әр ақау — жеке бұзушылық, ол түзетілетін мәнге көрсетіледі: бұйрық жоқ (іс-шараға), түрі қате (`order.type`), басқа жазба туралы (`order.subject`), басқа ұйым шығарған (`order.issuer`), кім қол қойғаны көрсетілмеген немесе оған ұйымдастырушының директоры қол қоймаған (`order.signed_by`), іс-шарадан кейін шығарылған (`order.date`). Іс-шара күні шығарылған бұйрық бұзушылық емес.',
        'Іс-шара сілтейтін, бірақ `subject` өрісі жоқ бұйрық осы іс-шара туралы деп есептеледі (іс-шараның өзі оны көрсетеді); іс-шараны `subjects` тізімінде атайтын бұйрық та солай есептеледі (бір бұйрық бірнеше жазбаны реттей алады). Ешбір бұйрықты көрсетпейтін `order` мәні екі рет хабарланбауы үшін әрқашан іске қосылатын `data/unknown-reference` ережесіне қалдырылады.',
        'Қолтаңба бүгінгі жазбалар бойынша емес, бұйрық күнгі жағдай бойынша бағаланады: 2024 жылы сол жылғы директор қол қойған бұйрық ол жұмыстан кеткеннен кейін де күшінде қалады. Сол күні ұйымдастырушыны кім басқарғанын оның `heads:` тізімі көрсетеді (кезеңдер, директордың міндетін атқарушылар — `acting: true`). Басшылар тарихы жоқ болса, ұйымның `director` өрісіндегі адам және лауазымы `director` болған әр қызметкері, бүгінгі мәртебесіне қарамастан (жазылған болса, `hired`/`left` шегінде), әр кезеңдегі басшылар деп есептеледі, ал бұзушылық `heads:` тізімін толтыруды сұрайды.',
        'Әлі өтпеген күн бұйрықсыз бұзушылық емес: 1.6-тармақ бұйрықты күн алдында талап етеді, айлар бұрын емес. Бұйрықтың мерзімі — іс-шара күні (`ereje agenda` оны тізімге енгізеді, `ereje new` күнді қосқанда оны айтады); бұйрықсыз күннің келесі күнінен бастап бұзушылық болады. Бұйрық — ашық есік күнінің алғашқы құжаты (оны `ereje render order` жасайды).',
      ].join('\n\n'),
      ru: [
        'Приказ — тот, что указан в поле `order` мероприятия; если мероприятие его не называет, берётся приказ типа `open-door-day`, у которого `subject` — это мероприятие (первый без недостатков; если недостатки есть у всех, сообщается о первом по порядку в файлах). Каждый недостаток приказа — отдельное нарушение с указанием на значение, которое нужно исправить: приказа нет (на мероприятие), неверный тип (`order.type`), приказ о другой записи (`order.subject`), издан другой организацией (`order.issuer`), не указано, кто подписал, или подписал не директор организатора (`order.signed_by`), издан после мероприятия (`order.date`). Приказ, изданный в день мероприятия, допускается.',
        'Приказ, на который ссылается мероприятие и у которого нет `subject`, считается изданным об этом мероприятии (мероприятие само на него указывает); так же считается приказ, перечисляющий мероприятие в `subjects` (один приказ может регулировать несколько записей). Значение `order`, не указывающее ни на один приказ, оставляется правилу `data/unknown-reference`, которое работает всегда, чтобы не сообщать об одном и том же дважды.',
        'Подпись оценивается по положению на дату приказа, а не по сегодняшним записям: приказ, подписанный в 2024 году директором того года, остаётся действительным и после её ухода. Кто руководил организатором в тот день, показывает его список `heads:` (периоды, исполняющие обязанности — с `acting: true`). Если истории руководителей нет, руководителями в какой-то период считаются указанный у организации `director` и каждый её сотрудник с должностью `director`, независимо от нынешнего статуса (в пределах `hired`/`left`, где они указаны), а нарушение предлагает заполнить `heads:`.',
        'День, который ещё впереди, без приказа нарушением не считается: пункт 1.6 требует приказа до дня, а не за месяцы. Срок приказа — день мероприятия (`ereje agenda` включает его в список, `ereje new` сообщает его при добавлении дня); со следующего дня после мероприятия без приказа это нарушение. Приказ — первый документ дня открытых дверей (его формирует `ereje render order`).',
      ].join('\n\n'),
      en: [
        'The order is the event\'s `order`; when the event names none, an order of type open-door-day whose `subject` is the event serves (the first one without a problem; if all have problems, the first in the files is reported). Each thing wrong with the order is its own finding, pointing at the value to fix: missing order (at the event), wrong type (order.type), about another record (order.subject), another issuer (order.issuer), no signature recorded or not signed by the organizer\'s director (order.signed_by), dated after the event (order.date). An order on the event\'s day passes.',
        'An order that the event names and that has no `subject` is taken to be about the event (the event points at it); so is an order that lists the event in `subjects` (one order may regulate several records). An `order` id that names no order is left to data/unknown-reference, which always runs, rather than reported twice.',
        'The signature is judged as things stood on the order\'s date, never by today\'s records: an order signed in 2024 by the director of 2024 stays valid after she leaves. Who headed the organizer that day comes from its `heads:` (periods, acting heads with `acting: true`). Without a history, its `director` and every staff member of it with position director, whatever their status today (bounded by `hired`/`left` where recorded), are taken as heads of some time, and a finding asks you to record `heads:`.',
        'A day still to come owes no order yet: clause 1.6 asks for the order before the day, not months ahead. The order falls due on the day itself (`ereje agenda` lists it, and `ereje new` says so when the day is added); from the day after, a day without its order is reported. The order is the first document of an open door day (`ereje render order` prints it).',
      ].join('\n\n'),
    },
    examples: {
      pass: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, order: ord-15 }\norders:\n  - { id: ord-15, number: "15-н", date: 2026-01-28, issuer: tur-bdo, signed_by: tur-s001, type: open-door-day, subject: odd-q1 }\n',
      fail: 'open_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, order: ord-15 }\norders:\n  - { id: ord-15, number: "15-н", date: 2026-02-13, issuer: tur-bdo, signed_by: tur-s002, type: open-door-day, subject: odd-q1 }   # after the event, signed by the deputy\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const event of ctx.view.events) {
      const problems = (order: Order, named: boolean): ReportInput[] => {
        const out: ReportInput[] = [];
        const base = { number: order.number, date: order.date };
        const related = [{ at: event, path: named ? ['order'] : ['id'], note: event.id }];
        const at = (path: string[], messageId: string, extra: Record<string, unknown> = {}): ReportInput => ({
          messageId,
          subject: event.id,
          at: order,
          path,
          data: { ...base, ...extra },
          related,
        });
        if (order.type !== 'open-door-day') out.push(at(['type'], 'wrongType', { type: order.type }));
        if (order.subject && order.subject !== event.id && !order.subjects?.includes(event.id)) out.push(at(['subject'], 'otherEvent', { subject: order.subject, event: event.id }));
        if (order.issuer !== event.organizer) out.push(at(['issuer'], 'otherIssuer', { issuer: orgName(data, order.issuer), organizer: orgName(data, event.organizer) }));
        const head = judgeHead(data, order.signed_by, event.organizer, order.date);
        if (!order.signed_by) out.push(at(['signed_by'], 'unsigned', { director: head.heads, headsHint: head.hint }));
        else if (!head.ok) {
          out.push(at(['signed_by'], 'notDirector', { signer: personName(data, order.signed_by), director: head.heads, headsHint: head.hint }));
        }
        if (order.date > event.date) out.push(at(['date'], 'late', { eventDate: event.date }));
        return out;
      };

      let found: ReportInput[] | null = null;
      if (event.order) {
        const order = data.order(event.order);
        if (!order) continue; // data/unknown-reference reports it
        found = problems(order, true);
      } else {
        const candidates = data.ordersRegulating(event.id).filter((o) => o.type === 'open-door-day');
        for (const order of candidates) {
          const p = problems(order, false);
          if (!p.length) {
            found = [];
            break;
          }
          found ??= p;
        }
      }
      if (found === null) {
        // Clause 1.6 asks for the order before the day, not months ahead: a day still to come
        // owes nothing yet (the agenda lists it, due on the day); from the day after, it is late.
        if (event.date >= ctx.asOf) continue;
        ctx.report({ messageId: 'missing', subject: event.id, at: event, path: ['order'], data: { event: event.id } });
        continue;
      }
      for (const r of found) ctx.report(r);
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: directorOrderObligations,
});
