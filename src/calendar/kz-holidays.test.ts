/**
 * Kazakhstan's working days, 2023–2027: the shipped data against the npm package date-holidays
 * (which knows the fixed holidays and Kurban Ait, not the Government's transfers), every
 * difference explained; and the calendar's answers on the edges, the same under any TZ.
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addDays } from '../core/dates.js';
import { shippedHolidays, WorkingCalendar, weekdayOf, whyOff } from './working-days.js';

const YEARS = [2023, 2024, 2025, 2026, 2027];

function daysOffOf(cal: WorkingCalendar, year: number): string[] {
  return cal.daysOffIn(`${year}-01-01`, `${year}-12-31`).filter((d) => d.kind !== 'weekend').map((d) => d.date);
}

describe('the holidays file', () => {
  it('lists every year 2023–2027 with its source', () => {
    const file = shippedHolidays();
    for (const y of YEARS) {
      const entry = file.years.find((e) => e.year === y);
      expect(entry, String(y)).toBeDefined();
      expect(entry!.source.length).toBeGreaterThan(20);
      for (const t of entry!.transfers) {
        expect(weekdayOf(t.work), `${t.work} is a weekend day`).toBeGreaterThanOrEqual(5);
        expect(weekdayOf(t.off), `${t.off} is a weekday`).toBeLessThan(5);
      }
    }
  });

  it('agrees with date-holidays on every day off, but for the transfers and the differences it explains', () => {
    const cal = new WorkingCalendar();
    const file = shippedHolidays();
    // date-holidays 3.37: Constitution Day on 15 March already in 2026 (we follow the amended law:
    // from 2027), and Nauryz 2026/2027 moved to one day only (21 and 22 March 2026 are both a
    // weekend, so two days move: 24 and 25 March; 21 March 2027 is a Sunday: 24 March).
    const theirsOnly = new Set(['2026-03-15', '2026-03-16']);
    const oursOnly = new Set(['2026-03-25', '2027-03-24', ...file.years.flatMap((y) => y.transfers.map((t) => t.off))]);
    for (const y of YEARS) {
      const hd = new Holidays('KZ');
      const theirs = new Set(
        hd
          .getHolidays(y)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10))
          .filter((d) => weekdayOf(d) < 5 && !theirsOnly.has(d)),
      );
      const ours = daysOffOf(cal, y).filter((d) => weekdayOf(d) < 5 && !oursOnly.has(d));
      expect(ours, String(y)).toEqual([...theirs].sort());
    }
  });

  it('knows the transfers: a day off on a weekday, a weekend day worked', () => {
    const cal = new WorkingCalendar();
    expect(cal.isDayOff('2023-07-07')).toBe(true);
    expect(cal.isDayOff('2023-07-01')).toBe(false);
    expect(cal.isDayOff('2024-05-08')).toBe(true);
    expect(cal.info('2024-05-04')).toMatchObject({ off: false, workedWeekend: true });
    expect(cal.isDayOff('2025-01-03')).toBe(true);
    expect(cal.isDayOff('2025-01-05')).toBe(false);
  });

  it('moves a holiday on a weekend to the next working day, never onto another holiday', () => {
    const cal = new WorkingCalendar();
    expect(cal.daysOffIn('2026-03-19', '2026-03-27').map((d) => d.date)).toEqual(['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25']);
    expect(cal.info('2026-03-25').kind).toBe('moved-holiday');
    expect(cal.daysOffIn('2027-03-19', '2027-03-26').map((d) => d.date)).toEqual(['2027-03-20', '2027-03-21', '2027-03-22', '2027-03-23', '2027-03-24']);
    expect(cal.isDayOff('2023-12-18')).toBe(true); // Independence Day on a Saturday
    expect(cal.isDayOff('2024-06-17')).toBe(false); // Kurban Ait 2024 was a Sunday: religious days do not move
    expect(cal.isDayOff('2027-01-04')).toBe(true); // 2 January 2027 is a Saturday
  });

  it('treats 2026 by the amended law: no Constitution Day on 30 August or 15 March, 15 March from 2027', () => {
    const cal = new WorkingCalendar();
    expect(cal.isDayOff('2026-08-31')).toBe(false);
    expect(cal.isDayOff('2026-03-16')).toBe(false);
    expect(cal.isDayOff('2025-09-01')).toBe(true); // 30 August 2025, a Saturday
    expect(cal.info('2027-03-15')).toMatchObject({ off: true, kind: 'holiday' });
  });

  it('moves a due date to the last working day before it (the issue\'s example: Sunday 21 March 2027 → Friday 19th)', () => {
    const cal = new WorkingCalendar();
    expect(cal.lastWorkingDayOnOrBefore('2027-03-21')).toBe('2027-03-19');
    expect(cal.lastWorkingDayOnOrBefore('2027-03-24')).toBe('2027-03-19');
    expect(cal.lastWorkingDayOnOrBefore('2024-05-09')).toBe('2024-05-06');
    expect(cal.lastWorkingDayOnOrBefore('2024-05-04')).toBe('2024-05-04');
    expect(cal.lastWorkingDayOnOrBefore('2024-02-29')).toBe('2024-02-29');
    expect(cal.lastWorkingDayOnOrBefore('2025-01-06')).toBe('2025-01-06');
    expect(cal.lastWorkingDayOnOrBefore('2025-01-04')).toBe('2024-12-31'); // 1–3 January off, 4th a Saturday
    expect(whyOff(cal.info('2027-03-21'), 'kk')).toBe('жексенбі, Наурыз мейрамы');
    expect(whyOff(cal.info('2024-05-08'), 'ru')).toBe('среда, перенесённый выходной');
  });

  it('takes the settings: a six-day week, a local day off, a worked day', () => {
    const six = new WorkingCalendar(undefined, { week: 6, days_off: [{ date: '2024-04-12', name: 'Қала күні' }, '2024-04-19'], working_days: ['2024-05-08'] });
    expect(six.isDayOff('2024-04-13')).toBe(false); // a Saturday: worked in a six-day week
    expect(six.isDayOff('2024-04-14')).toBe(true);
    expect(six.isDayOff('2024-04-12')).toBe(true);
    expect(whyOff(six.info('2024-04-12'), 'kk')).toBe('жұма, Қала күні');
    expect(six.isDayOff('2024-04-19')).toBe(true);
    expect(six.isDayOff('2024-05-08')).toBe(false);
    expect(six.lastWorkingDayOnOrBefore('2024-04-14')).toBe('2024-04-13');
  });

  it('gives the same answers under TZ=UTC, Asia/Almaty and America/Los_Angeles', () => {
    const saved = process.env.TZ;
    const answers: string[] = [];
    try {
      for (const tz of ['UTC', 'Asia/Almaty', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        const cal = new WorkingCalendar();
        const out: string[] = [];
        for (let d = '2023-01-01'; d <= '2027-12-31'; d = addDays(d, 1)) if (cal.isDayOff(d)) out.push(d);
        answers.push(out.join(','));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);
  });
});
