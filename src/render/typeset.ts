/**
 * Typesetting rules both outputs share (PDF and DOCX): which words must stay on one line (the
 * PDF glues them into one token; the DOCX joins them with a non-breaking space, so Word keeps
 * them together too) — «№ 12», «А.С. Бекова», «2026 ж.», «12 ақпан», «12 февраля 2026»,
 * «пункт 3.1», «3 сотрудника».
 */
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
