/** `--format github` in GitHub Actions: the Markdown step summary, appended to $GITHUB_STEP_SUMMARY. */
import path from 'node:path';
import type { RunResult } from '../engine/run.js';
import type { FormatContext } from './types.js';
import { githubStepSummary, summaryLinks } from './github.js';
import { fmt, pickLocalized } from '../core/i18n.js';
import { appendFileShared } from '../core/write.js';

const FAILED = {
  kk: 'ereje: қадам қорытындысын {file} файлына жазу мүмкін болмады: {reason}',
  ru: 'ereje: не удалось записать сводку шага в {file}: {reason}',
  en: 'ereje: could not write the step summary to {file}: {reason}',
};

/**
 * Appends (never replaces: other steps' summaries share the file) the summary of the run.
 * A summary that cannot be written is said on stderr in one line; the check's result stands.
 */
export function writeStepSummary(result: RunResult, ctx: FormatContext, io: { env: Readonly<Record<string, string | undefined>>; cwd: string; err(s: string): void }): void {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const text = githubStepSummary(result, ctx, summaryLinks(io.env, io.cwd, path.relative));
  try {
    appendFileShared(file, text + '\n');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    io.err(fmt(pickLocalized(FAILED, ctx.lang), { file, reason }, ctx.lang) + '\n');
  }
}
