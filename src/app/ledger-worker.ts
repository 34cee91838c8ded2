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
import { idsLookedUp, idsLookedUpList, ledgerRowsNamed } from '../pipeline/ledger.js';
import { TextHashFilter, textHash } from '../domain/text-filter.js';
import { collectGarbage } from './collect-garbage.js';

interface Start { path: string; limits: Partial<ReadLimits> | undefined }

/** The worker's script (CommonJS, as Node runs an eval'd worker): import the module that started it, then run. */
const WORKER_SCRIPT = `const { workerData } = require('node:worker_threads');
import(workerData.entry).then((m) => (m.runLedgerWorker ?? m.startLedgerWorker)());`;
type Reply =
  | { ok: true; picked: PickedRows; findings: Finding[]; info: InputFileInfo }
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
        worker.postMessage(idsLookedUpList(before));
        const r = await reply;
        if (r.ok) return { rows: rowsOf(r.picked), findings: r.findings, info: r.info };
        if ('inputError' in r) throw new InputError(r.inputError);
        throw new Error(r.bug);
      } finally {
        void worker.terminate();
      }
    },
    cancel: () => { void worker.terminate(); },
  };
}

/**
 * The kept rows as they cross to the main thread: column by column, each distinct area and region once (a structured
 * clone of ≈ 100,000 row objects took longer to send and receive than the rows take to rebuild here, BENCHMARKS.md).
 */
interface PickedRows {
  shape: LedgerShape | undefined;
  ids: string[];
  years: (number | null)[];
  rowNumbers: Int32Array;
  /** Index into `areas`, −1 for none. */
  areaIndex: Int32Array;
  areas: object[];
  /** Index into `regions`, −1 for none. */
  regionIndex: Int32Array;
  regions: RegionRef[];
}

interface LedgerShape { source: Omit<SourceRef, 'row'>; columns: LedgerRow['columns'] }

/** The rows again, in reading order with the builder's key order; each area an Exact again (equal areas stay one object). */
function rowsOf(p: PickedRows): LedgerRow[] {
  const shape = p.shape;
  if (shape === undefined) return [];
  const areas = p.areas.map((a) => Exact.revive(a));
  const rows: LedgerRow[] = new Array<LedgerRow>(p.ids.length);
  for (let i = 0; i < rows.length; i++) {
    const a = p.areaIndex[i]!, g = p.regionIndex[i]!;
    rows[i] = {
      source: { ...shape.source, row: p.rowNumbers[i]! }, columns: shape.columns, projectId: p.ids[i]!, linkageYear: p.years[i]!,
      creditedAreaHa: a < 0 ? null : areas[a]!, region: g < 0 ? null : p.regions[g]!,
    };
  }
  return rows;
}

/**
 * The rows as read, column by column: the fields that vary per row, the rest shared (the file's source and
 * columns; the memoised areas and regions are one object per distinct value already, src/ingest/convert.ts).
 * A ledger of a million rows takes tens of megabytes here instead of hundreds as row objects.
 */
class LedgerColumns {
  private readonly ids: string[] = [];
  /** textHash of each id, taken while the id is at hand (pick). */
  private readonly hashes: number[] = [];
  private readonly years: (number | null)[] = [];
  private readonly rowNumbers: number[] = [];
  private readonly areas: (Exact | null)[] = [];
  private readonly regions: (RegionRef | null)[] = [];
  private shape: LedgerShape | undefined;

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
    this.hashes.push(textHash(row.projectId));
    this.years.push(row.linkageYear);
    this.rowNumbers.push(row.source.row);
    this.areas.push(row.creditedAreaHa);
    this.regions.push(row.region);
  }

  /** The rows of ledgerRowsNamed(the ids `named`), in reading order, for the main thread (rowsOf). */
  pick(named: readonly string[]): PickedRows {
    // Only the ids that may be in the ledger go into the set; a row's id is looked up in the set only when its hash
    // may be one of theirs (most are not).
    const here = new TextHashFilter(this.hashes);
    const set = new Set<string>();
    const setHashes: number[] = [];
    for (const id of named) {
      const h = textHash(id);
      if (here.mayHave(h) && !set.has(id)) { set.add(id); setHashes.push(h); }
    }
    const filter = new TextHashFilter(setHashes);
    let hash = 0;
    const keep = ledgerRowsNamed({ has: (id) => filter.mayHave(hash) && set.has(id) });
    const taken: number[] = [];
    const probe: { projectId: string; linkageYear: number | null } = { projectId: '', linkageYear: null };
    for (let i = 0; i < this.ids.length; i++) {
      hash = this.hashes[i]!;
      probe.projectId = this.ids[i]!;
      probe.linkageYear = this.years[i]!;
      if (keep(probe)) taken.push(i);
    }
    const n = taken.length;
    const picked: PickedRows = {
      shape: this.shape, ids: new Array<string>(n), years: new Array<number | null>(n), rowNumbers: new Int32Array(n),
      areaIndex: new Int32Array(n), areas: [], regionIndex: new Int32Array(n), regions: [],
    };
    const areaAt = new Map<Exact, number>(), regionAt = new Map<RegionRef, number>();
    for (let k = 0; k < n; k++) {
      const i = taken[k]!;
      picked.ids[k] = this.ids[i]!;
      picked.years[k] = this.years[i]!;
      picked.rowNumbers[k] = this.rowNumbers[i]!;
      picked.areaIndex[k] = indexIn(this.areas[i]!, areaAt, picked.areas);
      picked.regionIndex[k] = indexIn(this.regions[i]!, regionAt, picked.regions);
    }
    return picked;
  }
}

/** The index of `v` in `list` (added on first sight; by identity), −1 for null. */
function indexIn<T extends object>(v: T | null, at: Map<T, number>, list: object[]): number {
  if (v === null) return -1;
  let i = at.get(v);
  if (i === undefined) { i = list.length; list.push(v); at.set(v, i); }
  return i;
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
    const picked = columns.pick(await ids);
    reply = { ok: true, picked, findings: read.findings, info: read.info };
  } catch (e) {
    reply = e instanceof InputError ? { ok: false, inputError: e.finding } : { ok: false, bug: e instanceof Error ? e.stack ?? e.message : String(e) };
  }
  port.postMessage(reply);
}
