/**
 * `ereje new` without a terminal (flags only): what it writes, what it refuses, and that every
 * byte of the file other than the new record stays as it was (CRLF, comments, Kazakh text).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lockRepo } from '../core/lock.js';
import { runNew } from './new.js';
import { readDataFile } from '../load/read-file.js';
import { EreError } from '../core/errors.js';
import { AS_OF, newOptions, repoCopy } from '../testing/new-fixture.js';
import { runMain } from '../testing/cli-io.js';
import { ROOT } from '../testing/cases.js';
import type { Kind } from './fields.js';

const opts = newOptions;

async function failure(p: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof EreError) return { code: e.exitCode, message: e.render('en') };
    throw e;
  }
  throw new Error('expected a failure');
}

/** The file without the inserted text must be the original, byte for byte. */
function expectOnlyInserted(before: Buffer, after: Buffer, inserted: string): void {
  const a = after.toString('utf8');
  const i = a.indexOf(inserted);
  expect(i).toBeGreaterThan(0);
  expect(Buffer.from(a.slice(0, i) + a.slice(i + inserted.length), 'utf8').equals(before)).toBe(true);
}

const REQUEST = { for: 'odd-2026-q1', requester: 'parent', from: 'Ата-аналар комитеті', submitted: '2026-01-28', topic: 'Оқу сауаттылығы', id: 'req-2026-03', file: 'turkistan/events.yaml' };

