/** What `ereje import` says, in Kazakh, Russian and English. */
import { addErrorMessages } from '../core/errors.js';
import { fmt, pickLocalized, type Lang, type Localized } from '../core/i18n.js';

export const IMPORT_MESSAGES: Record<string, Localized> = {
  date: {
    kk: '«{value}» күн ретінде оқылмады ({header} бағаны): 14.11.2026, 2026-11-14 немесе Excel күні керек',
    ru: '«{value}» не читается как дата (столбец «{header}»): нужна 14.11.2026, 2026-11-14 или дата Excel',
    en: '"{value}" does not read as a date (column "{header}"): write 14.11.2026, 2026-11-14 or an Excel date',
  },
  enum: {
    kk: '«{value}» — {header} бағанына белгісіз мән{hint}; белгілі мәндер: {known}. Басқа жазылуын --map файлының values бөліміне қосыңыз',
    ru: '«{value}» — неизвестное значение в столбце «{header}»{hint}; известные: {known}. Другое написание добавьте в раздел values файла --map',
    en: '"{value}" is not a known value for column "{header}"{hint}; known: {known}. Add other spellings under values in the --map file',
  },
  hint: {
    kk: ' («{word}» → {value} болуы мүмкін бе?)',
    ru: ' (может быть, «{word}» → {value}?)',
    en: ' (did you mean "{word}" → {value}?)',
  },
  missing: {
    kk: '{header} бос — бұл өріс ({field}) міндетті; жол импортталмады',
    ru: '«{header}» пусто — это поле ({field}) обязательно; строка не импортирована',
    en: '"{header}" is empty — this field ({field}) is required; the row was not imported',
  },
  'missing-column': {
    kk: '{field} өрісінің бағаны жоқ (ол міндетті): бағанды қосыңыз немесе --map файлында columns не fixed арқылы беріңіз',
    ru: 'Нет столбца для поля {field} (оно обязательно): добавьте столбец или задайте его в --map через columns или fixed',
    en: 'No column for the required field {field}: add one, or give it in the --map file under columns or fixed',
  },
  'bad-id': {
    kk: '«{value}» id бола алмайды: кіші латын әріптері, сандар, «.», «_» немесе «-»',
    ru: '«{value}» не может быть id: строчные латинские буквы, цифры, «.», «_» или «-»',
    en: '"{value}" cannot be an id: lower-case Latin letters, digits, ".", "_" or "-"',
  },
  'ref-missing': {
    kk: '«{value}» ({header}) деректерде табылмады — не id, не атауы емес{hint}',
    ru: '«{value}» ({header}) не найдено в данных — ни по id, ни по названию{hint}',
    en: '"{value}" ({header}) is not in the data, by id or by name{hint}',
  },
  'ref-hint': {
    kk: '; мүмкін «{word}» ({id})?',
    ru: '; может быть, «{word}» ({id})?',
    en: '; did you mean "{word}" ({id})?',
  },
  'ref-ambiguous': {
    kk: '«{value}» ({header}) бірнеше жазбаға сәйкес келеді: {ids}; id жазыңыз',
    ru: '«{value}» ({header}) подходит к нескольким записям: {ids}; укажите id',
    en: '"{value}" ({header}) matches several records: {ids}; write the id instead',
  },
  'ref-wrong-collection': {
    kk: '«{value}» ({header}) — {collection} жазбасы, ал мұнда {expected} керек',
    ru: '«{value}» ({header}) — запись {collection}, а здесь нужна {expected}',
    en: '"{value}" ({header}) is a record of {collection}, but {expected} is needed here',
  },
  error: {
    kk: 'Ұяшықта Excel қатесі бар: {value}',
    ru: 'В ячейке ошибка Excel: {value}',
    en: 'The cell holds an Excel error: {value}',
  },
  schema: {
    kk: '{header}: мән деректер форматына сәйкес емес ({reason}); жол импортталмады',
    ru: '{header}: значение не соответствует формату данных ({reason}); строка не импортирована',
    en: '{header}: the value does not fit the data format ({reason}); the row was not imported',
  },
  'duplicate-row': {
    kk: 'Бұл жол {first} жолымен бір жазба ({id}); екіншісі импортталмады',
    ru: 'Эта строка — та же запись ({id}), что и строка {first}; вторая не импортирована',
    en: 'This row is the same record ({id}) as row {first}; the second was not imported',
  },
  'other-collection': {
    kk: '{id} id-і деректерде {collection} жазбасына берілген; жол импортталмады',
    ru: 'id {id} в данных уже у записи {collection}; строка не импортирована',
    en: 'The id {id} already belongs to a record of {collection} in the data; the row was not imported',
  },
  'unknown-column': {
    kk: '«{header}» бағаны танылмады, импортталмайды{hint} (--map: columns)',
    ru: 'Столбец «{header}» не распознан и не импортируется{hint} (--map: columns)',
    en: 'Column "{header}" is not recognised and is not imported{hint} (--map: columns)',
  },
  'column-hint': {
    kk: '; мүмкін {field}?',
    ru: '; может быть, {field}?',
    en: '; did you mean {field}?',
  },
  'no-header': {
    kk: 'Бұл парақта таныс тақырып жолы жоқ (алғашқы 30 жол қаралды); парақ өткізілді. --map файлында columns және header_row беріңіз',
    ru: 'На этом листе нет узнаваемой строки заголовков (просмотрены первые 30 строк); лист пропущен. Задайте columns и header_row в --map',
    en: 'No recognisable header row on this sheet (the first 30 rows were searched); the sheet was skipped. Give columns and header_row in the --map file',
  },
  conflict: {
    kk: '{id}: {field} деректерде «{from}», кестеде «{to}» — жазылған мән --force-сыз ауыстырылмайды; жазба өзгертілмеді',
    ru: '{id}: {field} в данных «{from}», в таблице «{to}» — записанное значение не заменяется без --force; запись не изменена',
    en: '{id}: {field} is "{from}" in the data and "{to}" in the sheet — a value you wrote is not replaced without --force; the record was left alone',
  },
  'not-imported': {
    kk: '{file} файлына жазылмады: {reason}',
    ru: 'Не записано в {file}: {reason}',
    en: 'Not written to {file}: {reason}',
  },
  'letters-lost': {
    kk: '«{value}» ({header}): әріптердің орнында «?» тұр — Windows-1251 кодтамасында Ә Ғ Қ Ң Ө Ұ Ү Һ жоқ. Excel-де «CSV UTF-8» ретінде сақтаңыз немесе .xlsx импорттаңыз; жол импортталмады',
    ru: '«{value}» ({header}): вместо букв стоит «?» — в кодировке Windows-1251 нет Ә Ғ Қ Ң Ө Ұ Ү Һ. Сохраните в Excel как «CSV UTF-8» или импортируйте .xlsx; строка не импортирована',
    en: '"{value}" ({header}): letters were replaced by "?" — Windows-1251 has no Ә Ғ Қ Ң Ө Ұ Ү Һ. Save it from Excel as "CSV UTF-8", or import the .xlsx; the row was not imported',
  },
  'read-sheet': {
    kk: '{file}: «{sheet}» парағы — {collection}, тақырып {header}-жолда, {rows|record} оқылды',
    ru: '{file}: лист «{sheet}» — {collection}, заголовок в строке {header}, прочитано: {rows|record}',
    en: '{file}: sheet "{sheet}" — {collection}, header on row {header}, {rows|record} read',
  },
  'read-csv': {
    kk: '{file} ({encoding}, бөлгіш «{separator}») — {collection}, тақырып {header}-жолда, {rows|record} оқылды',
    ru: '{file} ({encoding}, разделитель «{separator}») — {collection}, заголовок в строке {header}, прочитано: {rows|record}',
    en: '{file} ({encoding}, separator "{separator}") — {collection}, header on row {header}, {rows|record} read',
  },
  summary: {
    kk: '{collection} → {file}: {added} қосылады, {changed} өзгереді, {kept} өзгеріссіз, {conflicts} ұсталды',
    ru: '{collection} → {file}: добавится {added}, изменится {changed}, без изменений {kept}, задержано {conflicts}',
    en: '{collection} → {file}: {added} to add, {changed} to change, {kept} left alone, {conflicts} held back',
  },
  'dry-run': {
    kk: 'Сынақ жүріс (--dry-run): ештеңе жазылмады',
    ru: 'Пробный прогон (--dry-run): ничего не записано',
    en: 'Dry run (--dry-run): nothing was written',
  },
  written: {
    kk: 'Жазылды: {file} ({added} қосылды, {changed} өзгертілді)',
    ru: 'Записано: {file} (добавлено {added}, изменено {changed})',
    en: 'Written: {file} ({added} added, {changed} changed)',
  },
  'nothing-to-write': {
    kk: 'Жазатын ештеңе жоқ: деректерде бәрі бар',
    ru: 'Записывать нечего: всё уже есть в данных',
    en: 'Nothing to write: the data already holds it all',
  },
  'rows-not-imported': {
    kk: '{count|row} импортталмады (жоғарыда)',
    ru: 'Не импортировано: {count|row} (см. выше)',
    en: 'Not imported: {count|row} (see above)',
  },
};

