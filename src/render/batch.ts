/**
 * Many documents at once (every order of a year, every reference…). Documents are prepared
 * and checked in this thread as they are needed, and drawn and written by this thread and by
 * worker threads together (as many renderers as --jobs, by default one per core; fonts parsed
 * once per thread). A template mistake stops the batch before anything is written; a refused
 * or failed document is listed and the others go on.
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
import { modelsOf, runJob, type Job, type JobResult } from './draw.js';
import { ORDER_TYPES_WITH_TEMPLATES } from './kinds.js';
import { blockingFindings, makeTask, openSession, outputName, prepareDocument, untranslatedRefusal, type DocKind, type DocRequest, type RenderSession } from './index.js';
import type { OutputFormat, RenderTask } from './draw.js';

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
  /** output formats (default: pdf) */
  formats?: readonly OutputFormat[];
  /** PDF/A-2b (archive) PDFs */
  pdfa?: boolean;
  outDir: string;
  /** replace existing files */
  overwrite?: boolean;
  /** render records that have error findings */
  ignoreFindings?: boolean;
  /** deprecated: both of the above */
  force?: boolean;
  template?: string;
  /** renderers: this thread and jobs − 1 worker threads; default: the machine's cores */
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
  refused: { id: string; file: string; findings: Finding[]; error?: EreError }[];
  /** documents written (or refused) with warnings: print taskWarnings(task) */
  warned: { id: string; task: RenderTask }[];
  failed: BatchFailure[];
  total: number;
  /** wall time from the first document prepared to the last written (the data was read and checked before) */
  seconds: number;
  /** renderers that ran (this thread and the workers) */
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
        .filter((o) => (filter.type ? o.type === filter.type : (ORDER_TYPES_WITH_TEMPLATES as readonly string[]).includes(o.type)) && keep(o.date))
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
/** Under vitest the sources are .ts and a worker cannot load them: everything is drawn in this thread. */
const canUseWorkers = here.endsWith('.js') && fs.existsSync(WORKER);
/** Documents handed to a worker at a time (two chunks in flight, so it never waits for this thread). */
const CHUNK = 12;
/** Below this many documents a worker's start (≈0.3 s) costs more than it saves. */
const MIN_FOR_WORKERS = 24;

export async function renderBatch(opts: BatchOptions): Promise<BatchResult> {
  const session = opts.session ?? (await openSession({ paths: opts.paths, config: opts.config, asOf: opts.asOf, cwd: opts.cwd, lang: opts.lang ?? opts.langs[0] }));
  const cwd = session.cwd;
  const requests = opts.requests ?? selectRequests(session, opts.kind ?? 'order', { type: opts.type, year: opts.year });
  const result: BatchResult = { written: [], refused: [], failed: [], warned: [], total: requests.length, seconds: 0, jobs: 1 };
  const outDir = path.resolve(cwd, opts.outDir);
  const overwrite = !!(opts.overwrite || opts.force);
  const ignoreFindings = !!(opts.ignoreFindings || opts.force);
  const started = performance.now();

  // Documents are prepared when a renderer asks for them: the first is drawn at once.
  let nextRequest = 0;
  const jobOf = new Map<number, Job>();
  const nextJob = (): Job | null => {
    while (nextRequest < requests.length) {
      const index = nextRequest++;
      const req = requests[index];
      let file: string | null = null;
      try {
        const prepared = prepareDocument(session, req);
        const formats = opts.formats?.length ? opts.formats : (['pdf'] as const);
        const outs = formats.map((format) => ({ format, file: path.join(outDir, outputName(prepared, opts.langs, format)) }));
        file = outs[0].file;
        const blocking = ignoreFindings ? [] : blockingFindings(session.result, prepared);
        if (blocking.length) {
          result.refused.push({ id: req.id ?? req.kind, file, findings: blocking });
          continue;
        }
        const task = makeTask(prepared, opts.langs, session.theme, { template: opts.template, cwd, data: session.data, pdfa: opts.pdfa });
        if (task.warnings?.length || task.untranslated?.length) result.warned.push({ id: req.id ?? req.kind, task });
        const untranslated = untranslatedRefusal(task, prepared, opts.langs, session.theme);
        if (untranslated) {
          result.refused.push({ id: req.id ?? req.kind, file, findings: [], error: untranslated });
          continue;
        }
        const job = { index, task, out: file, outs };
        jobOf.set(index, job);
        return job;
      } catch (e) {
        if (e instanceof EreError && e.id.startsWith('template-')) throw e;
        result.failed.push({ id: req.id ?? req.kind, file, error: e as Error });
      }
    }
    return null;
  };
  const take = (n: number): Job[] => {
    const out: Job[] = [];
    while (out.length < n) {
      const j = nextJob();
      if (!j) break;
      out.push(j);
    }
    return out;
  };

  const outcomes: JobResult[] = [];
  let done = 0;
  // A template mistake would fail every document: find it before anything is drawn or written.
  const first = nextJob();
  if (!first) return finish();
  modelsOf(first.task, cwd);
  const queue: Job[] = [first];
  const pull = (n: number): Job[] => {
    const queued = queue.splice(0, n);
    return queued.length < n ? [...queued, ...take(n - queued.length)] : queued;
  };

  const report = (r: JobResult[]) => {
    outcomes.push(...r);
    done += r.length;
    opts.onProgress?.(done, requests.length - result.refused.length - result.failed.length);
  };

  const wanted = Math.max(1, opts.jobs ?? os.availableParallelism());
  const workers = canUseWorkers && wanted > 1 && requests.length >= MIN_FOR_WORKERS ? wanted - 1 : 0;
  result.jobs = workers + 1;
  await Promise.all([inThisThread(), ...Array.from({ length: workers }, () => inWorker())]);
  return finish();

  async function inThisThread(): Promise<void> {
    for (let batch = pull(1); batch.length; batch = pull(1)) {
      report([await runJob(batch[0], session.theme, cwd, overwrite)]);
      // A document's promise settles in microtasks: let the workers' messages in between documents.
      if (workers) await new Promise((r) => setImmediate(r));
    }
  }

  function inWorker(): Promise<void> {
    return new Promise((resolve, reject) => {
      const w = new Worker(WORKER, { workerData: { theme: session.theme, cwd, overwrite } });
      let inFlight = 0;
      const send = () => {
        let chunk: Job[];
        try {
          chunk = pull(CHUNK);
        } catch (e) {
          void w.terminate();
          reject(e);
          return;
        }
        if (!chunk.length) return;
        inFlight++;
        w.postMessage(chunk);
      };
      w.on('message', (msg: JobResult[]) => {
        inFlight--;
        report(msg);
        send();
        if (inFlight === 0) {
          void w.terminate();
          resolve();
        }
      });
      w.on('error', reject);
      w.on('online', () => {
        send();
        send();
        if (inFlight === 0) {
          void w.terminate();
          resolve();
        }
      });
    });
  }

  function finish(): BatchResult {
    result.seconds = (performance.now() - started) / 1000;
    for (const o of outcomes.sort((a, b) => a.index - b.index)) {
      const job = jobOf.get(o.index)!;
      if (o.ok) result.written.push(...(job.outs ?? [{ file: job.out }]).map((x) => x.file));
      else {
        const err = o.error && 'id' in o.error ? new EreError(o.error.id, o.error.data, o.error.exitCode) : new Error((o.error as { message: string })?.message ?? 'failed');
        result.failed.push({ id: requests[o.index].id ?? requests[o.index].kind, file: job.out, error: err });
      }
    }
    return result;
  }
}

