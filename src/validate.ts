/** The validate pipeline as a library: paths and settings in, findings out. No printing. */
import { loadRepo, loadRepoParallel, prefetchPositions, type LoadOptions, type Prehashed } from './load/loader.js';
import { checkRaw, finalize, placesOf, runChecks, type RunResult } from './engine/run.js';
import type { Loc } from './engine/findings.js';
import type { Registry } from './engine/registry.js';
import type { LoadedSettings } from './engine/settings.js';
import type { Lang } from './core/i18n.js';
import type { IsoDate } from './core/dates.js';
import type { Dataset } from './model/dataset.js';
import { capFindings, DEFAULT_FINDINGS_PER_RULE_FILE } from './engine/caps.js';
import { exceptionsPath, loadExceptions, type LoadedExceptions } from './exceptions/load.js';
import { applyExceptions } from './exceptions/apply.js';
import type { ReadCache } from './cache/read-cache.js';
import path from 'node:path';

export interface ValidateOptions {
  paths: readonly string[];
  settings: LoadedSettings;
  registry: Registry;
  asOf: IsoDate;
  lang: Lang;
  cwd?: string;
  onlyRules?: readonly string[];
  onlyModules?: readonly string[];
  /** Threads for reading (validateRepoParallel): default the machine's cores. */
  jobs?: number;
  /** Apply the exceptions file (default true; `--no-exceptions` turns it off for one run). */
  exceptions?: boolean;
  /** Build each finding's trace (--trace, why, the HTML report). */
  trace?: boolean;
  /** A content-keyed cache of readings (--cache); housekept after the run. */
  cache?: ReadCache;
  /** The data already found, read and hashed with `readOptions` (src/cache/run-cache.ts). */
  prehashed?: Prehashed;
  /** Leave the cache's housekeeping to the caller (the run cache does it once, after storing the run). */
  keepCacheAsIs?: boolean;
  /** The exceptions file, already read by the caller (the run cache reads it for its key). */
  loadedExceptions?: LoadedExceptions | null;
}

/** The exceptions file for a run: none with --no-exceptions, else as the caller read it or read now. */
export function runExceptions(opts: ValidateOptions): LoadedExceptions | null {
  if (opts.exceptions === false) return null;
  return opts.loadedExceptions !== undefined ? opts.loadedExceptions : loadExceptions(opts.settings, opts.cwd);
}

/** How the data is read for a run: the limits, the caps at the source, the exceptions file left out. */
export function readOptions(opts: ValidateOptions, exceptions: LoadedExceptions | null): LoadOptions {
  const limits = opts.settings.settings.limits;
  const cap = sourceCap(opts, exceptions);
  return {
    cwd: opts.cwd,
    limits: { maxFileBytes: limits?.max_file_bytes, maxFiles: limits?.max_files, findingsPerRule: cap.perRuleFile, uncapped: [...cap.uncapped] },
    exclude: [exceptionsPath(opts.settings)],
    cache: opts.cache,
    prehashed: opts.prehashed,
  };
}

/** The run read the whole data repo (so the cache may forget files it did not see). */
export function wholeRepo(opts: ValidateOptions): boolean {
  const root = path.resolve(opts.settings.root);
  return opts.paths.length > 0 && opts.paths.some((p) => path.resolve(opts.cwd ?? process.cwd(), p) === root);
}

/** At most limits.findings_per_file findings of a rule in a file, after the exceptions (the summary counts them all). */
function capped(result: RunResult, opts: ValidateOptions): RunResult {
  return { ...result, findings: capFindings(result.findings, opts.settings.settings.limits?.findings_per_file ?? DEFAULT_FINDINGS_PER_RULE_FILE, opts.lang) };
}

/** The exceptions file applied to a run (src/exceptions): suppressed findings, expired and unused entries. */
function withExceptions(result: RunResult, data: Dataset, opts: ValidateOptions, loaded: LoadedExceptions | null): RunResult {
  if (opts.exceptions === false || !loaded) return { ...result, modules: result.modules.map((m) => (m.name === 'exceptions' ? { ...m, enabled: false, records: 0 } : m)) };
  return applyExceptions(result, loaded, { ...opts, data, cwd: opts.cwd }).result;
}

/**
 * Findings are capped per rule and file as they are produced (a file of a million bad records
 * holds a thousand findings and a count, not four million), except the rules an exception
 * names: those are kept whole until the exceptions are applied, then capped.
 */
function sourceCap(opts: ValidateOptions, loaded: LoadedExceptions | null): { perRuleFile: number; uncapped: Set<string> } {
  return {
    perRuleFile: opts.settings.settings.limits?.findings_per_file ?? DEFAULT_FINDINGS_PER_RULE_FILE,
    uncapped: new Set(loaded?.entries.map((e) => e.key.rule) ?? []),
  };
}

export function validateRepo(opts: ValidateOptions): RunResult & { data: Dataset; filesRead: number } {
  const exceptions = runExceptions(opts);
  const cap = sourceCap(opts, exceptions);
  const { data, findings, filesRead } = loadRepo(opts.paths, readOptions(opts, exceptions));
  if (!opts.keepCacheAsIs) opts.cache?.finish(wholeRepo(opts));
  const result = runChecks({
    registry: opts.registry,
    data,
    loaderFindings: findings,
    settings: opts.settings,
    asOf: opts.asOf,
    lang: opts.lang,
    onlyRules: opts.onlyRules,
    onlyModules: opts.onlyModules,
    trace: opts.trace,
    perRuleFile: Number.MAX_SAFE_INTEGER, // capped after the exceptions, so the totals stay true
    capAtSource: cap,
  });
  return { ...capped(withExceptions(result, data, opts, exceptions), opts), data, filesRead };
}

/**
 * The same, spreading the reading (and the positions of findings) over worker threads when
 * the data is large enough for it to pay. Same findings, same order.
 */
export async function validateRepoParallel(opts: ValidateOptions): Promise<RunResult & { data: Dataset; filesRead: number }> {
  const exceptions = runExceptions(opts);
  const cap = sourceCap(opts, exceptions);
  const { data, findings, pool, filesRead } = await loadRepoParallel(opts.paths, { ...readOptions(opts, exceptions), jobs: opts.jobs });
  if (!opts.keepCacheAsIs) opts.cache?.finish(wholeRepo(opts));
  try {
    const run = checkRaw({
      registry: opts.registry,
      data,
      loaderFindings: findings,
      settings: opts.settings,
      asOf: opts.asOf,
      onlyRules: opts.onlyRules,
      onlyModules: opts.onlyModules,
      trace: opts.trace,
      capAtSource: cap,
    });
    const places = placesOf(run).filter((l): l is Extract<Loc, { path: readonly (string | number)[] }> => 'path' in l);
    await prefetchPositions(data, places, pool);
    return { ...capped(withExceptions(finalize(run, opts.registry, data, opts.lang, Number.MAX_SAFE_INTEGER), data, opts, exceptions), opts), data, filesRead };
  } finally {
    await pool?.close();
  }
}
