import { describe, expect, it } from 'vitest';
import { plural, SEVERITY_FORMS } from './plural.js';

describe('plural', () => {
  it('Russian one / few / many, by CLDR', () => {
    const e = SEVERITY_FORMS.error;
    expect([0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111].map((n) => plural(n, e, 'ru'))).toEqual([
      '0 ошибок', '1 ошибка', '2 ошибки', '4 ошибки', '5 ошибок', '11 ошибок', '12 ошибок', '21 ошибка', '22 ошибки', '25 ошибок', '101 ошибка', '111 ошибок',
    ]);
    expect(plural(2, SEVERITY_FORMS.warning, 'ru')).toBe('2 предупреждения');
    expect(plural(5, SEVERITY_FORMS.info, 'ru')).toBe('5 замечаний');
  });
  it('Kazakh keeps the noun singular after a numeral; English one / other', () => {
    expect([1, 2, 5].map((n) => plural(n, SEVERITY_FORMS.error, 'kk'))).toEqual(['1 қате', '2 қате', '5 қате']);
    expect([0, 1, 2].map((n) => plural(n, SEVERITY_FORMS.error, 'en'))).toEqual(['0 errors', '1 error', '2 errors']);
  });
});
