/**
 * docs/data-format.md, generated from the zod definitions (through their JSON Schema) and the
 * example of every collection in reference-examples.yaml. `npm run docs` writes it; a test
 * holds the file equal to what this produces, and the examples to the schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docText, type DocText } from '../engine/rule.js';
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

/** What the settings page needs of the rule registry (kept structural: no engine import here). */
export interface RegistryLike {
  modules: Map<string, { name: string; regulation: string; title: { en: string }; regions: readonly string[] | 'all'; from: string | null }>;
  rules: Map<string, { id: string; severity: string; alwaysOn?: boolean; reportedBy?: string; params?: Record<string, { default: unknown; description: DocText; clause?: string }> }>;
}

/** What each settings key is for (the settings schema carries types, not explanations). */
const SETTING_TEXT: Record<string, string> = {
  language: 'Language of the messages and of the questions of `ereje new` (default: the system locale, then en)',
  as_of: 'Check as things stand on this day (default: today in Kazakhstan, UTC+5)',
  modules: 'Rule modules by name (one per regulation): on, off, or their settings',
  'modules.NAME.enabled': 'false turns the module off',
  'modules.NAME.extra_regions': 'Regions that adopted the same regulation, on top of the module\'s own',
  'modules.NAME.regions': 'Replaces the module\'s regions altogether',
  'modules.NAME.from': 'In force from this day (instead of the module\'s date)',
  'modules.NAME.params': 'Parameters for every rule of the module that has one of that name',
  rules: 'Rules by id (`module/name`): a severity, off, or their settings',
  'rules.NAME.severity': 'Another severity, or off',
  'rules.NAME.params': 'The rule\'s parameters (see the table below)',
  calendar: 'The school-year calendar',
  'calendar.school_years': 'Replaces the shipped list of school years, each `{ name, quarters: [4 periods], source? }`',
  render: 'The documents\' theme; the defaults are in the package\'s templates/theme.yaml',
  'render.font': 'TrueType files, relative to ereje.yaml (or an npm package path)',
  'render.size': 'Body text size, points',
  'render.table_size': 'Table text size, points',
  'render.small_size': 'Small print size, points',
  'render.line_spacing': 'Line spacing, times the size',
  'render.paragraph_spacing': 'Space after a paragraph, points',
  'render.indent': 'First-line indent, millimetres',
  'render.margins': 'Page margins, millimetres',
  'render.templates': 'A folder of your own templates, by the same file names as the package\'s templates/',
  'render.recommendations_days': 'Days after an open door day by which its recommendations go out, when the data has no date yet',
  'render.council_days': 'Days after an open door day by which the council discusses it, when the data has no date yet',
  'render.reference_days': 'Days after a landing by which its reference (анықтама) is due, when the data has no date yet',
  'render.untranslated': 'A value with no Russian text in a Russian document: kazakh prints the Kazakh with a warning, refuse makes no document',
  'render.appendix_rows': 'An order\'s list (programme, composition, staff list, designation table) with more entries than this goes to an appendix page (default 10); the order\'s own `appendix:` decides for that order',
  'cache.enabled': 'false turns the cache off (as --no-cache does)',
  'cache.location': 'Where the cache lives (default .ereje-cache/ at the data repo root)',
  'cache.max_mb': 'The cache\'s size bound, in megabytes',
  limits: 'Bounds on what is read',
  'limits.max_file_bytes': 'A bigger data file gets a finding and is not read',
  'limits.max_files': 'At most this many data files are read',
};

