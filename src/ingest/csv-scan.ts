// A small RFC 4180 scanner over UTF-8 bytes fed in chunks (issue 7: csv-parse built an `info` object per record
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
const QUOTE_BYTES = Buffer.from('"');

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
  /** Bytes of the current field from earlier chunks or split by a skipped quote; empty when the field is one run. */
  private pieces: Uint8Array[] = [];
  private piecesLength = 0;
  /** Carried bytes: the last byte of a chunk waits for the next one (a quote or \r needs to see what follows). */
  private carry: Buffer | null = null;
  private ended = false;

  constructor(private readonly delimiter: number, private readonly handler: CsvScanHandler) {}

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
    if (this.wasQuoting || this.record.length !== 0 || this.piecesLength !== 0) {
      this.record.push(this.fieldText(Buffer.alloc(0), 0, 0));
      this.emit();
    }
  }

  /** Field bytes = pieces + buf[from, to). */
  private fieldText(buf: Buffer, from: number, to: number): string {
    if (this.pieces.length === 0) return from === to ? '' : buf.toString('utf8', from, to);
    if (to > from) this.pieces.push(buf.subarray(from, to));
    const text = Buffer.concat(this.pieces).toString('utf8');
    this.pieces = [];
    this.piecesLength = 0;
    return text;
  }

  private keep(buf: Buffer, from: number, to: number): void {
    if (to > from) { this.pieces.push(buf.subarray(from, to)); this.piecesLength += to - from; }
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
          this.pieces.unshift(QUOTE_BYTES);
          this.piecesLength++;
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
        if (run === pos && this.piecesLength === 0) { this.quoting = true; run = pos + 1; }
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
