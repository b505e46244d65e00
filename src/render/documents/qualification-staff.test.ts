/**
 * The qualification list (2.2.7) lists the staff support-center/qualification-cycle checks: not
 * position `other`, not staff who left before the day, not staff hired after it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepo } from '../../load/loader.js';
import { RULE_FIXTURES } from '../../testing/cases.js';
import { qualificationRows } from './qualification.js';

const params = { cycle_years: 5, horizon_months: 12 };
const rows = (c: string, extra: Partial<typeof params & { positions: string[] }> = {}) => {
  const dir = path.join(RULE_FIXTURES, 'support-center/qualification-cycle', c);
  const { data } = loadRepo([dir], { cwd: dir, limits: {} });
  return qualificationRows(data.staffOf('kost-aso'), data, '2026-11-22', { ...params, ...extra }, 'kk').map((r) => `${r.name}: ${r.status}`);
};

describe('qualification list staff', () => {
  it('leaves out position other by default, and lists it when positions say so', () => {
    expect(rows('other-position-skipped')).toEqual(['Нұрғалиева Қ.: overdue']);
    expect(rows('other-position-skipped', { positions: ['methodologist', 'other'] })).toHaveLength(3);
  });
  it('leaves out staff who left before the day or are hired after it; the last working day still counts', () => {
    expect(rows('left-before-as-of-skipped')).toEqual(['Үсенов Е.: overdue']);
  });
});
