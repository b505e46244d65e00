/**
 * argv → exit code. Commands are registered from src/cli/commands; every typed error
 * becomes its message and exit code here, and nowhere else. No stack traces for users:
 * an unexpected exception prints one line and exits 2 (EREJE_DEBUG=1 shows the stack).
 */
import { Command, CommanderError } from 'commander';
import { EreError, EXIT } from '../core/errors.js';
import { isLang, systemLang, type Lang } from '../core/i18n.js';
import { version } from '../core/version.js';
import { registerValidate } from './commands/validate.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerExtraCommands } from './commands/index.js';
import { resetResolvedLang, resolvedLang } from './options.js';
import { commanderError } from './commander-i18n.js';

export interface Io {
  out(s: string): void;
  /** Writes and waits until the output can take more (long reports: bounded memory). */
  write?(s: string): Promise<void>;
  err(s: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * A reader that stops early (`ereje validate | head -1`, `ereje --help | head -1`) closes the
 * pipe: the next write fails with EPIPE, emitted on the stream. That is not an error of ours:
 * nothing more is written there, quietly (no stack trace), and the command ends with the exit
 * code it would have had.
 */
const closed = { stdout: false, stderr: false };
function quietOnClosedPipe(): void {
  for (const name of ['stdout', 'stderr'] as const) {
    const stream = process[name];
    if (stream.listenerCount('error') > 0) continue;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
      closed[name] = true;
      stream.emit('drain'); // a writer waiting for room goes on (and writes nothing)
    });
  }
}

export const processIo = (): Io => {
  quietOnClosedPipe();
  return {
    out: (s) => void (closed.stdout || process.stdout.write(s)),
    write: (s) => new Promise<void>((resolve) => (closed.stdout || process.stdout.write(s) ? resolve() : process.stdout.once('drain', resolve))),
    err: (s) => void (closed.stderr || process.stderr.write(s)),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
    cwd: process.cwd(),
  };
};

/** The language for messages before settings are read (flag, then system locale, then en). */
export function earlyLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i >= 0) {
    const v = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
    if (isLang(v)) return v;
  }
  return systemLang(env) ?? 'en';
}

export interface CommandResult {
  code: number;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  resetResolvedLang();
  const program = new Command('ereje')
    .description('Checks the planning data of Kazakhstan\'s regional methodological centres against their regulations, and renders the documents they call for.')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (str, write) => write(commanderError(str, earlyLang(argv, io.env))) })
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);

  const setCode = (c: number) => {
    code = c;
  };
  registerValidate(program, io, setCode);
  registerRules(program, io, setCode);
  registerSchema(program, io, setCode);
  registerExtraCommands(program, io, setCode);

  program.addHelpText(
    'after',
    `
Examples:
  ereje validate                         check the data repo in this folder
  ereje validate data/ --as-of 2026-11-22 --lang kk
  ereje validate --format github          annotations for a GitHub Actions job
  ereje rules show open-door-day/request-lead-time
  ereje render order ord-tur-2026-014 --data fixtures/sample --lang kk --out documents/
  ereje agenda --days 28                  what falls due in the next 4 weeks (--format ics for a calendar)
`,
  );

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const lang = resolvedLang() ?? earlyLang(argv, io.env);
    if (e instanceof EreError) {
      io.err(`ereje: ${e.render(lang)}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.err(`ereje: internal error: ${err?.message ?? String(e)}\n`);
    if (io.env.EREJE_DEBUG) io.err(`${err?.stack ?? ''}\n`);
    return EXIT.usage;
  }
}
