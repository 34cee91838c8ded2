// Table + header → typed rows of one kind (inputs.md "Locations name the file, the sheet (xlsx), the row
// as a spreadsheet shows it … and the column's header as written in the file"). Every data row becomes one
// typed row; fully empty rows are skipped silently (trailing empties are normal); nothing else is dropped.
// Ids that must be unique within the file (inputs.md supply: "unique within the file") are checked here.
// Two more things are reported here, never silently skipped or turned into a row of errors (issue 8):
// - a data row that repeats the header (files joined one after the other, a second header line) is reported
//   once (header-repeated) and not read as data;
// - a file with a header and no data row at all (file-no-rows): the export probably missed its range.
import { pushAll } from '../../domain/push-all.js';
import { finding, type Finding } from '../../findings/index.js';
import type { KindSpec } from '../columns/index.js';
import { type HeaderColumn, type HeaderMatch, matchHeaderCell } from '../header.js';
import { shownValue } from '../convert.js';
import { type Cell, type RawRow, type Table, isBlankRow } from '../table.js';
import type { InputKind, RowByKind } from '../types.js';
import { type FileContext, fileContext } from './common.js';
import {
  buildEvidenceRow, buildInspectionRow, buildLedgerRow, buildReclamationRow, buildRedevelopmentRow, buildStartCheckRow,
} from './others.js';
import { buildSupplyRow } from './supply.js';

type Builders = { [K in InputKind]: (raw: RawRow, fc: FileContext) => RowByKind[K] };

export const rowBuilders: Builders = {
  supply: buildSupplyRow,
  redevelopment: buildRedevelopmentRow,
  reclamation: buildReclamationRow,
  evidence: buildEvidenceRow,
  inspection: buildInspectionRow,
  'start-check': buildStartCheckRow,
  ledger: buildLedgerRow,
};

export function buildRows<K extends InputKind>(kind: K, spec: KindSpec, table: Table, header: HeaderMatch, file: string): { rows: RowByKind[K][]; findings: Finding[] } {
  const findings: Finding[] = [];
  const fc = fileContext(file, table.sheet, table.date1904, spec, header, findings);
  const build = rowBuilders[kind] as (raw: RawRow, fc: FileContext) => RowByKind[K];
  const rows: RowByKind[K][] = [];
  for (const u of table.unreadableRows) {
    findings.push(finding('row-unreadable', { file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), row: u.row }, { params: { detail: u.detail } }));
  }
  const where = { file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}) };
  for (let i = header.rowIndex + 1; i < table.rows.length; i++) {
    const raw = table.rows[i]!;
    if (isBlankRow(raw)) continue;
    if (repeatsHeader(raw, header, spec)) {
      findings.push(finding('header-repeated', { ...where, row: raw.row, expected: String(header.row) }));
      continue;
    }
    rows.push(build(raw, fc));
  }
  if (rows.length === 0) findings.push(finding('file-no-rows', { ...where, row: header.row }));
  if (spec.uniqueId !== undefined) pushAll(findings, duplicateIds(rows, spec.uniqueId, header, file, table.sheet));
  return { rows, findings };
}

function headerText(cell: Cell | undefined): string | null {
  return typeof cell === 'string' ? cell : null;
}

/** True when at least half of the matched columns hold a header name of their own field (checked cheaply: the
 *  first matched column first). */
export function repeatsHeader(raw: RawRow, header: HeaderMatch, spec: KindSpec): boolean {
  const cols = [...header.byField.values()];
  if (cols.length < 2) return false;
  const same = (col: HeaderColumn): boolean => {
    const text = headerText(raw.cells[col.index]);
    return text !== null && matchHeaderCell(text, spec)?.spec.field === col.spec.field;
  };
  if (!same(cols[0]!) && !same(cols[1]!)) return false;
  return cols.filter(same).length * 2 >= cols.length;
}

function duplicateIds(rows: readonly object[], field: string, header: HeaderMatch, file: string, sheet: string | undefined): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, number>();
  const column = header.byField.get(field)?.header ?? field;
  for (const row of rows) {
    const id = (row as Record<string, unknown>)[field];
    const at = (row as { source: { row: number } }).source.row;
    if (typeof id !== 'string' || id === '') continue;
    const seen = first.get(id);
    if (seen === undefined) { first.set(id, at); continue; }
    out.push(finding('id-duplicate', { file, ...(sheet !== undefined ? { sheet } : {}), row: at, column, value: shownValue(id), expected: String(seen) }, { projectId: id }));
  }
  return out;
}
