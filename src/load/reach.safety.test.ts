/**
 * Nothing vanishes, nothing leaks (issue 14, families 1 and 2).
 *
 * - Whatever the walk cannot reach is a finding at its path: an unreadable folder, an
 *   execute-only folder (both only testable as a non-root user: run through `setpriv` to
 *   `nobody`, skipped with a line when that is not possible), a dangling link, a link loop, a
 *   pipe named *.yaml, a path longer than PATH_MAX. When nothing at all could be read: exit 2.
 * - A template, font or settings file that is a symbolic link out of the data repo, or that
 *   reads past its reported size (/proc files report 0 bytes), is refused: the environment and
 *   /etc/passwd never reach a PDF.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { escapesRepo, findDataFiles, readBounded } from './files.js';
import { clampJobs } from './loader.js';
import os from 'node:os';
import { BIN, copyTree, crashSigns, runCliHard, SAMPLE, tempDir } from '../testing/safety.js';

vi.setConfig({ testTimeout: 120_000 });

const posix = process.platform !== 'win32';
let dir = '';

interface J { findings: { rule: string; file: string; line: number; message: string }[] }
const json = (s: string) => JSON.parse(s) as J;
const ok = (r: ReturnType<typeof runCliHard>) => expect(crashSigns(r), r.stderr).toEqual([]);

beforeAll(() => {
  dir = tempDir('reach');
});
afterAll(() => {
  // chmod back whatever a test locked, so the folder can be removed
  spawnSync('chmod', ['-R', 'u+rwx', dir]);
  spawnSync('rm', ['-rf', dir]); // rm walks paths longer than PATH_MAX; fs.rmSync does not
});

/** A small valid data repo. */
function repo(name: string): string {
  const r = path.join(dir, name);
  fs.mkdirSync(r, { recursive: true });
  fs.writeFileSync(path.join(r, 'orgs.yaml'), 'organizations:\n  - { id: o1, type: school, name: "Мектеп", region: turkistan }\n');
  return r;
}

describe.runIf(posix)('the walk: every unreachable path is a finding at that path', () => {
  it('dangling link, link loop, pipe, a folder path longer than PATH_MAX: findings, and the rest is read', () => {
    const r = repo('walk');
    fs.symlinkSync('gone.yaml', path.join(r, 'dangling.yaml'));
    fs.symlinkSync('gone-folder', path.join(r, 'dangling-folder'));
    fs.symlinkSync('loop', path.join(r, 'loop'));
    fs.symlinkSync('loop2.yaml', path.join(r, 'loop1.yaml'));
    fs.symlinkSync('loop1.yaml', path.join(r, 'loop2.yaml'));
    execFileSync('mkfifo', [path.join(r, 'pipe.yaml')]);
    // A chain of folders whose full path exceeds PATH_MAX (4096): made one level at a time from inside.
    const seg = 'd'.repeat(200);
    spawnSync('sh', ['-c', `cd "${r}" && for i in $(seq 1 25); do mkdir ${seg} && cd ${seg} || exit 1; done; echo "staff: []" > deep.yaml`]);

    const found = findDataFiles([r], dir);
    const problems = found.filter((f) => f.problem).map((f) => [path.relative(r, f.abs).slice(0, 40), f.problem!.data.code]);
    expect(problems).toEqual(expect.arrayContaining([
      ['dangling.yaml', 'dangling'],
      ['dangling-folder', 'dangling'],
      ['loop', 'ELOOP'],
      ['loop1.yaml', 'ELOOP'],
      ['loop2.yaml', 'ELOOP'],
      ['pipe.yaml', 'notRegular'],
    ]));
    expect(found.some((f) => f.problem?.data.code === 'ENAMETOOLONG')).toBe(true);

    const run = runCliHard(['validate', '.', '--format', 'json', '--lang', 'en', '--as-of', '2026-11-22'], r, { timeoutMs: 60_000 });
    ok(run);
    expect(run.code).toBe(1);
    const syntax = json(run.stdout).findings.filter((f) => f.rule === 'data/syntax');
    const at = (file: string) => syntax.find((f) => f.file === file)?.message;
    expect(at('dangling.yaml')).toMatch(/symbolic link to nothing/);
    expect(at('loop')).toMatch(/loop of symbolic links/);
    expect(at('pipe.yaml')).toMatch(/not a regular file/);
    expect(syntax.some((f) => /longer than the system allows/.test(f.message))).toBe(true);
    expect(syntax.every((f) => !/ENOENT|ELOOP|EACCES|ENAMETOOLONG/.test(f.message))).toBe(true); // errno codes in words
  });

  it('1,500 nested folders: the file at the bottom is read, in seconds (realpath per folder was cubic: 481 s)', () => {
    const r = repo('deep-folders');
    spawnSync('sh', ['-c', `cd "${r}" && for i in $(seq 1 1500); do mkdir a && cd a || exit 1; done; echo "staff: [1]" > deep.yaml`]);
    const t = Date.now();
    const found = findDataFiles([r], dir);
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(found.filter((f) => f.display.endsWith('/a/deep.yaml') && !f.problem)).toHaveLength(1);
  });

  it('messages name the reason in Kazakh and Russian too', () => {
    const r = repo('walk-kk');
    fs.symlinkSync('gone.yaml', path.join(r, 'dangling.yaml'));
    for (const [lang, re] of [['kk', /символдық сілтеме/], ['ru', /символическая ссылка/]] as const) {
      const run = runCliHard(['validate', '.', '--format', 'json', '--lang', lang, '--as-of', '2026-11-22'], r);
      ok(run);
      expect(json(run.stdout).findings.find((f) => f.file === 'dangling.yaml')!.message).toMatch(re);
    }
  });

  it('a dangling link named on the command line is a finding, a missing path still exit 2', () => {
    const r = repo('given');
    fs.symlinkSync('gone.yaml', path.join(r, 'link.yaml'));
    const run = runCliHard(['validate', 'link.yaml', 'orgs.yaml', '--format', 'json', '--lang', 'en'], r);
    ok(run);
    expect(run.code).toBe(1);
    expect(json(run.stdout).findings.find((f) => f.file === 'link.yaml')!.message).toMatch(/symbolic link to nothing/);
    expect(runCliHard(['validate', 'nothing-here.yaml'], r).code).toBe(2);
  });
});

