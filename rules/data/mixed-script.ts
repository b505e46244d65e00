import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import { COLLECTIONS, textRegistry } from '../../src/schema/collections.js';
import { each, patternsByCollection } from '../../src/schema/walk.js';
import { fieldPath } from '../../src/schema/issues.js';
import { describeChar } from '../../src/core/chars.js';
import { formatCount, LANGS, pickLocalized, type Lang, type Localized } from '../../src/core/i18n.js';

const TEXTS = patternsByCollection(textRegistry);
/** Any Latin letter, Latin-extended ones too: Ə ə (U+018F, U+0259) look exactly like Kazakh Ә ә. */
const LATIN = /\p{Script=Latin}/u;
const LATIN_ALL = /\p{Script=Latin}/gu;
const CYRILLIC = /[\u0400-\u04FF\u0500-\u052F]/;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * Words that mix Latin and Cyrillic letters, e.g. "Бекоvа". Words are found by a scan, not a
 * `[\p{L}]+` regular expression: a run of ten million letters overflowed the regex stack.
 */
export function mixedWords(s: string): string[] {
  return mixedWordsAt(s).map((w) => w.word);
}

/** The mixed words with where they start: `index` in UTF-16 units, `position` 1-based in characters. */
export function mixedWordsAt(s: string): { word: string; index: number; position: number }[] {
  if (!LATIN.test(s) || !CYRILLIC.test(s)) return [];
  const out: { word: string; index: number; position: number }[] = [];
  let start = -1;
  let startPos = 0;
  let pos = 0; // characters before i
  let latin = false;
  let cyr = false;
  for (let i = 0; i <= s.length; i++, pos++) {
    const code = i < s.length ? s.charCodeAt(i) : 0x20;
    // ASCII and the Cyrillic block decided without a regex (the common case); the rest by \p{L}.
    let letter: boolean;
    let isLatin = false;
    let isCyr = false;
    let width = 1;
    if (code < 0x80) {
      isLatin = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
      letter = isLatin;
    } else if (code >= 0x0400 && code <= 0x052f) {
      letter = true;
      isCyr = true;
    } else {
      const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < s.length ? s.slice(i, i + 2) : s[i];
      letter = LETTER.test(ch);
      isLatin = letter && LATIN.test(ch);
      width = ch.length;
    }
    if (letter) {
      if (start < 0) {
        start = i;
        startPos = pos + 1;
      }
      latin ||= isLatin;
      cyr ||= isCyr;
    } else if (start >= 0) {
      if (latin && cyr) out.push({ word: s.slice(start, i), index: start, position: startPos });
      start = -1;
      latin = cyr = false;
    }
    if (width === 2 && letter) i++; // both halves of the pair belong to the word (one character)
  }
  return out;
}

/**
 * Characters a human text must not hold: controls (BEL, ESC…), zero-width and bidi marks, the
 * soft hyphen, a BOM, a lone surrogate. (No-break spaces are proper typography: «2026 ж.».)
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Could the text hold a Latin letter or a hidden character? A scan with no regular expression
 * and no allocation, for the 370,000 names of a national repo: false only when every character
 * is a tab, a newline, printable ASCII that is not a letter, a common mark (PLAIN_MARKS) or in
 * the Cyrillic blocks (whose letters are not Latin and which hold no hidden character). Anything else goes to the full
 * checks (LATIN, HIDDEN), so this only decides how soon a plain Cyrillic name is passed.
 */
export function mayNeedLook(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 ? c !== 9 && c !== 10 : c === 0x7f || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    } else if ((c < 0x0400 || c > 0x052f) && !PLAIN_MARKS.has(c)) return true;
  }
  return false;
}
/** Non-ASCII marks of ordinary Kazakh and Russian text, neither letters nor hidden: « » – — № ‘ ’ “ ” … and the no-break space. */
const PLAIN_MARKS = new Set([0xa0, 0xab, 0xbb, 0x2013, 0x2014, 0x2116, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);

/** The same for a localized value ({kk, ru}): any of its texts (no array made). */
function someTextMayNeedLook(v: Record<string, unknown>): boolean {
  for (const k in v) {
    const t = v[k];
    if (typeof t === 'string' && mayNeedLook(t)) return true;
  }
  return false;
}

/** The first hidden character of a text and its position (1-based, in characters), or null. */
export function hiddenChar(s: string): { char: string; position: number } | null {
  const m = HIDDEN.exec(s);
  if (!m) return null;
  return { char: m[0], position: [...s.slice(0, m.index)].length + 1 };
}

/** At most this many characters are named in one message (like any list: "…and 19,990 more"). */
export const MAX_NAMED = 20;

/**
 * Every hidden character of a text: the first MAX_NAMED with their positions (1-based, in
 * characters), and how many there are in all. One pass, whatever the text's length.
 */
export function hiddenChars(s: string): { named: { char: string; position: number }[]; total: number } {
  const re = new RegExp(HIDDEN.source, 'g');
  const named: { char: string; position: number }[] = [];
  let total = 0;
  let pos = 0; // characters before `at`
  let at = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    total++;
    if (named.length < MAX_NAMED) {
      pos += charCount(s, at, m.index);
      at = m.index;
      named.push({ char: m[0], position: pos + 1 });
    }
  }
  return { named, total };
}

