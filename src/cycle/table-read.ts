// Reading one sheet of a kind with the ingest layer's own pieces (the same header aliases, units, cell rules and
// findings as every input), keeping the raw table and the header match: `ledger add` needs both to append rows
// to an existing ledger without losing any cell of it, and the plan workbook's ledger sheet is named 台账, which
// `readInputFile` (sheet chosen by the kind's name) does not pick.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError, finding, type Finding } from '../findings/index.js';
import { kindSpecs } from '../ingest/columns/index.js';
import { readCsvTable } from '../ingest/csv.js';
import { locateHeader, type HeaderMatch } from '../ingest/header.js';
import { resolveLimits } from '../ingest/limits.js';
import { formatOf, supportedExtensions } from '../ingest/read.js';
import { buildRows } from '../ingest/rows/index.js';
import type { Table } from '../ingest/table.js';
import type { InputKind, RowByKind } from '../domain/rows.js';
import { readXlsxTable } from '../ingest/xlsx.js';

export interface KindTable<K extends InputKind> {
  file: string;
  format: 'xlsx' | 'text';
  table: Table;
  header: HeaderMatch;
  rows: RowByKind[K][];
  findings: Finding[];
}

/**
 * Reads `path` as `kind`; for xlsx, the sheet named `sheet` (else one named after the kind, else the first visible).
 * With `missingSheet`, a workbook without the named sheet is refused with that error instead.
 */
export async function readKindTable<K extends InputKind>(
  path: string, kind: K, o: { sheet?: string; missingSheet?: (file: string) => InputError } = {},
): Promise<KindTable<K>> {
  const file = basename(path);
  const format = formatOf(path);
  if (format === null) throw new InputError(finding('file-format-unsupported', { file, expected: supportedExtensions }));
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError(finding('file-unreadable', { file }, { params: { detail: (e as Error).message } }));
  }
  const spec = kindSpecs[kind];
  const limits = resolveLimits();
  const table = format === 'xlsx'
    ? await readXlsxTable(bytes, file, o.sheet !== undefined ? [o.sheet] : [spec.names.en, spec.names.zh], limits)
    : readCsvTable(bytes, file, limits);
  if (format === 'xlsx' && o.sheet !== undefined && table.sheet !== o.sheet && o.missingSheet) throw o.missingSheet(file);
  const header = locateHeader(table, spec, file);
  const built = buildRows(kind, spec, table, header, file);
  return { file, format, table, header, rows: built.rows, findings: [...header.findings, ...built.findings] };
}
