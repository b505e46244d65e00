import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import { COLLECTIONS, textRegistry } from '../../src/schema/collections.js';
import { each, patternsByCollection } from '../../src/schema/walk.js';
import { fieldPath } from '../../src/schema/issues.js';

const TEXTS = patternsByCollection(textRegistry);
const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04FF\u0500-\u052F]/;
const WORD = /[\p{L}\p{M}]+/gu;

/** Words that mix Latin and Cyrillic letters, e.g. "Бекоvа". */
export function mixedWords(s: string): string[] {
  if (!LATIN.test(s) || !CYRILLIC.test(s)) return [];
  const out: string[] = [];
  for (const m of s.matchAll(WORD)) {
    const w = m[0];
    if (LATIN.test(w) && CYRILLIC.test(w)) out.push(w);
  }
  return out;
}

export default ruleFor<Dataset>()({
  id: 'data/mixed-script',
  clauses: [],
  severity: 'warning',
  subject: 'record id',
  messages: {
    mixed: {
      kk: '{field}: «{word}» сөзінде латын және кирилл әріптері аралас (латын әріптері: {latin}) — іздеу мен құжаттарда қате шығады',
      ru: '{field}: в слове «{word}» смешаны латинские и кириллические буквы (латинские: {latin}) — поиск и документы будут с ошибкой',
      en: '{field}: the word "{word}" mixes Latin and Cyrillic letters (Latin: {latin}); search and documents will go wrong',
    },
  },
  docs: {
    summary: 'A word in a name or title mixes Latin and Cyrillic letters, usually a look-alike typed on the wrong keyboard layout ("Бекоvа", "Aйгүл" with a Latin A).',
    details: 'Words are runs of letters; "IT-мектеп" is two words and passes. Checked in every human-text field: names, topics, titles, courses.',
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
              if (!LATIN.test(value)) return; // the common case: nothing to split
            } else if (value === null || typeof value !== 'object') return;
            const path = pathOf();
            const variants: [string, (string | number)[]][] = typeof value === 'string'
              ? [[value, path]]
              : Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string').map(([k, v]) => [v, [...path, k]]);
            for (const [text, p] of variants) {
              for (const word of mixedWords(text)) {
                const latin = [...new Set(word.match(/[A-Za-z]/g) ?? [])].join(' ');
                ctx.report({ messageId: 'mixed', subject: rec.id as string, at: rec, path: p, data: { field: fieldPath(p), word, latin } });
              }
            }
          });
        }
      }
    }
  },
});
