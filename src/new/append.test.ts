/**
 * Appending a record leaves every other byte of the file as it was (comments, CRLF, Kazakh
 * text, quoting, a file without a final line break), and the result reads back, through
 * ereje's own loader, with the record as the collection's last item.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecord, newFileText, recordLines, AppendError } from './append.js';
import { readDataFile } from '../load/read-file.js';
import { ROOT } from '../testing/cases.js';
import type { CollectionName } from '../schema/collections.js';

const FIXTURE = path.join(ROOT, 'fixtures/cli/new/events-crlf.yaml');
const original = fs.readFileSync(FIXTURE, 'utf8');

const RECORDS: Record<string, Record<string, unknown>> = {
  requests: { id: 'req-2026-03', for: 'odd-2026-q1', requester: 'parent', from: 'Ата-аналар комитеті: №5 мектеп', submitted: '2026-01-25', topic: 'Оқушылардың функционалдық сауаттылығы' },
  open_door_days: { id: 'odd-2026-q2', organizer: 'tur-bdo', date: '2026-05-14', topic: 'Ғылыми жоба' },
  organizations: { id: 'tur-sch-9', type: 'school', name: '№9 мектеп-гимназия', region: 'turkistan' },
  staff: { id: 'tur-s003', name: 'Нұрланқызы Дана', org: 'tur-bdo', position: 'methodologist', hired: '2023-09-01' },
  orders: { id: 'ord-2026-020', number: '20-н', date: '2026-04-20', issuer: 'tur-bdo', signed_by: 'tur-s001', type: 'open-door-day', subject: 'odd-2026-q2' },
  landings: { id: 'md-2026-01', organizer: 'tur-bdo', target: 'tur-bdo', dates: { from: '2026-03-10', to: '2026-03-12' }, members: ['tur-s001', 'tur-s002'], forms: ['consultative'] },
  networks: { id: 'net-tur-01', region: 'turkistan', leading: 'tur-bdo', partners: [] },
};

/** The record, as ereje's loader reads it back from the new text. */
function readBack(text: string, collection: CollectionName): { records: Record<string, unknown>[]; findings: unknown[] } {
  const r = readDataFile(Buffer.from(text, 'utf8'), 0, 'x.yaml');
  return { records: (r.records.valid[collection] ?? []) as Record<string, unknown>[], findings: r.findings };
}

const strip = (o: Record<string, unknown>) => JSON.parse(JSON.stringify(o)) as Record<string, unknown>;

