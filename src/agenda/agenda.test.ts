/**
 * `ereje agenda` as a user runs it (the built CLI, in a child process under three time zones),
 * and the promise behind it: an obligation the agenda lists, left undone past its due date, is
 * exactly that rule's finding the day after — and done on the due date, it is none.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsyaml from 'js-yaml';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../testing/cases.js';
import { runCli } from '../testing/bad.js';
import { loadRegistry } from '../engine/registry.js';
import { loadSettings } from '../engine/settings.js';
import { validateRepo } from '../validate.js';
import { loadRepo } from '../load/loader.js';
import { addDays } from '../core/dates.js';
import { collectAgenda, type AgendaItem } from './collect.js';

const FIXTURE = path.join(ROOT, 'fixtures/agenda');
const WINDOW = ['--from', '2024-02-01', '--to', '2024-12-31'];

interface JsonItem {
  uid: string;
  rule: string;
  subject: string;
  period: string | null;
  due: string;
  do_by: string;
  overdue: boolean;
  due_is_day_off: string | null;
  title: string;
  file: string;
  line: number;
}

/** Every obligation of fixtures/agenda, in the order the agenda lists them (worked out by hand from the regulation and the calendar). */
const EXPECTED: [rule: string, subject: string, due: string, doBy: string, overdue: boolean][] = [
  ['support-center/qualification-cycle', 'kost-s001', '2024-01-15', '2024-01-15', true], // 2019-01-15 + 5 years, before --from
  ['open-door-day/request-lead-time', 'odd-q1', '2024-02-29', '2024-02-29', false], // 2024-03-14 − 14 days: 29 February
  ['open-door-day/director-order', 'odd-q1', '2024-03-14', '2024-03-14', false],
  ['open-door-day/recommendations-sent', 'odd-q1', '2024-03-21', '2024-03-20', false], // + 7 days: Nauryz (Thursday) → Wednesday
  ['open-door-day/council-review', 'odd-q1', '2024-03-28', '2024-03-28', false], // + 14 days
  ['landing/composition-order', 'md-2024-04', '2024-04-15', '2024-04-15', false],
  ['landing/request-basis', 'md-2024-04', '2024-04-15', '2024-04-15', false],
  ['landing/reference-issued', 'md-2024-04', '2024-04-17', '2024-04-17', false],
  ['open-door-day/agenda-published', 'odd-q2', '2024-05-04', '2024-05-04', false], // the Saturday worked for 8 May
  ['support-center/qualification-cycle', 'kost-s002', '2024-05-08', '2024-05-06', false], // 8 May moved off, 7 May a holiday, 6 May Monday
  ['open-door-day/recommendations-sent', 'odd-q2', '2024-05-11', '2024-05-10', false], // Saturday → Friday
  ['support-center/qualification-cycle', 'kost-s003', '2024-06-29', '2024-06-28', false], // hired 2019-06-29, Saturday → Friday
  ['open-door-day/quarterly-frequency', 'tur-bdo', '2024-09-30', '2024-09-30', false], // 2024-Q3's last day
  ['open-door-day/quarterly-frequency', 'tur-bdo', '2024-12-31', '2024-12-31', false], // 2024-Q4
];

