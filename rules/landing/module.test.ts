/**
 * The landing module quotes its regulation exactly: every clause text (with "…" marking the
 * list items left out) occurs verbatim in the published file, OCR slips and Latin letters
 * included. The regulation's text ships in docs/regulations/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/testing/cases.js';
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