/** Runs the CLI as `nobody` (root reads everything, so permissions can only be tested so). */
function asNobody(args: string[], cwd: string): ReturnType<typeof runCliHard> | null {
  if (process.getuid?.() !== 0) return null;
  const probe = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'true']);
  if (probe.status !== 0) return null;
  const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C' }, timeout: 60_000, killSignal: 'SIGKILL',
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

describe.runIf(posix)('permissions (as the user nobody)', () => {
  it('an unreadable folder and an execute-only folder: a finding each, exit 1; all unreadable: exit 2', () => {
    const base = path.join(dir, 'perm');
    fs.mkdirSync(base);
    fs.chmodSync(dir, 0o755);
    const r = repo('perm/repo');
    for (const [name, mode] of [['locked', 0o000], ['xonly', 0o111]] as const) {
      fs.mkdirSync(path.join(r, name));
      fs.writeFileSync(path.join(r, name, 'staff.yaml'), 'staff: []\n');
      fs.chmodSync(path.join(r, name), mode);
    }
    spawnSync('chmod', ['a+rX', dir, base, r, path.join(r, 'orgs.yaml')]);
    const run = asNobody(['validate', '.', '--format', 'json', '--lang', 'en', '--as-of', '2026-11-22'], r);
    if (!run) {
      console.log('skipped: not root or no setpriv, so an unreadable folder cannot be tested (root reads everything)');
      return;
    }
    ok(run);
    expect(run.code).toBe(1);
    const msgs = json(run.stdout).findings.filter((f) => f.rule === 'data/syntax').map((f) => `${f.file}: ${f.message}`);
    expect(msgs).toEqual(['locked: Cannot read the folder: permission denied; the files in it were not checked', 'xonly: Cannot read the folder: permission denied; the files in it were not checked']);

    const all = asNobody(['validate', 'locked', 'xonly', '--lang', 'en'], r)!;
    ok(all);
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/no file could be read/);
    expect(all.stdout).toMatch(/locked:1:1 +error +Cannot read the folder/);
  });
});

