/** `ereje validate [PATH…]`: read, check, report. */
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Io } from '../main.js';
import { h, hf } from '../help-text.js';
import { collect, choice, count, resolveAsOf, resolveLang } from '../options.js';
import { atLeast, SEVERITIES, type Severity } from '../../engine/findings.js';
import { version } from '../../core/version.js';
import { EXIT, UsageError, addErrorMessages } from '../../core/errors.js';
import { pickLocalized, pickText, type Lang } from '../../core/i18n.js';
import type { ValidateOutcome } from '../../cache/run-cache.js';

const NOTHING_READ = {
  kk: 'ешбір файл оқылмады — тексеру жүрмеді (себептері жоғарыда)',
  ru: 'ни один файл не прочитан — проверка не выполнена (причины выше)',
  en: 'no file could be read, so nothing was checked (the reasons are above)',
};

addErrorMessages({
  'no-data': {
    kk: 'Деректер жоқ: {paths} ішінде бірде-бір YAML файл (*.yaml, *.yml) табылмады. Қалта дұрыс па? Бос репозиторий әдейі болса: --allow-empty',
    ru: 'Нет данных: в {paths} не найдено ни одного YAML-файла (*.yaml, *.yml). Верна ли папка? Если репозиторий пуст намеренно: --allow-empty',
    en: 'No data: no YAML file (*.yaml, *.yml) found in {paths}. Is this the right folder? If an empty data repo is intended: --allow-empty',
  },
  'format-needs-output': {
    kk: '--format {format} файлға жазылады: --output FILE беріңіз',
    ru: '--format {format} пишется в файл: укажите --output FILE',
    en: '--format {format} is written to a file: give --output FILE',
  },
});

/** A record's name (or title, or topic) in the report's language. */
function recordName(rec: Record<string, unknown> | undefined, lang: Lang): string | undefined {
  if (!rec) return undefined;
  const t = rec.name ?? rec.title ?? rec.topic;
  if (typeof t === 'string' || (t && typeof t === 'object')) return pickText(t as string | { kk?: string; ru?: string }, lang) || undefined;
  return undefined;
}

/** Report formats (the formatters themselves load only when a command runs). */
export const FORMATS = ['pretty', 'json', 'sarif', 'junit', 'github', 'html', 'xlsx'] as const;

