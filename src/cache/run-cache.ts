/**
 * A whole run's result, keyed on everything the result is a function of: every data file's
 * path and content (the read cache's keys), which files could not be read and why, the
 * settings file's text and what it parsed to, the exceptions file's text, the as-of day, the
 * language, `--rule`/`--module`, `--trace`, `--no-exceptions`, the working folder (paths in
 * messages are relative to it) and the running code (build-id.ts). When all of that is the
 * same as a stored run's, the stored findings are the findings: rules are pure functions of
 * (data, as-of, parameters), so nothing a rule could see has changed and no finding can be stale.
 * When anything differs, the rules run on the whole dataset as always (its readings from the
 * read cache), and the result is stored for next time.
 *
 * This is what makes an unchanged repo (a CI rerun, a second `validate` before a commit) cost
 * the hashing of its files: the data is not deserialized, no rule runs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { prehash } from '../load/loader.js';
import { readOptions, runExceptions, validateRepoParallel, wholeRepo, type ValidateOptions } from '../validate.js';
import { exceptionsPath } from '../exceptions/load.js';
import { buildId } from './build-id.js';
import type { ReadCache } from './read-cache.js';
import type { RunResult } from '../engine/run.js';
import type { Dataset } from '../model/dataset.js';

/** What the validate command needs of a run, whether it ran now or was stored. */
export interface ValidateOutcome extends RunResult {
  filesRead: number;
  /** Data files found (read or not). */
  filesFound: number;
  /** The displayed name of a record a finding is about (the xlsx report's column). */
  nameOf(id: string): string | undefined;
  /** True when the result was the stored one (nothing had changed). */
  fromCache: boolean;
}

interface StoredRun {
  result: RunResult;
  names: Record<string, string | null>;
  filesRead: number;
  filesFound: number;
}

function fileBytes(file: string): string {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch (e) {
    return `unreadable ${(e as NodeJS.ErrnoException).code ?? ''}`;
  }
}

/** The key of a whole run (see the module's comment for what goes in). */
export function runKey(opts: ValidateOptions, dataFingerprint: string): string {
  const h = crypto.createHash('sha256');
  const part = (name: string, v: unknown) => h.update(`${name}\0${typeof v === 'string' ? v : JSON.stringify(v ?? null)}\0`);
  part('ereje-run', buildId());
  part('cwd', path.resolve(opts.cwd ?? process.cwd()));
  part('paths', opts.paths);
  part('settings-file', opts.settings.file);
  part('settings-root', opts.settings.root);
  part('settings-text', opts.settings.file ? fileBytes(opts.settings.file) : null);
  part('settings', opts.settings.settings);
  const exc = exceptionsPath(opts.settings);
  part('exceptions', opts.exceptions === false ? 'off' : `${exc}\0${fileBytes(exc)}`);
  part('as-of', opts.asOf);
  part('lang', opts.lang);
  part('rules', opts.onlyRules ?? null);
  part('modules', opts.onlyModules ?? null);
  part('trace', opts.trace === true);
  part('data', dataFingerprint);
  return h.digest('hex');
}

/**
 * `validateRepoParallel` with a cache: the stored result when nothing it depends on changed,
 * else a run (reading through the read cache) whose result is then stored.
 */
export async function validateWithRunCache(opts: ValidateOptions & { cache: ReadCache }, nameOfRecord: (data: Dataset, id: string) => string | undefined): Promise<ValidateOutcome> {
  const exceptions = runExceptions(opts);
  const pre = prehash(opts.paths, { ...readOptions(opts, exceptions), cache: opts.cache });
  const key = runKey(opts, pre.fingerprint);
  const stored = opts.cache.getRun<StoredRun>(key);
  if (stored && stored.result && Array.isArray(stored.result.findings)) {
    for (const k of pre.read.values()) opts.cache.touch(k.key);
    opts.cache.finish(wholeRepo(opts));
    return { ...stored.result, filesRead: stored.filesRead, filesFound: stored.filesFound, nameOf: (id) => stored.names[id] ?? undefined, fromCache: true };
  }
  const run = await validateRepoParallel({ ...opts, prehashed: pre, keepCacheAsIs: true, loadedExceptions: exceptions });
  const names: Record<string, string | null> = {};
  for (const f of [...run.findings, ...(run.suppressed ?? [])]) if (f.subject && !(f.subject in names)) names[f.subject] = nameOfRecord(run.data, f.subject) ?? null;
  const { data, filesRead, ...result } = run;
  opts.cache.putRun(key, { result, names, filesRead, filesFound: data.files.length } satisfies StoredRun);
  opts.cache.finish(wholeRepo(opts)); // after storing, so the run's entry counts in the size bound
  return { ...result, filesRead, filesFound: data.files.length, nameOf: (id) => names[id] ?? undefined, fromCache: false };
}