describe.runIf(posix)('templates, fonts and settings: no symlink out of the data repo, no reading past the size', () => {
  let r = '';
  beforeAll(() => {
    r = path.join(dir, 'leak');
    copyTree(SAMPLE, r);
    fs.mkdirSync(path.join(r, 'tpl'));
    fs.writeFileSync(path.join(dir, 'outside-secret.liquid'), '::text\nSECRET_TOKEN\n');
    fs.appendFileSync(path.join(r, 'ereje.yaml'), '\nrender:\n  templates: tpl/\n');
  });
  const render = (extra: string[] = []) => runCliHard(['render', 'order', 'ord-tur-2026-014', '--lang', 'kk', '--out', 'out', ...extra], r, { env: { SECRET_TOKEN: 'leaked-secret-value' } });

  for (const target of ['/proc/self/environ', '/etc/passwd', '../../outside-secret.liquid']) {
    it(`a template linked to ${target}: exit 2, named, no PDF`, () => {
      const link = path.join(r, 'tpl', 'order-open-door-day.kk.liquid');
      fs.rmSync(link, { force: true });
      fs.symlinkSync(target, link);
      const run = render();
      ok(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/tpl\/order-open-door-day\.kk\.liquid/);
      expect(run.stderr).toMatch(/деректер репозиторийінен тыс/); // "out of the data repo", in the sample's language
      expect(run.stderr + run.stdout).not.toMatch(/leaked-secret-value|root:x:0/);
      expect(fs.existsSync(path.join(r, 'out')) ? fs.readdirSync(path.join(r, 'out')) : []).toEqual([]);
    });
  }

  it('a link inside the repo is followed as before', () => {
    const link = path.join(r, 'tpl', 'order-open-door-day.kk.liquid');
    fs.rmSync(link, { force: true });
    fs.copyFileSync(path.resolve(path.dirname(BIN), '../templates/order-open-door-day.kk.liquid'), path.join(r, 'tpl', 'real.liquid'));
    fs.symlinkSync('real.liquid', link);
    expect(escapesRepo(link)).toBeNull();
    const run = render();
    ok(run);
    expect(run.code, run.stderr).toBe(0);
    fs.rmSync(path.join(r, 'out'), { recursive: true, force: true });
  });

  it('--template /proc/self/environ (no link, but it reads past its size 0): exit 2', () => {
    const run = render(['--template', '/proc/self/environ']);
    ok(run);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/leaked-secret-value/);
    expect(readBounded('/proc/self/environ', 1 << 20)).toMatchObject({ ok: false, data: { code: 'pastSize' } });
    expect(readBounded('/proc/self/status', 1 << 20)).toMatchObject({ ok: false, data: { code: 'pastSize' } });
  });

  it('a font linked out of the repo, and an ereje.yaml linked out of the repo: exit 2', () => {
    const f = path.join(dir, 'font-repo');
    copyTree(SAMPLE, f);
    fs.symlinkSync('/etc/passwd', path.join(f, 'font.ttf'));
    fs.appendFileSync(path.join(f, 'ereje.yaml'), '\nrender:\n  font: { regular: font.ttf }\n');
    const run = runCliHard(['render', 'order', 'ord-tur-2026-014', '--lang', 'kk', '--out', 'out'], f);
    ok(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/font\.ttf.*\/etc\/passwd/);

    const s = repo('settings-link');
    fs.writeFileSync(path.join(dir, 'far-settings.yaml'), 'modules: { open-door-day: off }\n');
    fs.symlinkSync('../far-settings.yaml', path.join(s, 'ereje.yaml'));
    fs.mkdirSync(path.join(s, '.git'));
    const v = runCliHard(['validate', '.', '--lang', 'en'], s);
    ok(v);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/ereje\.yaml.*symbolic link out of the data repo/);
  });
});

describe('--jobs', () => {
  it('is clamped to the cores (1000 started 999 workers and aborted at 16 GB)', () => {
    const cores = os.availableParallelism();
    expect(clampJobs(1000)).toBe(cores);
    expect(clampJobs(0)).toBe(1);
    expect(clampJobs(1)).toBe(1);
    expect(clampJobs(undefined)).toBeLessThanOrEqual(cores);
  });
});

describe('limits.max_file_bytes', () => {
  it('above what one string can hold: a settings error at its line, not an internal error', () => {
    const r = repo('big-limit');
    fs.writeFileSync(path.join(r, 'ereje.yaml'), 'limits:\n  max_file_bytes: 10000000000\n');
    const run = runCliHard(['validate', '.', '--lang', 'en'], r);
    ok(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ereje\.yaml:2:\d+: limits\.max_file_bytes/);
  });
});
