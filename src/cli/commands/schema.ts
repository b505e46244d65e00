/** `ereje schema [--out FILE]`: the JSON Schema editors use to complete and check the data. */
import path from 'node:path';
import type { Command } from 'commander';
import type { Io } from '../main.js';
import { dataJsonSchema } from '../../schema/json-schema.js';
import { writeFileSafe } from '../../core/write.js';

export function registerSchema(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('schema')
    .description('Print the JSON Schema of the data format (for VS Code\'s YAML extension and other editors)')
    .option('--out <file>', 'write it to a file instead of printing it')
    .option('--force', 'replace an existing file')
    .action((flags: { out?: string; force?: boolean }) => {
      const text = JSON.stringify(dataJsonSchema(), null, 2) + '\n';
      if (flags.out) writeFileSafe(path.resolve(io.cwd, flags.out), text, { force: flags.force });
      else io.out(text);
      setCode(0);
    });
}
