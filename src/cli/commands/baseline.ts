/**
 * `ereje baseline [PATH…]`: writes an exception for every current finding (or those selected by
 * --rule / --module), with the reason, approver and expiry given as flags, appended to the
 * exceptions file without touching its other entries; `--prune` removes the unused ones.
 * The library is src/exceptions; this file is flags in, a line out.
 */
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Io } from '../main.js';
import { h, hf } from '../help-text.js';
import { collect, count, parseDateFlag, resolveAsOf, resolveLang } from '../options.js';
import { addErrorMessages, EXIT, UsageError } from '../../core/errors.js';
import { fmt, pickLocalized, type Localized } from '../../core/i18n.js';
import { minDate, todayInKazakhstan } from '../../core/dates.js';
import { suggest } from '../../core/suggest.js';
import { plural, type Forms } from '../../core/plural.js';

const FINDING_FORMS: Forms = { kk: 'бұзушылық', ru: { one: 'нарушение', few: 'нарушения', many: 'нарушений' }, en: { one: 'finding', other: 'findings' } };
const EXCEPTION_FORMS: Forms = { kk: 'ерекшелік', ru: { one: 'исключение', few: 'исключения', many: 'исключений' }, en: { one: 'exception', other: 'exceptions' } };
const UNUSED_FORMS: Forms = { kk: 'пайдаланылмаған ерекшелік', ru: { one: 'неиспользуемое исключение', few: 'неиспользуемых исключения', many: 'неиспользуемых исключений' }, en: { one: 'unused exception', other: 'unused exceptions' } };

interface BaselineFlags {
  asOf?: string;
  rule?: string[];
  module?: string[];
  config?: string;
  lang?: string;
  reason?: string;
  approvedBy?: string;
  approvedOn?: string;
  expires?: string;
  decision?: string;
  prune?: boolean;
  dryRun?: boolean;
  jobs?: string;
}

addErrorMessages({
  'baseline-missing': {
    kk: 'ereje baseline үшін {flags} керек: әр ерекшелікте себеп, бекіткен адам және мерзім болады (мерзімсіз baseline — жоспар емес)',
    ru: 'Для ereje baseline нужны {flags}: у каждого исключения есть причина, утвердивший и срок (baseline без срока — не план)',
    en: 'ereje baseline needs {flags}: every exception carries a reason, who approved it and an expiry date (a baseline that never ends is not a plan)',
  },
  'baseline-approver': {
    kk: '--approved-by: «{value}» қызметкерлер тізімінде жоқ{hint}',
    ru: '--approved-by: «{value}» нет среди сотрудников{hint}',
    en: '--approved-by: "{value}" is not among the staff{hint}',
  },
  'baseline-approver-then': {
    kk: '--approved-by: «{value}» {date} күні қызметкер емес (қабылданған: {hired}, кеткен: {left}); --approved-on басқа күнін беріңіз немесе басқа адамды көрсетіңіз',
    ru: '--approved-by: «{value}» не сотрудник на {date} (принят(а): {hired}, уволен(а): {left}); укажите другую дату --approved-on или другого человека',
    en: '--approved-by: "{value}" is not on the staff on {date} (hired: {hired}, left: {left}); give another --approved-on, or another person',
  },
  'baseline-expires': {
    kk: '--expires ({expires}) {after} күнінен кейін болуы керек',
    ru: '--expires ({expires}) должен быть позже {after}',
    en: '--expires ({expires}) must come after {after}',
  },
  'baseline-unwritable': {
    kk: 'Ерекшеліктер файлына жазу мүмкін емес: {file}: {reason}',
    ru: 'Не удаётся дописать файл исключений: {file}: {reason}',
    en: 'Cannot add to the exceptions file: {file}: {reason}',
  },
  'baseline-invalid': {
    kk: 'Ерекшеліктер файлында қате бар ({file}); алдымен оны түзетіңіз (ereje validate көрсетеді)',
    ru: 'В файле исключений есть ошибки ({file}); сначала исправьте их (их показывает ereje validate)',
    en: 'The exceptions file has errors ({file}); fix them first (ereje validate shows them)',
  },
});

