/** The per-file cap's summary line counts in each language's grammar (issue 12). */
import { describe, expect, it } from 'vitest';
import { omittedText } from './caps.js';

describe('the "…and N more" line of the per-file cap', () => {
  it('declines its noun: 1 нарушение, 2 нарушения, 5 нарушений, 21 нарушение; 1 more finding, 2 more findings', () => {
    const ru = (n: number) => omittedText(n, 'ru').split(' этого правила')[0];
    expect([1, 2, 5, 21, 11000].map(ru)).toEqual(['…и ещё 1 нарушение', '…и ещё 2 нарушения', '…и ещё 5 нарушений', '…и ещё 21 нарушение', '…и ещё 11\u00A0000 нарушений']);
    const en = (n: number) => omittedText(n, 'en').split(' of this rule')[0];
    expect([1, 2, 11000].map(en)).toEqual(['…and 1 more finding', '…and 2 more findings', '…and 11,000 more findings']);
    expect(omittedText(3, 'kk')).toMatch(/^…осы файлда осы ереже бойынша тағы 3 табылым \(/);
  });
});
