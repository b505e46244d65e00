import { describe, expect, it } from 'vitest';
import { ruleCases } from '../../src/testing/cases.js';
import { hiddenChars, latinLetters, latinLettersAt, MAX_NAMED, mayNeedLook, mixedWords, mixedWordsAt } from './mixed-script.js';

ruleCases('data/mixed-script');

describe('mixedWords', () => {
  it('a run of ten million letters: no stack overflow, found in linear time', () => {
    const word = 'Бa'.repeat(5_000_000);
    const t = Date.now();
    const found = mixedWords(`${word} Бекова`);
    expect(found).toHaveLength(1);
    expect(found[0].length).toBe(10_000_000);
    expect(Date.now() - t).toBeLessThan(20_000);
  });
  it('Latin-extended look-alikes and letters outside the BMP', () => {
    expect(mixedWords('Əлиева ə Сәуле')).toEqual(['Əлиева']);
    expect(latinLetters('Əлиеvа')).toEqual(['Ə (U+018F)', 'v']);
    expect(mixedWords('Бек𝐚ова')).toEqual([]); // 𝐚 (U+1D41A) is a mathematical letter (Common script), not Latin
    expect(mixedWords('IT-мектеп, Бекова')).toEqual([]);
  });
});

describe('every character named, with its position (issue 14: only the first one was)', () => {
  it('each hidden character, positions counted in characters (a pair is one, a lone half is one)', () => {
    const s = '𝐀\u200bБек\ud800ова\u00ad\u0007';
    const h = hiddenChars(s);
    expect(h.total).toBe(4);
    expect(h.named).toEqual([
      { char: '\u200b', position: 2 },
      { char: '\ud800', position: 6 },
      { char: '\u00ad', position: 10 },
      { char: '\u0007', position: 11 },
    ]);
  });
  it('a million hidden characters: the first 20 named, all counted, in one pass', () => {
    const h = hiddenChars('а\u200b'.repeat(1_000_000));
    expect(h.total).toBe(1_000_000);
    expect(h.named).toHaveLength(MAX_NAMED);
    expect(h.named.at(-1)!.position).toBe(2 * MAX_NAMED);
  });
  it('each Latin letter of a mixed word, with its position in the whole text', () => {
    const text = '𝐀 Əлиеvа';
    const [w] = mixedWordsAt(text);
    expect(w).toEqual({ word: 'Əлиеvа', index: 3, position: 3 });
    expect(latinLettersAt(w.word, w.position)).toEqual({ named: [{ char: 'Ə (U+018F)', position: 3 }, { char: 'v', position: 7 }], total: 2 });
  });
  it('ten million letters: 20 named, five million counted', () => {
    const word = 'Бa'.repeat(5_000_000);
    const [w] = mixedWordsAt(word);
    const l = latinLettersAt(w.word, w.position);
    expect(l.total).toBe(5_000_000);
    expect(l.named.map((x) => x.position)).toEqual(Array.from({ length: MAX_NAMED }, (_, i) => 2 * (i + 1)));
  });
});

describe('mayNeedLook (the quick pass before the full checks)', () => {
  it('passes no UTF-16 unit that is Latin or hidden, alone or inside a Cyrillic name', () => {
    const latin = /\p{Script=Latin}/u;
    let passed = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `Бекова ${ch}Айгүл`]) {
        if (mayNeedLook(s)) continue;
        passed++;
        expect(latin.test(s), `U+${c.toString(16)}`).toBe(false);
        expect(hiddenChars(s).total, `U+${c.toString(16)}`).toBe(0);
      }
    }
    // What it passes: digits, punctuation, space, tab, newline, « » — № … and the Cyrillic blocks.
    expect(passed).toBeGreaterThan(2 * (0x530 - 0x400));
    expect(mayNeedLook('Бекова Айгүл, 1985 ж. — «Әлем» № 5…')).toBe(false);
    expect(mayNeedLook('Бекова\u00adАйгүл')).toBe(true); // a soft hyphen
    expect(mayNeedLook('Бекова\u200bАйгүл')).toBe(true); // a zero-width space
    expect(mayNeedLook('Бекоvа')).toBe(true);
    expect(mayNeedLook('Ə')).toBe(true);
  });
});
