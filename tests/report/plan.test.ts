import { afterEach, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { Exact } from '../../src/domain/exact.js';
import { planDate, planSheetNames, planWorkbookModel } from '../../src/report/plan.js';
import { renderWorkbook } from '../../src/xlsx/index.js';
import { rowAt } from '../../src/xlsx/index.js';
import { div, lit, ref, round } from '../../src/report/plan/formula.js';
import { displayWidth } from '../../src/xlsx/index.js';
import { fixZipTimestamps } from '../../src/xlsx/index.js';
import { buildResult, sampleResult } from './helpers/fixture.js';
import { formulaCells, loadWorkbook, zipEntryText } from './helpers/workbook.js';
import { cellText } from '../helpers/cell-text.js';

const meta = { toolVersion: '9.9.9' };

async function rendered(result = sampleResult()): Promise<{ bytes: Buffer; wb: ExcelJS.Workbook }> {
  const bytes = await renderWorkbook(planWorkbookModel(result, meta).model);
  return { bytes, wb: await loadWorkbook(bytes) };
}

function headerOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.getRow(1).eachCell((c, i) => { out[i - 1] = cellText(c.value); });
  return out;
}

const categoryHeaders = ['收回收购', '无主空闲地', '城中村/小城镇', '三改一拆', '集体存量', '退二进三', '增减挂钩复垦'].map((s, i) => `其中：${i + 1}类\n${s}\n(公顷)`);

// outputs.md "The provincial plan workbook": sheets and columns in this order (more allowed after them).
const requiredColumns: [string, string[]][] = [
  ['汇总', ['设区市代码', '设区市', '认定存量面积(公顷)', ...categoryHeaders, '挂钩指标(公顷)', '扣减指标(公顷)', '核定指标(公顷)', '核定指标(亩)', '结转扣减(公顷)', '受处罚县数']],
  ['分县', ['行政区代码', '行政区', '设区市', '认定存量面积(公顷)', ...categoryHeaders, '挂钩指标(公顷)', '扣减指标(公顷)', '核定指标(公顷)', '核定指标(亩)', '结转扣减(公顷)', '处罚措施']],
  ['项目明细', ['项目编号', '行政区代码', '行政区', '设区市', '项目名称', '类别', '类别名称', '申报面积(公顷)', '认定面积(公顷)', '认定状态', '设区市意见', '核查结论', '问题', '来源']],
  ['扣减明细', ['项目编号', '行政区代码', '挂钩年度', '原因', '项目对应指标(公顷)', '扣减倍数', '扣减指标(公顷)']],
  ['问题清单', ['级别', '说明', '项目编号', '文件', '工作表', '行', '列', '依据', '处理建议', '代码']],
  ['台账', ['项目编号', '挂钩年度', '认定面积(公顷)', '行政区代码']],
];

