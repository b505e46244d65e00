import { describe, expect, it } from 'vitest';
import { kkAblative } from './_view.js';

describe('kkAblative', () => {
  it('follows the last spoken word of the number', () => {
    const got = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1000, 2000000].map(kkAblative);
    expect(got).toEqual([
      '0-ден', '1-ден', '2-ден', '3-тен', '4-тен', '5-тен', '6-дан', '7-ден', '8-ден', '9-дан',
      '10-нан', '11-ден', '20-дан', '30-дан', '40-тан', '50-ден', '60-тан', '70-тен', '80-нен', '90-нан',
      '100-ден', '1000-нан', '2000000-нан',
    ]);
  });
});
