/** `ereje schema [--out FILE]`: the JSON Schema editors use to complete and check the data. */
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Io } from '../main.js';
import { h, hf } from '../help-text.js';
import { dataJsonSchema, exceptionsJsonSchema, settingsJsonSchema, SCHEMA_DRAFTS, type SchemaDraft } from '../../schema/json-schema.js';
import { writeFileSafe } from '../../core/write.js';
import { LANGS, type Lang } from '../../core/i18n.js';

export function registerSchema(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('schema')
    .description(h('schema'))
    .option(hf('--out <file>'), h('schema --out'))
    .option('--force', h('schema --force'))
    .option('--settings', h('schema --settings'))
    .option('--exceptions', h('schema --exceptions'))
    .addOption(new Option(hf('--draft <draft>'), h('schema --draft')).choices(SCHEMA_DRAFTS).default('2020-12'))
    .addOption(new Option(hf('--lang <lang>'), h('schema --lang')).choices([...LANGS]))
    .addHelpText('after', h('schema after'))
    .action(async (flags: { out?: string; force?: boolean; settings?: boolean; exceptions?: boolean; draft?: SchemaDraft; lang?: Lang }) => {
      const lang = flags.lang ?? 'en';
      let schema: Record<string, unknown>;
      if (flags.exceptions) schema = exceptionsJsonSchema(flags.draft, { lang });
      else if (flags.settings) {
        const { loadRegistry } = await import('../../engine/registry.js');
        schema = settingsJsonSchema(flags.draft, { lang, registry: await loadRegistry() });
      } else schema = dataJsonSchema(flags.draft, { lang });
      const text = JSON.stringify(schema, null, 2) + '\n';
      if (flags.out) writeFileSafe(path.resolve(io.cwd, flags.out), text, { force: flags.force });
      else io.out(text);
      setCode(0);
    });
}
