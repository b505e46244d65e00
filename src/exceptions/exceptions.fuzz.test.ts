/**
 * The exceptions file, mutated: any text in exceptions.yaml gives a run with exit 0 or 1 whose
 * exceptions/* findings sit on lines the file has, and the data's own finding is reported or
 * suppressed, never lost — never a crash. In-process (runMain), 200 cases (fixed seed).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMain } from '../testing/cli-io.js';
import { entry, miniRepo } from '../testing/exceptions.js';
import type { Finding } from '../engine/findings.js';

const VALID = `# accepted\nexceptions:\n${entry({ decision: '"Хаттама № 3"' })}${entry({ subject: 'tur-s001', path: 'org' })}`;

/** Mutations: cut, insert a YAML-ish token, replace a character. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(': ', '- ', '\n', '  ', '"', "'", '[', '{', '}', '#', '*a', '&a ', '!!binary ', '~', 'null', '2027-02-30', '\t', '\uFEFF', 'Ә', 'rule: x\n', '\u0000') }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), ch: fc.string({ minLength: 1, maxLength: 1 }) }),
);

function apply(text: string, ms: { kind: 'cut' | 'insert' | 'replace'; at: number; len?: number; text?: string; ch?: string }[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    if (m.kind === 'cut') t = t.slice(0, at) + t.slice(at + (m.len ?? 1));
    else if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else t = t.slice(0, at) + m.ch + t.slice(at + 1);
  }
  return t;
}

describe('a mutated exceptions file', () => {
  it('gives exit 0 or 1, exceptions/* findings on real lines, and no crash', async () => {
    const dir = miniRepo(VALID);
    const file = path.join(dir, 'exceptions.yaml');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (ms) => {
        const text = apply(VALID, ms);
        fs.writeFileSync(file, text);
        const r = await runMain(['validate', '--format', 'json', '--lang', 'en'], dir);
        expect(r.err, text).toBe('');
        expect([0, 1], text).toContain(r.code);
        const report = JSON.parse(r.out) as { findings: Finding[]; suppressed: Finding[] };
        const lines = text.split('\n').length;
        for (const f of report.findings.filter((x) => x.rule.startsWith('exceptions/'))) {
          expect(f.file).toBe('exceptions.yaml');
          expect(f.line, text).toBeGreaterThanOrEqual(1);
          expect(f.line, text).toBeLessThanOrEqual(lines);
          expect(f.message.length).toBeGreaterThan(0);
        }
        // Whatever the file says, the data's one finding is either reported or suppressed, never lost.
        const all = [...report.findings, ...report.suppressed].filter((f) => f.rule === 'data/unknown-reference');
        expect(all, text).toHaveLength(1);
      }),
      { numRuns: 200, seed: 15 },
    );
  }, 120_000);
});

describe('appending to a mutated exceptions file', () => {
  it('either keeps every entry and adds the new ones after them, or refuses with a reason', async () => {
    const { appendEntries } = await import('./baseline.js');
    const { AppendError } = await import('../new/append.js');
    const { loadYaml } = await import('../load/yaml.js');
    const YAML = (await import('yaml')).default;
    const fresh = { rule: 'data/schema', subject: 'new-1', reason: 'Жаңа «шешім»', approved_by: 'tur-s001', approved_on: '2026-11-01', expires: '2027-06-30' };
    let appended = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (ms, crlf) => {
        let text = apply(VALID, ms);
        if (crlf) text = text.replace(/\r?\n/g, '\r\n');
        let before: unknown;
        try {
          before = loadYaml(text);
        } catch {
          return; // a file that does not read: validate reports it, baseline refuses before this
        }
        if (before !== null && (typeof before !== 'object' || Array.isArray(before))) return;
        const list = (before as { exceptions?: unknown } | null)?.exceptions;
        if (list !== undefined && list !== null && !Array.isArray(list)) return;
        try {
          const out = appendEntries(text, [fresh]);
          const after = YAML.parse(out.replace(/^\uFEFF/, '')) as { exceptions: unknown[] };
          expect(JSON.stringify(after.exceptions)).toBe(JSON.stringify([...((list as unknown[]) ?? []), fresh]));
          appended++;
        } catch (e) {
          expect(e, text).toBeInstanceOf(AppendError);
        }
      }),
      { numRuns: 300, seed: 15 },
    );
    expect(appended).toBeGreaterThan(50);
  }, 120_000);
});
