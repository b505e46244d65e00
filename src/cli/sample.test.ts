/**
 * The README's first command, as a newcomer runs it: `ereje validate fixtures/sample` gives
 * exactly the findings written in fixtures/sample.expected.yaml, the same under any TZ, in
 * every language, in every format.
 */
import fs from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, compare, type ExpectedFinding } from '../testing/cases.js';
import { runCli } from '../testing/bad.js';
import type { Finding } from '../engine/findings.js';

const expected = jsyaml.load(fs.readFileSync(path.join(ROOT, 'fixtures/sample.expected.yaml'), 'utf8')) as { exit: number; findings: ExpectedFinding[] };

describe('ereje validate fixtures/sample', () => {
  const runs = ['UTC', 'Asia/Almaty', 'America/Los_Angeles'].map((TZ) => ({ TZ, r: runCli(['validate', 'fixtures/sample', '--format', 'json'], ROOT, { TZ }) }));

  it('gives exactly the expected findings, with the expected exit code', () => {
    const { r } = runs[0];
    expect(r.stderr).toBe('');
    expect(r.code).toBe(expected.exit);
    const report = JSON.parse(r.stdout) as { asOf: string; findings: Finding[]; summary: Record<string, number> };
    expect(report.asOf).toBe('2026-11-22');
    const { missing, extra } = compare(report.findings, expected.findings);
    expect({ missing, extra: extra.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.subject}`) }).toEqual({ missing: [], extra: [] });
    expect(report.summary.files).toBeGreaterThan(10);
  });

  it('gives the same report under TZ=UTC, Asia/Almaty and America/Los_Angeles', () => {
    expect(runs[1].r.stdout).toBe(runs[0].r.stdout);
    expect(runs[2].r.stdout).toBe(runs[0].r.stdout);
  });

  it('speaks Kazakh and Russian, keeping every Kazakh letter', () => {
    const kk = runCli(['validate', 'fixtures/sample', '--lang', 'kk'], ROOT);
    expect(kk.stdout).toMatch(/қате/);
    expect(kk.stdout).toMatch(/Ашық есік күні/);
    for (const ch of 'Әәғқңөұүһі') expect(kk.stdout, ch).toContain(ch);
    const ru = runCli(['validate', 'fixtures/sample', '--lang', 'ru'], ROOT);
    expect(ru.stdout).toMatch(/ошиб/);
    expect(ru.stdout).not.toMatch(/\u001b\[/); // no colour codes when not a terminal
  }, 60_000);

  it('prints findings grouped by file with file:line:col, rule and clause, then the summary table', () => {
    const out = runCli(['validate', 'fixtures/sample', '--lang', 'en'], ROOT).stdout;
    expect(out).toContain('fixtures/sample/turkistan/requests-2026.yaml:33:16');
    expect(out).toContain('open-door-day/request-lead-time (3.4.1)');
    expect(out).toMatch(/│ open-door-day\s+│\s+2 │\s+2 │\s+0 │\s+9 │/);
    expect(out).toMatch(/5 errors, 4 warnings, 2 info in 13 files \(133 records\), as of 2026-11-22/);
  }, 60_000);

  it('honours --fail-on and --max-warnings', () => {
    const onlyWarnings = runCli(['validate', 'fixtures/sample', '--rule', 'open-door-day/all-staff'], ROOT);
    expect(onlyWarnings.code).toBe(0);
    expect(runCli(['validate', 'fixtures/sample', '--rule', 'open-door-day/all-staff', '--fail-on', 'warning'], ROOT).code).toBe(1);
    expect(runCli(['validate', 'fixtures/sample', '--rule', 'open-door-day/all-staff', '--max-warnings', '0'], ROOT).code).toBe(1);
    expect(runCli(['validate', 'fixtures/sample', '--rule', 'open-door-day/all-staff', '--max-warnings', '1'], ROOT).code).toBe(0);
  }, 60_000);

  it('writes the report with --output, and never replaces a file without --force', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, '.vitest-tmp-'));
    try {
      const out = path.join(dir, 'report.json');
      expect(runCli(['validate', 'fixtures/sample', '--format', 'json', '--output', out], ROOT).code).toBe(1);
      const first = fs.readFileSync(out, 'utf8');
      expect(JSON.parse(first).findings.length).toBe(expected.findings.length);
      fs.writeFileSync(out, 'mine');
      const again = runCli(['validate', 'fixtures/sample', '--format', 'json', '--output', out], ROOT);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/--force/);
      expect(fs.readFileSync(out, 'utf8')).toBe('mine');
      expect(runCli(['validate', 'fixtures/sample', '--format', 'json', '--output', out, '--force'], ROOT).code).toBe(1);
      expect(fs.readFileSync(out, 'utf8')).toBe(first);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
