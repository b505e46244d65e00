import { describe, expect, it } from 'vitest';
import { CYCLE_YEARS, HORIZON_MONTHS, formatSpan, lastCourse, qualificationStatus, spanBetween } from './_qualification.js';

const P = { cycle_years: 5, horizon_months: 12 };

describe('qualificationStatus', () => {
  it('takes the latest completed course, not the last listed, and ignores undated or future ones', () => {
    const s = { qualification: [{ completed: '2023-05-10' }, { completed: '2019-01-15' }, {}, { completed: '2027-01-01' }] };
    expect(lastCourse(s, '2026-11-22')).toEqual({ index: 0, completed: '2023-05-10' });
    const q = qualificationStatus(s, '2026-11-22', P);
    expect(q).toMatchObject({ status: 'ok', basis: 'course', last: '2023-05-10', due: '2028-05-10', path: ['qualification', 0, 'completed'] });
  });

  it('passes exactly 5 years and fails a day later', () => {
    const s = { qualification: [{ completed: '2021-11-22' }] };
    expect(qualificationStatus(s, '2026-11-22', P).status).toBe('due');
    const late = qualificationStatus(s, '2026-11-23', P);
    expect(late.status).toBe('overdue');
    expect(late.overdueBy).toEqual({ years: 0, months: 0, days: 1, totalDays: 1 });
  });

  it('5 years after 2020-02-29 is 2025-02-28', () => {
    const s = { qualification: [{ completed: '2020-02-29' }] };
    expect(qualificationStatus(s, '2025-02-28', P)).toMatchObject({ due: '2025-02-28', status: 'due' });
    expect(qualificationStatus(s, '2025-03-01', P).status).toBe('overdue');
  });

  it('counts from hired with no course, and has no basis without either', () => {
    expect(qualificationStatus({ hired: '2010-09-01' }, '2026-11-22', P)).toMatchObject({ basis: 'hired', path: ['hired'], status: 'overdue' });
    expect(qualificationStatus({ qualification: [{}] }, '2026-11-22', P)).toMatchObject({ status: 'no-basis', due: null, path: [] });
  });

  it('the horizon ends on as-of + 12 months inclusive', () => {
    expect(qualificationStatus({ qualification: [{ completed: '2022-11-22' }] }, '2026-11-22', P).status).toBe('due');
    expect(qualificationStatus({ qualification: [{ completed: '2022-11-23' }] }, '2026-11-22', P).status).toBe('ok');
  });

  it('uses the declared defaults', () => {
    expect(CYCLE_YEARS.default).toBe(5);
    expect(HORIZON_MONTHS.default).toBe(12);
    expect(qualificationStatus({ qualification: [{ completed: '2022-11-22' }] }, '2026-11-22', { cycle_years: 5 }).status).toBe('due');
  });
});

describe('spanBetween / formatSpan', () => {
  it('counts whole months, then days', () => {
    expect(spanBetween('2020-05-05', '2026-11-22')).toMatchObject({ years: 6, months: 6, days: 17 });
    expect(spanBetween('2025-01-31', '2025-03-01')).toMatchObject({ years: 0, months: 1, days: 1 });
    expect(spanBetween('2026-11-22', '2026-11-22')).toMatchObject({ years: 0, months: 0, days: 0, totalDays: 0 });
  });
  it('speaks kk, ru (with plurals) and en', () => {
    expect(formatSpan({ years: 1, months: 2, days: 5 })).toEqual({ kk: '1 жыл 2 ай 5 күн', ru: '1 год 2 месяца 5 дней', en: '1 year 2 months 5 days' });
    expect(formatSpan({ years: 11, months: 0, days: 21 }).ru).toBe('11 лет 21 день');
    expect(formatSpan({ years: 0, months: 0, days: 0 }).en).toBe('0 days');
  });
});
