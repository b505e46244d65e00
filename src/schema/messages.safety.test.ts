/**
 * Messages that name the problem (issue 14, family 9): every required field of every
 * collection, when absent, is "required field is missing" (it was "expected text, found
 * undefined" for 8 of them); a look-alike or invisible character in a key or a listed value is
 * named by code point and position.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../load/read-file.js';
import { COLLECTIONS, RECORD_SCHEMAS } from './collections.js';
import { issueToFinding } from './issues.js';
import { ROOT } from '../testing/cases.js';
import { oddChars } from '../core/chars.js';

/** One valid record of each collection, from the sample data repo. */
function samples(): Map<string, Record<string, unknown>[]> {
  const out = new Map<string, Record<string, unknown>[]>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml') && e.name !== 'ereje.yaml') {
        const r = readDataFile(fs.readFileSync(p), 0, e.name);
        for (const [c, list] of Object.entries(r.records.valid)) out.set(c, [...(out.get(c) ?? []), ...(list ?? [])]);
      }
    }
  };
  walk(path.join(ROOT, 'fixtures/sample'));
  return out;
}

describe('a missing required field', () => {
  it('is "missing" for every required field of every collection, never "expected …, found undefined"', () => {
    const all = samples();
    let checked = 0;
    for (const c of COLLECTIONS) {
      for (const rec of (all.get(c) ?? []).slice(0, 5)) {
        for (const key of Object.keys(rec)) {
          const clone = JSON.parse(JSON.stringify(rec)) as Record<string, unknown>;
          delete clone[key];
          const parsed = RECORD_SCHEMAS[c].safeParse(clone);
          if (parsed.success) continue; // optional
          for (const issue of parsed.error.issues) {
            if (issue.path.length !== 1 || issue.path[0] !== key) continue;
            const f = issueToFinding(issue, clone, c, 'x', 0, [c, 0]);
            expect(`${c}.${key}: ${f.messageId}`).toBe(`${c}.${key}: missing`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});

describe('characters a reader cannot see or tell apart', () => {
  it('a Cyrillic look-alike in a key, a zero-width space and a soft hyphen in a listed value: named with their place', () => {
    const text = 'staff:\n  - id: s1\n    nаme: "Бекова"\n    org: c1\n    position: "teacher\u200b"\n  - id: s2\n    name: "Бекова"\n    org: c1\n    position: "teach\u00ader"\n';
    const r = readDataFile(Buffer.from(text), 0, 'x.yaml');
    const data = r.findings.map((f) => JSON.stringify(f.data));
    expect(data.some((d) => d.includes('2: U+0430 CYRILLIC SMALL «а», like Latin «a»'))).toBe(true);
    expect(data.some((d) => d.includes('8: U+200B ZERO WIDTH SPACE'))).toBe(true);
    expect(data.some((d) => d.includes('6: U+00AD SOFT HYPHEN'))).toBe(true);
  });
  it('oddChars: nothing to say about plain ASCII; a no-break space in a key is named', () => {
    expect(oddChars('position', true)).toBe('');
    expect(oddChars('a\u00a0b', true)).toBe(' [2: U+00A0 NO-BREAK SPACE]');
    expect(oddChars('Сәуле Бекова', false)).toBe('');
  });
});
