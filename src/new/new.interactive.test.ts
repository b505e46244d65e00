/**
 * `ereje new` with questions, driven through inquirer's own test screen (@inquirer/testing):
 * the real prompts render, keys are pressed, answers are validated as typed.
 */
import { screen } from '@inquirer/testing/vitest';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runNew } from './new.js';
import { readDataFile } from '../load/read-file.js';
import { EreError } from '../core/errors.js';
import { AS_OF, newOptions, repoCopy } from '../testing/new-fixture.js';
import type { Kind } from './fields.js';

const opts = (dir: string, kind: Kind, flags: Record<string, string> = {}) => newOptions(dir, kind, flags, { interactive: true });

/** Waits until the screen shows `text` (prompts render asynchronously). */
async function until(text: string | RegExp): Promise<string> {
  for (let i = 0; i < 25; i++) {
    const s = screen.getScreen();
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
    await Promise.race([screen.next(), new Promise((r) => setTimeout(r, 200))]);
  }
  throw new Error(`never showed ${text}; screen:\n${screen.getScreen()}`);
}

describe('ereje new (questions)', { timeout: 30_000 }, () => {
  it('a request: choices from the data, defaults, a wrong date refused as typed, a summary, then written', async () => {
    const { dir, file, original } = repoCopy();
    const o = await opts(dir, 'request');
    const done = runNew(o);

    await until('For which event');
    let s = await until('odd-2026-q1 — 2026-02-12 — Функционалдық сауаттылық (tur-bdo)'); // the search list loads
    screen.keypress('enter');

    s = await until('Requester');
    expect(s).toContain('teacher');
    screen.keypress('down');
    screen.keypress('enter'); // parent

    await until('From whom');
    screen.type('Ата-аналар комитеті');
    screen.keypress('enter');

    s = await until("Requester's organization");
    expect(s).toContain('— (none)');
    screen.keypress('enter'); // none

    s = await until('Submitted on');
    expect(s).toContain(AS_OF); // today by default
    screen.type('2026-02-30');
    screen.keypress('enter');
    s = await until('a real date written YYYY-MM-DD');
    for (let i = 0; i < 30; i++) screen.keypress('backspace');
    screen.type('2026-01-28');
    screen.keypress('enter');

    await until('Topic');
    screen.keypress('enter'); // optional, left empty

    s = await until('Record id');
    expect(s).toContain('req-2026-03'); // the next free id
    screen.type('req-2026-01');
    screen.keypress('enter');
    s = await until('this id is taken (requests)');
    for (let i = 0; i < 20; i++) screen.keypress('backspace');
    screen.type('req-2026-03');
    screen.keypress('enter');

    s = await until('Which file');
    expect(s).toContain('turkistan/events.yaml');
    screen.keypress('enter');

    s = await until('Write it?');
    expect(o.output()).toContain('The record to add to turkistan/events.yaml:20:');
    expect(o.output()).toContain('    requester: parent');
    expect(o.output()).toContain('No new findings by the rules.');
    screen.keypress('enter');

    const r = await done;
    expect(r.record).toEqual({ id: 'req-2026-03', for: 'odd-2026-q1', requester: 'parent', from: 'Ата-аналар комитеті', submitted: '2026-01-28' });
    const after = fs.readFileSync(file, 'utf8');
    const inserted = '\r\n\r\n  - id: req-2026-03\r\n    for: odd-2026-q1\r\n    requester: parent\r\n    from: "Ата-аналар комитеті"\r\n    submitted: 2026-01-28';
    expect(after.replace(inserted, '')).toBe(original.toString('utf8'));
  });

  it('an open door day: the organizer\'s director is the default lead; flags given are not asked', async () => {
    const { dir, file } = repoCopy();
    const o = await opts(dir, 'open-door-day', { organizer: 'tur-bdo', date: '2026-05-14', file: 'turkistan/events.yaml' });
    const done = runNew(o);
    await until('Topic');
    screen.type('Ғылыми жоба');
    screen.keypress('enter');
    await until('Content basis');
    screen.keypress('down');
    screen.keypress('enter'); // requests
    await until('Advertised through');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter'); // website
    const s = await until('Led by');
    expect(s.split('\n').find((l) => l.includes('❯'))).toContain('tur-s001 — Бекова Айгүл Серікқызы (director)');
    screen.keypress('enter');
    await until('Record id');
    expect(screen.getScreen()).toContain('odd-2026-q2');
    screen.keypress('enter');
    await until('Write it?');
    screen.keypress('enter');
    const r = await done;
    expect(r.record).toEqual({ id: 'odd-2026-q2', organizer: 'tur-bdo', date: '2026-05-14', topic: 'Ғылыми жоба', basis: 'requests', lead: 'tur-s001', advertising: ['website'] });
    // A list of one-line { … } items gets one more such line.
    expect(fs.readFileSync(file, 'utf8')).toContain('# flow item\r\n  - { id: odd-2026-q2, organizer: tur-bdo, date: 2026-05-14, topic: "Ғылыми жоба", basis: requests, lead: tur-s001, advertising: [ website ] }\r\n');
  });

  it('errors: asks whether to write anyway (default no); no prints the command and offers the questions again; no again writes nothing (exit 1)', async () => {
    const { dir, file, original } = repoCopy();
    const o = await opts(dir, 'staff', { org: 'tur-bdo', name: 'Оспанов Ерлан', position: 'teacher', id: 'tur-s009', file: 'turkistan/events.yaml' });
    const done = runNew(o).catch((e: unknown) => e);
    await until('Hired on');
    screen.keypress('enter'); // left empty: the test rule calls that an error
    const s = await until('The record has errors. Write it anyway?');
    expect(s).toContain('(y/N)');
    expect(o.output()).toMatch(/error {2}no hired date {2}test\/hired/);
    screen.keypress('enter');
    await until('Go back to the questions and change the answers?');
    expect(o.output()).toContain("ereje new staff --org tur-bdo --name 'Оспанов Ерлан' --position teacher --id tur-s009 --file turkistan/events.yaml");
    screen.type('n');
    screen.keypress('enter');
    const e = await done;
    expect(e).toBeInstanceOf(EreError);
    expect((e as EreError).exitCode).toBe(1);
    expect((e as EreError).render('en')).toBe('Cancelled; nothing was written');
    expect(fs.readFileSync(file).equals(original)).toBe(true);
  });

  it('no to writing, yes to going back: the questions again with the answers as defaults, then written', async () => {
    const { dir, file } = repoCopy();
    const o = await opts(dir, 'staff', { org: 'tur-bdo', position: 'teacher', file: 'turkistan/events.yaml' });
    const done = runNew(o);
    await until('Full name');
    screen.type('Оспанов Ерлан');
    screen.keypress('enter');
    await until('Hired on');
    screen.keypress('enter'); // empty: an error by the test rule
    await until('Record id');
    screen.keypress('enter');
    await until('Write it anyway?');
    screen.keypress('enter'); // no
    await until('Go back to the questions');
    screen.keypress('enter'); // yes (the default)
    let s = await until(/Full name.*\(Оспанов Ерлан\)/);
    screen.keypress('enter'); // keeps the name
    s = await until('Hired on');
    screen.type('2024-09-02');
    screen.keypress('enter');
    s = await until('Record id');
    expect(s).toContain('tur-s00');
    screen.keypress('enter');
    await until(/Write it\?/);
    screen.keypress('enter');
    const r = await done;
    expect(r.record).toMatchObject({ name: 'Оспанов Ерлан', org: 'tur-bdo', position: 'teacher', hired: '2024-09-02' });
    expect(fs.readFileSync(file, 'utf8')).toContain('Оспанов Ерлан');
  });

  it('a landing: checkboxes for members and forms, the end date defaults to the start and may not precede it', async () => {
    const { dir, file } = repoCopy();
    const o = await opts(dir, 'landing', { organizer: 'tur-bdo', target: 'tur-bdo', file: 'turkistan/events.yaml', topic: 'Құжаттар' });
    const done = runNew(o);
    await until('First day');
    for (let i = 0; i < 12; i++) screen.keypress('backspace');
    screen.type('2026-03-10');
    screen.keypress('enter');
    let s = await until('Last day');
    expect(s).toContain('(2026-03-10)');
    for (let i = 0; i < 12; i++) screen.keypress('backspace');
    screen.type('2026-03-09');
    screen.keypress('enter');
    await until('cannot be before the first day (2026-03-10)');
    for (let i = 0; i < 12; i++) screen.keypress('backspace');
    screen.type('2026-03-12');
    screen.keypress('enter');
    await until('Who initiated it');
    screen.keypress('enter'); // school-head, the default
    await until(/Initiator \(staff member\)[\s\S]*❯ tur-s001/);
    screen.keypress('enter'); // the target's director
    s = await until('Review period starts');
    expect(s).toContain('(2023-03-10)'); // three years back from the first day
    screen.keypress('enter');
    s = await until('Review period ends');
    expect(s).toContain('(2026-03-09)');
    screen.keypress('enter');
    s = await until('Members');
    screen.keypress('space'); // tur-s001
    screen.keypress('down');
    screen.keypress('space'); // tur-s002
    screen.keypress('enter');
    await until('Forms of work');
    screen.keypress('space');
    screen.keypress('enter');
    await until('Directions');
    screen.keypress('enter');
    await until('Record id');
    screen.keypress('enter');
    await until('Write it?');
    screen.keypress('enter');
    const r = await done;
    expect(r.record).toEqual({ id: 'md-tur-bdo-2026-01', organizer: 'tur-bdo', target: 'tur-bdo', initiator: { role: 'school-head', staff: 'tur-s001' }, dates: { from: '2026-03-10', to: '2026-03-12' }, topic: 'Құжаттар', review_period: { from: '2023-03-10', to: '2026-03-09' }, members: ['tur-s001', 'tur-s002'], forms: ['consultative'] });
    const back = readDataFile(fs.readFileSync(file), 0, 'x');
    expect(back.findings).toEqual([]);
    expect(back.records.valid.landings).toHaveLength(1);
  });
});

describe('ereje new in Kazakh and Russian: choices by their names, tokens in the YAML (issue 12)', { timeout: 30_000 }, () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`a staff member's position (${lang})`, async () => {
      const { dir } = repoCopy();
      const o = await newOptions(dir, 'staff', { org: 'tur-bdo', name: 'Оспанов Ерлан', id: 'tur-s009', file: 'turkistan/events.yaml', hired: '2024-09-02' }, { interactive: true, lang });
      const done = runNew(o);
      const s = await until(lang === 'kk' ? 'Әдіскер' : 'Методист');
      expect(s).not.toMatch(/\b(methodologist|deputy-director|head-of-department)\b/);
      expect(s).toContain(lang === 'kk' ? 'Директордың орынбасары' : 'Заместитель директора');
      screen.keypress('down');
      screen.keypress('down');
      screen.keypress('down');
      screen.keypress('enter'); // methodologist
      await until(lang === 'kk' ? 'Жазылсын ба?' : 'Записать?');
      screen.type('y');
      screen.keypress('enter');
      const r = await done;
      expect(r.record).toMatchObject({ position: 'methodologist' });
    });
  }
});
