/**
 * Paths that name something other than a regular file. Opening a pipe blocks until someone
 * writes to it (and a process blocked there does not even die of SIGTERM); reading /dev/zero
 * never ends and fills the memory. Found while testing resource limits: `ereje validate
 * pipe.yaml` hung for ever and `ereje validate /dev/zero` grew past 11 GB. Every place that
 * reads a file the user names — data paths, --config, --template, a font in the settings,
 * `new --file` — now reads regular files only, and never more than its size limit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBounded } from './files.js';
import { copyTree, crashSigns, runCliHard, SAMPLE, tempDir } from '../testing/safety.js';

const posix = process.platform !== 'win32';
/** The reason in any of the three languages (the sample's settings say kk). */
const NOT_REGULAR = /not a regular file|кәдімгі файл емес|не обычный файл/;
let dir = '';
let fifo = '';

beforeAll(() => {
  dir = tempDir('special');
  copyTree(SAMPLE, path.join(dir, 'repo'));
  fifo = path.join(dir, 'repo', 'pipe.yaml');
  if (posix) execFileSync('mkfifo', [fifo]);
  fs.writeFileSync(path.join(dir, 'big.yaml'), 'organizations:\n' + '  - { id: x, type: school, name: "x", region: turkistan }\n'.repeat(40));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('readBounded', () => {
  it('reads a regular file whole', () => {
    const r = readBounded(path.join(dir, 'big.yaml'), 1_000_000);
    expect(r.ok && r.bytes.length).toBe(fs.statSync(path.join(dir, 'big.yaml')).size);
  });
  it('refuses a file over the limit without reading it', () => {
    const r = readBounded(path.join(dir, 'big.yaml'), 100);
    expect(r).toMatchObject({ ok: false, messageId: 'tooLarge', data: { limit: 100 } });
  });
  it('refuses a folder, a missing file', () => {
    expect(readBounded(dir, 100)).toMatchObject({ ok: false, messageId: 'unreadable', data: { code: 'EISDIR' } });
    expect(readBounded(path.join(dir, 'nothing.yaml'), 100)).toMatchObject({ ok: false, messageId: 'unreadable', data: { code: 'ENOENT', reason: { en: 'no such file' } } });
  });
  it.runIf(posix)('refuses a pipe and a device without blocking', () => {
    expect(readBounded(fifo, 100)).toMatchObject({ ok: false, data: { code: 'notRegular' } });
    expect(readBounded('/dev/zero', 100)).toMatchObject({ ok: false, data: { code: 'notRegular' } });
  });
});

describe.runIf(posix)('the CLI on pipes and devices', () => {
  const ok = (r: ReturnType<typeof runCliHard>) => expect(crashSigns(r), r.stderr).toEqual([]);

  it('validate: a finding for the pipe and for /dev/zero, the rest read as usual', () => {
    const r = runCliHard(['validate', '.', 'pipe.yaml', '/dev/zero', '--format', 'json', '--as-of', '2026-11-22', '--lang', 'en'], path.join(dir, 'repo'), { timeoutMs: 30_000 });
    ok(r);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { file: string; message: string; line: number }[] }).findings;
    const special = findings.filter((f) => /not a regular file/.test(f.message)).map((f) => f.file).sort();
    expect(special).toHaveLength(2);
    expect(special.some((f) => f.endsWith('dev/zero'))).toBe(true);
    expect(special).toContain('pipe.yaml');
    expect(findings.length).toBeGreaterThan(2); // the sample's own findings: everything else was read
  });

  it('validate --config naming a pipe or /dev/zero: exit 2 with the reason', () => {
    for (const config of [fifo, '/dev/zero']) {
      const r = runCliHard(['validate', '.', '--config', config, '--format', 'json'], path.join(dir, 'repo'), { timeoutMs: 30_000 });
      ok(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^ereje: .*not a regular file/);
    }
  });

  it('an ereje.yaml that is a pipe: exit 2, not a hang', () => {
    const sub = path.join(dir, 'pipe-settings');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'orgs.yaml'), 'organizations: []\n');
    execFileSync('mkfifo', [path.join(sub, 'ereje.yaml')]);
    const r = runCliHard(['validate', '.', '--format', 'json'], sub, { timeoutMs: 30_000 });
    ok(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(NOT_REGULAR);
  });

  it('render --template naming a pipe or /dev/zero: exit 2, no PDF', () => {
    const out = path.join(dir, 'out');
    for (const template of [fifo, '/dev/zero']) {
      const r = runCliHard(['render', 'order', 'ord-tur-2026-014', '--data', '.', '--lang', 'kk', '--template', template, '--out', out], path.join(dir, 'repo'), { timeoutMs: 30_000 });
      ok(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(NOT_REGULAR);
    }
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('render with a font in the settings that is /dev/zero: exit 2, no PDF', () => {
    const repo = path.join(dir, 'font-repo');
    copyTree(SAMPLE, repo);
    fs.appendFileSync(path.join(repo, 'ereje.yaml'), '\nrender:\n  font:\n    regular: /dev/zero\n');
    const out = path.join(dir, 'out-font');
    const r = runCliHard(['render', 'order', 'ord-tur-2026-014', '--data', '.', '--lang', 'kk', '--out', out], repo, { timeoutMs: 30_000 });
    ok(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(NOT_REGULAR);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  it('new --file naming a pipe: refused, nothing written', () => {
    const r = runCliHard(['new', 'staff', '--org', 'tur-bdo', '--name', 'Нұрланқызы Дана', '--position', 'methodologist', '--id', 'tur-s904', '--file', 'pipe.yaml', '--as-of', '2026-11-22', '--data', 'turkistan'], path.join(dir, 'repo'), { timeoutMs: 30_000 });
    ok(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(NOT_REGULAR);
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });
});
