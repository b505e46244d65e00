/**
 * Reads the exceptions file with positions: every entry's fields and where each one is, and
 * what is wrong with the file or an entry (reported as exceptions/invalid at its line). Nothing
 * here needs the data; checks that do (the approver is staff, the rule exists) are in apply.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadedSettings } from '../engine/settings.js';
import { EXCEPTIONS_FILE, displayPath, readBounded } from '../load/files.js';
import { decodeUtf8 } from '../load/decode.js';
import { parseYaml, YamlParseError } from '../load/yaml.js';
import { LineIndex, offsetOf } from '../load/positions.js';
import { isValidIsoDate } from '../core/dates.js';
import { suggest } from '../core/suggest.js';
import { ENTRY_FIELDS, REQUIRED_FIELDS, type ExceptionKey } from './format.js';

/** An exceptions file is a few pages; a bigger one is refused like a data file over its limit. */
export const EXCEPTIONS_MAX_BYTES = 16 * 1024 * 1024;

export interface Place {
  line: number;
  column: number;
}

export interface Problem extends Place {
  messageId: string;
  data: Record<string, unknown>;
  subject: string | null;
}

export interface Entry {
  index: number;
  key: ExceptionKey;
  reason: string;
  approvedBy: string;
  approvedOn: string;
  expires: string;
  decision: string | null;
  /** The entry's first line (its `- `). */
  at: Place;
  /** Where a field's value is (its key when absent: the entry). */
  where(field: string): Place;
}

export interface LoadedExceptions {
  /** Absolute path of the file (also when it does not exist yet: where baseline writes). */
  abs: string;
  /** As findings print it. */
  display: string;
  exists: boolean;
  /** Entries that are well-formed (malformed ones are problems, and never applied). */
  entries: Entry[];
  /** How many entries the file lists, well-formed or not. */
  total: number;
  problems: Problem[];
}

/** Where the exceptions file of a data repo is: `exceptions:` in the settings, else beside them. */
export function exceptionsPath(settings: LoadedSettings): string {
  const given = settings.settings.exceptions;
  const base = settings.file ? path.dirname(settings.file) : settings.root;
  return given ? path.resolve(base, given) : path.join(base, EXCEPTIONS_FILE);
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function loadExceptions(settings: LoadedSettings, cwd: string = process.cwd()): LoadedExceptions {
  const abs = exceptionsPath(settings);
  const display = displayPath(abs, cwd);
  const out: LoadedExceptions = { abs, display, exists: false, entries: [], total: 0, problems: [] };
  if (!fs.existsSync(abs)) return out;
  out.exists = true;
  const problem = (messageId: string, data: Record<string, unknown>, at: Place, subject: string | null = null) => out.problems.push({ messageId, data, subject, ...at });

  const read = readBounded(abs, EXCEPTIONS_MAX_BYTES);
  if (!read.ok) {
    problem('syntax', { reason: read.messageId === 'tooLarge' ? `larger than ${EXCEPTIONS_MAX_BYTES / 1024 / 1024} MB` : String(read.data.reason) }, { line: 1, column: 1 });
    return out;
  }
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    problem('syntax', { reason: `not UTF-8 (${decoded.encoding ?? 'unknown encoding'})` }, { line: decoded.line, column: decoded.column });
    return out;
  }
  const lines = new LineIndex(decoded.text);
  let doc: unknown;
  try {
    doc = parseYaml(decoded.text);
  } catch (e) {
    if (!(e instanceof YamlParseError)) throw e;
    const at = e.line !== undefined ? { line: e.line + 1, column: (e.column ?? 0) + 1 } : lines.lineCol(e.offset);
    problem('syntax', { reason: e.reason }, at);
    return out;
  }
  const where = (segs: (string | number)[], key = false): Place => lines.lineCol(offsetOf(doc, segs, 0, key));
  if (doc === null || doc === undefined) return out; // an empty file: no exceptions
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    problem('shape', {}, { line: 1, column: 1 });
    return out;
  }
  const top = doc as Record<string, unknown>;
  for (const k of Object.keys(top)) {
    if (k !== 'exceptions') problem('unknownField', { field: k, suggestion: suggest(k, ['exceptions']) }, where([k], true));
  }
  const list = top.exceptions;
  if (list === null || list === undefined) return out;
  if (!Array.isArray(list)) {
    problem('shape', {}, where(['exceptions'], true));
    return out;
  }
  out.total = list.length;
  list.forEach((raw, index) => {
    const at = where(['exceptions', index]);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problem('missing', { fields: REQUIRED_FIELDS.join(', ') }, at);
      return;
    }
    const e = raw as Record<string, unknown>;
    const subject = isText(e.subject) ? e.subject : null;
    const before = out.problems.length;
    for (const k of Object.keys(e)) {
      if (!(ENTRY_FIELDS as readonly string[]).includes(k)) problem('unknownField', { field: k, suggestion: suggest(k, ENTRY_FIELDS) }, where(['exceptions', index, k], true), subject);
    }
    const missing = REQUIRED_FIELDS.filter((f) => !(f in e) || e[f] === null);
    if (missing.length) problem('missing', { fields: missing.join(', ') }, at, subject);
    for (const f of ['rule', 'subject', 'path', 'period', 'reason', 'approved_by', 'decision'] as const) {
      if (e[f] !== undefined && e[f] !== null && !isText(e[f])) problem('notText', { field: f }, where(['exceptions', index, f]), subject);
    }
    for (const f of ['approved_on', 'expires'] as const) {
      const v = e[f];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || !isValidIsoDate(v)) problem('badDate', { field: f, value: String(v) }, where(['exceptions', index, f]), subject);
    }
    if (out.problems.length > before) return;
    const approvedOn = e.approved_on as string;
    const expires = e.expires as string;
    if (expires < approvedOn) {
      problem('expiresBeforeApproval', { expires, approved: approvedOn }, where(['exceptions', index, 'expires']), subject);
      return;
    }
    const key: ExceptionKey = { rule: (e.rule as string).trim(), subject: (e.subject as string).trim() };
    if (isText(e.path)) key.path = e.path.trim();
    if (isText(e.period)) key.period = e.period.trim();
    out.entries.push({
      index,
      key,
      reason: (e.reason as string).trim(),
      approvedBy: (e.approved_by as string).trim(),
      approvedOn,
      expires,
      decision: isText(e.decision) ? e.decision.trim() : null,
      at,
      where: (field) => where(['exceptions', index, field]),
    });
  });
  return out;
}
