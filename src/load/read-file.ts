/**
 * One data file, bytes to checked records: decode, parse with positions, check each record
 * against the schema. A pure function of the file's bytes (no other I/O), so files can be
 * read in any order or in parallel.
 */
import { z } from 'zod';
import { decodeUtf8 } from './decode.js';
import { loadYaml, YamlParseError, type ParseLimits, DEFAULT_PARSE_LIMITS } from './yaml.js';
import { LOC, packLoc, type PathSeg } from './positions.js';
import { COLLECTIONS, RECORD_SCHEMAS, applyDefaults, ID_RE, type CollectionName } from '../schema/collections.js';
import { issueToFinding, quotedKey } from '../schema/issues.js';
import type { RawFinding } from '../engine/raw.js';
import { suggest } from '../core/suggest.js';
import { fastCheck } from '../schema/fast-check.js';
import { localizeReason } from './yaml-reasons.js';
import { FindingBudget } from '../engine/caps.js';

/**
 * What bounds one file's reading: the parser's limits, and (when given) the findings kept per
 * rule: past `findingsPerRule` a finding of the file is only counted, on one summary finding
 * (`omitted`), so a million bad records do not make four million findings in memory. Rules in
 * `uncapped` (an exception names them) are kept whole.
 */
export interface ReadLimits extends ParseLimits {
  findingsPerRule?: number;
  uncapped?: readonly string[];
}

export interface FileRecords {
  /** Valid records per collection, in file order. */
  valid: Partial<Record<CollectionName, Record<string, unknown>[]>>;
  /** Records with schema errors that still carry a usable id (so references to them resolve). */
  invalidIds: { collection: CollectionName; id: string; rec: Record<string, unknown> }[];
  count: number;
}

export interface FileResult {
  text: string | null;
  records: FileRecords;
  findings: RawFinding[];
}

const COLLECTION_LIST: readonly string[] = COLLECTIONS;
const OK = { success: true as const };

