/**
 * A planned open door day months away: `new` writes it without an error for its missing order
 * (clause 1.6 asks for the order before the day), and its preview says when each obligation
 * falls due — the same dates `ereje agenda` gives, moved off days off the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../testing/cli-io.js';
import { ROOT } from '../testing/cases.js';
import { tmpDir } from '../testing/report-fixture.js';

function sampleCopy(): string {
  const dir = tmpDir('falls-due');
  fs.cpSync(path.join(ROOT, 'fixtures/sample'), dir, { recursive: true });
  return dir;
}

const DAY = ['new', 'open-door-day', '--organizer', 'tur-bdo', '--date', '2026-05-14', '--topic', 'Функционалдық сауаттылық', '--basis', 'requests', '--lead', 'tur-bdo-s001', '--advertising', 'website', '--id', 'odd-tur-2026-x', '--file', 'turkistan/open-door-days-2026.yaml', '--force'];

describe('ereje new: what a planned day makes fall due', () => {
  it('four months ahead: no order finding yet, and the preview gives the agenda\'s dates', async () => {
    const dir = sampleCopy();
    const r = await runMain([...DAY, '--as-of', '2026-01-10', '--lang', 'en'], dir);
    expect(r.out).toContain('What falls due (ereje agenda):');
    expect(r.out).toMatch(/by 2026-05-14: Sign the head's order on open door day odd-tur-2026-x \(2026-05-14\)\s+\(open-door-day\/director-order, 1\.6\)/);
    expect(r.out).toMatch(/by 2026-04-30: Requests for open door day odd-tur-2026-x/);
    // Neither the order nor the requests are findings before the day.
    expect(r.out).not.toContain('open-door-day/director-order (1.6)');
    expect(r.out).not.toContain('open-door-day/content-basis');
    // The agenda says the same.
    const a = await runMain(['agenda', '--from', '2026-01-10', '--to', '2026-06-30', '--format', 'json', '--lang', 'en'], dir);
    const items = JSON.parse(a.out).items as { rule: string; subject: string; do_by: string }[];
    expect(items.find((i) => i.rule === 'open-door-day/director-order' && i.subject === 'odd-tur-2026-x')?.do_by).toBe('2026-05-14');
    // And validate, the day after the day, reports the missing order.
    const late = await runMain(['validate', '--as-of', '2026-05-15', '--format', 'json'], dir);
    const findings = JSON.parse(late.out).findings as { rule: string; subject: string }[];
    expect(findings.some((f) => f.rule === 'open-door-day/director-order' && f.subject === 'odd-tur-2026-x')).toBe(true);
    expect(findings.some((f) => f.rule === 'open-door-day/content-basis' && f.subject === 'odd-tur-2026-x')).toBe(true);
  });

  it('in Kazakh, with the date as 14.05.2027', async () => {
    const dir = sampleCopy();
    const r = await runMain([...DAY.map((x) => (x === '2026-05-14' ? '2027-05-14' : x)), '--as-of', '2026-11-22', '--lang', 'kk'], dir);
    expect(r.out).toContain('Мерзімі келетін міндеттер (ereje agenda):');
    expect(r.out).toMatch(/14\.05\.2027 дейін: odd-tur-2026-x \(14\.05\.2027\) ашық есік күнін өткізу туралы басшының бұйрығына қол қою/);
  });
});
