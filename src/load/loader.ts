/** Reads a data repo: files → records → one Dataset, with the data/* findings of reading. */
import fs from 'node:fs';
import { findDataFiles } from './files.js';
import { readDataFile } from './read-file.js';
import { LineIndex } from './positions.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './yaml.js';
import { Dataset, type SourceFile } from '../model/dataset.js';
import { COLLECTIONS } from '../schema/collections.js';
import type { RawFinding } from '../engine/raw.js';

export interface LoadOptions {
  cwd?: string;
  limits?: Partial<ParseLimits & { maxFileBytes: number; maxFiles: number }>;
}

export interface Loaded {
  data: Dataset;
  findings: RawFinding[];
}

export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
export const DEFAULT_MAX_FILES = 200_000;

export function loadRepo(paths: readonly string[], opts: LoadOptions = {}): Loaded {
  const found = findDataFiles(paths.length ? paths : ['.'], opts.cwd);
  const parseLimits: ParseLimits = { ...DEFAULT_PARSE_LIMITS, ...opts.limits };
  const maxFileBytes = opts.limits?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxFiles = opts.limits?.maxFiles ?? DEFAULT_MAX_FILES;

  const files: SourceFile[] = [];
  const findings: RawFinding[] = [];
  const data = new Dataset(files);

  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const source: SourceFile = { abs: f.abs, display: f.display, text: null, lines: null };
    files.push(source);
    if (i >= maxFiles) {
      findings.push({ rule: 'data/syntax', messageId: 'tooManyFiles', data: { limit: maxFiles }, subject: f.display, loc: { file: i, line: 1, column: 1 } });
      continue;
    }
    let bytes: Buffer;
    try {
      const size = fs.statSync(f.abs).size;
      if (size > maxFileBytes) {
        findings.push({ rule: 'data/syntax', messageId: 'tooLarge', data: { size: mb(size), limit: mb(maxFileBytes) }, subject: f.display, loc: { file: i, line: 1, column: 1 } });
        continue;
      }
      bytes = fs.readFileSync(f.abs);
    } catch (e) {
      findings.push({ rule: 'data/syntax', messageId: 'unreadable', data: { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }, subject: f.display, loc: { file: i, line: 1, column: 1 } });
      continue;
    }
    const result = readDataFile(bytes, i, f.display, parseLimits);
    source.text = result.text;
    source.lines = result.text !== null ? new LineIndex(result.text) : null;
    for (const fd of result.findings) findings.push(fd);
    data.recordCount += result.records.count;
    for (const c of COLLECTIONS) {
      const list = result.records.valid[c];
      if (list) for (const rec of list) data.add(c, rec, true);
    }
    for (const bad of result.records.invalidIds) data.add(bad.collection, bad.rec, false);
  }
  return { data, findings };
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
