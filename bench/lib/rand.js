/**
 * A small seeded PRNG (mulberry32) and helpers. The generator never calls Math.random and
 * never reads the clock: the same version and seed give byte-identical files on any machine.
 */

/** FNV-1a, 32 bits: a seed from a string. */
export function seedOf(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  constructor(seed) {
    this.a = seed >>> 0;
  }

  /** A float in [0, 1). */
  next() {
    let t = (this.a = (this.a + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi], both ends included. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  chance(p) {
    return this.next() < p;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffled(list) {
    const a = list.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  /** `n` distinct items of `list`, in list order. */
  sample(list, n) {
    const idx = this.shuffled(list.map((_, i) => i)).slice(0, Math.min(n, list.length)).sort((x, y) => x - y);
    return idx.map((i) => list[i]);
  }

  /** A child generator for a named part, so adding a part never shifts another part's values. */
  fork(name) {
    return new Rng(seedOf(`${this.a}:${name}`));
  }
}
