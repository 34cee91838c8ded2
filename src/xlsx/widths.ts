// Column widths and row heights that fit Chinese text: a CJK (full-width) character takes about two Excel character
// units.
import { columnIndex } from './address.js';
import { isCell, isFormula, rowAt, rowCount, type CellInput, type CellValue, type LazyRows, type SheetModel, type SheetRows } from './model.js';

/** True for the BMP code points of CJK and full-width characters (East Asian Wide and Fullwidth). */
function isWide(c: number): boolean {
  if (c < 0x1100) return false;
  if (c <= 0x115f) return true;
  if (c < 0x2e80) return false;
  return (c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
    || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
    || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
}

/**
 * Display width of a text in character units, as Excel and WPS lay it out (and a terminal too): CJK and full-width
 * characters count 2 — the ideographs outside the Basic Multilingual Plane as well (CJK Extension B onwards,
 * U+20000–U+3FFFD, e.g. 𠀀 in a rare place name) — every other code point 1 (emoji, combining marks and lone
 * surrogates included). A surrogate pair is one code point. Char-code ranges, not a Unicode regex per character:
 * this runs for every cell of every sheet written.
 */
export function displayWidth(text: string): number {
  let w = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) { w += 1; continue; }
    if (c >= 0x4e00 && c <= 0x9fff) { w += 2; continue; } // the common ideographs: most of a Chinese text
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        w += cp >= 0x20000 && cp <= 0x3fffd ? 2 : 1;
        continue;
      }
    }
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

/** Decimals of a number format like '0.0000' / '0.00' / '0', once per distinct format (null: not such a format). */
const formatDecimals = new Map<string, number | null>();

function decimalsOf(numFmt: string | undefined): number | null {
  if (!numFmt) return null;
  let d = formatDecimals.get(numFmt);
  if (d === undefined) formatDecimals.set(numFmt, (d = /^0\.(0+)$/.test(numFmt) ? numFmt.length - 2 : numFmt === '0' ? 0 : null));
  return d;
}

/** The text a spreadsheet shows for a value under a number format like '0.0000' / '0.00' / '0'. */
export function displayText(value: CellValue, numFmt?: string): string {
  const v = isFormula(value) ? value.result : value;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  const decimals = decimalsOf(numFmt);
  return decimals === null ? String(v) : v.toFixed(decimals);
}

/**
 * At least as many characters as `v.toFixed(decimals)` has (a sign, the integer digits, one more for a carry of the
 * rounding, the point and the decimals), or Infinity when the text is not plain digits (1e21 and beyond).
 */
function fixedLengthBound(v: number, decimals: number): number {
  const a = Math.abs(v);
  if (!(a < 1e15)) return Infinity;
  let digits = 1;
  for (let p = 10; p <= a; p *= 10) digits++;
  return (v < 0 ? 1 : 0) + digits + 1 + (decimals > 0 ? decimals + 1 : 0);
}

/**
 * The widest line of a cell's text, scaled: the width pass's measure of one cell. A number's text is ASCII, so
 * its width is its length; a text no longer than half of `atLeast` code units cannot be wider than `atLeast`
 * (no code unit is wider than 2) and is not measured, nor a number of a fixed format whose text cannot be longer
 * than `atLeast` (most figures of a column of areas once its widest has been seen: no toFixed per cell).
 */
function cellWidth(value: CellValue, numFmt: string | undefined, scale: number, extra: number, atLeast: number): number {
  const v = isFormula(value) ? value.result : value;
  if (v === null) return extra;
  if (typeof v === 'number') {
    const decimals = decimalsOf(numFmt);
    if (decimals !== null && fixedLengthBound(v, decimals) * scale + extra <= atLeast) return extra;
    return displayText(v, numFmt).length * scale + extra;
  }
  if (v.length * 2 * scale + extra <= atLeast) return extra;
  let widest = 0;
  if (v.includes('\n')) for (const line of v.split('\n')) widest = Math.max(widest, displayWidth(line));
  else widest = displayWidth(v);
  return widest * scale + extra;
}

const MIN_WIDTH = 6;
const DEFAULT_MAX = 50;

/** The 1-based rows covered by merged ranges. */
function mergedRows(sheet: SheetModel<SheetRows>): Set<number> {
  const merged = new Set<number>();
  for (const m of sheet.merges ?? []) {
    const rows = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(m);
    if (rows) for (let r = Number(rows[1]); r <= Number(rows[2]); r++) merged.add(r);
  }
  return merged;
}

