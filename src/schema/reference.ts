/**
 * docs/data-format.md, generated from the zod definitions (through their JSON Schema) and the
 * example of every collection in reference-examples.yaml. `npm run docs` writes it; a test
 * holds the file equal to what this produces, and the examples to the schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, COLLECTION_DESCRIPTIONS, REGIONS, type CollectionName } from './collections.js';
import { dataJsonSchema } from './json-schema.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface FieldRow {
  /** e.g. `heads[].staff` */
  path: string;
  type: string;
  required: boolean;
  description: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
// src/schema when run from source, dist/src/schema when built: the YAML stays in src/.
const EXAMPLES = [path.join(here, 'reference-examples.yaml'), path.resolve(here, '../../../src/schema/reference-examples.yaml')];

export function examplesFile(): string {
  const f = EXAMPLES.find((p) => fs.existsSync(p));
  if (!f) throw new Error('reference-examples.yaml is missing from the installation');
  return f;
}

/** The example YAML of one collection, as written in reference-examples.yaml (comments kept). */
export function collectionExample(collection: CollectionName): string {
  const text = fs.readFileSync(examplesFile(), 'utf8').replace(/\r\n/g, '\n');
  const start = text.indexOf(`\n${collection}:\n`);
  if (start < 0) return '';
  const rest = text.slice(start + 1);
  const end = rest.slice(1).search(/\n[a-z_]+:\n/);
  return (end < 0 ? rest : rest.slice(0, end + 2)).trimEnd() + '\n';
}

const isText = (s: Json) =>
  Array.isArray(s.anyOf) && s.anyOf.length === 2 && s.anyOf[0].type === 'string' && s.anyOf[1].type === 'object' && Object.keys(s.anyOf[1].properties ?? {}).join() === 'kk,ru';

function typeOf(s: Json): string {
  if (isText(s)) return 'text';
  if (s.enum) {
    if (s.enum.length === REGIONS.length && REGIONS.every((r) => s.enum.includes(r))) return 'region';
    return s.enum.map((v: string) => `\`${v}\``).join(' | ');
  }
  if (s.format === 'date') return 'date';
  if (s.pattern === '^[a-z0-9][a-z0-9._-]*$') return 'id';
  if (Array.isArray(s.anyOf)) return s.anyOf.map(typeOf).filter((t: string) => t !== 'null').join(' or ');
  if (Array.isArray(s.type)) return s.type.map((t: string) => typeOf({ ...s, type: t })).filter((t: string) => t !== 'null').join(' or ');
  if (s.type === 'array') return `list of ${typeOf(s.items)}`;
  if (s.type === 'object') return s.required?.join() === 'from,to' && s.properties?.from?.format === 'date' ? 'period' : 'mapping';
  if (s.type === 'integer') return 'whole number';
  if (s.type === 'number') return 'number';
  if (s.type === 'string') return s.pattern ? `text \`${s.pattern}\`` : 'text';
  if (s.type === 'boolean') return 'true / false';
  if (s.type === 'null') return 'null';
  return 'any';
}

const nullable = (s: Json) => (Array.isArray(s.anyOf) && s.anyOf.some((a: Json) => a.type === 'null')) || (Array.isArray(s.type) && s.type.includes('null'));

/** A field's description, or that of the one alternative of a nullable union that has it. */
const describe = (s: Json): string => (s.description ?? (Array.isArray(s.anyOf) ? s.anyOf.map((a: Json) => a.description).find(Boolean) : '') ?? '').trim();

/** The mappings a field holds (itself, its list's items, the mapping alternatives of a union), Text and periods aside. */
function inner(s: Json): Json[] {
  if (isText(s)) return [];
  if (s.type === 'array') return inner(s.items);
  if (Array.isArray(s.anyOf)) return s.anyOf.flatMap(inner);
  if (s.type === 'object' && s.properties && typeOf(s) !== 'period') return [s];
  return [];
}

/** Every field of a collection's records, depth first (`a`, `a[].b`, `a.c`). */
export function fieldRows(collection: CollectionName): FieldRow[] {
  const schema = dataJsonSchema() as Json;
  const rows: FieldRow[] = [];
  const walk = (obj: Json, prefix: string) => {
    const required = new Set<string>(obj.required ?? []);
    for (const [name, s] of Object.entries<Json>(obj.properties ?? {})) {
      const p = prefix + name;
      const type = typeOf(s) + (nullable(s) ? ' (or null)' : '');
      rows.push({ path: p, type, required: required.has(name), description: describe(s) });
      const sub = s.type === 'array' || (Array.isArray(s.anyOf) && s.anyOf.some((a: Json) => a.type === 'array')) ? `${p}[].` : `${p}.`;
      for (const o of inner(s)) walk(o, sub);
    }
  };
  walk(schema.properties[collection].items, '');
  return rows;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function dataFormatReference(): string {
  const out: string[] = [
    '# The data format',
    '',
    '<!-- Generated from the schema (src/schema/collections.ts) and src/schema/reference-examples.yaml',
    '     by `npm run docs`; a test fails when this file and the schema differ. Do not edit by hand. -->',
    '',
    'A data repo is a folder of YAML files (`*.yaml`, `*.yml`; hidden files and folders and',
    '`node_modules` are skipped), split as you like: by region, by year, by kind. Each file is a',
    'mapping of collection names to lists of records; a file may hold any of the eight collections,',
    'and a collection may be spread over many files. `ereje validate` reads them all as one data set.',
    '',
    '- **id** — every record has an `id`: lower-case ASCII letters, digits, `.`, `_` or `-`, starting',
    '  with a letter or a digit, unique across the whole repo (`data/duplicate-id`).',
    '- **references** — a field that names another record holds its id; it must exist in the',
    '  collection the field expects (`data/unknown-reference`).',
    '- **date** — a calendar date written `YYYY-MM-DD`, no time and no time zone; impossible days',
    '  (`2026-02-30`) are findings. A **period** is `{ from: DATE, to: DATE }`, both days included.',
    '- **text** — a string, or `{ kk: …, ru: … }` with either or both official languages.',
    `- **region** — one of the official slugs: ${REGIONS.map((r) => `\`${r}\``).join(', ')}.`,
    '- Unknown keys, missing required fields and values outside a list are findings of',
    '  `data/schema`, at the line to fix, with a "did you mean" where one is close.',
    '- Files are UTF-8 (a file in Windows-1251 or UTF-16 is named as such and not read).',
    '',
    'For your editor: `ereje schema --draft 7 --out ereje.schema.json` writes the same format as a JSON',
    'Schema (`ereje init` does it). The collections:',
    '',
    ...COLLECTIONS.map((c) => `- [\`${c}\`](#${c}) — ${COLLECTION_DESCRIPTIONS[c]}`),
    '',
  ];
  for (const c of COLLECTIONS) {
    out.push(`## ${c}`, '', `${COLLECTION_DESCRIPTIONS[c]}.`, '', '| field | type | required | what it holds |', '|---|---|---|---|');
    for (const r of fieldRows(c)) out.push(`| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'yes' : ''} | ${cell(r.description)} |`);
    out.push('', 'Example:', '', '```yaml', collectionExample(c).trimEnd(), '```', '');
  }
  return out.join('\n');
}
