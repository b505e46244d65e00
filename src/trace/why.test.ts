/**
 * The why of a finding, read as the inspector reads it: through the CLI, `validate --trace`
 * (pretty and JSON) and `ereje why` show the request's and the event's dates with their lines,
 * `lead_days = 14 (3.4.1, default)` and the subtraction; every finding of every rule case carries
 * a trace built by the engine.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, RULE_FIXTURES, readCases } from '../testing/cases.js';
import { runCli } from '../testing/bad.js';
import { loadRegistry } from '../engine/registry.js';
import { loadSettings } from '../engine/settings.js';
import { validateRepo } from '../validate.js';
import type { Finding } from '../engine/findings.js';

describe('validate --trace', () => {
  it('pretty: both dates with their lines, the parameter with its clause and source, the subtraction', () => {
    const r = runCli(['validate', 'fixtures/sample', '--trace', '--lang', 'en', '--rule', 'open-door-day/request-lead-time'], ROOT);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('↳ req-tur-2026-004.submitted = 2026-04-03  fixtures/sample/turkistan/requests-2026.yaml:33:16');
    expect(r.stdout).toContain('↳ odd-tur-2026-q2.date = 2026-04-16  fixtures/sample/turkistan/open-door-days-2026.yaml:40:11');
    expect(r.stdout).toContain('↳ lead_days = 14 (3.4.1, default)');
    expect(r.stdout).toContain('↳ 2026-04-16 − 2026-04-03 = 13 days < 14');
  }, 60_000);

  it('json: an optional trace on each finding; without --trace the report is as before', () => {
    const r = runCli(['validate', 'fixtures/sample', '--trace', '--format', 'json', '--rule', 'open-door-day/request-lead-time'], ROOT);
    const f = (JSON.parse(r.stdout) as { findings: Finding[] }).findings[0];
    expect(f.trace?.values.map((v) => [v.name, v.value, v.line])).toEqual([
      ['req-tur-2026-004.submitted', '2026-04-03', 33],
      ['odd-tur-2026-q2.date', '2026-04-16', 40],
    ]);
    expect(f.trace?.params).toEqual([{ name: 'lead_days', value: '14', clause: '3.4.1', source: 'default', sourceText: 'әдепкі мән' }]);
    expect(f.trace?.computation).toBe('2026-04-16 − 2026-04-03 = 13 күн < 14');
    expect(f.trace?.region).toBe('turkistan');
    const plain = runCli(['validate', 'fixtures/sample', '--format', 'json', '--rule', 'open-door-day/request-lead-time'], ROOT);
    expect(plain.stdout).not.toContain('"trace"');
  }, 60_000);

  it('says where a parameter came from: the settings', () => {
    const dir = path.join(RULE_FIXTURES, 'open-door-day/request-lead-time/lead-days-param');
    const r = runCli(['validate', '.', '--trace', '--lang', 'ru', '--as-of', '2026-11-22', '--rule', 'open-door-day/request-lead-time'], dir);
    expect(r.stdout).toMatch(/↳ lead_days = \d+ \(3\.4\.1, настройки: rules\)/);
  }, 60_000);
});

describe('ereje why', () => {
  it('prints the finding, its trace and the clause in the original, exit 1', () => {
    const r = runCli(['why', 'open-door-day/request-lead-time', 'req-tur-2026-004', 'fixtures/sample', '--lang', 'kk'], ROOT);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2026-04-16 − 2026-04-03 = 13 күн < 14');
    expect(r.stdout).toContain('lead_days = 14 (3.4.1, әдепкі мән)');
    expect(r.stdout).toContain('Алдын-ала өтінімдер бойынша өткізілетін');
    expect(r.stdout).not.toContain('Working English translation');
    expect(r.stdout).not.toMatch(/\berror\b/);
  }, 60_000);

  it('says so when the rule finds nothing about the subject, exit 0', () => {
    const r = runCli(['why', 'open-door-day/request-lead-time', 'req-tur-2026-001', 'fixtures/sample', '--lang', 'en'], ROOT);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('finds nothing about req-tur-2026-001');
  }, 60_000);
});

describe('every finding has a trace (built by the engine, not by each rule)', () => {
  it('holds for every failing case of every rule', async () => {
    const registry = await loadRegistry();
    const missing: string[] = [];
    let checked = 0;
    for (const rule of registry.rules.keys()) {
      for (const c of readCases(path.join(RULE_FIXTURES, rule))) {
        if (!c.spec.findings.length) continue;
        const settings = loadSettings([c.dir], undefined, c.dir);
        const result = validateRepo({ paths: c.files, settings: { ...settings, root: c.dir }, registry, asOf: c.spec.as_of ?? '2026-11-22', lang: 'en', cwd: c.dir, trace: true, onlyRules: [rule] });
        for (const f of result.findings) {
          checked++;
          const ok = f.trace && f.trace.values.length > 0 && f.trace.values.every((v) => v.line > 0) &&
            f.trace.params.length === Object.keys(registry.rules.get(f.rule)?.params ?? {}).length;
          if (!ok) missing.push(`${rule} ${c.name}: ${f.rule} ${f.subject}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  }, 120_000);
});
