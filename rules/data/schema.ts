import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';

export default ruleFor<Dataset>()({
  id: 'data/schema',
  clauses: [],
  severity: 'error',
  subject: 'record id (or file)',
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
      kk: '{field}: «{value}» — нақты күн емес (YYYY-MM-DD түрінде, мысалы 2026-02-28)',
      ru: '{field}: «{value}» — не существующая дата (формат YYYY-MM-DD, например 2026-02-28)',
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
    other: {
      kk: '{field}: {detail}',
      ru: '{field}: {detail}',
      en: '{field}: {detail}',
    },
  },
  docs: {
    summary: 'Every record has the fields docs/data-format.md gives it, with the right types: required fields present, no unknown keys (with a "did you mean" hint), enumerated values from their lists, real calendar dates (no 2026-02-30), ids of lower-case ASCII.',
    details: 'A record with a schema error is not checked by the regulation rules (its id still resolves, so other records pointing at it are not reported twice). Fields that a regulation requires are reported by that regulation\'s rule with its clause, not here.',
    examples: {
      pass: 'open_door_days:\n  - id: odd-2026-q1\n    organizer: tur-bdo\n    date: 2026-02-12\n',
      fail: 'open_door_days:\n  - id: odd-2026-q1\n    organiser: tur-bdo   # did you mean "organizer"?\n    date: 2026-02-30     # not a real date\n',
    },
  },
});
