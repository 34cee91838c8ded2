// UTF-8 bytes built piece by piece, for the cells of a big sheet: millions of small pieces (markup, a cell
// reference, a style or string index) go straight into a byte buffer instead of into a JavaScript string that is
// then flattened and encoded (that string building and its garbage were a large part of the plan workbook's time
// on the 10× benchmark year). The bytes are the same as Buffer.from(the concatenated text, 'utf8').

/** 10^k, k up to 6: the places of a short decimal number. */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/** A growing byte buffer handed out in chunks: `take()` gives the bytes so far and starts a fresh buffer. */
export class ByteChunks {
  private buf: Buffer;
  /** Bytes written into the current buffer. */
  length = 0;

  constructor(private readonly capacity = 1 << 18) {
    this.buf = Buffer.allocUnsafe(capacity);
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  /** Any text, UTF-8 encoded. */
  text(s: string): void {
    this.room(s.length * 3);
    this.length += this.buf.write(s, this.length, 'utf8');
  }

  /** Text the caller knows to be ASCII (markup, a number's text, a cell reference); other text is encoded as UTF-8. */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) { this.length = at; this.text(s.slice(i)); return; }
      buf[at++] = c;
    }
    this.length = at;
  }

  /** The first `n` bytes of `src`: markup encoded once and written cell after cell. */
  bytes(src: Uint8Array, n = src.length): void {
    this.room(n);
    const buf = this.buf;
    let at = this.length;
    for (let i = 0; i < n; i++) buf[at++] = src[i]!;
    this.length = at;
  }

  /**
   * A number as String(n) writes it; a non-negative integer, and a number of at most 6 decimals and 15 significant
   * digits (an area rounded to 4 places), without making that string: turning a fraction into its shortest text was
   * the dearest line of the plan workbook's writer (BENCHMARKS.md).
   */
  number(n: number): void {
    if (Number.isSafeInteger(n) && n >= 0) { this.digits(n, 0); return; }
    if (!this.shortDecimal(n)) this.ascii(String(n));
  }

  /** The decimal digits of a non-negative safe integer, at least `width` of them (zeros in front). */
  private digits(n: number, width: number): void {
    let digits = 1;
    for (let p = 10; p <= n; p *= 10) digits++;
    if (digits < width) digits = width;
    this.room(digits);
    const buf = this.buf;
    let at = this.length + digits;
    const start = this.length;
    this.length = at;
    while (at > start) {
      const q = Math.floor(n / 10);
      buf[--at] = 0x30 + (n - q * 10);
      n = q;
    }
  }

  /**
   * Writes n when it is the double nearest to m / 10^k for an integer m below 10^15 and k up to 6 (false otherwise:
   * nothing written). Such a decimal has at most 15 significant digits, so no other decimal of at most 15 digits has
   * the same double (DBL_DIG): it is the shortest text that reads back as n, the one Number::toString writes
   * (ECMA-262), and plain, since |n| ≥ 10^-6. A division of exact doubles is correctly rounded, so `m / 10^k === |n|`
   * says that n is that nearest double.
   */
  private shortDecimal(n: number): boolean {
    if (n === 0) { this.digits(0, 0); return true; } // -0 too, as String(-0)
    const a = Math.abs(n);
    if (!(a < 1e15)) return false;
    for (let k = 1; k <= 6; k++) {
      const p = POW10[k]!;
      const m = Math.round(a * p);
      if (m >= 1e15) return false;
      if (m / p !== a) continue;
      let fraction = m % p;
      const whole = (m - fraction) / p;
      let places = k;
      while (places > 0 && fraction % 10 === 0) { fraction /= 10; places--; }
      if (n < 0) { this.room(1); this.buf[this.length++] = 0x2d; }
      this.digits(whole, 0);
      if (places > 0) {
        this.room(1);
        this.buf[this.length++] = 0x2e;
        this.digits(fraction, places);
      }
      return true;
    }
    return false;
  }

  /** Buffers given back by `recycle`, written into again instead of new ones. */
  private readonly spare: Buffer[] = [];

  /**
   * The bytes written since the last take (a buffer of their own until it is given back to `recycle`), and a
   * fresh buffer for what follows.
   */
  take(): Buffer {
    const out = this.buf.subarray(0, this.length);
    this.buf = this.spare.pop() ?? Buffer.allocUnsafe(this.capacity);
    this.length = 0;
    return out;
  }

  /**
   * Gives back a buffer `take` returned, once its reader is done with it: the next takes write into it again. A big
   * sheet then allocates a few buffers instead of one per take (V8 counts every new buffer as external memory and
   * collects garbage early when much of it was allocated).
   */
  recycle(taken: Buffer): void {
    if (taken.byteOffset !== 0 || taken.buffer.byteLength < this.capacity) return;
    this.spare.push(Buffer.from(taken.buffer, 0, taken.buffer.byteLength));
  }
}
