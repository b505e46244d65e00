/**
 * The mapping file (`--map MAP.yaml`): what the built-in headers and values do not cover.
 *
 * ```yaml
 * collection: staff              # what the sheet holds (else guessed from its headers)
 * sheet: Қызметкерлер            # which sheet (default: every sheet with a recognised header)
 * header_row: 3                  # the header's row (default: found among the first 30 rows)
 * columns:                       # header → field, or skip
 *   "Табель №": id
 *   "Ескерту": skip
 * values:                        # field → { cell text → value }
 *   position: { "Әдіскер-сарапшы": methodologist }
 * fixed: { org: tur-bdo }        # a value for every row (where the column is absent or empty)
 * region: turkistan              # organisations named in the sheet are looked for in this region
 * ids: { prefix: tur-s-, from: [name, org] }   # how ids are made when the sheet has none
 * ```
 */
import { z } from 'zod';
import YAML from 'yaml';
import { COLLECTIONS, REGIONS } from '../schema/collections.js';
import { LineIndex } from '../load/positions.js';
import { decodeUtf8 } from '../load/decode.js';
import { UsageError } from '../core/errors.js';
import { suggest } from '../core/suggest.js';

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

export const Mapping = z.strictObject({
  collection: z.enum(COLLECTIONS).optional(),
  sheet: z.string().optional(),
  header_row: z.number().int().positive().optional(),
  columns: z.record(z.string(), z.string()).optional(),
  values: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  fixed: z.record(z.string(), Scalar).optional(),
  region: z.enum(REGIONS).optional(),
  ids: z
    .strictObject({
      prefix: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/).optional(),
      from: z.array(z.string()).min(1).optional(),
    })
    .optional(),
});
export type Mapping = z.infer<typeof Mapping>;

/** Reads and checks a mapping file; a mistake is one line with its file:line:col (exit 2). */
export function parseMapping(bytes: Uint8Array, shown: string): Mapping {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new UsageError('import-map-bad', { file: shown, line: decoded.line, column: decoded.column, reason: `not UTF-8 (${decoded.encoding ?? '?'})` });
  const text = decoded.text;
  const lines = new LineIndex(text);
  const doc = YAML.parseDocument(text, { uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const lc = lines.lineCol(e.pos[0]);
    throw new UsageError('import-map-bad', { file: shown, line: lc.line, column: lc.column, reason: e.message.split('\n')[0] });
  }
  const js = doc.toJS() ?? {};
  const parsed = Mapping.safeParse(js);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
  let offset = node?.range?.[0] ?? 0;
  let reason = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const hint = suggest(key, Object.keys(Mapping.shape));
    reason = `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; known: ${Object.keys(Mapping.shape).join(', ')}`;
    const parent = doc.getIn(issue.path as (string | number)[], true) as YAML.YAMLMap | undefined;
    const pair = (parent && YAML.isMap(parent) ? parent : (doc.contents as YAML.YAMLMap))?.items?.find((p) => YAML.isScalar(p.key) && p.key.value === key);
    if (pair && YAML.isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
  } else if (issue.path.length) reason = `${issue.path.join('.')}: ${issue.message}`;
  const lc = lines.lineCol(offset);
  throw new UsageError('import-map-bad', { file: shown, line: lc.line, column: lc.column, reason });
}