/** Rows measured between two pauses of widthPass (the writer yields to the event loop there). */
const ROWS_PER_PAUSE = 2000;

/**
 * Widths for every column of a sheet: the widest line of any cell (merged title rows excluded) + padding. One pass
 * over the rows (a lazy sheet's rows are produced once here).
 */
export function columnWidths(sheet: SheetModel<SheetRows>): number[] {
  const pass = widthPass(sheet);
  for (;;) {
    const step = pass.next();
    if (step.done) return step.value;
  }
}

/** Cells measured column by column between two pauses of widthPass. */
const CELLS_PER_PAUSE = 16_000;

/**
 * columnWidths as a pass that pauses (yields the rows measured so far) every few thousand rows. A column is no longer
 * measured once it has reached its greatest width (`maxWidth`): no later cell can change it (a column of long names
 * or places reaches it within its first rows). Lazy rows that give single cells (LazyRows.cell) are measured column
 * by column instead, so that a capped column stops costing anything and no row is built whole for this pass: the
 * widths are the same, each column's widest cell being found either way.
 */
export function* widthPass(sheet: SheetModel<SheetRows>): Generator<number, number[]> {
  const merged = mergedRows(sheet);
  const columns = sheet.columns;
  const widest = columns.map(() => 0);
  const measured = columns.map((c) => c.width === undefined);
  const widthOf = (ci: number) => columns[ci]!.width ?? Math.min(columns[ci]!.maxWidth ?? DEFAULT_MAX, Math.max(MIN_WIDTH, Math.ceil(widest[ci]! + 2)));
  const capped = (ci: number) => widthOf(ci) === (columns[ci]!.maxWidth ?? DEFAULT_MAX);
  const count = rowCount(sheet.rows);
  const header = sheet.headerRow ?? 0;
  /** Measures the cell of column ci in row r (1-based); true when the column has reached its greatest width. */
  const measure = (ci: number, r: number, input: CellInput): boolean => {
    const isHeader = header === r;
    // bold header text is a little wider; the autofilter button needs room too
    const scale = isHeader ? 1.1 : 1;
    const extra = isHeader && sheet.autoFilter ? 3 : 0;
    const cell = isCell(input) ? input : undefined;
    const fmt = cell?.style?.numFmt ?? (r > header ? columns[ci]!.style?.numFmt : undefined);
    const w = cellWidth(cell ? cell.value : input as CellValue, fmt, scale, extra, widest[ci]!);
    if (w <= widest[ci]!) return false;
    widest[ci] = w;
    return capped(ci);
  };
  // The loops over the cells are functions of their own, run between two pauses: the optimising compiler then
  // compiles small functions, where this generator, run once per sheet, was compiled on the stack and again for each
  // sheet (BENCHMARKS.md "The compiler's inlining budget"). Where the pauses fall does not change the widths.
  const rows = sheet.rows;
  if (!Array.isArray(rows) && rows.cell) {
    const lazy: Required<Pick<LazyRows, 'cell'>> = rows as Required<LazyRows>;
    /** Column ci's cells from row index `from` up to `to` (exclusive): `to`, or -1 once the column is capped. */
    const measureColumn = (ci: number, from: number, to: number): number => {
      for (let ri = from; ri < to; ri++) {
        if (merged.has(ri + 1)) continue;
        const input = lazy.cell(ri, ci);
        if (input !== undefined && measure(ci, ri + 1, input)) return -1;
      }
      return to;
    };
    let cells = 0;
    for (let ci = 0; ci < columns.length; ci++) {
      if (!measured[ci]) continue;
      for (let ri = 0; ri < count;) {
        const to = Math.min(count, ri + CELLS_PER_PAUSE - cells);
        const next = measureColumn(ci, ri, to);
        if (next < 0) break;
        cells += to - ri;
        ri = next;
        if (cells >= CELLS_PER_PAUSE) { cells = 0; yield ri; }
      }
    }
    return columns.map((_, ci) => widthOf(ci));
  }
  let open = measured.filter(Boolean).length;
  /** Row index ri's cells; false once every column is capped. */
  const measureRow = (ri: number): boolean => {
    const r = ri + 1;
    if (merged.has(r)) return true;
    const row = rowAt(rows, ri);
    const n = Math.min(row.length, columns.length);
    for (let ci = 0; ci < n; ci++) {
      if (!measured[ci]) continue;
      const input: CellInput | undefined = row[ci];
      if (input !== undefined && measure(ci, r, input)) { measured[ci] = false; open--; }
    }
    return open > 0;
  };
  for (let ri = 0; ri < count && open > 0; ri++) {
    if ((ri + 1) % ROWS_PER_PAUSE === 0) yield ri + 1;
    if (!measureRow(ri)) break;
  }
  return columns.map((_, ci) => widthOf(ci));
}

