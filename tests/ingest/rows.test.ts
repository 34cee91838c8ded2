import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { readInputFile } from '../../src/ingest/load.js';
import type { InputKind } from '../../src/domain/rows.js';
import { at, codes } from './errors.js';
import { csvOf, tempDir, writeText } from './helpers.js';

const dir = tempDir();
let n = 0;
async function read<K extends InputKind>(kind: K, rows: (string | number)[][]) {
  return readInputFile(writeText(dir, `${kind}-${++n}.csv`, csvOf(rows)), kind);
}

const H = ['电子监管号', '行政区代码', '行政区', '项目名称', '坐落', '备案类型', '供地方式', '土地来源', '存量类型', '供地面积(公顷)', '测绘面积(亩)', '签订日期'];
const good = ['3301022025B00001', '330102', '上城区', '项目', '坐落', '出让合同', '挂牌出让', '国有存量建设用地', '回收收购土地', '1.5', '15.5', '2025-03-31'];
const row = (patch: Record<string, string>) => H.map((h, i) => patch[h] ?? good[i]!);

describe('supply cells', () => {
  it('a clean row: units exact (15.5 亩 = 31/30 公顷), enums to ids, location', async () => {
    const r = await read('supply', [H, good]);
    expect(codes(r.findings)).toEqual([]);
    const s = r.rows[0]!;
    expect(s).toMatchObject({ supervisionId: '3301022025B00001', region: { code: '330102' }, filingType: 'transfer', supplyMethod: 'listing', landSource: 'state-stock', stockType: 'reclaimed', signedDate: '2025-03-31' });
    expect(s.surveyedAreaHa!.eq(Exact.of(31, 30))).toBe(true);
    expect(s.source).toEqual({ file: `supply-${n}.csv`, row: 2 });
    expect(s.columns?.surveyedAreaHa).toBe('测绘面积(亩)');
  });
  it.each([
    { name: 'm² header', header: '测绘面积(平方米)', value: '12,000', want: Exact.of(6, 5) },
    { name: 'full-width digits', header: '测绘面积(公顷)', value: '１２３．５', want: Exact.parseDecimal('123.5') },
    { name: 'thousands separator', header: '测绘面积(公顷)', value: '1,234.5', want: Exact.parseDecimal('1234.5') },
  ])('areas: $name', async ({ header, value, want }) => {
    const h = H.map((x) => (x === '测绘面积(亩)' ? header : x));
    const r = await read('supply', [h, row({ '测绘面积(亩)': value })]);
    expect(r.rows[0]!.surveyedAreaHa!.eq(want)).toBe(true);
  });
  it.each(['Nah', '-', ' ', '／', '——'])('placeholder %j in an optional column is empty, no finding', async (v) => {
    const r = await read('supply', [H, row({ '测绘面积(亩)': v, '存量类型': v })]);
    expect(codes(r.findings)).toEqual([]);
    expect(r.rows[0]).toMatchObject({ surveyedAreaHa: null, stockType: null });
  });
  it.each(['1900-01-01', '1901年01月02日', 'Nah'])('placeholder date %j in a required column is a missing value', async (v) => {
    const r = await read('supply', [H, row({ 签订日期: v })]);
    expect(at(r.findings, 'cell-required')).toEqual([{ row: 2, column: '签订日期', value: v }]);
    expect(r.rows[0]!.signedDate).toBeNull();
  });
  it.each([
    { col: '测绘面积(亩)', value: '1e5', code: 'cell-number-invalid' },
    { col: '测绘面积(亩)', value: 'NaN', code: 'cell-number-invalid' },
    { col: '测绘面积(亩)', value: '-1', code: 'cell-area-negative' },
    { col: '签订日期', value: '2025-02-30', code: 'cell-date-invalid' },
    { col: '存量类型', value: '四改一拆', code: 'cell-enum-invalid' },
    { col: '供地方式', value: '赠与', code: 'cell-enum-invalid' },
    { col: '项目名称', value: '#N/A', code: 'cell-error' },
    { col: '项目名称', value: '项\uFFFD目', code: 'cell-text-invalid' },
    { col: '项目名称', value: '', code: 'cell-required' },
    { col: '土地来源', value: '划拨', code: 'cell-enum-invalid' },
  ])('$col = $value → $code at the cell', async ({ col, value, code }) => {
    const r = await read('supply', [H, row({ [col]: value })]);
    expect(codes(r.findings)).toEqual([code]);
    expect(at(r.findings, code)).toEqual([expect.objectContaining({ row: 2, column: col, value })]);
    expect(r.findings[0]!.projectId).toBe('3301022025B00001');
    expect(r.rows).toHaveLength(1);
  });
  it('an unknown enum value lists the accepted values', async () => {
    const r = await read('supply', [H, row({ 存量类型: '四改一拆' })]);
    expect(r.findings[0]!.location.expected).toContain('回收收购土地');
  });
  it('fully empty rows are skipped silently; row numbers stay as the spreadsheet shows them', async () => {
    const r = await read('supply', [['供地备案 2025'], H, good, ['', '', ''], row({ 电子监管号: '3301022025B00002' }), [''], ['']]);
    expect(r.rows.map((x) => x.source.row)).toEqual([3, 5]);
    expect(codes(r.findings)).toEqual([]);
  });
  it('duplicate ids in one file (id-duplicate names the first row)', async () => {
    const r = await read('supply', [H, good, good, good]);
    expect(at(r.findings, 'id-duplicate')).toEqual([
      { row: 3, column: '电子监管号', value: '3301022025B00001', expected: '2' },
      { row: 4, column: '电子监管号', value: '3301022025B00001', expected: '2' },
    ]);
    expect(r.rows).toHaveLength(3);
  });
});

