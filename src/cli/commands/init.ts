/** `ereje init [DIR]`: a working data repo (see src/init/init.ts). */
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Io } from '../main.js';
import { h, hf } from '../help-text.js';
import { parseDateFlag, resolveLang } from '../options.js';
import { todayInKazakhstan } from '../../core/dates.js';
import { version } from '../../core/version.js';
import { REGIONS, type Region } from '../../schema/regions.js';
import { fmt, pickLocalized, type Localized } from '../../core/i18n.js';
import { displayPath } from '../../load/files.js';

const T: Record<string, Localized> = {
  done: {
    kk: 'Деректер репозиторийі жасалды: {dir}',
    ru: 'Репозиторий данных создан: {dir}',
    en: 'Data repo created: {dir}',
  },
  replaced: { kk: 'ауыстырылды', ru: 'заменён', en: 'replaced' },
  next: {
    kk: 'Келесі қадамдар (ereje PATH-та болса; әйтпесе README.md «ereje орнату» бөлімін қараңыз):\n  cd {dir}\n  ereje validate                     # тексеру (хабарламалар тілі: ereje.yaml, language: {lang})\n  ereje new open-door-day            # жаңа ашық есік күні\n  ereje render order {order} --out documents/   # бұйрық, PDF\n  git init && git add . && git commit -m "ereje init"',
    ru: 'Дальше (если ereje есть в PATH; иначе см. раздел «Установка ereje» в README.md):\n  cd {dir}\n  ereje validate                     # проверка (язык сообщений: ereje.yaml, language: {lang})\n  ereje new open-door-day            # новый день открытых дверей\n  ereje render order {order} --out documents/   # приказ, PDF\n  git init && git add . && git commit -m "ereje init"',
    en: 'Next (with ereje on your PATH; otherwise see "ereje орнату / Установка ereje" in README.md):\n  cd {dir}\n  ereje validate                     # check (messages in the language of ereje.yaml: {lang}; or --lang en)\n  ereje new open-door-day            # a new open door day\n  ereje render order {order} --out documents/   # an order, as PDF\n  git init && git add . && git commit -m "ereje init"',
  },
};

/** The example workbook and its mapping for `ereje import` (src/import/example.ts). */
async function writeImportExample(root: string, region: Region, today: string, force: boolean, cwd: string, result: { written: string[]; replaced: string[] }): Promise<void> {
  const [{ exampleWorkbook, exampleMap, EXAMPLE_WORKBOOK, EXAMPLE_MAP }, { writeFileSafe }, { REGION_NAMES }, fs] = await Promise.all([
    import('../../import/example.js'),
    import('../../core/write.js'),
    import('../../init/templates.js'),
    import('node:fs'),
  ]);
  const prefix = REGION_NAMES[region].prefix;
  const files: [string, string | Uint8Array][] = [
    [EXAMPLE_WORKBOOK, await exampleWorkbook({ region, prefix, today })],
    [EXAMPLE_MAP, exampleMap({ region, prefix })],
  ];
  for (const [rel, data] of files) {
    const file = path.join(root, ...rel.split('/'));
    const existed = fs.existsSync(file);
    writeFileSafe(file, data, { force });
    (existed ? result.replaced : result.written).push(displayPath(file, cwd));
  }
}

export function registerInit(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('init')
    .description(h('init'))
    .argument(hf('[dir]'), h('init [dir]'), '.')
    .addOption(new Option(hf('--region <slug>'), h('init --region')).choices(REGIONS).default('turkistan'))
    .addOption(new Option(hf('--lang <lang>'), h('init --lang')).choices(['kk', 'ru', 'en']))
    .option(hf('--as-of <date>'), h('init --as-of'))
    .option('--force', h('init --force'))
    .addHelpText('after', h('init after'))
    .action(async (dir: string, flags: { region: Region; lang?: string; asOf?: string; force?: boolean }) => {
      const lang = resolveLang(flags.lang, null, io.env);
      const today = parseDateFlag('--as-of', flags.asOf) ?? todayInKazakhstan();
      const [{ initRepo }, { loadRegistry }, { planOrderId }] = await Promise.all([import('../../init/init.js'), import('../../engine/registry.js'), import('../../init/templates.js')]);
      const registry = await loadRegistry();
      const modules = [...registry.modules.values()].map((m) => ({ name: m.name, title: m.title.kk, regions: m.regions, from: m.from }));
      const settingsLang = flags.lang ?? 'kk';
      const result = initRepo({ dir, region: flags.region, lang: settingsLang, today, version: version(), modules, registry, force: flags.force, cwd: io.cwd });
      await writeImportExample(path.resolve(io.cwd, dir), flags.region, today, !!flags.force, io.cwd, result);
      const shown = displayPath(path.resolve(io.cwd, dir), io.cwd);
      const lines = [fmt(pickLocalized(T.done, lang), { dir: shown }, lang)];
      for (const f of result.written) lines.push(`  + ${f}`);
      for (const f of result.replaced) lines.push(`  ~ ${f}  (${pickLocalized(T.replaced, lang)})`);
      lines.push('', fmt(pickLocalized(T.next, lang), { dir: shown, lang: settingsLang, order: planOrderId(flags.region, today) }, lang), '');
      io.out(lines.join('\n'));
      setCode(0);
    });
}
