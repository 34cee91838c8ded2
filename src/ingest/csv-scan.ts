// A small RFC 4180 scanner over UTF-8 bytes fed in chunks (for speed, BENCHMARKS.md: csv-parse built an `info` object per record
// for our callbacks — 1.1 s of the 5.4 s of the 10× ledger — and the whole file as one table).
// It reproduces exactly what csv-parse 7 did with the options landlink used (delimiter sniffed; record delimiters
// \r\n, \n, \r; relax_quotes; relax_column_count; skip_empty_lines false; skip_records_with_error), which
// tests/ingest/csv-scan.test.ts checks against csv-parse itself on random input:
// - a field that starts with '"' is quoted: '""' inside it is one '"', delimiters and line breaks are data;
// - a quote that closes a field but is followed by something else than a delimiter, a line break or the end
//   (`"a"b`) makes the field plain text again with both quotes kept (`"a"b`); a quote inside an unquoted
//   field is a character;
// - an empty line is a record of one empty field; the line break at the end of the file ends the last record;
// - a quote still open at the end of the file makes that last record unreadable: it is reported (with
//   csv-parse's own message and line count) instead of being read.
// Every special character is ASCII and never part of a UTF-8 multi-byte sequence, so chunks may be cut anywhere;
// each field is decoded from its own complete bytes (a fresh string that keeps no chunk alive).

const QUOTE = 0x22, CR = 0x0d, LF = 0x0a;

export interface CsvScanHandler {
  record(cells: string[]): void;
  /** The last record had an open quote at the end of the input. */
  unclosed(detail: string): void;
}

export class CsvByteScanner {
  private quoting = false;
  private wasQuoting = false;
  private escaping = false;
  /** csv-parse's `info.lines`: line breaks met so far, for its error message. */
  private lines = 1;
  private lastWasBreak = false;
  private record: string[] = [];
  /** Bytes of the current field from earlier chunks or split by a skipped quote, copied into one growing buffer
   *  (a list of small slices cost ≈60 bytes of bookkeeping per `""` pair); empty when the field is one run. */
  private field: Buffer = Buffer.alloc(0);
  private fieldLength = 0;
  /** Carried bytes: the last byte of a chunk waits for the next one (a quote or \r needs to see what follows). */
  private carry: Buffer | null = null;
  private ended = false;

  /**
   * @param maxFieldBytes a field is kept up to this many bytes (cut at a character boundary) and the rest of it is
   *   skipped: a cell longer than any the reader accepts is reported from its prefix, without holding all of it.
   */
  constructor(private readonly delimiter: number, private readonly handler: CsvScanHandler, private readonly maxFieldBytes: number = Number.POSITIVE_INFINITY) {}

