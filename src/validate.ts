/** The validate pipeline as a library: paths and settings in, findings out. No printing. */
import { loadRepo } from './load/loader.js';
import { runChecks, type RunResult } from './engine/run.js';
import type { Registry } from './engine/registry.js';
import type { LoadedSettings } from './engine/settings.js';
import type { Lang } from './core/i18n.js';
import type { IsoDate } from './core/dates.js';
import type { Dataset } from './model/dataset.js';

export interface ValidateOptions {
  paths: readonly string[];
  settings: LoadedSettings;
  registry: Registry;
  asOf: IsoDate;
  lang: Lang;
  cwd?: string;
  onlyRules?: readonly string[];
  onlyModules?: readonly string[];
}

export function validateRepo(opts: ValidateOptions): RunResult & { data: Dataset } {
  const limits = opts.settings.settings.limits;
  const { data, findings } = loadRepo(opts.paths, {
    cwd: opts.cwd,
    limits: { maxFileBytes: limits?.max_file_bytes, maxFiles: limits?.max_files },
  });
  const result = runChecks({
    registry: opts.registry,
    data,
    loaderFindings: findings,
    settings: opts.settings,
    asOf: opts.asOf,
    lang: opts.lang,
    onlyRules: opts.onlyRules,
    onlyModules: opts.onlyModules,
  });
  return { ...result, data };
}
