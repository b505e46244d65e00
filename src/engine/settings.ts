/**
 * The settings file, `ereje.yaml` at the data repo's root: which modules and rules run, with
 * which severities and parameters, in which regions; the language and the as-of date; the
 * school-year calendar; and the document theme. Command-line flags override it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CalDate, Period, REGIONS } from '../schema/collections.js';
import { LANGS } from '../core/i18n.js';
import { SEVERITIES } from './findings.js';
import { parseYaml, YamlParseError } from '../load/yaml.js';
import { LineIndex, offsetOf } from '../load/positions.js';
import { addErrorMessages, UsageError } from '../core/errors.js';
import { pickLocalized, type Lang, type Localized } from '../core/i18n.js';
import { reasons, zodReason, type ZodIssueLike } from './settings-reasons.js';
import { suggest } from '../core/suggest.js';
import { decodeUtf8 } from '../load/decode.js';
import { displayPath, readBounded } from '../load/files.js';

export const SETTINGS_FILE = 'ereje.yaml';
/** A settings file is a page or two; anything past this is not one. */
export const SETTINGS_MAX_BYTES = 4 * 1024 * 1024;

const RuleSetting = z.union([
  z.enum(['off', ...SEVERITIES]),
  z.strictObject({
    severity: z.enum(['off', ...SEVERITIES]).optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
]);

const ModuleSetting = z.union([
  z.enum(['on', 'off']),
  z.boolean(),
  z.strictObject({
    enabled: z.boolean().optional(),
    /** Regions that adopted the same regulation, on top of the module's own. */
    extra_regions: z.array(z.enum(REGIONS)).optional(),
    /** Replaces the module's regions altogether. */
    regions: z.array(z.enum(REGIONS)).optional(),
    /** In force from (overrides the module's date). */
    from: CalDate.optional(),
    /** Parameters shared by the module's rules (e.g. cycle_years for both qualification rules). */
    params: z.record(z.string(), z.unknown()).optional(),
  }),
]);

export const SchoolYear = z.strictObject({
  name: z.string(),
  quarters: z.array(Period).length(4),
  source: z.string().optional(),
});

/**
 * The working week and local changes on top of the shipped public holidays and transfers
 * (src/calendar/kz-holidays.yaml): `calendar.working_days` in ereje.yaml.
 */
export const WorkingDaysSettings = z.strictObject({
  /** Five-day week (Saturday and Sunday off, the default) or six-day week (Sunday off). */
  week: z.union([z.literal(5), z.literal(6)]).optional(),
  /** Extra days off: a local holiday, a day the akimat or the centre closed. */
  days_off: z.array(z.union([CalDate, z.strictObject({ date: CalDate, name: z.string().min(1).optional() })])).optional(),
  /** Days worked although they would be off (a decreed working Saturday the file does not know yet). */
  working_days: z.array(CalDate).optional(),
});
export type WorkingDaysSettings = z.infer<typeof WorkingDaysSettings>;

const Millimetres = z.number().min(0).max(100);

/**
 * The document theme (`render:` in ereje.yaml; the same keys as templates/theme.yaml, which
 * gives the defaults). Sizes in points, margins and indents in millimetres; font files are
 * TrueType files relative to the settings file (or an npm package path).
 */
export const RenderSettings = z.strictObject({
  font: z.strictObject({ regular: z.string().min(1).optional(), bold: z.string().min(1).optional() }).optional(),
  size: z.number().min(6).max(36).optional(),
  table_size: z.number().min(6).max(36).optional(),
  small_size: z.number().min(6).max(36).optional(),
  line_spacing: z.number().min(0.8).max(3).optional(),
  paragraph_spacing: z.number().min(0).max(72).optional(),
  indent: Millimetres.optional(),
  margins: z
    .strictObject({ left: Millimetres.optional(), right: Millimetres.optional(), top: Millimetres.optional(), bottom: Millimetres.optional() })
    .optional(),
  /** A folder of the user's own templates, by the same file names as templates/. */
  templates: z.string().min(1).optional(),
  /** Days after an open door day by which its recommendations go out / the council discusses it (when the data has no date yet). */
  recommendations_days: z.number().int().min(0).max(365).optional(),
  council_days: z.number().int().min(0).max(365).optional(),
  /** Days after a landing ends by which its reference (анықтама) is due, when the data has no date yet. */
  reference_days: z.number().int().min(0).max(365).optional(),
  /** A value with no Russian text in a Russian document: print the Kazakh (with a warning), or refuse the document. */
  untranslated: z.enum(['kazakh', 'refuse']).optional(),
  /** An order's list (programme, composition, staff list, designation table) longer than this many entries goes to an appendix page; `appendix:` in the order's data decides for one order. */
  appendix_rows: z.number().int().min(0).max(10000).optional(),
});
export type RenderSettings = z.infer<typeof RenderSettings>;

export const SettingsSchema = z.strictObject({
  language: z.enum(LANGS).optional(),
  as_of: CalDate.optional(),
  modules: z.record(z.string(), ModuleSetting).optional(),
  rules: z.record(z.string(), RuleSetting).optional(),
  calendar: z.strictObject({ school_years: z.array(SchoolYear).optional(), working_days: WorkingDaysSettings.optional() }).optional(),
  render: RenderSettings.optional(),
  /** The exceptions file, relative to this file (default: exceptions.yaml beside it). */
  exceptions: z.string().min(1).optional(),
  limits: z
    .strictObject({
      // A file must fit in one string (V8 allows about 512 MB): 500 MB at most, whatever the setting.
      max_file_bytes: z.number().int().positive().max(500 * 1024 * 1024).optional(),
      max_files: z.number().int().positive().optional(),
      /** Findings shown per rule and file; the rest are counted in one line (default 1000). */
      findings_per_file: z.number().int().positive().optional(),
    })
    .optional(),
  cache: z
    .union([
      z.boolean(),
      z.strictObject({
        enabled: z.boolean().optional(),
        location: z.string().min(1).optional(),
        max_mb: z.number().int().positive().optional(),
      }),
    ])
    .optional()
    .meta({ description: 'Cache what reading each file produces and the result of each run, keyed on content, so an unchanged repo is answered from the stored run (.ereje-cache/ at the data repo root): true, or { enabled, location, max_mb }' }),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SchoolYear = z.infer<typeof SchoolYear>;

export interface LoadedSettings {
  settings: Settings;
  /** Absolute path of the file, when there is one. */
  file: string | null;
  /** The data repo's root: the settings file's folder, or the first path's folder. */
  root: string;
  /** Where a value of the settings file is (for errors found later, e.g. an unknown rule id). */
  where(pathSegs: (string | number)[], key?: boolean): { file: string; line: number; column: number };
}

/**
 * Looks for ereje.yaml in the first path's folder and upward, never past the data repo's
 * boundary: the git repo's root (a folder with .git); outside a git repo, the current folder
 * (when the path is below it) or the path's own folder. A settings file two folders up, in
 * someone else's tree, never turns the checks off.
 */
export function findSettingsFile(paths: readonly string[], cwd: string = process.cwd()): string | null {
  const first = path.resolve(cwd, paths[0] ?? '.');
  let dir = first;
  try {
    if (!fs.statSync(first).isDirectory()) dir = path.dirname(first);
  } catch {
    return null;
  }
  const stop = settingsBoundary(dir, path.resolve(cwd));
  for (;;) {
    const candidate = path.join(dir, SETTINGS_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (dir === stop) return null;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** The highest folder the search may look in (see findSettingsFile). */
export function settingsBoundary(dir: string, cwd: string): string {
  for (let d = dir; ; ) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  const rel = path.relative(cwd, dir);
  const below = rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  return below ? cwd : dir;
}

export function loadSettings(paths: readonly string[], explicit?: string, cwd: string = process.cwd()): LoadedSettings {
  const file = explicit ? path.resolve(cwd, explicit) : findSettingsFile(paths, cwd);
  const firstAbs = path.resolve(cwd, paths[0] ?? '.');
  let root = firstAbs;
  try {
    if (!fs.statSync(firstAbs).isDirectory()) root = path.dirname(firstAbs);
  } catch {
    /* the loader reports the missing path */
  }
  if (!file) {
    return { settings: {}, file: null, root, where: () => ({ file: SETTINGS_FILE, line: 1, column: 1 }) };
  }
  const shown = displayPath(file, cwd);
  // Bounded, regular files only: `--config` naming a pipe or /dev/zero must not hang or fill memory.
  // Confined: an ereje.yaml that is a symbolic link out of the data repo is refused.
  const read = readBounded(file, SETTINGS_MAX_BYTES, { confined: true });
  if (!read.ok) {
    const mbs = SETTINGS_MAX_BYTES / 1024 / 1024;
    const reason = read.messageId === 'tooLarge' ? { kk: `${mbs} МБ-тан үлкен`, ru: `больше ${mbs} МБ`, en: `larger than ${mbs} MB` } : read.data.reason;
    throw new UsageError('settings-unreadable', { file: shown, line: 1, column: 1, reason });
  }
  const bytes = read.bytes;
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    throw new UsageError('settings-unreadable', { file: shown, line: decoded.line, column: decoded.column, reason: { kk: `UTF-8 емес (${decoded.encoding ?? 'белгісіз кодтау'})`, ru: `не UTF-8 (${decoded.encoding ?? 'неизвестная кодировка'})`, en: `not UTF-8 (${decoded.encoding ?? 'unknown encoding'})` } });
  }
  const lines = new LineIndex(decoded.text);
  let doc: unknown;
  try {
    doc = parseYaml(decoded.text) ?? {};
  } catch (e) {
    if (e instanceof YamlParseError) {
      const lc = e.line !== undefined ? { line: e.line + 1, column: (e.column ?? 0) + 1 } : lines.lineCol(e.offset);
      throw new UsageError('settings-unreadable', { file: shown, ...lc, reason: e.reason });
    }
    throw e;
  }
  const where = (segs: (string | number)[], key = false) => ({ file: shown, ...lines.lineCol(offsetOf(doc, segs, 0, key)) });
  const parsed = SettingsSchema.safeParse(JSON.parse(JSON.stringify(doc))); // without the position symbols: z.record rejects symbol keys
  if (!parsed.success) {
    // Every problem at once, each at its place, with a "did you mean" for a mistyped key.
    const problems: SettingsProblem[] = [];
    for (const issue of parsed.error.issues) {
      const segs = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      const name = segs.join('.') || '(top level)';
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(segs);
        for (const key of issue.keys) {
          const hint = suggest(key, known);
          problems.push({ ...where([...segs, key], true), reason: reasons.unknownKey(segs.length ? name : '', key, hint, known) });
        }
      } else if (issue.code === 'invalid_union') {
        problems.push({ ...where(segs), reason: unionExpectation(name, issue.errors, valueAt(doc, segs)) });
      } else {
        const reason = issue.message === 'date' ? reasons.notDate(name) : prefixed(name, zodReason(issue as ZodIssueLike));
        problems.push({ ...where(segs), reason });
      }
    }
    throw new SettingsError(sortProblems(problems));
  }
  return { settings: parsed.data, file, root: path.dirname(file), where };
}

export interface SettingsProblem {
  file: string;
  line: number;
  column: number;
  /** What is wrong, in kk, ru and en (a plain string: the same in every language). */
  reason: string | Localized;
}

addErrorMessages({
  'settings-problems': {
    kk: 'Баптаулар файлында {count} қате:',
    ru: 'В файле настроек ошибок: {count}:',
    en: '{count} problems in the settings file:',
  },
});

export function sortProblems(problems: SettingsProblem[]): SettingsProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Everything wrong with the settings, found in one run: one problem reads as before
 * ("Cannot read the settings file: ereje.yaml:3:3: …"), several as a list, one a line.
 */
export class SettingsError extends UsageError {
  constructor(readonly problems: SettingsProblem[]) {
    super(problems.length === 1 ? 'settings-unreadable' : 'settings-problems', problems.length === 1 ? { ...problems[0] } : { count: problems.length });
  }

  override render(lang: Lang): string {
    if (this.problems.length === 1) return super.render(lang);
    return [super.render(lang), ...this.problems.map((p) => `  ${p.file}:${p.line}:${p.column}: ${typeof p.reason === 'string' ? p.reason : pickLocalized(p.reason, lang)}`)].join('\n');
  }
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let settingsShape: Json | null = null;

/** The keys the settings file knows at a place (its JSON Schema, from the same zod definition). */
function knownKeys(segs: readonly (string | number)[]): string[] {
  settingsShape ??= z.toJSONSchema(SettingsSchema, { io: 'input', unrepresentable: 'any' }) as Json;
  let nodes: Json[] = [settingsShape];
  for (const seg of segs) {
    const next: Json[] = [];
    const expand = (n: Json) => (Array.isArray(n.anyOf) ? n.anyOf : [n]);
    for (const n of nodes.flatMap(expand)) {
      if (typeof seg === 'number' && n.items) next.push(n.items);
      else if (n.properties?.[seg]) next.push(n.properties[seg]);
      else if (n.additionalProperties && typeof n.additionalProperties === 'object') next.push(n.additionalProperties);
    }
    nodes = next;
  }
  return [...new Set(nodes.flatMap((n) => (Array.isArray(n.anyOf) ? n.anyOf : [n])).flatMap((n) => Object.keys(n.properties ?? {})))];
}

function valueAt(doc: unknown, segs: readonly (string | number)[]): unknown {
  let v: unknown = doc;
  for (const s of segs) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

/** "expected on | off, true/false or a mapping" (and a "did you mean" for a mistyped word). */
function unionExpectation(name: string, branches: readonly (readonly { code: string; values?: readonly unknown[]; expected?: string }[])[], value: unknown): Localized {
  const words: string[] = [];
  const kinds: string[] = [];
  for (const b of branches) {
    for (const i of b) {
      if (i.code === 'invalid_value' && i.values) words.push(...i.values.map(String));
      else if (i.code === 'invalid_type' && i.expected) kinds.push(i.expected);
    }
  }
  const hint = typeof value === 'string' ? suggest(value, words) : undefined;
  return reasons.notAllowed(name, value, words, kinds, hint);
}

function prefixed(name: string, r: Localized): Localized {
  return { kk: `${name}: ${r.kk}`, ru: `${name}: ${r.ru}`, en: `${name}: ${r.en}` };
}

