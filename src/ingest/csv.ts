// CSV (and other delimited text) → Table (inputs.md "`.csv`: UTF-8 (with or without BOM) or GB18030/GBK —
// detected, never asked"). Decoding first (csv-parse only knows Node's encodings — dependencies.md), then:
// - the delimiter is sniffed from the first lines among `,` `\t` `|` `;` (the national-site sample is
//   pipe-separated): the one that splits the most lines into the same number (> 0) of fields wins, ties going
//   to that order;
// - line endings may be mixed (\r\n, \n, \r): all are record ends;
// - ragged rows are kept as they are (columns are matched by position later);
// - a record csv-parse cannot read (an unclosed quote) is reported by row, never silently dropped.
// Row numbers are record numbers (first record = 1), which is what a spreadsheet program shows.
import { parse } from 'csv-parse/sync';
import { decodeBytes } from './encoding.js';
import type { ReadLimits } from './limits.js';
import { limitExceeded } from './limits.js';
import type { RawRow, Table } from './table.js';

export const DELIMITERS = [',', '\t', '|', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SNIFF_LINES = 20;

/** Counts each candidate delimiter outside quotes in the first lines and picks the most consistent one. */
export function sniffDelimiter(text: string): Delimiter {
  const counts: number[][] = DELIMITERS.map(() => []);
  let lines = 0;
  let inQuotes = false;
  let current = DELIMITERS.map(() => 0);
  const flush = (): void => {
    if (current.some((n) => n > 0)) { current.forEach((n, i) => counts[i]!.push(n)); lines++; }
    current = DELIMITERS.map(() => 0);
  };
  for (let i = 0; i < text.length && lines < SNIFF_LINES; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) flush();
    else if (!inQuotes) {
      const k = DELIMITERS.indexOf(ch as Delimiter);
      if (k >= 0) current[k]!++;
    }
  }
  if (lines < SNIFF_LINES) flush();
  let best: Delimiter = ',';
  let bestScore = -1;
  let bestWidth = 0;
  DELIMITERS.forEach((d, i) => {
    const list = counts[i]!.filter((n) => n > 0);
    if (list.length === 0) return;
    const freq = new Map<number, number>();
    for (const n of list) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 0, modeCount = 0;
    for (const [n, c] of freq) if (c > modeCount || (c === modeCount && n > mode)) { mode = n; modeCount = c; }
    if (modeCount > bestScore || (modeCount === bestScore && mode > bestWidth)) { best = d; bestScore = modeCount; bestWidth = mode; }
  });
  return best;
}

export function readCsvTable(bytes: Uint8Array, file: string, limits: ReadLimits): Table {
  const { text, encoding } = decodeBytes(bytes);
  const delimiter = sniffDelimiter(text);
  const rows: RawRow[] = [];
  const unreadableRows: Table['unreadableRows'] = [];
  let n = 0;
  parse(text, {
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_record: (record: string[]) => {
      n++;
      if (n > limits.maxRows) throw limitExceeded(file, 'maxRows', n, limits);
      rows.push({ row: n, cells: record });
      return null;
    },
    on_skip: (err) => {
      n++;
      unreadableRows.push({ row: n, detail: err?.message ?? 'CSV 语法错误' });
      return undefined;
    },
  });
  return { rows, date1904: false, encoding, unreadableRows };
}
