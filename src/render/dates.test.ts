import { describe, expect, it } from 'vitest';
import { KK_MONTHS, dateValue, kkDate, kkFormDate, kkPeriod, periodValue, ruDate, ruFormDate, ruPeriod } from './dates.js';

describe('official date forms', () => {
  it('Kazakh running text: «2026 жылғы 14 қарашадағы», every month from our own table', () => {
    expect(kkDate('2026-11-14')).toBe('2026 жылғы 14 қарашадағы');
    const attr = KK_MONTHS.map((m) => m.attr);
    // calendar.md lists the locative forms; -дағы/-дегі/-тегі by vowel harmony and the last sound.
    expect(attr).toEqual(['қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы', 'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы']);
    for (let m = 1; m <= 12; m++) expect(kkDate(`2026-${String(m).padStart(2, '0')}-01`)).toBe(`2026 жылғы 1 ${attr[m - 1]}`);
  });

  it('Kazakh case forms: on the day, by, from', () => {
    expect(kkDate('2026-02-12', 'loc')).toBe('2026 жылғы 12 ақпанда');
    expect(kkDate('2026-02-19', 'dat')).toBe('2026 жылғы 19 ақпанға');
    expect(kkDate('2026-09-01', 'dat')).toBe('2026 жылғы 1 қыркүйекке');
    expect(kkDate('2023-03-10', 'abl')).toBe('2023 жылғы 10 наурыздан');
    expect(kkDate('2026-06-10', 'abl')).toBe('2026 жылғы 10 маусымнан');
  });

  it('forms and tables', () => {
    // The requisite in Kazakh word order (year, day, month), not the Russian «"14" қараша 2026 ж.»
    expect(kkFormDate('2026-11-14')).toBe('2026 жылғы 14 қараша');
    expect(kkFormDate('2026-01-05')).toBe('2026 жылғы 5 қаңтар');
    expect(ruDate('2026-11-14')).toBe('14 ноября 2026 года');
    expect(ruFormDate('2026-03-01')).toBe('«01» марта 2026 г.');
    expect(dateValue('2026-11-14', 'kk').table).toBe('14.11.2026');
    expect(dateValue('2026-11-14', 'ru').table).toBe('14.11.2026');
  });

  it('periods in running text', () => {
    expect(kkPeriod('2026-03-10', '2026-03-12')).toBe('2026 жылғы 10–12 наурызда');
    expect(kkPeriod('2026-02-28', '2026-03-03')).toBe('2026 жылғы 28 ақпан – 3 наурызда');
    expect(kkPeriod('2025-12-29', '2026-01-07')).toBe('2025 жылғы 29 желтоқсан – 2026 жылғы 7 қаңтарда');
    expect(ruPeriod('2026-03-10', '2026-03-12')).toBe('с 10 по 12 марта 2026 года');
    expect(ruPeriod('2026-02-28', '2026-03-03')).toBe('с 28 февраля по 3 марта 2026 года');
    expect(ruPeriod('2025-12-29', '2026-01-07')).toBe('с 29 декабря 2025 года по 7 января 2026 года');
    expect(periodValue({ from: '2026-03-10', to: '2026-03-12' }, 'kk').table).toBe('10.03.2026 – 12.03.2026');
  });

  it('a leap day is a day like any other', () => {
    expect(kkDate('2028-02-29')).toBe('2028 жылғы 29 ақпандағы');
    expect(ruDate('2028-02-29')).toBe('29 февраля 2028 года');
  });
});