describe('regions (inputs.md "Region codes")', () => {
  it.each([
    { name: 'county code', code: '330421', name_: '', want: '330421', found: [] },
    { name: '市本级 code', code: '330100', name_: '', want: '330100', found: [] },
    { name: '9-digit township code', code: '330783001', name_: '', want: '330783', found: [] },
    { name: '12-digit village code', code: '330483003201', name_: '', want: '330483', found: [] },
    { name: 'code as a float', code: '330421.0', name_: '', want: '330421', found: [] },
    { name: 'name alone', code: '', name_: '嘉善县', want: '330421', found: [] },
    { name: 'a name in the code column', code: '磐安县', name_: '', want: '330727', found: [] },
    { name: 'retired code → successor (warning)', code: '330183', name_: '', want: '330111', found: ['region-retired'] },
    { name: 'retired code, two successors, decided by name', code: '330104', name_: '钱塘区', want: '330114', found: ['region-retired'] },
    { name: 'retired code, two successors, no name', code: '330104', name_: '', want: null, found: ['region-retired-ambiguous'] },
    { name: 'name disagrees with code (warning, code wins)', code: '330421', name_: '桐乡市', want: '330421', found: ['region-name-mismatch'] },
    { name: 'outside Zhejiang', code: '441827', name_: '清新县', want: null, found: ['region-outside-zhejiang'] },
    { name: 'unknown code', code: '330199', name_: '', want: null, found: ['region-unknown'] },
    { name: 'unknown name, no code', code: '', name_: '火星县', want: '330102', found: ['region-name-mismatch'] },
  ])('$name', async ({ code, name_, want, found }) => {
    const r = await read('supply', [H, row({ 行政区代码: code, 行政区: name_ })]);
    expect(codes(r.findings)).toEqual(found);
    expect(r.rows[0]!.region?.code ?? null).toBe(want);
  });
  it('retired code finding names the old and the new code', async () => {
    const r = await read('supply', [H, row({ 行政区代码: '330682', 行政区: '' })]);
    expect(at(r.findings, 'region-retired')).toEqual([{ row: 2, column: '行政区代码', value: '330682', expected: '330604 上虞区' }]);
  });
  it('no code and no name: the 电子监管号 gives the region (national-site ids start with it)', async () => {
    const r = await read('supply', [H, row({ 行政区代码: '', 行政区: '', 电子监管号: '4418272019B00376' })]);
    expect(at(r.findings, 'region-outside-zhejiang')).toEqual([{ row: 2, column: '电子监管号', value: '441827' }]);
  });
  it('no code, no name and no usable id: a missing value', async () => {
    const r = await read('supply', [H, row({ 行政区代码: '', 行政区: '', 电子监管号: 'X-1' })]);
    expect(at(r.findings, 'cell-required')).toEqual([{ row: 2, column: '行政区代码', value: '' }]);
  });
});

