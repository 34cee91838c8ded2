// Column widths that fit Chinese text: a CJK (full-width) character takes about two Excel character units.
import { cellOf, isFormula, type CellInput, type CellValue, type SheetModel } from './model.js';

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Display width of a text in Excel character units: CJK and full-width characters count 2, others 1. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** The text a spreadsheet shows for a value under a number format like '0.0000' / '0.00' / '0'. */
export function displayText(value: CellValue, numFmt?: string): string {
  const v = isFormula(value) ? value.result : value;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  const decimals = numFmt && /^0\.(0+)$/.test(numFmt) ? numFmt.length - 2 : numFmt === '0' ? 0 : undefined;
  return decimals === undefined ? String(v) : v.toFixed(decimals);
}

const MIN_WIDTH = 6;
const DEFAULT_MAX = 50;

/** Widths for every column of a sheet: the widest line of any cell (merged title rows excluded) + padding. */
export function columnWidths(sheet: SheetModel): number[] {
  const merged = new Set<number>();
  for (const m of sheet.merges ?? []) {
    const rows = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(m);
    if (rows) for (let r = Number(rows[1]); r <= Number(rows[2]); r++) merged.add(r);
  }
  return sheet.columns.map((col, ci) => {
    if (col.width !== undefined) return col.width;
    let widest = 0;
    sheet.rows.forEach((row, ri) => {
      if (merged.has(ri + 1)) return;
      const input: CellInput | undefined = row[ci];
      if (input === undefined) return;
      const cell = cellOf(input);
      const isHeader = sheet.headerRow === ri + 1;
      const fmt = cell.style?.numFmt ?? (ri + 1 > (sheet.headerRow ?? 0) ? col.style?.numFmt : undefined);
      for (const line of displayText(cell.value, fmt).split('\n')) {
        // bold header text is a little wider; the autofilter button needs room too
        const w = displayWidth(line) * (isHeader ? 1.1 : 1) + (isHeader && sheet.autoFilter ? 3 : 0);
        widest = Math.max(widest, w);
      }
    });
    return Math.min(col.maxWidth ?? DEFAULT_MAX, Math.max(MIN_WIDTH, Math.ceil(widest + 2)));
  });
}

const LINE_HEIGHT = 14.5; // points per line of 11-pt CJK text
const PADDING = 4;

function mergedSpans(sheet: SheetModel): Map<string, { cols: number[]; rows: number }> {
  const spans = new Map<string, { cols: number[]; rows: number }>();
  for (const m of sheet.merges ?? []) {
    const x = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
    if (!x) continue;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const c0 = col(x[1]!), c1 = col(x[3]!);
    spans.set(`${Number(x[2])}:${c0}`, { cols: Array.from({ length: c1 - c0 + 1 }, (_, i) => c0 + i), rows: Number(x[4]) - Number(x[2]) + 1 });
  }
  return spans;
}

/**
 * Row heights (points) for rows whose wrapped text needs more than one line: spreadsheet programs do not grow a
 * row on load by themselves, so a wrapped header or a long project name would otherwise be cut off.
 */
export function rowHeights(sheet: SheetModel, widths: readonly number[]): Record<number, number> {
  const spans = mergedSpans(sheet);
  const heights: Record<number, number> = {};
  sheet.rows.forEach((row, ri) => {
    const r = ri + 1;
    const isHeader = sheet.headerRow === r;
    let lines = 1;
    row.forEach((input, ci) => {
      const cell = cellOf(input);
      const columnStyle = r > (sheet.headerRow ?? 0) ? sheet.columns[ci]?.style : undefined;
      const wrap = isHeader || cell.style?.wrap || columnStyle?.wrap;
      if (!wrap) return;
      const span = spans.get(`${r}:${ci}`);
      if (span && span.rows > 1) return;
      const width = (span ? span.cols.reduce((s, c) => s + (widths[c] ?? 8), 0) : widths[ci] ?? 8) - 1;
      const text = displayText(cell.value, cell.style?.numFmt ?? columnStyle?.numFmt);
      // a CJK glyph is ~2 character units in Excel's 等线 (LibreOffice's fallback fonts draw it narrower)
      const n = text.split('\n').reduce((s, line) => s + Math.max(1, Math.ceil((displayWidth(line) * (isHeader ? 1.0 : 0.95)) / Math.max(1, width))), 0);
      lines = Math.max(lines, n);
    });
    if (lines > 1) heights[r] = Math.ceil(lines * LINE_HEIGHT + PADDING);
  });
  return { ...heights, ...sheet.rowHeights };
}
