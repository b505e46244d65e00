/**
 * The editor schemas through the editor's own engine: yaml-language-server (what VS Code's YAML
 * extension runs), driven over stdio as an LSP client. What a user sees as they type — the
 * diagnostics under a value and the hover over a key — is what these tests read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataJsonSchema, settingsJsonSchema } from '../../schema/json-schema.js';
import { loadRegistry } from '../../engine/registry.js';
import { tmpDir } from '../../testing/report-fixture.js';
import { runMain } from '../../testing/cli-io.js';
import { YamlLs, YAML_LS, type Diagnostic } from '../../testing/yaml-ls.js';

const hasServer = fs.existsSync(YAML_LS);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

describe.runIf(hasServer)('editor (yaml-language-server over stdio)', () => {
  let dir: string;
  let ls: YamlLs;

  beforeAll(async () => {
    dir = tmpDir('yaml-ls');
    const registry = await loadRegistry();
    const write = (name: string, o: unknown) => fs.writeFileSync(path.join(dir, name), JSON.stringify(o, null, 2));
    write('ereje.schema.json', dataJsonSchema('7', { lang: 'en' }));
    write('ereje.schema.kk.json', dataJsonSchema('7', { lang: 'kk' }));
    write('ereje.schema.ru.json', dataJsonSchema('7', { lang: 'ru' }));
    write('ereje.settings.schema.json', settingsJsonSchema('7', { lang: 'en', registry }));
    fs.mkdirSync(path.join(dir, 'turkistan'));
    // As .vscode/settings.json maps it (docs/ci-and-editors.md): the settings file by name.
    ls = await YamlLs.start(dir, { [path.join(dir, 'ereje.settings.schema.json')]: ['ereje.yaml'] });
  }, 60_000);
  afterAll(async () => {
    await ls?.stop();
  });

  const staff = (schema: string, hired: string) =>
    `# yaml-language-server: $schema=../${schema}\nstaff:\n  - id: tur-s001\n    name: "Бекова Айгүл"\n    org: tur-bdo\n    position: teacher\n    hired: ${hired}\n`;

  it('an impossible date: "not a real calendar date", the words validate uses, on the date itself — not a regular expression', async () => {
    const file = path.join(dir, 'turkistan/staff.yaml');
    const text = staff('ereje.schema.json', '2026-02-30');
    fs.writeFileSync(file, text);
    const diags = await ls.open(file, text, (d) => d.length > 0);
    expect(diags.map((d) => d.message)).toEqual([expect.stringContaining('not a real calendar date')]);
    const [d] = diags;
    expect(d.message).not.toMatch(/\^\(\?:|pattern/);
    expect(d.range.start.line).toBe(lineOf(text, 'hired:'));
    expect(d.range.start.character).toBe(text.split('\n')[d.range.start.line].indexOf('2026-02-30'));
    // ereje validate says the same about the same value.
    const v = await runMain(['validate', '--format', 'json', '--lang', 'en', '--as-of', '2026-11-22'], dir);
    const finding = (JSON.parse(v.out).findings as { rule: string; message: string; line: number }[]).find((f) => f.rule === 'data/schema')!;
    expect(finding.line).toBe(d.range.start.line + 1);
    expect(finding.message).toContain(d.message.split(' (')[0]);

    // A real date, 29 February of a leap year: nothing to say.
    const ok = staff('ereje.schema.json', '2028-02-29');
    expect(await ls.open(file, ok, (x) => x.length === 0, 15_000)).toEqual([]);
  }, 90_000);

  it('in Kazakh and Russian when the schema is generated with --lang: the message and the hover', async () => {
    const kkFile = path.join(dir, 'turkistan/staff-kk.yaml');
    const kk = staff('ereje.schema.kk.json', '2025-02-29');
    const dk = await ls.open(kkFile, kk, (d) => d.length > 0);
    expect(dk.map((d) => d.message)).toEqual([expect.stringContaining('нақты күн емес')]);
    const hoverKk = await ls.hover(kkFile, lineOf(kk, 'position:'), 6);
    expect(hoverKk).toContain('Лауазымы');
    expect(hoverKk).toContain('ereje деректер файлы'); // the hover's heading, too

    const ruFile = path.join(dir, 'turkistan/staff-ru.yaml');
    const ru = staff('ereje.schema.ru.json', '2026-04-31');
    const dr = await ls.open(ruFile, ru, (d) => d.length > 0);
    expect(dr.map((d) => d.message)).toEqual([expect.stringContaining('несуществующая дата')]);
    expect(await ls.hover(ruFile, lineOf(ru, 'position:'), 6)).toContain('Должность');
  }, 90_000);

  it('ereje.yaml: a misspelt module, rule or parameter is flagged where it is; correct settings are not', async () => {
    const file = path.join(dir, 'ereje.yaml');
    const bad = [
      'language: kk',
      'modules:',
      '  landng: off',
      'rules:',
      '  open-door-day/request-lead-tme: off',
      '  open-door-day/request-lead-time:',
      '    params: { lead_dayz: 10 }',
      '',
    ].join('\n');
    const diags: Diagnostic[] = await ls.open(file, bad, (d) => d.length >= 3);
    const lines = [...new Set(diags.map((d) => d.range.start.line))].sort((a, b) => a - b);
    expect(lines).toEqual([lineOf(bad, 'landng'), lineOf(bad, 'request-lead-tme'), lineOf(bad, 'lead_dayz')]);
    expect(diags.map((d) => d.message).join('\n')).toMatch(/not allowed/i);

    const good = [
      'language: kk',
      'modules:',
      '  landing: off',
      '  support-center:',
      '    params: { cycle_years: 3 }',
      'rules:',
      '  open-door-day/request-lead-time:',
      '    severity: warning',
      '    params: { lead_days: 10 }',
      '  open-door-day/quarterly-frequency:',
      '    params: { quarters: academic }',
      '',
    ].join('\n');
    expect(await ls.open(file, good, (d) => d.length === 0, 15_000)).toEqual([]);
    // Hover over a rule id: what the rule checks.
    expect(await ls.hover(file, lineOf(good, 'request-lead-time'), 10)).toMatch(/14/);
  }, 90_000);
});

describe('editor (yaml-language-server)', () => {
  it('is installed where the tests run', () => {
    expect(hasServer, `${YAML_LS} is missing: npm ci installs it`).toBe(true);
  });
});
