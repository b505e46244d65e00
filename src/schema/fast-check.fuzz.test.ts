/**
 * Fuzzing the two schema checks against each other: the ajv fast path (fast-check.ts) must say
 * yes exactly when zod (the authority) does, on records of every collection taken from the
 * fixtures and changed at random — a field set to a value of another type, an edge number, an
 * odd string, a date at the calendar's edges, a key that means something to JavaScript, a field
 * removed, an unknown one added. A "yes" from ajv on a record zod rejects would let bad data
 * past the schema; a "no" on one zod accepts only costs time, but is a disagreement all the same.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { compile, ZOD_ONLY } from './fast-check.js';
import { COLLECTIONS, RECORD_SCHEMAS, type CollectionName } from './collections.js';
import { corpusFiles, EDGE_DATES, fuzzParams, fuzzTimeout, LOOKALIKES, ODD_CHARS } from '../testing/fuzz.js';

function fixtureRecords(): { collection: CollectionName; rec: Record<string, unknown> }[] {
  const out: { collection: CollectionName; rec: Record<string, unknown> }[] = [];
  for (const f of corpusFiles()) {
    let doc: unknown;
    try {
      doc = jsyaml.load(f.text, { schema: jsyaml.CORE_SCHEMA });
    } catch {
      continue;
    }
    if (!doc || typeof doc !== 'object') continue;
    for (const [c, list] of Object.entries(doc as Record<string, unknown>)) {
      if (!(COLLECTIONS as readonly string[]).includes(c) || !Array.isArray(list)) continue;
      for (const rec of list) if (rec && typeof rec === 'object' && !Array.isArray(rec)) out.push({ collection: c as CollectionName, rec });
    }
  }
  return out;
}

/** Values a field may be set to. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null, true, false, 0, -0, 1, -1, 1.5, Infinity, -Infinity, NaN, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, 1e300, Number.MIN_VALUE,
    '', ' ', '0', 'x', '15-н', 'a'.repeat(300), '\u0000', '\ud800', '\n', 'S1', 'ѕ1', 's1\n', ' s1', '.x', '-x', 'x-', 'x..y',
    '00:00', '23:59', '24:00', '9:30', '09:60', '09:30\n', '２３:00',
    [], [null], [[]], [{}], {}, { kk: 'а' }, { ru: 'б' }, { kk: 'а', ru: 'б' }, { kk: 1 }, { kk: null }, { en: 'x' }, { kk: 'а', en: 'x' },
    { from: '2026-01-01', to: '2026-12-31' }, { from: '2026-12-31', to: '2026-01-01' }, { from: '2026-01-01' },
  ),
  fc.constantFrom(...EDGE_DATES, '2026-02-29', '2100-02-29', '2000-02-30', '0000-02-29', '0000-00-00', '2026-12-32', '+2026-01-01', '2026-01-01T00:00', '２０２６-01-01'),
  fc.integer({ min: 0, max: 9999 }).chain((y) => fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)),
  fc.string({ maxLength: 10 }),
  fc.array(fc.constantFrom(...ODD_CHARS, ...Object.values(LOOKALIKES), 'a', '1', '-', '.'), { maxLength: 8 }).map((a) => a.join('')),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }),
);

const oddKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'kk', 'ru', 'en', 'id', 'from', 'to', 'x', '');

type Change =
  | { kind: 'set'; at: number; deep: number; value: unknown }
  | { kind: 'delete'; at: number; deep: number }
  | { kind: 'add'; at: number; deep: number; key: string; value: unknown };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), deep: fc.nat(), value: oddValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), deep: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), deep: fc.nat(), key: oddKey, value: oddValue }) },
);

/** Every object or list inside a value (the value itself first). */
function containers(v: unknown, out: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (v !== null && typeof v === 'object') {
    out.push(v as Record<string, unknown>);
    for (const x of Object.values(v)) containers(x, out);
  }
  return out;
}

function apply(rec: Record<string, unknown>, c: Change): void {
  const all = containers(rec);
  const target = all[c.deep % all.length];
  const keys = Array.isArray(target) ? target.map((_, i) => i) : Object.keys(target);
  if (c.kind === 'add') {
    if (Array.isArray(target)) target.push(structuredClone(c.value));
    else Object.defineProperty(target, c.key, { value: structuredClone(c.value), enumerable: true, writable: true, configurable: true }); // as js-yaml stores keys
    return;
  }
  if (!keys.length) return;
  const k = keys[c.at % keys.length];
  if (c.kind === 'set') (target as Record<string | number, unknown>)[k] = structuredClone(c.value);
  else if (Array.isArray(target)) target.splice(k as number, 1);
  else delete (target as Record<string, unknown>)[k as string];
}

const compiled = new Map<CollectionName, (rec: unknown) => boolean>();

function verdicts(collection: CollectionName, rec: unknown): { fast: boolean; zod: boolean } | null {
  if (ZOD_ONLY.has(collection)) return null;
  let fast = compiled.get(collection);
  if (!fast) compiled.set(collection, (fast = compile(collection)));
  return { fast: fast(structuredClone(rec)), zod: RECORD_SCHEMAS[collection].safeParse(structuredClone(rec)).success };
}

describe('fast schema check under fuzzing', () => {
  const records = fixtureRecords();

  it('agrees with zod on changed fixture records', () => {
    expect(records.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.nat(), fc.array(changeArb, { minLength: 1, maxLength: 3 }), (ri, changes) => {
        const { collection, rec } = records[ri % records.length];
        const copy = structuredClone(rec);
        for (const c of changes) apply(copy, c);
        const v = verdicts(collection, copy);
        if (v && v.fast !== v.zod) expect.fail(`${collection}: ajv ${v.fast ? 'accepts' : 'rejects'}, zod ${v.zod ? 'accepts' : 'rejects'}: ${JSON.stringify(copy, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x))}`);
      }),
      fuzzParams(1500, 31),
    );
  }, fuzzTimeout(1500, 2));
});
