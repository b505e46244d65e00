import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import { COLLECTIONS, textRegistry } from '../../src/schema/collections.js';
import { each, patternsByCollection } from '../../src/schema/walk.js';
import { fieldPath } from '../../src/schema/issues.js';
import { describeChar } from '../../src/core/chars.js';

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
  if (!LATIN.test(s) || !CYRILLIC.test(s)) return [];
  const out: string[] = [];
  let start = -1;
  let latin = false;
  let cyr = false;
  for (let i = 0; i <= s.length; i++) {
    const code = i < s.length ? s.charCodeAt(i) : 0x20;
    // ASCII and the Cyrillic block decided without a regex (the common case); the rest by \p{L}.
    let letter: boolean;
    let isLatin = false;
    let isCyr = false;
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
      if (ch.length === 2 && letter) i++; // both halves of the pair belong to the word
    }
    if (letter) {
      if (start < 0) start = i;
      latin ||= isLatin;
      cyr ||= isCyr;
    } else if (start >= 0) {
      if (latin && cyr) out.push(s.slice(start, i));
      start = -1;
      latin = cyr = false;
    }
  }
  return out;
}

/**
 * Characters a human text must not hold: controls (BEL, ESC…), zero-width and bidi marks, the
 * soft hyphen, a BOM, a lone surrogate. (No-break spaces are proper typography: «2026 ж.».)
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first hidden character of a text and its position (1-based, in characters), or null. */
export function hiddenChar(s: string): { char: string; position: number } | null {
  const m = HIDDEN.exec(s);
  if (!m) return null;
  return { char: m[0], position: [...s.slice(0, m.index)].length + 1 };
}

/** The Latin letters of a word, non-ASCII ones with their code point: "v", "Ə (U+018F)". */
export function latinLetters(word: string): string[] {
  return [...new Set(word.match(LATIN_ALL) ?? [])].map((c) => (c.charCodeAt(0) < 0x80 ? c : `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`));
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
              if (!LATIN.test(value) && !HIDDEN.test(value)) return; // the common case: nothing to split
            } else if (value === null || typeof value !== 'object') return;
            const path = pathOf();
            const variants: [string, (string | number)[]][] = typeof value === 'string'
              ? [[value, path]]
              : Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string').map(([k, v]) => [v, [...path, k]]);
            for (const [text, p] of variants) {
              const hidden = hiddenChar(text);
              if (hidden) ctx.report({ messageId: 'hidden', subject: rec.id as string, at: rec, path: p, data: { field: fieldPath(p), char: describeChar(hidden.char), position: hidden.position } });
              for (const word of mixedWords(text)) {
                const latin = latinLetters(word).join(' ');
                ctx.report({ messageId: 'mixed', subject: rec.id as string, at: rec, path: p, data: { field: fieldPath(p), word, latin } });
              }
            }
          });
        }
      }
    }
  },
});
