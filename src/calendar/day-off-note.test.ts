/** `ereje new` says so when an open door day or a landing is put on a day off. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNew } from '../new/new.js';
import { newOptions, repoCopy } from '../testing/new-fixture.js';
import { loadSettings } from '../engine/settings.js';
import { dayOffNotes } from './day-off-note.js';

const ODD = { organizer: 'tur-bdo', lead: 'tur-s001', topic: 'Ғылыми жоба', id: 'odd-2026-q1b', file: 'turkistan/odd.yaml' };

describe('ereje new on a day off', () => {
  it('warns when the open door day falls on a public holiday, and still writes it', async () => {
    const { dir } = repoCopy();
    const o = await newOptions(dir, 'open-door-day', { ...ODD, date: '2026-03-23' });
    await runNew(o);
    expect(o.output()).toContain('Note: 2026-03-23 is a day off (Monday, Nauryz)');
    expect(fs.readFileSync(path.join(dir, 'turkistan/odd.yaml'), 'utf8')).toContain('date: 2026-03-23');
  });

  it('says nothing on a working day, and follows the settings (a six-day week, a local day off) in Kazakh', async () => {
    const { dir } = repoCopy();
    const o = await newOptions(dir, 'open-door-day', { ...ODD, date: '2026-05-14' });
    await runNew(o);
    expect(o.output()).not.toContain('day off');
    fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'language: kk\ncalendar:\n  working_days:\n    week: 6\n    days_off: [{ date: 2026-05-15, name: "Облыс күні" }]\n');
    const s = loadSettings(['.'], undefined, dir).settings;
    expect(dayOffNotes('open_door_days', { date: '2026-05-16' }, s, 'kk')).toEqual([]);
    expect(dayOffNotes('landings', { dates: { from: '2026-05-14', to: '2026-05-17' } }, s, 'kk')).toEqual([
      'Назар аударыңыз: 15.05.2026 — демалыс күні (жұма, Облыс күні)',
      'Назар аударыңыз: 17.05.2026 — демалыс күні (жексенбі)',
    ]);
    expect(dayOffNotes('requests', { date: '2026-05-17' }, s, 'kk')).toEqual([]);
  });
});
