/**
 * Fuzzing `new`'s append (append.ts) with the loader's mutations of valid files: it either
 * returns a text that holds the record as its collection's last item, or refuses with an
 * AppendError ("cannot append safely, nothing written") — never another exception, which the
 * CLI would show as an internal error. The fuzzer found one: an alias with no anchor made the
 * yaml package throw while reading the file back. (And a file the loader refuses — an unknown
 * tag the yaml package lets pass — is refused too: the record would be invisible to validate.)
 */
import fc from 'fast-check';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { appendRecord, AppendError } from './append.js';
import { COLLECTIONS, type CollectionName } from '../schema/collections.js';
import { corpusFiles, describeMutations, fuzzParams, fuzzTimeout, mutate, mutationsArb } from '../testing/fuzz.js';

const RECORD = { id: 'tur-s999', name: 'Нұрланқызы Дана', org: 'tur-bdo', position: 'teacher' };

describe('append under mutated files', () => {
  const corpus = corpusFiles();

  it('an alias with no anchor is a refusal, not a crash', () => {
    expect(() => appendRecord('staff:\n  - id: s1\n    name: *a\n', 'staff', RECORD)).toThrow(AppendError);
    expect(() => appendRecord('orders: [*a, *a]\n', 'orders', RECORD)).toThrow(AppendError);
  });

  it('appends or refuses; never anything else', () => {
    fc.assert(
      fc.property(fc.nat(), mutationsArb(2_000), fc.constantFrom<CollectionName>(...COLLECTIONS), (fi, ms, collection) => {
        const f = corpus[fi % corpus.length];
        const text = mutate(f.text, ms).toString('utf8');
        let out;
        try {
          out = appendRecord(text, collection, RECORD);
        } catch (e) {
          if (e instanceof AppendError) return;
          expect.fail(`${f.where} ${collection}: ${describeMutations(ms)}\nthrew ${(e as Error)?.stack ?? e}`);
        }
        const list = (YAML.parse(out.text.replace(/^\uFEFF/, ''), { uniqueKeys: false }) as Record<string, unknown[]>)[collection];
        expect(list[list.length - 1]).toEqual(RECORD);
      }),
      fuzzParams(400, 51),
    );
  }, fuzzTimeout(400, 20));
});
