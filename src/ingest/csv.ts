// CSV (and other delimited text) → rows (inputs.md "`.csv`: UTF-8 (with or without BOM) or GB18030/GBK —
// detected, never asked"). The encoding is decided on the bytes first (encoding.ts, same rules), then the text is
// read as a stream of UTF-8 bytes — the file's own bytes when they are valid UTF-8, else decoded chunk by chunk
// (GB18030, UTF-16, damaged UTF-8) and encoded again — and scanned record by record (csv-scan.ts); each record is
// handed on at once (for memory, BENCHMARKS.md: no whole-file text, no table of all records).
// - the delimiter is sniffed from the first lines among `,` `\t` `|` `;` (the national-site sample is
//   pipe-separated): the one that splits the most lines into the same number (> 0) of fields wins, ties going
//   to that order;
// - line endings may be mixed (\r\n, \n, \r): all are record ends;
// - ragged rows are kept as they are (columns are matched by position later);
// - a record that cannot be read (an unclosed quote) is reported by row, never silently dropped.
// Row numbers are record numbers (first record = 1), which is what a spreadsheet program shows (a quoted line
// break inside a record does not start a new row).
import { MAX_CELL_CHARS } from './convert.js';
import { CsvByteScanner } from './csv-scan.js';

/** Enough UTF-8 bytes for more than MAX_CELL_CHARS UTF-16 units whatever the text (3 bytes at most per unit): a
 *  longer field is kept only that far and still reported as cell-too-long, at the cost of plain text. */
const MAX_FIELD_BYTES = 3 * (MAX_CELL_CHARS + 1);
import { type TextSource, textSource } from './encoding.js';
import type { ReadLimits } from './limits.js';
import { limitExceeded } from './limits.js';
import { type RawRowSink, type TableMeta, collectTable } from './row-sink.js';
import type { Table } from './table.js';
import type { StreamOptions } from './xlsx.js';

export const DELIMITERS = [',', '\t', '|', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SNIFF_LINES = 20;

const DELIMITER_BYTES = DELIMITERS.map((d) => d.charCodeAt(0));

/** Counts each candidate delimiter outside quotes in the first lines (fed as UTF-8 bytes, in chunks) and picks
 *  the most consistent one. A line counts when it holds a candidate at all. */
export class DelimiterSniffer {
  private readonly counts: number[][] = DELIMITERS.map(() => []);
  private lines = 0;
  private inQuotes = false;
  private current = DELIMITERS.map(() => 0);

  get decided(): boolean { return this.lines >= SNIFF_LINES; }

  private flush(): void {
    if (this.current.some((n) => n > 0)) { this.current.forEach((n, i) => this.counts[i]!.push(n)); this.lines++; }
    this.current = DELIMITERS.map(() => 0);
  }

  write(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length && this.lines < SNIFF_LINES; i++) {
      const ch = bytes[i]!;
      if (ch === 0x22) this.inQuotes = !this.inQuotes;
      else if (!this.inQuotes && (ch === 0x0a || ch === 0x0d)) this.flush();
      else if (!this.inQuotes) {
        const k = DELIMITER_BYTES.indexOf(ch);
        if (k >= 0) this.current[k]!++;
      }
    }
  }

  /** The delimiter: call when decided, or at the end of the text. */
  result(): Delimiter {
    if (this.lines < SNIFF_LINES) this.flush();
    let best: Delimiter = ',';
    let bestScore = -1;
    let bestWidth = 0;
    DELIMITERS.forEach((d, i) => {
      const list = this.counts[i]!.filter((n) => n > 0);
      if (list.length === 0) return;
      const freq = new Map<number, number>();
      for (const n of list) freq.set(n, (freq.get(n) ?? 0) + 1);
      let mode = 0, modeCount = 0;
      for (const [n, c] of freq) if (c > modeCount || (c === modeCount && n > mode)) { mode = n; modeCount = c; }
      if (modeCount > bestScore || (modeCount === bestScore && mode > bestWidth)) { best = d; bestScore = modeCount; bestWidth = mode; }
    });
    return best;
  }
}

/** The delimiter of a whole text. */
export function sniffDelimiter(text: string): Delimiter {
  const s = new DelimiterSniffer();
  s.write(Buffer.from(text, 'utf8'));
  return s.result();
}

