/** `ereje new open-door-day|request|landing|order|staff|plan`: add a record by questions or flags (src/new/). */
import type { Command } from 'commander';
import type { Io } from '../main.js';
import { h, helpLangInUse, hf, placeholder, type Placeholder } from '../help-text.js';
import { collect, resolveAsOf, resolveLang } from '../options.js';
import { FIELDS, KINDS, type Field } from '../../new/fields.js';

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const HINT: Record<Field['type'], Placeholder> = {
  id: 'ID',
  date: 'YYYY-MM-DD',
  text: 'TEXT',
  string: 'TEXT',
  enum: 'WORD',
  enums: 'A,B',
  ref: 'ID',
  refs: 'ID,ID',
};

/**
 * Examples on fixtures/sample's ids. request, order and staff are written as they stand; a new
 * open door day, landing or plan first brings the errors its companions would settle (its order,
 * its place in a plan) — shown, and refused without a terminal unless --force.
 */
const EXAMPLES: Record<string, string> = {
  'open-door-day': 'ereje new open-door-day --organizer tur-bdo --date 2027-02-11 --topic "Ғылыми жоба" --basis work-plan --lead tur-bdo-s001 --id odd-tur-2027-q1 --file turkistan/open-door-days-2027.yaml',
  request: 'ereje new request --for odd-tur-2026-q4 --requester teacher --submitted 2026-11-20 --id req-tur-2026-005 --file turkistan/requests-2026.yaml',
  landing: 'ereje new landing --organizer kar-umc --target kar-sch-tem-3 --from 2027-03-10 --to 2027-03-12 --members kar-umc-s001,kar-umc-s010 --id kar-md-2027-01 --file karaganda/landings-2027.yaml',
  order: 'ereje new order --issuer tur-bdo --type open-door-day --subject odd-tur-2026-q4 --number 80-н --date 2026-11-25 --signed-by tur-bdo-s001 --id ord-tur-2026-080 --file turkistan/orders-2026.yaml',
  staff: 'ereje new staff --org tur-bdo --name "Нұрланқызы Дана" --position methodologist --hired 2026-09-01 --id tur-bdo-s030 --file turkistan/organizations.yaml',
  plan: 'ereje new plan --org tur-bdo --from 2027-01-01 --to 2027-12-31 --approved-by tur-bdo-s001 --approved-on 2026-12-25 --id plan-tur-bdo-2027 --file turkistan/plan-2027.yaml',
};

interface CommonFlags {
  data?: string[];
  file?: string;
  asOf?: string;
  lang?: string;
  config?: string;
  force?: boolean;
  color?: boolean;
  [k: string]: unknown;
}

export function registerNew(program: Command, io: Io, setCode: (c: number) => void): void {
  const cmd = program
    .command('new')
    .description(h('new'));
  const shownIn = helpLangInUse();
  for (const kind of KINDS) {
    const sub = cmd.command(kind).description(h(`new ${kind}`));
    for (const f of FIELDS[kind]) {
      // The field's own label (the question `ereje new` asks) is its description.
      sub.option(`--${f.name} <${placeholder(HINT[f.type])}>`, `${f.label[shownIn]}${f.required ? h('new required') : ''}${f.values ? `: ${f.values.join(' | ')}` : ''}`);
    }
    sub
      .option(hf('--file <file>'), h('new --file'))
      .option(hf('--data <path>'), h('new --data'), collect)
      .option(hf('--as-of <date>'), h('new --as-of'))
      .option(hf('--lang <lang>'), h('new --lang'))
      .option(hf('--config <file>'), h('common --config'))
      .option('--force', h('new --force'))
      .option('--no-color', h('new --no-color'))
      .addHelpText('after', h('new after', { example: EXAMPLES[kind] }))
      .action(async (flags: CommonFlags) => {
        const paths = flags.data?.length ? flags.data : ['.'];
        // The engine and the prompts load when the command runs, not at every start-up.
        const [{ loadSettings }, { loadRegistry }, { runNew }] = await Promise.all([import('../../engine/settings.js'), import('../../engine/registry.js'), import('../../new/new.js')]);
        const settings = loadSettings(paths, flags.config, io.cwd);
        const lang = resolveLang(flags.lang, settings, io.env);
        const asOf = resolveAsOf(flags.asOf, settings);
        const registry = await loadRegistry();
        const values: Record<string, string | undefined> = { file: flags.file };
        for (const f of FIELDS[kind]) {
          const v = flags[camel(f.name)];
          if (typeof v === 'string') values[f.name] = v;
        }
        await runNew({
          kind,
          flags: values,
          force: !!flags.force,
          interactive: !!process.stdin.isTTY && io.isTTY,
          paths,
          cwd: io.cwd,
          settings,
          registry,
          asOf,
          lang,
          color: flags.color !== false && io.isTTY && !io.env.NO_COLOR,
          out: io.out,
        });
        setCode(0);
      });
  }
}
