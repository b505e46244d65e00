/** The JSON Schema of a data file, generated from the same zod definitions the loader uses. */
import { z } from 'zod';
import { DataFile } from './collections.js';
import { SettingsSchema } from '../engine/settings.js';
import { ExceptionsFile } from '../exceptions/format.js';
import { version } from '../core/version.js';

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

const META: Record<SchemaDraft, string> = {
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
  '7': 'http://json-schema.org/draft-07/schema#',
};

function generate(schema: z.ZodType, id: string, title: string, draft: SchemaDraft): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { target: draft === '7' ? 'draft-7' : 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: META[draft],
    $id: id,
    title: `${title} (ereje ${version()})`,
    ...Object.fromEntries(Object.entries(out).filter(([k]) => k !== '$schema' && k !== 'title')),
  };
}

export function dataJsonSchema(draft: SchemaDraft = '2020-12'): Record<string, unknown> {
  return generate(DataFile, SCHEMA_ID, 'ereje data file', draft);
}

/** The settings file, ereje.yaml (modules, rules, language, as_of, calendar…). */
export function settingsJsonSchema(draft: SchemaDraft = '2020-12'): Record<string, unknown> {
  const schema = generate(SettingsSchema, SETTINGS_SCHEMA_ID, 'ereje settings (ereje.yaml)', draft);
  return { description: 'Settings of an ereje data repo: which rule modules and rules run, with which severities and parameters; language; as-of date; school-year calendar', ...schema };
}

/** The exceptions file, exceptions.yaml (accepted findings: rule, subject, reason, approver, expiry). */
export function exceptionsJsonSchema(draft: SchemaDraft = '2020-12'): Record<string, unknown> {
  const schema = generate(ExceptionsFile, EXCEPTIONS_SCHEMA_ID, 'ereje exceptions (exceptions.yaml)', draft);
  return { description: 'Findings accepted for a while: each names a rule and a record id, a reason, who approved it (a staff id), when, and an expiry date', ...schema };
}
