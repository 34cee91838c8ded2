// 汇总 — one row per city (11 rows, fixed order 杭州 … 丽水), then 全省 (outputs.md 1). City figures are the sums of
// their counties' figures (domain.md 决定 2), written as ROUND(SUMIF(分县 …), d) over the 分县 sheet; 全省 = SUM of
// the city rows; 核定指标(亩) = 公顷 × 15. Every formula carries the computed value as its cached result.
// With the opt-in reward on (policy/reward.ts), 奖励认定面积 and 奖励指标 follow 受处罚县数 (SUMIF over 分县's reward
// columns), and a note says that the extension was used (低效工业用地整治意见（2023） 四、(二)). Off → as before.
import { Exact } from '../../domain/exact.js';
import type { CityResult, ComputeResult, CountyResult, Figures } from '../../pipeline/types.js';
import type { CellInput, SheetModel } from '../../xlsx/index.js';
import { intStyle, textStyle, totalStyle, wrapStyle } from '../styles.js';
import { colLetter } from '../../xlsx/index.js';
import { COUNTY_SHEET, rewardHeaders, rewardKeys, type CountyLayout, type RewardKey } from './county-sheet.js';
import { REWARD_DOCUMENT, REWARD_SENTENCE } from '../../policy/reward.js';
import { figureCell, figureHeader, figureKeys, figureStyle, figureValue, valueCell, type FigureKey, type FormulaFallback } from './figure-cells.js';
import { ref, round, sum, sumif, lit, mul } from './formula.js';
import { guideCitation } from '../../domain/guide-sections.js';

export const SUMMARY_SHEET = '汇总';
const FIGURES_FROM = 2; // column C
const columnOf = (key: FigureKey) => colLetter(FIGURES_FROM + figureKeys.indexOf(key));
const SANCTIONED_COLUMN = colLetter(FIGURES_FROM + figureKeys.length);
const rewardColumnOf = (key: RewardKey) => colLetter(FIGURES_FROM + figureKeys.length + 1 + rewardKeys.indexOf(key));
const rewardValue = (f: Figures, key: RewardKey): Exact => f.reward?.[key] ?? Exact.ZERO;

function valuesOf(f: Figures): Record<FigureKey, Exact> {
  return Object.fromEntries(figureKeys.map((k) => [k, figureValue(f, k)])) as Record<FigureKey, Exact>;
}

const q = (sheet: string) => `'${sheet}'`;

function cityRow(city: CityResult, row: number, result: ComputeResult, counties: readonly CountyResult[], layout: CountyLayout, fallbacks: FormulaFallback[]): CellInput[] {
  const d = result.policy.roundingDecimals;
  const expected = valuesOf(city);
  const mine = counties.filter((c) => c.cityCode === city.code);
  const cells: Partial<Record<FigureKey, CellInput>> = {};
  const why = `设区市数字应为所辖县级数字之和（${guideCitation('exactArithmetic')}），与分县合计不一致，此处为计算值。`;
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
  const reward: CellInput[] = [];
  const countyRewardColumn = layout.rewardColumnOf;
  if (result.reward && countyRewardColumn) {
    for (const key of rewardKeys) {
      const style = figureStyle('creditedHa');
      if (!hasCounties) { reward.push(valueCell(rewardValue(city, key), d, style)); continue; }
      const cityRange = `${q(COUNTY_SHEET)}!$${layout.cityNameColumn}$${layout.firstRow}:$${layout.cityNameColumn}$${layout.lastRow}`;
      const col = countyRewardColumn(key);
      const sumRange = `${q(COUNTY_SHEET)}!${col}$${layout.firstRow}:${col}$${layout.lastRow}`;
      const expr = round(sumif(cityRange, `$B${row}`, sumRange, mine.map((c) => rewardValue(c, key).roundHalfUp(d))), d);
      reward.push(figureCell(expr, rewardValue(city, key), d, style, `${SUMMARY_SHEET}!${rewardColumnOf(key)}${row}`, fallbacks, why));
    }
  }
  return [{ value: city.code, style: textStyle }, city.name, ...figureKeys.map((k) => cells[k] ?? null), { value: city.sanctionedCounties, style: intStyle }, ...reward];
}

