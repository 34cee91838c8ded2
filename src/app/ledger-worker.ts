// The ledger (已挂钩台账) read in a worker thread while the main thread reads the other files (BENCHMARKS.md: the
// ledger holds every earlier year's ids and was half of the reading time of a large year). The worker reads and checks
// every row as the main thread would (src/ingest/read.ts: its findings, duplicate ids and row count are the same)
// but keeps only what deciding which rows the pipeline needs takes; once the main thread has read the kinds before
// the ledger it sends their ids, and the worker sends back the rows the pipeline can look at
// (src/pipeline/ledger.ts ledgerRowsNeeded) — the same rows, in the same order, as reading in the main thread gives.
//
// The worker imports this same module and calls runLedgerWorker. In the offline bundle (tools/bundle.mjs) this module
// is inside the one bundled module, src/cli/main.ts, loaded only when first imported: there the worker imports the
// bundle and calls its export startLedgerWorker, which imports this module. Run from TypeScript sources (the unit
// tests) there is no compiled module to start, and the ledger is read in the main thread instead; the CLI tests and
// tests/app/ledger-worker.test.ts run the compiled worker, tests/bundle the bundled one.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Exact } from '../domain/exact.js';
import type { LedgerRow, RegionRef, SourceRef } from '../domain/rows.js';
import { InputError, type Finding } from '../findings/index.js';
import type { ElsewhereRead } from '../ingest/load.js';
import type { ReadLimits } from '../ingest/limits.js';
import { readInputFile, type ReadFileResult } from '../ingest/read.js';
import type { InputFileInfo, YearInputs } from '../ingest/types.js';
import { idsLookedUp, ledgerRowsNamed } from '../pipeline/ledger.js';
import { collectGarbage } from './collect-garbage.js';

interface Start { path: string; limits: Partial<ReadLimits> | undefined }

/** The worker's script (CommonJS, as Node runs an eval'd worker): import the module that started it, then run. */
const WORKER_SCRIPT = `const { workerData } = require('node:worker_threads');
import(workerData.entry).then((m) => (m.runLedgerWorker ?? m.startLedgerWorker)());`;
type Reply =
  | { ok: true; rows: LedgerRow[]; findings: Finding[]; info: InputFileInfo }
  | { ok: false; inputError: Finding }
  | { ok: false; bug: string };

/** Starts reading the ledger at `path` (in a worker thread when the compiled module can be started). */
export function readLedgerElsewhere(limits: Partial<ReadLimits> | undefined): (path: string) => ElsewhereRead<'ledger'> {
  return (path) => {
    if (!import.meta.url.endsWith('.js')) return inThisThread(path, limits);
    try {
      return inWorker(path, limits);
    } catch {
      // No thread could be started (a process limit): the same result, read in this thread.
      return inThisThread(path, limits);
    }
  };
}

function inThisThread(path: string, limits: Partial<ReadLimits> | undefined): ElsewhereRead<'ledger'> {
  return {
    result: (before) => readInputFile(path, 'ledger', { ...(limits ? { limits } : {}), retain: ledgerRowsNamed(idsLookedUp(before)) }),
    cancel: () => undefined,
  };
}

function inWorker(path: string, limits: Partial<ReadLimits> | undefined): ElsewhereRead<'ledger'> {
  const start: Start = { path, limits };
  const worker = new Worker(WORKER_SCRIPT, { eval: true, workerData: { entry: import.meta.url, start } });
  const reply = new Promise<Reply>((resolve) => {
    worker.once('message', (m: Reply) => resolve(m));
    worker.once('error', (e) => resolve({ ok: false, bug: e.stack ?? String(e) }));
    worker.once('exit', (code) => resolve({ ok: false, bug: `the ledger worker stopped (exit code ${code}) without a reply` }));
  });
  return {
    async result(before: YearInputs): Promise<ReadFileResult<'ledger'>> {
      try {
        worker.postMessage([...idsLookedUp(before)]);
        const r = await reply;
        if (r.ok) return { rows: r.rows.map(revive), findings: r.findings, info: r.info };
        if ('inputError' in r) throw new InputError(r.inputError);
        throw new Error(r.bug);
      } finally {
        void worker.terminate();
      }
    },
    cancel: () => { void worker.terminate(); },
  };
}

