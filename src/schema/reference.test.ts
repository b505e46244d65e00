/**
 * docs/data-format.md is what the schema says: generated from it (npm run docs), held equal by
 * this test; its examples pass the data checks and use every field the schema has.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { COLLECTIONS, DataFile } from './collections.js';
import { collectionExample, dataFormatReference, examplesFile, fieldRows, settingsReference } from './reference.js';
import { loadRegistry } from '../engine/registry.js';
import { settingsJsonSchema } from './json-schema.js';
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

describe('docs/settings.md', () => {
  it('is what the settings schema and the rules generate (run `npm run docs` after changing them)', async () => {
    const text = settingsReference(await loadRegistry(), settingsJsonSchema());
    expect(fs.readFileSync(path.join(ROOT, 'docs/settings.md'), 'utf8') === text, 'docs/settings.md is out of date: run `npm run docs`').toBe(true);
    const registry = await loadRegistry();
    for (const id of registry.rules.keys()) expect(text).toContain(`| \`${id}\` |`);
    for (const [id, r] of registry.rules) for (const k of Object.keys(r.params ?? {})) expect(text, `${id} ${k}`).toContain(`\`${k}\` = `);
  });
});

describe('docs/rules.md', () => {
  it('is what the rules generate, every rule under its anchor (SARIF helpUri points there)', async () => {
    const { rulesPage } = await import('../report/rules-page.js');
    const registry = await loadRegistry();
    const text = rulesPage(registry);
    expect(fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8') === text, 'docs/rules.md is out of date: run `npm run docs`').toBe(true);
    for (const [id, r] of registry.rules) {
      expect(text).toContain(`<a id="${id.replace(/[^a-z0-9-]+/g, '-')}"></a>\n\n## \`${id}\``);
      for (const c of r.clauses) expect(text, `${id} ${c}`).toContain(registry.moduleOf(id).clauses[c].kk.trim().split('\n')[0]);
    }
  });
});

describe('docs/', () => {
  it('no page, message or code leads outside the repository (the developers\' shared folder, the digest)', () => {
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(md|ts|js|mjs|liquid|yaml|txt)$/.test(e.name) && !p.endsWith('reference.test.ts')) {
          const text = fs.readFileSync(p, 'utf8');
          if (/\.\.\/shared|shared\/(regulations|spec)|DIGEST\.md/.test(text)) hits.push(path.relative(ROOT, p));
        }
      }
    };
    for (const d of ['docs', 'src', 'rules', 'templates', 'bin']) walk(path.join(ROOT, d));
    for (const f of ['README.md']) if (/\.\.\/shared|shared\/(regulations|spec)|DIGEST\.md/.test(fs.readFileSync(path.join(ROOT, f), 'utf8'))) hits.push(f);
    expect(hits).toEqual([]);
  });

  it('every docs/ file the README links to exists, and docs/ ships in the package', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const m of readme.matchAll(/\]\((docs\/[^)#\s]+)/g)) expect(fs.existsSync(path.join(ROOT, m[1])), m[1]).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('docs');
    expect(pkg.files).toContain('LICENSE');
    expect(fs.existsSync(path.join(ROOT, 'LICENSE'))).toBe(true);
    expect(pkg.scripts.prepare, 'no install-time build: npm warns about it on every install of the package').toBeUndefined();
  });
});