describe('plan workbook structure', () => {
  it('has exactly the seven sheets of outputs.md, in order', async () => {
    const { wb } = await rendered();
    expect(wb.worksheets.map((w) => w.name)).toEqual([...planSheetNames]);
  });

  it.each(requiredColumns)('%s has the required columns first, in order', async (sheet, columns) => {
    const { wb } = await rendered();
    expect(headerOf(wb.getWorksheet(sheet)!).slice(0, columns.length)).toEqual(columns);
  });

  it.each(['汇总', '分县', '项目明细', '扣减明细', '问题清单', '台账'])('%s: header frozen and bold', async (sheet) => {
    const { wb } = await rendered();
    const ws = wb.getWorksheet(sheet)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    ws.getRow(1).eachCell((c) => expect(c.font?.bold).toBe(true));
  });

  it.each(['分县', '项目明细', '扣减明细', '问题清单', '台账'])('%s: autofilter over the detail table', async (sheet) => {
    const { wb } = await rendered();
    expect(wb.getWorksheet(sheet)!.autoFilter).toBeTruthy();
  });

  it('metadata is fixed: creator landlink, created = modified = 31 March of year+1', async () => {
    const { wb } = await rendered();
    expect(wb.creator).toBe('landlink');
    expect(wb.created.toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(wb.modified.toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(planDate(2025).toISOString()).toBe('2026-03-31T00:00:00.000Z');
  });

  it('figures are numbers with 公顷 0.0000 / 亩 0.00 formats', async () => {
    const { wb } = await rendered();
    const county = wb.getWorksheet('分县')!;
    const row = county.getRow(3); // 330102 上城区
    expect(row.getCell(1).value).toBe('330102');
    expect(row.getCell(4).value).toBe(1.4906);
    expect(row.getCell(4).numFmt).toBe('0.0000');
    expect(row.getCell(15).numFmt).toBe('0.00');
    const projects = wb.getWorksheet('项目明细')!;
    expect(typeof projects.getRow(2).getCell(8).value).toBe('number');
  });

  it.each([
    ['认定', 'FFC6EFCE'], ['待补正', 'FFFFEB9C'], ['不予认定', 'FFD9D9D9'], ['弄虚作假', 'FFFFC7CE'],
  ])('认定状态 %s is filled %s', async (label, argb) => {
    const { wb } = await rendered();
    const ws = wb.getWorksheet('项目明细')!;
    let found = 0;
    ws.eachRow((row, r) => {
      if (r === 1 || row.getCell(10).value !== label) return;
      found++;
      expect((row.getCell(10).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb);
    });
    expect(found).toBeGreaterThan(0);
  });

  it.each([['错误', 'FFFFC7CE'], ['提示', 'FFDDEBF7']])('问题清单 severity %s is filled %s', async (label, argb) => {
    const { wb } = await rendered();
    const ws = wb.getWorksheet('问题清单')!;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row, r) => { if (r > 1 && row.getCell(1).value === label) rows.push(row); });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect((row.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb);
  });

  it('column widths fit Chinese text (CJK counted as 2)', async () => {
    const { wb } = await rendered();
    const ws = wb.getWorksheet('项目明细')!;
    // 类别名称 of category 7 is 20 CJK characters: its column is at least 24 wide (capped, wraps beyond)
    expect(ws.getColumn(7).width).toBeGreaterThanOrEqual(24);
    // 行政区 "杭州市本级" = 10 units
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(displayWidth('杭州市本级'));
  });

  it('参数 lists each policy parameter with its article, the inputs with SHA-256, the version and the year', async () => {
    const { wb } = await rendered();
    const texts: string[] = [];
    wb.getWorksheet('参数')!.eachRow((row) => row.eachCell((c) => texts.push(cellText(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['挂钩比例（存量:增量 = N:1）', '浙土资发〔2017〕19号 三、挂钩比例', 'ratio', 'a'.repeat(64), '供地备案.xlsx', 'landlink 9.9.9', '2025']));
  });
});

describe('quota formulas', () => {
  it('under the default policy every figure of 汇总/分县 that must be a formula is one (no fallback)', () => {
    expect(planWorkbookModel(sampleResult(), meta).fallbacks).toEqual([]);
  });

  it.each([
    ['分县', 'L3', 'ROUND(D3/3,4)', 0.4969],
    ['分县', 'N3', 'MAX(0,ROUND(L3-M3,4))', 0],
    ['分县', 'P3', 'MAX(0,ROUND(M3-L3,4))', 2.8364],
    ['分县', 'O2', 'ROUND(N2*15,4)', 12.4995],
    ['汇总', 'K2', "ROUND(SUMIF('分县'!$C$2:$C$6,$B2,'分县'!L$2:L$6),4)", 1.3303],
    ['汇总', 'C13', 'ROUND(SUM(C2:C12),4)', 5.0241],
    ['汇总', 'P13', 'SUM(P2:P12)', 2],
  ])('%s!%s = %s, cached %s', async (sheet, address, formula, value) => {
    const { wb } = await rendered();
    const cell = wb.getWorksheet(sheet)!.getCell(address);
    expect(cell.formula).toBe(formula);
    expect(cell.result).toBe(value);
  });

  it('every quota column cell of 分县 and every figure of the city and province rows of 汇总 is a formula', async () => {
    const { wb } = await rendered();
    const formulas = new Set(formulaCells(wb).map((f) => `${f.sheet}!${f.address}`));
    for (let r = 2; r <= 6; r++) for (const col of ['L', 'N', 'O', 'P']) expect(formulas.has(`分县!${col}${r}`)).toBe(true);
    for (let r = 2; r <= 13; r++) for (const col of 'CDEFGHIJKLMNO') expect(formulas.has(`汇总!${col}${r}`)).toBe(true);
  });

  it('a ratio for which ROUND(rounded credited ÷ ratio) differs writes the computed value with a note', () => {
    // ratio 2: exact 0.00006 → credited 0.0001, quota round(0.00003) = 0.0000, but ROUND(0.0001/2, 4) = 0.0001
    const result = buildResult({ policy: { ratio: 2 }, projects: [{ id: 'X1', county: '330102', category: 1, declared: '0.00006' }] });
    const { fallbacks, model } = planWorkbookModel(result, meta);
    expect(fallbacks.map((f) => f.address)).toEqual(['分县!L2']);
    const cell = rowAt(model.sheets[1]!.rows, 1)[11] as { value: unknown; note?: string };
    expect(cell.value).toBe(0);
    expect(cell.note).toMatch(/计算值/);
  });

  const ratios = [1, 3, 5, 7, 9];
  it.each(ratios)('property: for odd ratio %i, ROUND(ROUND(x, 4)/ratio, 4) = ROUND(x/ratio, 4) and is float-safe', (ratio) => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
      const x = Exact.of(n, d);
      const e = round(div(ref('D2', x.roundHalfUp(4)), lit(Exact.of(ratio))), 4);
      return e.safe && e.value.eq(x.div(ratio).roundHalfUp(4));
    }), { numRuns: 2000 });
  });

  it('the property is not vacuous: for ratio 2 there are areas where the two roundings differ', () => {
    const x = Exact.parseDecimal('0.00006');
    const e = round(div(ref('D2', x.roundHalfUp(4)), lit(Exact.of(2))), 4);
    expect(e.value.eq(x.div(2).roundHalfUp(4))).toBe(false);
    expect(e.safe).toBe(false);
  });
});

