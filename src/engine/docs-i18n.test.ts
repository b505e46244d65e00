/**
 * Issue 12's meta-test: every text of a rule's or a module's documentation that a reader sees
 * (`ereje rules`, `rules show`, `explain`, the editor schema, docs/) exists in Kazakh, Russian and
 * English, from the rule's own object — summary, details, notes, subject, parameter descriptions,
 * the module's notes and its note on the date — and every obligation title `ereje agenda` shows.
 *
 * A plain string (DocText's transitional English-only form) fails here, naming the rule and the
 * field, so what is left to translate is this test's list of failures.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../core/i18n.js';
import { loadRegistry } from './registry.js';
import type { DocText } from './rule.js';
import { loadSettings } from './settings.js';
import { loadRepo } from '../load/loader.js';
import { collectAgenda } from '../agenda/collect.js';
import { ROOT } from '../testing/cases.js';

const registry = await loadRegistry();

/** What is wrong with one text: English only, or a language missing or blank. */
function problems(where: string, t: DocText | undefined): string[] {
  if (t === undefined) return [];
  if (typeof t === 'string') return [`${where}: English only (a plain string; needs {kk, ru, en})`];
  return LANGS.filter((l) => typeof t[l] !== 'string' || !t[l].trim()).map((l) => `${where}: no ${l}`);
}

/** Kazakh and Russian that are the English text copied over are not translations. */
function untranslated(where: string, t: DocText | undefined): string[] {
  if (t === undefined || typeof t === 'string') return [];
  return (['kk', 'ru'] as const).filter((l) => t[l] && t[l].trim() === t.en?.trim() && /[a-z]{4}/i.test(t.en)).map((l) => `${where}: ${l} is the English text`);
}

function check(where: string, t: DocText | undefined): string[] {
  return [...problems(where, t), ...untranslated(where, t)];
}

describe('rule docs in kk, ru and en (issue 12)', () => {
  for (const [id, rule] of registry.rules) {
    it(id, () => {
      const found = [
        ...check('subject', rule.subject),
        ...check('docs.summary', rule.docs.summary),
        ...check('docs.details', rule.docs.details),
        ...(rule.docs.notes ?? []).flatMap((n, i) => check(`docs.notes[${i}]`, n)),
        ...Object.entries(rule.params ?? {}).flatMap(([name, p]) => check(`params.${name}.description`, (p as { description: DocText }).description)),
      ];
      expect(found, `${id}: texts not yet in kk, ru and en`).toEqual([]);
    });
  }
});

describe('module docs in kk, ru and en (issue 12)', () => {
  for (const [name, mod] of registry.modules) {
    it(name, () => {
      const found = [
        ...check('title', mod.title),
        ...check('status', mod.status),
        ...check('fromNote', mod.fromNote),
        ...(mod.notes ?? []).flatMap((n, i) => check(`notes[${i}]`, n)),
      ];
      expect(found, `${name}: texts not yet in kk, ru and en`).toEqual([]);
    });
  }
});

describe('obligation titles in kk, ru and en (issue 12)', () => {
  it('every obligation of fixtures/agenda has a title in each language', () => {
    const fixture = path.join(ROOT, 'fixtures/agenda');
    const settings = loadSettings([fixture], path.join(fixture, 'ereje.yaml'), ROOT);
    const { data } = loadRepo([fixture], { cwd: ROOT });
    const agenda = collectAgenda({ registry, data, settings, from: '2024-02-01', to: '2024-12-31', days: { recommendations: 7, council: 14, reference: 7 } });
    expect(agenda.items.length).toBeGreaterThan(5);
    const found = agenda.items.flatMap((i) => check(`${i.rule} ${i.subject} title`, i.title));
    expect(found).toEqual([]);
  });
});