/** docs/settings.md: ereje.yaml, every key (from the settings schema) and every module, rule and parameter (from the registry). */
export function settingsReference(registry: RegistryLike, settingsSchema: Json): string {
  const out: string[] = [
    '# Settings: `ereje.yaml`',
    '',
    '<!-- Generated from the settings schema (src/engine/settings.ts) and the rules by `npm run docs`;',
    '     a test fails when this file and the code differ. Do not edit by hand. -->',
    '',
    'An `ereje.yaml` at the data repo\'s root (found from the folder `ereje validate` reads, upwards to',
    'the folder that holds `.git`; or named with `--config FILE`). Without one, every module applies',
    'in its own regions with its defaults. Flags (`--lang`, `--as-of`, `--rule`, `--module`) override it.',
    '',
    'Every mistake in it is reported in one run, each at its `ereje.yaml:line:col`, with a "did you mean"',
    'for a mistyped key, module, rule or parameter; the command then exits `2` and checks nothing.',
    '`ereje schema --settings --draft 7 --out ereje.settings.schema.json` gives editors the same schema',
    '(`ereje init` writes it).',
    '',
    '```yaml',
    'language: kk                 # kk | ru | en',
    'as_of: 2026-11-22            # check as of this day (default: today in Kazakhstan, UTC+5)',
    'modules:',
    '  open-door-day:',
    '    extra_regions: [shymkent]         # a region that adopted the same rules',
    '  support-center:',
    '    params: { cycle_years: 3 }        # a module-wide parameter: every rule of it that has one',
    '  landing: off',
    'rules:',
    '  open-door-day/registration: off',
    '  open-door-day/all-staff: error      # another severity',
    '  open-door-day/quarterly-frequency:',
    '    params: { quarters: academic }',
    '```',
    '',
    '## Keys',
    '',
    '| key | type | what it holds |',
    '|---|---|---|',
  ];
  const walk = (obj: Json, prefix: string) => {
    for (const [name, s] of Object.entries<Json>(obj.properties ?? {})) {
      const p = prefix + name;
      const alts = Array.isArray(s.anyOf) ? s.anyOf : [s];
      const type = alts.map((a: Json) => (a.enum ? a.enum.map((v: string) => `\`${v}\``).join(' | ') : a.type === 'object' && a.additionalProperties && !a.properties ? 'mapping of name → …' : typeOf(a))).join(' or ');
      out.push(`| \`${p}\` | ${cell(type)} | ${cell(SETTING_TEXT[p] ?? describe(s))} |`);
      for (const a of alts) {
        if (a.type === 'object' && a.properties && p !== 'calendar.school_years') walk(a, `${p}.`);
        if (a.type === 'object' && a.additionalProperties && typeof a.additionalProperties === 'object') {
          for (const b of Array.isArray(a.additionalProperties.anyOf) ? a.additionalProperties.anyOf : [a.additionalProperties]) {
            if (b.type === 'object' && b.properties) walk(b, `${p}.NAME.`);
          }
        }
      }
    }
  };
  walk(settingsSchema, '');
  out.push(
    '',
    '`modules.NAME` is `on`, `off`, `true`/`false` or a mapping; `rules.ID` is a severity (`error`,',
    '`warning`, `info`) or `off`, or a mapping with `severity` and `params`. A module parameter applies to',
    'every rule of the module that has a parameter of that name; a rule\'s own `params` win.',
    '',
    '## Modules',
    '',
    '| module | regulation | regions | in force from |',
    '|---|---|---|---|',
  );
  for (const m of registry.modules.values()) {
    out.push(`| \`${m.name}\` | ${m.name === 'data' ? 'the data format (always on)' : `${m.title.en} (\`${m.regulation}\`)`} | ${m.regions === 'all' ? 'all' : m.regions.join(', ')} | ${m.from ?? '—'} |`);
  }
  out.push('', '## Rules and their parameters', '', '| rule | severity | parameters (default, clause) |', '|---|---|---|');
  for (const r of registry.rules.values()) {
    const params = Object.entries(r.params ?? {}).map(([k, p]) => `\`${k}\` = \`${JSON.stringify(p.default)}\`${p.clause ? ` (${p.clause})` : ''} — ${docText(p.description, 'en')}`);
    out.push(`| \`${r.id}\` | ${r.severity}${r.alwaysOn ? ' (always on)' : ''} | ${cell(params.join('<br>') || '—')} |`);
  }
  out.push('', '`ereje explain RULE` shows a rule\'s clause text, what it checks, its parameters and examples.', '');
  return out.join('\n');
}
