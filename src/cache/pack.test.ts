/** Packed records come back exactly: same values, same key order, same types; what is not plain data is refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pack, unpack } from './pack.js';

const plain = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('Әлия', 'director', 'aba-uo', '', 'ҒҚҢӨҰҮҺІ'),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string().filter((k) => k !== '__proto__'), tie('value'), { maxKeys: 5, noNullPrototype: true }),
  ),
})).value;

describe('pack / unpack', () => {
  it('round-trips plain data exactly (values, key order, -0 and NaN)', () => {
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 20 }), (values) => {
        const p = pack(values);
        expect(p).not.toBeNull();
        const back = unpack(p!, values.length);
        expect(back).toStrictEqual(values);
        // Key order is what a YAML file had; toStrictEqual ignores it, so compare it apart.
        expect(JSON.stringify(back)).toBe(JSON.stringify(values));
      }),
      { numRuns: 1000 },
    );
  });

  it('tells key lists apart that join to the same text', () => {
    const values = [{ '': {} }, { 'a\0': 1, b: 2 }, { a: 1, '\0b': 2 }, {}];
    expect(unpack(pack(values)!, 4)).toStrictEqual(values);
  });

  it('keeps undefined values as own properties, and shares each string', () => {
    const values = [{ id: 's1', org: 'aba-uo', note: undefined }, { id: 's2', org: 'aba-uo' }];
    const p = pack(values)!;
    expect(p.strings.filter((s) => s === 'aba-uo')).toHaveLength(1);
    const back = unpack(p, 2) as Record<string, unknown>[];
    expect(Object.keys(back[0])).toEqual(['id', 'org', 'note']);
    expect(back).toStrictEqual(values);
  });

  it('refuses what is not plain data (the reading is then stored as it is)', () => {
    expect(pack([JSON.parse('{"__proto__": {"x": 1}}')])).toBeNull();
    expect(pack([new Date(0)])).toBeNull();
    expect(pack([[1, , 3]])).toBeNull(); // eslint-disable-line no-sparse-arrays
    expect(pack([10n])).toBeNull();
    expect(pack([Object.create(null)])).not.toBeNull();
  });

  it('a packing that does not add up throws (the cache entry is then ignored)', () => {
    const p = pack([{ a: 1 }, 'x'])!;
    expect(() => unpack(p, 1)).toThrow(/left over/);
    expect(() => unpack({ ...p, ops: Uint32Array.from([9]) }, 1)).toThrow(/unknown code/);
  });
});
