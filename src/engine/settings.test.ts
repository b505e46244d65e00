/** A settings file with several mistakes: every one is reported in one run, at its place, with a hint. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../testing/cli-io.js';

const dirs: string[] = [];
function repo(settings: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-settings-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'ereje.yaml'), settings);
  fs.writeFileSync(path.join(dir, 'orgs.yaml'), 'organizations:\n  - { id: tur-bdo, type: center, name: "Орталық", region: turkistan }\n');
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('settings errors', () => {
  it('reports every mistake of the file\'s shape at once, "did you mean" at the top level too', async () => {
    const dir = repo(['langauge: kk', 'as_of: 2026-02-30', 'modules:', '  landing: { extra_region: [shymkent] }', '  open-door-day: of', 'render: { szie: 12 }', ''].join('\n'));
    const r = await runMain(['validate', '.', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('ereje: 5 problems in the settings file:');
    expect(lines.slice(1)).toEqual([
      '  ereje.yaml:1:1: unknown key "langauge" (did you mean "language"?)',
      '  ereje.yaml:2:8: as_of: not a calendar date written YYYY-MM-DD',
      '  ereje.yaml:4:14: modules.landing: unknown key "extra_region" (did you mean "extra_regions"?)',
      expect.stringMatching(/^ {2}ereje\.yaml:5:18: modules\.open-door-day: "of" is not allowed here: expected on \| off, true\/false, a mapping/),
      '  ereje.yaml:6:11: render: unknown key "szie" (did you mean "size"?)',
    ]);
  });

  it('reports every unknown module, rule and parameter at once', async () => {
    const dir = repo(
      ['modules:', '  landng: off', '  support-center:', '    params: { cycle_year: 3 }', 'rules:', '  open-door-day/request-lead-tme: off', '  data/syntax: off', '  open-door-day/request-lead-time:', '    params: { lead_day: 10 }', ''].join('\n'),
    );
    const r = await runMain(['validate', '.', '--lang', 'kk'], dir);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toEqual([
      'ereje: Баптаулар файлында 5 қате:',
      '  ereje.yaml:2:3: белгісіз модуль «landng» («landing» болуы мүмкін бе?)',
      '  ereje.yaml:4:15: support-center модулінің ешбір ережесінде «cycle_year» параметрі жоқ («cycle_years» болуы мүмкін бе?)',
      '  ereje.yaml:6:3: белгісіз ереже «open-door-day/request-lead-tme» («open-door-day/request-lead-time» болуы мүмкін бе?)',
      '  ereje.yaml:7:16: data/syntax файлдарды оқиды, оны өшіруге болмайды',
      '  ereje.yaml:9:15: open-door-day/request-lead-time ережесінде «lead_day» параметрі жоқ («lead_days» болуы мүмкін бе?)',
    ]);
  });

  it('one mistake still reads as one line', async () => {
    const dir = repo('language: kz\n');
    const r = await runMain(['validate', '.', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^ereje: Cannot read the settings file: ereje\.yaml:1:11: language: /);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('settings problems in Russian, no zod text (issue 12)', () => {
  it('a parameter of the wrong type and an unknown key, said in Russian', async () => {
    const { runMain } = await import('../testing/cli-io.js');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-settings-ru-'));
    fs.writeFileSync(path.join(dir, 'data.yaml'), 'organizations: []\n');
    fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'colour: red\n');
    let r = await runMain(['validate', '.', '--lang', 'ru'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('неизвестный ключ «colour»');
    expect(r.err).not.toMatch(/unknown key/);
    fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'rules:\n  open-door-day/request-lead-time:\n    params: { lead_days: "две недели" }\n');
    r = await runMain(['validate', '.', '--lang', 'ru'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('параметр lead_days: нужно число');
    expect(r.err).not.toMatch(/Invalid input|expected|received|unknown key/);
  });
});
