/** The JSON Schema of a data file, generated from the same zod definitions the loader uses. */
import { z } from 'zod';
import { DataFile, DATE_PATTERN, ID_RE } from './collections.js';
import { SettingsSchema } from '../engine/settings.js';
import { ExceptionsFile } from '../exceptions/format.js';
import { version } from '../core/version.js';
import type { Lang } from '../core/i18n.js';
import type { Registry } from '../engine/registry.js';
import { docText, type AnyModule, type AnyRule, type DocText } from '../engine/rule.js';
import { SEVERITIES, SEVERITY_WORD } from '../engine/findings.js';
import { describeIn, editorMessages } from './editor-text.js';

export const SCHEMA_ID = 'https://ereje.kz/schema/data-file.json';
export const SETTINGS_SCHEMA_ID = 'https://ereje.kz/schema/settings.json';
export const EXCEPTIONS_SCHEMA_ID = 'https://ereje.kz/schema/exceptions.json';

/**
 * Which JSON Schema dialect: 2020-12 (the default of `ereje schema`), or draft-07 — what the
 * VS Code YAML extension (yaml-language-server) fully supports; the files `ereje init`
 * writes for editors use it. Both carry the same keywords (type, properties, enum, pattern…).
 */
export type SchemaDraft = '2020-12' | '7';
export const SCHEMA_DRAFTS: readonly SchemaDraft[] = ['2020-12', '7'];

/**
 * Keywords of the VS Code JSON/YAML language services (not JSON Schema's): the message an
 * editor shows when a `pattern` fails (instead of the regular expression itself). Validators
 * that do not know them ignore them (ajv: declare them, or strict: false).
 */
export const EDITOR_KEYWORDS = ['patternErrorMessage', 'errorMessage', 'markdownDescription'] as const;

export interface SchemaOptions {
  /** Language of descriptions (hover) and pattern messages; default en. */
  lang?: Lang;
}

/** The pattern of `time` (HH:MM) as collections.ts writes it. */
const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';

const META: Record<SchemaDraft, string> = {
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
  '7': 'http://json-schema.org/draft-07/schema#',
};

function toJson(schema: z.ZodType, draft: SchemaDraft): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: draft === '7' ? 'draft-7' : 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
}

function generate(schema: z.ZodType, id: string, title: string, draft: SchemaDraft, lang: Lang = 'en'): Record<string, unknown> {
  const out = toJson(schema, draft);
  return {
    $schema: META[draft],
    $id: id,
    title: `${describeIn(title, lang)} (ereje ${version()})`,
    ...Object.fromEntries(Object.entries(out).filter(([k]) => k !== '$schema' && k !== 'title')),
  };
}

/**
 * What the editor says, in the user's language: every `description` (hover), and for the
 * patterns of dates, ids and times the words `ereje validate` uses (data/schema's messages)
 * instead of a regular expression.
 */
function forEditors(node: unknown, lang: Lang): void {
  const messages = editorMessages(lang);
  const byPattern: Record<string, string> = { [DATE_PATTERN]: messages.date, [ID_RE.source]: messages.id, [TIME_PATTERN]: messages.time };
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (typeof o.description === 'string') o.description = describeIn(o.description, lang);
    if (typeof o.pattern === 'string' && byPattern[o.pattern]) o.patternErrorMessage = byPattern[o.pattern];
    for (const [k, v] of Object.entries(o)) if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') walk(v);
  };
  walk(node);
}

export function dataJsonSchema(draft: SchemaDraft = '2020-12', opts: SchemaOptions = {}): Record<string, unknown> {
  const schema = generate(DataFile, SCHEMA_ID, 'ereje data file', draft, opts.lang);
  forEditors(schema, opts.lang ?? 'en');
  return schema;
}

/** A settings value that names a module, rule or parameter that does not exist is rejected (with the names in the enum). */
/**
 * A rule on hover: in English its summary's first sentence; in Kazakh or Russian (the rules'
 * summaries are English) the clause it checks, in the regulation's own words (Russian falls
 * back to the Kazakh text where the regulation has no Russian one). Then the default severity.
 */
function ruleDescription(rule: AnyRule, mod: AnyModule, lang: Lang): string {
  const tail = ` (${SEVERITY_WORD[rule.severity][lang]}${rule.clauses.length ? `; ${rule.clauses.join(', ')}` : ''})`;
  if (lang === 'en' || rule.clauses.length === 0 || typeof rule.docs.summary !== 'string') return `${docText(rule.docs.summary, lang).split(/(?<=\.)\s+(?=\p{Lu})/u)[0]}${tail}`;
  const texts = rule.clauses.map((c) => {
    const clause = mod.clauses[c];
    const t = (lang === 'ru' ? clause?.ru ?? clause?.kk : clause?.kk) ?? '';
    const one = t.trim().replace(/\s+/g, ' ');
    return `${c}: ${one.length > 300 ? `${one.slice(0, 299)}…` : one}`;
  });
  return `${texts.join(' ')}${tail}`;
}