describe('ereje agenda fixtures/agenda', () => {
  const runs = ['UTC', 'Asia/Almaty', 'America/Los_Angeles'].map((TZ) => ({
    TZ,
    json: runCli(['agenda', 'fixtures/agenda', ...WINDOW, '--format', 'json'], ROOT, { TZ }),
    ics: runCli(['agenda', 'fixtures/agenda', ...WINDOW, '--format', 'ics'], ROOT, { TZ }),
  }));

  it('lists each obligation, overdue first, then by the working day to do it by', () => {
    const r = runs[0].json;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const items = (JSON.parse(r.stdout) as { items: JsonItem[] }).items;
    expect(items.map((i) => [i.rule, i.subject, i.due, i.do_by, i.overdue])).toEqual(EXPECTED);
    expect(items.filter((i) => i.rule === 'open-door-day/quarterly-frequency').map((i) => i.period)).toEqual(['2024-Q3', '2024-Q4']);
    for (const i of items) expect(i.file).toMatch(/^fixtures\/agenda\/\w+\.yaml$/);
  });

  it('says why a due date is a day off', () => {
    const items = (JSON.parse(runs[0].json.stdout) as { items: JsonItem[] }).items;
    const byDue = new Map(items.map((i) => [i.due, i.due_is_day_off]));
    expect(byDue.get('2024-03-21')).toBe('Thursday, Nauryz');
    expect(byDue.get('2024-05-08')).toBe('Wednesday, moved day off');
    expect(byDue.get('2024-05-11')).toBe('Saturday');
    expect(byDue.get('2024-05-04')).toBeNull(); // a Saturday worked by the Government's transfer
    expect(byDue.get('2024-02-29')).toBeNull();
  });

  it('gives the same bytes under TZ=UTC, Asia/Almaty and America/Los_Angeles', () => {
    for (const { TZ, json, ics } of runs.slice(1)) {
      expect(json.stdout, TZ).toBe(runs[0].json.stdout);
      expect(ics.stdout, TZ).toBe(runs[0].ics.stdout);
    }
  });

  it('prints a table by week in Kazakh, every Kazakh letter intact, the moved due date explained', () => {
    const r = runCli(['agenda', 'fixtures/agenda', ...WINDOW, '--lang', 'kk'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Мерзімі өткен (1)');
    expect(r.stdout).toContain('26.02.2024 – 03.03.2024 аптасы');
    expect(r.stdout).toContain('мерзімі 21.03.2024 (бейсенбі, Наурыз мейрамы) → 20.03.2024 сәрсенбі дейін орындаңыз');
    for (const ch of 'әғқңөұүіӘҚ') expect(r.stdout, ch).toContain(ch);
    const overdueAt = r.stdout.indexOf('! 15.01.2024');
    expect(overdueAt).toBeGreaterThan(0);
    expect(overdueAt).toBeLessThan(r.stdout.indexOf('• 29.02.2024'));
  }, 60_000);

  it('filters by organization and window, and refuses a bad window or organization with exit 2', () => {
    const kar = runCli(['agenda', 'fixtures/agenda', ...WINDOW, '--org', 'kar-umc', '--format', 'json'], ROOT);
    const items = (JSON.parse(kar.stdout) as { items: JsonItem[] }).items;
    expect(items.map((i) => i.rule)).toEqual(['landing/composition-order', 'landing/request-basis', 'landing/reference-issued']);
    const short = runCli(['agenda', 'fixtures/agenda', '--from', '2024-03-01', '--days', '14', '--format', 'json'], ROOT);
    expect((JSON.parse(short.stdout) as { items: JsonItem[] }).items.map((i) => i.due)).toEqual(['2024-01-15', '2024-03-14']);
    const bads = [
      ['--from', '2024-02-01', '--to', '2024-01-01'],
      ['--from', '2024-02-01', '--org', 'nobody'],
      ['--from', '2024-02-30'],
      ['--days', 'x'],
      ['--days', '7', '--to', '2024-03-01'],
    ];
    for (const args of bads) {
      const bad = runCli(['agenda', 'fixtures/agenda', ...args], ROOT);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toMatch(/^ereje: /);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});

/** RFC 5545 3.1: unfolding removes every CRLF followed by one space. */
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('ereje agenda on data with a broken file', () => {
  it('lists what it can read, says in one line that some data could not be read, and exits 0', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-agenda-bad-'));
    try {
      for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(tmp, f));
      fs.writeFileSync(path.join(tmp, 'broken.yaml'), 'staff:\n  - { id: x, name: "unterminated\n');
      const r = runCli(['agenda', tmp, ...WINDOW, '--format', 'json', '--lang', 'ru'], ROOT);
      expect(r.code).toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^ereje: внимание: при чтении данных проблем: 1 — /);
      expect((JSON.parse(r.stdout) as { items: JsonItem[] }).items).toHaveLength(EXPECTED.length);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the .ics', () => {
  const r = runCli(['agenda', 'fixtures/agenda', ...WINDOW, '--format', 'ics', '--lang', 'kk'], ROOT);
  const text = r.stdout;

  it('ends every line with CRLF and folds at 75 octets without splitting a Kazakh letter', () => {
    expect(r.code).toBe(0);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8'), l).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' ')), 'some line is folded').toBe(true);
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text); // no broken UTF-8 sequence
  });

  it('imports into ical.js: all-day events with an exclusive end, the summary in Kazakh, clause and place in the description', () => {
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(EXPECTED.length);
    const byUid = new Map<string, InstanceType<typeof ICAL.Component>>();
    for (const e of events) byUid.set(String(e.getFirstPropertyValue('uid')), e);
    expect(byUid.size).toBe(EXPECTED.length);
    const first = new ICAL.Event(events[1]); // requests for odd-q1 close on 29 February
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2024-02-29');
    expect(first.endDate.toString()).toBe('2024-03-01');
    expect(first.summary).toContain('өтінімдер қабылдау аяқталады');
    expect(first.description).toContain('open-door-day/request-lead-time');
    expect(first.description).toContain('тармақ 3.4.1');
    expect(first.description).toMatch(/fixtures\/agenda\/turkistan\.yaml:\d+:\d+/);
    expect(first.description).toContain('Еске салу');
    const overdue = new ICAL.Event(events[0]);
    expect(overdue.summary.startsWith('МЕРЗІМІ ӨТКЕН: ')).toBe(true);
    expect(overdue.startDate.toString()).toBe('2024-02-01'); // shown on the agenda's first day
    const moved = new ICAL.Event(events[3]); // recommendations of odd-q1: due on Nauryz
    expect(moved.startDate.toString()).toBe('2024-03-20');
    expect(moved.description).toContain('Наурыз мейрамы');
    for (const e of events) {
      expect(e.getFirstProperty('dtstart')!.type).toBe('date');
      expect(e.getFirstProperty('dtend')!.type).toBe('date');
      expect(e.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
  });

  it('follows RFC 5545\'s grammar for what it writes (content lines, required properties, DATE values, escaped TEXT)', () => {
    // No RFC 5545 validator is published on npm or in Debian; these are the spec's rules for the
    // properties ereje writes (3.1 content lines, 3.3.4 DATE, 3.3.11 TEXT, 3.6 and 3.6.1 components).
    const lines = unfold(text).split('\r\n').slice(0, -1);
    const NAME = /^[A-Z][A-Z0-9-]*(;[A-Z][A-Z0-9-]*=[^;:"]+)*:/;
    for (const l of lines) expect(l, l).toMatch(NAME);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const head = lines.slice(0, lines.indexOf('BEGIN:VEVENT'));
    expect(head.filter((l) => l.startsWith('PRODID:'))).toHaveLength(1);
    expect(head).toContain('VERSION:2.0');
    const events: string[][] = [];
    let inEvent = false;
    for (const l of lines) {
      if (l === 'BEGIN:VEVENT') {
        expect(inEvent, 'no nested VEVENT').toBe(false);
        events.push([]);
        inEvent = true;
      } else if (l === 'END:VEVENT') inEvent = false;
      else if (inEvent) events.at(-1)!.push(l);
    }
    expect(inEvent).toBe(false);
    expect(events).toHaveLength(EXPECTED.length);
    for (const ev of events) {
      const one = (name: string) => ev.filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) expect(one(name), `${name} once`).toHaveLength(1);
      expect(one('DTSTAMP')[0]).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
      const start = /^DTSTART;VALUE=DATE:(\d{8})$/.exec(one('DTSTART')[0])![1];
      const end = /^DTEND;VALUE=DATE:(\d{8})$/.exec(one('DTEND')[0])![1];
      const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;
      expect(iso(end)).toBe(addDays(iso(start), 1)); // exclusive end: a one-day event
      for (const l of ev.filter((x) => /^(SUMMARY|DESCRIPTION|CATEGORIES):/.test(x))) {
        const value = l.slice(l.indexOf(':') + 1);
        expect(value.replace(/\\[\\;,nN]/g, ''), l).not.toMatch(/[;,\\]/); // TEXT: only escaped ; , \\
      }
    }
  });

  it('keeps every UID when an unrelated record is edited, added or moved', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-agenda-'));
    try {
      for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(tmp, f));
      const uids = (dir: string) => {
        const out = runCli(['agenda', dir, ...WINDOW, '--format', 'ics'], ROOT);
        expect(out.code).toBe(0);
        return [...out.stdout.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]);
      };
      const before = uids(tmp);
      // Another staff member before everyone else (every line below moves), and a renamed school.
      const kost = path.join(tmp, 'kostanay.yaml');
      fs.writeFileSync(kost, fs.readFileSync(kost, 'utf8').replace('staff:\n', 'staff:\n  - { id: kost-s009, name: "Жаңа Қызметкер", org: kost-aso, position: other }\n'));
      const kar = path.join(tmp, 'karaganda.yaml');
      fs.writeFileSync(kar, fs.readFileSync(kar, 'utf8').replace('"№ 12 мектеп"', '"№ 12 жалпы білім беретін мектеп"'));
      expect(uids(tmp)).toEqual(before);
      expect(new Set(before).size).toBe(before.length);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('an obligation left undone is that rule\'s finding the day after its due date', () => {
  type Doc = Record<string, Record<string, unknown>[]>;
  const load = (): Record<string, Doc> =>
    Object.fromEntries(['turkistan.yaml', 'karaganda.yaml', 'kostanay.yaml'].map((f) => [f, jsyaml.load(fs.readFileSync(path.join(FIXTURE, f), 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as Doc]));
  const find = (docs: Record<string, Doc>, coll: string, id: string) => Object.values(docs).flatMap((d) => d[coll] ?? []).find((r) => r.id === id)!;
  const add = (docs: Record<string, Doc>, file: string, coll: string, rec: Record<string, unknown>) => void (docs[file][coll] ??= []).push(rec);

  /** Doing the obligation on `day` (for the rules whose finding is about the record's absence, not its date: recording nothing). */
  const DO: Record<string, (docs: Record<string, Doc>, item: AgendaItem, day: string | null) => string> = {
    'open-door-day/quarterly-frequency': (docs, _i, day) => (day && add(docs, 'turkistan.yaml', 'open_door_days', { id: 'odd-new', organizer: 'tur-bdo', date: day, basis: 'work-plan' }), 'tur-bdo'),
    'open-door-day/request-lead-time': (docs, i, day) => (add(docs, 'turkistan.yaml', 'requests', { id: 'req-new', for: i.subject, requester: 'teacher', submitted: day ?? addDays(i.due, 1) }), 'req-new'),
    'open-door-day/director-order': (docs, i, day) => (day && add(docs, 'turkistan.yaml', 'orders', { id: 'ord-new', type: 'open-door-day', number: '1', date: day, issuer: 'tur-bdo', signed_by: 'tur-s001', subject: i.subject }), i.subject),
    'open-door-day/agenda-published': (docs, i, day) => (day && (find(docs, 'open_door_days', i.subject).agenda_published = day), i.subject),
    'open-door-day/recommendations-sent': (docs, i, day) => ((find(docs, 'open_door_days', i.subject).outcome = { ...(find(docs, 'open_door_days', i.subject).outcome as object), ...(day ? { recommendations_sent: day } : {}) }), i.subject),
    'open-door-day/council-review': (docs, i, day) => ((find(docs, 'open_door_days', i.subject).outcome = { ...(find(docs, 'open_door_days', i.subject).outcome as object), ...(day ? { council_discussed: day } : {}) }), i.subject),
    'landing/composition-order': (docs, i, day) => (day && add(docs, 'karaganda.yaml', 'orders', { id: 'ord-new', type: 'landing-composition', number: '2', date: day, issuer: 'kar-umc', signed_by: 'kar-s001', subject: i.subject, members: ['kar-s001', 'kar-s011'] }), i.subject),
    'landing/request-basis': (docs, i, day) => (add(docs, 'karaganda.yaml', 'requests', { id: 'req-new', for: i.subject, requester: 'school', org: 'kar-sch-12', submitted: day ?? addDays(i.due, 1) }), i.subject),
    'landing/reference-issued': (docs, i, day) => (day && (find(docs, 'landings', i.subject).reference = { issued: day, findings: ['талдау'], recommendations: ['ұсыныс'] }), i.subject),
    'support-center/qualification-cycle': (docs, i, day) => {
      const s = find(docs, 'staff', i.subject);
      if (day) s.qualification = [...((s.qualification as object[]) ?? []), { course: 'Курс', completed: day }];
      return i.subject;
    },
  };

  it('for every rule that lists obligations, and for each of its obligations in fixtures/agenda', async () => {
    const registry = await loadRegistry();
    const settings = loadSettings([FIXTURE], path.join(FIXTURE, 'ereje.yaml'), ROOT);
    const { data } = loadRepo([FIXTURE], { cwd: ROOT });
    const agenda = collectAgenda({ registry, data, settings, from: '2024-02-01', to: '2024-12-31', days: { recommendations: 7, council: 14, reference: 7 } });
    const withObligations = [...registry.rules.values()].filter((r) => r.obligations).map((r) => r.id).sort();
    expect(withObligations).toEqual(Object.keys(DO).sort());
    expect(new Set(agenda.items.map((i) => i.rule))).toEqual(new Set(withObligations));

    const run = (item: AgendaItem, day: string | null, asOf: string) => {
      const docs = load();
      // Rules about what follows a day look at held days only.
      for (const e of Object.values(docs).flatMap((d) => [...(d.open_door_days ?? []), ...(d.landings ?? [])])) e.status = 'held';
      const subject = DO[item.rule](docs, item, day);
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-obligation-'));
      try {
        for (const [f, doc] of Object.entries(docs)) fs.writeFileSync(path.join(tmp, f), jsyaml.dump(doc, { schema: jsyaml.CORE_SCHEMA }));
        const result = validateRepo({ paths: [tmp], settings, registry, asOf, lang: 'en', cwd: tmp, onlyRules: [item.rule] });
        return result.findings.filter((f) => f.rule === item.rule && f.subject === subject && (item.period === null || f.period === item.period));
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    };
    for (const item of agenda.items) {
      const label = `${item.rule} ${item.subject} ${item.period ?? ''} due ${item.due}`;
      const dayAfter = addDays(item.due, 1);
      expect(run(item, item.due, dayAfter), `${label}: done on the due date`).toHaveLength(0);
      const late = item.rule === 'open-door-day/quarterly-frequency' || item.rule === 'open-door-day/request-lead-time' || item.rule === 'landing/request-basis' ? dayAfter : null;
      const missed = run(item, late, dayAfter);
      expect(missed, `${label}: ${late ? 'done the day after' : 'not done'}`).toHaveLength(1);
      if (item.rule === 'landing/reference-issued' || item.rule === 'support-center/qualification-cycle') {
        expect(run(item, null, item.due), `${label}: not yet a finding on the due date itself`).toHaveLength(0);
      }
    }
  }, 120_000);
});

describe('ereje agenda fixtures/sample', () => {
  const args = ['agenda', 'fixtures/sample', '--from', '2026-11-23', '--days', '120', '--format', 'json'];
  const runs = ['UTC', 'Asia/Almaty', 'America/Los_Angeles'].map((TZ) => runCli(args, ROOT, { TZ }));

  it('lists what falls due in the next 120 days, overdue first, the same under three time zones', () => {
    expect(runs[0].code).toBe(0);
    expect(runs[0].stderr).toBe('');
    const items = (JSON.parse(runs[0].stdout) as { items: JsonItem[] }).items;
    expect(items.map((i) => [i.rule, i.subject, i.due, i.do_by, i.overdue])).toEqual([
      ['support-center/qualification-cycle', 'kost-aso-s005', '2025-04-24', '2025-04-24', true], // last course 2020-04-24
      ['open-door-day/council-review', 'odd-tur-2026-q3', '2026-09-03', '2026-09-03', true], // held 2026-08-20, + 14 days
      ['landing/reference-issued', 'kar-md-2026-12', '2026-12-10', '2026-12-10', false], // the landing's last day
      ['open-door-day/recommendations-sent', 'odd-tur-2026-q4', '2026-12-17', '2026-12-17', false], // planned 2026-12-10, + 7 days
      ['open-door-day/council-review', 'odd-tur-2026-q4', '2026-12-24', '2026-12-24', false],
      ['support-center/qualification-cycle', 'kost-aso-s004', '2027-03-18', '2027-03-18', false], // last course 2022-03-18
    ]);
    expect(runs[1].stdout).toBe(runs[0].stdout);
    expect(runs[2].stdout).toBe(runs[0].stdout);
  });

  it('every overdue item is a finding of its rule about the same subject on the same day', () => {
    const items = (JSON.parse(runs[0].stdout) as { items: JsonItem[] }).items.filter((i) => i.overdue);
    const v = runCli(['validate', 'fixtures/sample', '--as-of', '2026-11-23', '--format', 'json'], ROOT);
    const findings = (JSON.parse(v.stdout) as { findings: { rule: string; subject: string }[] }).findings;
    for (const i of items) expect(findings.some((f) => f.rule === i.rule && f.subject === i.subject), `${i.rule} ${i.subject}`).toBe(true);
  }, 60_000);
});
