// One cell → one typed value, or null and a finding with its place (inputs.md "an unknown value is a
// finding on that row (file, sheet, row number, column, the value, the accepted values), never a crash and
// never silently dropped"). The conversion of each cell type lives here; which column has which type is
// data (columns/).
import { type AreaUnit, Exact, HA_PER, toHectares } from '../domain/exact.js';
import { finding, type Finding, type FindingCode, type Location } from '../findings/index.js';
import { type LandSource, landSources, yesNo, type YesNo } from '../domain/vocabulary.js';
import { type DateResult, parseDateCell, dateExpected } from './dates.js';
import type { HeaderColumn } from './header.js';
import { isExcelErrorText, isPlaceholderText, matchTerm, normalizeText, termLabels } from './normalize.js';
import { type NumberResult, isAsciiDecimal, numberExpected, numberTooLargeExpected, parseNumberCell, parseNumberText } from './numbers.js';
import { type Cell, isCellError } from './table.js';
import type { IsoDate, RegionRef } from '../domain/rows.js';

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
/** A finding shows at most this many characters of a bad value (one readable line; docs/bad-input.md). */
export const MAX_SHOWN_CHARS = 200;

/** A value as a finding shows it: cut to MAX_SHOWN_CHARS with the full length said — or, past Excel's limit, that
 *  it is past it (the readers keep only a prefix of such a cell, ingest/csv.ts). */
export function shownValue(text: string): string {
  if (text.length <= MAX_SHOWN_CHARS) return text;
  const length = text.length > MAX_CELL_CHARS ? `超过 ${MAX_CELL_CHARS}` : `共 ${text.length}`;
  return `${text.slice(0, MAX_SHOWN_CHARS)}…（${length} 个字符）`;
}
function isAsciiDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c < 0x30 || c > 0x39) return false; }
  return true;
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

/**
 * Per-file memo of what a cell converts to (for memory, BENCHMARKS.md: the typed rows of a 10× year were ≈ 300 MB, many of them
 * the same value again — 336k ledger areas hold 61k distinct values, 440k dates 1.4k, 186k plot ratios 38).
 * Equal cells share one immutable value (Exact, a date string, an interned text); findings are still raised per
 * cell, since only the finding-free results are shared. Dropped with the file's context after reading.
 */
export class ConvertMemo {
  readonly numbers = new Map<number, NumberResult>();
  readonly numberTexts = new Map<string, NumberResult>();
  /** Unsigned ASCII decimal text (isAsciiDecimal) → its value, when it is a usable number: never negative. */
  readonly plainTexts = new Map<string, Exact>();
  readonly dates = new Map<Cell, DateResult>();
  readonly texts = new Map<string, string>();
  /** unit → Exact as read → the value in the column's target unit. */
  readonly areas = new Map<string, Map<Exact, Exact>>();
  /** 行政区代码 → 行政区 → the region they resolved to without a finding (rows/region.ts). */
  readonly regions = new Map<string | null, Map<string | null, RegionRef>>();
  /** Whether equal texts are worth sharing: not for an xlsx, whose shared strings already are one string each. */
  constructor(readonly shareTexts = true) {}
}

/** Longest text shared through the memo. */
const SHARED_TEXT_CHARS = 16;

/** Limit of each memo map: beyond it values are converted without being remembered. */
const MEMO_LIMIT = 1_000_000;

function memoNumber(cell: Cell, memo: ConvertMemo | undefined): NumberResult {
  if (memo === undefined) return parseNumberCell(cell);
  // Two maps, each with one key type: a Map keyed by numbers and strings at once is markedly slower.
  if (typeof cell === 'number') {
    let r = memo.numbers.get(cell);
    if (r === undefined) { r = parseNumberCell(cell); if (memo.numbers.size < MEMO_LIMIT) memo.numbers.set(cell, r); }
    return r;
  }
  if (typeof cell === 'string') {
    let r = memo.numberTexts.get(cell);
    if (r === undefined) { r = parseNumberCell(cell); if (memo.numberTexts.size < MEMO_LIMIT) memo.numberTexts.set(cell, r); }
    return r;
  }
  return parseNumberCell(cell);
}

/** The value of a cell written as an unsigned ASCII decimal (`6.5174`: most number cells of a CSV) when it is a usable
 *  number, else null (the general path decides). Such a value is never negative, so the callers need not look at it:
 *  the value is handed on without being read (BENCHMARKS.md "Reading CPU at 1×": memoised values are scattered in the
 *  heap, and reading each one cost a cache miss or two per cell). */
