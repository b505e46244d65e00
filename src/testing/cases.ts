/**
 * Case runner (markdownlint style): a case is a folder of YAML data files plus an
 * `expected.yaml` that lists the findings the case must produce — no more, no fewer.
 *
 *   fixtures/rules/<module>/<rule>/<case>/
 *     data.yaml …            the data (any number of files, any names)
 *     ereje.yaml             optional settings for the case
 *     expected.yaml          as_of, optional rules, and the findings
 *
 * expected.yaml:
 *   as_of: 2026-11-22              # default 2026-11-22
 *   rules: [open-door-day/x]       # default: the rule the folder is named after; `all` for every rule
 *   findings:                      # [] for a passing case
 *     - { rule: open-door-day/x, subject: req-1, line: 12 }      # file: defaults to the only data file
 *     - { rule: …, subject: …, line: …, column: 7, period: 2026-Q2, severity: warning, file: b.yaml, message: "substring" }
 *
 * Every case runs under TZ=UTC, Asia/Almaty and America/Los_Angeles and must give the same result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../engine/registry.js';
import { loadSettings } from '../engine/settings.js';
import { validateRepo } from '../validate.js';
import type { Finding } from '../engine/findings.js';
import type { Lang } from '../core/i18n.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RULE_FIXTURES = path.join(ROOT, 'fixtures/rules');
export const TIME_ZONES = ['UTC', 'Asia/Almaty', 'America/Los_Angeles'] as const;

export interface ExpectedFinding {
  rule: string;
  subject?: string | null;
  line: number;
  column?: number;
  file?: string;
  period?: string | null;
  severity?: string;
  message?: string;
}

export interface CaseSpec {
  as_of?: string;
  lang?: Lang;
  rules?: string[] | 'all';
  findings: ExpectedFinding[];
}

export interface Case {
  name: string;
  dir: string;
  files: string[];
  spec: CaseSpec;
}

export function readCases(dir: string): Case[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const caseDir = path.join(dir, name);
      const expectedFile = path.join(caseDir, 'expected.yaml');
      if (!fs.existsSync(expectedFile)) throw new Error(`${caseDir}: no expected.yaml`);
      const spec = (jsyaml.load(fs.readFileSync(expectedFile, 'utf8'), { schema: jsyaml.CORE_SCHEMA }) ?? {}) as CaseSpec;
      if (!Array.isArray(spec.findings)) throw new Error(`${expectedFile}: needs a findings list ([] for none)`);
      const files = listDataFiles(caseDir);
      return { name, dir: caseDir, files, spec };
    });
}

function listDataFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name) && !(d === dir && (e.name === 'expected.yaml' || e.name === 'ereje.yaml'))) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Runs a case in-process and returns its findings (file paths relative to the case folder). */
export async function runCase(c: Case, defaultRule?: string): Promise<Finding[]> {
  const registry = await loadRegistry();
  const settings = loadSettings([c.dir], fs.existsSync(path.join(c.dir, 'ereje.yaml')) ? path.join(c.dir, 'ereje.yaml') : undefined, c.dir);
  const only = c.spec.rules === 'all' ? undefined : c.spec.rules ?? (defaultRule ? [defaultRule] : undefined);
  const result = validateRepo({
    paths: c.files.length ? c.files : [c.dir],
    settings: settings.file ? settings : { ...settings, root: c.dir },
    registry,
    asOf: c.spec.as_of ?? settings.settings.as_of ?? '2026-11-22',
    lang: c.spec.lang ?? 'en',
    cwd: c.dir,
    onlyRules: only,
  });
  return result.findings;
}

function matches(f: Finding, e: ExpectedFinding, defaultFile: string | undefined): boolean {
  if (f.rule !== e.rule) return false;
  if (f.line !== e.line) return false;
  if ((e.file ?? defaultFile) !== undefined && f.file !== (e.file ?? defaultFile)) return false;
  if (e.subject !== undefined && f.subject !== e.subject) return false;
  if (e.column !== undefined && f.column !== e.column) return false;
  if (e.period !== undefined && f.period !== e.period) return false;
  if (e.severity !== undefined && f.severity !== e.severity) return false;
  if (e.message !== undefined && !f.message.includes(e.message)) return false;
  return true;
}

/** Pairs findings with expectations; returns what is missing and what is extra. */
export function compare(findings: Finding[], expected: ExpectedFinding[], defaultFile?: string): { missing: ExpectedFinding[]; extra: Finding[] } {
  const extra = [...findings];
  const missing: ExpectedFinding[] = [];
  for (const e of expected) {
    const i = extra.findIndex((f) => matches(f, e, defaultFile));
    if (i >= 0) extra.splice(i, 1);
    else missing.push(e);
  }
  return { missing, extra };
}

function show(f: Finding | ExpectedFinding): string {
  return `${f.file ?? '?'}:${f.line}${f.column ? `:${f.column}` : ''} ${f.rule} ${f.subject ?? ''}${f.period ? ` [${f.period}]` : ''}${'message' in f && f.message ? ` — ${f.message}` : ''}`;
}

/** Declares the vitest suite for every case of a rule (or of any folder of cases). */
export function ruleCases(ruleId: string, dir: string = path.join(RULE_FIXTURES, ruleId)): void {
  const cases = readCases(dir);
  describe(`${ruleId} cases`, () => {
    it('has a passing and a failing case', () => {
      expect(cases.some((c) => c.spec.findings.every((f) => f.rule !== ruleId)), 'a case with no finding of the rule').toBe(true);
      expect(cases.some((c) => c.spec.findings.some((f) => f.rule === ruleId)), 'a case with a finding of the rule').toBe(true);
    });
    for (const c of cases) {
      it(`${c.name} (TZ: ${TIME_ZONES.join(', ')})`, async () => {
        const defaultFile = c.files.length === 1 ? path.basename(c.files[0]) : undefined;
        const saved = process.env.TZ;
        let first: string | null = null;
        try {
          for (const tz of TIME_ZONES) {
            process.env.TZ = tz;
            const findings = await runCase(c, ruleId);
            const { missing, extra } = compare(findings, c.spec.findings, defaultFile);
            const report = [
              ...missing.map((m) => `missing: ${show(m)}`),
              ...extra.map((x) => `unexpected: ${show(x)}`),
            ].join('\n');
            expect(report, `case ${c.name} under TZ=${tz}`).toBe('');
            const json = JSON.stringify(findings);
            if (first === null) first = json;
            else expect(json, `same findings under TZ=${tz}`).toBe(first);
          }
        } finally {
          if (saved === undefined) delete process.env.TZ;
          else process.env.TZ = saved;
        }
      });
    }
  });
}
