// The ledger as the reading worker keeps it (src/app/read-worker.ts): column by column while it is read, and the rows
// the pipeline can look at (src/pipeline/ledger.ts ledgerRowsNamed) sent to the main thread column by column too.
import { Exact } from '../domain/exact.js';
import { type LedgerRow, type RegionRef, type SourceRef, sourceRef } from '../domain/rows.js';
import { IndexedColumn } from '../domain/columns.js';
import { TextHashFilter, textHash } from '../domain/text-filter.js';
import { DuplicateIds } from '../ingest/rows/duplicate-ids.js';
import { ledgerRowsNamed } from '../pipeline/ledger.js';

/**
 * The kept rows as they cross to the main thread: column by column, each distinct area and region once (a structured
 * clone of ≈ 100,000 row objects took longer to send and receive than the rows take to rebuild here, BENCHMARKS.md).
 */
export interface PickedRows {
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
export function rowsOf(p: PickedRows): LedgerRow[] {
  const shape = p.shape;
  if (shape === undefined) return [];
  const areas = p.areas.map((a) => Exact.revive(a));
  const { file, sheet } = shape.source; // sourceRef, not a spread of shape.source: one hidden class for all the sources
  const rows: LedgerRow[] = new Array<LedgerRow>(p.ids.length);
  for (let i = 0; i < rows.length; i++) {
    const a = p.areaIndex[i]!, g = p.regionIndex[i]!;
    rows[i] = {
      source: sourceRef(file, sheet, p.rowNumbers[i]!), columns: shape.columns, projectId: p.ids[i]!, linkageYear: p.years[i]!,
      creditedAreaHa: a < 0 ? null : areas[a]!, region: g < 0 ? null : p.regions[g]!,
    };
  }
  return rows;
}

/**
 * The rows as read, column by column: the fields that vary per row, the rest shared (the file's source and
 * columns; the memoised areas and regions are one object per distinct value already, src/ingest/convert.ts). The ids,
 * their hashes and the rows' numbers are those the reader's duplicate-id check noted (ReadFileOptions.ids), as bytes
 * (BENCHMARKS.md "The 10× peak, third pass": 1.4 million id strings were ≈ 45 MB here).
 * A ledger of a million rows takes tens of megabytes here instead of hundreds as row objects.
 */
export class LedgerColumns {
  /** The ids of the rows, in reading order: give it to readInputFile as `ids`. */
  readonly ids = new DuplicateIds();
  private readonly years = new IndexedColumn<number>();
  private readonly areas = new IndexedColumn<Exact>();
  private readonly regions = new IndexedColumn<RegionRef>();
  private shape: LedgerShape | undefined;
  /** 1 for the rows of the ids given to want (made at the first call, after the last add). */
  private wanted: Uint8Array | undefined;
  /** The hashes of every id of the ledger: an id given to want that is certainly not in it goes no further. */
  private here: TextHashFilter | undefined;

  add(row: LedgerRow): void {
    if (this.wanted !== undefined) throw new Error('ledger row added after want');
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
    // The reader notes the row's id before it hands the row over (src/ingest/rows/index.ts RowAssembler.row); rows'
    // numbers differ, so the same number says that the i-th id is this row's.
    const i = this.years.length;
    if (this.ids.length !== i + 1 || this.ids.row(i) !== row.source.row) {
      throw new Error('ledger row without its id noted: the reader was not given LedgerColumns.ids');
    }
    this.years.push(row.linkageYear);
    this.areas.push(row.creditedAreaHa);
    this.regions.push(row.region);
  }

  /** Marks the rows of the ids `named`, once every row is added; picked() keeps them. Called once per batch of ids:
   *  the main thread sends them as it reads the files that name them (src/app/read-worker.ts). */
  want(named: readonly string[]): void {
    const ids = this.ids, count = this.years.length;
    // Only the ids that may be in the ledger go into the set; a row's id is looked up in the set only when its hash
    // may be one of theirs (most are not), and only then is it made a string again.
    const here = (this.here ??= TextHashFilter.of(count, (i) => ids.hash(i)));
    const set = new Set<string>();
    const setHashes: number[] = [];
    for (const id of named) {
      const h = textHash(id);
      if (here.mayHave(h) && !set.has(id)) { set.add(id); setHashes.push(h); }
    }
    if (set.size === 0) return;
    const filter = TextHashFilter.of(setHashes.length, (i) => setHashes[i]!);
    const wanted = (this.wanted ??= new Uint8Array(count));
    for (let i = 0; i < count; i++) {
      if (wanted[i] === 0 && filter.mayHave(ids.hash(i)) && set.has(ids.id(i))) wanted[i] = 1;
    }
  }

  /** The rows of ledgerRowsNamed(every id given to want), in reading order, for the main thread (rowsOf). */
  picked(): PickedRows {
    const ids = this.ids, count = this.years.length;
    const wanted = this.wanted ?? new Uint8Array(count);
    // The probe's id goes unread: whether row `at` is wanted is already marked.
    let at = 0;
    const keep = ledgerRowsNamed({ has: () => wanted[at] === 1 });
    const taken: number[] = [];
    const probe: { projectId: string; linkageYear: number | null } = { projectId: '', linkageYear: null };
    for (; at < count; at++) {
      probe.linkageYear = this.years.get(at);
      if (keep(probe)) taken.push(at);
    }
    const n = taken.length;
    const picked: PickedRows = {
      shape: this.shape, ids: new Array<string>(n), years: new Array<number | null>(n), rowNumbers: new Int32Array(n),
      areaIndex: new Int32Array(n), areas: [], regionIndex: new Int32Array(n), regions: [],
    };
    const areaAt = new Map<number, number>(), regionAt = new Map<number, number>();
    for (let k = 0; k < n; k++) {
      const j = taken[k]!;
      picked.ids[k] = ids.id(j);
      picked.years[k] = this.years.get(j);
      picked.rowNumbers[k] = ids.row(j);
      picked.areaIndex[k] = renumbered(this.areas, j, areaAt, picked.areas);
      picked.regionIndex[k] = renumbered(this.regions, j, regionAt, picked.regions);
    }
    return picked;
  }
}

/** Row i's value as an index into `list` of the values picked (added on first sight), −1 for null. */
function renumbered<T extends object>(column: IndexedColumn<T>, i: number, at: Map<number, number>, list: object[]): number {
  const k = column.indexAt(i);
  if (k < 0) return -1;
  let j = at.get(k);
  if (j === undefined) { j = list.length; list.push(column.values[k]!); at.set(k, j); }
  return j;
}

/** The keys of a ledger row in the builder's order (src/ingest/columns/ledger.ts). */
const LEDGER_KEYS = 'source,columns,projectId,linkageYear,creditedAreaHa,region';
