import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Organization } from '../../src/schema/collections.js';

type HeadEntry = NonNullable<Organization['heads']>[number];
const OPEN_FROM = '0000-01-01', OPEN_TO = '9999-12-31';
const span = (h: HeadEntry) => ({ from: h.from ?? OPEN_FROM, to: h.to ?? OPEN_TO });
const shown = (d: string, lang: 'from' | 'to') => (d === OPEN_FROM || d === OPEN_TO ? (lang === 'from' ? '…' : '…') : d);

export default ruleFor<Dataset>()({
  id: 'data/schema',
  clauses: [],
  severity: 'error',
  subject: { kk: 'жазбаның id-і (немесе файл)', ru: 'id записи (или файл)', en: 'record id (or file)' },
  reportedBy: 'loader',
  alwaysOn: true,
  messages: {
    topLevel: {
      kk: 'Файлдың жоғарғы деңгейі жинақтар картасы болуы керек (organizations:, staff:, …)',
      ru: 'Верхний уровень файла должен быть набором коллекций (organizations:, staff:, …)',
      en: 'The top level of a file must be a mapping of collections (organizations:, staff:, …)',
    },
    unknownCollection: {
      kk: 'Белгісіз жинақ «{key}»{hint}',
      ru: 'Неизвестная коллекция «{key}»{hint}',
      en: 'Unknown collection "{key}"{hint}',
    },
    notAList: {
      kk: '{collection} жазбалар тізімі болуы керек (әр жазба «- » белгісімен)',
      ru: '{collection} должна быть списком записей (каждая запись с «- »)',
      en: '{collection} must be a list of records (each starting with "- ")',
    },
    notARecord: {
      kk: '{collection} тізімінің элементі жазба (кілт: мән) болуы керек',
      ru: 'Элемент {collection} должен быть записью (ключ: значение)',
      en: 'An item of {collection} must be a record (key: value)',
    },
    unknownKey: {
      kk: '{field}: белгісіз кілт «{key}»{hint}',
      ru: '{field}: неизвестный ключ «{key}»{hint}',
      en: '{field}: unknown key "{key}"{hint}',
    },
    missing: {
      kk: '{field}: міндетті өріс жоқ',
      ru: '{field}: нет обязательного поля',
      en: '{field}: required field is missing',
    },
    type: {
      kk: '{field}: «{value}» орнына {expected} күтілді',
      ru: '{field}: ожидалось {expected}, а указано «{value}»',
      en: '{field}: expected {expected}, found "{value}"',
    },
    enum: {
      kk: '{field}: «{value}» рұқсат етілмеген мән{hint} (мүмкін: {values})',
      ru: '{field}: недопустимое значение «{value}»{hint} (возможные: {values})',
      en: '{field}: "{value}" is not allowed{hint} (one of: {values})',
    },
    date: {
      kk: '{field}: «{value}» — нақты күн емес (ЖЖЖЖ-АА-КК түрінде, мысалы 2026-02-28)',
      ru: '{field}: «{value}» — несуществующая дата (формат ГГГГ-ММ-ДД, например 2026-02-28)',
      en: '{field}: "{value}" is not a real calendar date (YYYY-MM-DD, e.g. 2026-02-28)',
    },
    id: {
      kk: '{field}: «{value}» жарамды id емес (кіші латын әріптері, цифрлар, «.», «_», «-»)',
      ru: '{field}: «{value}» — недопустимый id (строчные латинские буквы, цифры, «.», «_», «-»)',
      en: '{field}: "{value}" is not a valid id (lower-case latin letters, digits, ".", "_", "-")',
    },
    time: {
      kk: '{field}: «{value}» уақыт емес (СС:ММ, мысалы 10:00)',
      ru: '{field}: «{value}» — не время (ЧЧ:ММ, например 10:00)',
      en: '{field}: "{value}" is not a time (HH:MM, e.g. 10:00)',
    },
    periodOrder: {
      kk: '{field}: кезеңнің соңы (to) басынан (from) бұрын',
      ru: '{field}: конец периода (to) раньше начала (from)',
      en: '{field}: the period ends (to) before it starts (from)',
    },
    text: {
      kk: '{field}: мәтін немесе {kk: …, ru: …} күтілді',
      ru: '{field}: ожидался текст или {kk: …, ru: …}',
      en: '{field}: expected text, or {kk: …, ru: …}',
    },
    tooSmall: {
      kk: '{field}: {value} тым кіші (ең азы {limit})',
      ru: '{field}: {value} слишком мало (не меньше {limit})',
      en: '{field}: {value} is too small (at least {limit})',
    },
    tooBig: {
      kk: '{field}: {value} тым үлкен (ең көбі {limit})',
      ru: '{field}: {value} слишком велико (не больше {limit})',
      en: '{field}: {value} is too large (at most {limit})',
    },
    leftBeforeHired: {
      kk: '{field}: соңғы жұмыс күні ({left}) жұмысқа қабылданған күннен ({hired}) бұрын',
      ru: '{field}: последний рабочий день ({left}) раньше даты приёма ({hired})',
      en: '{field}: the last working day ({left}) is before the hiring date ({hired})',
    },
    headOtherOrg: {
      kk: '{field}: {person} — {org} ұйымының қызметкері, {self} ұйымының басшысы бола алмайды (heads тек осы ұйымның қызметкерлерін атайды)',
      ru: '{field}: {person} — сотрудник организации {org}, а не {self} (heads называет только сотрудников этой организации)',
      en: '{field}: {person} is on the staff of {org}, not of {self} (heads names only this organisation\'s staff)',
    },
    headsOverlap: {
      kk: '{field}: {person} басшылық кезеңі ({from} – {to}) {other} кезеңімен ({otherFrom} – {otherTo}) қабаттасады; кезеңдер қабаттаспауы тиіс, тек міндетін атқарушы (acting: true) басшы кезеңінің ішінде бола алады',
      ru: '{field}: период руководства {person} ({from} – {to}) пересекается с периодом {other} ({otherFrom} – {otherTo}); периоды не пересекаются, кроме периода исполняющего обязанности (acting: true) внутри периода руководителя',
      en: '{field}: the period of {person} ({from} – {to}) overlaps that of {other} ({otherFrom} – {otherTo}); heads\' periods must not overlap, except an acting head (acting: true) inside a head\'s period',
    },
    other: {
      kk: '{field}: {detail}',
      ru: '{field}: {detail}',
      en: '{field}: {detail}',
    },
  },
  docs: {
    summary: {
      kk: 'Әр жазбада `docs/data-format.md` белгілеген өрістер дұрыс түрлерімен болады: міндетті өрістер бар, белгісіз кілттер жоқ («… болуы мүмкін бе?» деген кеңеспен), санамаланған мәндер өз тізімінен алынған, күндер — нақты күнтізбелік күндер (`2026-02-30` емес), id-лер кіші ASCII әріптерімен жазылған.',
      ru: 'В каждой записи есть поля, которые задаёт `docs/data-format.md`, с правильными типами: обязательные поля на месте, неизвестных ключей нет (с подсказкой «возможно, …?»), перечислимые значения взяты из своих списков, даты — настоящие календарные (не `2026-02-30`), id — из строчных букв ASCII.',
      en: 'Every record has the fields docs/data-format.md gives it, with the right types: required fields present, no unknown keys (with a "did you mean" hint), enumerated values from their lists, real calendar dates (no 2026-02-30), ids of lower-case ASCII.',
    },
    details: {
      kk: [
        'Схема қатесі бар жазбаны құжаттардың ережелері тексермейді (оның id-і бәрібір танылады, сондықтан оған сілтеме жасайтын басқа жазбалар екінші рет хабарланбайды). Құжат міндеттейтін өрістерді мұнда емес, сол құжаттың ережесі өз тармағына сілтеме жасап хабарлайды.',
        'Уақыт бойынша адамдар (каталог v2) файлдар оқылғаннан кейін жазбалар арасында тексеріледі: қызметкердің `left` күні оның `hired` күнінен бұрын; ұйымның `heads` жазбасы басқа ұйымның қызметкерін атайды; басшылардың кезеңдері қабаттасады (міндет атқарушы басшы, `acting: true`, басшы кезеңінің толығымен ішінде бола алады — міндет атқару деген осы, — бірақ оның шетінен асып кетпеуі және басқа міндет атқарушының кезеңімен қабаттаспауы керек). Әрқайсысы өз жолында хабарланады.',
      ].join('\n\n'),
      ru: [
        'Запись с ошибкой схемы не проверяется правилами по документам (её id при этом распознаётся, поэтому записи, ссылающиеся на неё, не отмечаются повторно). Поля, которых требует документ, отмечает не это правило, а правило этого документа со ссылкой на свой пункт.',
        'Люди во времени (каталог v2) проверяются по всем записям после чтения файлов: дата `left` сотрудника раньше его даты `hired`; запись `heads` организации называет сотрудника другой организации; периоды руководителей пересекаются (исполняющий обязанности, `acting: true`, может целиком находиться внутри периода руководителя — в этом и смысл исполнения обязанностей, — но не выходить за его границу и не пересекаться с другим исполняющим обязанности). Каждое замечание указывает на свою строку.',
      ].join('\n\n'),
      en: [
        'A record with a schema error is not checked by the regulation rules (its id still resolves, so other records pointing at it are not reported twice). Fields that a regulation requires are reported by that regulation\'s rule with its clause, not here.',
        'People in time (catalog v2) are checked across records once the files are read: a staff member\'s `left` before their `hired`; an organisation\'s `heads` entry naming staff of another organisation; heads\' periods that overlap (an acting head, `acting: true`, may sit wholly inside a head\'s period — that is what acting means — but not straddle its edge or overlap another acting head). Each is reported at its line.',
      ].join('\n\n'),
    },
    examples: {
      pass: 'open_door_days:\n  - id: odd-2026-q1\n    organizer: tur-bdo\n    date: 2026-02-12\n',
      fail: 'open_door_days:\n  - id: odd-2026-q1\n    organiser: tur-bdo   # did you mean "organizer"?\n    date: 2026-02-30     # not a real date\n',
    },
  },
  check(ctx) {
    const { data } = ctx;
    for (const p of data.staff) {
      if (p.left !== undefined && p.hired !== undefined && p.left < p.hired) {
        ctx.report({ messageId: 'leftBeforeHired', subject: p.id, at: p, path: ['left'], data: { field: 'staff.left', left: p.left, hired: p.hired } });
      }
    }
    for (const org of data.organizations) {
      const heads = org.heads ?? [];
      heads.forEach((h, i) => {
        const person = data.person(h.staff);
        if (person && person.org !== org.id) {
          ctx.report({ messageId: 'headOtherOrg', subject: org.id, at: org, path: ['heads', i, 'staff'], data: { field: 'heads.staff', person: person.name, org: data.org(person.org)?.name ?? person.org, self: org.name } });
        }
        if (h.from !== undefined && h.to !== undefined && h.to < h.from) {
          ctx.report({ messageId: 'periodOrder', subject: org.id, at: org, path: ['heads', i, 'to'], data: { field: 'heads.to' } });
        }
      });
      for (let j = 1; j < heads.length; j++) {
        const b = heads[j], sb = span(b);
        for (let i = 0; i < j; i++) {
          const a = heads[i], sa = span(a);
          if (sa.from > sa.to || sb.from > sb.to) continue;
          if (!(sa.from <= sb.to && sb.from <= sa.to)) continue; // no overlap
          if (a.acting !== b.acting) {
            const [head, acting] = a.acting ? [sb, sa] : [sa, sb];
            if (head.from <= acting.from && acting.to <= head.to) continue; // acting inside a head's period
          }
          ctx.report({
            messageId: 'headsOverlap',
            subject: org.id,
            at: org,
            path: ['heads', j],
            data: { field: 'heads', person: data.person(b.staff)?.name ?? b.staff, from: shown(sb.from, 'from'), to: shown(sb.to, 'to'), other: data.person(a.staff)?.name ?? a.staff, otherFrom: shown(sa.from, 'from'), otherTo: shown(sa.to, 'to') },
            related: [{ at: org, path: ['heads', i], note: a.staff }],
          });
          break;
        }
      }
    }
  },
});
