// columnWidths measures numbers by the length of their text, skips texts that cannot be wider than the column's
// widest so far, stops measuring a column at its maxWidth and reads number formats once: the widths must stay those
// of measuring every line of every cell (the straightforward rule, written out below as the reference). rowHeights
// reads the columns' styles once per sheet and skips short texts: the heights must stay those of the rule cell by cell.
import { describe, expect, it } from 'vitest';
import { cellOf, columnIndex, columnWidths, displayText, displayWidth, lazyRows, rowHeights, type CellInput, type SheetModel } from '../../src/xlsx/index.js';

function referenceWidths(sheet: SheetModel<CellInput[][]>): number[] {
  const header = sheet.headerRow ?? 0;
  const widest = sheet.columns.map(() => 0);
  // rows under a merged range (a title) are not measured
  const merged = new Set((sheet.merges ?? []).flatMap((m) => {
    const [r0, r1] = m.split(':').map((a) => Number(a.replace(/[A-Z]+/, ''))) as [number, number];
    return Array.from({ length: r1 - r0 + 1 }, (_, i) => r0 + i);
  }));
  sheet.rows.forEach((row, ri) => {
    const r = ri + 1;
    if (merged.has(r)) return;
    row.slice(0, sheet.columns.length).forEach((input, ci) => {
      if (input === undefined) return;
      const cell = cellOf(input);
      const fmt = cell.style?.numFmt ?? (r > header ? sheet.columns[ci]!.style?.numFmt : undefined);
      for (const line of displayText(cell.value, fmt).split('\n')) {
        const w = displayWidth(line) * (header === r ? 1.1 : 1) + (header === r && sheet.autoFilter ? 3 : 0);
        widest[ci] = Math.max(widest[ci]!, w);
      }
    });
  });
  return sheet.columns.map((c, ci) => c.width ?? Math.min(c.maxWidth ?? 50, Math.max(6, Math.ceil(widest[ci]! + 2))));
}

const texts = ['', 'a', '杭州市本级', 'ABCDEFGHIJKLMNOP', '𠀀𠀁地块', '第一行\n第二行更长一些的文字', 'x\ny', '（公顷）', '330102000001'];
const numbers = [0, 1, -2.5, 12345.678901, 0.00005, 1e21, 99999999.99995];
const formats = [undefined, '0', '0.00', '0.0000', '@', '#,##0.00'];

function rowsFor(seed: number, count = 300): CellInput[][] {
  let s = seed;
  const next = (n: number) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
  const rows: CellInput[][] = [['项目编号', '名称\n（全称）', '面积', '公式', 'ID']];
  for (let i = 0; i < count; i++) {
    rows.push([
      texts[next(texts.length)]!,
      { value: texts[next(texts.length)]!, style: { wrap: true } },
      { value: numbers[next(numbers.length)]!, style: { numFmt: formats[next(formats.length)] } },
      next(4) === 0 ? null : { value: { formula: 'C2*15', result: numbers[next(numbers.length)]! } },
      next(2) === 0 ? texts[next(texts.length)]! : numbers[next(numbers.length)]!,
    ]);
  }
  return rows;
}

/** The height rule cell by cell: every wrapped cell's lines at its column's (or merged range's) width. */
function referenceHeights(sheet: SheetModel<CellInput[][]>, widths: readonly number[]): Record<number, number> {
  const spans = new Map<string, { cols: number[]; rows: number }>();
  for (const m of sheet.merges ?? []) {
    const [a, b] = m.split(':') as [string, string];
    const [c0, r0, c1, r1] = [columnIndex(a.replace(/\d+/, '')), Number(a.replace(/[A-Z]+/, '')), columnIndex(b.replace(/\d+/, '')), Number(b.replace(/[A-Z]+/, ''))];
    spans.set(`${r0}:${c0}`, { cols: Array.from({ length: c1 - c0 + 1 }, (_, i) => c0 + i), rows: r1 - r0 + 1 });
  }
  const heights: Record<number, number> = {};
  sheet.rows.forEach((row, ri) => {
    const r = ri + 1;
    const isHeader = sheet.headerRow === r;
    let lines = 1;
    row.forEach((input, ci) => {
      if (input === undefined || input === null) return;
      const cell = cellOf(input);
      const columnStyle = r > (sheet.headerRow ?? 0) ? sheet.columns[ci]?.style : undefined;
      if (!(isHeader || cell.style?.wrap || columnStyle?.wrap)) return;
      const span = spans.get(`${r}:${ci}`);
      if (span && span.rows > 1) return;
      const width = Math.max(1, (span ? span.cols.reduce((s, c) => s + (widths[c] ?? 8), 0) : widths[ci] ?? 8) - 1);
      const factor = isHeader ? 1.0 : 0.95;
      const text = displayText(cell.value, cell.style?.numFmt ?? columnStyle?.numFmt);
      lines = Math.max(lines, text.split('\n').reduce((s, line) => s + Math.max(1, Math.ceil((displayWidth(line) * factor) / width)), 0));
    });
    if (lines > 1) heights[r] = Math.ceil(lines * 14.5 + 4);
  });
  return heights;
}

