// Where the readers hand their raw rows, one at a time, as they read them (for speed and memory, BENCHMARKS.md: the typed rows are built while
// the file is scanned, so no reader holds a table of all raw rows). `collectTable` keeps them all, for callers that
// want the raw table itself (ledger add, the cities' returned workbooks, tests).
import type { RawRow, Table, TableEncoding } from './table.js';

export interface RawRowSink {
  /** The next row, in file order. The sink may keep it. */
  row(raw: RawRow): void;
  /** A record that could not be read at all (CSV syntax), with its row number. */
  unreadable(row: number, detail: string): void;
}

/** What a reader knows of the file before its rows (the sheet chosen, the date system, the text encoding). */
export interface TableMeta {
  sheet?: string;
  date1904: boolean;
  encoding: TableEncoding;
}

/** A sink that keeps every row, and the Table made of them. */
export function collectTable(): { sink: RawRowSink; table: (meta: TableMeta) => Table } {
  const rows: RawRow[] = [];
  const unreadableRows: Table['unreadableRows'] = [];
  return {
    sink: { row: (r) => { rows.push(r); }, unreadable: (row, detail) => { unreadableRows.push({ row, detail }); } },
    table: (meta) => ({ ...(meta.sheet !== undefined ? { sheet: meta.sheet } : {}), rows, date1904: meta.date1904, encoding: meta.encoding, unreadableRows }),
  };
}
