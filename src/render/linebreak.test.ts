/**
 * Justified text broken as a whole paragraph (Knuth–Plass), not line by line: the breaks, the
 * widest space in the sample's documents, and the time on a very long paragraph.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });
import { INFINITE_PENALTY, optimalBreaks, type Item } from './linebreak.js';
import { drawPdf } from './pdf.js';
import { fontsFor, makeTask, modelsOf, openSession, prepareDocument, type DocRequest, type RenderSession } from './index.js';
import { parseMarkup, tagDirectiveLines } from './markup.js';
import { extractPdf, flat } from '../testing/pdf.js';

/** Words of the given widths, spaces of width 1 that stretch by 1 and do not shrink. */
function para(words: number[]): Item[] {
  const items: Item[] = [];
  words.forEach((w, i) => {
    if (i > 0) items.push({ type: 'glue', width: 1, stretch: 1, shrink: 0 });
    items.push({ type: 'box', width: w });
  });
  items.push({ type: 'glue', width: 0, stretch: 1e6, shrink: 0 }, { type: 'penalty', width: 0, penalty: -INFINITE_PENALTY, flagged: false });
  return items;
}

/** The words of each line, from the break positions. */
function lines(words: number[], breaks: number[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  const items = para(words);
  let b = 0;
  items.forEach((it, i) => {
    if (it.type === 'box') cur.push(it.width);
    if (i === breaks[b]) {
      out.push(cur);
      cur = [];
      b++;
    }
  });
  return out;
}

describe('optimal breaks', () => {
  it('evens the lines out where filling each line leaves the next one loose', () => {
    // The loosest line (its gap per space, the last line aside) over many paragraphs: never
    // looser than filling each line as full as it goes, and much tighter on the whole.
    const loosest = (words: number[], ls: number[][], width: number) =>
      Math.max(0, ...ls.slice(0, -1).map((l) => (width - l.reduce((a, w) => a + w, 0) - (l.length - 1)) / Math.max(l.length - 1, 0.001)));
    const greedy = (words: number[], width: number) => {
      const out: number[][] = [[]];
      let used = 0;
      for (const w of words) {
        const cur = out[out.length - 1];
        if (cur.length && used + 1 + w > width) {
          out.push([w]);
          used = w;
        } else {
          used += (cur.length ? 1 : 0) + w;
          cur.push(w);
        }
      }
      return out;
    };
    let sumGreedy = 0;
    let sumOptimal = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const words = Array.from({ length: 40 }, (_, i) => 2 + ((seed * 31 + i * 17 + ((i * i * seed) % 13)) % 9));
      const optimal = lines(words, optimalBreaks(para(words), () => 40)!);
      expect(optimal.flat()).toEqual(words);
      const g = loosest(words, greedy(words, 40), 40);
      const o = loosest(words, optimal, 40);
      expect(o).toBeLessThanOrEqual(g + 1e-9);
      sumGreedy += g;
      sumOptimal += o;
    }
    expect(sumOptimal).toBeLessThan(sumGreedy);
  });

  it('gives the first line its own width (the indent) and the others theirs', () => {
    const words = [2, 2, 2, 2, 2, 2];
    const breaks = optimalBreaks(para(words), (k) => (k === 0 ? 5 : 8))!;
    expect(lines(words, breaks)).toEqual([[2, 2], [2, 2, 2], [2]]);
  });

  it('a hyphen is taken only where it saves a loose line, and two in a row cost more', () => {
    // «4» then a word of two halves «3|3» (a hyphen costs 1 unit of width) in lines of 8
    const items: Item[] = [
      { type: 'box', width: 4 },
      { type: 'glue', width: 1, stretch: 1, shrink: 0 },
      { type: 'box', width: 2 },
      { type: 'penalty', width: 1, penalty: 100, flagged: true },
      { type: 'box', width: 3 },
      { type: 'glue', width: 0, stretch: 1e6, shrink: 0 },
      { type: 'penalty', width: 0, penalty: -INFINITE_PENALTY, flagged: false },
    ];
    expect(optimalBreaks(items, () => 8)).toEqual([3, 6]); // «4 2-» (full) / «3»
    expect(optimalBreaks(items, () => 20)).toEqual([6]); // one line: no hyphen
  });

  it('none when a box is wider than the line (the caller cuts such a word)', () => {
    expect(optimalBreaks(para([3, 12, 3]), () => 10)).toBeNull();
  });

  it('runs in linear time: 40,000 words take about four times 10,000 (not sixteen)', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => 2 + ((i * 7919) % 9));
    const time = (n: number) => {
      const items = para(words(n));
      const t0 = performance.now();
      const b = optimalBreaks(items, () => 60);
      expect(b).not.toBeNull();
      return performance.now() - t0;
    };
    time(2_000); // warm up
    const small = Math.max(time(10_000), 1);
    const big = time(40_000);
    expect(big / small).toBeLessThan(10);
  });
});

const SAMPLE = path.resolve(__dirname, '../../fixtures/sample');
let s: RenderSession;
beforeAll(async () => {
  s = await openSession({ paths: [SAMPLE], asOf: '2026-11-22', lang: 'kk' });
});

describe('justified text in the documents', () => {
  const ORDERS: DocRequest[] = ['ord-tur-2026-014', 'kar-ord-2025-214', 'kar-ord-2026-019', 'ord-kost-uo-2025-452', 'ord-kost-uo-2026-611'].map((id) => ({ kind: 'order', id }));

  it("no word space in the sample's orders is wider than three spaces (greedy breaking left up to 7.1)", async () => {
    let worst = 0;
    for (const req of ORDERS)
      for (const lang of ['kk', 'ru'] as const) {
        const task = makeTask(prepareDocument(s, req), [lang], s.theme, { data: s.data });
        const r = await drawPdf(modelsOf(task), s.theme, fontsFor(s.theme), task.meta);
        expect(r.maxWordSpace, `${req.id} ${lang}`).toBeLessThan(3);
        worst = Math.max(worst, r.maxWordSpace!);
      }
    expect(worst).toBeGreaterThan(1); // justified lines were measured at all
  });

  it('a long justified paragraph keeps every word, in order, hyphens joined back', async () => {
    const words = Array.from({ length: 400 }, (_, i) => ['әдістемелік', 'орталығының', 'қызметкерлері', 'ұйымдастырылсын', 'мен', '№ 12', 'педагогтердің', 'Ереженің'][i % 8]);
    const model = parseMarkup(tagDirectiveLines(['::page numbers=none', '::text', words.join(' ')].join('\n')));
    const r = await drawPdf([model], s.theme, fontsFor(s.theme), { title: 't', author: 'a', subject: 's', lang: 'kk', created: new Date(Date.UTC(2026, 0, 1)), creator: 'ereje' });
    const { text } = await extractPdf(r.bytes);
    const got = flat(text.replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2')).split(' '); // a hyphen at a line's or a page's end
    const want = words.join(' ').split(' ');
    const at = got.findIndex((w, i) => w !== want[i]);
    expect(got.slice(Math.max(0, at - 3), at + 3), `word ${at}`).toEqual(want.slice(Math.max(0, at - 3), at + 3));
    expect(got.length).toBe(want.length);
    expect(r.maxWordSpace).toBeLessThan(2.5);
  });
});
