/**
 * Issue 14, "unbounded output", the part about memory: findings are capped per rule and file as
 * they are produced, so a file of a million bad records holds limits.findings_per_file findings
 * and a count, never millions of finding objects (before: 1,000,000 `- {}` lines held four
 * million findings, 3.8 GB). These tests count what is *retained* (the loader's findings, the
 * engine's raw findings), at a small scale, against a run with the cap off; they never time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../load/read-file.js';
import { DEFAULT_PARSE_LIMITS } from '../load/yaml.js';
import { loadRepo } from '../load/loader.js';
import { loadRegistry } from './registry.js';
import { loadSettings } from './settings.js';
import { checkRaw, finalize } from './run.js';
import { rawWeight, type CappedFinding } from './caps.js';
import { validateRepo } from '../validate.js';
import { formatCount } from '../core/i18n.js';
import { tmpDir } from '../testing/report-fixture.js';
import { entry } from '../testing/exceptions.js';
import type { RawFinding } from './raw.js';

const CAP = 25;

/** Bad records of every kind the loader reports one by one. */
const SHAPES: Record<string, string> = {
  'empty record': '  - {}\n',
  'not a record': '  - 1\n',
  'unknown key and missing fields': '  - { nаme: x }\n', // Cyrillic а
  'wrong types': '  - { id: 7, name: [1], org: {}, position: 3 }\n',
  'bad id and date': '  - { id: "Bad Id", name: "Бекова Ақерке", org: tur-bdo, position: methodologist, hired: 2026-02-30 }\n',
};

const total = (fs: readonly RawFinding[]) => fs.reduce((n, f) => n + rawWeight(f), 0);

describe('the loader caps findings as it reads', () => {
  for (const [name, line] of Object.entries(SHAPES)) {
    it(`${name}: ${CAP} kept, one summary counting the rest, the kept ones the first ones`, () => {
      const bytes = Buffer.from('staff:\n' + line.repeat(3_000), 'utf8');
      const all = readDataFile(bytes, 0, 'big.yaml', DEFAULT_PARSE_LIMITS).findings;
      const capped = readDataFile(bytes, 0, 'big.yaml', { ...DEFAULT_PARSE_LIMITS, findingsPerRule: CAP }).findings;
      expect(all.length).toBeGreaterThanOrEqual(3_000);
      const rules = new Set(all.map((f) => f.rule));
      // Retained: at most CAP + 1 per rule, whatever the file's size.
      expect(capped.length).toBeLessThanOrEqual(rules.size * (CAP + 1));
      expect(total(capped)).toBe(all.length); // every finding still counted
      const summaries = capped.filter((f) => f.omitted);
      expect(summaries).toHaveLength(rules.size);
      const seen = new Map<string, number>();
      const firsts = all.filter((f) => {
        const n = (seen.get(f.rule) ?? 0) + 1;
        seen.set(f.rule, n);
        return n <= CAP;
      });
      expect(capped.filter((f) => !f.omitted)).toEqual(firsts);
    });
  }

  it('rules an exception names are read whole', () => {
    const bytes = Buffer.from('staff:\n' + SHAPES['empty record'].repeat(500), 'utf8');
    const r = readDataFile(bytes, 0, 'big.yaml', { ...DEFAULT_PARSE_LIMITS, findingsPerRule: CAP, uncapped: ['data/schema'] }).findings;
    expect(r).toHaveLength(readDataFile(bytes, 0, 'big.yaml').findings.length);
    expect(r.some((f) => f.omitted)).toBe(false);
  });
});

/** A repo with `n` staff records pointing at an organisation that does not exist. */
function danglingRepo(n: number, settings = ''): string {
  const dir = tmpDir('caps');
  fs.writeFileSync(path.join(dir, 'ereje.yaml'), `as_of: 2026-11-22\nlimits: { findings_per_file: ${CAP} }\n${settings}`);
  let s = 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }\nstaff:\n  - { id: tur-s001, name: "Әлиева Гүлнар", org: tur-bdo, position: director }\n';
  for (let i = 0; i < n; i++) s += `  - { id: p${i}, name: "Бекова Ақерке", org: tur-xxx, position: methodologist }\n`;
  fs.writeFileSync(path.join(dir, 'staff.yaml'), s);
  return dir;
}

