/**
 * A fast yes/no check of a record against the published JSON Schema, compiled by ajv from the
 * same zod definitions. Valid records (nearly all of them) skip zod; a record ajv rejects is
 * handed to zod, which stays the authority for what is wrong and how to say it.
 *
 * Collections whose zod schema holds checks JSON Schema cannot express (a period's `to` not
 * before its `from`) always go through zod. `fast-check.test.ts` holds the two verdicts equal.
 */
import { createRequire } from 'node:module';
import type { Ajv as AjvClass } from 'ajv';
import { z } from 'zod';
import { RECORD_SCHEMAS, type CollectionName } from './collections.js';

type Check = (rec: unknown) => boolean;

/** Collections with refinements beyond JSON Schema: always checked by zod. */
export const ZOD_ONLY: ReadonlySet<CollectionName> = new Set(['work_plans', 'landings']);

/**
 * Compiling a collection's validator costs ~40 ms; zod costs ~4 µs a record. So the first
 * records of a collection go to zod, and the validator is compiled once a run has shown
 * enough of them for it to pay (small repos start fast, national ones run fast).
 */
export const FAST_CHECK_AFTER = 5000;

const checks: Partial<Record<CollectionName, Check>> = {};

export function fastCheck(collection: CollectionName): Check | null {
  if (ZOD_ONLY.has(collection)) return null;
  return (checks[collection] ??= warmingUp(collection));
}

function warmingUp(collection: CollectionName): Check {
  let seen = 0;
  let compiled: Check | null = null;
  return (rec) => {
    if (compiled) return compiled(rec);
    if (++seen < FAST_CHECK_AFTER) return false; // "not known valid": zod decides
    compiled = compile(collection);
    return compiled(rec);
  };
}

/** The compiled JSON Schema check of a collection (tests call it directly). */
export function compile(collection: CollectionName): Check {
  // Loaded on first use: a small repo never needs it (saves ~25 ms at every start).
  const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
  const schema = z.toJSONSchema(RECORD_SCHEMAS[collection] as z.ZodType, { target: 'draft-07', unrepresentable: 'any', io: 'input' });
  const validate = ajv.compile(schema as object);
  // JSON has no Infinity or NaN, so JSON Schema's "number" admits them; YAML's .inf and .nan
  // make them, and zod rejects them: a record holding one goes to zod.
  return (rec) => (validate(rec) as boolean) && allFinite(rec);
}

function allFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!allFinite(v[i])) return false;
    return true;
  }
  for (const k in v) if (!allFinite((v as Record<string, unknown>)[k])) return false;
  return true;
}
