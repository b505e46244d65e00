/** The JSON Schema of a data file, generated from the same zod definitions the loader uses. */
import { z } from 'zod';
import { DataFile } from './collections.js';
import { version } from '../core/version.js';

export const SCHEMA_ID = 'https://ereje.kz/schema/data-file.json';

export function dataJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DataFile, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: `ereje data file (ereje ${version()})`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
