/**
 * A fast yes/no check of a record against the published JSON Schema, compiled by ajv from the
 * same zod definitions. Valid records (nearly all of them) skip zod; a record ajv rejects is
 * handed to zod, which stays the authority for what is wrong and how to say it.
 *
 * Collections whose zod schema holds checks JSON Schema cannot express (a period's `to` not
 * before its `from`) always go through zod. `fast-check.test.ts` holds the two verdicts equal.
 */
import { Ajv } from 'ajv';
import { z } from 'zod';
import { RECORD_SCHEMAS, type CollectionName } from './collections.js';

type Check = (rec: unknown) => boolean;

/** Collections with refinements beyond JSON Schema: always checked by zod. */
const ZOD_ONLY: ReadonlySet<CollectionName> = new Set(['work_plans', 'landings']);

let compiled: Partial<Record<CollectionName, Check | null>> | null = null;

export function fastCheck(collection: CollectionName): Check | null {
  compiled ??= {};
  if (collection in compiled) return compiled[collection] ?? null;
  let check: Check | null = null;
  if (!ZOD_ONLY.has(collection)) {
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
    const schema = z.toJSONSchema(RECORD_SCHEMAS[collection] as z.ZodType, { target: 'draft-07', unrepresentable: 'any', io: 'input' });
    const validate = ajv.compile(schema as object);
    check = (rec) => validate(rec) as boolean;
  }
  compiled[collection] = check;
  return check;
}
