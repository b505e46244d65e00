import type { Staff } from '../../src/schema/collections.js';
import { rule } from './_view.js';

export default rule({
  id: 'open-door-day/all-staff',
  clauses: ['3.2'],
  severity: 'warning',
  subject: {
    kk: 'ашық есік күнінің id-і',
    ru: 'id дня открытых дверей',
    en: 'event id',
  },
  messages: {
    missing: {
      kk: 'Ашық есік күніне ұйымдастырушының барлық қызметкерлері қатысады, бірақ қатысушылар тізімінде {count} қызметкер жоқ: {names}',
      ru: 'В дне открытых дверей участвуют все сотрудники организатора, но в списке участников не указаны ({count}): {names}',
      en: 'All staff of the organizer take part in the open door day; missing from the participants ({count}): {names}',
    },
  },
  docs: {
    summary: {
      kk: 'Ашық есік күніне ұйымдастырушының барлық қызметкерлері қатысады (3.2-тармақ): іс-шара күні ұйымның қызметкері болған әр адам `participants` тізімінде болады; бұзушылықта кімнің жоқ екені аталады.',
      ru: 'В дне открытых дверей участвуют все сотрудники организатора (пункт 3.2): каждый, кто на дату мероприятия состоял в штате, есть в списке `participants`; в нарушении названы отсутствующие.',
      en: 'Every staff member of the organizer takes part (clause 3.2): each one active on the event date is among its `participants`; the finding names who is missing.',
    },
    details: {
      kk: [
        'Кім қатысуы тиіс: іс-шара күнгі ұйымдастырушының қызметкерлері — сол күні немесе одан бұрын жұмысқа қабылданған (`hired` күні жоқ болса, қабылданған деп есептеледі) және әлі жұмыстан кетпеген (соңғы жұмыс күні `left` сол күн немесе одан кейін) адамдар. Кейін жұмыстан кеткен, бірақ сол күні қызметкер болған адам да қатысуы тиіс еді (каталогтың v2 нұсқасы: жазба күнгі жағдай бойынша бағаланады). Қатысуы міндетті емес: демалыстағы қызметкерлер (деректерде демалыс күндері жоқ, сондықтан қазіргі мәртебесі алынады), `left` күні көрсетілмей жұмыстан босатылғандар (қашан кеткені белгісіз), іс-шарадан кейін қабылданғандар және одан бұрын кеткендер.',
        'Қатысушылар тізімі әлі толтырылмаған жоспарланған іс-шара (`participants` жоқ немесе бос) тексерілмейді: тізім іс-шара күніне дейін жасалады. Тізімі бар жоспарланған іс-шара және өткізілген әр іс-шара тексеріледі — тізімі жоқ өткізілген іс-шара бойынша барлық қызметкер аталады.',
        'Әр іс-шара бойынша бір бұзушылық: ол қатысушылар тізіміне көрсетіледі және жоқтардың бәрін атайды. Басқа ұйымдардың қатысушылары (аудандық кабинеттер, қонақтар) еркін қатыса береді, олар тексерілмейді.',
      ].join('\n\n'),
      ru: [
        'Кто должен участвовать: сотрудники организатора на дату мероприятия — принятые в этот день или раньше (нет даты `hired` — считается принятым) и ещё не уволившиеся (последний рабочий день `left` — в этот день или позже). Сотрудник, который уволился позже, но на дату мероприятия работал, тоже должен был участвовать (каталог v2: оценивается положение на дату записи). Участвовать не обязаны: сотрудники в отпуске (дат отпусков в данных нет, поэтому берётся текущий статус), уволенные без даты `left` (неизвестно, когда они ушли), принятые после мероприятия и уволившиеся до него.',
        'Запланированное мероприятие, у которого список участников ещё не заполнен (нет `participants` или список пуст), не проверяется: список составляется до дня мероприятия. Запланированное мероприятие со списком и каждое проведённое мероприятие проверяются — для проведённого мероприятия без списка называются все сотрудники.',
        'Одно нарушение на мероприятие: оно указывает на список участников и перечисляет всех отсутствующих. Участники из других организаций (районные кабинеты, гости) могут участвовать свободно и не проверяются.',
      ].join('\n\n'),
      en: [
        'Who must be there: the organizer\'s staff on the event date — hired on or before it (no `hired` date: taken as hired) and not yet gone (`left`, their last working day, on or after it). Someone who has since left but was staff on the day was expected (catalog v2: judged as things stood on the record\'s date). Not required: staff on leave (the data has no dates for leave, so the present status is used), people dismissed with no `left` date (when they left is unknown), people hired after the event and people who left before it.',
        'A planned event whose participant list is not filled yet (no `participants`, or an empty list) is not checked: the list is drawn up before the day. A planned event with a list, and every held event, are checked — a held event without a list reports every staff member.',
        'One finding per event, at its participants list, naming everyone missing. Participants from other organisations (district cabinets, guests) are welcome and not checked.',
      ].join('\n\n'),
    },
    examples: {
      pass: 'staff:\n  - { id: s1, name: "Өтегенов Н.", org: tur-bdo, position: director }\n  - { id: s2, name: "Сұлтанова М.", org: tur-bdo, position: methodologist, status: leave }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, status: held, participants: [s1] }\n',
      fail: 'staff:\n  - { id: s1, name: "Өтегенов Н.", org: tur-bdo, position: director }\n  - { id: s2, name: "Рүстемов Д.", org: tur-bdo, position: methodologist }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12, status: held, participants: [s1] }   # s2 missing\n',
    },
  },
  check(ctx) {
    for (const event of ctx.view.events) {
      const list = event.participants;
      if (event.status === 'planned' && !list?.length) continue;
      const present = new Set(list ?? []);
      const missing: Staff[] = [];
      for (const s of ctx.data.staffOf(event.organizer)) {
        if (s.status === 'leave' || (s.status === 'dismissed' && s.left === undefined)) continue;
        if (!ctx.data.isStaffOn(s.id, event.organizer, event.date)) continue;
        if (!present.has(s.id)) missing.push(s);
      }
      if (!missing.length) continue;
      ctx.report({
        messageId: 'missing',
        subject: event.id,
        at: event,
        path: ['participants'],
        data: { count: missing.length, names: missing.map((s) => s.name) },
      });
    }
  },
});
