import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/load.js';
import { resolveLimits } from '../../src/ingest/limits.js';
import { readXlsxTable } from '../../src/ingest/xlsx.js';
import { at, codes } from './errors.js';
import { exceljsXlsx, rawXlsx, sheetXml, tempDir } from './helpers.js';

const limits = resolveLimits();

describe('sheet choice (inputs.md: the first worksheet, unless one is named after the kind)', () => {
  const header = [['电子监管号', '行政区代码', '项目名称', '坐落', '土地来源', '供地面积(公顷)', '签订日期']];
  it.each([
    { name: 'the sheet named after the kind (English, any case)', sheets: ['说明', 'Supply'], want: 'Supply' },
    { name: 'the sheet named after the kind (Chinese)', sheets: ['说明', '供地备案'], want: '供地备案' },
    { name: 'else the first worksheet', sheets: ['Sheet1', '说明'], want: 'Sheet1' },
    { name: 'else the first visible worksheet', sheets: ['~hidden', 'Sheet2'], hidden: 0, want: 'Sheet2' },
  ])('$name', async ({ sheets, hidden, want }) => {
    const bytes = rawXlsx({ sheets: sheets.map((name, i) => ({ name, xml: sheetXml(header), hidden: i === hidden })) });
    const t = await readXlsxTable(bytes, 'x.xlsx', ['supply', '供地备案'], limits);
    expect(t.sheet).toBe(want);
  });
  it('reads the 1904 date system flag', async () => {
    const t = await readXlsxTable(rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(header) }], date1904: true }), 'x.xlsx', [], limits);
    expect(t.date1904).toBe(true);
  });
});

describe('reading a workbook as supply', () => {
  const dir = tempDir();
  const header = ['电子监管号', '行政区代码', '项目名称', '坐落', '土地来源', '供地面积(公顷)', '签订日期'];

  it('Excel serial dates follow the workbook date system (1904)', async () => {
    const path = join(dir, 'd1904.xlsx');
    writeFileSync(path, rawXlsx({ date1904: true, sheets: [{ name: 'S', xml: sheetXml([header, ['3301022025B00001', 330102, '项目', '坐落', '国有存量建设用地', 1.5, 44285]]) }] }));
    const r = await readInputFile(path, 'supply');
    expect(r.rows[0]!.signedDate).toBe('2025-03-31');
    expect(r.info.encoding).toBe('xlsx');
    expect(r.info.sheet).toBe('S');
  });

  it('a cell holding U+FFFD is a finding, never data (cell-text-invalid)', async () => {
    const path = join(dir, 'fffd.xlsx');
    writeFileSync(path, rawXlsx({ sheets: [{ name: 'S', xml: sheetXml([header, ['3301022025B00001', 330102, '项\uFFFD目', '坐落', '国有存量建设用地', 1.5, 45747]]) }] }));
    const r = await readInputFile(path, 'supply');
    expect(at(r.findings, 'cell-text-invalid')).toEqual([{ row: 2, column: '项目名称', value: '项\uFFFD目' }]);
    expect(r.findings[0]!.location.sheet).toBe('S');
    expect(r.rows[0]!.projectName).toBe('');
  });

  it('an id stored as a number: an exact integer is its digits, a float past 2^53 is cell-id-invalid', async () => {
    const path = join(dir, 'ids.xlsx');
    writeFileSync(path, rawXlsx({ sheets: [{ name: 'S', xml: sheetXml([header,
      [330102202500001, 330102, '项目', '坐落', '国有存量建设用地', 1.5, 45747],
      [3.301022025000011e21, 330102, '项目', '坐落', '国有存量建设用地', 1.5, 45747]]) }] }));
    const r = await readInputFile(path, 'supply');
    expect(r.rows.map((x) => x.supervisionId)).toEqual(['330102202500001', '']);
    expect(at(r.findings, 'cell-id-invalid')).toEqual([{ row: 3, column: '电子监管号', value: '3301022025000011000000' }]);
  });

  it('an exceljs workbook with merged title rows, dates, numbers stored as text and trailing empty rows', async () => {
    const path = join(dir, 'merged.xlsx');
    await exceljsXlsx(path, [{
      name: '供地备案',
      merges: ['A1:G1', 'A2:G2'],
      rows: [
        ['2025年度供地备案导出'],
        ['导出单位：浙江省自然资源厅'],
        header,
        ['3301022025B00001', '330102', '项目甲', '坐落甲', '国有存量建设用地', '1,234.5', new Date(Date.UTC(2025, 2, 31))],
        ['3301022025B00002', 330102, '项目乙', '坐落乙', '国有存量建设用地', 2, '2025年4月1日'],
        [],
        [],
      ],
    }]);
    const r = await readInputFile(path, 'supply');
    expect(r.rows.map((x) => [x.source.row, x.supplyAreaHa?.toString(), x.signedDate])).toEqual([
      [4, '1234.5', '2025-03-31'],
      [5, '2', '2025-04-01'],
    ]);
    expect(r.rows[0]!.source).toEqual({ file: 'merged.xlsx', sheet: '供地备案', row: 4 });
    expect(codes(r.findings)).toEqual([]);
  });
});
