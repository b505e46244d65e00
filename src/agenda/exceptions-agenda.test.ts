/**
 * Exceptions that expire are on the agenda: due on their last day in force (moved to the
 * working day before when that is a day off), in the .ics too; and an exception left to expire
 * becomes exactly exceptions/expired, with its finding back, the day after.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { ROOT } from '../testing/cases.js';
import { runMain } from '../testing/cli-io.js';
import { tmpDir } from '../testing/report-fixture.js';
import { addDays } from '../core/dates.js';

interface Item { rule: string; subject: string; kind: string | null; due: string; do_by: string; overdue: boolean; title: string; file: string; line: number }

async function sampleWithBaseline(expires: string): Promise<string> {
  const dir = tmpDir('agenda-exceptions');
  fs.cpSync(path.join(ROOT, 'fixtures/sample'), dir, { recursive: true });
  const r = await runMain(['baseline', '--reason', 'Ескі тәртіппен — ӘҒҚҢӨҰҮҺІ', '--approved-by', 'tur-bdo-s001', '--expires', expires, '--as-of', '2026-11-22', '--lang', 'en'], dir);
  expect(r.code, r.err).toBe(0);
  return dir;
}

describe('ereje agenda: exceptions that expire', () => {
  it('each exception in force falls due on its expiry; the day after it is exceptions/expired', async () => {
    // 2027-01-02 is a Saturday and 1–2 January are holidays: the working day before is in December.
    const expires = '2027-01-02';
    const dir = await sampleWithBaseline(expires);
    const before = await runMain(['validate', '--as-of', '2026-11-22', '--format', 'json'], dir);
    const covered = JSON.parse(before.out).suppressed as { rule: string; subject: string }[];
    expect(covered.length).toBeGreaterThan(0);

    const a = await runMain(['agenda', '--from', '2026-11-22', '--to', '2027-01-31', '--format', 'json', '--lang', 'en'], dir);
    expect(a.code, a.err).toBe(0);
    const items = (JSON.parse(a.out).items as Item[]).filter((i) => i.rule === 'exceptions/expired');
    // One per exception, each naming the rule and subject it covers.
    expect(items.map((i) => `${i.kind} ${i.subject}`).sort()).toEqual(covered.map((f) => `${f.rule} ${f.subject}`).sort());
    for (const i of items) {
      expect(i.due).toBe(expires);
      expect(i.do_by < expires).toBe(true);
      expect(i.overdue).toBe(false);
      expect(i.file).toBe('exceptions.yaml');
      expect(fs.readFileSync(path.join(dir, 'exceptions.yaml'), 'utf8').split('\n')[i.line - 1]).toContain(`expires: ${expires}`);
      expect(i.title).toContain('expires: fix the finding, or extend the exception');
    }

    // On the expiry day: still covered, no exceptions/expired. The day after: each one is.
    const onDay = JSON.parse((await runMain(['validate', '--as-of', expires, '--format', 'json'], dir)).out).findings as { rule: string; subject: string }[];
    expect(onDay.filter((f) => f.rule === 'exceptions/expired')).toEqual([]);
    const after = JSON.parse((await runMain(['validate', '--as-of', addDays(expires, 1), '--format', 'json'], dir)).out).findings as { rule: string; subject: string }[];
    expect(after.filter((f) => f.rule === 'exceptions/expired').map((f) => f.subject).sort()).toEqual(items.map((i) => i.subject).sort());

    // From the day after, the agenda shows them overdue.
    const late = JSON.parse((await runMain(['agenda', '--from', addDays(expires, 1), '--days', '7', '--format', 'json'], dir)).out).items as Item[];
    expect(late.filter((i) => i.rule === 'exceptions/expired').every((i) => i.overdue)).toBe(true);
  });

  it('in the .ics, in Kazakh, read back by ical.js', async () => {
    const dir = await sampleWithBaseline('2027-03-31');
    const r = await runMain(['agenda', '--from', '2026-11-22', '--to', '2027-04-30', '--format', 'ics', '--lang', 'kk'], dir);
    expect(r.code, r.err).toBe(0);
    const comp = new ICAL.Component(ICAL.parse(r.out));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const ours = events.filter((e) => e.summary.includes('ерекшелігінің мерзімі бітеді'));
    expect(ours.length).toBeGreaterThan(0);
    for (const e of ours) expect(e.startDate.toString()).toBe('2027-03-31');
  });
});