describe('national-site columns (no 备案类型; numeric 土地来源)', () => {
  const N = ['行政区', '电子监管号', '项目名称', '项目位置', '面积(公顷)', '土地来源', '供地方式', '合同签订日期'];
  const nat = (p: Record<string, string>) => N.map((h) => p[h] ?? ({ 行政区: '嘉善县', 电子监管号: '3304212018B03838', 项目名称: 'p', 项目位置: 'l', '面积(公顷)': '8.803290', 土地来源: '0', 供地方式: '挂牌出让', 合同签订日期: '2018年12月31日' } as Record<string, string>)[h]!);
  it.each([
    { method: '划拨', id: '3304212018B03838', want: 'allocation' },
    { method: '协议出让', id: '3304212018A03838', want: 'transfer' },
    { method: '租赁', id: '3304212018A03838', want: 'transfer' },
    { method: '作价出资', id: '3304212018A03838', want: 'transfer' },
    { method: '', id: '3304212018A03838', want: 'allocation' },
    { method: '', id: '3304212018B03838-1', want: 'transfer' },
    { method: '', id: '3304212018C00001', want: 'transfer' },
  ])('备案类型 from 供地方式 $method / 电子监管号 $id → $want', async ({ method, id, want }) => {
    const r = await read('supply', [N, nat({ 供地方式: method, 电子监管号: id })]);
    expect(r.rows[0]!.filingType).toBe(want);
    expect(codes(r.findings)).toEqual([]);
  });
  it('underivable 备案类型 is a finding', async () => {
    const r = await read('supply', [N, nat({ 供地方式: '', 电子监管号: 'JS-0001' })]);
    expect(at(r.findings, 'filing-type-underivable')).toEqual([{ row: 2, column: '电子监管号', value: 'JS-0001' }]);
  });
  it('a present but empty 备案类型 column is a missing value, not derived', async () => {
    const r = await read('supply', [[...N, '备案类型'], [...nat({}), '']]);
    expect(at(r.findings, 'cell-required')).toEqual([{ row: 2, column: '备案类型', value: '' }]);
    expect(r.rows[0]!.filingType).toBeNull();
  });
  it.each([
    { value: '0.000000', source: 'new-state', stock: '0' },
    { value: '8.803290', source: 'existing', stock: '8.80329' },
    { value: '2.5', source: 'new-from-stock-pool', stock: '2.5' },
    { value: '现有建设用地', source: 'existing', stock: null },
    { value: '新增建设用地(来自存量库)', source: 'new-from-stock-pool', stock: null },
  ])('土地来源 $value → $source', async ({ value, source, stock }) => {
    const r = await read('supply', [N, nat({ 土地来源: value })]);
    expect(codes(r.findings)).toEqual([]);
    expect(r.rows[0]!.landSource).toBe(source);
    expect(r.rows[0]!.stockAreaHa?.toString() ?? null).toBe(stock);
  });
  it.each(['9', '-1'])('土地来源 %s outside 0…面积 is a finding', async (value) => {
    const r = await read('supply', [N, nat({ 土地来源: value })]);
    expect(at(r.findings, 'land-source-number-invalid')).toEqual([{ row: 2, column: '土地来源', value, expected: '8.80329' }]);
    expect(r.rows[0]!.landSource).toBeNull();
  });
});

