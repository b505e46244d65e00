/**
 * Many documents at once (every order of a year, every reference…): prepared and checked in
 * this thread, drawn and written by worker threads (one per core by default; fonts parsed once
 * per thread). A template mistake stops the batch before anything is written; a refused or
 * failed document is listed and the others go on.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { EreError } from '../core/errors.js';
import type { Finding } from '../engine/findings.js';
import type { IsoDate } from '../core/dates.js';
import type { Lang } from '../core/i18n.js';
import type { DocLang } from './grammar.js';
import type { Theme } from './theme.js';
import { modelsOf, runJob, type Job, type JobResult } from './draw.js';
import { blockingFindings, makeTask, openSession, outputName, prepareDocument, type DocKind, type DocRequest, type RenderSession } from './index.js';

export interface BatchOptions {
  /** an open session, or the data to open one from */
  session?: RenderSession;
  paths?: readonly string[];
  config?: string;
  asOf?: IsoDate;
  cwd?: string;
  /** language of messages (refusals, failures) */
  lang?: Lang;
  /** the documents; default: every document of `kind` (see selectRequests) */
  requests?: DocRequest[];
  kind?: DocKind;
  /** filters for the default selection: order type, year of the record's date */
  type?: string;
  year?: number;
  langs: readonly DocLang[];
  outDir: string;
  force?: boolean;
  template?: string;
  /** worker threads; default: the machine's cores; 1 = this thread only */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BatchFailure {
  id: string;
  file: string | null;
  error: EreError | Error;
}

export interface BatchResult {
  /** files written (absolute), in request order */
  written: string[];
  /** documents not made because their records have error findings */
  refused: { id: string; file: string; findings: Finding[] }[];
  failed: BatchFailure[];
  total: number;
  /** wall time of drawing and writing (after the data was read and checked) */
  seconds: number;
  jobs: number;
}

const yearOf = (d: string | undefined) => (d ? Number(d.slice(0, 4)) : NaN);

/** Every record of a kind (in data order), optionally of one order type and one year. */
export function selectRequests(s: RenderSession, kind: DocKind, filter: { type?: string; year?: number } = {}): DocRequest[] {
  const { data } = s;
  const y = filter.year;
  const keep = (d: string | undefined) => y === undefined || yearOf(d) === y;
  switch (kind) {
    case 'order':
      return data.orders
        .filter((o) => (filter.type ? o.type === filter.type : ['open-door-day', 'landing-composition', 'leading-school-designation', 'qualification-plan'].includes(o.type)) && keep(o.date))
        .map((o) => ({ kind, id: o.id }));
    case 'schedule':
      return data.work_plans.filter((p) => keep(p.period.from) || keep(p.period.to)).map((p) => ({ kind, id: p.id }));
    case 'report-reference':
      return data.landings.filter((l) => l.reference && keep(l.dates.from)).map((l) => ({ kind, id: l.id }));
    case 'report-open-door-day':
      return data.open_door_days.filter((e) => e.status === 'held' && keep(e.date)).map((e) => ({ kind, id: e.id }));
    case 'report-network':
      return data.networks.map((n) => ({ kind, id: n.id }));
    case 'report-qualification':
      return data.organizations.filter((o) => o.type === 'center').map((o) => ({ kind, id: o.id }));
    case 'report-compliance':
      return [{ kind }];
  }
}

const here = fileURLToPath(import.meta.url);
const WORKER = path.join(path.dirname(here), 'worker.js');
/** Under vitest the sources are .ts and a worker cannot load them: draw in this thread. */
const canUseWorkers = here.endsWith('.js') && fs.existsSync(WORKER);

export async function renderBatch(opts: BatchOptions): Promise<BatchResult> {
  const session = opts.session ?? (await openSession({ paths: opts.paths, config: opts.config, asOf: opts.asOf, cwd: opts.cwd, lang: opts.lang ?? opts.langs[0] }));
  const cwd = session.cwd;
  const requests = opts.requests ?? selectRequests(session, opts.kind ?? 'order', { type: opts.type, year: opts.year });
  const result: BatchResult = { written: [], refused: [], failed: [], total: requests.length, seconds: 0, jobs: 1 };
  const outDir = path.resolve(cwd, opts.outDir);

  const jobs: Job[] = [];
  requests.forEach((req, index) => {
    let file: string | null = null;
    try {
      const prepared = prepareDocument(session, req);
      file = path.join(outDir, outputName(prepared, opts.langs));
      const blocking = opts.force ? [] : blockingFindings(session.result, prepared);
      if (blocking.length) {
        result.refused.push({ id: req.id ?? req.kind, file, findings: blocking });
        return;
      }
      jobs.push({ index, task: makeTask(prepared, opts.langs, session.theme, { template: opts.template, cwd }), out: file });
    } catch (e) {
      if (e instanceof EreError && e.exitCode === 2 && e.id.startsWith('template-')) throw e;
      result.failed.push({ id: req.id ?? req.kind, file, error: e as Error });
    }
  });

  // A template mistake would fail every document: find it before anything is drawn or written.
  if (jobs.length) modelsOf(jobs[0].task, cwd);

  const started = performance.now();
  const workers = Math.max(1, Math.min(opts.jobs ?? os.availableParallelism(), Math.ceil(jobs.length / 8)));
  result.jobs = canUseWorkers ? workers : 1;
  const outcomes: JobResult[] = canUseWorkers && workers > 1 ? await inWorkers(jobs, workers, session.theme, cwd, !!opts.force, opts.onProgress) : await inThread(jobs, session.theme, cwd, !!opts.force, opts.onProgress);
  result.seconds = (performance.now() - started) / 1000;

  const byIndex = new Map(jobs.map((j) => [j.index, j]));
  for (const o of outcomes.sort((a, b) => a.index - b.index)) {
    const job = byIndex.get(o.index)!;
    if (o.ok) result.written.push(job.out);
    else {
      const err = o.error && 'id' in o.error ? new EreError(o.error.id, o.error.data, o.error.exitCode) : new Error((o.error as { message: string })?.message ?? 'failed');
      result.failed.push({ id: requests[o.index].id ?? requests[o.index].kind, file: job.out, error: err });
    }
  }
  return result;
}

async function inThread(jobs: Job[], theme: Theme, cwd: string, force: boolean, onProgress?: (d: number, t: number) => void): Promise<JobResult[]> {
  const out: JobResult[] = [];
  for (const j of jobs) {
    out.push(await runJob(j, theme, cwd, force));
    onProgress?.(out.length, jobs.length);
  }
  return out;
}

const CHUNK = 8;

function inWorkers(jobs: Job[], n: number, theme: Theme, cwd: string, force: boolean, onProgress?: (d: number, t: number) => void): Promise<JobResult[]> {
  return new Promise((resolve, reject) => {
    const results: JobResult[] = [];
    let next = 0;
    let live = n;
    let failed = false;
    const pool: Worker[] = [];
    const feed = (w: Worker) => {
      if (next >= jobs.length) {
        void w.terminate();
        if (--live === 0 && !failed) resolve(results);
        return;
      }
      const chunk = jobs.slice(next, next + CHUNK);
      next += chunk.length;
      w.postMessage(chunk);
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(WORKER, { workerData: { theme, cwd, force } });
      pool.push(w);
      w.on('message', (msg: JobResult[]) => {
        results.push(...msg);
        onProgress?.(results.length, jobs.length);
        feed(w);
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        for (const p of pool) void p.terminate();
        reject(e);
      });
      feed(w);
    }
    if (jobs.length === 0) resolve(results);
  });
}
