/**
 * docs/data-format.md is what the schema says: generated from it (npm run docs), held equal by
 * this test; its examples pass the data checks and use every field the schema has.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { COLLECTIONS, DataFile } from './collections.js';
import { collectionExample, dataFormatReference, examplesFile, fieldRows } from './reference.js';
import { ROOT } from '../testing/cases.js';
import { runMain } from '../testing/cli-io.js';

/** Every field path a value uses, lists as `[]`: { a: [{ b: 1 }] } → a, a[].b */
function pathsOf(v: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) pathsOf(x, prefix.replace(/\.$/, '[].'), out);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (prefix.endsWith('[].') || prefix.endsWith('.') || prefix === '') {
        // Text values ({ kk, ru }) are one field, not two.
        out.add(prefix + k);
        pathsOf(x, `${prefix}${k}.`, out);
      }
    }
  }
  return out;
}

describe('docs/data-format.md', () => {
  it('is what the schema generates (run `npm run docs` after changing src/schema)', () => {
    const file = path.join(ROOT, 'docs/data-format.md');
    expect(fs.readFileSync(file, 'utf8') === dataFormatReference(), 'docs/data-format.md is out of date: run `npm run docs`').toBe(true);
  });

  it('has a field table and an example for every collection', () => {
    const text = dataFormatReference();
    for (const c of COLLECTIONS) {
      expect(text).toContain(`## ${c}\n`);
      expect(collectionExample(c)).toMatch(new RegExp(`^${c}:\\n  - id: `));
    }
  });

  it('its examples use every field of every collection', () => {
    const doc = jsyaml.load(fs.readFileSync(examplesFile(), 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as Record<string, unknown[]>;
    for (const c of COLLECTIONS) {
      const used = pathsOf(doc[c]);
      const missing = fieldRows(c).map((r) => r.path).filter((p) => !used.has(p));
      expect(missing, `${c}: fields without an example`).toEqual([]);
    }
  });

  it('its examples are valid data: the schema accepts them and every reference resolves', async () => {
    const doc = jsyaml.load(fs.readFileSync(examplesFile(), 'utf8'), { schema: jsyaml.CORE_SCHEMA });
    expect(DataFile.safeParse(doc).success).toBe(true);
    const r = await runMain(['validate', examplesFile(), '--module', 'data', '--format', 'json', '--as-of', '2026-11-22'], ROOT);
    expect(JSON.parse(r.out).findings).toEqual([]);
    expect(r.code).toBe(0);
  });
});