export function readDataFile(bytes: Uint8Array, fileIndex: number, display: string, limits: ReadLimits = DEFAULT_PARSE_LIMITS): FileResult {
  const records: FileRecords = { valid: {}, invalidIds: [], count: 0 };
  const kept: RawFinding[] = [];
  const budget = limits.findingsPerRule !== undefined ? new FindingBudget(limits.findingsPerRule, new Set(limits.uncapped ?? [])) : null;
  // Every finding goes through the budget: kept, made the summary line, or only counted.
  const findings = {
    push(f: RawFinding): void {
      const a = budget ? budget.admit(f.rule, fileIndex, f.messageId) : 'keep';
      if (a === 'keep') kept.push(f);
      else if (a === 'summary') kept.push(budget!.summarize(f, fileIndex));
    },
  };

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    findings.push({
      rule: 'data/encoding',
      messageId: decoded.encoding ? 'notUtf8' : 'notUtf8Unknown',
      data: { encoding: decoded.encoding ?? '?', file: display },
      subject: display,
      loc: { file: fileIndex, line: decoded.line, column: decoded.column },
    });
    return { text: null, records, findings: kept };
  }
  const text = decoded.text;
  // A BOM past the start (two files joined): named where it is, before YAML trips over it.
  const bomAt = text.indexOf('\uFEFF');
  if (bomAt >= 0) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < bomAt; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    findings.push({ rule: 'data/encoding', messageId: 'innerBom', data: {}, subject: display, loc: { file: fileIndex, line, column: [...text.slice(lineStart, bomAt)].length + 1 } });
  }

  let doc: unknown;
  try {
    doc = loadYaml(text, limits);
  } catch (e) {
    if (!(e instanceof YamlParseError)) throw e;
    const loc = e.line !== undefined
      ? { file: fileIndex, line: e.line + 1, column: (e.column ?? 0) + 1 }
      : { file: fileIndex, offset: e.offset };
    findings.push({
      rule: 'data/syntax',
      messageId: e.kind === 'syntax' ? 'syntax' : e.kind === 'depth' ? 'depth' : 'aliases',
      data: { reason: localizeReason(e.reason), limit: e.kind === 'depth' ? limits.maxDepth : limits.maxAliasExpansion },
      subject: display,
      loc,
    });
    return { text, records, findings: kept };
  }

  if (doc === undefined || doc === null) return { text, records, findings: kept }; // empty file
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    findings.push({ rule: 'data/schema', messageId: 'topLevel', data: {}, subject: display, loc: { file: fileIndex, path: [] } });
    return { text, records, findings: kept };
  }

  const top = doc as Record<string, unknown>;
  const topKeys = Object.keys(top);
  for (let k = 0; k < topKeys.length; k++) {
    const name = topKeys[k];
    if (!COLLECTION_LIST.includes(name)) {
      findings.push({
        rule: 'data/schema',
        messageId: 'unknownCollection',
        data: { key: quotedKey(name), known: COLLECTIONS, suggestion: suggest(name, COLLECTIONS) },
        subject: display,
        loc: { file: fileIndex, path: [name], key: true },
      });
      continue;
    }
    const collection = name as CollectionName;
    const collIdx = COLLECTION_LIST.indexOf(name);
    const list = top[name];
    if (list === null || list === undefined) continue; // `staff:` with nothing under it
    if (!Array.isArray(list)) {
      findings.push({
        rule: 'data/schema',
        messageId: 'notAList',
        data: { collection },
        subject: display,
        loc: { file: fileIndex, path: [name] },
      });
      continue;
    }
    const schema: z.ZodType = RECORD_SCHEMAS[collection];
    const fast = fastCheck(collection);
    const out = (records.valid[collection] ??= []);
    for (let i = 0; i < list.length; i++) {
      const rec = list[i] as Record<string | symbol, unknown>;
      records.count++;
      if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
        findings.push({
          rule: 'data/schema',
          messageId: 'notARecord',
          data: { collection },
          subject: display,
          loc: { file: fileIndex, path: [name, i] },
        });
        continue;
      }
      rec[LOC] = packLoc(fileIndex, collIdx, i);
      // Past the cap for data/schema in this file, a record's issues are only counted (its
      // messages share one severity): zod's payload-level run, one parse, no error built.
      const counting = budget?.full('data/schema', fileIndex) ?? false;
      const quick = fast !== null && fast(rec);
      const issues = quick ? 0 : counting ? rawIssueCount(schema, rec) : -1;
      const result = quick || issues === 0 ? OK : issues > 0 ? null : schema.safeParse(rec);
      if (result?.success) {
        applyDefaults(collection, rec as Record<string, unknown>);
        out.push(rec as Record<string, unknown>);
        continue;
      }
      const id = typeof rec.id === 'string' && ID_RE.test(rec.id) ? rec.id : null;
      if (id) records.invalidIds.push({ collection, id, rec: rec as Record<string, unknown> });
      if (result === null) budget!.countMore('data/schema', fileIndex, issues);
      else if (counting) budget!.countMore('data/schema', fileIndex, result.error.issues.length);
      else for (const issue of result.error.issues) findings.push(issueToFinding(issue, rec as Record<string, unknown>, collection, id ?? display, fileIndex, [name, i]));
    }
  }
  return { text, records, findings: kept };
}

/**
 * How many issues zod finds in a value, without building an error (zod builds the error, every
 * issue's message and a stack, on the first read of `error`: most of the cost of a bad record).
 * Uses `_zod.run`, the payload-level parse zod's own safeParse calls; -1 when it is not there
 * (or answers asynchronously), and the caller parses the usual way.
 */
function rawIssueCount(schema: z.ZodType, rec: unknown): number {
  const run = (schema as unknown as { _zod?: { run?: (p: { value: unknown; issues: unknown[] }, ctx: { async: false }) => unknown } })._zod?.run;
  if (typeof run !== 'function') return -1;
  const r = run({ value: rec, issues: [] }, { async: false }) as { issues?: unknown[] } | Promise<unknown>;
  return r instanceof Promise || !Array.isArray(r.issues) ? -1 : r.issues.length;
}

export type { PathSeg };