describe("the engine caps each rule's findings as it reports them", () => {
  it('a rule reporting thousands in one file retains CAP + 1, and the totals stay true', async () => {
    const dir = danglingRepo(2_000);
    try {
      const registry = await loadRegistry();
      const settings = loadSettings([dir], undefined, dir);
      const { data, findings } = loadRepo([dir], { cwd: dir });
      const opts = { registry, data, loaderFindings: findings, settings, asOf: '2026-11-22' as const };
      const free = checkRaw(opts);
      const capped = checkRaw({ ...opts, capAtSource: { perRuleFile: CAP } });
      const of = (run: typeof free, rule: string) => run.raw.filter((r) => r.f.rule === rule).map((r) => r.f);
      expect(of(free, 'data/unknown-reference')).toHaveLength(2_000);
      expect(of(capped, 'data/unknown-reference')).toHaveLength(CAP + 1); // retained
      expect(total(of(capped, 'data/unknown-reference'))).toBe(2_000);
      const a = finalize(free, registry, data, 'kk', CAP);
      const b = finalize(capped, registry, data, 'kk', CAP);
      expect(b.summary).toEqual(a.summary);
      expect(b.findings.filter((f) => !(f as CappedFinding).omitted)).toEqual(a.findings.filter((f) => !(f as CappedFinding).omitted));
      const line = b.findings.find((f) => (f as CappedFinding).omitted)!;
      expect(line.message).toContain(formatCount(1_975, 'kk'));
      expect(line.message).toMatch(/^…осы файлда осы ереже бойынша тағы/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an exception for a finding past the cap still covers it (its rule is not capped before the exceptions)', async () => {
    const dir = danglingRepo(300);
    try {
      fs.writeFileSync(path.join(dir, 'exceptions.yaml'), `exceptions:\n${entry({ subject: 'p290', path: 'org' })}`);
      const registry = await loadRegistry();
      const settings = loadSettings([dir], undefined, dir);
      const r = validateRepo({ paths: [dir], settings, registry, asOf: '2026-11-22', lang: 'en', cwd: dir });
      expect(r.suppressed?.map((f) => f.subject)).toEqual(['p290']);
      expect(r.findings.some((f) => f.rule === 'exceptions/unused')).toBe(false);
      expect(r.summary.error).toBe(299);
      const shown = r.findings.filter((f) => f.rule === 'data/unknown-reference');
      expect(shown).toHaveLength(CAP + 1);
      expect(shown.at(-1)!.message).toMatch(/^…and 274 more findings/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validate: 20,000 empty records give CAP + 1 findings of data/schema and the true total', async () => {
    const dir = tmpDir('caps');
    try {
      fs.writeFileSync(path.join(dir, 'ereje.yaml'), `limits: { findings_per_file: ${CAP} }\n`);
      fs.writeFileSync(path.join(dir, 'big.yaml'), 'staff:\n' + '  - {}\n'.repeat(20_000));
      const registry = await loadRegistry();
      const settings = loadSettings([dir], undefined, dir);
      const r = validateRepo({ paths: [dir], settings, registry, asOf: '2026-11-22', lang: 'ru', cwd: dir });
      const fields = readDataFile(Buffer.from('staff:\n  - {}\n'), 0, 'x').findings.length; // findings per empty record
      expect(r.findings).toHaveLength(CAP + 1);
      expect(r.summary.error).toBe(20_000 * fields);
      const line = r.findings.find((f) => (f as CappedFinding).omitted)!;
      expect(line.message).toMatch(/^…и ещё/);
      expect((line as CappedFinding).omitted).toBe(20_000 * fields - CAP);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
