// Growable columns for long files kept column by column (src/app/ledger-columns.ts, src/ingest/rows/duplicate-ids.ts):
// values go into fixed-size chunks, so a column of a million values is never copied as it grows (an array that grows
// by copying leaves its old copies as garbage, BENCHMARKS.md), and integers take 4 bytes each.

const CHUNK = 1 << 16;

/** 32-bit signed integers. */
export class IntColumn {
  private readonly chunks: Int32Array[] = [];
  private last = new Int32Array(0);
  private used = 0;
  length = 0;

  push(value: number): void {
    if (!(value === (value | 0))) throw new RangeError(`not a 32-bit integer: ${value}`);
    if (this.used === this.last.length) { this.last = new Int32Array(CHUNK); this.chunks.push(this.last); this.used = 0; }
    this.last[this.used++] = value;
    this.length++;
  }

  get(i: number): number {
    return this.chunks[i >>> 16]![i & (CHUNK - 1)]!;
  }
}

/** Any values (strings, objects). */
export class ListColumn<T> {
  private readonly chunks: T[][] = [];
  private last: T[] = [];
  length = 0;

  push(value: T): void {
    if (this.last.length === CHUNK || this.chunks.length === 0) { this.last = []; this.chunks.push(this.last); }
    this.last.push(value);
    this.length++;
  }

  get(i: number): T {
    return this.chunks[i >>> 16]![i & (CHUNK - 1)]!;
  }
}

/** Values by a small index: each distinct value (by identity, null aside) once, and an index per row, −1 for null. */
export class IndexedColumn<T> {
  private readonly index = new IntColumn();
  private readonly at = new Map<T, number>();
  readonly values: T[] = [];

  get length(): number { return this.index.length; }

  push(value: T | null): void {
    if (value === null) { this.index.push(-1); return; }
    let i = this.at.get(value);
    if (i === undefined) { i = this.values.length; this.values.push(value); this.at.set(value, i); }
    this.index.push(i);
  }

  /** The value's index (−1 for null). */
  indexAt(i: number): number {
    return this.index.get(i);
  }

  get(i: number): T | null {
    const k = this.index.get(i);
    return k < 0 ? null : this.values[k]!;
  }
}
