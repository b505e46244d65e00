/**
 * Date arithmetic at the edges of the data format's calendar (years 0000–9999). Found by fuzzing
 * render with extreme dates: five years after 9999-12-31 came out as "10004-12-31", which broke
 * every date after it — it compared as earlier than 2026 ("10004" < "2026" as text), and the
 * documents' date wording crashed on it (an internal error from `ereje render`).
 */
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, formatDotted, isValidIsoDate } from './dates.js';

describe('dates at the edges of the calendar', () => {
  it('stay four-digit, valid, and in order', () => {
    const results = [
      addYears('9999-12-31', 5),
      addYears('9998-06-30', 5),
      addMonths('9999-12-31', 1),
      addDays('9999-12-31', 1),
      addDays('9999-12-31', 400),
      addDays('0000-01-01', -1),
      addYears('0001-01-01', -5),
      addMonths('0000-01-31', -1),
    ];
    for (const d of results) expect(isValidIsoDate(d), d).toBe(true);
    expect(addYears('9999-12-31', 5)).toBe('9999-12-31');
    expect(addDays('9999-12-31', 1)).toBe('9999-12-31');
    expect(addDays('0000-01-01', -1)).toBe('0000-01-01');
    expect(addYears('9999-12-31', 5) > '2026-11-22').toBe(true);
    expect(formatDotted(addYears('9999-12-31', 5))).toBe('31.12.9999');
  });

  it('inside the edges nothing changes', () => {
    expect(addYears('2020-02-29', 5)).toBe('2025-02-28');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0000-01-02', -1)).toBe('0000-01-01');
    expect(daysBetween('0000-01-01', '9999-12-31')).toBe(3652424);
  });
});
