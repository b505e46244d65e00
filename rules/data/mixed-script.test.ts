import { describe, expect, it } from 'vitest';
import { ruleCases } from '../../src/testing/cases.js';
import { latinLetters, mixedWords } from './mixed-script.js';

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
