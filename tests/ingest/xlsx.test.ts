import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/load.js';
import { resolveLimits } from '../../src/ingest/limits.js';
import { columnIndex, parseSharedStrings, parseSheet, readXlsxTable } from '../../src/ingest/xlsx.js';
import { at, codes } from './errors.js';
import { exceljsXlsx, rawXlsx, sheetXml, tempDir } from './helpers.js';

const limits = resolveLimits();
const ctx = { file: 't.xlsx', sheet: 'S', limits };
const sst = (inner: string) => `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${inner}</sst>`;

describe('shared strings', () => {
  it.each([
    { name: 'plain', xml: '<si><t>坐落</t></si>', want: '坐落' },
    { name: 'rich-text runs concatenated', xml: '<si><r><rPr><b/></rPr><t>供地</t></r><r><t xml:space="preserve">面积 </t></r></si>', want: '供地面积 ' },
    { name: 'phonetic runs ignored', xml: '<si><t>坐落</t><rPh sb="0" eb="2"><t>ZUOLUO</t></rPh><phoneticPr fontId="1"/></si>', want: '坐落' },
    { name: 'XML entities', xml: '<si><t>A&amp;B &lt;1&gt; &quot;x&quot; &#x4E2D;&#22269;</t></si>', want: 'A&B <1> "x" 中国' },
    { name: '_x000D_ escape', xml: '<si><t>第一行_x000D_\n第二行</t></si>', want: '第一行\r\n第二行' },
    { name: '_x005F_ escapes an underscore', xml: '<si><t>_x005F_x000D_</t></si>', want: '_x000D_' },
    { name: 'empty item', xml: '<si/>', want: '' },
    { name: 'namespace prefix', xml: '<x:si><x:t>坐落</x:t></x:si>', want: '坐落' },
  ])('$name', ({ xml, want }) => {
    expect(parseSharedStrings(sst(xml))).toEqual([want]);
  });
});

describe('sheet cells', () => {
  const shared = ['文本'];
  const parse = (inner: string) => parseSheet(`<worksheet><sheetData>${inner}</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`, shared, ctx);
  it.each([
    { name: 'shared string', xml: '<c r="A1" t="s"><v>0</v></c>', want: '文本' },
    { name: 'formula string', xml: '<c r="A1" t="str"><f>A2&amp;"x"</f><v>a&amp;x</v></c>', want: 'a&x' },
    { name: 'inline string with runs', xml: '<c r="A1" t="inlineStr"><is><r><t>供</t></r><r><t>地</t></r></is></c>', want: '供地' },
    { name: 'boolean', xml: '<c r="A1" t="b"><v>1</v></c>', want: true },
    { name: 'number', xml: '<c r="A1" s="3"><v>1.6691</v></c>', want: 1.6691 },
    { name: 'number in scientific form', xml: '<c r="A1" t="n"><v>1.5E-7</v></c>', want: 1.5e-7 },
    { name: 'error value', xml: '<c r="A1" t="e"><v>#N/A</v></c>', want: { error: '#N/A' } },
  ])('$name', ({ xml, want }) => {
    expect(parse(`<row r="1">${xml}</row>`)).toEqual([{ row: 1, cells: [want] }]);
  });
  it('styled empty cells are no data; a row of them is no row', () => {
    expect(parse('<row r="1"><c r="A1" s="2"/><c r="B1" s="2"></c></row><row r="2"><c r="A2"><v>5</v></c></row>')).toEqual([{ row: 2, cells: [5] }]);
  });
  it('missing r attributes: cells and rows are counted', () => {
    const rows = parse('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>');
    expect(rows).toEqual([{ row: 1, cells: [1, 2] }, { row: 2, cells: [undefined, undefined, 3, 4] }]);
  });
  it('sparse rows keep their spreadsheet numbers', () => {
    const rows = parse('<row r="2"><c r="B2"><v>1</v></c></row><row r="7"><c r="AA7"><v>2</v></c></row>');
    expect(rows.map((r) => r.row)).toEqual([2, 7]);
    expect(rows[1]!.cells[26]).toBe(2);
  });
  it('a shared-string index out of range is a corrupt file', async () => {
    expect(() => parse('<row r="1"><c r="A1" t="s"><v>9</v></c></row>')).toThrow();
  });
  it.each([['A1', 0], ['Z9', 25], ['AA10', 26], ['XFD1048576', 16383], ['1', -1]])('columnIndex(%s) = %d', (ref, n) => {
    expect(columnIndex(ref as string)).toBe(n);
  });
});

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
