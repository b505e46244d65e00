/**
 * The "done when", on a copy of fixtures/sample, through the CLI as a user runs it:
 * baseline → validate exits 0; one new breach → exit 1 showing only it; fixing a baselined one
 * → exceptions/unused; as-of past the expiry → the findings are back with exceptions/expired;
 * edits, reordering and file splits leave every exception matching. Expectations come from the
 * runs themselves (the sample's findings may change), never from a hard-coded list.
 */
import fs from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../testing/cases.js';
import { runMain } from '../testing/cli-io.js';
import { tmpDir } from '../testing/report-fixture.js';
import { addDays } from '../core/dates.js';
import type { Finding } from '../engine/findings.js';

const SAMPLE = path.join(ROOT, 'fixtures/sample');
const EXPIRES = '2027-06-30';
const REASON = 'Records of 2024–2026, kept before ereje — Әзірге ескі тәртіппен (ӘҒҚҢӨҰҮҺІ)';

interface Report {
  findings: Finding[];
  suppressed: (Finding & { path?: string; exception: { reason: string; approved_by: string; expires: string; line: number } })[];
  summary: { error: number; warning: number; info: number };
}

function copySample(): string {
  const dir = tmpDir('exceptions');
  fs.cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

function dataFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && path.basename(f) !== 'ereje.yaml' && path.basename(f) !== 'exceptions.yaml').sort().map((f) => path.join(dir, f));
}

