/**
 * Counted nouns in kk, ru and en through Intl.PluralRules (CLDR): «1 ошибка, 2 ошибки,
 * 5 ошибок», «1 error, 2 errors». Kazakh keeps the noun singular after a numeral («5 қате»), so
 * its forms are one word; CLDR's kk categories (one/other) then pick the same form.
 */
import type { Lang } from './i18n.js';

/** The forms of a noun: Russian needs one/few/many, English one/other, Kazakh one form. */
export interface Forms {
  kk: string;
  ru: { one: string; few: string; many: string };
  en: { one: string; other: string };
}

const rules = new Map<Lang, Intl.PluralRules>();
function rule(lang: Lang): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

/** The noun's form for the count (no number). */
export function pluralForm(n: number, forms: Forms, lang: Lang): string {
  if (lang === 'kk') return forms.kk;
  const cat = rule(lang).select(n);
  if (lang === 'ru') return cat === 'one' ? forms.ru.one : cat === 'few' ? forms.ru.few : forms.ru.many;
  return cat === 'one' ? forms.en.one : forms.en.other;
}

/** «5 ошибок», «1 error», «3 қате». */
export function plural(n: number, forms: Forms, lang: Lang): string {
  return `${n} ${pluralForm(n, forms, lang)}`;
}

/** The severities as counted nouns. */
export const SEVERITY_FORMS: Record<'error' | 'warning' | 'info', Forms> = {
  error: { kk: 'қате', ru: { one: 'ошибка', few: 'ошибки', many: 'ошибок' }, en: { one: 'error', other: 'errors' } },
  warning: { kk: 'ескерту', ru: { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений' }, en: { one: 'warning', other: 'warnings' } },
  info: { kk: 'ақпарат', ru: { one: 'замечание', few: 'замечания', many: 'замечаний' }, en: { one: 'info', other: 'info' } },
};

/** Nouns counted in more than one place (reports, summaries, commands' messages). */
export const NOUN_FORMS = {
  file: { kk: 'файл', ru: { one: 'файл', few: 'файла', many: 'файлов' }, en: { one: 'file', other: 'files' } },
  record: { kk: 'жазба', ru: { one: 'запись', few: 'записи', many: 'записей' }, en: { one: 'record', other: 'records' } },
  finding: { kk: 'бұзушылық', ru: { one: 'замечание', few: 'замечания', many: 'замечаний' }, en: { one: 'finding', other: 'findings' } },
  rule: { kk: 'ереже', ru: { one: 'правило', few: 'правила', many: 'правил' }, en: { one: 'rule', other: 'rules' } },
  document: { kk: 'құжат', ru: { one: 'документ', few: 'документа', many: 'документов' }, en: { one: 'document', other: 'documents' } },
  day: { kk: 'күн', ru: { one: 'день', few: 'дня', many: 'дней' }, en: { one: 'day', other: 'days' } },
  obligation: { kk: 'міндет', ru: { one: 'обязанность', few: 'обязанности', many: 'обязанностей' }, en: { one: 'obligation', other: 'obligations' } },
  row: { kk: 'жол', ru: { one: 'строка', few: 'строки', many: 'строк' }, en: { one: 'row', other: 'rows' } },
  value: { kk: 'мән', ru: { one: 'значение', few: 'значения', many: 'значений' }, en: { one: 'value', other: 'values' } },
  thread: { kk: 'ағын', ru: { one: 'поток', few: 'потока', many: 'потоков' }, en: { one: 'thread', other: 'threads' } },
  page: { kk: 'бет', ru: { one: 'страница', few: 'страницы', many: 'страниц' }, en: { one: 'page', other: 'pages' } },
  exception: { kk: 'ерекшелік', ru: { one: 'исключение', few: 'исключения', many: 'исключений' }, en: { one: 'exception', other: 'exceptions' } },
  char: { kk: 'таңба', ru: { one: 'символ', few: 'символа', many: 'символов' }, en: { one: 'character', other: 'characters' } },
  /** The per-file cap's summary line («…и ещё 2 нарушения», «…and 1 more finding»). */
  more: { kk: 'табылым', ru: { one: 'нарушение', few: 'нарушения', many: 'нарушений' }, en: { one: 'more finding', other: 'more findings' } },
  second: { kk: 'секунд', ru: { one: 'секунда', few: 'секунды', many: 'секунд' }, en: { one: 'second', other: 'seconds' } },
  ...SEVERITY_FORMS,
} satisfies Record<string, Forms>;

export type Noun = keyof typeof NOUN_FORMS;

/** «1 қате, 2 ескерту, 5 ақпарат», «1 ошибка, 2 предупреждения, 5 замечаний», «1 error, 2 warnings, 5 info». */
export function severityCounts(c: { error: number; warning: number; info: number }, lang: Lang): string {
  return (['error', 'warning', 'info'] as const).map((s) => plural(c[s], SEVERITY_FORMS[s], lang)).join(', ');
}
