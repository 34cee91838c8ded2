// The SpreadsheetML writer of src/xlsx: lazy rows give the same workbook as arrays, the bytes are deterministic,
// the zip is valid for three independent readers (exceljs, yauzl, the module's own reader), merged cells and notes
// keep their look, progress is reported and the event loop keeps turning.
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import {
  columnWidths, crc32, lazyColumns, lazyRows, readXlsxSheet, renderWorkbook,
  type CellInput, type CellStyle, type RenderProgress, type SheetModel, type SheetRows, type WorkbookModel,
} from '../../src/xlsx/index.js';
import { loadWorkbook, zipEntryNames } from '../report/helpers/workbook.js';
import { limits } from './limits.js';

const textStyle: CellStyle = { numFmt: '@' };
const haStyle: CellStyle = { numFmt: '0.0000', align: 'right' };
const wrapStyle: CellStyle = { wrap: true };
const statusStyle = {
  credited: { fill: 'FFC6EFCE', fontColor: 'FF006100' },
  pending: { fill: 'FFFFEB9C', fontColor: 'FF9C5700' },
} satisfies Record<string, CellStyle>;

const date = new Date(Date.UTC(2026, 2, 31));

function dataRow(i: number): CellInput[] {
  return [
    { value: `330102${String(i).padStart(6, '0')}`, style: textStyle },
    i % 3 === 0 ? `某地块 ${i}\n第二行` : `项目${i}`,
    { value: (i * 7919 % 10000) / 10000, style: haStyle },
    { value: i % 2 ? '认定' : '待补正', style: { ...statusStyle[i % 2 ? 'credited' : 'pending'], align: 'center' } },
    i % 5 === 0 ? null : { value: { formula: `C${i + 2}*15`, result: ((i * 7919 % 10000) / 10000) * 15 }, style: haStyle },
  ];
}

function sheetOf(rows: SheetRows, n: number): SheetModel<SheetRows> {
  return {
    name: '明细', columns: [{ maxWidth: 20 }, { style: wrapStyle, maxWidth: 12 }, {}, {}, {}], rows, headerRow: 1, autoFilter: true,
    print: { landscape: true, title: `明细 ${n}` },
  };
}

function model(rows: (n: number) => SheetRows, n: number): WorkbookModel<SheetRows> {
  return { meta: { creator: 'landlink', title: 't', date }, sheets: [sheetOf(rows(n), n)] };
}

const header: CellInput[] = ['项目编号', '项目名称', '面积(公顷)', '状态', '亩'];
const arrayRows = (n: number): CellInput[][] => [header, ...Array.from({ length: n }, (_, i) => dataRow(i + 1))];
const lazy = (n: number) => lazyRows(n + 1, (i) => (i === 0 ? header : dataRow(i)));
/** Lazy rows that give single cells too: the width pass measures them column by column. */
const lazyCells = (n: number) => lazyRows(n + 1, (i) => (i === 0 ? header : dataRow(i)), (i, ci) => (i === 0 ? header[ci] : dataRow(i)[ci]));
/** The same, column by column (lazyColumns: the item i is row i + 1). */
const columnsOf = (n: number) => lazyColumns(header, n, header.map((_, ci) => (i: number) => dataRow(i + 1)[ci]!));

describe('lazy rows', () => {
  it.each([0, 1, 2500])('%i data rows: a lazy sheet is written byte for byte like the same rows as an array', async (n) => {
    const [a, b, c, d] = [arrayRows, lazy, lazyCells, columnsOf].map((rows) => renderWorkbook(model(rows, n)));
    expect((await a!).equals(await b!)).toBe(true);
    expect((await a!).equals(await c!)).toBe(true);
    expect((await a!).equals(await d!)).toBe(true);
    expect(columnWidths(sheetOf(lazy(n), n))).toEqual(columnWidths(sheetOf(arrayRows(n), n)));
    expect(columnWidths(sheetOf(lazyCells(n), n))).toEqual(columnWidths(sheetOf(arrayRows(n), n)));
    expect(columnWidths(sheetOf(columnsOf(n), n))).toEqual(columnWidths(sheetOf(arrayRows(n), n)));
  });
});