/** Characters (code points) in s[from, to): a surrogate pair is one, a lone half is one. */
function charCount(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The Latin letters of a word, non-ASCII ones with their code point: "v", "Ə (U+018F)". */
export function latinLetters(word: string): string[] {
  return [...new Set(word.match(LATIN_ALL) ?? [])].map(showLatin);
}

function showLatin(c: string): string {
  return c.charCodeAt(0) < 0x80 ? c : `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Each Latin letter of a mixed word with its position in the text: the first MAX_NAMED, and the count of all. */
export function latinLettersAt(word: string, position: number): { named: { char: string; position: number }[]; total: number } {
  const named: { char: string; position: number }[] = [];
  let total = 0;
  let pos = position;
  for (let i = 0; i < word.length; i++, pos++) {
    const code = word.charCodeAt(i);
    let latin: boolean;
    let ch: string | null = null;
    if (code < 0x80) latin = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    else if (code >= 0x0400 && code <= 0x052f) latin = false; // Cyrillic: the common case, no regex
    else {
      ch = code >= 0xd800 && code <= 0xdbff && i + 1 < word.length ? word.slice(i, i + 2) : word[i];
      latin = LATIN.test(ch);
      if (ch.length === 2) i++;
    }
    if (latin) {
      total++;
      if (named.length < MAX_NAMED) named.push({ char: showLatin(ch ?? word[i]), position: pos });
    }
  }
  return { named, total };
}

const AT: Localized = { kk: '{what} — {position}-орында', ru: '{what} в позиции {position}', en: '{what} at position {position}' };
const MORE: Localized = { kk: '…және тағы {n}', ru: '…и ещё {n}', en: '…and {n} more' };

/**
 * Named characters as a list in each language, the rest counted ("…and 19,990 more"): one text
 * per language, joined here (the message's own list cap would count the "more" as an item).
 */
function placed(list: { named: { char: string; position: number }[]; total: number }, show: (c: string) => string): Localized {
  const items: Localized[] = list.named.map(({ char, position }) => localized(AT, (l) => ({ what: show(char), position: formatCount(position, l) })));
  if (list.total > list.named.length) items.push(localized(MORE, (l) => ({ n: formatCount(list.total - list.named.length, l) })));
  return localized({ kk: '{all}', ru: '{all}', en: '{all}' }, (l) => ({ all: items.map((i) => i[l]).join(', ') }));
}

function localized(t: Localized, vars: (l: Lang) => Record<string, string>): Localized {
  const out = {} as Record<Lang, string>;
  for (const l of LANGS) {
    let text = pickLocalized(t, l);
    for (const [k, v] of Object.entries(vars(l))) text = text.replace(`{${k}}`, v);
    out[l] = text;
  }
  return out as Localized;
}

export default ruleFor<Dataset>()({
  id: 'data/mixed-script',
  clauses: [],
  severity: 'warning',
  subject: { kk: 'жазбаның id-і', ru: 'id записи', en: 'record id' },
  messages: {
    hidden: {
      kk: '{field}: көрінбейтін не басқару таңбасы {char}, {position}-орында — басылмайды, іздеу мен құжаттарда қате шығады',
      ru: '{field}: невидимый или управляющий символ {char} в позиции {position} — не печатается, поиск и документы будут с ошибкой',
      en: '{field}: an invisible or control character {char} at position {position}: it does not print, and search and documents will go wrong',
    },
    hiddenMany: {
      kk: '{field}: көрінбейтін не басқару таңбалары ({count}): {chars} — басылмайды, іздеу мен құжаттарда қате шығады',
      ru: '{field}: невидимые или управляющие символы ({count}): {chars} — не печатаются, поиск и документы будут с ошибкой',
      en: '{field}: {count} invisible or control characters: {chars}; they do not print, and search and documents will go wrong',
    },
    mixed: {
      kk: '{field}: «{word}» сөзінде латын және кирилл әріптері аралас (латын әріптері: {latin}) — іздеу мен құжаттарда қате шығады',
      ru: '{field}: в слове «{word}» смешаны латинские и кириллические буквы (латинские: {latin}) — поиск и документы будут с ошибкой',
      en: '{field}: the word "{word}" mixes Latin and Cyrillic letters (Latin: {latin}); search and documents will go wrong',
    },
  },
  docs: {
    summary: {
      kk: 'Атаудағы немесе тақырыптағы бір сөзде латын және кирилл әріптері аралас (`Ə` сияқты кеңейтілген латын әліпбиіндегі ұқсас әріптер латын әрпі болып саналады) немесе мәтінде көзге көрінбейтін таңба бар (басқару таңбасы, ені нөлдік бос орын, жұмсақ дефис, жазу бағытының белгісі): ол таңба өз коды мен орны бойынша аталады.',
      ru: 'Слово в имени или названии смешивает латинские и кириллические буквы (похожие буквы расширенной латиницы, например `Ə`, считаются латинскими), или текст содержит символ, которого никто не видит (управляющий символ, пробел нулевой ширины, мягкий перенос, знак направления письма): он называется по коду и позиции.',
      en: 'A word in a name or title mixes Latin and Cyrillic letters (Latin-extended look-alikes such as Ə count as Latin), or the text holds a character nobody can see (a control character, a zero-width space, a soft hyphen, a direction mark): it is named by code point and position.',
    },
    details: {
      kk: 'Әдетте бұл пернетақтаның тілі қате қосулы кезде терілген ұқсас әріп (`Бекоvа`; латын `A` әрпімен басталатын `Aйгүл`) немесе басқа жерден көшіріп қойылған таңба. Сөз — әріптер тізбегі; `IT-мектеп` — екі сөз, ол тексеруден өтеді. Адамға арналған мәтіні бар әр өріс тексеріледі: аттар, тақырыптар, атаулар, курстар.',
      ru: 'Обычно это похожая буква, набранная при неверной раскладке клавиатуры (`Бекоvа`; `Aйгүл` с латинской `A`), или символ, вставленный из другого источника. Слово — это последовательность букв; `IT-мектеп` — два слова, и проверку оно проходит. Проверяются все поля с текстом для людей: имена, темы, названия, курсы.',
      en: 'Usually a look-alike typed on the wrong keyboard layout ("Бекоvа", "Aйгүл" with a Latin A), or a character pasted from elsewhere. Words are runs of letters; "IT-мектеп" is two words and passes. Checked in every human-text field: names, topics, titles, courses.',
    },
    examples: {
      pass: 'staff:\n  - { id: s1, name: "Бекова Айгүл", org: c1, position: director }\n',
      fail: 'staff:\n  - { id: s1, name: "Бекоvа Айгүл", org: c1, position: director }   # Latin v\n',
    },
  },
  check(ctx) {
    for (const c of COLLECTIONS) {
      const patterns = TEXTS[c];
      for (const rec of ctx.data.collection(c) as unknown as Record<string, unknown>[]) {
        for (const { pattern } of patterns) {
          each(rec, pattern, (value, pathOf) => {
            if (typeof value === 'string') {
              if (!mayNeedLook(value)) return; // the common case: Cyrillic, digits, punctuation
            } else if (value === null || typeof value !== 'object' || !someTextMayNeedLook(value as Record<string, unknown>)) return;
            const path = pathOf();
            const variants: [string, (string | number)[]][] = typeof value === 'string'
              ? [[value, path]]
              : Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string').map(([k, v]) => [v, [...path, k]]);
            for (const [text, p] of variants) {
              // Every hidden character is named with its position (the first 20, the rest counted).
              const hidden = HIDDEN.test(text) ? hiddenChars(text) : null;
              if (hidden?.total === 1) ctx.report({ messageId: 'hidden', subject: rec.id as string, at: rec, path: p, data: { field: fieldPath(p), char: describeChar(hidden.named[0].char), position: hidden.named[0].position } });
              else if (hidden && hidden.total > 1) {
                const count = localized({ kk: '{n}', ru: '{n}', en: '{n}' }, (l) => ({ n: formatCount(hidden.total, l) }));
                ctx.report({ messageId: 'hiddenMany', subject: rec.id as string, at: rec, path: p, data: { field: fieldPath(p), count, chars: placed(hidden, describeChar) } });
              }
              // Each Latin letter of a mixed word is named with its position in the text.
              for (const { word, position } of mixedWordsAt(text)) {
                ctx.report({ messageId: 'mixed', subject: rec.id as string, at: rec, path: p, data: { field: fieldPath(p), word, latin: placed(latinLettersAt(word, position), (c) => c) } });
              }
            }
          });
        }
      }
    }
  },
});
