/**
 * The exceptions docs speak Kazakh and Russian (issue 12): every documentation text of its
 * rules — subject, summary, details — is {kk, ru, en}, with the same paragraphs in each language and no
 * Latin-script words in kk/ru outside `backticks` (ids, keys, values, file names); and
 * `ereje explain` shows the reader's language.
 */
import { describe, expect, it } from 'vitest';
import type { DocText } from '../../src/engine/rule.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { runMain } from '../../src/testing/cli-io.js';
import { ROOT } from '../../src/testing/cases.js';
import { settingsJsonSchema } from '../../src/schema/json-schema.js';

const registry = await loadRegistry();
const MOD = 'exceptions';
const mod = registry.modules.get(MOD)!;
const rules = [...registry.rules.values()].filter((r) => r.id.startsWith(`${MOD}/`));

const texts: [string, DocText | undefined][] = [
  [`${MOD}: fromNote`, mod.fromNote],
  ...(mod.notes ?? []).map((n, i): [string, DocText] => [`${MOD}: notes[${i}]`, n]),
  ...rules.flatMap((r): [string, DocText | undefined][] => [
    [`${r.id}: subject`, r.subject],
    [`${r.id}: summary`, r.docs.summary],
    [`${r.id}: details`, r.docs.details],
    ...(r.docs.notes ?? []).map((n, i): [string, DocText] => [`${r.id}: notes[${i}]`, n]),
    ...Object.entries(r.params ?? {}).map(([k, p]): [string, DocText] => [`${r.id}: params.${k}`, (p as { description: DocText }).description]),
  ]),
];

/** Latin-script words left once `code` spans are taken out; v1/v2 (catalog versions) and id may stay. */
const latin = (s: string) => (s.replace(/`[^`]*`/g, ' ').match(/[A-Za-z][A-Za-z0-9_./-]*/g) ?? []).filter((w) => !/^(v1|v2|id-?)$/.test(w));
const paragraphs = (s: string) => s.split('\n\n').length;

describe(`${MOD} docs in kk, ru and en`, () => {
  it('covers the 3 rules', () => {
    expect(rules.length).toBe(3);
    expect(texts.filter(([, t]) => t !== undefined).length).toBe(3 * 3);
  });

  for (const [where, t] of texts) {
    if (t === undefined) continue;
    it(where, () => {
      expect(typeof t, `${where} is a plain (English-only) string`).toBe('object');
      const { kk, ru, en } = t as { kk: string; ru: string; en: string };
      for (const [lang, s] of [['kk', kk], ['ru', ru], ['en', en]] as const) expect(s?.trim(), lang).toBeTruthy();
      expect(kk).not.toBe(en);
      expect(ru).not.toBe(en);
      expect(kk).toMatch(/[әғқңөұүһі]/i); // Kazakh, not Russian
      expect(paragraphs(kk), 'kk paragraphs').toBe(paragraphs(en));
      expect(paragraphs(ru), 'ru paragraphs').toBe(paragraphs(en));
      expect(latin(kk), 'kk: Latin words outside backticks').toEqual([]);
      expect(latin(ru), 'ru: Latin words outside backticks').toEqual([]);
    });
  }
});

describe('ereje explain exceptions/invalid', () => {
  const rule = registry.rules.get(`${MOD}/invalid`)!;
  for (const lang of ['kk', 'ru'] as const) {
    it(`shows the summary, details and subject in ${lang}`, async () => {
      const r = await runMain(['explain', rule.id, '--lang', lang], ROOT);
      expect(r.code).toBe(0);
      const pick = (t: DocText | undefined) => (t as Record<string, string>)[lang];
      expect(r.out).toContain(pick(rule.docs.summary));
      for (const p of pick(rule.docs.details).split('\n\n')) expect(r.out).toContain(p);
      expect(r.out).toContain(pick(rule.subject));
      // None of the English docs.
      const en = (t: DocText | undefined) => (t as Record<string, string>).en;
      for (const s of [en(rule.docs.summary), ...en(rule.docs.details).split('\n\n'), en(rule.subject)]) {
        expect(r.out).not.toContain(s.slice(0, 40));
      }
    });
  }
});

describe('the editor hover of each rule (ereje schema --settings --lang kk|ru)', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`is the summary's whole first sentence in ${lang}, not cut at an abbreviation`, () => {
      const props = (settingsJsonSchema('7', { lang, registry }).properties as Record<string, { properties: Record<string, { description: string }> }>).rules.properties;
      for (const r of rules) {
        const hover = props[r.id].description;
        const summary = (r.docs.summary as Record<string, string>)[lang];
        const first = hover.slice(0, hover.lastIndexOf(' ('));
        expect(summary.startsWith(first), r.id).toBe(true);
        expect(first, r.id).toMatch(/[.»)]$/);
        expect(first, r.id).not.toMatch(/(^|[\s(«])(п|пп|т|т\. п|т\.б|и т)\.$/);
        expect(first.length, r.id).toBeGreaterThan(60);
      }
    });
  }
});
