// Typed rows kept column by column (BENCHMARKS.md "The 10× peak, fourth pass"): a kind with many rows and few fields
// that only one stage reads (the evidence, 材料清单: three rows per linkage candidate, ≈ 200 bytes a row as objects)
// is held as columns, and a row is made again, equal to the one added, when a stage asks for it.
import { IndexedColumn, IntColumn, ListColumn } from './columns.js';
import type { RowBase } from './rows.js';

/** Rows by position: an array of rows is one, and so is PackedRows. */
export interface RowList<T> extends Iterable<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/**
 * How a field is kept: `shared`, by an index per distinct value (an id of a few rows, a vocabulary term, a repeated
 * text); `each`, as it is (free text, areas).
 */
export type PackedField = 'shared' | 'each';

type Field<T> = Exclude<keyof T & string, keyof RowBase>;
export type PackedLayout<T> = { readonly [F in Field<T>]: PackedField };

interface Column { push(value: unknown): void; get(i: number): unknown }

function column(kind: PackedField): Column {
  return kind === 'shared' ? new IndexedColumn<unknown>() : new ListColumn<unknown>();
}

/**
 * Rows of one shape kept as columns: `source` as its file (and sheet) by index and its row number, `columns` (the
 * header names of the row's file) by index, each field as its layout says. `at(i)` makes the row added i-th again:
 * the same keys in the same order (source, columns, then the fields in the layout's order, which must be the rows'
 * own), the same values; a new object at each call.
 */
export class PackedRows<T extends RowBase> implements RowList<T> {
  private readonly fields: readonly (readonly [Field<T>, Column])[];
  private readonly files = new IndexedColumn<{ file: string; sheet?: string }>();
  private readonly fileKeys = new Map<string, { file: string; sheet?: string }>();
  private readonly rows = new IntColumn();
  private readonly headers = new IndexedColumn<RowBase['columns']>();

  constructor(layout: PackedLayout<T>) {
    this.fields = (Object.keys(layout) as Field<T>[]).map((f) => [f, column(layout[f])] as const);
  }

  get length(): number { return this.rows.length; }

  add(row: T): void {
    const s = row.source;
    const key = s.sheet === undefined ? s.file : `${s.file}\u0000${s.sheet}`;
    let where = this.fileKeys.get(key);
    if (where === undefined) { where = s.sheet === undefined ? { file: s.file } : { file: s.file, sheet: s.sheet }; this.fileKeys.set(key, where); }
    this.files.push(where);
    this.rows.push(s.row);
    this.headers.push(row.columns ?? null);
    for (const [f, c] of this.fields) c.push(row[f]);
  }

  at(index: number): T | undefined {
    const k = Math.trunc(index); // as Array#at: a fraction cut off, a negative position from the end
    const i = k < 0 ? k + this.length : k;
    if (!(i >= 0 && i < this.length)) return undefined;
    const where = this.files.get(i)!;
    const columns = this.headers.get(i);
    // a copy of a template with every key in place: the rows share one shape, made without a key added at a time
    const row: Record<string, unknown> = columns === null ? { ...this.template(false) } : { ...this.template(true) };
    row.source = where.sheet === undefined ? { file: where.file, row: this.rows.get(i) } : { file: where.file, sheet: where.sheet, row: this.rows.get(i) };
    if (columns !== null) row.columns = columns;
    for (const [f, c] of this.fields) row[f] = c.get(i);
    return row as T;
  }

  private templates: [Record<string, null>?, Record<string, null>?] = [];

  /** The keys of a row in order, with or without `columns`, as an object made by JSON.parse (its fields inside it,
   *  as src/ingest/rows/build.ts makes the rows). */
  private template(withColumns: boolean): Record<string, null> {
    const k = withColumns ? 1 : 0;
    return this.templates[k] ??= JSON.parse(JSON.stringify(Object.fromEntries(
      ['source', ...(withColumns ? ['columns'] : []), ...this.fields.map(([f]) => f)].map((f) => [f, null]),
    ))) as Record<string, null>;
  }

  /** Field `field` of row i (0 ≤ i < length), without making the row. */
  reader<F extends Field<T>>(field: F): (i: number) => T[F] {
    const c = this.fields.find(([f]) => f === field)?.[1];
    if (c === undefined) throw new RangeError(`PackedRows: no field ${field}`);
    return (i) => c.get(i) as T[F];
  }

  /** As JSON, the rows. */
  toJSON(): T[] {
    return [...this];
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }
}

/** Field `field` of each row of `rows` by position: read from the column when the rows are packed. */
export function fieldOf<T extends RowBase, F extends Field<T>>(rows: RowList<T>, field: F): (i: number) => T[F] {
  if (rows instanceof PackedRows) return (rows as PackedRows<T>).reader(field);
  return (i) => rows.at(i)![field];
}
