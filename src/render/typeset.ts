/**
 * Typesetting rules both outputs share (PDF and DOCX): which words must stay on one line (the
 * PDF glues them into one token; the DOCX joins them with a non-breaking space, so Word keeps
 * them together too) — «№ 12», «А.С. Бекова», «2026 ж.», «12 ақпан», «12 февраля 2026»,
 * «пункт 3.1», «3 сотрудника».
 */
import { createRequire } from 'node:module';
import { KK_MONTHS, RU_MONTHS } from './dates.js';

const INITIALS = /^(\p{Lu}\.)+$/u;
const AFTER_YEAR = new Set(['ж.', 'г.', 'жылғы', 'жылы', 'жыл', 'года', 'год', 'году', 'жылға', 'жылдан']);
const MONTH_WORDS = new Set<string>([
  ...KK_MONTHS.flatMap((m) => [m.nom, m.loc, m.attr, m.dat, m.abl]),
  ...RU_MONTHS.flatMap((m) => [m.nom, m.gen]),
]);
const RU_GENITIVE_MONTHS = new Set(RU_MONTHS.map((m) => m.gen));
const BEFORE_NUMBER = new Set(['пункт', 'пункта', 'пунктом', 'пунктами', 'пунктов', 'пункту', 'п.', 'ст.', 'стр.', 'бет', 'с.', '№', '№№']);

const strip = (s: string) => s.replace(/^[«"(]+/, '').replace(/[»",;:.)]+$/, '');

/** True when `next` must not start a line after `prev` (words as printed, with their punctuation). */
export function sticks(prev: string, next: string): boolean {
  if (prev.endsWith('№')) return true;
  // a dash never starts a line: «школ-партнёров — 15», «Тұрсынбаев Е.С. — «…»»
  if (next === '—' || next === '–') return true;
  if (INITIALS.test(prev) && /^\p{Lu}/u.test(next)) return true;
  if (/^\d{4}$/.test(prev) && AFTER_YEAR.has(next.replace(/[,;:)]+$/, ''))) return true;
  // a day and its month: «12 ақпанда», «12 февраля»; a Russian month and its year: «февраля 2026»
  if (/^(\(|«)?\d{1,2}$/.test(prev) && MONTH_WORDS.has(strip(next))) return true;
  if (RU_GENITIVE_MONTHS.has(strip(prev)) && /^\d{4}\b/.test(next)) return true;
  if (BEFORE_NUMBER.has(strip(prev).toLowerCase()) && /^\d/.test(next)) return true;
  // a number and a short unit or counted noun: «3 адам», «10 сотрудников», «5 лет»
  if (/^\d+$/.test(prev) && /^\p{Ll}/u.test(next) && strip(next).length <= 12 && !/^(и|және|немесе|или)$/.test(next)) return true;
  return false;
}

export const NBSP = '\u00a0';

/** The same rule on a plain string: the spaces that must not break become non-breaking. */
export function nonBreaking(text: string): string {
  const parts = text.split(' ');
  if (parts.length < 2) return text;
  let out = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const prevWord = out.slice(Math.max(out.lastIndexOf(' '), out.lastIndexOf(NBSP)) + 1);
    out += (prevWord && parts[i] && sticks(prevWord, parts[i]) ? NBSP : ' ') + parts[i];
  }
  return out;
}

// ---- hyphenation ----


const VOWELS = new Set([...'аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ']);
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const LETTER = /\p{L}/u;

/**
 * Kazakh has no TeX patterns; its hyphenation follows the syllable (буын): a line breaks before
 * the consonant that opens a syllable — ба-ла, мек-теп, ор-та-лы-ғы, сер-ті-фи-кат — never
 * leaving fewer than two letters on either side, never before ь or ъ.
 */
export function kkBreaks(word: string): number[] {
  const out: number[] = [];
  for (let i = 2; i <= word.length - 2; i++) {
    const c = word[i];
    if (!LETTER.test(c) || !LETTER.test(word[i - 1]) || VOWELS.has(c) || c === 'ь' || c === 'ъ') continue;
    if (!VOWELS.has(word[i + 1])) continue;
    let vowelBefore = false;
    for (let k = i - 1; k >= 0 && LETTER.test(word[k]); k--) if (VOWELS.has(word[k])) vowelBefore = true;
    if (vowelBefore) out.push(i);
  }
  return out;
}

let ruHyphenate: ((text: string, opts: { hyphenChar: string; minWordLength: number }) => string) | null = null;

/** Russian: the TeX patterns (hyph-ru) through the `hyphen` package. */
export function ruBreaks(word: string): number[] {
  if (!ruHyphenate) {
    const req = createRequire(import.meta.url);
    ruHyphenate = (req('hyphen/ru/index.js') as { hyphenateSync: typeof ruHyphenate }).hyphenateSync;
  }
  const marked = ruHyphenate!(word, { hyphenChar: '\u00ad', minWordLength: 5 });
  const out: number[] = [];
  let at = 0;
  for (const ch of marked) {
    if (ch === '\u00ad') out.push(at);
    else at += ch.length;
  }
  return out.filter((i) => i >= 2 && i <= word.length - 2);
}

/**
 * Where a word may break at a line's end: after a hyphen it already has, and at hyphenation
 * points (Kazakh by syllables, Russian by the TeX patterns; a word with a Kazakh letter is Kazakh, any
 * other word is in `lang`, the document's language, and Russian when it is not given).
 */
export function breakPoints(word: string, lang?: 'kk' | 'ru'): number[] {
  const points = new Set<number>();
  for (let i = 1; i < word.length - 1; i++) if (word[i - 1] === '-' && LETTER.test(word[i])) points.add(i);
  const kk = lang === 'kk' || KAZAKH_LETTERS.test(word);
  // hyphenate each run of letters of the word
  const re = /\p{L}+/gu;
  for (let m = re.exec(word); m; m = re.exec(word)) {
    if (m[0].length < 5) continue;
    for (const i of kk ? kkBreaks(m[0]) : ruBreaks(m[0])) points.add(m.index + i);
  }
  return [...points].sort((a, b) => a - b);
}
