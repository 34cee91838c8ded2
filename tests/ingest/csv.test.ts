import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvTable, sniffDelimiter } from '../../src/ingest/csv.js';
import { readInputFile } from '../../src/ingest/load.js';
import { resolveLimits } from '../../src/ingest/limits.js';
import { at, codes } from './errors.js';
import { tempDir, writeText } from './helpers.js';

const limits = resolveLimits();
const table = (text: string) => readCsvTable(Buffer.from(text, 'utf8'), 't.csv', limits);

describe('delimiter sniffing', () => {
  it.each([
    { name: 'comma', text: 'a,b,c\n1,2,3\n', want: ',' },
    { name: 'tab', text: 'a\tb\tc\n1\t2,5\t3\n', want: '\t' },
    { name: 'pipe (the national-site .psv)', text: '行政区|土地坐落|总面积\n清新县|禾云镇, 工业园|6.0\n', want: '|' },
    { name: 'semicolon', text: 'a;b;c\n1;2;3\n', want: ';' },
    { name: 'a title line without delimiters above the header', text: '2025年供地备案\na|b|c\n1|2|3\n4|5|6\n', want: '|' },
    { name: 'commas inside quotes do not count', text: '"a,b,c"|d|e\n"1,2"|3|4\n', want: '|' },
    { name: 'a single column falls back to comma', text: 'a\nb\n', want: ',' },
  ])('$name', ({ text, want }) => {
    expect(sniffDelimiter(text)).toBe(want);
  });
});

describe('records', () => {
  it('mixed line endings (\\r\\n, \\n, \\r) are all record ends', () => {
    expect(table('a,b\r\n1,2\n3,4\r5,6').rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['a', 'b']], [2, ['1', '2']], [3, ['3', '4']], [4, ['5', '6']],
    ]);
  });
  it('ragged rows are kept as they are', () => {
    expect(table('a,b,c\n1\n1,2,3,4\n').rows.map((r) => r.cells)).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
  });
  it('a quoted field with a line break is one row; row numbers count records', () => {
    expect(table('a,b\n"x\ny",2\n3,4\n').rows.map((r) => [r.row, r.cells[0]])).toEqual([[1, 'a'], [2, 'x\ny'], [3, '3']]);
  });
  it('a stray quote inside a field is kept', () => {
    expect(table('a,b\n1,"三改一拆"拆后土地\n').rows[1]!.cells[1]).toBe('"三改一拆"拆后土地');
  });
  it('blank lines are rows (a spreadsheet shows them)', () => {
    expect(table('a,b\n\n1,2\n').rows.map((r) => r.row)).toEqual([1, 2, 3]);
  });
  it('an unclosed quote makes its record unreadable, reported by row', () => {
    const t = table('a,b\n1,2\n3,"oops\n');
    expect(t.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(t.unreadableRows.map((u) => u.row)).toEqual([3]);
  });
});

describe('CSV files read as supply (encodings, title rows)', () => {
  const dir = tempDir();
  const text = [
    '2025年度供地备案',
    '电子监管号,行政区代码,项目名称,坐落,土地来源,存量类型,供地面积(公顷),签订日期',
    '3301022025B00001,330102,项目甲,“三改一拆”地块,国有存量建设用地,“三改一拆”拆后土地,1.5,2025-03-31',
    '',
  ].join('\r\n');
  it.each([
    { encoding: 'utf-8', finding: [] },
    { encoding: 'utf-8-bom', finding: [] },
    { encoding: 'gbk', finding: ['encoding-gb18030'] },
    { encoding: 'utf-16le', finding: ['encoding-utf16'] },
  ] as const)('$encoding', async ({ encoding, finding }) => {
    const r = await readInputFile(writeText(dir, `supply-${encoding}.csv`, text, encoding), 'supply');
    expect(codes(r.findings)).toEqual(finding);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ source: { row: 3 }, location: '“三改一拆”地块', stockType: 'demolition', projectName: '项目甲' });
    expect(r.rows[0]!.source.sheet).toBeUndefined();
  });
  it('an unreadable CSV record is a finding with its row; the other rows are read', async () => {
    const r = await readInputFile(writeText(dir, 'broken.csv', text.replace(/\r\n$/, '') + '\r\n3301022025B00002,330102,"项目乙,坐落,国有存量建设用地,,1,2025-01-01\r\n'), 'supply');
    expect(r.rows).toHaveLength(1);
    expect(at(r.findings, 'row-unreadable')).toEqual([{ row: 4 }]);
  });
  it('a workbook saved with a .csv name stops the run', async () => {
    const path = join(dir, 'x.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    await expect(readInputFile(path, 'supply')).rejects.toMatchObject({ finding: { code: 'file-unreadable' } });
  });
});
