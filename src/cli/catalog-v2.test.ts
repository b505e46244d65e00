/**
 * Catalog v2 through the command line, as a user runs it: each case of issue 10 (a change of
 * director, an acting head, a landing reviewed into its own dates, a school-year plan, a
 * work-plan day with a late request, …) is a small repo under fixtures/rules/, and the built CLI
 * gives exactly its expected findings under three time zones. A repo written for catalog v1
 * still reads without a single data/* finding.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_FIXTURES, ROOT, TIME_ZONES, compare, readCases } from '../testing/cases.js';
import { runCli } from '../testing/bad.js';
import type { Finding } from '../engine/findings.js';

/** The v2 cases: rule id → case folder names. */
const V2_CASES: Record<string, string[]> = {
  'open-door-day/director-order': ['heads-in-time', 'departed-director-no-history'],
  'open-door-day/director-leads': ['heads-in-time'],
  'open-door-day/quarterly-frequency': ['plan-reading-school-year', 'plan-reading-calendar-year', 'plan-reading-unknown-year'],
  'open-door-day/request-lead-time': ['work-plan-day'],
  'open-door-day/speaker-consent': ['own-staff'],
  'open-door-day/single-date': ['no-district-event'],
  'open-door-day/all-staff': ['staff-on-the-day'],
  'open-door-day/coordinator': ['fail', 'pass'],
  'landing/review-window': ['pass-review-runs-into-the-landing'],
  'landing/composition-order': ['heads-in-time-one-order-two-landings'],
  'landing/in-annual-schedule': ['heads-in-time'],
  'landing/member-eligible': ['staff-on-the-dates'],
  'landing/reference-signed': ['fail', 'pass'],
  'leading-school/partner-ratio': ['eleven-partners-fail', 'ten-partners-pass'],
  'leading-school/trainer-certified': ['uncertified-trainers', 'cambridge-trainer-pass'],
  'leading-school/partner-unique': ['leading-is-partner', 'partner-of-two-networks'],
  'leading-school/trained-staff': ['heads-programme-or-trainer-pass', 'designated-then-left-pass', 'left-day-before-designation-fail', 'hired-or-certified-after-designation-fail'],
  'leading-school/designation-basis': ['wrong-issuer-en', 'recommendation-after-letter-en', 'missing-documents', 'undated'],
  'leading-school/responsible-head': ['left-before-as-of-en'],
  'support-center/qualification-cycle': ['other-position-skipped', 'other-position-setting', 'left-before-as-of-skipped', 'no-course-no-hired', 'leap-day-due-pass', 'leap-day-due-fail', 'exactly-five-years-pass', 'five-years-and-a-day-fail'],
  'support-center/qualification-due': ['scope-all-setting'],
  'support-center/head-appointment': ['signed-by-acting-head-pass', 'signed-after-head-term-ended', 'inferred-head-departed-signer-pass', 'signer-not-head-no-history', 'signed-as-disagrees'],
};

describe('catalog v2 cases through the CLI', () => {
  for (const [rule, names] of Object.entries(V2_CASES)) {
    const cases = readCases(path.join(RULE_FIXTURES, rule)).filter((c) => names.includes(c.name));
    it(`${rule}: ${names.join(', ')} exist`, () => expect(cases.map((c) => c.name).sort()).toEqual([...names].sort()));
    for (const c of cases) {
      it(`${rule} ${c.name} under ${TIME_ZONES.join(', ')}`, () => {
        const files = c.files.map((f) => path.relative(c.dir, f));
        const cfg = fs.existsSync(path.join(c.dir, 'ereje.yaml')) ? ['--config', 'ereje.yaml'] : [];
        const args = ['validate', ...files, '--format', 'json', '--lang', 'en', '--rule', rule, '--as-of', c.spec.as_of ?? '2026-11-22', ...cfg];
        let first: string | undefined;
        for (const TZ of TIME_ZONES) {
          const r = runCli(args, c.dir, { TZ });
          expect(r.stderr, `${TZ} stderr`).toBe('');
          const report = JSON.parse(r.stdout) as { findings: Finding[] };
          const { missing, extra } = compare(report.findings, c.spec.findings, files.length === 1 ? files[0] : undefined);
          expect({ TZ, missing, extra: extra.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.subject} ${f.message}`) }).toEqual({ TZ, missing: [], extra: [] });
          expect(r.code).toBe(report.findings.some((f) => f.severity === 'error') ? 1 : 0);
          first ??= r.stdout;
          expect(r.stdout, `same report under ${TZ}`).toBe(first);
        }
      }, 60_000);
    }
  }
});

describe('a repo written for catalog v1', () => {
  it('still reads: no data/* finding, only regulation findings', () => {
    const r = runCli(['validate', 'fixtures/cli/catalog-v1-repo', '--format', 'json', '--config', 'fixtures/cli/catalog-v1-repo/ereje.yaml'], ROOT);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: Finding[]; summary: { records: number } };
    expect(report.summary.records).toBeGreaterThan(100);
    expect(report.findings.filter((f) => f.rule.startsWith('data/'))).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(0);
  }, 60_000);
});