describe('no formula injection in xlsx', () => {
  it('input texts starting with = + - @ are string cells, never formulas', async () => {
    const { bytes, wb } = await rendered();
    const ws = wb.getWorksheet('项目明细')!;
    const texts: unknown[] = [];
    ws.eachRow((row, r) => { if (r > 1) { texts.push(row.getCell(5).value); texts.push(row.getCell(15).value); } });
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK("http://x.invalid","点击")', '@SUM(A1)', '+1-2', '－1']));
    const xml = await zipEntryText(bytes, 'xl/worksheets/sheet3.xml');
    expect(xml).not.toMatch(/<f>/);
    const findingsXml = await zipEntryText(bytes, 'xl/worksheets/sheet5.xml');
    expect(findingsXml).not.toMatch(/<f>/);
  });
});

describe('determinism', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('two renders at different clock times give byte-identical files', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-01T08:00:00Z'));
    const a = await renderWorkbook(planWorkbookModel(sampleResult(), meta).model);
    vi.setSystemTime(new Date('2031-07-15T13:37:42Z'));
    const b = await renderWorkbook(planWorkbookModel(sampleResult(), meta).model);
    expect(b.equals(a)).toBe(true);
  });

  it('the zip timestamps are what would differ otherwise (the fix is not vacuous)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const write = async (now: string) => {
      vi.setSystemTime(new Date(now));
      const wb = new ExcelJS.Workbook();
      wb.created = wb.modified = new Date(Date.UTC(2026, 2, 31));
      wb.addWorksheet('x').getCell('A1').value = 1;
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const a = await write('2026-02-01T08:00:00Z');
    const b = await write('2031-07-15T13:37:42Z');
    expect(a.equals(b)).toBe(false);
    const date = new Date(Date.UTC(2026, 2, 31));
    expect(fixZipTimestamps(a, date).equals(fixZipTimestamps(b, date))).toBe(true);
  });
});
