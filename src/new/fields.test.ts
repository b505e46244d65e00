/** Default ids of `ereje new` follow the owner (issuer, organizer) and the record's year. */
import { describe, expect, it } from 'vitest';
import { FIELDS, ownerYearId, type Ctx } from './fields.js';
import { loadRepo } from '../load/loader.js';
import { ROOT } from '../testing/cases.js';
import path from 'node:path';

const none = () => false;

describe('default ids', () => {
  it('the next of the same owner and year; else the owner\'s pattern with the year changed, numbered from 1', () => {
    const own = [
      { id: 'ord-tur-uo-2019-44', year: '2019' },
      { id: 'ord-tur-2026-014', year: '2026' },
      { id: 'ord-tur-2026-031', year: '2026' },
    ];
    expect(ownerYearId(own, '2026', none, 'x')).toBe('ord-tur-2026-032');
    expect(ownerYearId(own, '2027', none, 'x')).toBe('ord-tur-2027-001');
    expect(ownerYearId(own, '2027', (id) => id === 'ord-tur-2027-001', 'x')).toBe('ord-tur-2027-002');
    expect(ownerYearId([], '2027', none, 'ord-tur-bdo-2027-001')).toBe('ord-tur-bdo-2027-001');
  });

  it('an order of tur-bdo dated 2027 in the sample gets a tur 2027 id, not another issuer\'s or year\'s', () => {
    const { data } = loadRepo([path.join(ROOT, 'fixtures/sample')], {});
    const c: Ctx = { data, today: '2026-11-22', lang: 'en', answers: { issuer: 'tur-bdo', type: 'open-door-day', date: '2027-02-10' } };
    const id = FIELDS.order.find((f) => f.name === 'id')!.default!(c) as string;
    expect(id).toBe('ord-tur-2027-001');
    c.answers.date = '2026-12-01';
    expect(FIELDS.order.find((f) => f.name === 'id')!.default!(c)).toBe('ord-tur-2026-069');
    c.answers = { organizer: 'tur-bdo', date: '2027-02-10' };
    expect(FIELDS['open-door-day'].find((f) => f.name === 'id')!.default!(c)).toBe('odd-tur-2027-q1');
  });
});
