// Short UTF-8 byte ranges decoded once per distinct bytes seen lately: the cells of an export repeat (document types,
// 是/否, dates, region codes, years; the same project id on each of its documents), and decoding each one made a fresh
// string that the per-file memos then hashed again (src/ingest/convert.ts). A repeat now costs a hash of its bytes and
// a comparison, and gives the string decoded the first time — whose hash V8 has already computed. BENCHMARKS.md.
// The string is always the bytes' own UTF-8 decoding (Buffer#toString), invalid bytes included: a slot is only
// reused for the very same bytes.

/** Longest byte range kept: longer cells are mostly unique (names, places, notes). */
const MAX_BYTES = 24;
/** Slots of the direct-mapped table (a power of two). */
const SLOTS = 4096;

export class ShortTexts {
  private readonly bytes: Uint8Array;
  /** Bytes held by each slot; 0: none (an empty range is never looked up). */
  private readonly lengths: Uint8Array;
  private readonly texts: string[];
  private readonly mask: number;

  /** @param slots a power of two (tests use few, so that different bytes share slots). */
  constructor(slots = SLOTS) {
    this.bytes = new Uint8Array(slots * MAX_BYTES);
    this.lengths = new Uint8Array(slots);
    this.texts = new Array<string>(slots).fill('');
    this.mask = slots - 1;
  }

  /** The UTF-8 text of buf[from, to) (from < to). */
  decode(buf: Buffer, from: number, to: number): string {
    const n = to - from;
    if (n > MAX_BYTES) return buf.toString(undefined, from, to);
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const slot = (h ^ (h >>> 15)) & this.mask;
    const base = slot * MAX_BYTES;
    const bytes = this.bytes;
    if (this.lengths[slot] === n) {
      let k = 0;
      while (k < n && bytes[base + k] === buf[from + k]) k++;
      if (k === n) return this.texts[slot]!;
    }
    // UTF-8 is Buffer#toString's default: given no name, it does not look one up for each value.
    const text = buf.toString(undefined, from, to);
    for (let k = 0; k < n; k++) bytes[base + k] = buf[from + k]!;
    this.lengths[slot] = n;
    this.texts[slot] = text;
    return text;
  }
}