const OUT: Record<string, Localized> = {
  added: {
    kk: '{file}: {count} ерекшелік қосылды ({findings} бұзушылық үшін), мерзімі {expires} дейін',
    ru: '{file}: добавлено исключений: {count} (на нарушений: {findings}), до {expires}',
    en: '{file}: {exceptionsEn} added (covering {findingsEn}), until {expires}',
  },
  nothing: {
    kk: '{file}: қосатын ештеңе жоқ — ерекшеліксіз бұзушылық табылмады',
    ru: '{file}: добавлять нечего — нарушений без исключения нет',
    en: '{file}: nothing to add — no finding without an exception',
  },
  skipped: {
    kk: '{count} бұзушылыққа ерекшелік жасалмайды (жазба id-і жоқ немесе файлды оқу қатесі): оларды түзетіңіз',
    ru: 'Для нарушений без id записи или ошибок чтения файла исключение не создаётся ({count}): исправьте их',
    en: '{findingsEn} cannot be excepted (no record id, or a file that does not read): fix them',
  },
  pruned: {
    kk: '{file}: {count} пайдаланылмаған ерекшелік өшірілді',
    ru: '{file}: удалено неиспользуемых исключений: {count}',
    en: '{file}: {unusedEn} removed',
  },
  noneUnused: {
    kk: '{file}: пайдаланылмаған ерекшелік жоқ',
    ru: '{file}: неиспользуемых исключений нет',
    en: '{file}: no unused exceptions',
  },
  dry: {
    kk: '(--dry-run: ештеңе жазылмады)',
    ru: '(--dry-run: ничего не записано)',
    en: '(--dry-run: nothing written)',
  },
};

