// The "bare read" side of the benchmark (BENCHMARKS.md): read the same input files with the readers this stack would
// otherwise use, touch every cell, compute nothing. Run as its own child process:
//   node build/tools/bench/bare-read.js [--stream] FILE…   → one JSON line on stdout: rows and cells per file.
// .xlsx: exceljs's in-memory `readFile`, or with --stream its streaming WorkbookReader (the fastest reader of the
// stack, the benchmark's anchor — even though it garbles some Chinese text, docs/decisions.md);
// .csv: bytes decoded with iconv-lite (UTF-8, or GB18030 when the bytes are not valid UTF-8), then csv-parse.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export interface BareFileRead { file: string; rows: number; cells: number; chars: number }

/** Encoding of CSV bytes the way a careful bare reader decides it: BOM, strict UTF-8, else GB18030. */
export function csvEncoding(bytes: Uint8Array): 'utf-8' | 'gb18030' {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Counts what a cell holds, so no read can be optimised away. */
function touch(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number' || typeof value === 'boolean') return 1;
  if (value instanceof Date) return value.getTime() === 0 ? 0 : 1;
  return JSON.stringify(value).length;
}

export async function readXlsxBare(path: string): Promise<BareFileRead> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  let rows = 0, cells = 0, chars = 0;
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      rows++;
      row.eachCell({ includeEmpty: false }, (cell) => { cells++; chars += touch(cell.value); });
    });
  });
  return { file: basename(path), rows, cells, chars };
}

/** The same with exceljs's streaming reader: rows arrive as the sheet XML is inflated; nothing is kept. */
export async function readXlsxStreaming(path: string): Promise<BareFileRead> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let rows = 0, cells = 0, chars = 0;
  for await (const ws of reader) {
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
      rows++;
      row.eachCell({ includeEmpty: false }, (cell) => { cells++; chars += touch(cell.value); });
    }
  }
  return { file: basename(path), rows, cells, chars };
}

export async function readCsvBare(path: string): Promise<BareFileRead> {
  const bytes = await readFile(path);
  const text = iconv.decode(bytes, csvEncoding(bytes), { stripBOM: true });
  const records: string[][] = parse(text, { relax_column_count: true, relax_quotes: true });
  let cells = 0, chars = 0;
  for (const record of records) for (const field of record) { cells++; chars += touch(field); }
  return { file: basename(path), rows: records.length, cells, chars };
}

export type BareReader = 'readFile' | 'stream';

export async function bareRead(paths: readonly string[], reader: BareReader = 'readFile'): Promise<BareFileRead[]> {
  const out: BareFileRead[] = [];
  const xlsx = reader === 'stream' ? readXlsxStreaming : readXlsxBare;
  for (const p of paths) out.push(extname(p).toLowerCase() === '.xlsx' ? await xlsx(p) : await readCsvBare(p));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const stream = args[0] === '--stream';
  const files = await bareRead(stream ? args.slice(1) : args, stream ? 'stream' : 'readFile');
  process.stdout.write(JSON.stringify({ files }) + '\n');
}
