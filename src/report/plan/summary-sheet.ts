// 汇总 — one row per city (11 rows, fixed order 杭州 … 丽水), then 全省 (outputs.md 1). City figures are the sums of
// their counties' figures (domain.md 决定 2), written as ROUND(SUMIF(分县 …), d) over the 分县 sheet; 全省 = SUM of
// the city rows; 核定指标(亩) = 公顷 × 15. Every formula carries the computed value as its cached result.
import { Exact } from '../../domain/exact.js';
import type { CityResult, ComputeResult, CountyResult, Figures } from '../../pipeline/types.js';
import type { CellInput, SheetModel } from '../model.js';
import { intStyle, textStyle, totalStyle, wrapStyle } from '../styles.js';
import { colLetter } from '../labels.js';
import { COUNTY_SHEET, type CountyLayout } from './county-sheet.js';
import { figureCell, figureHeader, figureKeys, figureStyle, figureValue, valueCell, type FigureKey, type FormulaFallback } from './figure-cells.js';
import { ref, round, sum, sumif, lit, mul } from './formula.js';

export const SUMMARY_SHEET = '汇总';
const FIGURES_FROM = 2; // column C
const columnOf = (key: FigureKey) => colLetter(FIGURES_FROM + figureKeys.indexOf(key));
const SANCTIONED_COLUMN = colLetter(FIGURES_FROM + figureKeys.length);

function valuesOf(f: Figures): Record<FigureKey, Exact> {
  return Object.fromEntries(figureKeys.map((k) => [k, figureValue(f, k)])) as Record<FigureKey, Exact>;
}

const q = (sheet: string) => `'${sheet}'`;

function cityRow(city: CityResult, row: number, result: ComputeResult, counties: readonly CountyResult[], layout: CountyLayout, fallbacks: FormulaFallback[]): CellInput[] {
  const d = result.policy.roundingDecimals;
  const expected = valuesOf(city);
  const mine = counties.filter((c) => c.cityCode === city.code);
  const cells: Partial<Record<FigureKey, CellInput>> = {};
  const why = '设区市数字应为所辖县级数字之和（domain.md 决定 2），与分县合计不一致，此处为计算值。';
  const hasCounties = layout.lastRow >= layout.firstRow;
  for (const key of figureKeys) {
    if (key === 'netQuotaMu') continue;
    const style = figureStyle(key);
    if (!hasCounties) { cells[key] = valueCell(expected[key], d, style); continue; }
    const cityRange = `${q(COUNTY_SHEET)}!$${layout.cityNameColumn}$${layout.firstRow}:$${layout.cityNameColumn}$${layout.lastRow}`;
    const col = layout.columnOf(key);
    const sumRange = `${q(COUNTY_SHEET)}!${col}$${layout.firstRow}:${col}$${layout.lastRow}`;
    const expr = round(sumif(cityRange, `$B${row}`, sumRange, mine.map((c) => figureValue(c, key).roundHalfUp(d))), d);
    cells[key] = figureCell(expr, expected[key], d, style, `${SUMMARY_SHEET}!${columnOf(key)}${row}`, fallbacks, why);
  }
  const mu = round(mul(ref(`${columnOf('netQuotaHa')}${row}`, expected.netQuotaHa), lit(Exact.of(15))), d);
  cells.netQuotaMu = figureCell(mu, expected.netQuotaMu, d, figureStyle('netQuotaMu'), `${SUMMARY_SHEET}!${columnOf('netQuotaMu')}${row}`, fallbacks, why);
  return [{ value: city.code, style: textStyle }, city.name, ...figureKeys.map((k) => cells[k] ?? null), { value: city.sanctionedCounties, style: intStyle }];
}

function provinceRow(result: ComputeResult, row: number, fallbacks: FormulaFallback[]): CellInput[] {
  const d = result.policy.roundingDecimals;
  const expected = valuesOf(result.province);
  const first = 2;
  const last = first + result.cities.length - 1;
  const why = '全省数字应为各设区市数字之和（domain.md 决定 2），与合计不一致，此处为计算值。';
  const cells = figureKeys.map((key): CellInput => {
    const col = columnOf(key);
    const expr = round(sum(`${col}${first}:${col}${last}`, result.cities.map((c) => figureValue(c, key).roundHalfUp(d))), d);
    const cell = figureCell(expr, expected[key], d, figureStyle(key), `${SUMMARY_SHEET}!${col}${row}`, fallbacks, why);
    return { ...cell, style: { ...cell.style, ...totalStyle } };
  });
  const sanctioned = result.cities.reduce((n, c) => n + c.sanctionedCounties, 0);
  return [
    { value: '330000', style: { ...textStyle, ...totalStyle } },
    { value: '全省', style: totalStyle },
    ...cells,
    { value: { formula: `SUM(${SANCTIONED_COLUMN}${first}:${SANCTIONED_COLUMN}${last})`, result: sanctioned }, style: { ...intStyle, ...totalStyle } },
  ];
}

export function summarySheet(result: ComputeResult, layout: CountyLayout, fallbacks: FormulaFallback[]): SheetModel {
  const header = ['设区市代码', '设区市', ...figureKeys.map(figureHeader), '受处罚县数'];
  const rows: CellInput[][] = [header];
  result.cities.forEach((city, i) => rows.push(cityRow(city, i + 2, result, result.counties, layout, fallbacks)));
  rows.push(provinceRow(result, result.cities.length + 2, fallbacks));
  const ratio = result.policy.ratio;
  rows.push([]);
  rows.push([{ value: `说明：挂钩指标 = ROUND(认定存量面积 ÷ ${ratio}, ${result.policy.roundingDecimals})（浙土资发〔2017〕19号 三、挂钩比例，存量与增量 ${ratio}:1）；核定指标 = MAX(0, 挂钩指标 − 扣减指标)，不足扣减部分列为结转扣减（domain.md 决定 6）；1 公顷 = 15 亩。`, style: wrapStyle }]);
  rows.push([{ value: `县级数字按未取整面积合计后四舍五入保留 ${result.policy.roundingDecimals} 位小数，设区市、全省数字为县级数字之和（domain.md 决定 2）；各数字的计算过程见“分县”“项目明细”“扣减明细”，政策参数见“参数”。`, style: wrapStyle }]);
  const last = rows.length;
  return {
    name: SUMMARY_SHEET,
    columns: header.map((_, i) => ({ maxWidth: i >= FIGURES_FROM && i < FIGURES_FROM + figureKeys.length ? 22 : 20 })),
    rows,
    headerRow: 1,
    tableEnd: result.cities.length + 2,
    merges: [`A${last - 1}:${SANCTIONED_COLUMN}${last - 1}`, `A${last}:${SANCTIONED_COLUMN}${last}`],
    rowHeights: { [last - 1]: 32, [last]: 32 },
    print: { landscape: true, title: `${result.year}年度存量建设用地盘活挂钩方案 汇总` },
    tabColor: 'FF2F75B5',
  };
}
