/**
 * The theme: fonts, sizes, margins. templates/theme.yaml gives the defaults (a Times-like serif
 * 14 pt, margins left 30 mm, right 10 mm, top and bottom 20 mm); the `render:` section of
 * ereje.yaml overrides any of them, e.g. to point at the user's own Times New Roman.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import jsyaml from 'js-yaml';
import { RenderSettings, type LoadedSettings } from '../engine/settings.js';
import { UsageError } from '../core/errors.js';
import { displayPath } from '../load/files.js';

export interface Theme {
  font: { regular: string; bold: string };
  /** body text, pt */
  size: number;
  /** tables, pt */
  tableSize: number;
  /** header, acquaintance list, page numbers, pt */
  smallSize: number;
  lineSpacing: number;
  /** space after a paragraph, pt */
  paragraphSpacing: number;
  /** first-line indent, mm */
  indent: number;
  /** mm */
  margins: { left: number; right: number; top: number; bottom: number };
  /** the user's own templates folder (absolute), if any */
  templates: string | null;
  recommendationsDays: number;
  councilDays: number;
  referenceDays: number;
  /** a value without Russian in a Russian document: print the Kazakh with a warning, or refuse */
  untranslated: 'kazakh' | 'refuse';
  /** an order's list longer than this goes to an appendix page (unless the order's `appendix:` says otherwise) */
  appendixRows: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The package's templates/ folder (src/render → ../../templates; dist/src/render → ../../../templates). */
export function builtinTemplatesDir(): string {
  for (const rel of ['../../templates', '../../../templates']) {
    const dir = path.resolve(here, rel);
    if (fs.existsSync(path.join(dir, 'theme.yaml'))) return dir;
  }
  throw new Error('templates/theme.yaml not found next to the ereje package');
}

const requireHere = createRequire(import.meta.url);

/** A font given as an npm package path ("@expo-google-fonts/tinos/…ttf") or a file relative to `base`. */
export function resolveFontPath(spec: string, base: string): string {
  if (spec.startsWith('@') || (!spec.startsWith('.') && !path.isAbsolute(spec) && !fs.existsSync(path.resolve(base, spec)))) {
    try {
      return requireHere.resolve(spec);
    } catch {
      /* fall through: reported as a missing file */
    }
  }
  return path.resolve(base, spec);
}

let builtin: { settings: RenderSettings; dir: string } | null = null;

function builtinTheme(): { settings: RenderSettings; dir: string } {
  if (builtin) return builtin;
  const dir = builtinTemplatesDir();
  const file = path.join(dir, 'theme.yaml');
  const parsed = RenderSettings.safeParse(jsyaml.load(fs.readFileSync(file, 'utf8'), { schema: jsyaml.CORE_SCHEMA }) ?? {});
  if (!parsed.success) throw new UsageError('settings-unreadable', { file: displayPath(file), line: 1, column: 1, reason: parsed.error.issues[0]?.message });
  return (builtin = { settings: parsed.data, dir });
}

export function loadTheme(settings: LoadedSettings | null): Theme {
  const base = builtinTheme();
  const user = settings?.settings.render ?? {};
  const userDir = settings?.file ? path.dirname(settings.file) : settings?.root ?? process.cwd();
  const b = base.settings;
  const pick = <K extends keyof RenderSettings>(k: K): RenderSettings[K] => (user[k] !== undefined ? user[k] : b[k]);
  const fontOf = (w: 'regular' | 'bold'): string => {
    const u = user.font?.[w];
    if (u) return resolveFontPath(u, userDir);
    const d = b.font?.[w];
    if (!d) throw new Error(`templates/theme.yaml: font.${w} is missing`);
    return resolveFontPath(d, base.dir);
  };
  return {
    font: { regular: fontOf('regular'), bold: fontOf('bold') },
    size: pick('size') ?? 14,
    tableSize: pick('table_size') ?? 12,
    smallSize: pick('small_size') ?? 12,
    lineSpacing: pick('line_spacing') ?? 1,
    paragraphSpacing: pick('paragraph_spacing') ?? 0,
    indent: pick('indent') ?? 12.5,
    margins: {
      left: user.margins?.left ?? b.margins?.left ?? 30,
      right: user.margins?.right ?? b.margins?.right ?? 10,
      top: user.margins?.top ?? b.margins?.top ?? 20,
      bottom: user.margins?.bottom ?? b.margins?.bottom ?? 20,
    },
    templates: user.templates ? path.resolve(userDir, user.templates) : null,
    recommendationsDays: pick('recommendations_days') ?? 7,
    councilDays: pick('council_days') ?? 14,
    referenceDays: pick('reference_days') ?? 7,
    untranslated: user.untranslated ?? 'kazakh',
    appendixRows: pick('appendix_rows') ?? 10,
  };
}
