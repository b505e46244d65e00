/** `ereje new open-door-day|request|landing|order|staff`: add a record by questions or flags (src/new/). */
import type { Command } from 'commander';
import type { Io } from '../main.js';
import { collect, resolveAsOf, resolveLang } from '../options.js';
import { FIELDS, KINDS, type Field } from '../../new/fields.js';

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const HINT: Record<Field['type'], string> = {
  id: 'ID',
  date: 'YYYY-MM-DD',
  text: 'TEXT',
  string: 'TEXT',
  enum: 'WORD',
  enums: 'A,B',
  ref: 'ID',
  refs: 'ID,ID',
};

const EXAMPLES: Record<string, string> = {
  'open-door-day': 'ereje new open-door-day --organizer tur-bdo --date 2026-05-14 --topic "Ғылыми жоба" --lead tur-s001 --id odd-2026-q2 --file turkistan/events.yaml',
  request: 'ereje new request --for odd-2026-q2 --requester teacher --submitted 2026-04-20 --id req-2026-05 --file turkistan/events.yaml',
  landing: 'ereje new landing --organizer kar-umc --target kar-sch-12 --from 2026-03-10 --to 2026-03-12 --members kar-s001,kar-s002 --id md-2026-04 --file karaganda/landings.yaml',
  order: 'ereje new order --issuer tur-bdo --type open-door-day --subject odd-2026-q2 --number 20-н --date 2026-04-25 --signed-by tur-s001 --id ord-2026-020 --file turkistan/orders.yaml',
  staff: 'ereje new staff --org tur-bdo --name "Нұрланқызы Дана" --position methodologist --id tur-s004 --file turkistan/staff.yaml',
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
    .description('Add a record (open door day, request, landing, order, staff member): asks the questions, checks it with the rules, appends it to a YAML file keeping everything else in it as it was');
  for (const kind of KINDS) {
    const sub = cmd.command(kind).description(`Add a new ${kind} record`);
    for (const f of FIELDS[kind]) {
      sub.option(`--${f.name} <${HINT[f.type]}>`, `${f.label.en}${f.required ? ' (required)' : ''}${f.values ? `: ${f.values.join(' | ')}` : ''}`);
    }
    sub
      .option('--file <file>', 'the YAML file to add it to (created if missing)')
      .option('--data <path>', 'the data repo to read (repeatable; default .)', collect)
      .option('--as-of <date>', 'today, for defaults and the rules (default: today in Kazakhstan)')
      .option('--lang <lang>', 'language of questions and messages: kk | ru | en')
      .option('--config <file>', 'settings file (default: ereje.yaml at the data repo root)')
      .option('--force', 'without a terminal, write even when the record brings error findings')
      .option('--no-color', 'no colours')
      .addHelpText('after', `
Every question has its flag. With a terminal, missing values are asked; without one (scripts,
CI), every required flag must be given (exit 2 naming the missing ones), and a record with
error findings is refused (exit 1) unless --force.

Example:
  ${EXAMPLES[kind]}
`)
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