const LINE_HEIGHT = 14.5; // points per line of 11-pt CJK text
const PADDING = 4;

export type MergedSpans = Map<string, { cols: number[]; rows: number }>;

/** Merged ranges by their top-left cell ('row:col', 1-based row, 0-based column). */
export function mergedSpans(sheet: SheetModel<SheetRows>): MergedSpans {
  const spans: MergedSpans = new Map();
  for (const m of sheet.merges ?? []) {
    const x = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
    if (!x) continue;
    const c0 = columnIndex(x[1]!), c1 = columnIndex(x[3]!);
    spans.set(`${Number(x[2])}:${c0}`, { cols: Array.from({ length: c1 - c0 + 1 }, (_, i) => c0 + i), rows: Number(x[4]) - Number(x[2]) + 1 });
  }
  return spans;
}

/**
 * The heights (points) rows need when their wrapped text takes more than one line, for the columns' final widths:
 * `of(row, r)` for row `r` (1-based), undefined for a row of one line (explicit `sheet.rowHeights` are not consulted
 * here). What a data row's cells inherit from their column is read once per sheet.
 */
export class WrappedRowHeights {
  private readonly columnWrap: boolean[];
  private readonly columnFmt: (string | undefined)[];

  constructor(private readonly sheet: SheetModel<SheetRows>, private readonly widths: readonly number[], private readonly spans: MergedSpans) {
    this.columnWrap = sheet.columns.map((c) => Boolean(c.style?.wrap));
    this.columnFmt = sheet.columns.map((c) => c.style?.numFmt);
  }

  of(row: readonly CellInput[], r: number): number | undefined {
    const { sheet, widths, spans } = this;
    const isHeader = sheet.headerRow === r;
    const afterHeader = r > (sheet.headerRow ?? 0);
    // a CJK glyph is ~2 character units in Excel's 等线 (LibreOffice's fallback fonts draw it narrower)
    const factor = isHeader ? 1.0 : 0.95;
    let lines = 1;
    for (let ci = 0; ci < row.length; ci++) {
      const input = row[ci];
      if (input === undefined || input === null) continue;
      const cell = isCell(input) ? input : undefined;
      const columnWrap = afterHeader && this.columnWrap[ci] === true;
      if (!(isHeader || columnWrap || cell?.style?.wrap)) continue;
      const span = spans.size ? spans.get(`${r}:${ci}`) : undefined;
      if (span && span.rows > 1) continue;
      const width = (span ? span.cols.reduce((s, c) => s + (widths[c] ?? 8), 0) : widths[ci] ?? 8) - 1;
      const numFmt = afterHeader ? this.columnFmt[ci] : undefined;
      const value = cell ? cell.value : input as CellValue;
      const text = typeof value === 'string' ? value : displayText(value, cell?.style?.numFmt ?? numFmt);
      // one line when even two units per code unit fit (no code unit is wider): most cells, not measured
      const room = Math.max(1, width);
      const oneLine = !text.includes('\n');
      if (oneLine && text.length * 2 * factor <= room) continue;
      const n = oneLine
        ? Math.max(1, Math.ceil((displayWidth(text) * factor) / room))
        : text.split('\n').reduce((s, line) => s + Math.max(1, Math.ceil((displayWidth(line) * factor) / room)), 0);
      if (n > lines) lines = n;
    }
    return lines > 1 ? Math.ceil(lines * LINE_HEIGHT + PADDING) : undefined;
  }
}

/**
 * Row heights (points) for rows whose wrapped text needs more than one line: spreadsheet programs do not grow a
 * row on load by themselves, so a wrapped header or a long project name would otherwise be cut off.
 */
export function rowHeights(sheet: SheetModel<SheetRows>, widths: readonly number[]): Record<number, number> {
  const wrapped = new WrappedRowHeights(sheet, widths, mergedSpans(sheet));
  const heights: Record<number, number> = {};
  const count = rowCount(sheet.rows);
  for (let ri = 0; ri < count; ri++) {
    const h = wrapped.of(rowAt(sheet.rows, ri), ri + 1);
    if (h !== undefined) heights[ri + 1] = h;
  }
  return { ...heights, ...sheet.rowHeights };
}
