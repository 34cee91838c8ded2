import { describe, expect, it } from 'vitest';
import { kindSpecs } from '../../src/ingest/columns/index.js';
import { locateHeader, matchHeaderCell } from '../../src/ingest/header.js';
import type { Cell, Table } from '../../src/ingest/table.js';
import { at, codes, inputErrorOf } from './errors.js';

const supply = kindSpecs.supply;
const tableOf = (rows: Cell[][], sheet = 'S'): Table => ({ sheet, rows: rows.map((cells, i) => ({ row: i + 1, cells })), date1904: false, encoding: 'xlsx', unreadableRows: [] });
const required = ['电子监管号', '行政区代码', '项目名称', '坐落', '土地来源', '供地面积(公顷)', '签订日期'];

describe('matching one header cell', () => {
  it.each([
    { header: '供地面积(公顷)', field: 'supplyAreaHa', unit: 'ha' },
    { header: '供地面积（公顷）', field: 'supplyAreaHa', unit: 'ha' },
    { header: '供地面积(亩)', field: 'supplyAreaHa', unit: 'mu' },
    { header: '供地面积(平方米)', field: 'supplyAreaHa', unit: 'm2' },
    { header: '供地面积(㎡)', field: 'supplyAreaHa', unit: 'm2' },
    { header: '供地面积(m2)', field: 'supplyAreaHa', unit: 'm2' },
    { header: '供地面积(m²)', field: 'supplyAreaHa', unit: 'm2' },
    { header: '供地面积(ha)', field: 'supplyAreaHa', unit: 'ha' },
    { header: '供地面积(单位：亩)', field: 'supplyAreaHa', unit: 'mu' },
    { header: '供地面积', field: 'supplyAreaHa', unit: 'ha' },
    { header: '面积(公顷)', field: 'supplyAreaHa', unit: 'ha' },
    { header: ' 出让 面积 ', field: 'supplyAreaHa', unit: 'ha' },
    { header: '土地来源(爬虫推导,有bug)', field: 'landSource' },
    { header: '县(市、区)', field: 'regionName' },
    { header: '所在地', field: 'regionCode' },
    { header: '"三改一拆"', field: null },
    { header: '约定容积率下限', field: 'plotRatio' },
  ])('$header', ({ header, field, unit }) => {
    const m = matchHeaderCell(header, supply);
    expect(m?.spec.field ?? null).toBe(field);
    if (unit) expect(m?.unit).toBe(unit);
  });
  it('other kinds: 复垦面积(亩) is 复垦面积 in 亩; 改变用途建筑面积 defaults to m²', () => {
    expect(matchHeaderCell('复垦面积(亩)', kindSpecs.reclamation)).toMatchObject({ spec: { field: 'reclaimedAreaHa' }, unit: 'mu' });
    expect(matchHeaderCell('改变用途的建筑面积', kindSpecs.redevelopment)).toMatchObject({ spec: { field: 'changedFloorAreaM2' }, unit: 'm2' });
  });
  it('an area header with an annotation that is no unit keeps the default unit and says so', () => {
    expect(matchHeaderCell('供地面积(万元)', supply)).toMatchObject({ spec: { field: 'supplyAreaHa' }, unit: 'ha', unknownUnit: '万元' });
  });
});

