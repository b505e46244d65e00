/**
 * Field tables derived from the zod schemas: where in a record the references, texts and
 * dates are. Computed once per collection; `each` visits the values a pattern names.
 */
import type { z } from 'zod';
import { RECORD_SCHEMAS, COLLECTIONS, type CollectionName } from './collections.js';
import type { PathSeg } from '../load/positions.js';

/** A path with '*' for "every item of this list". */
export type Pattern = readonly (string | '*')[];

interface Def { type: string; [k: string]: unknown }
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every path in `schema` whose schema is registered in `registry`, with its metadata. */
export function patternsOf<M>(schema: z.ZodType, registry: { get(s: z.ZodType): M | undefined; has(s: z.ZodType): boolean }): { pattern: Pattern; meta: M }[] {
  const out: { pattern: Pattern; meta: M }[] = [];
  const visit = (s: z.ZodType, path: (string | '*')[], depth: number) => {
    if (depth > 12) return;
    if (registry.has(s)) {
      out.push({ pattern: [...path], meta: registry.get(s)! });
      return;
    }
    const def = defOf(s);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
        visit(def.innerType as z.ZodType, path, depth);
        break;
      case 'pipe':
        visit(def.in as z.ZodType, path, depth);
        break;
      case 'union':
        for (const o of def.options as z.ZodType[]) visit(o, path, depth + 1);
        break;
      case 'array':
        visit(def.element as z.ZodType, [...path, '*'], depth + 1);
        break;
      case 'object':
        for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) visit(v, [...path, k], depth + 1);
        break;
    }
  };
  visit(schema, [], 0);
  // A union may reach the same path twice (e.g. findings: Text | {direction, text}).
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = p.pattern.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function patternsByCollection<M>(registry: { get(s: z.ZodType): M | undefined; has(s: z.ZodType): boolean }): Record<CollectionName, { pattern: Pattern; meta: M }[]> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, patternsOf(RECORD_SCHEMAS[c] as z.ZodType, registry)])) as Record<CollectionName, { pattern: Pattern; meta: M }[]>;
}

/**
 * Calls `fn` for every value the pattern reaches in `rec` (skipping absent ones). The path
 * of the value is built only if `fn` asks for it (`path()`), so walking 350,000 records
 * allocates nothing but what findings need.
 */
export function each(rec: unknown, pattern: Pattern, fn: (value: unknown, path: () => PathSeg[]) => void): void {
  // Fast paths: `field` and `field.sub` (most patterns).
  if (pattern.length === 1 && pattern[0] !== '*') {
    const v = (rec as Record<string, unknown>)[pattern[0]];
    if (v !== undefined && v !== null) fn(v, () => [pattern[0]]);
    return;
  }
  const idx: number[] = [];
  const walk = (node: unknown, i: number) => {
    if (node === undefined || node === null) return;
    if (i === pattern.length) {
      const at = idx.slice();
      fn(node, () => {
        let k = 0;
        return pattern.map((seg) => (seg === '*' ? at[k++] : seg));
      });
      return;
    }
    const seg = pattern[i];
    if (seg === '*') {
      if (!Array.isArray(node)) return;
      for (let k = 0; k < node.length; k++) {
        idx.push(k);
        walk(node[k], i + 1);
        idx.pop();
      }
    } else {
      if (typeof node !== 'object' || Array.isArray(node)) return;
      walk((node as Record<string, unknown>)[seg], i + 1);
    }
  };
  walk(rec, 0);
}
