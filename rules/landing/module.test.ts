/**
 * The landing module quotes its regulation exactly: every clause text (with "…" marking the
 * list items left out) occurs verbatim in the published file, OCR slips and Latin letters
 * included. The regulation's text ships in docs/regulations/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/testing/cases.js';
import { runMain } from '../../src/testing/cli-io.js';
import { loadRegistry } from '../../src/engine/registry.js';
import type { DocText } from '../../src/engine/rule.js';
import mod from './module.js';

const FILE = path.join(ROOT, mod.source);
const text = fs.readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '').join('\n');

describe('landing module', () => {
  it('is in force in karaganda from 2024-03-19', () => {
    expect(mod.regions).toEqual(['karaganda']);
    expect(mod.from).toBe('2024-03-19');
    expect(mod.regulation).toBe('karaganda-2024-methodological-landing');
  });
  it('quotes every clause exactly as published', () => {
    for (const [id, c] of Object.entries(mod.clauses)) {
      for (const part of c.kk.split('\n…\n').map((p) => p.replace(/\n…$/, ''))) {
        expect(text.includes(part), `clause ${id}: ${part.slice(0, 60)}…`).toBe(true);
      }
    }
  });
  it('keeps the OCR slips and mixed scripts of the original', () => {
    expect(mod.clauses['4.2.7'].kk).toContain('міндettі');
    expect(mod.clauses['5.3'].kk).toContain('бекітken');
  });
});

/** Latin-script words a Kazakh or Russian text may hold outside `code`: rule ids, flags, file names, v1/v2, the tool's name, id (with a Kazakh suffix). */
function latinWords(text: string): string[] {
  return text
    .replace(/`[^`]*`/g, ' ')
    .split(/[\s,;:()«»"—–]+/)
    .map((w) => w.replace(/[.,;:!?]+$/, ''))
    .filter((w) => /[A-Za-z]/.test(w))
    .filter((w) => !/^(v[12]|ereje|id(-[а-яәіңғүұқөһ]+)?|[a-z0-9-]+\/[a-z0-9-]+|--[a-z-]+|[\w./-]+\.(ya?ml|md|ts|json))$/.test(w));
}

describe('landing docs in Kazakh and Russian', async () => {
  const registry = await loadRegistry();
  const texts: [string, DocText | undefined][] = [['fromNote', mod.fromNote], ...(mod.notes ?? []).map((n, i): [string, DocText] => [`notes[${i}]`, n])];
  for (const [id, rule] of registry.rules) {
    if (!id.startsWith('landing/')) continue;
    texts.push([`${id} subject`, rule.subject], [`${id} summary`, rule.docs.summary], [`${id} details`, rule.docs.details]);
    for (const [k, p] of Object.entries(rule.params ?? {})) texts.push([`${id} ${k}`, (p as { description: DocText }).description]);
  }
  it('every text is in kk, ru and en, with as many paragraphs in each, and no English word in kk or ru', () => {
    expect(texts.length).toBeGreaterThan(30);
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
    for (const lang of ['kk', 'ru'] as const) {
      const r = await runMain(['rules', 'show', 'landing/review-window', '--lang', lang], ROOT);
      expect(r.code).toBe(0);
      expect(r.out).toContain(lang === 'kk' ? 'Нысан (subject): десанттың id-і' : 'id десанта');
      expect(r.out).toContain(lang === 'kk' ? 'window_years = 3  (1.5) — Мониторинг, диагностика және талдау' : 'window_years = 3  (1.5) — На сколько лет назад');
      expect(r.out).toContain(lang === 'kk' ? 'Бекітілген күнінен бастап қолданылады' : 'Действует со дня утверждения');
      expect(r.out).not.toContain('How many years back');
    }
  });
});
