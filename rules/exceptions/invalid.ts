import { ruleFor } from '../../src/engine/rule.js';

export default ruleFor<null>()({
  id: 'exceptions/invalid',
  clauses: [],
  severity: 'error',
  subject: { kk: 'ерекшеліктер файлы немесе ондағы жазба (ереже мен нысан)', ru: 'файл исключений или запись в нём (правило и объект)', en: 'the exceptions file, or the entry (rule and subject)' },
  reportedBy: 'exceptions',
  alwaysOn: true,
  messages: {
    syntax: {
      kk: 'Ерекшеліктер файлы оқылмады: {reason}',
      ru: 'Файл исключений не читается: {reason}',
      en: 'The exceptions file does not read: {reason}',
    },
    shape: {
      kk: 'Ерекшеліктер файлының жоғарғы деңгейі «exceptions:» тізімі болуы керек',
      ru: 'Верхний уровень файла исключений должен быть списком «exceptions:»',
      en: 'The top level of the exceptions file must be a list under "exceptions:"',
    },
    missing: {
      kk: 'Ерекшелікте мына өрістер жоқ: {fields}; әр ерекшелікте rule, subject, reason, approved_by, approved_on және expires болуы керек',
      ru: 'В исключении нет полей: {fields}; у каждого исключения должны быть rule, subject, reason, approved_by, approved_on и expires',
      en: 'The exception lacks: {fields}; every exception needs rule, subject, reason, approved_by, approved_on and expires',
    },
    unknownField: {
      kk: 'Ерекшелікте белгісіз өріс «{field}»{hint}',
      ru: 'Неизвестное поле исключения «{field}»{hint}',
      en: 'Unknown field "{field}" in the exception{hint}',
    },
    notText: {
      kk: '«{field}» мәтін болуы керек (бос емес)',
      ru: '«{field}» должно быть непустым текстом',
      en: '"{field}" must be a non-empty text',
    },
    badDate: {
      kk: '«{field}» күні ЖЖЖЖ-АА-КК түрінде нақты күн болуы керек, берілгені: {value}',
      ru: '«{field}» должно быть настоящей датой в виде ГГГГ-ММ-ДД, получено: {value}',
      en: '"{field}" must be a real date written YYYY-MM-DD, got: {value}',
    },
    expiresBeforeApproval: {
      kk: 'Мерзімі ({expires}) бекітілген күннен ({approved}) бұрын аяқталады',
      ru: 'Срок ({expires}) истекает раньше даты утверждения ({approved})',
      en: 'The expiry date ({expires}) comes before the approval date ({approved})',
    },
    unknownRule: {
      kk: 'Мұндай ереже жоқ: {value}{hint}',
      ru: 'Нет такого правила: {value}{hint}',
      en: 'No such rule: {value}{hint}',
    },
    ownRule: {
      kk: '{value} ережесінің өз бұзушылықтарына ерекшелік жасалмайды',
      ru: 'Исключения для нарушений правила {value} не допускаются',
      en: 'The findings of {value} cannot be excepted',
    },
    unknownApprover: {
      kk: 'Бекіткен адам «{value}» қызметкерлер тізімінде жоқ{hint}: ерекшелік қолданылмайды',
      ru: 'Утвердившего «{value}» нет среди сотрудников{hint}: исключение не применяется',
      en: 'The approver "{value}" is not among the staff{hint}: the exception is not applied',
    },
    approverNotStaffThen: {
      kk: '«{value}» бекіткен күні ({date}) қызметкер емес еді (қабылданған: {hired}, кеткен: {left}): ерекшелік қолданылмайды',
      ru: '«{value}» не был(а) сотрудником в день утверждения ({date}; принят(а): {hired}, уволен(а): {left}): исключение не применяется',
      en: '"{value}" was not on the staff on the approval date ({date}; hired: {hired}, left: {left}): the exception is not applied',
    },
  },
  docs: {
    summary: {
      kk: 'Ерекшеліктер файлының әр жазбасында ереже мен нысан, себебі, ерекшелікті кім бекіткені (деректердегі қызметкердің id-і; бекіту күні ол қызметкерлер құрамында болуы тиіс), қашан бекіткені және мерзімінің аяқталу күні көрсетіледі; дұрыс ресімделмеген жазба өз жолында бұзушылық ретінде көрсетіледі және қолданылмайды.',
      ru: 'В каждой записи файла исключений указываются правило и объект, причина, кто утвердил исключение (id сотрудника из данных, состоявшего в штате в день утверждения), когда и до какого дня оно действует; неправильно оформленная запись указывается как нарушение в своей строке и не применяется.',
      en: 'Every entry of the exceptions file names a rule and a subject, a reason, who approved it (a staff id of the data, on the staff that day), when, and an expiry date; a malformed entry is reported at its line and not applied.',
    },
    details: {
      kk: 'Міндетті емес өрістер: `path` (жазбаның ішіндегі өріс, мысалы, `requested[2].covers`; `requested` сияқты бастапқы бөлігі оның ішіндегі барлық өрісті қамтиды), `period` (мысалы, `2026-Q3`), `decision` (шешім қабылданған бұйрық немесе хаттама). Қолданылмаған жазбаның бұзушылықтары есепте көрсетіле береді; керісінше ешқашан болмайды.',
      ru: 'Необязательные поля: `path` (поле внутри записи, например `requested[2].covers`; начальная часть пути, такая как `requested`, охватывает все вложенные в неё поля), `period` (например, `2026-Q3`), `decision` (приказ или протокол, которым принято решение). Если запись не применяется, её нарушения остаются в отчёте; обратного не бывает никогда.',
      en: 'Optional fields: `path` (the field inside the record, e.g. `requested[2].covers`; a prefix such as `requested` covers every field below it), `period` (e.g. `2026-Q3`), `decision` (the order or minutes that decided it). An entry that does not apply leaves its findings reported, never the other way round.',
    },
    examples: {
      pass: 'exceptions:\n  - rule: open-door-day/request-lead-time\n    subject: req-tur-2026-007\n    reason: "Өтінім 2024 жылы ескі тәртіппен берілген"\n    approved_by: tur-s001\n    approved_on: 2026-11-20\n    decision: "Әдістемелік кеңес хаттамасы № 3"\n    expires: 2027-06-30\n',
      fail: 'exceptions:\n  - rule: open-door-day/request-lead-time\n    subject: req-tur-2026-007\n    approved_by: tur-s001\n    expires: 2027-06-31      # no reason, no approval date, no such day\n',
    },
  },
});
