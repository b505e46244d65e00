/** zod issues → data/schema findings that say what to change, where, in the user's words. */
import { codePoint, isInvisible, oddChars } from '../core/chars.js';
import type { z } from 'zod';
import type { core } from 'zod';
import type { PathSeg } from '../load/positions.js';
import { RECORD_SCHEMAS, dateRegistry, textRegistry, type CollectionName } from './collections.js';
import { suggest } from '../core/suggest.js';
import type { RawFinding } from '../engine/raw.js';

type Issue = core.$ZodIssue;

export function fieldPath(path: readonly PathSeg[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s === '' ? shownKey(seg) : `.${shownKey(seg)}`;
  return s;
}

/** js-yaml turns a mapping used as a key (`? a: b`, `{ a: b }: c`) into the text "[object Object]": show what it was. */
export function shownKey(key: string): string {
  return key === '[object Object]' ? '{…}' : escapeInvisible(key);
}

/** A key as a message quotes it: keys are ASCII, so a look-alike or invisible character is named with its place. */
export function quotedKey(key: string): string {
  return key === '[object Object]' ? '{…}' : escapeInvisible(key) + oddChars(key, true);
}

/** The text with invisible characters shown as ⟨U+200B⟩ (so the quoted key is not blank or broken). */
function escapeInvisible(s: string): string {
  let out = '';
  for (const ch of s) out += isInvisible(ch.codePointAt(0)!) ? `⟨${codePoint(ch.codePointAt(0)!)}⟩` : ch;
  return out;
}

function valueAt(rec: unknown, path: readonly PathSeg[]): unknown {
  let v = rec as Record<string | number, unknown> | undefined;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[seg] as Record<string | number, unknown> | undefined;
  }
  return v;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  if (typeof v === 'string') return 'text';
  return typeof v;
}

/** The zod schema at a path inside a record schema (through optional, nullable, array, union). */
export function schemaAt(schema: z.ZodType, path: readonly PathSeg[]): z.ZodType[] {
  let current: z.ZodType[] = [schema];
  for (const seg of path) {
    const next: z.ZodType[] = [];
    for (const s of current.flatMap(unwrap)) {
      const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      if (def.type === 'object' && typeof seg === 'string') {
        const shape = def.shape as Record<string, z.ZodType>;
        if (shape[seg]) next.push(shape[seg]);
      } else if (def.type === 'array' && typeof seg === 'number') {
        next.push(def.element as z.ZodType);
      }
    }
    current = next;
  }
  return current.flatMap(unwrap);
}

function unwrap(s: z.ZodType): z.ZodType[] {
  const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return unwrap(def.innerType as z.ZodType);
    case 'pipe':
      return unwrap(def.in as z.ZodType);
    case 'union':
      return (def.options as z.ZodType[]).flatMap(unwrap);
    default:
      return [s];
  }
}

