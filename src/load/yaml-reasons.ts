/** js-yaml's reasons, said in the user's language (unknown ones pass through in English). */
import type { Localized } from '../core/i18n.js';

const REASONS: [RegExp, Localized][] = [
  [/^duplicated mapping key/, { kk: 'бір кілт екі рет жазылған', ru: 'ключ повторяется', en: 'the same key twice in one mapping' }],
  [/^bad indentation of a mapping entry/, { kk: 'жол шегінісі қате (кілт)', ru: 'неверный отступ у ключа', en: 'bad indentation of a mapping entry' }],
  [/^bad indentation of a sequence entry/, { kk: 'тізім элементінің шегінісі қате', ru: 'неверный отступ у элемента списка', en: 'bad indentation of a sequence entry' }],
  [/^end of the stream or a document separator is expected/, { kk: 'артық мазмұн: шегініс немесе қос нүкте қате болуы мүмкін', ru: 'лишнее содержимое: вероятно, неверный отступ или двоеточие', en: 'unexpected content: check the indentation and colons' }],
  [/^unexpected end of the stream within a flow collection/, { kk: '[ ] немесе { } жабылмаған', ru: 'не закрыта скобка [ ] или { }', en: 'a [ ] or { } is not closed' }],
  [/^missed comma between flow collection entries/, { kk: '[ ] немесе { } ішінде үтір жетіспейді', ru: 'не хватает запятой внутри [ ] или { }', en: 'a comma is missing inside [ ] or { }' }],
  [/^unexpected end of the stream within a (double|single) quoted scalar/, { kk: 'тырнақша жабылмаған', ru: 'не закрыта кавычка', en: 'a quotation mark is not closed' }],
  [/^can not read a block mapping entry; a multiline key may not be an implicit key/, { kk: 'қос нүкте жетіспейді немесе шегініс қате', ru: 'не хватает двоеточия или неверный отступ', en: 'a colon is missing or the indentation is wrong' }],
  [/^can not read an implicit mapping pair; a colon is missed/, { kk: 'қос нүкте жетіспейді', ru: 'не хватает двоеточия', en: 'a colon is missing' }],
  [/^unidentified alias/, { kk: 'мұндай якорь (&атау) жоқ', ru: 'нет такого якоря (&имя)', en: 'no anchor (&name) of that name' }],
  [/^expected a single document in the stream/, { kk: 'файлда бір ғана құжат болуы керек (--- бір рет)', ru: 'в файле должен быть один документ (--- один раз)', en: 'a file holds one document (a single ---)' }],
  [/^the stream contains non-printable characters/, { kk: 'файлда басылмайтын таңбалар бар', ru: 'в файле есть непечатаемые символы', en: 'the file contains non-printable characters' }],
  [/^tab characters must not be used in indentation/, { kk: 'шегініске Tab қолдануға болмайды, бос орын қойыңыз', ru: 'в отступах нельзя использовать Tab, используйте пробелы', en: 'tabs cannot indent YAML; use spaces' }],
  [/^unknown tag/, { kk: 'белгісіз тег (!…)', ru: 'неизвестный тег (!…)', en: 'unknown tag (!…)' }],
  [/^incomplete explicit mapping pair/, { kk: 'кілт пен мән жұбы толық емес', ru: 'неполная пара ключ–значение', en: 'incomplete key–value pair' }],
];

export function localizeReason(reason: string): Localized {
  for (const [re, loc] of REASONS) if (re.test(reason)) return loc;
  return { kk: reason, ru: reason, en: reason };
}
