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
      '  ereje.yaml:2:3: unknown module "landng" (did you mean "landing"?)',
      '  ereje.yaml:4:15: no rule of support-center has a parameter "cycle_year" (did you mean "cycle_years"?)',
      '  ereje.yaml:6:3: unknown rule "open-door-day/request-lead-tme" (did you mean "open-door-day/request-lead-time"?)',
      '  ereje.yaml:7:16: data/syntax reads the files and cannot be turned off',
      '  ereje.yaml:9:15: open-door-day/request-lead-time has no parameter "lead_day" (did you mean "lead_days"?)',
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
