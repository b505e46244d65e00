/** Runs the CLI in-process (main) with captured output: for command tests that need no terminal. */
import { main, type Io } from '../cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runMain(argv: string[], cwd: string, opts: { isTTY?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    isTTY: opts.isTTY ?? false,
    env: { NO_COLOR: '1', LANG: 'C', ...opts.env },
    cwd,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