  write(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry !== null) { buf = Buffer.concat([this.carry, buf]); this.carry = null; }
    // The last byte waits for the next chunk: what it means may depend on the byte after it.
    const consumed = this.scan(buf, buf.length - 1);
    if (consumed < buf.length) this.carry = Buffer.from(buf.subarray(consumed));
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.carry !== null) { const c = this.carry; this.carry = null; this.scan(c, c.length); }
    if (this.quoting) {
      // csv-parse counts a line break when it reads the byte after it: a break as the very last byte is not counted.
      const lines = this.lines - (this.lastWasBreak ? 1 : 0);
      this.handler.unclosed(`Quote Not Closed: the parsing is finished with an opening quote at line ${lines}`);
      return;
    }
    if (this.wasQuoting || this.record.length !== 0 || this.fieldLength !== 0) {
      this.record.push(this.fieldText(Buffer.alloc(0), 0, 0));
      this.emit();
    }
  }

  /** Field bytes = the kept bytes + buf[from, to), at most `maxFieldBytes` of them. Decoded as UTF-8, the default
   *  encoding of Buffer#toString: given no name, it does not look one up for each field (BENCHMARKS.md). */
  private fieldText(buf: Buffer, from: number, to: number): string {
    if (this.fieldLength === 0) {
      if (to - from <= this.maxFieldBytes) return from === to ? '' : buf.toString(undefined, from, to);
      return buf.toString(undefined, from, from + completeUtf8(buf, from, this.maxFieldBytes));
    }
    this.keep(buf, from, to);
    const text = this.field.toString(undefined, 0, completeUtf8(this.field, 0, this.fieldLength));
    this.fieldLength = 0;
    if (this.field.length > 65_536) this.field = Buffer.alloc(0); // a long field's buffer is not kept for the next
    return text;
  }

  private keep(buf: Uint8Array, from: number, to: number): void {
    const n = Math.min(to - from, this.maxFieldBytes - this.fieldLength);
    if (n <= 0) return;
    this.reserve(this.fieldLength + n);
    this.field.set(buf.subarray(from, from + n), this.fieldLength);
    this.fieldLength += n;
  }

  /** relax_quotes: the field's opening quote put back in front of what is kept. */
  private keepQuoteInFront(): void {
    const kept = Math.min(this.fieldLength, this.maxFieldBytes - 1);
    this.reserve(kept + 1);
    this.field.copy(this.field, 1, 0, kept);
    this.field[0] = QUOTE;
    this.fieldLength = kept + 1;
  }

  private reserve(size: number): void {
    if (size <= this.field.length) return;
    const grown = Buffer.allocUnsafe(Math.max(size, Math.min(this.field.length * 2 || 256, this.maxFieldBytes + 1)));
    this.field.copy(grown, 0, 0, this.fieldLength);
    this.field = grown;
  }

  private emit(): void {
    const cells = this.record;
    this.record = [];
    this.handler.record(cells);
  }

  /** Processes the bytes from 0 up to `stop` (or one further: the \n of a \r\n); the byte at `stop`, when there
   *  is one, is only looked at. Returns the position reached; the field's bytes up to it are kept. */
  private scan(buf: Buffer, stop: number): number {
    const delim = this.delimiter;
    const len = buf.length;
    let run = 0; // start of the current field's run of bytes in buf
    let pos = 0;
    if (this.escaping && pos < stop) {
      // the second quote of a '""' cut by the chunk boundary: a character of the field
      this.escaping = false;
      this.lastWasBreak = false;
      pos++;
    }
    while (pos < stop) {
      if (this.quoting) {
        // inside quotes: only a quote ends anything; line breaks are data (and counted, for the message)
        let c = buf[pos]!;
        while (c !== QUOTE) {
          if (c === CR || c === LF) { this.lines++; this.lastWasBreak = true; } else this.lastWasBreak = false;
          if (++pos >= stop) break;
          c = buf[pos]!;
        }
        if (pos >= stop) break;
        this.lastWasBreak = false;
        const next = pos + 1 < len ? buf[pos + 1]! : -1;
        if (next === QUOTE) {
          // '""': the first quote is left out, the second is a character of the field
          this.keep(buf, run, pos);
          run = pos + 1;
          if (pos + 1 < stop) pos += 2; else { this.escaping = true; pos++; }
          continue;
        }
        this.keep(buf, run, pos);
        this.quoting = false;
        this.wasQuoting = true;
        // -1: the end of the input; 0: csv-parse tests `!nextChr`, so a NUL byte counts as an end too
        if (next <= 0 || next === delim || next === CR || next === LF) {
          run = pos + 1;
        } else {
          // relax_quotes: `"a"b` — the field is text again, its opening quote put back, this quote kept
          this.keepQuoteInFront();
          run = pos;
        }
        pos++;
        continue;
      }
      // not quoting: ordinary bytes first
      let c = buf[pos]!;
      if (c !== delim && c !== CR && c !== LF && c !== QUOTE) {
        do { if (++pos >= stop) break; c = buf[pos]!; } while (c !== delim && c !== CR && c !== LF && c !== QUOTE);
        this.lastWasBreak = false;
        if (pos >= stop) break;
      }
      if (c === delim) {
        this.record.push(this.fieldText(buf, run, pos));
        this.wasQuoting = false;
        this.lastWasBreak = false;
        run = ++pos;
      } else if (c === QUOTE) {
        this.lastWasBreak = false;
        // an opening quote only at the very start of a field; elsewhere a character
        if (run === pos && this.fieldLength === 0) { this.quoting = true; run = pos + 1; }
        pos++;
      } else {
        this.record.push(this.fieldText(buf, run, pos));
        this.wasQuoting = false;
        this.lines++;
        this.lastWasBreak = true;
        // \r\n is one record delimiter (its \n is not a line of its own)
        pos += c === CR && pos + 1 < len && buf[pos + 1] === LF ? 2 : 1;
        run = pos;
        this.emit();
      }
    }
    this.keep(buf, run, Math.min(pos, len));
    return pos;
  }
}

/** How many of the `length` bytes at `start` form whole UTF-8 characters (a sequence cut at the end is left out). */
export function completeUtf8(bytes: Uint8Array, start: number, length: number): number {
  const end = start + length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const b = bytes[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? length - back : length;
  }
  return length;
}
