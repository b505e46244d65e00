/** `ereje agenda [PATH…]`: what falls due next, from the rules' obligations (src/agenda). */
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Io } from '../main.js';
import { h, hf } from '../help-text.js';
import { count, parseDateFlag, resolveAsOf, resolveLang } from '../options.js';
import { EXIT, UsageError, addErrorMessages } from '../../core/errors.js';
import { version } from '../../core/version.js';

export const AGENDA_FORMATS = ['pretty', 'json', 'ics'] as const;

addErrorMessages({
  'agenda-window': {
    kk: '--to ({to}) --from ({from}) күнінен бұрын болмауы керек; --days пен --to бірге берілмейді',
    ru: '--to ({to}) не может быть раньше --from ({from}); --days и --to не задаются вместе',
    en: '--to ({to}) cannot be before --from ({from}), and --days and --to do not go together',
  },
  'agenda-org': {
    kk: 'Деректерде мұндай ұйым жоқ: {org}',
    ru: 'В данных нет такой организации: {org}',
    en: 'No such organization in the data: {org}',
  },
  'agenda-unread': {
    kk: 'ескерту: деректерді оқуда {n} мәселе бар — сол жазбалардың мерзімдері тізімде болмауы мүмкін (ereje validate көрсетеді)',
    ru: 'внимание: при чтении данных проблем: {n} — сроков из этих записей может не быть в списке (их покажет ereje validate)',
    en: 'note: {n} problem(s) reading the data, so what falls due under those records may be missing (ereje validate shows them)',
  },
});

interface AgendaFlags {
  from?: string;
  days?: string;
  to?: string;
  org?: string;
  format?: string;
  output?: string;
  force?: boolean;
  lang?: string;
  config?: string;
}

export function registerAgenda(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('agenda')
    .description(h('agenda'))
    .argument(hf('[paths...]'), h('common paths'), [])
    .option(hf('--from <date>'), h('agenda --from'))
    .option(hf('--days <n>'), h('agenda --days'))
    .option(hf('--to <date>'), h('agenda --to'))
    .option(hf('--org <id>'), h('agenda --org'))
    .addOption(new Option(hf('--format <format>'), h('agenda --format')).choices([...AGENDA_FORMATS]).default('pretty'))
    .option(hf('-o, --output <file>'), h('agenda --output'))
    .option('--force', h('common --force output'))
    .option(hf('--lang <lang>'), h('common --lang'))
    .option(hf('--config <file>'), h('common --config'))
    .addHelpText('after', h('agenda after'))
    .action(async (paths: string[], flags: AgendaFlags) => {
      const [{ loadSettings }, { loadRegistry }, { loadRepo }, { collectAgenda, windowEnd }, { formatJson, formatPretty }, { formatIcs }, { loadTheme }, { writeFileSafe }] = await Promise.all([
        import('../../engine/settings.js'),
        import('../../engine/registry.js'),
        import('../../load/loader.js'),
        import('../../agenda/collect.js'),
        import('../../agenda/format.js'),
        import('../../agenda/ics.js'),
        import('../../render/theme.js'),
        import('../../core/write.js'),
      ]);
      const { loadExceptions } = await import('../../exceptions/load.js');
      const given = paths.length ? paths : ['.'];
      const settings = loadSettings(given, flags.config, io.cwd);
      const lang = resolveLang(flags.lang, settings, io.env);
      const from = parseDateFlag('--from', flags.from) ?? resolveAsOf(undefined, settings);
      const to = parseDateFlag('--to', flags.to);
      const days = count('--days', flags.days);
      if ((to && to < from) || (to && days !== undefined)) throw new UsageError('agenda-window', { from, to: to ?? '' });
      const registry = await loadRegistry();
      const limits = settings.settings.limits;
      const { data, findings } = loadRepo(given, { cwd: io.cwd, limits: { maxFileBytes: limits?.max_file_bytes, maxFiles: limits?.max_files } });
      if (flags.org && !data.org(flags.org)) throw new UsageError('agenda-org', { org: flags.org });
      const theme = loadTheme(settings);
      const agenda = collectAgenda({
        registry,
        data,
        settings,
        from,
        to: windowEnd(from, days, to),
        org: flags.org,
        days: { recommendations: theme.recommendationsDays, council: theme.councilDays, reference: theme.referenceDays },
        exceptions: loadExceptions(settings, io.cwd),
      });
      const unread = findings.length;
      if (unread) io.err(`ereje: ${new UsageError('agenda-unread', { n: unread }).render(lang)}\n`);
      const format = flags.format ?? 'pretty';
      const text = format === 'ics' ? formatIcs(agenda, { lang, version: version() }) : format === 'json' ? formatJson(agenda, lang) : formatPretty(agenda, lang);
      if (flags.output !== undefined) writeFileSafe(path.resolve(io.cwd, flags.output), text, { force: flags.force });
      else io.out(text);
      setCode(EXIT.ok);
    });
}
