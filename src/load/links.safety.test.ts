/**
 * Data files that are symbolic links out of the data repo (issue 14, family 1, for data as for
 * templates, fonts and settings): a pull request can add `regions/x.yaml -> /etc/...` or a
 * folder link to someone else's files, and the walk used to follow them. Each kind of link out
 * is a finding at the link naming its real target, and nothing behind it is read; links that
 * stay inside the repo still work; `new` does not write through a link out either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findDataFiles } from './files.js';
import { loadRepo } from './loader.js';
import { crashSigns, runCliHard, tempDir } from '../testing/safety.js';
import { writeFileSafe } from '../core/write.js';

vi.setConfig({ testTimeout: 120_000 });

const posix = process.platform !== 'win32';
let dir = '';
let outside = '';

const SECRET = 'staff:\n  - { id: secret-1, name: "Құпия Адам", org: o1, position: teacher }\n';

beforeAll(() => {
  dir = tempDir('links');
  outside = path.join(dir, 'elsewhere');
  fs.mkdirSync(path.join(outside, 'folder'), { recursive: true });
  fs.writeFileSync(path.join(outside, 'secret.yaml'), SECRET);
  fs.writeFileSync(path.join(outside, 'folder', 'more.yaml'), SECRET);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A data repo (a git checkout: it has `.git`) with one good file. */
function repo(name: string): string {
  const r = path.join(dir, name);
  fs.mkdirSync(path.join(r, '.git'), { recursive: true });
  fs.mkdirSync(path.join(r, 'data', 'real'), { recursive: true });
  fs.writeFileSync(path.join(r, 'data', 'real', 'orgs.yaml'), 'organizations:\n  - { id: o1, type: school, name: "Мектеп", region: turkistan }\n');
  return r;
}

interface J { findings: { rule: string; file: string; line: number; message: string }[]; summary: { records: number } }

