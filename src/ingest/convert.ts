// One cell → one typed value, or null and a finding with its place (inputs.md "an unknown value is a
// finding on that row (file, sheet, row number, column, the value, the accepted values), never a crash and
// never silently dropped"). The conversion of each cell type lives here; which column has which type is
// data (columns/).
import { Exact, HA_PER, toHectares } from '../domain/exact.js';
import { finding, type Finding, type FindingCode, type Location } from '../findings/index.js';
import { type LandSource, landSources, yesNo, type YesNo } from '../policy/vocabulary.js';
import { parseDateCell, dateExpected } from './dates.js';
import type { HeaderColumn } from './header.js';
import { isExcelErrorText, isPlaceholderText, matchTerm, normalizeText, termLabels } from './normalize.js';
import { numberExpected, parseNumberCell } from './numbers.js';
import { type Cell, isCellError } from './table.js';
import type { IsoDate } from './types.js';

/** 土地来源 as read: a term of the vocabulary, or the national site's hectares already construction land. */
export type LandSourceCell = { source: LandSource } | { existingHa: Exact };

export type FieldValue = string | number | Exact | LandSourceCell | null;

export interface CellContext {
  file: string;
  sheet?: string;
  row: number;
  date1904: boolean;
  projectId?: string;
  findings: Finding[];
}

const YEAR = /^(\d{4})\s*(?:年度?)?$/;

/** Excel's own limit for one cell (32,767 characters): a longer text cannot come from a spreadsheet program and
 *  cannot be written back into the plan workbook, so it is refused with a finding instead of being cut silently. */
export const MAX_CELL_CHARS = 32_767;
/** A finding shows at most this many characters of a bad value (one readable line; issue 8 "Messages"). */
export const MAX_SHOWN_CHARS = 200;

/** A value as a finding shows it: cut to MAX_SHOWN_CHARS with the full length said. */
export function shownValue(text: string): string {
  return text.length <= MAX_SHOWN_CHARS ? text : `${text.slice(0, MAX_SHOWN_CHARS)}…（共 ${text.length} 个字符）`;
}
/** `330421.0`: a code that went through a float (pandas, some exports). */
const CODE_WITH_ZERO_DECIMAL = /^\d+\.0$/;

/** A cell's content as text, for text columns and for findings' `value`. */
export function cellAsText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isFinite(cell) ? Exact.fromCellNumber(cell).toDecimalString(15) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.error;
}

export function report(ctx: CellContext, code: FindingCode, loc: Location): void {
  const location: Location = { file: ctx.file, ...(ctx.sheet !== undefined ? { sheet: ctx.sheet } : {}), row: ctx.row, ...loc };
  ctx.findings.push(finding(code, location, ctx.projectId !== undefined ? { projectId: ctx.projectId } : {}));
}

/** Converts one cell of a matched column. Returns null for empty cells and for bad cells (with a finding). */
export function convertCell(cell: Cell | undefined, col: HeaderColumn, ctx: CellContext): FieldValue {
  const column = col.header;
  const bad = (code: FindingCode, expected?: string): null => {
    report(ctx, code, { column, value: shownValue(cellAsText(cell ?? null)), ...(expected !== undefined ? { expected } : {}) });
    return null;
  };
  const blank = (): null => {
    if (col.spec.required) report(ctx, 'cell-required', { column, value: cell === undefined || cell === null ? '' : cellAsText(cell) });
    return null;
  };
  if (cell === undefined || cell === null) return blank();
  if (isCellError(cell)) return bad('cell-error');
  if (typeof cell === 'string') {
    if (cell.length > MAX_CELL_CHARS) return bad('cell-too-long', `不超过 ${MAX_CELL_CHARS} 个字符`);
    if (cell.includes('\uFFFD')) return bad('cell-text-invalid');
    if (isPlaceholderText(cell)) return blank();
    if (isExcelErrorText(cell)) return bad('cell-error');
  }
  const spec = col.spec.cell;
  switch (spec.type) {
    case 'text':
      return cellAsText(cell);
    case 'id': {
      if (typeof cell === 'number') return Number.isSafeInteger(cell) ? String(cell) : bad('cell-id-invalid');
      return normalizeText(cellAsText(cell));
    }
    case 'area': {
      const n = parseNumberCell(cell);
      if (!n.ok) return bad('cell-number-invalid', numberExpected);
      if (n.value.isNegative()) return bad('cell-area-negative');
      // A required area of 0 (供地面积, 复垦面积 …) is read as 0 but reported: no filing or acceptance is for 0 m².
      if (n.value.isZero() && col.spec.required) report(ctx, 'cell-area-zero', { column, value: cellAsText(cell) });
      const unit = col.unit ?? spec.unit;
      if (spec.target === 'm2') return unit === 'm2' ? n.value : n.value.mul(HA_PER[unit]).mul(10_000);
      return unit === 'ha' ? n.value : toHectares(n.value, unit);
    }
    case 'number': {
      const n = parseNumberCell(cell);
      if (!n.ok) return bad('cell-number-invalid', numberExpected);
      if (n.value.isNegative()) return bad('cell-number-invalid', '不小于 0 的数');
      if (spec.positive && n.value.isZero()) return bad('cell-number-invalid', '大于 0 的数');
      return n.value;
    }
    case 'date': {
      const d = parseDateCell(cell, ctx.date1904);
      if (!d.ok) return bad('cell-date-invalid', dateExpected);
      return d.value === null ? blank() : (d.value satisfies IsoDate);
    }
    case 'enum': {
      const id = matchTerm(spec.vocabulary, cellAsText(cell));
      return id ?? bad('cell-enum-invalid', termLabels(spec.vocabulary));
    }
    case 'yes-no': {
      if (typeof cell === 'boolean') return (cell ? 'yes' : 'no') satisfies YesNo;
      return matchTerm(yesNo, cellAsText(cell)) ?? bad('cell-enum-invalid', termLabels(yesNo));
    }
    case 'land-source': {
      if (typeof cell === 'string') {
        const id = matchTerm(landSources, cell);
        if (id) return { source: id };
      }
      const n = parseNumberCell(cell);
      if (n.ok) return { existingHa: n.value };
      return bad('cell-enum-invalid', termLabels(landSources) + ' 或 已是建设用地的公顷数（全国土地市场网导出）');
    }
    case 'region-code': {
      if (typeof cell === 'number') return Number.isSafeInteger(cell) ? String(cell) : bad('region-unknown');
      const text = normalizeText(cellAsText(cell));
      return CODE_WITH_ZERO_DECIMAL.test(text) ? text.slice(0, -2) : text;
    }
    case 'region-name':
      return normalizeText(cellAsText(cell));
    case 'year': {
      if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1900 && cell <= 2100 ? cell : bad('cell-number-invalid', '四位年份，如 2024');
      const m = YEAR.exec(normalizeText(cellAsText(cell)));
      const y = m ? Number(m[1]) : NaN;
      return y >= 1900 && y <= 2100 ? y : bad('cell-number-invalid', '四位年份，如 2024');
    }
  }
}
