// One input file → typed rows + findings + its InputFileInfo (inputs.md "Reading rules (all kinds)").
// The file is read once into memory (its SHA-256 is taken from those bytes) and never modified; its rows are
// streamed from those bytes into typed rows (for memory, BENCHMARKS.md). A large UTF-8 text file is read from the
// disk in pieces instead (PIECEWISE_TEXT_BYTES).
import { pushAll } from '../domain/push-all.js';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError, finding, type Finding } from '../findings/index.js';
import { kindSpecs } from './columns/index.js';
import { readCsvRows, readUtf8CsvPieces } from './csv.js';
import { Utf8Check, startsWithUtf8Bom } from './encoding.js';
import { fsErrorDetail } from './fs-entries.js';
import { type ReadLimits, limitExceeded, resolveLimits } from './limits.js';
import type { RawRowSink, TableMeta } from './row-sink.js';
import type { DuplicateIds } from './rows/duplicate-ids.js';
import { TypedRowSink } from './rows/stream.js';
import type { InputKind, RowByKind } from '../domain/rows.js';
import type { InputFileInfo } from './types.js';
import { type StreamOptions, readXlsxRows } from './xlsx.js';

/** Extensions read as a workbook and as delimited text (the delimiter is sniffed: .psv, .tsv work too). */
export const XLSX_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm'];
export const TEXT_EXTENSIONS: readonly string[] = ['.csv', '.tsv', '.psv', '.txt'];
/** Spreadsheet formats that must be saved as .xlsx first. */
export const UNSUPPORTED_SPREADSHEETS: readonly string[] = ['.xls', '.xlsb', '.et', '.ods', '.numbers', '.wps'];

export const supportedExtensions = '.xlsx、.csv（另可读 .xlsm、.tsv、.psv、.txt）';

export interface ReadFileOptions<K extends InputKind = InputKind> {
  limits?: Partial<ReadLimits>;
  /** Which typed rows to return (default: all). Every row is still built and checked — its findings, the duplicate
   *  ids and the file's row count (`info.rows`) are the same — but a row left out is not kept: the ledger of every
   *  earlier year is the largest input and the pipeline looks only a few of its rows up (BENCHMARKS.md). */
  retain?: (row: RowByKind[K]) => boolean;
  /** Where the check of the kind's unique id (KindSpec.uniqueId) notes the id of each row built, in order: the caller
   *  can look them up afterwards (src/app/ledger-columns.ts) instead of keeping them again. Default: a list of the
   *  check's own. Not filled for a kind without a unique id. */
  ids?: DuplicateIds;
  /** Bytes the readers scan at a time (tests cut every tag and character with 1–7; the default is fine). */
  chunkSize?: number;
  /** From what size a UTF-8 text file is read from the disk in pieces, and how many bytes at a time (default
   *  PIECEWISE_TEXT_BYTES and 2 MB; tests read small files in pieces of a few bytes). */
  pieces?: { from: number; bytes: number };
  /** Called after each piece of a file read in pieces has been scanned (src/app/load-and-compute.ts: a collection of
   *  the scan's garbage once the heap has grown, BENCHMARKS.md "The 10× peak, fifth pass"). */
  betweenPieces?: () => void;
}

export interface ReadFileResult<K extends InputKind> {
  rows: RowByKind[K][];
  findings: Finding[];
  info: InputFileInfo;
}

export function formatOf(path: string): 'xlsx' | 'text' | null {
  const ext = extname(path).toLowerCase();
  if (XLSX_EXTENSIONS.includes(ext)) return 'xlsx';
  if (TEXT_EXTENSIONS.includes(ext)) return 'text';
  return null;
}

/** Streams the file's rows into the sink that `sinkFor` makes (xlsx: the kind's sheet; text: sniffed CSV). */
async function readRows(bytes: Buffer, path: string, file: string, kind: InputKind, limits: ReadLimits, sinkFor: (meta: TableMeta) => RawRowSink, opts: StreamOptions): Promise<TableMeta> {
  const format = formatOf(path);
  const spec = kindSpecs[kind];
  if (format === 'xlsx') return readXlsxRows(bytes, file, [spec.names.en, spec.names.zh], limits, sinkFor, opts);
  if (format === 'text') {
    if (isZip(bytes)) {
      throw new InputError(finding('file-unreadable', { file }, { params: { detail: '扩展名是文本格式，但内容是 Excel 工作簿：请把扩展名改为 .xlsx' } }));
    }
    if (isOle(bytes)) {
      throw new InputError(finding('file-unreadable', { file }, { params: { detail: '扩展名是文本格式，但内容是旧版 .xls 或加密工作簿：请在 Excel/WPS 中另存为 .xlsx' } }));
    }
    return readCsvRows(bytes, file, limits, sinkFor, opts);
  }
  throw new InputError(finding('file-format-unsupported', { file, value: extname(path) || '（无扩展名）', expected: supportedExtensions }));
}

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Reads one input file of a known kind. Stop-the-run problems are thrown as InputError; all else is findings. */
export async function readInputFile<K extends InputKind>(path: string, kind: K, opts: ReadFileOptions<K> = {}): Promise<ReadFileResult<K>> {
  const limits = resolveLimits(opts.limits);
  const file = basename(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new InputError(finding('file-unreadable', { file }, { params: { detail: fsErrorDetail(e) } }));
  }
  if (size > limits.maxFileBytes) throw limitExceeded(file, 'maxFileBytes', size, limits);
  // Rows become typed rows while the file is scanned (BENCHMARKS.md): no table of all raw rows is ever held.
  let sink: TypedRowSink<K> | null = null;
  const sinkFor = (m: TableMeta): RawRowSink => (sink = new TypedRowSink(kind, kindSpecs[kind], file, m, opts.retain, opts.ids));
  const pieces = opts.pieces ?? { from: PIECEWISE_TEXT_BYTES, bytes: PIECE_BYTES };
  const bom = size >= pieces.from && size > 0 && formatOf(path) === 'text' && opts.chunkSize === undefined ? utf8TextStart(path, file, pieces.bytes) : null;
  const { meta, sha256 } = bom !== null
    ? readUtf8TextInPieces(path, file, bom, pieces.bytes, limits, sinkFor, opts.betweenPieces)
    : await readWhole(path, file, kind, limits, sinkFor, opts.chunkSize !== undefined ? { chunkSize: opts.chunkSize } : {});
  const findings: Finding[] = [];
  if (meta.encoding === 'gb18030') findings.push(finding('encoding-gb18030', { file }));
  if (meta.encoding === 'utf-16le' || meta.encoding === 'utf-16be') findings.push(finding('encoding-utf16', { file }));
  const { rows, built, findings: rowFindings } = (sink as TypedRowSink<K> | null)!.finish();
  pushAll(findings, rowFindings);
  const info: InputFileInfo = {
    kind, path, name: file,
    ...(meta.sheet !== undefined ? { sheet: meta.sheet } : {}),
    encoding: meta.encoding,
    rows: built,
    sha256,
  };
  return { rows, findings, info };
}

