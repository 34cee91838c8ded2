// The ledger's files (inputs.md "ledger — 已挂钩台账": 项目编号, 挂钩年度, 认定面积(公顷), 行政区代码; "The plan workbook of
// year Y has a sheet that can be appended to the ledger as it is"). Reading the plan's 台账 sheet, reading an
// existing ledger, and writing the appended ledger: every row and cell of the existing file is kept as it was
// (title rows, extra columns, other units) and the new rows are placed under its own header — a CSV is written
// back as UTF-8 with BOM (text starting with = + - @ prefixed with ' against formula injection), an .xlsx as a
// plain workbook of the same cells.
import { stringify } from 'csv-stringify/sync';
import { HA_PER } from '../domain/exact.js';
import { regionByCode } from '../domain/divisions.js';
import { InputError, finding, messageOf, type Finding } from '../findings/index.js';
import type { HeaderMatch } from '../ingest/header.js';
import type { Cell as RawCell } from '../ingest/table.js';
import type { LedgerRow } from '../domain/rows.js';
import type { CellInput } from '../xlsx/index.js';
import { renderWorkbook } from '../xlsx/index.js';
import type { LedgerKeyRow, LedgerLine } from './ledger.js';
import { readKindTable, type KindTable } from './table-read.js';
import { metadataDate, tableSheet } from './workbook-model.js';

export const PLAN_LEDGER_SHEET = '台账';
export const LEDGER_HEADERS = ['项目编号', '挂钩年度', '认定面积(公顷)', '行政区代码'] as const;

function firstError(findings: readonly Finding[]): Finding | undefined { return findings.find((f) => f.severity === 'error'); }

/** The plan's 台账 must be complete: these fields (with the header shown when the row does not name its own). */
const planRequired = [
  { field: 'linkageYear', header: '挂钩年度', missing: (r: LedgerRow) => r.linkageYear === null },
  { field: 'creditedAreaHa', header: '认定面积(公顷)', missing: (r: LedgerRow) => r.creditedAreaHa === null },
  { field: 'regionCode', header: '行政区代码', missing: (r: LedgerRow) => r.region === null },
] as const;

/** Typed ledger rows → complete lines, or the first incomplete row's location. */
function linesOf(rows: readonly LedgerRow[]): { lines: LedgerLine[]; incomplete?: { row: number; column: string } } {
  const lines: LedgerLine[] = [];
  for (const r of rows) {
    const gap = planRequired.find((q) => q.missing(r));
    if (gap) return { lines, incomplete: { row: r.source.row, column: r.columns?.[gap.field] ?? gap.header } };
    lines.push({ projectId: r.projectId, linkageYear: r.linkageYear!, creditedHa: r.creditedAreaHa!, countyCode: r.region!.code });
  }
  return { lines };
}

export interface PlanLedger { file: string; sheet: string; year: number | null; lines: LedgerLine[] }

/** The plan workbook's 台账 sheet (outputs.md 7): complete rows of one linkage year, else InputError (exit 2). */
export async function readPlanLedger(path: string): Promise<PlanLedger> {
  const t = await readKindTable(path, 'ledger', {
    sheet: PLAN_LEDGER_SHEET,
    missingSheet: (file) => new InputError(finding('plan-ledger-missing', { file, expected: LEDGER_HEADERS.join('、') })),
  });
  const sheet = t.table.sheet ?? PLAN_LEDGER_SHEET;
  const bad = firstError(t.findings);
  if (bad) {
    throw new InputError(finding('plan-ledger-invalid', { ...bad.location, file: t.file, sheet }, { params: { detail: messageOf(bad) } }));
  }
  const { lines, incomplete } = linesOf(t.rows);
  if (incomplete) {
    throw new InputError(finding('plan-ledger-invalid', { file: t.file, sheet, row: incomplete.row, column: incomplete.column },
      { params: { detail: `“${incomplete.column}”为空` } }));
  }
  const years = [...new Set(lines.map((l) => l.linkageYear))].sort();
  if (years.length > 1) {
    throw new InputError(finding('plan-ledger-invalid', { file: t.file, sheet, row: t.header.row, column: '挂钩年度' },
      { params: { detail: `一个方案只能有一个挂钩年度，这里有 ${years.join('、')}` } }));
  }
  return { file: t.file, sheet, year: years[0] ?? null, lines };
}

export interface ExistingLedger { path: string; kindTable: KindTable<'ledger'>; keys: LedgerKeyRow[] }