function provinceRow(result: ComputeResult, row: number, fallbacks: FormulaFallback[]): CellInput[] {
  const d = result.policy.roundingDecimals;
  const expected = valuesOf(result.province);
  const first = 2;
  const last = first + result.cities.length - 1;
  const why = `全省数字应为各设区市数字之和（${guideCitation('exactArithmetic')}），与合计不一致，此处为计算值。`;
  const cells = figureKeys.map((key): CellInput => {
    const col = columnOf(key);
    const expr = round(sum(`${col}${first}:${col}${last}`, result.cities.map((c) => figureValue(c, key).roundHalfUp(d))), d);
    const cell = figureCell(expr, expected[key], d, figureStyle(key), `${SUMMARY_SHEET}!${col}${row}`, fallbacks, why);
    return { ...cell, style: { ...cell.style, ...totalStyle } };
  });
  const sanctioned = result.cities.reduce((n, c) => n + c.sanctionedCounties, 0);
  const reward = !result.reward ? [] : rewardKeys.map((key): CellInput => {
    const col = rewardColumnOf(key);
    const expr = round(sum(`${col}${first}:${col}${last}`, result.cities.map((c) => rewardValue(c, key).roundHalfUp(d))), d);
    const cell = figureCell(expr, rewardValue(result.province, key), d, figureStyle('creditedHa'), `${SUMMARY_SHEET}!${col}${row}`, fallbacks, why);
    return { ...cell, style: { ...cell.style, ...totalStyle } };
  });
  return [
    { value: '330000', style: { ...textStyle, ...totalStyle } },
    { value: '全省', style: totalStyle },
    ...cells,
    { value: { formula: `SUM(${SANCTIONED_COLUMN}${first}:${SANCTIONED_COLUMN}${last})`, result: sanctioned }, style: { ...intStyle, ...totalStyle } },
    ...reward,
  ];
}

export function summarySheet(result: ComputeResult, layout: CountyLayout, fallbacks: FormulaFallback[]): SheetModel {
  const header = ['设区市代码', '设区市', ...figureKeys.map(figureHeader), '受处罚县数', ...(result.reward ? rewardKeys.map((k) => rewardHeaders[k]) : [])];
  const lastColumn = colLetter(header.length - 1);
  const rows: CellInput[][] = [header];
  result.cities.forEach((city, i) => rows.push(cityRow(city, i + 2, result, result.counties, layout, fallbacks)));
  rows.push(provinceRow(result, result.cities.length + 2, fallbacks));
  const ratio = result.policy.ratio;
  rows.push([]);
  rows.push([{ value: `说明：挂钩指标 = ROUND(认定存量面积 ÷ ${ratio}, ${result.policy.roundingDecimals})（浙土资发〔2017〕19号 三、挂钩比例，存量与增量 ${ratio}:1）；核定指标 = MAX(0, 挂钩指标${result.reward ? ' + 奖励指标' : ''} − 扣减指标)，不足扣减部分列为结转扣减（${guideCitation('netQuotaNotNegative')}）；1 公顷 = 15 亩。`, style: wrapStyle }]);
  rows.push([{ value: `县级数字按未取整面积合计后四舍五入保留 ${result.policy.roundingDecimals} 位小数，设区市、全省数字为县级数字之和（${guideCitation('exactArithmetic')}）；各数字的计算过程见“分县”“项目明细”“扣减明细”，政策参数见“参数”。`, style: wrapStyle }]);
  const notes = [rows.length - 1, rows.length];
  if (result.reward) {
    const r = result.reward.policy.ratio;
    rows.push([{ value: `政策扩展（已启用）：按${REWARD_DOCUMENT}四、(二)“${REWARD_SENTENCE}”，工业用地提质项目通过整治验收的，按奖励认定面积 ÷ ${r}（${r}:1）奖励指标：奖励指标 = ROUND(奖励认定面积 ÷ ${r}, ${result.policy.roundingDecimals})，计入核定指标：核定指标 = MAX(0, 挂钩指标 + 奖励指标 − 扣减指标)。奖励项目见“项目明细”（类别“奖励”），参数见“参数”。`, style: wrapStyle }]);
    notes.push(rows.length);
  }
  return {
    name: SUMMARY_SHEET,
    columns: header.map((_, i) => ({ maxWidth: (i >= FIGURES_FROM && i < FIGURES_FROM + figureKeys.length) || i > FIGURES_FROM + figureKeys.length ? 22 : 20 })),
    rows,
    headerRow: 1,
    tableEnd: result.cities.length + 2,
    merges: notes.map((n) => `A${n}:${lastColumn}${n}`),
    rowHeights: Object.fromEntries(notes.map((n) => [n, n === notes[2] ? 48 : 32])),
    print: { landscape: true, title: `${result.year}年度存量建设用地盘活挂钩方案 汇总` },
    tabColor: 'FF2F75B5',
  };
}