addErrorMessages({
  'import-map-bad': {
    kk: 'Сәйкестік файлын оқу мүмкін емес: {file}:{line}:{column}: {reason}',
    ru: 'Не удаётся прочитать файл соответствий: {file}:{line}:{column}: {reason}',
    en: 'Cannot read the mapping file: {file}:{line}:{column}: {reason}',
  },
  'import-unreadable': {
    kk: 'Кестені оқу мүмкін емес: {file}: {reason}',
    ru: 'Не удаётся прочитать таблицу: {file}: {reason}',
    en: 'Cannot read the spreadsheet: {file}: {reason}',
  },
  'import-xls': {
    kk: '{file}: ескі .xls пішімі оқылмайды; Excel-де «Басқаша сақтау» → .xlsx немесе CSV',
    ru: '{file}: старый формат .xls не читается; в Excel «Сохранить как» → .xlsx или CSV',
    en: '{file}: the old .xls format is not read; in Excel use "Save as" → .xlsx or CSV',
  },
  'import-no-collection': {
    kk: '{what} импортталмайды; импортталатындар: {choices}',
    ru: '{what} не импортируется; можно: {choices}',
    en: '{what} cannot be imported; importable: {choices}',
  },
  'import-bad-fixed': {
    kk: '--map: fixed.{field} = «{value}»: {reason}',
    ru: '--map: fixed.{field} = «{value}»: {reason}',
    en: '--map: fixed.{field} = "{value}": {reason}',
  },
  'import-bad-sheet': {
    kk: '{file} ішінде «{sheet}» парағы жоқ; бар парақтар: {sheets}',
    ru: 'В {file} нет листа «{sheet}»; есть: {sheets}',
    en: 'No sheet "{sheet}" in {file}; sheets: {sheets}',
  },
  'import-bad-map-field': {
    kk: '--map: {where}: {collection} жинағында {field} өрісі жоқ; бар өрістер: {fields}',
    ru: '--map: {where}: в коллекции {collection} нет поля {field}; есть: {fields}',
    en: '--map: {where}: {collection} has no field {field}; fields: {fields}',
  },
});

export function importMessage(code: string, data: Record<string, unknown>, lang: Lang): string {
  const m = IMPORT_MESSAGES[code];
  if (!m) return `${code} ${JSON.stringify(data)}`;
  // A value may itself be a message (a hint), said in the same language; an absent one is empty.
  const shown: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    shown[k] = v && typeof v === 'object' && 'msg' in (v as object) ? importMessage((v as Nested).msg, (v as Nested).data, lang) : v === undefined ? '' : v;
  }
  return fmt(pickLocalized(m, lang), shown, lang);
}

export interface Nested {
  msg: string;
  data: Record<string, unknown>;
}

export const nested = (msg: string, data: Record<string, unknown>): Nested => ({ msg, data });