/**
 * An existing ledger file. Only 项目编号 and 挂钩年度 are needed (area and region may be missing in old ledgers);
 * any error-level finding stops `ledger add` (exit 2): rewriting a broken ledger could lose rows.
 */
export async function readExistingLedger(path: string): Promise<ExistingLedger> {
  const t = await readKindTable(path, 'ledger');
  const errors = t.findings.filter((f) => f.severity === 'error');
  const noYear = t.rows.find((r) => r.linkageYear === null);
  if (errors.length > 0 || noYear) {
    const first = errors[0]?.location ?? { row: noYear!.source.row, column: noYear!.columns?.linkageYear ?? '挂钩年度' };
    throw new InputError(finding('ledger-file-invalid', {
      file: t.file, ...(first.row !== undefined ? { row: first.row } : {}), ...(first.column !== undefined ? { column: first.column } : {}),
    }, { params: { value: errors.length || 1 } }));
  }
  return { path, kindTable: t, keys: t.rows.map((r) => ({ projectId: r.projectId, linkageYear: r.linkageYear! })) };
}

/** The value a ledger field takes in a column of the existing header (areas in that column's unit, exact). */
function fieldCell(line: LedgerLine, field: string, header: HeaderMatch): RawCell {
  switch (field) {
    case 'projectId': return line.projectId;
    case 'linkageYear': return line.linkageYear;
    case 'creditedAreaHa': {
      const unit = header.byField.get(field)?.unit ?? 'ha';
      return line.creditedHa.div(HA_PER[unit]).toDecimalString(unit === 'ha' ? 4 : 6);
    }
    case 'regionCode': return line.countyCode;
    case 'regionName': return regionByCode(line.countyCode)?.name ?? null;
    default: return null;
  }
}

/**
 * The cell grid of the appended ledger: the existing grid untouched, then one row per addition under its header.
 * A new ledger: the canonical header, the rows carried forward from the previous year's ledger, the additions.
 */
export function appendedGrid(existing: ExistingLedger | null, additions: readonly LedgerLine[], carried: readonly LedgerRow[] = []): RawCell[][] {
  if (existing === null) {
    return [
      [...LEDGER_HEADERS],
      ...carried.map((r): RawCell[] => [r.projectId, r.linkageYear, r.creditedAreaHa?.toFixed(4) ?? null, r.region?.code ?? null]),
      ...additions.map((l): RawCell[] => [l.projectId, l.linkageYear, l.creditedHa.toFixed(4), l.countyCode]),
    ];
  }
  const { table, header } = existing.kindTable;
  const grid: RawCell[][] = [];
  for (const raw of table.rows) {
    while (grid.length < raw.row - 1) grid.push([]); // keep blank rows where they were
    grid.push([...raw.cells]);
  }
  const width = Math.max(...[...header.byField.values()].map((c) => c.index + 1), table.rows[header.rowIndex]?.cells.length ?? 0);
  // Drop trailing blank rows so the new rows follow the data.
  while (grid.length > 0 && grid[grid.length - 1]!.every((c) => c === null || c === undefined || c === '')) grid.pop();
  for (const line of additions) {
    const cells: RawCell[] = new Array<RawCell>(width).fill(null);
    for (const [field, col] of header.byField) cells[col.index] = fieldCell(line, field, header);
    grid.push(cells);
  }
  return grid;
}

function textOf(c: RawCell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'object') return c.error;
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return String(c);
}

/** The ledger file's bytes: CSV (UTF-8 with BOM, formula-looking text escaped) or xlsx, by the target's extension. */
export async function ledgerBytes(grid: readonly RawCell[][], format: 'xlsx' | 'text', year: number): Promise<Buffer> {
  if (format === 'text') {
    const text = stringify(grid.map((r) => r.map(textOf)), { bom: true, escape_formulas: true, record_delimiter: 'windows' });
    return Buffer.from(text, 'utf8');
  }
  const [head = [], ...body] = grid;
  const sheet = tableSheet('已挂钩台账', head.map((h) => ({ header: textOf(h) })),
    body.map((r) => r.map((c): CellInput => (c === null || c === undefined ? null : typeof c === 'number' ? c : textOf(c)))));
  return renderWorkbook({ meta: { creator: 'landlink', title: '已挂钩台账', date: metadataDate(year + 1) }, sheets: [sheet] });
}