function memoPlainDecimal(text: string, memo: ConvertMemo | undefined): Exact | null {
  if (!isAsciiDecimal(text)) return null;
  if (memo === undefined) { const n = parseNumberText(text); return n.ok ? n.value : null; }
  let v = memo.plainTexts.get(text);
  if (v === undefined) {
    const n = parseNumberText(text);
    if (!n.ok) return null;
    v = n.value;
    if (memo.plainTexts.size < MEMO_LIMIT) memo.plainTexts.set(text, v);
  }
  return v;
}

function memoDate(cell: Cell, date1904: boolean, memo: ConvertMemo | undefined): DateResult {
  if (memo === undefined) return parseDateCell(cell, date1904);
  let r = memo.dates.get(cell);
  if (r === undefined) {
    r = parseDateCell(cell, date1904);
    if (memo.dates.size < MEMO_LIMIT && (typeof cell === 'number' || typeof cell === 'string')) memo.dates.set(cell, r);
  }
  return r;
}

function memoText(text: string, memo: ConvertMemo | undefined): string {
  // Short texts repeat (labels, types, short numbers); long ones are mostly unique (attachments, names): a map of
  // them would only be garbage.
  if (memo === undefined || !memo.shareTexts || text.length > SHARED_TEXT_CHARS) return text;
  const hit = memo.texts.get(text);
  if (hit !== undefined) return hit;
  if (memo.texts.size < MEMO_LIMIT) memo.texts.set(text, text);
  return text;
}

function convertArea(value: Exact, unit: AreaUnit, target: 'ha' | 'm2', memo: ConvertMemo | undefined): Exact {
  if (unit === target) return value;
  const convert = (): Exact => (target === 'm2' ? value.mul(HA_PER[unit]).mul(10_000) : toHectares(value, unit));
  if (memo === undefined) return convert();
  const key = `${unit}>${target}`;
  let byValue = memo.areas.get(key);
  if (byValue === undefined) { byValue = new Map(); memo.areas.set(key, byValue); }
  let out = byValue.get(value);
  if (out === undefined) {
    out = convert();
    if (byValue.size < MEMO_LIMIT) byValue.set(value, out);
  }
  return out;
}

/** A bad cell: the finding (with the value as written) and null. */
function badCell(cell: Cell | undefined, col: HeaderColumn, ctx: CellContext, code: FindingCode, expected?: string): null {
  report(ctx, code, { column: col.header, value: shownValue(cellAsText(cell ?? null)), ...(expected !== undefined ? { expected } : {}) });
  return null;
}

/** A cell that is no usable number. */
function badNumber(cell: Cell, n: NumberResult & { ok: false }, col: HeaderColumn, ctx: CellContext): null {
  return badCell(cell, col, ctx, 'cell-number-invalid', n.reason === 'too-large' ? numberTooLargeExpected : numberExpected);
}

/** The value of an area or number cell, which may not be negative; null once a finding says why it is not one (a
 *  negative value is reported as `negative`, with `expected`). A plain decimal text is taken on the fast path. */
function nonNegativeNumber(cell: Cell, col: HeaderColumn, ctx: CellContext, memo: ConvertMemo | undefined, negative: FindingCode, expected?: string): Exact | null {
  const plain = typeof cell === 'string' ? memoPlainDecimal(cell, memo) : null;
  if (plain !== null) return plain;
  const n = memoNumber(cell, memo);
  if (!n.ok) return badNumber(cell, n, col, ctx);
  if (n.value.isNegative()) return badCell(cell, col, ctx, negative, expected);
  return n.value;
}

/** An empty cell: null, and a finding when the column is required. */
function blankCell(cell: Cell | undefined, col: HeaderColumn, ctx: CellContext): null {
  if (col.spec.required) report(ctx, 'cell-required', { column: col.header, value: cell === undefined || cell === null ? '' : cellAsText(cell) });
  return null;
}

/** Converts one cell of a matched column. Returns null for empty cells and for bad cells (with a finding).
 *  `memo` (the file's) lets equal cells share their value. */
