/**
 * Commander's own errors (an unknown option or command, a missing argument, a value outside its
 * choices) in Kazakh and Russian. Commander writes them in English; `main` passes each through
 * here (configureOutput's outputError). English stays commander's text; a line this table does
 * not know is left as it is.
 */
import type { Lang, Localized } from '../core/i18n.js';

const PATTERNS: [RegExp, Omit<Localized, 'en'>][] = [
  [/^error: unknown option '(.+)'$/, { kk: 'ereje: белгісіз опция: $1', ru: 'ereje: неизвестная опция: $1' }],
  [/^error: unknown command '(.+)'$/, { kk: 'ereje: белгісіз команда: $1', ru: 'ereje: неизвестная команда: $1' }],
  [/^\(Did you mean (.+)\?\)$/, { kk: '($1 болуы мүмкін бе?)', ru: '(может быть, $1?)' }],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, { kk: 'ereje: $1 опциясының «$2» мәні жарамсыз; мүмкін мәндер: $3', ru: 'ereje: недопустимое значение «$2» для $1; возможные: $3' }],
  [/^error: option '(.+)' argument missing$/, { kk: 'ereje: $1 опциясына мән берілмеді', ru: 'ereje: для $1 не указано значение' }],
  [/^error: missing required argument '(.+)'$/, { kk: 'ereje: міндетті аргумент берілмеді: $1', ru: 'ereje: не указан обязательный аргумент: $1' }],
  [/^error: required option '(.+)' not specified$/, { kk: 'ereje: міндетті опция берілмеді: $1', ru: 'ereje: не указана обязательная опция: $1' }],
  [/^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/, { kk: 'ereje: «$1» үшін аргумент тым көп: $2 күтілді, $3 берілді', ru: 'ereje: слишком много аргументов для «$1»: ожидалось $2, получено $3' }],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, { kk: 'ereje: аргумент тым көп: $1 күтілді, $2 берілді', ru: 'ereje: слишком много аргументов: ожидалось $1, получено $2' }],
];

/** Commander's error text (one or more lines) in `lang`. */
export function commanderError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((raw) => {
      const line = raw.replace(/'(-[^' ]+)(?:, (--[^' ]+))? [<[][^'>\]]+[>\]]'/, (_, a: string, b?: string) => `'${b ?? a}'`); // '--format <format>' → '--format'
      for (const [re, t] of PATTERNS) if (re.test(line)) return line.replace(re, t[lang]);
      return raw;
    })
    .join('\n');
}