describe('columnWidths and rowHeights against measuring every line of every cell', () => {
  const columnSets: SheetModel['columns'][] = [
    [{}, { maxWidth: 200 }, { style: { numFmt: '0.0000' } }, { style: { numFmt: '0.00' } }, { width: 11 }],
    // widths capped early: a column stops being measured once it reaches its maxWidth
    [{ maxWidth: 8 }, { maxWidth: 10, style: { wrap: true } }, { maxWidth: 7, style: { numFmt: '0.0000', wrap: true } }, { maxWidth: 4 }, { style: { wrap: true } }],
  ];
  it.each([1, 2, 3, 4, 5, 6])('random rows, seed %i', (seed) => {
    for (const columns of columnSets) {
      for (const autoFilter of [false, true]) {
        const sheet: SheetModel<CellInput[][]> = { name: 's', rows: rowsFor(seed), headerRow: 1, autoFilter, columns, merges: ['A5:C5', 'B8:B9'] };
        const widths = columnWidths(sheet);
        expect(widths).toEqual(referenceWidths(sheet));
        expect(rowHeights(sheet, widths)).toEqual(referenceHeights(sheet, widths));
      }
    }
  });

  it('lazy rows measured column by column, across many pauses (tens of thousands of cells), give the same widths', () => {
    for (const columns of columnSets) {
      const rows = rowsFor(7, 12_000);
      const merges = ['A5:C5', 'B8:B9', 'A9000:E9001'];
      const sheet: SheetModel<CellInput[][]> = { name: 's', rows, headerRow: 1, autoFilter: true, columns, merges };
      const lazy = lazyRows(rows.length, (i) => rows[i]!, (i, ci) => rows[i]![ci]);
      const widths = columnWidths({ ...sheet, rows: lazy });
      expect(widths).toEqual(referenceWidths(sheet));
      expect(widths).toEqual(columnWidths(sheet));
    }
  });

  it('the one wide cell of a lazy column is measured wherever it falls, pauses included', () => {
    const count = 40_000;
    for (const at of [1, 2, 1_999, 2_000, 2_001, 15_998, 15_999, 16_000, 16_001, 16_002, 31_999, 32_000, 32_001, count - 1, count]) {
      const cell = (i: number): CellInput => (i === 0 ? 'h' : i === at ? 'x'.repeat(30) : 'a');
      const rows = lazyRows(count + 1, (i) => [cell(i), 'b'], (i, ci) => (ci === 0 ? cell(i) : 'b'));
      expect(columnWidths({ name: 's', rows, headerRow: 1, columns: [{}, {}] })).toEqual([32, 6]);
      // and row by row, as an array (its pauses fall every 2,000 rows)
      const array = Array.from({ length: count + 1 }, (_, i) => [cell(i), 'b']);
      expect(columnWidths({ name: 's', rows: array, headerRow: 1, columns: [{}, {}] })).toEqual([32, 6]);
    }
  });

  it('texts widening one unit a row, past the maxWidth of some columns', () => {
    const rows: CellInput[][] = [['a', 'b', 'c'], ...Array.from({ length: 40 }, (_, i) => ['x'.repeat(i), '中'.repeat(i >> 1), { value: 'y'.repeat(i) + '\n' + '文'.repeat(i), style: { wrap: true } }])];
    for (const maxWidth of [6, 7, 12, 13, 30, 60]) {
      const sheet: SheetModel<CellInput[][]> = { name: 's', rows, headerRow: 1, columns: [{ maxWidth }, { maxWidth }, { maxWidth }] };
      const widths = columnWidths(sheet);
      expect(widths).toEqual(referenceWidths(sheet));
      expect(rowHeights(sheet, widths)).toEqual(referenceHeights(sheet, widths));
    }
  });
});
