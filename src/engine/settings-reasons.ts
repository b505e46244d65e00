/**
 * What is wrong with a value of the settings file (ereje.yaml), in kk, ru and en: one catalogue
 * for the reasons `settings.ts` and `run.ts` give, and zod's issues said in words (never zod's
 * own English text: «Invalid input: expected number, received string»).
 */
import { fmt, type Lang, type Localized } from '../core/i18n.js';

const R = {
  unknownKey: { kk: '{at}белгісіз кілт «{key}»{hint}', ru: '{at}неизвестный ключ «{key}»{hint}', en: '{at}unknown key "{key}"{hint}' },
  known: { kk: ' (бар кілттер: {known})', ru: ' (известные: {known})', en: ' (known: {known})' },
  didYouMean: { kk: ' («{hint}» болуы мүмкін бе?)', ru: ' (может быть, «{hint}»?)', en: ' (did you mean "{hint}"?)' },
  notDate: { kk: '{at}ЖЖЖЖ-АА-КК түрінде жазылған күнтізбелік күн емес', ru: '{at}не календарная дата в виде ГГГГ-ММ-ДД', en: '{at}not a calendar date written YYYY-MM-DD' },
  notAllowed: { kk: '{at}{value} мұнда жарамайды{expected}{hint}', ru: '{at}{value} здесь недопустимо{expected}{hint}', en: '{at}{value} is not allowed here{expected}{hint}' },
  expected: { kk: ': күтілгені {what}', ru: ': ожидается {what}', en: ': expected {what}' },
  unknownModule: { kk: 'белгісіз модуль «{name}»{hint}', ru: 'неизвестный модуль «{name}»{hint}', en: 'unknown module "{name}"{hint}' },
  unknownRule: { kk: 'белгісіз ереже «{id}»{hint}', ru: 'неизвестное правило «{id}»{hint}', en: 'unknown rule "{id}"{hint}' },
  noModuleParam: { kk: '{name} модулінің ешбір ережесінде «{key}» параметрі жоқ{hint}', ru: 'ни у одного правила модуля {name} нет параметра «{key}»{hint}', en: 'no rule of {name} has a parameter "{key}"{hint}' },
  noRuleParam: { kk: '{id} ережесінде «{key}» параметрі жоқ{hint}', ru: 'у правила {id} нет параметра «{key}»{hint}', en: '{id} has no parameter "{key}"{hint}' },
  alwaysOn: { kk: '{id} файлдарды оқиды, оны өшіруге болмайды', ru: '{id} читает файлы, его нельзя выключить', en: '{id} reads the files and cannot be turned off' },
  badParam: { kk: '{id}: {key} параметрі: {why}', ru: '{id}: параметр {key}: {why}', en: '{id}: parameter {key}: {why}' },
  // zod's issues
  invalidType: { kk: '{expected} керек', ru: 'нужно {expected}', en: 'expected {expected}' },
  tooSmall: { kk: 'кемінде {min} болуы керек', ru: 'должно быть не меньше {min}', en: 'must be at least {min}' },
  tooBig: { kk: 'ең көбі {max} болуы керек', ru: 'должно быть не больше {max}', en: 'must be at most {max}' },
  oneOf: { kk: 'мүмкін мәндер: {values}', ru: 'допустимые значения: {values}', en: 'one of: {values}' },
  notInteger: { kk: 'бүтін сан керек', ru: 'нужно целое число', en: 'expected a whole number' },
  invalid: { kk: 'жарамсыз мән', ru: 'недопустимое значение', en: 'not a valid value' },
} satisfies Record<string, Localized>;

const TYPE: Record<string, Localized> = {
  number: { kk: 'сан', ru: 'число', en: 'a number' },
  int: { kk: 'бүтін сан', ru: 'целое число', en: 'a whole number' },
  string: { kk: 'мәтін', ru: 'текст', en: 'a text' },
  boolean: { kk: 'true/false', ru: 'true/false', en: 'true/false' },
  object: { kk: 'кілттері бар кесте (mapping)', ru: 'набор ключей (mapping)', en: 'a mapping' },
  array: { kk: 'тізім', ru: 'список', en: 'a list' },
};

/** One reason in three languages. */
function say(key: keyof typeof R, data: Record<string, unknown> = {}): Localized {
  const out = {} as Localized;
  for (const lang of ['kk', 'ru', 'en'] as Lang[]) {
    // Nested reasons (a hint, an expectation) are said in the same language.
    const d = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v && typeof v === 'object' && 'en' in (v as object) ? (v as Localized)[lang] : v]));
    out[lang] = fmt(R[key][lang], d, lang);
  }
  return out;
}

const at = (name: string) => (name ? `${name}: ` : '');
const hint = (h: string | undefined) => (h ? say('didYouMean', { hint: h }) : '');

export const reasons = {
  unknownKey: (name: string, key: string, suggestion: string | undefined, known: readonly string[]) =>
    say('unknownKey', { at: at(name), key, hint: suggestion ? hint(suggestion) : known.length ? say('known', { known: known.join(', ') }) : '' }),
  notDate: (name: string) => say('notDate', { at: at(name) }),
  notAllowed: (name: string, value: unknown, words: readonly string[], kinds: readonly string[], suggestion: string | undefined) => {
    const what: Localized = { kk: '', ru: '', en: '' };
    for (const lang of ['kk', 'ru', 'en'] as Lang[]) what[lang] = [...(words.length ? [words.join(' | ')] : []), ...new Set(kinds.map((k) => TYPE[k]?.[lang] ?? k))].join(', ');
    return say('notAllowed', { at: at(name), value: JSON.stringify(value), expected: what.en ? say('expected', { what }) : '', hint: hint(suggestion) });
  },
  unknownModule: (name: string, suggestion?: string) => say('unknownModule', { name, hint: hint(suggestion) }),
  unknownRule: (id: string, suggestion?: string) => say('unknownRule', { id, hint: hint(suggestion) }),
  noModuleParam: (name: string, key: string, suggestion?: string) => say('noModuleParam', { name, key, hint: hint(suggestion) }),
  noRuleParam: (id: string, key: string, suggestion?: string) => say('noRuleParam', { id, key, hint: hint(suggestion) }),
  alwaysOn: (id: string) => say('alwaysOn', { id }),
  badParam: (id: string, key: string, issue: ZodIssueLike | undefined) => say('badParam', { id, key, why: zodReason(issue) }),
};

export interface ZodIssueLike {
  code?: string;
  message?: string;
  expected?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
}

/** A zod issue in words (kk, ru, en). */
export function zodReason(issue: ZodIssueLike | undefined): Localized {
  switch (issue?.code) {
    case 'invalid_type': {
      const t = TYPE[issue.expected ?? ''];
      return t ? say('invalidType', { expected: t }) : say('invalid');
    }
    case 'too_small':
      return say('tooSmall', { min: String(issue.minimum) });
    case 'too_big':
      return say('tooBig', { max: String(issue.maximum) });
    case 'invalid_value':
      return say('oneOf', { values: (issue.values ?? []).map(String).join(', ') });
    case 'invalid_format':
      return issue.format === 'safeint' ? say('notInteger') : say('invalid');
    default:
      return say('invalid');
  }
}
