/** `ereje why RULE SUBJECT [PATH…]`: one finding's trace and the clause's original text. */
import type { Command } from 'commander';
import type { Io } from '../main.js';
import { h, hf } from '../help-text.js';
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
    .description(h('why'))
    .argument(hf('<rule>'), h('common rule-id'))
    .argument(hf('<subject>'), h('why <subject>'))
    .argument(hf('[paths...]'), h('why [paths]'), [])
    .option(hf('--as-of <date>'), h('common --as-of'))
    .option(hf('--lang <lang>'), h('common --lang'))
    .option(hf('--config <file>'), h('common --config'))
    .option('--with-translation', h('why --with-translation'))
    .addHelpText('after', h('why after'))
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
