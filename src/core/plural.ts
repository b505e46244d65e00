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
