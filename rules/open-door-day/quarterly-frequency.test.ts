import { describe, expect, it } from 'vitest';
import { ruleCases } from '../../src/testing/cases.js';
import { academicQuarters, anyDateIn, calendarQuarterOf, calendarQuarters, unknownSchoolYears } from './_quarters.js';

ruleCases('open-door-day/quarterly-frequency');

const YEARS = [
  {
    name: '2025-2026',
    quarters: [
      { from: '2025-09-01', to: '2025-10-26' },
      { from: '2025-11-03', to: '2025-12-28' },
      { from: '2026-01-08', to: '2026-03-18' },
      { from: '2026-03-30', to: '2026-05-25' },
    ],
  },
];

describe('quarters', () => {
  it('puts 2026-03-31 in Q1 and 2026-04-01 in Q2', () => {
    expect(calendarQuarterOf('2026-03-31').label).toBe('2026-Q1');
    expect(calendarQuarterOf('2026-04-01').label).toBe('2026-Q2');
    expect(calendarQuarterOf('2026-12-31')).toMatchObject({ label: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
  });
  it('lists the calendar quarters a period overlaps, across years', () => {
    expect(calendarQuarters({ from: '2025-09-01', to: '2026-05-31' }).map((q) => q.label)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(calendarQuarters({ from: '2026-06-30', to: '2026-07-01' }).map((q) => `${q.from}/${q.to}`)).toEqual(['2026-04-01/2026-06-30', '2026-07-01/2026-09-30']);
  });
  it('labels academic quarters by school year and skips the breaks', () => {
    expect(academicQuarters(YEARS, { from: '2026-01-01', to: '2026-12-31' }).map((q) => q.label)).toEqual(['2025-2026-Q3', '2025-2026-Q4']);
    expect(academicQuarters(YEARS, { from: '2026-03-19', to: '2026-03-29' })).toEqual([]);
  });
  it('finds the school years the calendar does not know', () => {
    expect(unknownSchoolYears(YEARS, { from: '2026-01-01', to: '2026-12-31' })).toEqual([{ name: '2026-2027', from: '2026-09-01', to: '2026-12-31' }]);
    expect(unknownSchoolYears(YEARS, { from: '2025-09-01', to: '2026-08-31' })).toEqual([]);
    expect(unknownSchoolYears(YEARS, { from: '2025-08-01', to: '2025-09-30' })).toEqual([{ name: '2024-2025', from: '2025-08-01', to: '2025-08-31' }]);
  });
  it('searches sorted dates by period', () => {
    const d = ['2026-02-12', '2026-04-01', '2026-08-20'];
    expect(anyDateIn(d, { from: '2026-01-01', to: '2026-03-31' })).toBe(true);
    expect(anyDateIn(d, { from: '2026-04-02', to: '2026-08-19' })).toBe(false);
    expect(anyDateIn(d, { from: '2026-08-21', to: '2026-12-31' })).toBe(false);
    expect(anyDateIn([], { from: '2026-01-01', to: '2026-12-31' })).toBe(false);
  });
});
