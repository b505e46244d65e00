/**
 * The rules on the data as it would be with the record added — in memory, before anything is
 * written: the data repo is read as `validate` reads it, except that one file's text is the
 * new text (or is added, for a new file: the loader's `override`). Then the findings that the
 * record brings (or removes) are the difference between the run without it and the run with it.
 */
import path from 'node:path';
import { loadRepo, type Loaded } from '../load/loader.js';
import { runChecks, type RunResult } from '../engine/run.js';
import type { Registry } from '../engine/registry.js';
import type { LoadedSettings } from '../engine/settings.js';
import type { Finding } from '../engine/findings.js';
import type { Lang } from '../core/i18n.js';
import type { IsoDate } from '../core/dates.js';
import type { Dataset } from '../model/dataset.js';

export type { Loaded };

/** Reads the data repo; `override` replaces (or adds) one file's text. */
export function loadWith(paths: readonly string[], cwd: string, override?: { abs: string; text: string }, maxFileBytes?: number): Loaded {
  return loadRepo(paths, { cwd, override, limits: { maxFileBytes } });
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