describe('the package', () => {
  it('is deterministic: the same model gives the same bytes', async () => {
    const [a, b] = [await renderWorkbook(model(lazy, 300)), await renderWorkbook(model(lazy, 300))];
    expect(a.equals(b)).toBe(true);
  });

  it('holds the parts of a workbook, each stamped with the model date', async () => {
    const bytes = await renderWorkbook(model(lazy, 3));
    expect(await zipEntryNames(bytes)).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/theme/theme1.xml',
    ]);
    const zip = await new Promise<yauzl.ZipFile>((ok, ko) => yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e || !z ? ko(e ?? new Error('not a zip')) : ok(z))));
    const stamps = await new Promise<string[]>((ok) => {
      const out: string[] = [];
      zip.on('entry', (e: yauzl.Entry) => { out.push(e.getLastModDate({ forceDosFormat: true }).toISOString()); zip.readEntry(); });
      zip.on('end', () => ok(out));
      zip.readEntry();
    });
    expect(new Set(stamps)).toEqual(new Set([new Date(2026, 2, 31).toISOString()]));
  });

  it.each([
    ['', 0], ['a', 0xe8b7be43], ['123456789', 0xcbf43926], ['挂钩方案', crc32(Buffer.from('挂钩', 'utf8'), 0)],
  ] as const)('crc32(%j)', (text, want) => {
    if (text === '挂钩方案') {
      // incremental: crc of the whole = crc of the second half continued from the first
      expect(crc32(Buffer.from('方案', 'utf8'), want)).toBe(crc32(Buffer.from(text, 'utf8')));
    } else {
      expect(crc32(Buffer.from(text, 'utf8'))).toBe(want);
    }
  });

  it('is read back by exceljs and by the module\'s own reader with the same values', async () => {
    const bytes = await renderWorkbook(model(lazy, 40));
    const wb = await loadWorkbook(bytes);
    const ws = wb.getWorksheet('明细')!;
    expect(ws.getCell('A4').value).toBe('330102000003');
    expect(ws.getCell('B4').value).toBe('某地块 3\n第二行');
    expect(ws.getCell('E2').formula).toBe('C3*15');
    expect(ws.getCell('E2').result).toBeCloseTo(0.7919 * 15, 10);
    expect(ws.getCell('C2').numFmt).toBe('0.0000');
    expect(ws.getRow(4).height).toBeGreaterThan(15);
    const table = await readXlsxSheet(bytes, { sheetNames: ['明细'], limits });
    expect(table.sheet).toBe('明细');
    expect(table.rows).toHaveLength(41);
    expect(table.rows[3]!.cells.slice(0, 4)).toEqual(['330102000003', '某地块 3\n第二行', 0.3757, '认定']);
  });
});

describe('look', () => {
  const small: WorkbookModel = {
    meta: { creator: 'landlink', title: 't', date },
    sheets: [{
      name: 'S', columns: [{ width: 12 }, { width: 12 }, { width: 12 }],
      rows: [
        [{ value: '标题', style: { bold: true, fill: 'FFDDEBF7' } }],
        ['甲', '乙', { value: 1.5, style: haStyle, note: '说明：不是公式' }],
        [{ value: null, style: { unlocked: true, fill: 'FFFFF2CC' } }],
      ],
      merges: ['A1:C1'],
      headerRow: 2,
      freezeColumns: 1,
      conditionalFormats: [{ ref: 'C3:C3', rules: [{ type: 'expression', formula: 'C3>1', fill: 'FFC6EFCE', fontColor: 'FF006100' }, { type: 'dataBar', min: 0, max: 1, color: 'FF5B9BD5' }] }],
      validations: [{ range: 'B3:B3', list: ['同意', '不同意'], error: '请选择' }],
      protect: true,
    }],
  };

  it.each(['B1', 'C1'])('%s under the merged title carries the title cell\'s look', async (address) => {
    const ws = (await loadWorkbook(await renderWorkbook(small))).getWorksheet('S')!;
    expect(ws.getCell(address).isMerged).toBe(true);
    expect(ws.getCell(address).fill).toEqual(ws.getCell('A1').fill);
    expect(ws.getCell(address).font).toEqual(ws.getCell('A1').font);
  });

  it('writes notes, frozen panes, conditional formats, validations, protection and unlocked cells', async () => {
    const ws = (await loadWorkbook(await renderWorkbook(small))).getWorksheet('S')!;
    // read-back fields exceljs has but does not declare
    const extra = ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[]; sheetProtection: unknown };
    expect(ws.getCell('C2').note).toBe('说明：不是公式');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' });
    expect(extra.conditionalFormattings.map((c) => [c.ref, c.rules.map((r) => r.type)])).toEqual([['C3:C3', ['expression', 'dataBar']]]);
    expect(ws.getCell('B3').dataValidation).toMatchObject({ type: 'list', formulae: ['"同意,不同意"'] });
    expect(extra.sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getCell('A3').protection).toMatchObject({ locked: false });
    expect(ws.getCell('B2').font?.bold).toBe(true);
  });
});

describe('responsiveness', () => {
  it('reports progress per sheet and lets the event loop run while a big sheet is written', async () => {
    const seen: RenderProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 0);
    await renderWorkbook(model(lazy, 12_000), { onProgress: (p) => seen.push(p) });
    clearInterval(timer);
    expect(seen.length).toBeGreaterThanOrEqual(6);
    expect(seen.at(-1)).toEqual({ sheet: '明细', rows: 12_001, totalRows: 12_001 });
    expect(ticks).toBeGreaterThan(3);
  });
});
