/**
 * `ereje new` among other writers: eight processes appending to one file at once lose no record
 * (to a file that exists, and to one that does not yet); a file someone else changes between
 * `new` reading it and writing it is left with their edit and a clear refusal; and flags that try
 * to reach outside (an id with slashes) are refused before anything is written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNew } from './new.js';
import { readDataFile } from '../load/read-file.js';
import { EreError } from '../core/errors.js';
import { AS_OF, newOptions, repoCopy } from '../testing/new-fixture.js';
import { ROOT } from '../testing/cases.js';
import { crashSigns, listTree, runCliAsync, runCliHard, tempDir } from '../testing/safety.js';

const built = fs.existsSync(path.join(ROOT, 'dist/src/cli/commands/new.js'));
const ids = Array.from({ length: 8 }, (_, i) => `tur-s2${String(i).padStart(2, '0')}`);
const NAMES = ['Әлиев Бақыт', 'Серікова Гүлнар', 'Оспанов Ерлан', 'Жұмабаева Әйгерім', 'Қасымов Нұрлан', 'Төлеуова Сәуле', 'Байжанов Ұлан', 'Мұратова Іңкәр'];

const appendOne = (dir: string, id: string, name: string, file: string) =>
  runCliAsync(['new', 'staff', '--org', 'tur-bdo', '--name', name, '--position', 'teacher', '--hired', '2024-09-01', '--id', id, '--file', file, '--as-of', AS_OF, '--force'], dir);

let scratch = '';
beforeAll(() => {
  scratch = tempDir('new-safety');
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe.runIf(built)('eight `ereje new` at once', () => {
  it('appending to one existing file: every record lands, the rest of the file is untouched', async () => {
    const { dir, file, original } = repoCopy();
    const runs = await Promise.all(ids.map((id, i) => appendOne(dir, id, NAMES[i], 'turkistan/events.yaml')));
    for (const r of runs) {
      expect(crashSigns(r)).toEqual([]);
      expect(r.code, r.stderr).toBe(0);
    }
    const after = fs.readFileSync(file);
    const back = readDataFile(after, 0, 'events.yaml');
    expect(back.findings).toEqual([]);
    expect(back.records.valid.staff!.map((s) => s.id).sort()).toEqual(['tur-s001', 'tur-s002', ...ids].sort());
    // Every byte that was there is still there, in order: the records were only added.
    expect(after.subarray(0, original.indexOf('staff:')).equals(original.subarray(0, original.indexOf('staff:')))).toBe(true);
    expect(listTree(dir).filter((f) => path.basename(f).startsWith('.') || f.endsWith('.lock'))).toEqual([]);
  }, 180_000);

  it('to a file that does not exist yet: one creates it, the others append', async () => {
    const { dir } = repoCopy();
    const runs = await Promise.all(ids.map((id, i) => appendOne(dir, id, NAMES[i], 'turkistan/new-staff.yaml')));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const back = readDataFile(fs.readFileSync(path.join(dir, 'turkistan/new-staff.yaml')), 0, 'new-staff.yaml');
    expect(back.findings).toEqual([]);
    expect(back.records.valid.staff!.map((s) => s.id).sort()).toEqual([...ids].sort());
  }, 180_000);
});

describe('a file changed by someone else while `new` works', () => {
  it('is not overwritten: their edit stays, and the message says nothing was written (exit 1)', async () => {
    const { dir, file } = repoCopy();
    const edit = '\n# Someone else\'s line, saved while ereje new was asking.\n';
    let edited = false;
    let err: unknown;
    try {
      await runNew(
        await newOptions(dir, 'staff', { org: 'tur-bdo', name: 'Әлиев Бақыт', position: 'teacher', hired: '2024-09-01', id: 'tur-s300', file: 'turkistan/events.yaml' }, {
          force: true,
          // The summary is printed after the file is read and before it is written: edit it then.
          out: (s: string) => {
            if (!edited && s.includes('The record to add')) {
              fs.appendFileSync(file, edit);
              edited = true;
            }
          },
        }),
      );
    } catch (e) {
      err = e;
    }
    expect(edited).toBe(true);
    expect(err).toBeInstanceOf(EreError);
    expect((err as EreError).exitCode).toBe(1);
    expect((err as EreError).render('en')).toMatch(/The file changed since it was read \(another person or process\): \S*turkistan\/events\.yaml\. Nothing was written/);
    const now = fs.readFileSync(file, 'utf8');
    expect(now.endsWith(edit)).toBe(true);
    expect(now).not.toContain('tur-s300');
  });
});

describe.runIf(built)('a file new cannot read back', () => {
  it('an alias with no anchor: refused with a clear message (exit 1), file untouched (was: internal error)', () => {
    const { dir } = repoCopy();
    const file = path.join(dir, 'turkistan', 'broken.yaml');
    const text = 'staff:\n  - id: tur-s901\n    name: *a\n    org: tur-bdo\n    position: teacher\n';
    fs.writeFileSync(file, text);
    const r = runCliHard(['new', 'staff', '--org', 'tur-bdo', '--name', 'X', '--position', 'teacher', '--id', 'tur-s902', '--file', 'turkistan/broken.yaml', '--as-of', AS_OF, '--force'], dir, { timeoutMs: 30_000 });
    expect(crashSigns(r)).toEqual([]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^ereje: Cannot append to \S*broken\.yaml safely: the file does not (parse|read as YAML)/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  }, 60_000);

  it('a file validate cannot read (unknown tag, duplicate key): refused, not appended to where no one would see the record', () => {
    const { dir } = repoCopy();
    const texts = {
      'tag.yaml': 'staff:\n  - id: tur-s901\n    name: !!js/regexp /x/\n    org: tur-bdo\n    position: teacher\n',
      'dup.yaml': 'staff:\n  - id: tur-s901\n    name: A\n    name: B\n    org: tur-bdo\n    position: teacher\n',
    };
    for (const [name, text] of Object.entries(texts)) {
      const file = path.join(dir, 'turkistan', name);
      fs.writeFileSync(file, text);
      const r = runCliHard(['new', 'staff', '--org', 'tur-bdo', '--name', 'X', '--position', 'teacher', '--id', 'tur-s902', '--file', `turkistan/${name}`, '--as-of', AS_OF, '--force'], dir, { timeoutMs: 30_000 });
      expect(crashSigns(r)).toEqual([]);
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(/Cannot append to \S+ safely: the file does not parse/);
      expect(r.stderr).not.toMatch(/YAMLWarning/);
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
    }
  }, 60_000);
});

describe('flags that reach outside', () => {
  it.runIf(built)('an id with slashes or dots is refused (exit 2) and nothing is written anywhere', () => {
    // A private parent folder: the system temp folder changes under other tests running at once.
    const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-outer-'));
    const dir = path.join(outer, 'a', 'b', 'repo');
    fs.cpSync(repoCopy().dir, dir, { recursive: true });
    const before = listTree(outer);
    for (const id of ['../../etc/x', '/etc/x', '..', 'a/b', 'tur-s1\\..\\x']) {
      const r = runCliHard(['new', 'staff', '--org', 'tur-bdo', '--name', 'X', '--position', 'teacher', '--id', id, '--file', 'turkistan/events.yaml', '--as-of', AS_OF], dir, { timeoutMs: 30_000 });
      expect(crashSigns(r)).toEqual([]);
      expect(r.code, `${id}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('--id');
    }
    expect(listTree(outer)).toEqual(before);
    fs.rmSync(outer, { recursive: true, force: true });
  }, 120_000);

  it.runIf(built)('--file must name a YAML file', () => {
    const { dir } = repoCopy();
    const r = runCliHard(['new', 'staff', '--org', 'tur-bdo', '--name', 'X', '--position', 'teacher', '--id', 'tur-s400', '--file', '../outside.sh', '--as-of', AS_OF], dir, { timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(path.dirname(dir), 'outside.sh'))).toBe(false);
    void scratch;
  }, 60_000);
});