export function registerBaseline(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('baseline')
    .description(h('baseline'))
    .argument(hf('[paths...]'), h('common paths'), [])
    .option(hf('--reason <text>'), h('baseline --reason'))
    .option(hf('--approved-by <staff-id>'), h('baseline --approved-by'))
    .option(hf('--expires <date>'), h('baseline --expires'))
    .option(hf('--approved-on <date>'), h('baseline --approved-on'))
    .option(hf('--decision <ref>'), h('baseline --decision'))
    .option('--prune', h('baseline --prune'))
    .option('--dry-run', h('baseline --dry-run'))
    .option(hf('--as-of <date>'), h('common --as-of'))
    .option(hf('--rule <id>'), h('baseline --rule'), collect)
    .option(hf('--module <name>'), h('baseline --module'), collect)
    .option(hf('--config <file>'), h('common --config'))
    .option(hf('--lang <lang>'), h('common --lang messages'))
    .option(hf('--jobs <n>'), h('baseline --jobs'))
    .addHelpText('after', h('baseline after'))
    .action(async (paths: string[], flags: BaselineFlags) => {
      const [{ loadSettings }, { loadRegistry }, { validateRepoParallel }, { writeFileSafe }, { loadExceptions }, { applyExceptions }, { baselineEntries, appendEntries, removeEntries }, { AppendError }] = await Promise.all([
        import('../../engine/settings.js'),
        import('../../engine/registry.js'),
        import('../../validate.js'),
        import('../../core/write.js'),
        import('../../exceptions/load.js'),
        import('../../exceptions/apply.js'),
        import('../../exceptions/baseline.js'),
        import('../../new/append.js'),
      ]);
      const given = paths.length ? paths : ['.'];
      const settings = loadSettings(given, flags.config, io.cwd);
      const lang = resolveLang(flags.lang, settings, io.env);
      const asOf = resolveAsOf(flags.asOf, settings);
      // English counted nouns through Intl.PluralRules (1 exception, 2 exceptions); kk and ru are phrased to take a bare number.
      const en = (v: Record<string, unknown>) => ({
        ...v,
        exceptionsEn: typeof v.count === 'number' ? plural(v.count, EXCEPTION_FORMS, 'en') : '',
        unusedEn: typeof v.count === 'number' ? plural(v.count, UNUSED_FORMS, 'en') : '',
        findingsEn: plural(typeof v.findings === 'number' ? v.findings : typeof v.count === 'number' ? v.count : 0, FINDING_FORMS, 'en'),
      });
      const say = (k: string, v: Record<string, unknown>) => io.out(fmt(pickLocalized(OUT[k], lang), en(v), lang) + '\n');
      if (!flags.prune) {
        const missing = [!flags.reason?.trim() && '--reason', !flags.approvedBy?.trim() && '--approved-by', !flags.expires && '--expires'].filter(Boolean);
        if (missing.length) throw new UsageError('baseline-missing', { flags: missing.join(', ') });
      }
      const expires = parseDateFlag('--expires', flags.expires);
      const approvedOn = parseDateFlag('--approved-on', flags.approvedOn) ?? minDate(todayInKazakhstan(), asOf);
      const registry = await loadRegistry();
      const jobs = count('--jobs', flags.jobs);
      // The run without the exceptions file, then with it: what is already covered is not added twice.
      const run = await validateRepoParallel({ paths: given, settings, registry, asOf, lang, cwd: io.cwd, onlyRules: flags.rule, onlyModules: flags.module, jobs: jobs || undefined, exceptions: false });
      const loaded = loadExceptions(settings, io.cwd);
      if (loaded.problems.length) throw new UsageError('baseline-invalid', { file: loaded.display });
      const applied = applyExceptions(run, loaded, { registry, settings, data: run.data, asOf, lang, paths: given, cwd: io.cwd, onlyRules: flags.rule, onlyModules: flags.module });
      const bytes = loaded.exists ? fs.readFileSync(loaded.abs) : null;
      const text = bytes ? bytes.toString('utf8') : null;
      // Atomic; refuses if someone changed the file since it was read (or created it meanwhile).
      const write = (out: string) => {
        if (flags.dryRun) return say('dry', {});
        if (bytes === null) writeFileSafe(loaded.abs, out);
        else writeFileSafe(loaded.abs, out, { expectUnchanged: bytes });
      };
      try {
        if (flags.prune) {
          const unused = applied.entries.filter((a) => a.unused).map((a) => a.entry.index);
          if (!unused.length || text === null) say('noneUnused', { file: loaded.display });
          else {
            write(removeEntries(text, unused));
            say('pruned', { file: loaded.display, count: unused.length });
          }
          setCode(EXIT.ok);
          return;
        }
        const approvedBy = flags.approvedBy!.trim();
        if (!run.data.person(approvedBy)) {
          const s = suggest(approvedBy, run.data.staff.map((p) => p.id));
          throw new UsageError('baseline-approver', { value: approvedBy, hint: s ? (lang === 'en' ? ` (did you mean "${s}"?)` : ` («${s}»?)`) : '' });
        }
        const approver = run.data.person(approvedBy)!;
        if (!run.data.isStaffOn(approvedBy, approver.org, approvedOn)) {
          throw new UsageError('baseline-approver-then', { value: approvedBy, date: approvedOn, hired: approver.hired ?? '—', left: approver.left ?? '—' });
        }
        const floor = asOf > approvedOn ? asOf : approvedOn;
        if (expires! <= floor) throw new UsageError('baseline-expires', { expires, after: floor });
        const open = applied.result.findings.filter((f) => !f.rule.startsWith('exceptions/'));
        const { entries, skipped } = baselineEntries(open, { reason: flags.reason!.trim(), approvedBy, approvedOn, expires: expires!, decision: flags.decision?.trim() || undefined });
        if (!entries.length) say('nothing', { file: loaded.display });
        else {
          write(appendEntries(text, entries));
          say('added', { file: loaded.display, count: entries.length, findings: open.length - skipped.length, expires });
        }
        if (skipped.length) say('skipped', { count: skipped.length });
        setCode(EXIT.ok);
      } catch (e) {
        if (e instanceof AppendError) throw new UsageError('baseline-unwritable', { file: loaded.display, reason: e.message });
        throw e;
      }
    });
}
