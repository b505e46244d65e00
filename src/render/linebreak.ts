/**
 * Optimal paragraph breaking (Knuth and Plass, "Breaking paragraphs into lines", 1981): the
 * breaks of a whole paragraph are chosen together so that its lines are evenly spaced, instead of
 * filling each line as full as it goes and leaving the next one with wide gaps (greedy).
 *
 * The paragraph is a list of boxes (words, parts of a word between its hyphenation points),
 * glue (spaces that stretch and shrink) and penalties (where a line may break: a hyphen, a slash).
 * Each line's badness grows with the cube of how much its spaces stretch or shrink; a break
 * adds its penalty; two hyphenated lines in a row, a hyphen on the line before the last, and
 * lines of very different tightness one after the other cost extra. The chosen breaks have the
 * least total. Nodes are kept per break and fitness class (4); a node is dropped as soon as a
 * line from it gets overfull, so the work is linear in the paragraph's length times the breaks
 * that fit on one line.
 */

export type Item =
  | { type: 'box'; width: number; stretch?: number; shrink?: number }
  | { type: 'glue'; width: number; stretch: number; shrink: number }
  | { type: 'penalty'; width: number; penalty: number; flagged: boolean };

/** A penalty this high forbids a break; this low forces one. */
export const INFINITE_PENALTY = 10_000;

export interface BreakParams {
  /** added to every line's badness (fewer lines are better): TeX's \linepenalty */
  linePenalty: number;
  /** a break at a hyphenation point: TeX's \hyphenpenalty is 50; official texts want fewer hyphens (150) */
  hyphenPenalty: number;
  /** two hyphenated lines in a row: TeX's \doublehyphendemerits */
  doubleHyphen: number;
  /** a hyphen ending the line before the last: TeX's \finalhyphendemerits */
  finalHyphen: number;
  /** a very loose line next to a tight one: TeX's \adjdemerits */
  adjacentFitness: number;
  /** a last line shorter than `minLastLine` of its width (a syllable or a word left alone) */
  shortLastLine: number;
  minLastLine: number;
}

export const DEFAULT_BREAK_PARAMS: BreakParams = { linePenalty: 10, hyphenPenalty: 150, doubleHyphen: 100_000, finalHyphen: 20_000, adjacentFitness: 3000, shortLastLine: 20_000, minLastLine: 0.15 };

interface Node {
  /** index of the break item (-1: the paragraph's start) */
  pos: number;
  /** lines before the one that starts here */
  line: number;
  fitness: number;
  totalW: number;
  totalY: number;
  totalZ: number;
  demerits: number;
  flagged: boolean;
  prev: Node | null;
}

/** How much a line's spaces stretch (> 0) or shrink (< 0), relative to what they can. */
function ratioOf(natural: number, avail: number, stretch: number, shrink: number): number {
  if (natural < avail) return stretch > 0 ? (avail - natural) / stretch : Infinity;
  if (natural > avail) return shrink > 0 ? (avail - natural) / shrink : -Infinity;
  return 0;
}

/**
 * The item indices where the lines end (the last is the paragraph's final, forced break), or
 * null when no set of breaks keeps every line within its width (a box wider than a line: the
 * caller breaks such a paragraph its own way). `lineWidth(k)` is the width of line k (0-based).
 * The items must end with a forced break (a penalty of -INFINITE_PENALTY).
 */
export function optimalBreaks(items: readonly Item[], lineWidth: (line: number) => number, params: BreakParams = DEFAULT_BREAK_PARAMS): number[] | null {
  let active: Node[] = [{ pos: -1, line: 0, fitness: 1, totalW: 0, totalY: 0, totalZ: 0, demerits: 0, flagged: false, prev: null }];
  let sumW = 0;
  let sumY = 0;
  let sumZ = 0;
  const n = items.length;
  for (let b = 0; b < n; b++) {
    const it = items[b];
    if (it.type === 'box') {
      sumW += it.width;
      sumY += it.stretch ?? 0;
      sumZ += it.shrink ?? 0;
      continue;
    }
    const legal = it.type === 'glue' ? b > 0 && items[b - 1].type === 'box' : it.penalty < INFINITE_PENALTY;
    if (legal) {
      const forced = it.type === 'penalty' && it.penalty <= -INFINITE_PENALTY;
      const flagged = it.type === 'penalty' && it.flagged;
      const pw = it.type === 'penalty' ? it.width : 0;
      const best: ({ from: Node; demerits: number } | null)[] = [null, null, null, null];
      const keep: Node[] = [];
      for (const a of active) {
        const natural = sumW - a.totalW + pw;
        const r = ratioOf(natural, lineWidth(a.line), sumY - a.totalY, sumZ - a.totalZ);
        if (r < -1) continue; // overfull: every later break from `a` is too
        if (!forced) keep.push(a);
        const badness = r === Infinity ? 1e10 : 100 * Math.abs(r) ** 3;
        let d = (params.linePenalty + badness) ** 2;
        if (it.type === 'penalty') {
          if (it.penalty >= 0) d += it.penalty ** 2;
          else if (!forced) d -= it.penalty ** 2;
        }
        if (flagged && a.flagged) d += params.doubleHyphen;
        if (forced && a.flagged) d += params.finalHyphen;
        if (forced && a.pos >= 0 && natural < params.minLastLine * lineWidth(a.line)) d += params.shortLastLine;
        const fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
        if (Math.abs(fitness - a.fitness) > 1) d += params.adjacentFitness;
        d += a.demerits;
        if (!best[fitness] || d < best[fitness]!.demerits) best[fitness] = { from: a, demerits: d };
      }
      active = keep;
      if (best.some(Boolean)) {
        // Totals after the break: the glue and penalties that follow it start no line.
        let tw = sumW;
        let ty = sumY;
        let tz = sumZ;
        for (let j = b; j < n; j++) {
          const x = items[j];
          if (x.type === 'box') break;
          if (x.type === 'glue') {
            tw += x.width;
            ty += x.stretch;
            tz += x.shrink;
          } else if (x.penalty <= -INFINITE_PENALTY && j > b) break;
        }
        best.forEach((c, fitness) => {
          if (c) active.push({ pos: b, line: c.from.line + 1, fitness, totalW: tw, totalY: ty, totalZ: tz, demerits: c.demerits, flagged, prev: c.from });
        });
      }
      if (!active.length) return null;
    }
    if (it.type === 'glue') {
      sumW += it.width;
      sumY += it.stretch;
      sumZ += it.shrink;
    }
  }
  let end: Node | null = null;
  for (const a of active) if (a.pos === n - 1 && (!end || a.demerits < end.demerits)) end = a;
  if (!end) return null;
  const breaks: number[] = [];
  for (let x: Node | null = end; x && x.pos >= 0; x = x.prev) breaks.push(x.pos);
  return breaks.reverse();
}