interface ValidateFlags {
  asOf?: string;
  format?: string;
  output?: string;
  rule?: string[];
  module?: string[];
  failOn?: string;
  maxWarnings?: string;
  lang?: string;
  config?: string;
  force?: boolean;
  color?: boolean;
  jobs?: string;
  allowEmpty?: boolean;
  exceptions?: boolean;
  showSuppressed?: boolean;
  trace?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

export function registerValidate(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('validate')
    .description(h('validate'))
    .argument(hf('[paths...]'), h('common paths'), [])
    .option(hf('--as-of <date>'), h('common --as-of'))
    .addOption(new Option(hf('--format <format>'), h('validate --format')).choices([...FORMATS]).default('pretty'))
    .option(hf('-o, --output <file>'), h('validate --output'))
    .option(hf('--rule <id>'), h('validate --rule'), collect)
    .option(hf('--module <name>'), h('validate --module'), collect)
    .option(hf('--fail-on <level>'), h('validate --fail-on'), 'error')
    .option(hf('--max-warnings <n>'), h('validate --max-warnings'))
    .option(hf('--lang <lang>'), h('common --lang messages'))
    .option(hf('--config <file>'), h('common --config'))
    .option('--force', h('common --force output'))
    .option(hf('--jobs <n>'), h('validate --jobs'))
    .option('--allow-empty', h('validate --allow-empty'))
    .option('--no-exceptions', h('validate --no-exceptions'))
    .option('--show-suppressed', h('validate --show-suppressed'))
    .option('--cache', h('validate --cache'))
    .option('--no-cache', h('validate --no-cache'))
    .option(hf('--cache-location <dir>'), h('validate --cache-location'))
    .option('--trace', h('validate --trace'))
    .option('--no-color', h('validate --no-color'))
    .addHelpText('after', h('validate after'))
    .action(async (paths: string[], flags: ValidateFlags) => {
      const [{ loadSettings }, { loadRegistry }, { validateRepoParallel }, { STREAMERS, BINARY_FORMATTERS }, { writeFileSafe }] = await Promise.all([
        import('../../engine/settings.js'),
        import('../../engine/registry.js'),
        import('../../validate.js'),
        import('../../report/index.js'),
        import('../../core/write.js'),
      ]);
      const { reportTarget } = await import('../../report/target.js');
      const failOn = choice('--fail-on', flags.failOn, SEVERITIES) ?? 'error';
      const binary = Object.hasOwn(BINARY_FORMATTERS, flags.format ?? 'pretty') ? BINARY_FORMATTERS[flags.format!] : undefined;
      if (binary && flags.output === undefined) throw new UsageError('format-needs-output', { format: flags.format });
      const maxWarnings = count('--max-warnings', flags.maxWarnings);
      const given = paths.length ? paths : ['.'];
      const settings = loadSettings(given, flags.config, io.cwd);
      const lang = resolveLang(flags.lang, settings, io.env);
      const asOf = resolveAsOf(flags.asOf, settings);
      const registry = await loadRegistry();
      const jobs = count('--jobs', flags.jobs);
      const cache = await openCache(flags, settings, io.cwd);
      const runOpts = { paths: given, settings, registry, asOf, lang, cwd: io.cwd, onlyRules: flags.rule, onlyModules: flags.module, jobs: jobs === 0 ? undefined : jobs, trace: flags.trace === true || flags.format === 'html', exceptions: flags.exceptions };
      // With a cache, a run whose every input is unchanged is the stored result (src/cache/run-cache.ts).
      const result: ValidateOutcome = cache
        ? await (await import('../../cache/run-cache.js')).validateWithRunCache({ ...runOpts, cache }, (data, id) => recordName(data.lookup(id), lang))
        : await validateRepoParallel(runOpts).then(({ data, ...r }) => ({ ...r, filesFound: data.files.length, nameOf: (id: string) => recordName(data.lookup(id), lang), fromCache: false }));

      // A folder with no data at all must not pass (a CI job pointed at the wrong folder).
      if (result.summary.files === 0 && result.findings.length === 0 && !flags.allowEmpty) {
        throw new UsageError('no-data', { paths: given.join(', ') });
      }
      const toFile = flags.output !== undefined;
      const color = flags.color !== false && !toFile && io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
      const ctx = {
        asOf,
        lang,
        color,
        version: version(),
        rules: [...registry.rules.values()],
        moduleOf: (id: string) => registry.moduleOf(id),
        settingsFile: settings.file ? path.relative(io.cwd, settings.file).split(path.sep).join('/') || settings.file : null,
        nameOf: result.nameOf,
        showSuppressed: flags.showSuppressed,
        target: reportTarget(given, io.cwd),
        extentOf: flags.format === 'sarif' || flags.format === 'github' ? (await import('../../report/extent.js')).extentsOf(result.findings, io.cwd) : undefined,
        env: io.env,
      };
      if (binary) {
        writeFileSafe(path.resolve(io.cwd, flags.output!), await binary(result, ctx), { force: flags.force });
      } else {
        const formatter = STREAMERS[flags.format ?? 'pretty'];
        if (!formatter) throw new Error(`format ${flags.format} is not built in`);
        // Streamed: written chunk by chunk as it is formatted, whatever the number of findings.
        const chunks = formatter(result, ctx);
        if (toFile) writeFileSafe(path.resolve(io.cwd, flags.output!), chunks, { force: flags.force });
        else for (const chunk of chunks) await (io.write ? io.write(chunk) : io.out(chunk));
      }
      if (flags.format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
        const { writeStepSummary } = await import('../../report/github-step.js');
        writeStepSummary(result, { asOf, lang, color: false, version: version(), rules: [], moduleOf: (id) => registry.moduleOf(id) }, io);
      }

      const failing = result.findings.some((f) => atLeast(f.severity, failOn as Severity));
      const tooManyWarnings = maxWarnings !== undefined && result.summary.warning > maxWarnings;
      setCode(failing || tooManyWarnings ? EXIT.findings : EXIT.ok);
      if (result.filesRead === 0 && result.filesFound > 0) {
        // Every path was unreachable (an unreadable folder, dangling links…): the check did not run.
        io.err(`ereje: ${pickLocalized(NOTHING_READ, lang)}\n`);
        setCode(EXIT.usage);
      }
    });
}

/** The read cache the flags and settings ask for (flags win), or none. */
async function openCache(flags: ValidateFlags, settings: import('../../engine/settings.js').LoadedSettings, cwd: string) {
  const s = settings.settings.cache;
  const fromSettings = s === true || (typeof s === 'object' && s.enabled !== false);
  const on = flags.cache === false ? false : flags.cacheLocation !== undefined || flags.cache === true || fromSettings;
  if (!on) return undefined;
  const { ReadCache, DEFAULT_CACHE_DIR, DEFAULT_MAX_BYTES } = await import('../../cache/read-cache.js');
  const path = await import('node:path');
  const loc = flags.cacheLocation ? path.resolve(cwd, flags.cacheLocation) : typeof s === 'object' && s.location ? path.resolve(settings.root, s.location) : path.join(settings.root, DEFAULT_CACHE_DIR);
  const max = typeof s === 'object' && s.max_mb ? s.max_mb * 1024 * 1024 : DEFAULT_MAX_BYTES;
  return new ReadCache(loc, max);
}
