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

describe('counted nouns in messages (issue 12)', () => {
  it('fmt {count|noun}: «1 запись, 2 записи, 5 записей», «1 record», Kazakh singular', async () => {
    const { fmt } = await import('./i18n.js');
    const { severityCounts } = await import('./plural.js');
    expect([1, 2, 5, 21].map((n) => fmt('{n|record}', { n }, 'ru'))).toEqual(['1 запись', '2 записи', '5 записей', '21 запись']);
    expect([1, 2].map((n) => fmt('{n|record}', { n }, 'en'))).toEqual(['1 record', '2 records']);
    expect(fmt('{n|record}', { n: 5 }, 'kk')).toBe('5 жазба');
    expect(severityCounts({ error: 1, warning: 2, info: 5 }, 'ru')).toBe('1 ошибка, 2 предупреждения, 5 замечаний');
    expect(severityCounts({ error: 1, warning: 0, info: 1 }, 'en')).toBe('1 error, 0 warnings, 1 info');
    expect(severityCounts({ error: 1, warning: 2, info: 5 }, 'kk')).toBe('1 қате, 2 ескерту, 5 ақпарат');
  });
  it('a long value cut short counts the characters left with the right form', async () => {
    const { fmt } = await import('./i18n.js');
    expect(fmt('{v}', { v: 'ә'.repeat(302) }, 'ru')).toMatch(/…\(ещё 2 символа\)$/);
    expect(fmt('{v}', { v: 'ә'.repeat(301) }, 'en')).toMatch(/…\(1 more character\)$/);
  });
  it('an echo stays as typed: no date re-dressing of what the user wrote', async () => {
    const { fmt, verbatim } = await import('./i18n.js');
    expect(fmt('{v}', { v: verbatim('2026-13-01') }, 'kk')).toBe('2026-13-01');
    expect(fmt('{v}', { v: '2026-02-30' }, 'ru')).toBe('2026-02-30'); // not a real date: not «30.02.2026»
    expect(fmt('{v}', { v: '2026-02-28' }, 'ru')).toBe('28.02.2026');
  });
});
