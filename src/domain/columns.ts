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

/** Bytes per chunk of a TextColumn: 1 MB, and at most 1,024 chunks (1 GB of text). */
const TEXT_CHUNK_BITS = 20;
const TEXT_CHUNK = 1 << TEXT_CHUNK_BITS;
const TEXT_MAX_CHUNKS = 1 << (31 - TEXT_CHUNK_BITS - 1);

/**
 * Texts kept as bytes rather than as strings (BENCHMARKS.md "The 10× peak, third pass": the ledger's 1.4 million ids
 * were ≈ 45 MB of strings of 16 characters, 32 bytes each and a pointer per column that held them). A text whose
 * characters are all below U+0100 (ids, codes: the usual case) takes one byte per character in 1 MB chunks and 4 bytes
 * for where it ends; any other text (or one longer than a chunk) is kept as it is, by its index. `get` gives back a
 * string equal to the one pushed.
 */
export class TextColumn {
  private readonly chunks: Buffer[] = [];
  private last: Buffer = Buffer.alloc(0);
  private used = 0;
  /** Each text's end: chunk index << TEXT_CHUNK_BITS + 1 | offset after its last byte (the text starts where the one
   *  before ends, or at 0 when that one ends in another chunk). */
  private readonly ends = new IntColumn();
  /** The texts not packed, by index. */
  private readonly others = new Map<number, string>();

  get length(): number { return this.ends.length; }

  push(text: string): void {
    const n = text.length;
    if (n > TEXT_CHUNK || !this.pack(text, n)) {
      this.others.set(this.ends.length, text);
      this.ends.push(this.end()); // empty, where the text before ends
      return;
    }
    this.ends.push(this.end());
  }

  get(i: number): string {
    if (this.others.size > 0) {
      const other = this.others.get(i);
      if (other !== undefined) return other;
    }
    const end = this.ends.get(i);
    const chunk = end >>> (TEXT_CHUNK_BITS + 1), stop = end & ((TEXT_CHUNK << 1) - 1);
    let start = 0;
    if (i > 0) {
      const before = this.ends.get(i - 1);
      if (before >>> (TEXT_CHUNK_BITS + 1) === chunk) start = before & ((TEXT_CHUNK << 1) - 1);
    }
    return start === stop ? '' : this.chunks[chunk]!.toString('latin1', start, stop);
  }

  /** Writes the text's characters as bytes after the last text; false (nothing kept) when one is U+0100 or above. */
  private pack(text: string, n: number): boolean {
    if (this.used + n > this.last.length) {
      if (this.chunks.length === TEXT_MAX_CHUNKS) throw new RangeError('TextColumn: more than 1 GB of text');
      const next = Buffer.allocUnsafeSlow(TEXT_CHUNK);
      for (let k = 0; k < n; k++) {
        const c = text.charCodeAt(k);
        if (c > 0xff) return false;
        next[k] = c;
      }
      this.chunks.push(next);
      this.last = next;
      this.used = n;
      return true;
    }
    const last = this.last, at = this.used;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c > 0xff) return false;
      last[at + k] = c;
    }
    this.used = at + n;
    return true;
  }

  private end(): number {
    return this.chunks.length === 0 ? 0 : ((this.chunks.length - 1) << (TEXT_CHUNK_BITS + 1)) | this.used;
  }
}