export function convertCell(cell: Cell | undefined, col: HeaderColumn, ctx: CellContext, memo?: ConvertMemo): FieldValue {
  if (cell === undefined || cell === null) return blankCell(cell, col, ctx);
  if (isCellError(cell)) return badCell(cell, col, ctx, 'cell-error');
  if (typeof cell === 'string') {
    if (cell.length > MAX_CELL_CHARS) return badCell(cell, col, ctx, 'cell-too-long', `不超过 ${MAX_CELL_CHARS} 个字符`);
    if (cell.includes('\uFFFD')) return badCell(cell, col, ctx, 'cell-text-invalid');
    // A text led by an ASCII digit or a CJK ideograph (most cells: numbers, ids, names) is neither a placeholder nor an
    // error value, whose first character after trimming is neither (normalize.ts): both checks are skipped for it.
    const first = cell.charCodeAt(0);
    if (!((first >= 0x30 && first <= 0x39) || (first >= 0x4e00 && first <= 0x9fff))) {
      if (isPlaceholderText(cell)) return blankCell(cell, col, ctx);
      if (isExcelErrorText(cell)) return badCell(cell, col, ctx, 'cell-error');
    }
  }
  const spec = col.spec.cell;
  switch (spec.type) {
    case 'text':
      // A column not kept (columns/types.ts `kept`): its text is dropped with the row's cells, so it is not memoised.
      return col.spec.kept === false ? cellAsText(cell) : memoText(cellAsText(cell), memo);
    case 'id': {
      if (typeof cell === 'number') return Number.isSafeInteger(cell) ? String(cell) : badCell(cell, col, ctx, 'cell-id-invalid');
      return normalizeText(cellAsText(cell));
    }
    case 'area': {
      const value = nonNegativeNumber(cell, col, ctx, memo, 'cell-area-negative');
      if (value === null) return null;
      const target = spec.target === 'm2' ? 'm2' : 'ha';
      const area = convertArea(value, col.unit ?? spec.unit, target, memo);
      // A required area of 0 (供地面积, 复垦面积 …) is read as 0 but reported: no filing or acceptance is for 0 m².
      // So is one that the plan would show as 0 (under 0.00005 公顷 or 0.5 平方米): it credits nothing either.
      if (col.spec.required && area.roundHalfUp(target === 'ha' ? 4 : 0).isZero()) report(ctx, 'cell-area-zero', { column: col.header, value: cellAsText(cell) });
      return area;
    }
    case 'number': {
      const value = nonNegativeNumber(cell, col, ctx, memo, 'cell-number-invalid', '不小于 0 的数');
      if (value === null) return null;
      if (spec.positive && value.isZero()) return badCell(cell, col, ctx, 'cell-number-invalid', '大于 0 的数');
      return value;
    }
    case 'date': {
      const d = memoDate(cell, ctx.date1904, memo);
      if (!d.ok) return badCell(cell, col, ctx, 'cell-date-invalid', dateExpected);
      return d.value === null ? blankCell(cell, col, ctx) : (d.value satisfies IsoDate);
    }
    case 'enum': {
      const id = matchTerm(spec.vocabulary, cellAsText(cell));
      return id ?? badCell(cell, col, ctx, 'cell-enum-invalid', termLabels(spec.vocabulary));
    }
    case 'yes-no': {
      if (typeof cell === 'boolean') return (cell ? 'yes' : 'no') satisfies YesNo;
      return matchTerm(yesNo, cellAsText(cell)) ?? badCell(cell, col, ctx, 'cell-enum-invalid', termLabels(yesNo));
    }
    case 'land-source': {
      if (typeof cell === 'string') {
        const id = matchTerm(landSources, cell);
        if (id) return { source: id };
      }
      const n = memoNumber(cell, memo);
      if (n.ok) return { existingHa: n.value };
      return badCell(cell, col, ctx, 'cell-enum-invalid', termLabels(landSources) + ' 或 已是建设用地的公顷数（全国土地市场网导出）');
    }
    case 'region-code': {
      if (typeof cell === 'number') return Number.isSafeInteger(cell) ? String(cell) : badCell(cell, col, ctx, 'region-unknown');
      const text = normalizeText(cellAsText(cell));
      return CODE_WITH_ZERO_DECIMAL.test(text) ? text.slice(0, -2) : text;
    }
    case 'region-name':
      return normalizeText(cellAsText(cell));
    case 'year': {
      if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1900 && cell <= 2100 ? cell : badCell(cell, col, ctx, 'cell-number-invalid', '四位年份，如 2024');
      // Four ASCII digits (most year cells): what YEAR would match after normalising, without the match.
      if (typeof cell === 'string' && cell.length === 4 && isAsciiDigits(cell)) { const y = Number(cell); if (y >= 1900 && y <= 2100) return y; }
      const m = YEAR.exec(normalizeText(cellAsText(cell)));
      const y = m ? Number(m[1]) : NaN;
      return y >= 1900 && y <= 2100 ? y : badCell(cell, col, ctx, 'cell-number-invalid', '四位年份，如 2024');
    }
  }
}
