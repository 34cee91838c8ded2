// One input file → typed rows + findings + its InputFileInfo (inputs.md "Reading rules (all kinds)").
// The file is read once into memory (its SHA-256 is taken from those bytes) and never modified; its rows are
// streamed from those bytes into typed rows (for memory, BENCHMARKS.md).
import { pushAll } from '../domain/push-all.js';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError, finding, type Finding } from '../findings/index.js';
import { kindSpecs } from './columns/index.js';
import { readCsvRows } from './csv.js';
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
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
      throw new InputError(finding('file-unreadable', { file }, { params: { detail: '扩展名是文本格式，但内容是 Excel 工作簿：请把扩展名改为 .xlsx' } }));
    }
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
      throw new InputError(finding('file-unreadable', { file }, { params: { detail: '扩展名是文本格式，但内容是旧版 .xls 或加密工作簿：请在 Excel/WPS 中另存为 .xlsx' } }));
    }
    return readCsvRows(bytes, file, limits, sinkFor, opts);
  }
  throw new InputError(finding('file-format-unsupported', { file, value: extname(path) || '（无扩展名）', expected: supportedExtensions }));
}

/** Reads one input file of a known kind. Stop-the-run problems are thrown as InputError; all else is findings. */
export async function readInputFile<K extends InputKind>(path: string, kind: K, opts: ReadFileOptions<K> = {}): Promise<ReadFileResult<K>> {
  const limits = resolveLimits(opts.limits);
  const file = basename(path);
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > limits.maxFileBytes) throw limitExceeded(file, 'maxFileBytes', size, limits);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(finding('file-unreadable', { file }, { params: { detail: fsErrorDetail(e) } }));
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // An empty file is neither a workbook nor text with a header: say so, instead of "content is text" (.xlsx) or
  // "header not found" (.csv).
  if (bytes.length === 0) throw new InputError(finding('file-unreadable', { file }, { params: { detail: '文件是空的（0 字节），可能是导出或复制中断：请重新导出或复制该文件' } }));
  // Rows become typed rows while the file is scanned (BENCHMARKS.md): no table of all raw rows is ever held.
  let sink: TypedRowSink<K> | null = null;
  const meta = await readRows(bytes, path, file, kind, limits, (m) => (sink = new TypedRowSink(kind, kindSpecs[kind], file, m, opts.retain, opts.ids)), opts.chunkSize !== undefined ? { chunkSize: opts.chunkSize } : {});
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