function knownKeys(schema: z.ZodType, path: readonly PathSeg[]): string[] {
  const keys = new Set<string>();
  for (const s of schemaAt(schema, path)) {
    const def = (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') for (const k of Object.keys(def.shape as object)) keys.add(k);
  }
  return [...keys];
}

function expectedKind(schema: z.ZodType, path: readonly PathSeg[], fallback: string): string {
  for (const s of schemaAt(schema, path)) {
    if (dateRegistry.has(s)) return 'date';
  }
  const at = schemaAt(schema, path.slice(0, -1));
  void at;
  return fallback;
}

export function issueToFinding(
  issue: Issue,
  rec: Record<string, unknown>,
  collection: CollectionName,
  subject: string,
  file: number,
  recPath: readonly PathSeg[],
): RawFinding {
  const path = issue.path.filter((s): s is PathSeg => typeof s !== 'symbol');
  const schema = RECORD_SCHEMAS[collection] as z.ZodType;
  const field = fieldPath(path);
  const value = valueAt(rec, path);
  const at = (p: readonly PathSeg[], key = false) => ({ file, path: [...recPath, ...p], key });
  const base = { rule: 'data/schema', subject, loc: at(path) } as const;

  // A required field that is not there at all is "missing", whatever its type (for text fields
  // zod reports a failed union: it said 'expected text, found "undefined"').
  if (value === undefined && issue.code !== 'unrecognized_keys' && path.length > 0) {
    const parent = valueAt(rec, path.slice(0, -1));
    if (parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.prototype.hasOwnProperty.call(parent, path[path.length - 1])) {
      return { ...base, loc: at(path.slice(0, -1)), messageId: 'missing', data: { field, collection } };
    }
  }

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema, path);
      const key = issue.keys[0];
      return {
        ...base,
        loc: at([...path, key], true),
        messageId: 'unknownKey',
        data: { field: fieldPath([...path, key]), key: quotedKey(key), keys: issue.keys.map(shownKey), suggestion: suggest(key, known), known },
      };
    }
    case 'invalid_type': {
      if (value === undefined) {
        return { ...base, loc: at(path.slice(0, -1)), messageId: 'missing', data: { field, collection } };
      }
      const expected = expectedKind(schema, path, issue.expected === 'array' ? 'list' : issue.expected === 'object' ? 'mapping' : issue.expected === 'string' ? 'text' : issue.expected);
      return { ...base, messageId: 'type', data: { field, expected, found: kindOf(value), value: short(value) } };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      return {
        ...base,
        messageId: 'enum',
        data: { field, value: (typeof value === 'string' ? escapeInvisible(short(value)) + oddChars(value, true) : short(value)), values, suggestion: typeof value === 'string' ? suggest(value, values) : undefined },
      };
    }
    case 'invalid_format':
    case 'custom': {
      const kind = issue.message;
      if (kind === 'date') {
        return { ...base, messageId: typeof value === 'string' ? 'date' : 'type', data: { field, value: short(value), expected: 'date', found: kindOf(value) } };
      }
      if (kind === 'id') return { ...base, messageId: 'id', data: { field, value: typeof value === 'string' ? escapeInvisible(short(value)) + oddChars(value, true) : short(value) } };
      if (kind === 'time') return { ...base, messageId: 'time', data: { field, value: short(value) } };
      if (kind === 'period-order') return { ...base, loc: at(path.slice(0, -1)), messageId: 'periodOrder', data: { field: fieldPath(path.slice(0, -1)) } };
      return { ...base, messageId: 'other', data: { field, detail: issue.message } };
    }
    case 'invalid_union': {
      const isText = schemaAt(schema, path).some((s) => textRegistry.has(s)) || value !== null && typeof value === 'object' && !Array.isArray(value) && ('kk' in value || 'ru' in value);
      if (isText) {
        // Text: a string, or { kk, ru } — point at the inner fault if the mapping form was meant.
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          const bad = Object.keys(value).find((k) => k !== 'kk' && k !== 'ru');
          if (bad) {
            return { ...base, loc: at([...path, bad], true), messageId: 'unknownKey', data: { field: fieldPath([...path, bad]), key: quotedKey(bad), suggestion: suggest(bad, ['kk', 'ru']), known: ['kk', 'ru'] } };
          }
        }
        return { ...base, messageId: 'text', data: { field, found: kindOf(value) } };
      }
      return { ...base, messageId: 'type', data: { field, expected: 'text', found: kindOf(value), value: short(value) } };
    }
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      return { ...base, messageId: issue.code === 'too_small' ? 'tooSmall' : 'tooBig', data: { field, value: short(value), limit: String(limit) } };
    }
    default:
      return { ...base, messageId: 'other', data: { field, detail: issue.message } };
  }
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : preview(v, 60);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/**
 * A value as JSON-like text, cut soon after `max` characters: it walks no more of the value
 * than it shows (a value may be huge, or the same list aliased over and over).
 */
function preview(v: unknown, max: number): string {
  let out = '';
  const walk = (x: unknown): boolean => {
    if (x === null || typeof x !== 'object') {
      out += typeof x === 'number' ? String(x) : JSON.stringify(typeof x === 'string' && x.length > max ? x.slice(0, max) : x) ?? String(x);
    } else if (Array.isArray(x)) {
      out += '[';
      for (let i = 0; i < x.length; i++) {
        if (i) out += ',';
        if (!walk(x[i])) return false;
      }
      out += ']';
    } else {
      out += '{';
      let first = true;
      for (const k of Object.keys(x)) {
        out += `${first ? '' : ','}${JSON.stringify(shownKey(k))}:`;
        first = false;
        if (!walk((x as Record<string, unknown>)[k])) return false;
      }
      out += '}';
    }
    return out.length <= max;
  };
  walk(v);
  return out;
}
