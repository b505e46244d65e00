/** `ereje rules` reads cleanly in an 80-column terminal; `explain` leads to texts inside the package. */
import { docText } from '../../engine/rule.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../testing/cli-io.js';
import { loadRegistry } from '../../engine/registry.js';
import { ROOT } from '../../testing/cases.js';
import { SEVERITY_WORD } from '../../engine/findings.js';
import type { Lang } from '../../core/i18n.js';

const cols = (l: string) => [...l].length;

describe('ereje rules', () => {
  for (const lang of ['kk', 'ru', 'en'] as Lang[]) {
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
        expect(line).toContain(SEVERITY_WORD[rule.severity][lang]);
        const next = lines[lines.indexOf(line!) + 1];
        expect(docText(rule.docs.summary, lang).startsWith(next.trim().split(' ').slice(0, 3).join(' ')), `${rule.id}: ${next}`).toBe(true);
      }
      expect(r.out).toContain(`${registry.rules.size} `);
      expect(r.out).toContain({ kk: `${registry.rules.size} ереже`, ru: `${registry.rules.size} правил`, en: `${registry.rules.size} rules` }[lang]);
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

  it('shows the clause in its original language(s); the English working translation only in English or with --with-translation', async () => {
    const id = 'open-door-day/request-lead-time';
    for (const lang of ['kk', 'ru'] as const) {
      const r = await runMain(['explain', id, '--lang', lang], ROOT);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Алдын-ала өтінімдер бойынша өткізілетін Ашық есік күнінің өтінімдері'); // the original Kazakh clause
      expect(r.out).not.toContain({ kk: 'Ағылшынша жұмыс аудармасы', ru: 'Рабочий перевод на английский' }[lang]);
      expect(r.out).toContain({ kk: 'Деңгейі: қате', ru: 'Уровень: ошибка' }[lang]);
      const w = await runMain(['rules', 'show', id, '--lang', lang, '--with-translation'], ROOT);
      expect(w.out).toContain({ kk: 'Ағылшынша жұмыс аудармасы', ru: 'Рабочий перевод на английский' }[lang]);
      expect(w.out.indexOf('Алдын-ала өтінімдер')).toBeLessThan(w.out.indexOf({ kk: 'Ағылшынша жұмыс аудармасы', ru: 'Рабочий перевод на английский' }[lang]));
    }
    // A regulation with a Russian text (support-center, Kostanay) shows both originals to a Russian reader.
    const sc = await runMain(['explain', 'support-center/qualification-cycle', '--lang', 'ru'], ROOT);
    expect(sc.out).toContain('Текст на казахском:');
    expect(sc.out).toContain('Текст на русском:');
    expect(sc.out).not.toContain('Рабочий перевод на английский');
    const en = await runMain(['explain', id, '--lang', 'en'], ROOT);
    expect(en.out).toContain('Working English translation');
  });

  it('examples: English comments are left out for kk and ru readers, the YAML and Kazakh/Russian comments stay', async () => {
    const { withoutEnglishComments } = await import('./rules.js');
    const yaml = ['requests:  # өтінімдер', '  # a comment in English', '  - { id: r1, topic: "a # b" }   # 14 days before', '  - { id: r2 }   # 13 күн'].join('\n');
    expect(withoutEnglishComments(yaml)).toBe(['requests:  # өтінімдер', '  - { id: r1, topic: "a # b" }', '  - { id: r2 }   # 13 күн'].join('\n'));
    expect(withoutEnglishComments('# only an English comment')).toBe('# only an English comment');
    const kk = await runMain(['explain', 'open-door-day/request-lead-time', '--lang', 'kk'], ROOT);
    expect(kk.out).toContain('submitted: 2026-04-03 }');
    expect(kk.out).not.toContain('days before');
  });
});
