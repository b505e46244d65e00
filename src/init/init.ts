/**
 * `ereje init [DIR]`: a working data repo — settings, a sample region's data, the editor
 * schemas, a CI workflow, a .gitignore and a short README in Kazakh and Russian. Every file goes
 * through writeFileSafe. A folder that holds anything (other than .git) is refused unless `force`,
 * and then files of the same name are replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError, addErrorMessages } from '../core/errors.js';
import { writeFileSafe } from '../core/write.js';
import { displayPath } from '../load/files.js';
import type { Region } from '../schema/collections.js';
import type { IsoDate } from '../core/dates.js';
import { dataJsonSchema, settingsJsonSchema } from '../schema/json-schema.js';
import { SETTINGS_FILE } from '../engine/settings.js';
import type { Registry } from '../engine/registry.js';
import { isLang, type Lang } from '../core/i18n.js';
import {
  GITIGNORE,
  packageJson,
  SCHEMA_FILE,
  SETTINGS_SCHEMA_FILE,
  VSCODE_EXTENSIONS,
  readme,
  sampleData,
  settingsFile,
  vscodeSettings,
  workflowFile,
  type ModuleInfo,
} from './templates.js';

addErrorMessages({
  'init-not-empty': {
    kk: 'Папка бос емес: {dir} ({entries}). ereje init тек бос папкаға жазады; бәрібір жазу үшін --force (аттас файлдар ауыстырылады)',
    ru: 'Папка не пуста: {dir} ({entries}). ereje init пишет только в пустую папку; чтобы всё равно записать, --force (файлы с теми же именами будут заменены)',
    en: 'The folder is not empty: {dir} ({entries}). ereje init writes only into an empty folder; use --force to write anyway (files of the same name are replaced)',
  },
  'init-not-a-folder': {
    kk: 'Бұл папка емес: {dir}',
    ru: 'Это не папка: {dir}',
    en: 'Not a folder: {dir}',
  },
});

export interface InitOptions {
  dir: string;
  region: Region;
  lang: string;
  today: IsoDate;
  version: string;
  modules: ModuleInfo[];
  /** package.json's name (default: from the region). */
  name?: string;
  /** The rules, so the settings schema names every module, rule and parameter (issue 13). */
  registry?: Registry;
  force?: boolean;
  cwd?: string;
}

export interface InitResult {
  written: string[];
  replaced: string[];
}

/** The files of a new data repo, by path relative to its root. */
export function initFiles(o: Omit<InitOptions, 'dir' | 'force' | 'cwd'>): Record<string, string> {
  const sample = sampleData({ region: o.region, today: o.today });
  return {
    [SETTINGS_FILE]: settingsFile({ region: o.region, lang: o.lang, modules: o.modules }),
    [SCHEMA_FILE]: JSON.stringify(dataJsonSchema('7', { lang: schemaLang(o.lang) }), null, 2) + '\n',
    [SETTINGS_SCHEMA_FILE]: JSON.stringify(settingsJsonSchema('7', { lang: schemaLang(o.lang), registry: o.registry }), null, 2) + '\n',
    [`${o.region}/organizations.yaml`]: sample.organizations,
    [`${o.region}/staff.yaml`]: sample.staff,
    [`${o.region}/orders.yaml`]: sample.orders,
    [`${o.region}/events.yaml`]: sample.events,
    '.github/workflows/ereje.yml': workflowFile({ version: o.version }),
    '.gitignore': GITIGNORE,
    '.vscode/settings.json': vscodeSettings(),
    '.vscode/extensions.json': VSCODE_EXTENSIONS,
    'README.md': readme({ region: o.region, version: o.version, today: o.today }),
    'package.json': packageJson({ name: o.name ?? `${o.region}-methodology-data`, version: o.version }),
  };
}

/** The editor schemas speak the settings' language. */
const schemaLang = (l: string): Lang => (isLang(l) ? l : 'kk');

export function initRepo(o: InitOptions): InitResult {
  const cwd = o.cwd ?? process.cwd();
  const root = path.resolve(cwd, o.dir);
  const shown = displayPath(root, cwd);
  if (fs.existsSync(root)) {
    if (!fs.statSync(root).isDirectory()) throw new UsageError('init-not-a-folder', { dir: shown });
    const entries = fs.readdirSync(root).filter((e) => e !== '.git');
    if (entries.length && !o.force) {
      const list = entries.sort().slice(0, 5).join(', ') + (entries.length > 5 ? ', …' : '');
      throw new UsageError('init-not-empty', { dir: shown, entries: list });
    }
  }
  const result: InitResult = { written: [], replaced: [] };
  const name = o.name ?? (path.basename(root).replace(/^\.+$/, '') || undefined);
  for (const [rel, text] of Object.entries(initFiles({ ...o, name }))) {
    const file = path.join(root, ...rel.split('/'));
    const existed = fs.existsSync(file);
    writeFileSafe(file, text, { force: o.force });
    (existed ? result.replaced : result.written).push(displayPath(file, cwd));
  }
  return result;
}
