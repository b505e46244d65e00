/** A worker thread of renderBatch: receives chunks of jobs, draws and writes them, answers with the outcomes. */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job } from './draw.js';
import type { Theme } from './theme.js';

const { theme, cwd, overwrite } = workerData as { theme: Theme; cwd: string; overwrite: boolean };

parentPort!.on('message', async (chunk: Job[]) => {
  const out = [];
  for (const job of chunk) out.push(await runJob(job, theme, cwd, overwrite));
  parentPort!.postMessage(out);
});
