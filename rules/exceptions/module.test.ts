/** The exceptions rules document themselves in Kazakh and Russian as well as English. */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/testing/cases.js';
import { runMain } from '../../src/testing/cli-io.js';
import { loadRegistry } from '../../src/engine/registry.js';
import type { DocText } from '../../src/engine/rule.js';

/** Latin-script words a Kazakh or Russian text may hold outside `code`: rule ids, flags, file names, v1/v2, the tool's name, id (with a Kazakh suffix). */
function latinWords(text: string): string[] {
  return text
    .replace(/`[^`]*`/g, ' ')
    .split(/[\s,;:()«»"—–]+/)
    .map((w) => w.replace(/[.,;:!?]+$/, ''))
    .filter((w) => /[A-Za-z]/.test(w))
    .filter((w) => !/^(v[12]|ereje|id(-[а-яәіңғүұқөһ]+)?|[a-z0-9-]+\/[a-z0-9-]+|--[a-z-]+|[\w./-]+\.(ya?ml|md|ts|json))$/.test(w));
}

describe('exceptions docs in Kazakh and Russian', async () => {
  const registry = await loadRegistry();
  const texts: [string, DocText | undefined][] = [];
  for (const [id, rule] of registry.rules) {
    if (!id.startsWith('exceptions/')) continue;
    texts.push([`${id} subject`, rule.subject], [`${id} summary`, rule.docs.summary], [`${id} details`, rule.docs.details]);
  }
  it('every text is in kk, ru and en, with as many paragraphs in each, and no English word in kk or ru', () => {
    expect(texts).toHaveLength(9);
    for (const [where, t] of texts) {
      expect(typeof t, `${where} is English only`).toBe('object');
      const { kk, ru, en } = t as { kk: string; ru: string; en: string };
      const paragraphs = (s: string) => s.split('\n\n').length;
      expect([paragraphs(kk), paragraphs(ru)], where).toEqual([paragraphs(en), paragraphs(en)]);
      expect(latinWords(kk), `${where} (kk)`).toEqual([]);
      expect(latinWords(ru), `${where} (ru)`).toEqual([]);
    }
  });
  it('rules show prints them in the reader\'s language', async () => {
    const kk = await runMain(['rules', 'show', 'exceptions/expired', '--lang', 'kk'], ROOT);
    expect(kk.code).toBe(0);
    expect(kk.out).toContain('Мерзімі өткен ерекшелік өз бұзушылықтарын бұдан былай жасырмайды');
    expect(kk.out).toContain('ерекшелік (ол қолданылатын ереже мен нысан)');
    const ru = await runMain(['rules', 'show', 'exceptions/expired', '--lang', 'ru'], ROOT);
    expect(ru.out).toContain('Исключение с истёкшим сроком больше не скрывает свои нарушения');
    expect(ru.out).not.toContain('stops covering');
  });
});