describe('locating the header row', () => {
  it('skips merged title rows and blank rows above the header', () => {
    const h = locateHeader(tableOf([['2025年度供地备案'], [], ['导出单位：某某', null, '2025-03-31'], required, ['x']]), supply, 'f.xlsx');
    expect(h.row).toBe(4);
    expect(h.rowIndex).toBe(3);
    expect(codes(h.findings)).toEqual([]);
  });
  it('accepts a header with only the required columns (national-site exports carry few of ours)', () => {
    const h = locateHeader(tableOf([[...required.slice(0, 1), '行政区', ...required.slice(2)]]), supply, 'f.xlsx');
    expect([...h.byField.keys()]).toContain('regionName');
  });
  it('accepts a header that matches half of the columns even without all required ones… then names the missing one', async () => {
    const half = ['电子监管号', '行政区代码', '项目名称', '坐落', '备案类型', '供地方式', '存量类型', '征收类型', '供地面积', '存量面积', '签订日期'];
    const f = await inputErrorOf(() => locateHeader(tableOf([half]), supply, 'f.xlsx'));
    expect(f.code).toBe('column-missing');
    expect(f.location).toMatchObject({ file: 'f.xlsx', sheet: 'S', row: 1, column: '土地来源', expected: '土地来源' });
  });
  it('a missing required column names the column and its aliases', async () => {
    const f = await inputErrorOf(() => locateHeader(tableOf([['标题'], required.filter((h) => h !== '坐落')]), supply, 'f.xlsx'));
    expect(f.code).toBe('column-missing');
    expect(f.location).toMatchObject({ row: 2, column: '坐落', expected: '坐落、项目位置、宗地坐落、土地坐落' });
  });
  it('a missing "yes*" group names both columns', async () => {
    const f = await inputErrorOf(() => locateHeader(tableOf([required.filter((h) => h !== '行政区代码')]), supply, 'f.xlsx'));
    expect(f.location.column).toBe('行政区代码 或 行政区');
  });
  it('no row with any known column name: header-not-found', async () => {
    const f = await inputErrorOf(() => locateHeader(tableOf([['a', 'b'], ['c']]), supply, 'f.xlsx'));
    expect(f.code).toBe('header-not-found');
    expect(f.location).toMatchObject({ file: 'f.xlsx', sheet: 'S' });
  });
  it('only the first 30 non-empty rows are searched', async () => {
    const rows: Cell[][] = [...Array.from({ length: 30 }, (_, i) => [`标题 ${i}`]), required];
    expect((await inputErrorOf(() => locateHeader(tableOf(rows), supply, 'f.xlsx'))).code).toBe('header-not-found');
    expect(locateHeader(tableOf(rows.slice(1)), supply, 'f.xlsx').row).toBe(30);
  });
  it('duplicate columns: the first wins, the later one is a warning at the header row', () => {
    const h = locateHeader(tableOf([['行政区', ...required, '行政区', '项目位置', '坐落']]), supply, 'f.xlsx');
    expect(h.byField.get('regionName')!.index).toBe(0);
    expect(h.byField.get('location')!.index).toBe(4);
    expect(at(h.findings, 'column-duplicate')).toEqual([
      { row: 1, column: '行政区', expected: '行政区' },
      { row: 1, column: '项目位置', expected: '坐落' },
      { row: 1, column: '坐落', expected: '坐落' },
    ]);
  });
  it('unknown extra columns are listed once (info); prototype names are ordinary names', () => {
    const h = locateHeader(tableOf([[...required, '__proto__', 'constructor', '备注', '备注']]), supply, 'f.xlsx');
    expect(at(h.findings, 'column-unknown')).toEqual([
      { row: 1, column: '__proto__' }, { row: 1, column: 'constructor' }, { row: 1, column: '备注' },
    ]);
    expect(matchHeaderCell('__proto__', supply)).toBeNull();
    expect(matchHeaderCell('constructor', supply)).toBeNull();
    expect(matchHeaderCell('toString', supply)).toBeNull();
    expect(h.findings.every((f) => f.severity === 'info')).toBe(true);
  });
  it('an area header with an unknown unit is a warning (column-unit-unknown)', () => {
    const h = locateHeader(tableOf([[...required.filter((x) => !x.startsWith('供地面积')), '供地面积(万元)']]), supply, 'f.xlsx');
    expect(at(h.findings, 'column-unit-unknown')).toEqual([{ row: 1, column: '供地面积(万元)', value: '万元', expected: '公顷' }]);
  });
});
