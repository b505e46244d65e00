/**
 * How `ereje new` writes (issue 14, family 10), and where settings come from (family 11):
 * - a symlinked data file: the record reaches the shared target, which keeps its mode (and,
 *   under root, its owner); the link stays a link;
 * - a lock left by a process killed with SIGKILL is taken over at once (it cost 19.5 s and exit 1);
 * - one lock per data repo: two runs into two files never give the same id twice;
 * - YAML that `validate` reads (`"Бекова"# comment`) is YAML `new` appends to;
 * - the settings search stops at the data repo's boundary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runNew } from './new.js';
import { appendRecord } from './append.js';
import { newOptions, repoCopy } from '../testing/new-fixture.js';
import { readDataFile } from '../load/read-file.js';
import { LOCK_NAME, lockRepo } from '../core/lock.js';
import { findSettingsFile } from '../engine/settings.js';
import { runCliAsync, runCliHard, tempDir } from '../testing/safety.js';
import { ROOT } from '../testing/cases.js';

vi.setConfig({ testTimeout: 120_000 });

const STAFF = (id: string, file: string) => ({ org: 'tur-bdo', name: 'Әлиев Бақыт', position: 'teacher', hired: '2024-09-01', id, file });

describe('a symlinked data file', () => {
  it('gets the record in its target; the link stays; mode 0640 stays', async () => {
    const { dir, file } = repoCopy();
    const shared = path.join(dir, 'common');
    fs.mkdirSync(shared);
    const target = path.join(shared, 'events.yaml');
    fs.renameSync(file, target);
    fs.symlinkSync('../common/events.yaml', file);
    fs.chmodSync(target, 0o640);
    if (process.getuid?.() === 0) fs.chownSync(target, 65534, 65534);
    await runNew(await newOptions(dir, 'staff', STAFF('tur-s700', 'turkistan/events.yaml'), { force: true }));
    expect(fs.lstatSync(file).isSymbolicLink()).toBe(true);
    const st = fs.statSync(target);
    expect(st.mode & 0o777).toBe(0o640);
    if (process.getuid?.() === 0) expect([st.uid, st.gid]).toEqual([65534, 65534]);
    const back = readDataFile(fs.readFileSync(target), 0, 'events.yaml');
    expect(back.records.valid.staff!.map((s) => s.id)).toContain('tur-s700');
    expect(fs.readdirSync(shared).filter((f) => f.startsWith('.'))).toEqual([]); // no temp file left
  });
});

describe('the lock', () => {
  it('a lock whose process was killed (SIGKILL) is taken over at once', async () => {
    const { dir } = repoCopy();
    // A process that takes the lock and is killed while holding it.
    const holder = spawn(process.execPath, ['--input-type=module', '-e', `import { lockRepo } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/src/core/lock.js')).href)}; await lockRepo(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    expect(fs.existsSync(path.join(dir, LOCK_NAME))).toBe(true);
    const t = Date.now();
    await runNew(await newOptions(dir, 'staff', STAFF('tur-s701', 'turkistan/events.yaml'), { force: true, lockRetries: 0 }));
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(fs.existsSync(path.join(dir, LOCK_NAME))).toBe(false);
  });

  it('a live holder is waited for, then the run goes on', async () => {
    const { dir } = repoCopy();
    const release = await lockRepo(dir);
    setTimeout(release, 300);
    await runNew(await newOptions(dir, 'staff', STAFF('tur-s702', 'turkistan/events.yaml'), { force: true }));
    expect(fs.existsSync(path.join(dir, LOCK_NAME))).toBe(false);
  });

  it('two runs into two different files with the same id: one writes, the other is refused (never the id twice)', async () => {
    const { dir } = repoCopy();
    const args = (file: string) => ['new', 'staff', '--org', 'tur-bdo', '--name', 'Әлиев Бақыт', '--position', 'teacher', '--hired', '2024-09-01', '--id', 'tur-s710', '--file', file, '--as-of', '2026-11-22'];
    const runs = await Promise.all([runCliAsync(args('turkistan/a.yaml'), dir), runCliAsync(args('turkistan/b.yaml'), dir)]);
    const ok = runs.filter((r) => r.code === 0);
    expect(ok).toHaveLength(1);
    // 2: it saw the id taken before asking the lock; 1: it saw it after (the duplicate-id error)
    expect([1, 2]).toContain(runs.find((r) => r.code !== 0)!.code);
    const written = ['a.yaml', 'b.yaml'].filter((f) => fs.existsSync(path.join(dir, 'turkistan', f)));
    expect(written).toHaveLength(1);
  });
});

describe('reading and writing agree', () => {
  it('"Бекова"# comment (no space before #): validate reads it, new appends to it', () => {
    const text = 'staff:\n  - id: s1\n    name: "Бекова"# comment\n    org: o1\n    position: teacher\n';
    expect(readDataFile(Buffer.from(text), 0, 'x.yaml').findings.filter((f) => f.rule === 'data/syntax')).toEqual([]);
    const r = appendRecord(text, 'staff', { id: 's2', name: 'Әлиев', org: 'o1', position: 'teacher' });
    const back = readDataFile(Buffer.from(r.text), 0, 'x.yaml');
    expect(back.records.valid.staff!.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(r.text.startsWith(text)).toBe(true);
  });
});

describe('the settings search', () => {
  it('outside a git repo it stops at the current folder; inside one at its root', () => {
    const top = tempDir('settings-climb');
    try {
      // A settings file two folders up that turns the modules off must not be found.
      fs.writeFileSync(path.join(top, 'ereje.yaml'), 'modules: { data: off }\n');
      const repo = path.join(top, 'a', 'repo');
      fs.mkdirSync(path.join(repo, 'data'), { recursive: true });
      fs.writeFileSync(path.join(repo, 'data', 'x.yaml'), 'staff:\n  - 1\n');
      expect(findSettingsFile(['.'], repo)).toBeNull();
      expect(findSettingsFile(['data'], repo)).toBeNull();
      const r = runCliHard(['validate', '.', '--lang', 'en', '--format', 'json'], repo);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).settings).toBeNull();
      // In the repo's own root, found from a subfolder
      fs.writeFileSync(path.join(repo, 'ereje.yaml'), 'language: kk\n');
      expect(findSettingsFile(['data'], repo)).toBe(path.join(repo, 'ereje.yaml'));
      fs.rmSync(path.join(repo, 'ereje.yaml'));
      // Inside a git repo: up to its root, not past it
      fs.mkdirSync(path.join(repo, '.git'));
      expect(findSettingsFile(['data'], path.join(repo, 'data'))).toBeNull();
      fs.writeFileSync(path.join(repo, 'ereje.yaml'), 'language: kk\n');
      expect(findSettingsFile(['.'], path.join(repo, 'data'))).toBe(path.join(repo, 'ereje.yaml'));
      const named = runCliHard(['validate', 'data', '--format', 'json'], repo);
      expect(JSON.parse(named.stdout).settings).toBe('ereje.yaml');
    } finally {
      fs.rmSync(top, { recursive: true, force: true });
    }
  });
});