describe('ereje new (flags, no terminal)', () => {
  it('appends a request to a CRLF file with comments and Kazakh text; every other byte unchanged', async () => {
    const { dir, file, original } = repoCopy();
    const o = await opts(dir, 'request', REQUEST);
    const r = await runNew(o);
    expect(r.line).toBe(20); // after a blank line: the file keeps its requests apart with one
    const after = fs.readFileSync(file);
    const inserted = ['', '', '  - id: req-2026-03', '    for: odd-2026-q1', '    requester: parent', '    from: "Ата-аналар комитеті"', '    submitted: 2026-01-28', '    topic: "Оқу сауаттылығы"'].join('\r\n');
    expectOnlyInserted(original, after, inserted);
    const back = readDataFile(after, 0, 'events.yaml');
    expect(back.findings).toEqual([]);
    expect(back.records.valid.requests!.map((x) => x.id)).toEqual(['req-2026-01', 'req-2026-02', 'req-2026-03']);
    expect(o.output()).toContain('Added: req-2026-03 → turkistan/events.yaml:20');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['events.yaml']); // no lock or temp file left
  });

  it('without a terminal, names every missing required flag (exit 2)', async () => {
    const { dir, file, original } = repoCopy();
    const f = await failure(runNew(await opts(dir, 'request', { topic: 'x' })));
    expect(f.code).toBe(2);
    expect(f.message).toBe('No terminal to ask in; these flags are required: --for, --requester, --submitted, --id, --file');
    expect(fs.readFileSync(file).equals(original)).toBe(true);
  });

  it('checks each flag as a prompt would: dates, ids, references, words (exit 2 naming the flag)', async () => {
    const { dir } = repoCopy();
    const cases: [Record<string, string>, string][] = [
      [{ submitted: '2026-02-30' }, '--submitted 2026-02-30: a real date written YYYY-MM-DD'],
      [{ for: 'odd-2099' }, '--for odd-2099: no record "odd-2099" in open_door_days | landings'],
      [{ for: 'tur-bdo' }, '--for tur-bdo: no record "tur-bdo" in open_door_days | landings'],
      [{ id: 'req-2026-01' }, '--id req-2026-01: this id is taken (requests)'],
      [{ id: 'Req 1' }, '--id Req 1: an id is lower-case'],
      [{ requester: 'director' }, '--requester director: one of: teacher, parent, district-department, school, other'],
    ];
    for (const [bad, message] of cases) {
      const f = await failure(runNew(await opts(dir, 'request', { ...REQUEST, ...bad })));
      expect(f.code, message).toBe(2);
      expect(f.message).toContain(message);
    }
    const landing = { organizer: 'tur-bdo', target: 'tur-bdo', from: '2026-03-10', to: '2026-03-09', id: 'md-1', file: 'turkistan/events.yaml' };
    expect((await failure(runNew(await opts(dir, 'landing', landing)))).message).toContain('--to 2026-03-09: cannot be before the first day (2026-03-10)');
    expect((await failure(runNew(await opts(dir, 'landing', { ...landing, to: '2026-03-12', members: 'tur-s001,nobody' })))).message).toContain('no record "nobody"');
    expect((await failure(runNew(await opts(dir, 'request', { ...REQUEST, file: 'notes.txt' })))).message).toContain('.yaml or .yml');
  });

  it('refuses a record that brings error findings (exit 1, file untouched); --force writes it', async () => {
    const { dir, file, original } = repoCopy();
    const staff = { org: 'tur-bdo', name: 'Оспанов Ерлан', position: 'teacher', id: 'tur-s009', file: 'turkistan/events.yaml' };
    const o = await opts(dir, 'staff', staff);
    const f = await failure(runNew(o));
    expect(f.code).toBe(1);
    expect(f.message).toContain('--force');
    expect(o.output()).toMatch(/turkistan\/events\.yaml:\d+:\d+ {2}error {2}no hired date {2}test\/hired \(1\)/);
    expect(fs.readFileSync(file).equals(original)).toBe(true);
    const forced = await opts(dir, 'staff', staff, { force: true });
    const r = await runNew(forced);
    expect(r.findings.map((x) => x.rule)).toEqual(['test/hired']);
    expect(forced.output()).toContain('(with errors, --force)');
    // The staff list there is at column 0 with mixed flow items: a block item at the list's indentation.
    expectOnlyInserted(original, fs.readFileSync(file), '\r\n- id: tur-s009\r\n  name: "Оспанов Ерлан"\r\n  org: tur-bdo\r\n  position: teacher');
  });

  it('shows warnings it brings and errors it resolves, and writes', async () => {
    const { dir } = repoCopy();
    fs.writeFileSync(path.join(dir, 'turkistan', 'old.yaml'), 'staff:\n  - { id: tur-s010, name: "Қасымов Н.", org: tur-bdo, position: teacher }\n');
    const o = await opts(dir, 'staff', { org: 'tur-bdo', name: 'Ахметоv Болат', position: 'teacher', hired: '2020-09-01', id: 'tur-s011', file: 'turkistan/events.yaml' });
    await runNew(o);
    expect(o.output()).toMatch(/warning {2}name: the word "Ахметоv" mixes Latin and Cyrillic/);
    expect(o.output()).not.toContain('It resolves');
  });

  it('creates a missing file, with the editor schema line relative to it', async () => {
    const { dir } = repoCopy();
    const o = await opts(dir, 'open-door-day', { organizer: 'tur-bdo', date: '2026-05-14', lead: 'tur-s001', topic: 'Ғылыми жоба', id: 'odd-2026-q2', file: 'turkistan/2026/odd.yaml' });
    await runNew(o);
    const text = fs.readFileSync(path.join(dir, 'turkistan/2026/odd.yaml'), 'utf8');
    expect(text).toBe('# yaml-language-server: $schema=../../ereje.schema.json\nopen_door_days:\n  - id: odd-2026-q2\n    organizer: tur-bdo\n    date: 2026-05-14\n    topic: "Ғылыми жоба"\n    lead: tur-s001\n');
  });

  it('an order: every field by flag, members for a landing-composition order', async () => {
    const { dir, file } = repoCopy();
    await runNew(await opts(dir, 'landing', { organizer: 'tur-bdo', target: 'tur-bdo', from: '2026-03-10', to: '2026-03-12', members: 'tur-s001, tur-s002', forms: 'consultative,diagnostic', id: 'md-2026-01', file: 'turkistan/events.yaml' }));
    await runNew(await opts(dir, 'order', { issuer: 'tur-bdo', type: 'landing-composition', subject: 'md-2026-01', number: '31', date: '2026-03-01', 'signed-by': 'tur-s001', members: 'tur-s001,tur-s002', id: 'ord-2026-031', file: 'turkistan/events.yaml' }));
    const back = readDataFile(fs.readFileSync(file), 0, 'x');
    expect(back.findings).toEqual([]);
    expect(back.records.valid.landings![0]).toMatchObject({ id: 'md-2026-01', dates: { from: '2026-03-10', to: '2026-03-12' }, members: ['tur-s001', 'tur-s002'], forms: ['consultative', 'diagnostic'] });
    expect(back.records.valid.orders![0]).toMatchObject({ id: 'ord-2026-031', number: '31', signed_by: 'tur-s001', members: ['tur-s001', 'tur-s002'] });
    expect(fs.readFileSync(file, 'utf8')).toContain('orders:  # әлі жоқ / none yet\r\n  - id: ord-2026-031\r\n    number: "31"\r\n');
  });

  it('waits for another `new` writing the same file, and gives up with a message (exit 1)', async () => {
    const { dir, file, original } = repoCopy();
    const release = await lockRepo(dir); // this process: alive, so waited for
    try {
      const f = await failure(runNew(await opts(dir, 'request', REQUEST, { lockRetries: 0 })));
      expect(f.code).toBe(1);
      expect(f.message).toContain('Another ereje new is writing turkistan/events.yaml');
    } finally {
      release();
    }
    expect(fs.readFileSync(file).equals(original)).toBe(true);
  });

  it('through the CLI: exit 2 naming the missing flags, in the language asked for', async () => {
    const { dir } = repoCopy();
    const r = await runMain(['new', 'request', '--for', 'odd-2026-q1', '--lang', 'ru'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('обязательны флаги: --requester, --submitted, --id, --file');
    const h = await runMain(['new', 'request', '--help'], dir);
    expect(h.out).toMatch(/--submitted <YYYY-MM-DD>/);
    expect(h.out).toMatch(/--requester <WORD>[^]*teacher \| parent/);
  });

  it('two `ereje new` processes writing the same file at once: both records land, nothing is lost', async () => {
    const { dir, file } = repoCopy();
    const bin = path.join(ROOT, 'bin/ereje.js');
    if (!fs.existsSync(path.join(ROOT, 'dist/src/cli/commands/new.js'))) return; // needs `npm run build`
    const one = (id: string, name: string) =>
      new Promise<number | null>((resolve) => {
        const p = spawn(process.execPath, [bin, 'new', 'staff', '--org', 'tur-bdo', '--name', name, '--position', 'teacher', '--hired', '2024-09-01', '--id', id, '--file', 'turkistan/events.yaml', '--as-of', AS_OF, '--force'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
        p.on('exit', (code) => resolve(code));
      });
    const codes = await Promise.all([one('tur-s101', 'Бірінші Қызметкер'), one('tur-s102', 'Екінші Қызметкер'), one('tur-s103', 'Үшінші Қызметкер')]);
    expect(codes).toEqual([0, 0, 0]);
    const back = readDataFile(fs.readFileSync(file), 0, 'x');
    expect(back.findings).toEqual([]);
    expect(back.records.valid.staff!.map((s) => s.id).sort()).toEqual(['tur-s001', 'tur-s002', 'tur-s101', 'tur-s102', 'tur-s103']);
  }, 60_000);
});
