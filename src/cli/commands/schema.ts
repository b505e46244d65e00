/** `ereje schema [--out FILE]`: the JSON Schema editors use to complete and check the data. */
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { Io } from '../main.js';
import { dataJsonSchema, exceptionsJsonSchema, settingsJsonSchema, SCHEMA_DRAFTS, type SchemaDraft } from '../../schema/json-schema.js';
import { writeFileSafe } from '../../core/write.js';
import { LANGS, type Lang } from '../../core/i18n.js';

export function registerSchema(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('schema')
    .description('Print the JSON Schema of the data format (for VS Code\'s YAML extension and other editors)')
    .option('--out <file>', 'write it to a file instead of printing it')
    .option('--force', 'replace an existing file')
    .option('--settings', 'the schema of the settings file (ereje.yaml) instead of the data files')
    .option('--exceptions', 'the schema of the exceptions file (exceptions.yaml) instead of the data files')
    .addOption(new Option('--draft <draft>', 'JSON Schema dialect (7: what the VS Code YAML extension fully supports)').choices(SCHEMA_DRAFTS).default('2020-12'))
    .addOption(new Option('--lang <lang>', 'language of the descriptions and messages the editor shows (default en)').choices([...LANGS]))
    .addHelpText('after', `
Examples:
  ereje schema --out ereje.schema.json --draft 7 --lang kk
  ereje schema --settings --out ereje.settings.schema.json --draft 7
  ereje schema --exceptions --out ereje.exceptions.schema.json --draft 7
Then, first line of a data file:  # yaml-language-server: $schema=./ereje.schema.json
`)
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
