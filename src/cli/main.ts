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
import { h, helpLang, localizeCommander, useHelpLang } from './help-text.js';

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

/**
 * The whole command tree with every help text in `lang` (commander prints --help before any action
 * runs, so the language is settled before the tree is built). main builds one per run; the help
 * meta-test walks it.
 */
export function buildProgram(lang: Lang, io: Io, setCode: (c: number) => void): Command {
  useHelpLang(lang);
  const program = new Command('ereje');
  localizeCommander(program);
  program
    .description(h('program'))
    .version(version(), '-V, --version', h('commander --version'))
    .exitOverride()
    // Help is wrapped to the terminal's width, and to 80 columns when it goes to a pipe or a file.
    .configureOutput({ writeOut: io.out, writeErr: io.err, getOutHelpWidth: () => (io.isTTY && process.stdout.columns ? process.stdout.columns : 80), outputError: (str, write) => write(commanderError(str, lang)) })
    .showSuggestionAfterError(true)
    .allowExcessArguments(false);
  registerValidate(program, io, setCode);
  registerRules(program, io, setCode);
  registerSchema(program, io, setCode);
  registerExtraCommands(program, io, setCode);
  program.addHelpText('after', h('program after'));
  return program;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  resetResolvedLang();
  // Help and commander's own errors: --lang, then ereje.yaml here (or --config), the locale, en.
  const program = buildProgram(helpLang(argv, io.env, io.cwd), io, (c) => {
    code = c;
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const said = resolvedLang() ?? earlyLang(argv, io.env);
    if (e instanceof EreError) {
      io.err(`ereje: ${e.render(said)}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.err(`ereje: internal error: ${err?.message ?? String(e)}\n`);
    if (io.env.EREJE_DEBUG) io.err(`${err?.stack ?? ''}\n`);
    return EXIT.usage;
  }
}
