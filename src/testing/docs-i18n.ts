/**
 * One module's docs in Kazakh and Russian (issue 12), shared by each module's `_docs.test.ts`:
 * every documentation text of the module and its rules — subject, summary, details, notes,
 * parameter descriptions, the module's notes and in-force note — is {kk, ru, en}, with the same
 * paragraphs in each language and no Latin-script words in kk/ru outside `backticks` (ids, keys,
 * values, file names); `ereje explain` shows the reader's language and none of the English docs;
 * the editor hover is the summary's whole first sentence (not cut at «п.» or «т.б.»).
 */
import { describe, expect, it } from 'vitest';
import type { DocText } from '../engine/rule.js';
import { loadRegistry } from '../engine/registry.js';
import { runMain } from './cli-io.js';
import { ROOT } from './cases.js';
import { settingsJsonSchema } from '../schema/json-schema.js';

/** Latin-script words left once `code` spans are taken out; catalog versions, id and a few names of formats may stay. */
export const latinWords = (s: string): string[] =>
  (s.replace(/`[^`]*`/g, ' ').match(/[A-Za-z][A-Za-z0-9_./]*(?:-[A-Za-z0-9]+)*/g) ?? []).map((w) => w.replace(/[./]+$/, '')).filter((w) => !/^(v1|v2|id|UTF-8|UTF-16|BOM|YAML|ASCII)$/.test(w));

const paragraphs = (s: string) => s.split('\n\n').length;

export async function moduleDocsCases(mod: string, explainRule: string): Promise<void> {
  const registry = await loadRegistry();
  const m = registry.modules.get(mod)!;
  const rules = [...registry.rules.values()].filter((r) => r.id.startsWith(`${mod}/`));
  const texts: [string, DocText | undefined][] = [
    [`${mod}: fromNote`, m.fromNote],
    ...(m.notes ?? []).map((n, i): [string, DocText] => [`${mod}: notes[${i}]`, n]),
    ...rules.flatMap((r): [string, DocText | undefined][] => [
      [`${r.id}: subject`, r.subject],
      [`${r.id}: summary`, r.docs.summary],
      [`${r.id}: details`, r.docs.details],
      ...(r.docs.notes ?? []).map((n, i): [string, DocText] => [`${r.id}: notes[${i}]`, n]),
      ...Object.entries(r.params ?? {}).map(([k, p]): [string, DocText] => [`${r.id}: params.${k}`, (p as { description: DocText }).description]),
    ]),
  ];

  describe(`${mod} docs in kk, ru and en`, () => {
    it(`covers the module's ${rules.length} rules`, () => {
      expect(rules.length).toBeGreaterThan(0);
      expect(texts.filter(([, t]) => t !== undefined).length).toBeGreaterThanOrEqual(rules.length * 2);
    });
    for (const [where, t] of texts) {
      if (t === undefined) continue;
      it(where, () => {
        expect(typeof t, `${where} is a plain (English-only) string`).toBe('object');
        const { kk, ru, en } = t as { kk: string; ru: string; en: string };
        for (const [lang, s] of [['kk', kk], ['ru', ru], ['en', en]] as const) expect(s?.trim(), lang).toBeTruthy();
        expect(kk).not.toBe(en);
        expect(ru).not.toBe(en);
        if (kk !== ru) expect(kk).toMatch(/[әғқңөұүһі]/i); // Kazakh, not Russian (a word both share, «файл», may stay)
        expect(paragraphs(kk), 'kk paragraphs').toBe(paragraphs(en));
        expect(paragraphs(ru), 'ru paragraphs').toBe(paragraphs(en));
        expect(latinWords(kk), 'kk: Latin words outside backticks').toEqual([]);
        expect(latinWords(ru), 'ru: Latin words outside backticks').toEqual([]);
      });
    }
  });

  describe(`ereje explain ${explainRule}`, () => {
    const rule = registry.rules.get(explainRule)!;
    for (const lang of ['kk', 'ru'] as const) {
      it(`shows the summary, details, parameters, subject and notes in ${lang}, none of the English docs`, async () => {
        const r = await runMain(['explain', rule.id, '--lang', lang], ROOT);
        expect(r.code).toBe(0);
        const pick = (t: DocText) => (t as Record<string, string>)[lang];
        const en = (t: DocText) => (t as Record<string, string>).en;
        const params = Object.values(rule.params ?? {}).map((p) => (p as { description: DocText }).description);
        const notes = [...(m.notes ?? []), ...(rule.docs.notes ?? []), ...(m.fromNote ? [m.fromNote] : [])];
        const details = rule.docs.details ? [rule.docs.details] : [];
        expect(r.out).toContain(pick(rule.docs.summary));
        for (const d of details) for (const p of pick(d).split('\n\n')) expect(r.out).toContain(p);
        for (const d of params) expect(r.out).toContain(pick(d));
        expect(r.out).toContain(pick(rule.subject));
        for (const n of notes) expect(r.out).toContain(pick(n));
        for (const s of [en(rule.docs.summary), ...details.flatMap((d) => en(d).split('\n\n')), ...params.map(en), ...notes.map(en)]) {
          expect(r.out).not.toContain(s.slice(0, 40));
        }
      });
    }
  });

  describe(`the editor hover of each ${mod} rule (ereje schema --settings --lang kk|ru)`, () => {
    for (const lang of ['kk', 'ru'] as const) {
      it(`is the summary's whole first sentence in ${lang}, not cut at an abbreviation`, () => {
        const props = (settingsJsonSchema('7', { lang, registry }).properties as Record<string, { properties: Record<string, { description: string }> }>).rules.properties;
        for (const r of rules) {
          const hover = props[r.id].description;
          const summary = (r.docs.summary as Record<string, string>)[lang];
          const first = hover.slice(0, hover.lastIndexOf(' ('));
          expect(summary.startsWith(first), r.id).toBe(true);
          expect(first, r.id).toMatch(/[.»)]$/);
          expect(first, r.id).not.toMatch(/(^|[\s(«])(п|пп|т|т\. п|т\.б|и т|ж|г)\.$/);
          expect(first.length, r.id).toBeGreaterThan(30);
        }
      });
    }
  });
}