/** UTF-8 chunks of a text source, each handed to `fn` in order. */
function eachUtf8Chunk(source: TextSource, chunkSize: number | undefined, fn: (chunk: Uint8Array) => void): void {
  if (source.utf8 !== undefined) {
    // The file's own bytes, already in memory: in one piece unless a size is asked for (tests).
    const bytes = source.utf8;
    const size = chunkSize ?? bytes.length;
    for (let i = 0; i < bytes.length; i += size) fn(bytes.subarray(i, i + size));
    return;
  }
  // Decoded text, encoded again as UTF-8 (what csv-parse did with the whole text: Buffer.from(text)). A lead
  // surrogate at the end of a piece waits for its partner, so a pair cut between two pieces stays one character.
  let held = '';
  const emit = (text: string, last: boolean): void => {
    let t = held + text;
    held = '';
    const end = t.charCodeAt(t.length - 1);
    if (!last && end >= 0xd800 && end <= 0xdbff) { held = t.slice(-1); t = t.slice(0, -1); }
    if (t !== '') fn(Buffer.from(t, 'utf8'));
  };
  const bytes = source.bytes;
  const size = chunkSize ?? 64 * 1024;
  for (let i = 0; i < bytes.length;) {
    const end = source.cut(i, size);
    emit(source.decode(bytes.subarray(i, end)), false);
    i = end;
  }
  emit(source.flush(), true);
}

/**
 * Reads delimited text row by row: `sinkFor` gets what is known before the rows (the encoding) and returns where
 * they go. Rows are numbered by record (first = 1); an unreadable record keeps its number.
 */
export function readCsvRows(bytes: Uint8Array, file: string, limits: ReadLimits, sinkFor: (meta: TableMeta) => RawRowSink, opts: StreamOptions = {}): TableMeta {
  const source = textSource(bytes);
  return scanCsv(source.encoding, (fn) => eachUtf8Chunk(source, opts.chunkSize, fn), file, limits, sinkFor);
}

/**
 * readCsvRows of a UTF-8 text (the byte-order mark, if any, left out) handed over piece by piece by `pieces` — a
 * large file read from the disk a piece at a time (src/ingest/read.ts) — the same rows as its bytes in one piece.
 * A piece is read while it is handed over, not after: its memory may be filled again with the next one.
 */
export function readUtf8CsvPieces(pieces: (fn: (chunk: Uint8Array) => void) => void, file: string, limits: ReadLimits, sinkFor: (meta: TableMeta) => RawRowSink): TableMeta {
  return scanCsv('utf-8', pieces, file, limits, sinkFor);
}

function scanCsv(encoding: TableMeta['encoding'], chunks: (fn: (chunk: Uint8Array) => void) => void, file: string, limits: ReadLimits, sinkFor: (meta: TableMeta) => RawRowSink): TableMeta {
  const meta: TableMeta = { date1904: false, encoding };
  const sink = sinkFor(meta);
  let n = 0;
  const handler = {
    record: (cells: string[]) => {
      n++;
      if (n > limits.maxRows) throw limitExceeded(file, 'maxRows', n, limits);
      sink.row({ row: n, cells });
    },
    unclosed: (detail: string) => {
      n++;
      sink.unreadable(n, detail);
    },
  };
  // The delimiter is sniffed from the first lines: chunks wait until it is known (one chunk, usually).
  const sniffer = new DelimiterSniffer();
  let waiting: Uint8Array[] | null = [];
  let scanner: CsvByteScanner | null = null;
  const start = (): CsvByteScanner => {
    const sc = new CsvByteScanner(sniffer.result().charCodeAt(0), handler, MAX_FIELD_BYTES);
    const queued = waiting ?? [];
    waiting = null;
    scanner = sc;
    for (const q of queued) sc.write(q);
    return sc;
  };
  chunks((chunk) => {
    if (scanner !== null) { scanner.write(chunk); return; }
    sniffer.write(chunk);
    waiting!.push(Uint8Array.from(chunk)); // a copy: the caller may fill the chunk's memory again (read.ts)
    if (sniffer.decided) start();
  });
  (scanner ?? start()).end();
  return meta;
}

export function readCsvTable(bytes: Uint8Array, file: string, limits: ReadLimits, opts: StreamOptions = {}): Table {
  const { sink, table } = collectTable();
  return table(readCsvRows(bytes, file, limits, () => sink, opts));
}
