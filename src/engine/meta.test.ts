/**
 * The build check of style.md: every rule has its test file, a passing and a failing case,
 * the original text of every clause it cites, a message in every language, and its docs.
 */
import { docText } from './rule.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry, RULES_DIR } from './registry.js';
import { LANGS, fmt } from '../core/i18n.js';
import { RULE_FIXTURES, readCases } from '../testing/cases.js';

const registry = await loadRegistry();

describe('every rule', () => {
  for (const [id, rule] of registry.rules) {
    const mod = registry.moduleOf(id);
    describe(id, () => {
      it('has a test file beside it', () => {
        expect(fs.existsSync(path.join(RULES_DIR, `${id}.test.ts`))).toBe(true);
      });
      it('has fixtures: a passing and a failing case', () => {
        if (rule.reportedBy) return; // reading rules: fixtures/bad/ holds their cases; exceptions/*: rules/exceptions/*.test.ts
        const cases = readCases(path.join(RULE_FIXTURES, id));
        expect(cases.some((c) => c.spec.findings.every((f) => f.rule !== id))).toBe(true);
        expect(cases.some((c) => c.spec.findings.some((f) => f.rule === id))).toBe(true);
      });
      it('cites clauses whose original text it carries', () => {
        if (mod.name === 'data' || mod.name === 'exceptions') return;
        expect(rule.clauses.length).toBeGreaterThan(0);
        for (const c of rule.clauses) {
          const text = mod.clauses[c];
          expect(text, `clause ${c} of ${mod.regulation}`).toBeDefined();
          expect(text.kk.trim().length).toBeGreaterThan(10);
        }
      });
      it('has every message in kk, ru and en, with the same placeholders', () => {
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
        for (const [mid, m] of Object.entries(rule.messages)) {
          const ph = (s: string) => [...s.matchAll(/\{([a-zA-Z0-9_]+)\}/g)].map((x) => x[1]).sort().join(',');
          for (const lang of LANGS) expect(m[lang]?.trim(), `${mid}.${lang}`).toBeTruthy();
          expect(ph(m.kk), `${mid}: kk and en placeholders`).toBe(ph(m.en));
          expect(ph(m.ru), `${mid}: ru and en placeholders`).toBe(ph(m.en));
          void fmt;
        }
      });
      it('documents itself: summary and a passing and a failing example', () => {
        for (const lang of LANGS) expect(docText(rule.docs.summary, lang).length, lang).toBeGreaterThan(20);
        expect(rule.docs.examples.pass.trim()).not.toBe('');
        expect(rule.docs.examples.fail.trim()).not.toBe('');
      });
      it('gives every parameter a default its own schema accepts', () => {
        for (const [k, p] of Object.entries((rule.params ?? {}) as Record<string, { schema: { safeParse(v: unknown): { success: boolean } }; default: unknown }>)) {
          expect(p.schema.safeParse(p.default).success, k).toBe(true);
        }
      });
    });
  }
});

describe('every module', () => {
  for (const [name, mod] of registry.modules) {
    it(`${name} declares where and from when it is in force`, () => {
      expect(mod.regions === 'all' || mod.regions.length > 0).toBe(true);
      if (mod.from !== null) expect(mod.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  }
});