/** A row after the structured clone: the area becomes an Exact again (equal areas stay one object). */
function revive(row: LedgerRow): LedgerRow {
  return row.creditedAreaHa === null ? row : { ...row, creditedAreaHa: revived(row.creditedAreaHa) };
}
const revivedAreas = new WeakMap<object, Exact>();
function revived(cloned: object): Exact {
  let v = revivedAreas.get(cloned);
  if (v === undefined) { v = Exact.revive(cloned); revivedAreas.set(cloned, v); }
  return v;
}

/**
 * The rows as read, column by column: the fields that vary per row, the rest shared (the file's source and
 * columns; the memoised areas and regions are one object per distinct value already, src/ingest/convert.ts).
 * A ledger of a million rows takes tens of megabytes here instead of hundreds as row objects.
 */
class LedgerColumns {
  private readonly ids: string[] = [];
  private readonly years: (number | null)[] = [];
  private readonly rowNumbers: number[] = [];
  private readonly areas: (Exact | null)[] = [];
  private readonly regions: (RegionRef | null)[] = [];
  private shape: { source: Omit<SourceRef, 'row'>; columns: LedgerRow['columns'] } | undefined;

  add(row: LedgerRow): void {
    // Every row of one file is a copy of the builder's one template (src/ingest/rows/build.ts): its keys are checked
    // on the first row, the shared parts on every row; anything else is a bug here.
    if (this.shape === undefined) {
      if (Object.keys(row).join() !== LEDGER_KEYS) throw new Error(`ledger row of an unexpected shape: ${Object.keys(row).join()}`);
      const { row: _row, ...source } = row.source;
      this.shape = { source, columns: row.columns };
    }
    const shape = this.shape;
    if (row.columns !== shape.columns || row.source.file !== shape.source.file || row.source.sheet !== shape.source.sheet) {
      throw new Error('ledger row of an unexpected shape: its file, sheet or columns differ from the first row\'s');
    }
    this.ids.push(row.projectId);
    this.years.push(row.linkageYear);
    this.rowNumbers.push(row.source.row);
    this.areas.push(row.creditedAreaHa);
    this.regions.push(row.region);
  }

  /** The rows `keep` takes, rebuilt in reading order with the builder's key order. */
  rows(keep: (row: Pick<LedgerRow, 'projectId' | 'linkageYear'>) => boolean): LedgerRow[] {
    const out: LedgerRow[] = [];
    const shape = this.shape;
    if (shape === undefined) return out;
    for (let i = 0; i < this.ids.length; i++) {
      const projectId = this.ids[i]!, linkageYear = this.years[i]!;
      if (!keep({ projectId, linkageYear })) continue;
      const row: LedgerRow = {
        source: { ...shape.source, row: this.rowNumbers[i]! }, columns: shape.columns, projectId, linkageYear,
        creditedAreaHa: this.areas[i]!, region: this.regions[i]!,
      };
      out.push(row);
    }
    return out;
  }
}

/** The keys of a ledger row in the builder's order (src/ingest/columns/ledger.ts). */
const LEDGER_KEYS = 'source,columns,projectId,linkageYear,creditedAreaHa,region';

/** The worker thread's work: read the ledger it was given, wait for the ids, reply with the rows they need. */
export async function runLedgerWorker(): Promise<void> {
  const port = parentPort;
  if (isMainThread || port === null) throw new Error('runLedgerWorker runs in the ledger worker thread only');
  const { start } = workerData as { start: Start };
  const ids = new Promise<string[]>((resolve) => port.once('message', (m: string[]) => resolve(m)));
  let reply: Reply;
  try {
    const columns = new LedgerColumns();
    const read = await readInputFile(start.path, 'ledger', { ...(start.limits ? { limits: start.limits } : {}), retain: (row) => { columns.add(row); return false; } });
    // The read's garbage and its duplicate-id map go before the wait: the main thread is then finishing the other
    // files, its heap at its largest, and the two heaps together made the run's peak (BENCHMARKS.md).
    collectGarbage();
    const rows = columns.rows(ledgerRowsNamed(new Set(await ids)));
    reply = { ok: true, rows, findings: read.findings, info: read.info };
  } catch (e) {
    reply = e instanceof InputError ? { ok: false, inputError: e.finding } : { ok: false, bug: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  port.postMessage(reply);
}
