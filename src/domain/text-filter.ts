// A quick "certainly not in the list" test for texts, for scanning a long column against a set of texts: each text
// is hashed once where it is already at hand, and the scan tests a bit in a small table (one cache line) instead of
// looking the text up in a set of hundreds of thousands (a cache miss or two per row: BENCHMARKS.md, the ledger of a
// large year). A set bit says "maybe": the caller then asks the set itself.

/** A 30-bit FNV-1a hash of the text's UTF-16 code units (the same text gives the same hash in every thread). */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

/** Hashes of texts (textHash) as a bit table: `mayHave(h)` is true for every hash added, and for a few per cent of
 *  the others. */
export class TextHashFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** A table for about `count` hashes: 32 bits per hash, at least 2^16 and at most 2^27 bits (16 MB). */
  constructor(count: number) {
    const size = Math.min(27, Math.max(16, Math.ceil(Math.log2(Math.max(1, count) * 32))));
    this.bits = new Uint32Array(2 ** (size - 5));
    this.mask = 2 ** size - 1;
  }

  /** The table of the `count` hashes `hashAt(0)`, `hashAt(1)` … */
  static of(count: number, hashAt: (i: number) => number): TextHashFilter {
    const filter = new TextHashFilter(count);
    for (let i = 0; i < count; i++) filter.add(hashAt(i));
    return filter;
  }

  /** The table of the hashes that `hashAt(0)`, `hashAt(1)` … give more than once (and of a few per cent of the
   *  others): only the texts whose hash it may have can be one another's repeats (src/ingest/rows/duplicate-ids.ts,
   *  the duplicate ids of src/pipeline/classify.ts), so only those need a map. */
  static ofRepeated(count: number, hashAt: (i: number) => number): TextHashFilter {
    const once = new TextHashFilter(count), again = new TextHashFilter(count);
    for (let i = 0; i < count; i++) {
      const h = hashAt(i);
      if (once.mayHave(h)) again.add(h); else once.add(h);
    }
    return again;
  }

  add(hash: number): void {
    const h = hash & this.mask;
    this.bits[h >>> 5] = this.bits[h >>> 5]! | (1 << (h & 31));
  }

  mayHave(hash: number): boolean {
    const h = hash & this.mask;
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
