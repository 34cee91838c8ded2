// Some of the year's files read in a worker thread while the main thread reads the others (BENCHMARKS.md: reading is
// most of a large year's run, and the machine has a second core). The worker reads and checks every row as the main
// thread would (src/ingest/read.ts: the same findings, duplicate ids and row count) and reads its files one after the
// other, in the order the folder scan gave them:
// - a kind of READ_IN_WORKER other than the ledger: its rows are sent back as they are (a structured clone; the areas
//   become Exact again here);
// - the ledger (已挂钩台账), which holds every earlier year's ids: kept column by column (src/app/ledger-columns.ts);
//   the main thread sends the ids of each file it has read that names projects, as soon as it is read, and the worker
//   marks their rows while the main thread reads on; at the ledger's turn it sends back only the rows the pipeline can
//   look at (src/pipeline/ledger.ts ledgerRowsNeeded) — the same rows, in the same order, as reading in the main
//   thread gives.
//
// The worker imports this same module and calls runReadWorker. In the CLI built as one module (dist/cli/landlink.js,
// and the offline bundle's dist/cli/main.js: tools/cli-bundle.mjs) this module is inside that one module, src/cli/main.ts,
// loaded only when first imported: there the worker imports the one module and calls its export startReadWorker, which
// imports this module; bin/landlink may have started the worker before (src/app/reading-thread.ts). Run from TypeScript sources (the unit tests) there
// is no compiled module to start, and the files are read in the main thread instead; the CLI tests and
// tests/app/read-worker.test.ts run the compiled worker, tests/bundle the bundled one.
import { statSync } from 'node:fs';
import { isMainThread, parentPort, type Worker } from 'node:worker_threads';
import { Exact } from '../domain/exact.js';
import type { InputKind, RowByKind } from '../domain/rows.js';
import { InputError, type Finding } from '../findings/index.js';
import { kindSpecs } from '../ingest/columns/index.js';
import type { ElsewhereRead, LoadYearOptions } from '../ingest/load.js';
import type { ReadLimits } from '../ingest/limits.js';
import { readInputFile, type ReadFileResult } from '../ingest/read.js';
import type { InputFileInfo, YearInputs } from '../ingest/types.js';
import { idsLookedUp, idsLookedUpIn, idsLookedUpList, ledgerRowsNamed } from '../pipeline/ledger.js';
import { collectLargeHeap } from './collect-garbage.js';
import { LedgerColumns, rowsOf, type PickedRows } from './ledger-columns.js';
import { startReadingThread, takeEarlyReadingThread } from './reading-thread.js';

/**
 * The kinds the worker reads: the ledger, and the start check, whose rows are cheap to send. The supply filings, the
 * evidence and 低效用地再开发 stay, so that both threads have about as much to read (BENCHMARKS.md: with 低效用地再开发
 * in the worker too, the main thread waited for it at the end of reading, ≈ 0.1–0.25 s at 1× and ≈ 1 s at 10×).
 */
export const READ_IN_WORKER = ['start-check', 'ledger'] as const satisfies readonly InputKind[];
type WorkerKind = (typeof READ_IN_WORKER)[number];

interface Job { kind: WorkerKind; path: string; limits: Partial<ReadLimits> | undefined }
/** Ids of the files read before the ledger, batch by batch; `last` once the ledger's turn has come. */
interface IdBatch { ids: string[]; last: boolean }
type ToWorker = { job: Job } | { batch: IdBatch };
type Reply =
  | { ok: true; rows: unknown[]; findings: Finding[]; info: InputFileInfo }
  | { ok: true; picked: PickedRows; findings: Finding[]; info: InputFileInfo }
  | { ok: false; inputError: Finding }
  | { ok: false; bug: string };
interface FromWorker { kind: WorkerKind; reply: Reply }

type Starters = { [K in WorkerKind]: (path: string) => ElsewhereRead<K> };

/**
 * loadYear's readElsewhere for the kinds of READ_IN_WORKER: one worker thread, started with the first file, reads them
 * all; when it cannot be started (run from sources, or a process limit) each file is read in this thread instead.
 */
export function readInWorker(limits: Partial<ReadLimits> | undefined): NonNullable<LoadYearOptions['readElsewhere']> & Starters {
  let shared: SharedWorker | null | undefined;
  const starter = <K extends WorkerKind>(kind: K) => (path: string): ElsewhereRead<K> => {
    if (shared === undefined) shared = import.meta.url.endsWith('.js') ? SharedWorker.start(limits) : null;
    return shared === null ? inThisThread(kind, path, limits) : shared.read(kind, path);
  };
  return Object.fromEntries(READ_IN_WORKER.map((kind) => [kind, starter(kind)])) as Starters;
}

function inThisThread<K extends WorkerKind>(kind: K, path: string, limits: Partial<ReadLimits> | undefined): ElsewhereRead<K> {
  const opts = limits ? { limits } : {};
  return {
    result: (before) => (kind === 'ledger'
      ? readInputFile(path, 'ledger', { ...opts, retain: ledgerRowsNamed(idsLookedUp(before)) })
      : readInputFile(path, kind, opts)) as Promise<ReadFileResult<K>>,
    cancel: () => undefined,
  };
}

/** The main thread's side of the worker: one job per file, the replies matched to them by kind. */
class SharedWorker {
  private readonly replies = new Map<WorkerKind, (r: Reply) => void>();
  private open = 0;

  private constructor(private readonly worker: Worker, private readonly limits: Partial<ReadLimits> | undefined) {
    worker.on('message', (m: FromWorker) => this.replies.get(m.kind)?.(m.reply));
    const fail = (bug: string) => { for (const resolve of this.replies.values()) resolve({ ok: false, bug }); };
    worker.once('error', (e) => fail(e.stack ?? String(e)));
    worker.once('exit', (code) => fail(`the reading worker stopped (exit code ${code}) without a reply`));
  }