/** The file read into memory at once, its SHA-256 taken from those bytes, its rows streamed from them. */
async function readWhole(path: string, file: string, kind: InputKind, limits: ReadLimits, sinkFor: (meta: TableMeta) => RawRowSink, opts: StreamOptions): Promise<{ meta: TableMeta; sha256: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError(finding('file-unreadable', { file }, { params: { detail: fsErrorDetail(e) } }));
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // An empty file is neither a workbook nor text with a header: say so, instead of "content is text" (.xlsx) or
  // "header not found" (.csv).
  if (bytes.length === 0) throw new InputError(finding('file-unreadable', { file }, { params: { detail: '文件是空的（0 字节），可能是导出或复制中断：请重新导出或复制该文件' } }));
  return { meta: await readRows(bytes, path, file, kind, limits, sinkFor, opts), sha256 };
}

/**
 * A delimited text file of at least this many bytes that is UTF-8 (the usual export; inputs.md) is read from the disk
 * a piece at a time, twice: once to know it is UTF-8, once to hash and scan it. Its bytes are never all in memory at
 * once: at 10× the evidence's 64 MB and the ledger's 52 MB, held while they were scanned, were a fifth of the run's
 * peak (BENCHMARKS.md "The 10× peak, fourth pass"). Smaller files, workbooks and text in another encoding are read
 * whole. The rows, findings, SHA-256 and encoding are the same either way (tests/ingest/read-pieces.test.ts).
 */
export const PIECEWISE_TEXT_BYTES = 16 << 20;
/** Bytes read from the disk at a time. */
const PIECE_BYTES = 2 << 20;

/**
 * Calls `fn` with each piece of the file, in order, and its offset. Every piece is read into the same memory, one
 * buffer per file (the CSV scanner and the delimiter sniffer copy what they keep: src/ingest/csv.ts), so `fn` must be
 * done with a piece when it returns.
 */
function eachPiece(path: string, file: string, size: number, fn: (piece: Buffer, at: number) => void): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new InputError(finding('file-unreadable', { file }, { params: { detail: fsErrorDetail(e) } }));
  }
  try {
    const buf = Buffer.allocUnsafeSlow(size);
    for (let at = 0; ;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, size, at);
      } catch (e) {
        throw new InputError(finding('file-unreadable', { file }, { params: { detail: fsErrorDetail(e) } }));
      }
      if (n === 0) return;
      fn(buf.subarray(0, n), at);
      at += n;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The first pass: how many bytes of byte-order mark the text starts with (0 or 3) when the whole file is strict
 * UTF-8 and neither a workbook in disguise nor marked twice — where src/ingest/encoding.ts textSource would take the
 * file's own bytes — else null (read whole).
 */
function utf8TextStart(path: string, file: string, pieceBytes: number): number | null {
  const check = new Utf8Check();
  let head: Buffer = Buffer.alloc(0);
  eachPiece(path, file, pieceBytes, (piece) => {
    if (head.length < 6) head = Buffer.concat([head, piece.subarray(0, 6 - head.length)]);
    check.write(piece);
  });
  if (!check.valid() || head.length < 4) return null;
  if (isZip(head) || isOle(head)) return null; // readRows refuses it, with its own message
  if (!startsWithUtf8Bom(head)) return 0;
  return startsWithUtf8Bom(head.subarray(3)) ? null : 3;
}

/** The second pass: the file hashed, checked and scanned piece by piece (the mark left out of the text). */
function readUtf8TextInPieces(path: string, file: string, bom: number, pieceBytes: number, limits: ReadLimits, sinkFor: (meta: TableMeta) => RawRowSink, betweenPieces: (() => void) | undefined): { meta: TableMeta; sha256: string } {
  const hash = createHash('sha256');
  const check = new Utf8Check();
  const meta = readUtf8CsvPieces((fn) => eachPiece(path, file, pieceBytes, (piece, at) => {
    hash.update(piece);
    const text = at < bom ? piece.subarray(bom - at) : piece;
    check.write(text);
    if (text.length > 0) fn(text);
    betweenPieces?.();
  }), file, limits, sinkFor);
  // Changed on the disk between the two passes: what was scanned is not the UTF-8 the first pass saw.
  if (!check.valid()) throw new InputError(finding('file-unreadable', { file }, { params: { detail: '文件在读取过程中被改动：请等它写完或复制完后重新运行' } }));
  return { meta, sha256: hash.digest('hex') };
}
