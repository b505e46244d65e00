/** Flag values checked the same way by every command (bad values exit 2 with a clear message). */
import { isValidIsoDate, todayInKazakhstan, type IsoDate } from '../core/dates.js';
import { isLang, systemLang, verbatim, type Lang } from '../core/i18n.js';
import { UsageError } from '../core/errors.js';
import type { LoadedSettings } from '../engine/settings.js';

export function parseDateFlag(flag: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (isValidIsoDate(value)) return value;
  // Echo exactly what was typed; a well-formed day the calendar lacks (2026-02-30) is not a format error.
  throw new UsageError(/^\d{4}-\d{2}-\d{2}$/.test(value) ? 'unreal-date' : 'bad-date', { flag, value: verbatim(value) });
}

export function choice<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError('bad-choice', { flag, value, choices: choices.join(', ') });
  return value as T;
}

export function count(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError('bad-number', { flag, value });
  return Number(value);
}

let resolved: Lang | null = null;

/** The language the running command settled on (errors that end it are said in it too). */
export function resolvedLang(): Lang | null {
  return resolved;
}
export function resetResolvedLang(): void {
  resolved = null;
}

/** --lang, then the settings file, then the system locale, then English. */
export function resolveLang(flag: string | undefined, settings: LoadedSettings | null, env: NodeJS.ProcessEnv): Lang {
  const given = choice('--lang', flag, ['kk', 'ru', 'en'] as const);
  const fromSettings = settings?.settings.language;
  resolved = given ?? (isLang(fromSettings) ? fromSettings : systemLang(env) ?? 'en');
  return resolved;
}

/** --as-of, then the settings file, then today in Kazakhstan (UTC+5). */
export function resolveAsOf(flag: string | undefined, settings: LoadedSettings | null): IsoDate {
  return parseDateFlag('--as-of', flag) ?? settings?.settings.as_of ?? todayInKazakhstan();
}

export const collect = (v: string, prev: string[] = []) => [...prev, v];