  /** The worker — the one bin/landlink started early (src/app/reading-thread.ts), else a new one — or null when no
   *  thread can be started (a process limit): then every file is read in this thread. */
  static start(limits: Partial<ReadLimits> | undefined): SharedWorker | null {
    const early = takeEarlyReadingThread();
    if (early !== undefined) return new SharedWorker(early, limits);
    try {
      return new SharedWorker(startReadingThread(import.meta.url), limits);
    } catch {
      return null;
    }
  }

  read<K extends WorkerKind>(kind: K, path: string): ElsewhereRead<K> {
    const reply = new Promise<Reply>((resolve) => this.replies.set(kind, resolve));
    this.open++;
    this.post({ job: { kind, path, limits: this.limits } });
    // loadYear tells the ledger's read of every file before it (readBefore): their ids go to the worker at once. A
    // caller that does not (the tests) gives them all with `before`.
    let told = false;
    const readBefore = (k: InputKind, rows: readonly RowByKind[InputKind][]): void => {
      told = true;
      const ids = idsLookedUpIn(k, rows);
      if (ids.length > 0) this.post({ batch: { ids, last: false } });
    };
    return {
      ...(kind === 'ledger' ? { readBefore } : {}),
      result: async (before: YearInputs): Promise<ReadFileResult<K>> => {
        try {
          if (kind === 'ledger') this.post({ batch: { ids: told ? [] : idsLookedUpList(before), last: true } });
          const r = await reply;
          if (!r.ok) {
            if ('inputError' in r) throw new InputError(r.inputError);
            throw new Error(r.bug);
          }
          const rows = 'picked' in r ? rowsOf(r.picked) : revived(kind, r.rows);
          return { rows: rows as RowByKind[K][], findings: r.findings, info: r.info };
        } finally {
          if (--this.open === 0) void this.worker.terminate();
        }
      },
      cancel: () => { void this.worker.terminate(); },
    };
  }

  private post(m: ToWorker): void {
    this.worker.postMessage(m);
  }
}

/** Rows after the structured clone: each area or number an Exact again (equal values stay one object). */
function revived(kind: WorkerKind, rows: unknown[]): unknown[] {
  const fields = kindSpecs[kind].columns.filter((c) => c.cell.type === 'area' || c.cell.type === 'number').map((c) => c.field);
  const done = new Map<object, Exact>();
  for (const row of rows as Record<string, unknown>[]) {
    for (const f of fields) {
      const v = row[f];
      if (v === null || typeof v !== 'object') continue;
      let e = done.get(v);
      if (e === undefined) { e = Exact.revive(v); done.set(v, e); }
      row[f] = e;
    }
  }
  return rows;
}

/** The worker thread's work: read each file it is given, in order; the ledger waits for the ids of the year. */
export async function runReadWorker(): Promise<void> {
  const port = parentPort;
  if (isMainThread || port === null) throw new Error('runReadWorker runs in the reading worker thread only');
  const jobs: Job[] = [];
  let wake: (() => void) | undefined;
  const batches = new Queue<IdBatch>();
  port.on('message', (m: ToWorker) => {
    if ('batch' in m) batches.push(m.batch); else { jobs.push(m.job); wake?.(); }
  });
  for (;;) {
    while (jobs.length === 0) await new Promise<void>((resolve) => { wake = resolve; });
    const job = jobs.shift()!;
    let reply: Reply;
    try {
      reply = await readJob(job, batches);
    } catch (e) {
      reply = e instanceof InputError ? { ok: false, inputError: e.finding } : { ok: false, bug: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
    port.postMessage({ kind: job.kind, reply } satisfies FromWorker);
  }
}

async function readJob(job: Job, batches: Queue<IdBatch>): Promise<Reply> {
  const opts = job.limits ? { limits: job.limits } : {};
  if (job.kind !== 'ledger') {
    const read = await readInputFile(job.path, job.kind, opts);
    return { ok: true, rows: read.rows, findings: read.findings, info: read.info };
  }
  // The rows of the files read before, sent, are garbage here: collected before the ledger's rows pile on top of them
  // (BENCHMARKS.md: the two threads' heaps at the end of reading are the run's peak).
  collectLargeHeap();
  const columns = new LedgerColumns();
  const read = await readInputFile(job.path, 'ledger', { ...opts, ids: columns.ids, retain: (row) => { columns.add(row); return false; } });
  // The read's garbage goes before the wait: the main thread is then finishing the other files, its heap at its
  // largest, and the two heaps together made the run's peak (BENCHMARKS.md). The garbage includes the file's bytes,
  // outside the heap: at 10× the heap alone (≈ 115 MB) was below the threshold and the 52 MB of the file stayed
  // (BENCHMARKS.md "The 10× peak, third pass").
  collectLargeHeap(undefined, sizeOf(job.path));
  for (let batch = await batches.next(); ; batch = await batches.next()) {
    columns.want(batch.ids);
    if (batch.last) break;
  }
  return { ok: true, picked: columns.picked(), findings: read.findings, info: read.info };
}

/** Messages in the order they came, each taken once. */
class Queue<T> {
  private readonly items: T[] = [];
  private waiting: ((item: T) => void) | undefined;

  push(item: T): void {
    const w = this.waiting;
    this.waiting = undefined;
    if (w) w(item); else this.items.push(item);
  }

  next(): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift()!);
    return new Promise<T>((resolve) => { this.waiting = resolve; });
  }
}

/** The file's size in bytes, 0 when it cannot be told (only a hint for collectLargeHeap). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
