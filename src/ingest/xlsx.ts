// .xlsx inputs through the generic reader (src/xlsx/): the worksheet named after the kind (English or Chinese,
// compared after normalisation, any case), else the first visible worksheet, else the first worksheet
// (inputs.md). What the reader refuses (XlsxError) becomes the finding users have always seen: file-encrypted,
// file-not-xlsx, file-corrupt (with its detail) or file-limit-exceeded.
import { InputError, finding } from '../findings/index.js';
import { XlsxError, readXlsxRows as readRows } from '../xlsx/index.js';
import { type ReadLimits, limitExceeded } from './limits.js';
import { textKey } from './normalize.js';
import type { Table } from './table.js';
import { type RawRowSink, type TableMeta, collectTable } from './row-sink.js';

export interface StreamOptions {
  /** Bytes handed to the scanners at a time (tests use 1–7 to split every tag and character). */
  chunkSize?: number;
}

/** The finding of a workbook the reader refused. */
export function xlsxInputError(e: XlsxError, file: string, limits: ReadLimits): InputError {
  switch (e.kind) {
    case 'encrypted': return new InputError(finding('file-encrypted', { file }));
    case 'not-xlsx': return new InputError(finding('file-not-xlsx', { file }));
    case 'limit': return limitExceeded(file, e.limit!, e.actual!, limits, e.sheet);
    case 'corrupt': return new InputError(finding('file-corrupt', { file }, { params: { detail: e.detail! } }));
  }
}

/**
 * Reads the chosen worksheet of an .xlsx row by row. `kindNames` are the names a sheet may carry to be chosen
 * (e.g. ['supply', '供地备案']). `sinkFor` gets what is known before the rows (sheet name, date system) and
 * returns where the rows go.
 */
export async function readXlsxRows(
  bytes: Buffer, file: string, kindNames: readonly string[], limits: ReadLimits,
  sinkFor: (meta: TableMeta) => RawRowSink, opts: StreamOptions = {},
): Promise<TableMeta> {
  let meta: TableMeta | undefined;
  try {
    await readRows(bytes, { sheetNames: kindNames, nameKey: textKey, limits, ...opts }, (m) => {
      meta = { sheet: m.sheet, date1904: m.date1904, encoding: 'xlsx' };
      return sinkFor(meta);
    });
  } catch (e) {
    throw e instanceof XlsxError ? xlsxInputError(e, file, limits) : e;
  }
  return meta!;
}

/** Reads the chosen worksheet of an .xlsx into a Table of all its raw rows (see readXlsxRows). */
export async function readXlsxTable(bytes: Buffer, file: string, kindNames: readonly string[], limits: ReadLimits, opts: StreamOptions = {}): Promise<Table> {
  const { sink, table } = collectTable();
  const meta = await readXlsxRows(bytes, file, kindNames, limits, () => sink, opts);
  return table(meta);
}