describe.runIf(posix)('a data file or folder linked out of the data repo', () => {
  it('a file link, a folder link, a chain ending outside, a link into /proc: a finding each, at the link, naming the target; nothing behind them read', () => {
    const r = repo('walk');
    const d = path.join(r, 'data');
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(d, 'file-out.yaml'));
    fs.symlinkSync('../../elsewhere/folder', path.join(d, 'folder-out'));
    fs.mkdirSync(path.join(d, 'hops'));
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(d, 'hops', 'last.yml'));
    fs.symlinkSync('hops/last.yml', path.join(d, 'chain.yaml')); // inside, then out
    fs.symlinkSync('/proc/self/environ', path.join(d, 'env.yaml'));
    // Links that stay inside are fine.
    fs.symlinkSync('real/orgs.yaml', path.join(d, 'alias.yaml'));
    fs.symlinkSync('real', path.join(d, 'same-folder'));

    const found = findDataFiles(['data'], r);
    const refused = Object.fromEntries(found.filter((f) => f.problem).map((f) => [f.display, f.problem!]));
    expect(Object.keys(refused).sort()).toEqual(['data/chain.yaml', 'data/env.yaml', 'data/file-out.yaml', 'data/folder-out', 'data/hops/last.yml']);
    for (const p of Object.values(refused)) expect(p.data.code).toBe('outside');
    expect(refused['data/folder-out'].messageId).toBe('unreadableFolder');
    const en = (k: string) => (refused[k].data.reason as { en: string }).en;
    expect(en('data/file-out.yaml')).toBe(`a symbolic link out of the data repo (to ${fs.realpathSync(path.join(outside, 'secret.yaml'))})`);
    expect(en('data/chain.yaml')).toContain(path.join('elsewhere', 'secret.yaml'));
    expect(en('data/env.yaml')).toMatch(/\(to \/proc\/\d+\/environ\)$/);
    expect(found.filter((f) => !f.problem).map((f) => f.display)).toEqual(['data/alias.yaml', 'data/real/orgs.yaml']);

    // Through the loader: the secret's records never arrive.
    const { data, findings } = loadRepo(['data'], { cwd: r });
    expect(data.staff).toEqual([]);
    expect(findings.filter((f) => f.rule === 'data/syntax')).toHaveLength(5);

    // Through the CLI, in each language: exit 1, the links named, no stack trace, the target's text nowhere.
    for (const lang of ['kk', 'ru', 'en']) {
      const run = runCliHard(['validate', 'data', '--format', 'json', '--lang', lang, '--as-of', '2026-11-22'], r);
      expect(crashSigns(run), run.stderr).toEqual([]);
      expect(run.code).toBe(1);
      const j = JSON.parse(run.stdout) as J;
      expect(j.findings.filter((f) => f.rule === 'data/syntax').map((f) => f.file).sort()).toEqual(['data/chain.yaml', 'data/env.yaml', 'data/file-out.yaml', 'data/folder-out', 'data/hops/last.yml']);
      expect(run.stdout).not.toContain('secret-1');
      expect(run.stdout).not.toContain('Құпия');
    }
    const ru = JSON.parse(runCliHard(['validate', 'data', '--format', 'json', '--lang', 'ru', '--as-of', '2026-11-22'], r).stdout) as J;
    expect(ru.findings.find((f) => f.file === 'data/folder-out')!.message).toMatch(/^Папка не читается: символическая ссылка за пределы репозитория данных \(на .*elsewhere\/folder\); файлы в ней не проверены$/);
  });

  it('a link named on the command line (a shell glob expands to it) is refused the same way; when it is all there is, exit 2', () => {
    const r = repo('glob');
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(r, 'data', 'x.yaml'));
    const run = runCliHard(['validate', 'data/x.yaml', '--format', 'json', '--lang', 'en', '--as-of', '2026-11-22'], r);
    expect(crashSigns(run), run.stderr).toEqual([]);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain('secret-1');
    expect(run.stdout + run.stderr).toContain('a symbolic link out of the data repo');
  });

  it('a repo reached through a link of its own still reads its inside links', () => {
    const r = repo('real-repo');
    fs.symlinkSync('real/orgs.yaml', path.join(r, 'data', 'alias.yaml'));
    const via = path.join(dir, 'via-link');
    fs.symlinkSync(r, via);
    const found = findDataFiles([path.join(via, 'data')], via);
    expect(found.filter((f) => f.problem)).toEqual([]);
    expect(found.map((f) => f.display)).toEqual(['data/alias.yaml', 'data/real/orgs.yaml']);
  });

  it('an edit in place (what `new` does) does not write through a link out of the repo', () => {
    const r = repo('edit');
    const target = path.join(outside, 'edit-target.yaml');
    fs.writeFileSync(target, SECRET);
    const link = path.join(r, 'data', 'staff.yaml');
    fs.symlinkSync(target, link);
    expect(() => writeFileSafe(link, SECRET + '  - { id: x }\n', { expectUnchanged: SECRET })).toThrow(/write-failed/);
    expect(fs.readFileSync(target, 'utf8')).toBe(SECRET);
    // Inside the repo, the record reaches the link's target as before.
    const inner = path.join(r, 'data', 'real', 'staff.yaml');
    fs.writeFileSync(inner, SECRET);
    const innerLink = path.join(r, 'data', 'staff-link.yaml');
    fs.symlinkSync('real/staff.yaml', innerLink);
    writeFileSafe(innerLink, SECRET + '# more\n', { expectUnchanged: SECRET });
    expect(fs.readFileSync(inner, 'utf8')).toBe(SECRET + '# more\n');
    expect(fs.lstatSync(innerLink).isSymbolicLink()).toBe(true);
  });

  it('a new data file (what `new` and `import` create) is not created through a folder linked out of the repo', () => {
    const r = repo('create');
    const away = path.join(outside, 'created');
    fs.mkdirSync(away, { recursive: true });
    fs.symlinkSync(away, path.join(r, 'data', 'linked'));
    expect(() => writeFileSafe(path.join(r, 'data', 'linked', 'new.yaml'), SECRET, { confined: true })).toThrow(/write-failed/);
    expect(() => writeFileSafe(path.join(r, 'data', 'linked', 'deeper', 'new.yaml'), SECRET, { confined: true })).toThrow(/write-failed/);
    expect(fs.readdirSync(away)).toEqual([]);
    // A folder linked inside the repo, and a plain new folder, are fine.
    fs.symlinkSync('real', path.join(r, 'data', 'inner'));
    writeFileSafe(path.join(r, 'data', 'inner', 'new.yaml'), SECRET, { confined: true });
    writeFileSafe(path.join(r, 'data', 'fresh', 'new.yaml'), SECRET, { confined: true });
    expect(fs.readFileSync(path.join(r, 'data', 'real', 'new.yaml'), 'utf8')).toBe(SECRET);
    expect(fs.readFileSync(path.join(r, 'data', 'fresh', 'new.yaml'), 'utf8')).toBe(SECRET);
    // Documents and reports (not confined) still go wherever --out points.
    writeFileSafe(path.join(r, 'data', 'linked', 'report.json'), '{}');
    expect(fs.readdirSync(away)).toEqual(['report.json']);
  });
});
