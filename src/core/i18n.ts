/** Languages of messages (kk, ru, en) and documents (kk, ru). */
import { formatDotted, isValidIsoDate } from './dates.js';
import { NOUN_FORMS, plural, pluralForm, type Noun } from './plural.js';

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Record<Lang, string>;

export function isLang(s: unknown): s is Lang {
  return s === 'kk' || s === 'ru' || s === 'en';
}

/** The system locale's language, if it is one of ours (LC_ALL, LC_MESSAGES, LANG, then Intl). */
export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  for (const v of [env.LC_ALL, env.LC_MESSAGES, env.LANG]) {
    if (!v) continue;
    const code = v.slice(0, 2).toLowerCase();
    if (isLang(code)) return code;
    if (v !== 'C' && v !== 'POSIX' && !v.startsWith('C.')) return undefined;
  }
  return undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Fills `{name}` placeholders (`{count|noun}`: the count with its noun, core/plural.ts). ISO dates read as 14.11.2026 in kk and ru; lists are joined.
 * An unknown placeholder stays visible (`{name}`) rather than vanishing.
 */
export function fmt(template: string, data: Record<string, unknown> | undefined, lang: Lang): string {
  if (!data) return template;
  return template.replace(/\{([a-zA-Z0-9_]+)(?:\|([a-z]+))?\}/g, (whole, key: string, noun: string | undefined) => {
    if (!(key in data)) return whole;
    // `{count|record}`: the number with its noun in the right form («1 запись», «5 записей», «1 record»).
    if (noun && typeof data[key] === 'number' && noun in NOUN_FORMS) return plural(data[key], NOUN_FORMS[noun as Noun], lang);
    return show(data[key], lang);
  });
}

/** A message names at most this many items of a list ("…and 19,990 more")… */
export const MAX_LIST_ITEMS = 20;
/** …and at most this many characters of one value (a 10-million-letter name stays one line). */
export const MAX_VALUE_CHARS = 300;

const MORE: Localized = { kk: '…және тағы {n}', ru: '…и ещё {n}', en: '…and {n} more' };
const MORE_CHARS: Localized = { kk: '…(тағы {n} {noun})', ru: '…(ещё {n} {noun})', en: '…({n} more {noun})' };

/** 19 990 (kk, ru: a no-break space between thousands), 19,990 (en). */
export function formatCount(n: number, lang: Lang): string {
  const s = String(n);
  const sep = lang === 'en' ? ',' : '\u00A0';
  return s.length <= 4 && lang !== 'en' ? s : s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A value shown exactly as the user typed it (no date reformatting, no cutting): an echo. */
export class Verbatim {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}
export const verbatim = (text: string): Verbatim => new Verbatim(text);

function show(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return '—';
  if (v instanceof Verbatim) return v.text;
  if (Array.isArray(v)) {
    const shown = v.slice(0, MAX_LIST_ITEMS).map((x) => show(x, lang));
    if (v.length > MAX_LIST_ITEMS) shown.push(pickLocalized(MORE, lang).replace('{n}', formatCount(v.length - MAX_LIST_ITEMS, lang)));
    return shown.join(', ');
  }
  if (typeof v === 'string') {
    if (v.length > MAX_VALUE_CHARS) {
      let cut = MAX_VALUE_CHARS;
      if (/[\uD800-\uDBFF]/.test(v[cut - 1])) cut--; // never split a surrogate pair
      const n = v.length - cut;
      return v.slice(0, cut) + pickLocalized(MORE_CHARS, lang).replace('{n}', formatCount(n, lang)).replace('{noun}', pluralForm(n, NOUN_FORMS.char, lang));
    }
    // Only a real date is re-dressed (14.11.2026); «2026-02-30» stays as the user typed it.
    return lang !== 'en' && ISO_DATE.test(v) && isValidIsoDate(v) ? formatDotted(v) : v;
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (lang === 'en' && typeof o.en === 'string') return o.en;
    if (typeof o.kk === 'string' || typeof o.ru === 'string') return pickText(o as { kk?: string; ru?: string }, lang);
    return JSON.stringify(v);
  }
  return String(v);
}

/** A human text value in a language, falling back to the other official language. */
export function pickText(t: string | { kk?: string; ru?: string } | null | undefined, lang: Lang): string {
  if (t === null || t === undefined) return '';
  if (typeof t === 'string') return t;
  if (lang === 'ru') return t.ru ?? t.kk ?? '';
  return t.kk ?? t.ru ?? '';
}

/** A message in the language asked for, else English, else any. */
export function pickLocalized(m: Partial<Localized>, lang: Lang): string {
  return m[lang] ?? m.en ?? m.kk ?? m.ru ?? '';
}
