// columnWidths measures numbers by the length of their text, skips texts that cannot be wider than the column's
// widest so far and reads number formats once: the widths must stay those of measuring every line of every cell
// (the straightforward rule, written out below as the reference).
import { describe, expect, it } from 'vitest';
import { cellOf, columnWidths, displayText, displayWidth, type CellInput, type SheetModel } from '../../src/xlsx/index.js';

function referenceWidths(sheet: SheetModel<CellInput[][]>): number[] {
  const header = sheet.headerRow ?? 0;
  const widest = sheet.columns.map(() => 0);
  sheet.rows.forEach((row, ri) => {
    const r = ri + 1;
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

function rowsFor(seed: number): CellInput[][] {
  let s = seed;
  const next = (n: number) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
  const rows: CellInput[][] = [['项目编号', '名称\n（全称）', '面积', '公式', 'ID']];
  for (let i = 0; i < 300; i++) {
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

describe('columnWidths against measuring every line of every cell', () => {
  it.each([1, 2, 3, 4, 5, 6])('random rows, seed %i', (seed) => {
    for (const autoFilter of [false, true]) {
      const sheet: SheetModel<CellInput[][]> = {
        name: 's', rows: rowsFor(seed), headerRow: 1, autoFilter,
        columns: [{}, { maxWidth: 200 }, { style: { numFmt: '0.0000' } }, { style: { numFmt: '0.00' } }, { width: 11 }],
      };
      expect(columnWidths(sheet)).toEqual(referenceWidths(sheet));
    }
  });
});