describe('the other kinds', () => {
  it('redevelopment: floor area in m² (亩 header converted), plot ratio must be > 0, yes/no', async () => {
    const h = ['项目编号', '行政区代码', '项目名称', '坐落', '再开发类型', '改变用途建筑面积(亩)', '新容积率', '改变用途面积(公顷)', '改变后用途', '政府重新供地', '完成日期'];
    const r = await read('redevelopment', [h,
      ['R1', '330102', 'p', 'l', '“退二进三”', '1.5', '2.0', '0.4', '科技研发', '否', '2025/6/30'],
      ['R2', '330102', 'p', 'l', '退二进三', '12000', '0', '0.4', '商业', '是', '2025/6/30'],
    ]);
    expect(r.rows[0]).toMatchObject({ redevelopmentType: 'secondary-to-tertiary', governmentResupply: 'no', completedDate: '2025-06-30' });
    expect(r.rows[0]!.changedFloorAreaM2!.eq(Exact.of(1000))).toBe(true);
    expect(at(r.findings, 'cell-number-invalid')).toEqual([{ row: 3, column: '新容积率', value: '0', expected: '大于 0 的数' }]);
    expect(r.rows[1]!.newPlotRatio).toBeNull();
  });
  it('reclamation: 复垦面积(亩) exact', async () => {
    const r = await read('reclamation', [['复垦项目编号', '行政区代码', '项目名称', '复垦面积(亩)', '验收结论', '验收日期'], ['F1', '330726', 'p', '15.5', '通过', '20250331']]);
    expect(codes(r.findings)).toEqual([]);
    expect(r.rows[0]!.reclaimedAreaHa!.eq(Exact.of(31, 30))).toBe(true);
    expect(r.rows[0]).toMatchObject({ acceptance: 'passed', acceptanceDate: '2025-03-31', region: { code: '330726' } });
  });
  it('evidence: aliases, yes/no, stated area', async () => {
    const r = await read('evidence', [['电子监管号', '材料名称', '是否盖章签字', '材料面积(平方米)'], ['3301022025B00001', '《建设用地审查意见书》', '已盖章', '5000'], ['3301022025B00001', '收回决定书', '否', '']]);
    expect(codes(r.findings)).toEqual([]);
    expect(r.rows.map((e) => [e.documentType, e.stamped, e.statedAreaHa?.toString() ?? null])).toEqual([
      ['review-opinion', 'yes', '0.5'], ['state-reclaim-decision', 'no', null],
    ]);
  });
  it('inspection: enum and area', async () => {
    const r = await read('inspection', [['项目编号', '核查方式', '核查结论', '核实面积(公顷)'], ['P1', '实地抽查', '面积核减', '0.8'], ['P2', '内业审核', '查无此事', '']]);
    expect(r.rows[0]).toMatchObject({ method: 'onsite', conclusion: 'area-reduced' });
    expect(at(r.findings, 'cell-enum-invalid')).toEqual([expect.objectContaining({ row: 3, column: '核查结论', value: '查无此事' })]);
  });
  it.each([
    { year: '2024', want: 2024, found: [] },
    { year: '2024年', want: 2024, found: [] },
    { year: '２０２４年度', want: 2024, found: [] },
    { year: '24', want: null, found: ['cell-number-invalid'] },
  ])('start-check 挂钩年度 $year', async ({ year, want, found }) => {
    const r = await read('start-check', [['项目编号', '行政区代码', '挂钩年度', '认定面积(公顷)', '核查结果'], ['P1', '330102', year, '1', '未开工（无合理证明）']]);
    expect(codes(r.findings)).toEqual(found);
    expect(r.rows[0]).toMatchObject({ linkageYear: want, result: 'not-started-unjustified' });
  });
  it('ledger: an empty region cell is fine (the region is optional there); start-check: it is required', async () => {
    const l = await read('ledger', [['项目编号', '挂钩年度', '行政区代码'], ['P1', '2023', '']]);
    expect(codes(l.findings)).toEqual([]);
    const s = await read('start-check', [['项目编号', '行政区代码', '挂钩年度', '认定面积(公顷)', '核查结果'], ['P1', '', '2024', '1', '已开工']]);
    expect(at(s.findings, 'cell-required')).toEqual([{ row: 2, column: '行政区代码', value: '' }]);
  });
  it('ledger: duplicate ids are findings; region optional', async () => {
    const r = await read('ledger', [['项目编号', '挂钩年度', '认定面积(公顷)'], ['P1', '2023', '1'], ['P1', '2024', '1']]);
    expect(at(r.findings, 'id-duplicate')).toEqual([{ row: 3, column: '项目编号', value: 'P1', expected: '2' }]);
    expect(r.rows.map((l) => l.region)).toEqual([null, null]);
  });
});
