/** `ereje why RULE SUBJECT [PATH…]`: one finding's trace and the clause's original text. */
import type { Command } from 'commander';
import type { Io } from '../main.js';
import { resolveAsOf, resolveLang } from '../options.js';
import { EXIT } from '../../core/errors.js';

interface WhyFlags {
  asOf?: string;
  lang?: string;
  config?: string;
  withTranslation?: boolean;
}

export function registerWhy(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('why')
    .description('Explain one finding: the values it was computed from (with their places), the parameters, the computation, and the clause\'s original text')
    .argument('<rule>', 'rule id, e.g. open-door-day/request-lead-time')
    .argument('<subject>', 'the record id the finding is about (add @PERIOD for one period, e.g. tur-bdo@2026-Q2)')
    .argument('[paths...]', 'data folders or files (default .)', [])
    .option('--as-of <date>', 'the day the check is made for, YYYY-MM-DD (default: today in Kazakhstan)')
    .option('--lang <lang>', 'language: kk | ru | en')
    .option('--config <file>', 'settings file (default: ereje.yaml at the data repo root)')
    .option('--with-translation', 'also show the English working translation of the clause')
    .addHelpText('after', `
Exit codes: 0 the rule finds nothing about the subject; 1 it does (printed); 2 the command could not run.

Example:
  ereje why open-door-day/request-lead-time req-tur-2026-004 fixtures/sample
`)
    .action(async (rule: string, subject: string, paths: string[], flags: WhyFlags) => {
      const [{ loadSettings }, { loadRegistry }, { validateRepo }, { explainFindings, selectFindings }] = await Promise.all([
        import('../../engine/settings.js'),
        import('../../engine/registry.js'),
        import('../../validate.js'),
        import('../../trace/why.js'),
      ]);
      const given = paths.length ? paths : ['.'];
      const settings = loadSettings(given, flags.config, io.cwd);
      const lang = resolveLang(flags.lang, settings, io.env);
      const asOf = resolveAsOf(flags.asOf, settings);
      const registry = await loadRegistry();
      const result = validateRepo({ paths: given, settings, registry, asOf, lang, cwd: io.cwd, onlyRules: [rule], trace: true, exceptions: false }); // explains the rule's finding even where exceptions.yaml accepts it
      const found = selectFindings(result.findings, rule, subject);
      io.out(explainFindings(found, registry, { rule, subject, asOf, lang, withTranslation: flags.withTranslation }));
      setCode(found.length ? EXIT.findings : EXIT.ok);
    });
}