/** A staff id of the data who is on the staff on the as-of day (the approver). */
function someStaff(dir: string, day = '2026-11-22'): string {
  for (const f of dataFiles(dir)) {
    const doc = jsyaml.load(fs.readFileSync(f, 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as { staff?: { id: string; hired?: string; left?: string; status?: string }[] } | null;
    const p = doc?.staff?.find((s) => (!s.hired || s.hired <= day) && !s.left && s.status !== 'dismissed');
    if (p) return p.id;
  }
  throw new Error('no staff in the sample');
}

async function validate(dir: string, ...args: string[]): Promise<{ code: number; report: Report; err: string }> {
  const r = await runMain(['validate', '--format', 'json', '--lang', 'en', ...args], dir);
  expect(r.err).toBe('');
  return { code: r.code, report: JSON.parse(r.out) as Report, err: r.err };
}

async function baseline(dir: string, approver: string, ...args: string[]) {
  const r = await runMain(['baseline', '--reason', REASON, '--approved-by', approver, '--expires', EXPIRES, '--lang', 'en', ...args], dir);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return r;
}

const key = (f: Finding) => `${f.rule} ${f.subject} ${f.period ?? ''} ${f.message}`;

describe('exceptions and baseline on a copy of fixtures/sample', () => {
  it('baseline, then validate exits 0; every finding is listed as suppressed with its reason', async () => {
    const dir = copySample();
    const before = await validate(dir);
    expect(before.code).toBe(1);
    expect(before.report.findings.length).toBeGreaterThan(0);
    const r = await baseline(dir, someStaff(dir));
    expect(r.out).toMatch(/exceptions added/);
    const after = await validate(dir);
    expect(after.code).toBe(0);
    expect(after.report.findings).toEqual([]);
    expect(after.report.summary).toMatchObject({ error: 0, warning: 0, info: 0 });
    expect(after.report.suppressed.map(key).sort()).toEqual(before.report.findings.map(key).sort());
    for (const s of after.report.suppressed) {
      expect(s.exception.reason).toBe(REASON); // every Kazakh letter survives the write and the read
      expect(s.exception.expires).toBe(EXPIRES);
    }
    // Running it again adds nothing: what is covered is not written twice.
    const again = await runMain(['baseline', '--reason', 'x', '--approved-by', someStaff(dir), '--expires', EXPIRES, '--lang', 'en'], dir);
    expect(again.out).toMatch(/nothing to add/);
    // The pretty report says how many are covered, and lists them on request.
    const pretty = await runMain(['validate', '--lang', 'en'], dir);
    expect(pretty.out).toContain(`${before.report.findings.length} findings covered by the exceptions file`);
    const shown = await runMain(['validate', '--lang', 'en', '--show-suppressed'], dir);
    for (const f of before.report.findings) expect(shown.out).toContain(f.message);
    expect(shown.out).toContain(REASON);
    // --no-exceptions ignores the file for one run.
    const ignored = await validate(dir, '--no-exceptions');
    expect(ignored.code).toBe(1);
    expect(ignored.report.findings.map(key)).toEqual(before.report.findings.map(key));
  });

  it('a new breach after the baseline exits 1 and shows only it', async () => {
    const dir = copySample();
    await baseline(dir, someStaff(dir));
    // The breach: a second record with an existing staff id (data/duplicate-id), in a new file.
    const staffId = someStaff(dir);
    fs.writeFileSync(path.join(dir, 'new-staff.yaml'), `staff:\n  - { id: ${staffId}, name: "Жаңа Қызметкер", org: kost-uo, position: methodologist }\n`);
    const r = await validate(dir);
    expect(r.code).toBe(1);
    expect(r.report.findings.length).toBeGreaterThan(0);
    for (const f of r.report.findings) expect(`${f.rule} ${f.subject}`).toBe(`data/duplicate-id ${staffId}`);
  });

  it('fixing a baselined finding turns its exception into exceptions/unused; --prune removes it', async () => {
    const dir = copySample();
    const before = await validate(dir);
    await baseline(dir, someStaff(dir));
    // Fix the late request: submit it 30 days earlier, at the place the finding points at.
    const late = before.report.findings.find((f) => f.rule === 'open-door-day/request-lead-time');
    expect(late, 'the sample has a late request').toBeDefined();
    const file = path.join(dir, path.relative('.', late!.file));
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const line = lines[late!.line - 1];
    const m = /\d{4}-\d{2}-\d{2}/.exec(line.slice(late!.column - 1));
    expect(m).not.toBeNull();
    lines[late!.line - 1] = line.slice(0, late!.column - 1) + line.slice(late!.column - 1).replace(m![0], addDays(m![0], -30));
    fs.writeFileSync(file, lines.join('\n'));
    const r = await validate(dir);
    expect(r.code).toBe(0); // unused is a warning
    const unused = r.report.findings.filter((f) => f.rule === 'exceptions/unused');
    expect(unused.map((f) => f.subject)).toEqual([late!.subject]);
    expect(unused[0].file).toBe('exceptions.yaml');
    expect(r.report.findings.filter((f) => f.rule !== 'exceptions/unused')).toEqual([]);
    const text = fs.readFileSync(path.join(dir, 'exceptions.yaml'), 'utf8');
    expect(text.split('\n')[unused[0].line - 1]).toContain(late!.rule);
    // --prune removes exactly that entry, and nothing else changes.
    const p = await runMain(['baseline', '--prune', '--lang', 'en'], dir);
    expect(p.out).toMatch(/1 unused exception removed/);
    const pruned = fs.readFileSync(path.join(dir, 'exceptions.yaml'), 'utf8');
    expect(pruned).not.toContain(`subject: ${late!.subject}\n`);
    expect(pruned.split('\n').length).toBeLessThan(text.split('\n').length);
    const clean = await validate(dir);
    expect(clean.code).toBe(0);
    expect(clean.report.findings).toEqual([]);
    expect(clean.report.suppressed.length).toBe(before.report.findings.length - 1);
  });

  it('past the expiry the findings come back, each exception reported as exceptions/expired at its line', async () => {
    const dir = copySample();
    await baseline(dir, someStaff(dir));
    const later = addDays(EXPIRES, 1);
    const onTheDay = await validate(dir, '--as-of', EXPIRES, '--rule', 'open-door-day/request-lead-time');
    expect(onTheDay.report.findings.filter((f) => f.rule === 'exceptions/expired')).toEqual([]);
    const without = await validate(dir, '--as-of', later, '--no-exceptions');
    const r = await validate(dir, '--as-of', later);
    expect(r.code).toBe(1);
    const expired = r.report.findings.filter((f) => f.rule === 'exceptions/expired');
    const entries = (YAML.parse(fs.readFileSync(path.join(dir, 'exceptions.yaml'), 'utf8')) as { exceptions: unknown[] }).exceptions;
    expect(expired).toHaveLength(entries.length);
    const text = fs.readFileSync(path.join(dir, 'exceptions.yaml'), 'utf8').split('\n');
    for (const f of expired) {
      expect(f.severity).toBe('error');
      expect(text[f.line - 1]).toContain(`expires: ${EXPIRES}`);
      expect(f.message).toContain(EXPIRES);
    }
    expect(r.report.findings.filter((f) => !f.rule.startsWith('exceptions/')).map(key)).toEqual(without.report.findings.map(key));
    expect(r.report.suppressed).toEqual([]);
    // In Kazakh and Russian too.
    const kk = await runMain(['validate', '--as-of', later, '--lang', 'kk'], dir);
    expect(kk.out).toContain('мерзімі');
    const ru = await runMain(['validate', '--as-of', later, '--lang', 'ru'], dir);
    expect(ru.out).toContain('истёк');
  });

  it('edits of unrelated lines, reordered records and a split file leave every exception matching', async () => {
    const dir = copySample();
    const before = await validate(dir);
    await baseline(dir, someStaff(dir));
    const check = async (what: string) => {
      const r = await validate(dir);
      expect(r.report.findings.map((f) => `${f.rule} ${f.subject} ${f.file}:${f.line}`), what).toEqual([]);
      expect(r.report.suppressed.map(key).sort(), what).toEqual(before.report.findings.map(key).sort());
    };
    // 1. Comments and blank lines added above and between the records of every file.
    for (const f of dataFiles(dir)) {
      const t = fs.readFileSync(f, 'utf8');
      fs.writeFileSync(f, `# edited\n\n# on ${EXPIRES}\n${t.replace(/\n {2}- /g, '\n\n  # a note\n  - ')}`);
    }
    await check('comments and blank lines');
    // 2. Every collection of every file in reverse order (the files re-serialised: every line moves).
    for (const f of dataFiles(dir)) {
      const doc = YAML.parse(fs.readFileSync(f, 'utf8')) as Record<string, unknown[]>;
      for (const k of Object.keys(doc)) if (Array.isArray(doc[k])) doc[k] = [...doc[k]].reverse();
      fs.writeFileSync(f, YAML.stringify(doc, { lineWidth: 0 }));
    }
    await check('records reordered');
    // 3. Every file split in two: the second half of each collection moves to a new file elsewhere.
    for (const f of dataFiles(dir)) {
      const doc = YAML.parse(fs.readFileSync(f, 'utf8')) as Record<string, unknown[]>;
      const moved: Record<string, unknown[]> = {};
      for (const k of Object.keys(doc)) {
        if (!Array.isArray(doc[k]) || doc[k].length < 2) continue;
        const half = Math.ceil(doc[k].length / 2);
        moved[k] = doc[k].slice(half);
        doc[k] = doc[k].slice(0, half);
      }
      if (!Object.keys(moved).length) continue;
      fs.writeFileSync(f, YAML.stringify(doc, { lineWidth: 0 }));
      const to = path.join(dir, 'split', path.relative(dir, f).replace(/[/\\]/g, '-'));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.writeFileSync(to, YAML.stringify(moved, { lineWidth: 0 }));
    }
    await check('files split');
  });
});