describe('appendRecord', () => {
  for (const [collection, record] of Object.entries(RECORDS) as [CollectionName, Record<string, unknown>][]) {
    it(`${collection}: every other byte unchanged, CRLF kept, the record reads back`, () => {
      const before = readBack(original, collection).records.length;
      const r = appendRecord(original, collection, record);
      const inserted = r.text.slice(r.start, r.end);
      const rest = r.text.slice(0, r.start) + r.text.slice(r.end);
      // An empty `[]` gives way to the list; nothing else is removed.
      const expected = collection === 'orders' ? original.replace('orders: []', 'orders:') : original;
      expect(rest).toBe(expected);
      expect(inserted).not.toMatch(/(^|[^\r])\n/); // CRLF only
      expect(inserted).toContain('\r\n');
      expect(inserted).toContain(String(record.id));
      const back = readBack(r.text, collection);
      expect(back.findings).toEqual([]);
      expect(back.records).toHaveLength(before + 1);
      const last = strip(back.records.at(-1)!);
      if (collection === 'landings' || collection === 'staff' || collection === 'open_door_days') delete last.status; // defaults the loader adds
      expect(last).toEqual(record);
      // The line reported is the record's first line.
      expect(r.text.split('\n')[r.line - 1]).toContain(String(record.id));
      // Everything else reads as before.
      for (const c of Object.keys(RECORDS) as CollectionName[]) {
        if (c !== collection) expect(readBack(r.text, c).records.map(strip)).toEqual(readBack(original, c).records.map(strip));
      }
    });
  }

  it('places the record in the style of its list (block at the list\'s indentation, flow after flow)', () => {
    const req = appendRecord(original, 'requests', RECORDS.requests);
    // The requests are kept apart by a blank line: so is the new one.
    expect(req.text.slice(req.start, req.end).split('\r\n').slice(1)).toEqual([
      '',
      '  - id: req-2026-03',
      '    for: odd-2026-q1',
      '    requester: parent',
      '    from: "Ата-аналар комитеті: №5 мектеп"',
      '    submitted: 2026-01-25',
      '    topic: "Оқушылардың функционалдық сауаттылығы"',
    ]);
    // After the last item's block scalar, before the comment that follows the list.
    expect(req.text.slice(req.end, req.end + 24)).toBe('\r\n\r\n# after the requests');
    const odd = appendRecord(original, 'open_door_days', RECORDS.open_door_days);
    expect(odd.text.slice(odd.start, odd.end)).toBe('\r\n  - { id: odd-2026-q2, organizer: tur-bdo, date: 2026-05-14, topic: "Ғылыми жоба" }');
    const org = appendRecord(original, 'organizations', RECORDS.organizations);
    expect(org.text.slice(org.start, org.end).split('\r\n')[1]).toBe('- id: tur-sch-9');
    const ord = appendRecord(original, 'orders', RECORDS.orders);
    expect(ord.text).toContain('orders:  # әлі жоқ / none yet\r\n  - id: ord-2026-020\r\n');
    const net = appendRecord(original, 'networks', RECORDS.networks);
    expect(net.text.endsWith('# end of file, no landings yet\r\nnetworks:\r\n  - id: net-tur-01\r\n    region: turkistan\r\n    leading: tur-bdo\r\n    partners: []\r\n')).toBe(true);
  });

  it('two appends in a row, LF files, a BOM, an empty file, a comments-only file, a flow list', () => {
    const lf = original.replace(/\r\n/g, '\n');
    const once = appendRecord(lf, 'staff', RECORDS.staff);
    const twice = appendRecord(once.text, 'staff', { ...RECORDS.staff, id: 'tur-s004' });
    expect(twice.text.slice(0, twice.start) + twice.text.slice(twice.end)).toBe(once.text);
    expect(readBack(twice.text, 'staff').records.map((s) => s.id)).toEqual(['tur-s001', 'tur-s002', 'tur-s003', 'tur-s004']);
    expect(twice.text).not.toContain('\r');

    const bom = '\uFEFF' + lf;
    const b = appendRecord(bom, 'requests', RECORDS.requests);
    expect(b.text.startsWith('\uFEFF# yaml-language-server')).toBe(true);
    expect(b.text.slice(0, b.start) + b.text.slice(b.end)).toBe(bom);

    expect(appendRecord('', 'staff', RECORDS.staff).text).toBe('staff:\n  - id: tur-s003\n    name: "Нұрланқызы Дана"\n    org: tur-bdo\n    position: methodologist\n    hired: 2023-09-01\n');
    const comments = '# only comments\r\n# here\r\n';
    const c = appendRecord(comments, 'staff', RECORDS.staff);
    expect(c.text.startsWith(comments + 'staff:\r\n  - id: tur-s003')).toBe(true);

    const flow = 'staff: [{ id: a, name: "А", org: o, position: teacher }]  # flow\n';
    const f = appendRecord(flow, 'staff', RECORDS.staff);
    expect(f.text).toBe('staff: [{ id: a, name: "А", org: o, position: teacher }, { id: tur-s003, name: "Нұрланқызы Дана", org: tur-bdo, position: methodologist, hired: 2023-09-01 }]  # flow\n');
  });

  it('refuses what it cannot do safely (a file that does not parse, a top level that is a list)', () => {
    expect(() => appendRecord('staff: [\n', 'staff', RECORDS.staff)).toThrow(AppendError);
    expect(() => appendRecord('- a\n- b\n', 'staff', RECORDS.staff)).toThrow(AppendError);
    expect(() => appendRecord('staff: 5\n', 'staff', RECORDS.staff)).toThrow(AppendError);
  });

  it('a new file starts with the editor schema line', () => {
    const r = newFileText('requests', RECORDS.requests, ['# yaml-language-server: $schema=../ereje.schema.json'], '\n');
    expect(r.text.split('\n').slice(0, 3)).toEqual(['# yaml-language-server: $schema=../ereje.schema.json', 'requests:', '  - id: req-2026-03']);
    expect(r.line).toBe(3);
    expect(readBack(r.text, 'requests').records).toHaveLength(1);
  });

  it('record text: dates plain, numbers-as-text quoted, Kazakh text double-quoted', () => {
    expect(recordLines({ id: 'o', number: '15', date: '2026-01-25', title: 'Бұйрық' })).toEqual(['id: o', 'number: "15"', 'date: 2026-01-25', 'title: "Бұйрық"']);
  });
});

describe('appendRecord keeps the file\'s spacing between records', () => {
  const spaced = ['open_door_days:', '  - id: odd-1', '    organizer: tur-bdo', '    date: 2026-02-12', '', '  - id: odd-2', '    organizer: tur-bdo', '    date: 2026-04-16', '', '# the end', ''].join('\n');
  const tight = spaced.replace(/\n\n {2}- id: odd-2/, '\n  - id: odd-2');
  const rec = { id: 'odd-3', organizer: 'tur-bdo', date: '2026-08-20' };

  it('records kept apart by a blank line: the new one is too, and its line is right', () => {
    const r = appendRecord(spaced, 'open_door_days', rec);
    expect(r.text).toBe(spaced.replace('    date: 2026-04-16\n', '    date: 2026-04-16\n\n  - id: odd-3\n    organizer: tur-bdo\n    date: 2026-08-20\n'));
    expect(r.text.split('\n')[r.line - 1]).toBe('  - id: odd-3');
  });

  it('records written one after another: no blank line is added', () => {
    const r = appendRecord(tight, 'open_door_days', rec);
    expect(r.text).toBe(tight.replace('    date: 2026-04-16\n', '    date: 2026-04-16\n  - id: odd-3\n    organizer: tur-bdo\n    date: 2026-08-20\n'));
    expect(r.text.split('\n')[r.line - 1]).toBe('  - id: odd-3');
  });

  it('CRLF files get a CRLF blank line; one-line items spaced apart stay spaced', () => {
    const crlf = spaced.replace(/\n/g, '\r\n');
    const r = appendRecord(crlf, 'open_door_days', rec);
    expect(r.text).toContain('    date: 2026-04-16\r\n\r\n  - id: odd-3\r\n');
    expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
    const flow = 'staff:\n  - { id: a, name: "Ә", org: o, position: other }\n\n  - { id: b, name: "Ү", org: o, position: other }\n';
    const f = appendRecord(flow, 'staff', { id: 'c', name: 'Қ', org: 'o', position: 'other' });
    expect(f.text).toBe(flow + '\n  - { id: c, name: "Қ", org: o, position: other }\n');
    expect(f.text.split('\n')[f.line - 1]).toContain('id: c');
  });
});
