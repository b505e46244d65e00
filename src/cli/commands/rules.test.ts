/** `ereje rules` reads cleanly in an 80-column terminal; `explain` leads to texts inside the package. */
import { docText } from '../../engine/rule.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../testing/cli-io.js';
import { loadRegistry } from '../../engine/registry.js';
import { ROOT } from '../../testing/cases.js';

const cols = (l: string) => [...l].length;

describe('ereje rules', () => {
  for (const lang of ['kk', 'ru', 'en']) {
    it(`fits 80 columns and lists every rule with its summary (${lang})`, async () => {
      const registry = await loadRegistry();
      const r = await runMain(['rules', '--lang', lang], ROOT, { env: { COLUMNS: '80' } });
      expect(r.code).toBe(0);
      const lines = r.out.split('\n');
      expect(lines.filter((l) => cols(l) > 80)).toEqual([]);
      expect(lines.some((l) => l.includes('─'))).toBe(false); // no table borders to break
      for (const rule of registry.rules.values()) {
        const line = lines.find((l) => l.trimStart().startsWith(`${rule.id} `));
        expect(line, rule.id).toBeDefined();
        expect(line).toContain(rule.severity);
        const next = lines[lines.indexOf(line!) + 1];
        expect(docText(rule.docs.summary, lang as 'kk' | 'ru' | 'en').startsWith(next.trim().split(' ').slice(0, 3).join(' ')), `${rule.id}: ${next}`).toBe(true);
      }
      expect(r.out).toContain(`${registry.rules.size} `);
    });
  }

  it('keeps the table with a regulation column when there is room', async () => {
    const r = await runMain(['rules', '--lang', 'en'], ROOT, { env: { COLUMNS: '160' } });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/│ regulation\s*│/);
    expect(r.out.split('\n').filter((l) => cols(l) > 160)).toEqual([]);
  });
});

describe('ereje explain', () => {
  it('names the regulation\'s original text inside the package, and the file exists', async () => {
    const registry = await loadRegistry();
    for (const m of registry.modules.values()) {
      expect(fs.existsSync(path.join(ROOT, m.source)), `${m.name}: ${m.source}`).toBe(true);
      if (m.name !== 'exceptions') expect(m.source.startsWith('docs/'), m.name).toBe(true);
    }
    const r = await runMain(['explain', 'open-door-day/request-lead-time', '--lang', 'en'], ROOT);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Original text: docs/regulations/turkistan-2023-open-door-day.kk.txt (${path.join(ROOT, 'docs/regulations/turkistan-2023-open-door-day.kk.txt')})`);
    expect(r.out).toContain('unofficial working translation');
    expect(r.out).not.toMatch(/shared\/|DIGEST/);
  });
});
