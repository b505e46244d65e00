/**
 * The rules on the data as it would be with the record added — in memory, before anything is
 * written: the data repo is read as `validate` reads it, except that one file's text is the
 * new text (or is added, for a new file). Then the findings that the record brings (or
 * removes) are the difference between the run without it and the run with it.
 *
 * This mirrors the in-thread path of src/load/loader.ts (findDataFiles → readDataFile →
 * Dataset); a `loadRepo` option for overridden texts would let it call the loader itself.
 */
import path from 'node:path';
import { findDataFiles, displayPath, readBounded } from '../load/files.js';
import { DEFAULT_MAX_FILE_BYTES } from '../load/loader.js';
import { readDataFile } from '../load/read-file.js';
import { LineIndex } from '../load/positions.js';
import { Dataset, type SourceFile } from '../model/dataset.js';
import { COLLECTIONS } from '../schema/collections.js';
import { runChecks, type RunResult } from '../engine/run.js';
import type { RawFinding } from '../engine/raw.js';
import type { Registry } from '../engine/registry.js';
import type { LoadedSettings } from '../engine/settings.js';
import type { Finding } from '../engine/findings.js';
import type { Lang } from '../core/i18n.js';
import type { IsoDate } from '../core/dates.js';

export interface Loaded {
  data: Dataset;
  findings: RawFinding[];
}

/** Reads the data repo; `override` replaces (or adds) one file's text. */
export function loadWith(paths: readonly string[], cwd: string, override?: { abs: string; text: string }, maxFileBytes: number = DEFAULT_MAX_FILE_BYTES): Loaded {
  const found = findDataFiles(paths.length ? paths : ['.'], cwd);
  if (override && !found.some((f) => f.abs === override.abs)) {
    found.push({ abs: override.abs, display: displayPath(override.abs, cwd) });
    found.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  }
  const files: SourceFile[] = [];
  const findings: RawFinding[] = [];
  const data = new Dataset(files);
  found.forEach((f, i) => {
    const source: SourceFile = { abs: f.abs, display: f.display, text: null, lines: null };
    files.push(source);
    let bytes: Buffer;
    if (override && f.abs === override.abs) bytes = Buffer.from(override.text, 'utf8');
    else {
      // As the loader reads: regular files only, never more than the size limit.
      const read = readBounded(f.abs, maxFileBytes);
      if (!read.ok) {
        const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
        const data = read.messageId === 'tooLarge' ? { size: mb(read.data.size), limit: mb(read.data.limit) } : read.data;
        findings.push({ rule: 'data/syntax', messageId: read.messageId, data, subject: f.display, loc: { file: i, line: 1, column: 1 } });
        return;
      }
      bytes = read.bytes;
    }
    const r = readDataFile(bytes, i, f.display);
    source.text = r.text;
    source.lines = r.text !== null ? new LineIndex(r.text) : null;
    findings.push(...r.findings);
    data.recordCount += r.records.count;
    for (const c of COLLECTIONS) for (const rec of r.records.valid[c] ?? []) data.add(c, rec, true);
    for (const bad of r.records.invalidIds) data.add(bad.collection, bad.rec, false);
  });
  return { data, findings };
}

export interface CheckOptions {
  paths: readonly string[];
  cwd: string;
  settings: LoadedSettings;
  registry: Registry;
  asOf: IsoDate;
  lang: Lang;
}

export function run(opts: CheckOptions, override?: { abs: string; text: string }): RunResult & { data: Dataset } {
  const { data, findings } = loadWith(opts.paths, opts.cwd, override, opts.settings.settings.limits?.max_file_bytes);
  const result = runChecks({ registry: opts.registry, data, loaderFindings: findings, settings: opts.settings, asOf: opts.asOf, lang: opts.lang });
  return { ...result, data };
}

/** What a finding is, wherever it is (lines below an insertion move). */
function key(f: Finding): string {
  return [f.rule, f.severity, f.subject ?? '', f.period ?? '', f.message].join('\u0000');
}

/** Findings of `after` that `before` did not have (and the other way round), as multisets. */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): { added: Finding[]; removed: Finding[] } {
  const count = new Map<string, number>();
  for (const f of before) count.set(key(f), (count.get(key(f)) ?? 0) + 1);
  const added: Finding[] = [];
  for (const f of after) {
    const k = key(f);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else added.push(f);
  }
  const left = new Map(count);
  const removed: Finding[] = [];
  for (const f of before) {
    const k = key(f);
    const n = left.get(k) ?? 0;
    if (n > 0) {
      removed.push(f);
      left.set(k, n - 1);
    }
  }
  return { added, removed };
}

export function absFile(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}