const DEFAULT_WORD: Record<Lang, string> = { kk: 'әдепкі мәні', ru: 'по умолчанию', en: 'default' };

function settingsFromRegistry(schema: Record<string, unknown>, registry: Registry, draft: SchemaDraft, lang: Lang): void {
  const props = schema.properties as Record<string, Record<string, unknown>>;
  const paramSchema = (spec: { schema: z.ZodType; default: unknown; description: DocText; clause?: string }) => {
    const s = toJson(spec.schema, draft);
    delete s.$schema;
    return { ...s, description: `${docText(spec.description, lang)}${spec.clause ? ` (${spec.clause})` : ''}; ${DEFAULT_WORD[lang]} ${JSON.stringify(spec.default)}`, default: spec.default };
  };
  const paramsOf = (ids: string[]) => {
    const out: Record<string, unknown> = {};
    for (const id of ids) {
      const rule = registry.rules.get(id)!;
      for (const [name, spec] of Object.entries((rule.params ?? {}) as Record<string, { schema: z.ZodType; default: unknown; description: string; clause?: string }>)) {
        out[name] ??= paramSchema(spec);
      }
    }
    return { type: 'object', properties: out, additionalProperties: false };
  };

  const modules: Record<string, unknown> = {};
  const moduleOneOf = props.modules?.additionalProperties as Record<string, unknown> | undefined;
  for (const [name, mod] of registry.modules) {
    const base = structuredClone(moduleOneOf ?? {}) as Record<string, unknown>;
    const branches = (base.anyOf ?? base.oneOf) as Record<string, unknown>[] | undefined;
    for (const b of branches ?? []) {
      const bp = b.properties as Record<string, unknown> | undefined;
      if (bp?.params) bp.params = { ...paramsOf(registry.rulesOf.get(name) ?? []), description: 'Parameters shared by the module\'s rules' };
    }
    // The module's title in the editor's language (kk, ru or en), not all three side by side.
    base.description = `${mod.title[lang] || mod.title.en}${mod.regulation && name !== 'data' ? ` (${mod.regulation})` : ''}`;
    modules[name] = base;
  }
  props.modules = { ...props.modules, type: 'object', properties: modules, additionalProperties: false };
  delete props.modules.propertyNames;

  const rules: Record<string, unknown> = {};
  for (const [id, rule] of registry.rules) {
    const levels = rule.alwaysOn ? [...SEVERITIES] : ['off', ...SEVERITIES];
    rules[id] = {
      description: ruleDescription(rule, registry.moduleOf(id), lang),
      anyOf: [
        { type: 'string', enum: levels },
        {
          type: 'object',
          properties: { severity: { type: 'string', enum: levels }, params: paramsOf([id]) },
          additionalProperties: false,
        },
      ],
    };
  }
  props.rules = { ...props.rules, type: 'object', properties: rules, additionalProperties: false };
  delete props.rules.propertyNames;
}

/**
 * The settings file, ereje.yaml (modules, rules, language, as_of, calendar…). With the rule
 * registry, module, rule and parameter names are enumerated, so an editor completes them and
 * underlines a misspelt one (`landng: off`, `lead_dayz: 10`), as `ereje validate` rejects it.
 */
export function settingsJsonSchema(draft: SchemaDraft = '2020-12', opts: SchemaOptions & { registry?: Registry } = {}): Record<string, unknown> {
  const schema = generate(SettingsSchema, SETTINGS_SCHEMA_ID, 'ereje settings (ereje.yaml)', draft, opts.lang);
  if (opts.registry) settingsFromRegistry(schema, opts.registry, draft, opts.lang ?? 'en');
  const out = { description: 'Settings of an ereje data repo: which rule modules and rules run, with which severities and parameters; language; as-of date; school-year calendar', ...schema };
  forEditors(out, opts.lang ?? 'en');
  return out;
}

/** The exceptions file, exceptions.yaml (accepted findings: rule, subject, reason, approver, expiry). */
export function exceptionsJsonSchema(draft: SchemaDraft = '2020-12', opts: SchemaOptions = {}): Record<string, unknown> {
  const schema = generate(ExceptionsFile, EXCEPTIONS_SCHEMA_ID, 'ereje exceptions (exceptions.yaml)', draft, opts.lang);
  const out = { description: 'Findings accepted for a while: each names a rule and a record id, a reason, who approved it (a staff id), when, and an expiry date', ...schema };
  if (opts.lang && opts.lang !== 'en') forEditors(out, opts.lang); // English: as it always was
  return out;
}
