// 分县 — one row per county with any project or deduction (outputs.md 2): 行政区代码, 行政区, 设区市, the figures,
// 处罚措施. County figures are rounded once (domain.md 决定 2); 挂钩指标 = ROUND(认定存量面积 ÷ ratio, 4)
// (浙土资发〔2017〕19号 三、挂钩比例), 核定指标 = MAX(0, 挂钩指标 − 扣减指标) and 结转扣减 = MAX(0, 扣减指标 −
// 挂钩指标) (domain.md 决定 6), 亩 = 公顷 × 15 — written as formulas with the computed values cached.
// With the opt-in reward on (policy/reward.ts; 低效工业用地整治意见（2023） 四、(二)), two columns follow 处罚措施 (outputs.md:
// "more allowed after them"): 奖励认定面积 and 奖励指标 = ROUND(奖励认定面积 ÷ reward ratio, 4), and the net quota and
// carried deduction count the reward quota: MAX(0, 挂钩指标 + 奖励指标 − 扣减指标). Off → the sheet is as before.
import { Exact } from '../../domain/exact.js';
import { cities } from '../../domain/divisions.js';
import type { ComputeResult, CountyResult } from '../../pipeline/types.js';
import type { CellInput, SheetModel } from '../../xlsx/index.js';
import { textStyle, wrapStyle } from '../styles.js';
import { colLetter } from '../../xlsx/index.js';
import { sanctionLabel } from '../labels.js';
import { figureCell, figureHeader, figureKeys, figureStyle, figureValue, valueCell, type FigureKey, type FormulaFallback } from './figure-cells.js';
import { lit, max, mul, ref, round, sub, div, type Expr } from './formula.js';
import { planPrint } from './print.js';
import { guideCitation } from '../../domain/guide-sections.js';

export const COUNTY_SHEET = '分县';
export const COUNTY_FIGURES_FROM = 3; // column D
export const COUNTY_CITY_NAME_COLUMN = 2; // column C (设区市)

export interface CountyLayout {
  /** First and last data row (1-based); lastRow < firstRow when there is no county. */
  firstRow: number;
  lastRow: number;
  readonly columnOf: (key: FigureKey) => string;
  cityNameColumn: string;
  /** The opt-in reward's columns (after 处罚措施), only when the reward is on. */
  rewardColumnOf?: (key: RewardKey) => string;
}

/** The opt-in reward's figures, in column order. */
export const rewardKeys = ['areaHa', 'quotaHa'] as const;
export type RewardKey = (typeof rewardKeys)[number];
export const rewardHeaders: Record<RewardKey, string> = { areaHa: '奖励认定面积(公顷)', quotaHa: '奖励指标(公顷)' };

/** Column of 处罚措施, right after the figures. */
const SANCTIONS_COLUMN = COUNTY_FIGURES_FROM + figureKeys.length;

export function countyLayout(rows: number, withReward = false): CountyLayout {
  const layout: CountyLayout = {
    firstRow: 2,
    lastRow: rows + 1,
    columnOf: (key) => colLetter(COUNTY_FIGURES_FROM + figureKeys.indexOf(key)),
    cityNameColumn: colLetter(COUNTY_CITY_NAME_COLUMN),
  };
  if (withReward) layout.rewardColumnOf = (key) => colLetter(SANCTIONS_COLUMN + 1 + rewardKeys.indexOf(key));
  return layout;
}

/** a + b as a formula expression (the reward quota added to the Measures' quota). */
function plus(a: Expr, b: Expr): Expr {
  return { text: `${a.text}+${b.atomic ? b.text : `(${b.text})`}`, value: a.value.add(b.value), safe: a.safe && b.safe, atomic: false };
}

/**
 * The formula cells of one figures row, given where its inputs live.
 * @param rewardQuota the row's reward quota cell (opt-in reward on): added to the quota the deduction is taken from.
 */
export function derivedFigureCells(
  row: number, columnOf: (key: FigureKey) => string, f: Record<FigureKey, Exact>, expected: Record<FigureKey, Exact>,
  decimals: number, fallbacks: FormulaFallback[], sheet: string, rewardQuota?: Expr,
): Partial<Record<FigureKey, CellInput>> {
  const at = (key: FigureKey) => `${columnOf(key)}${row}`;
  const measuresQuota = ref(at('quotaHa'), f.quotaHa);
  const quota = rewardQuota ? plus(measuresQuota, rewardQuota) : measuresQuota;
  const deduction = ref(at('deductionHa'), f.deductionHa);
  const net = max(lit(Exact.ZERO), round(sub(quota, deduction), decimals));
  const carried = max(lit(Exact.ZERO), round(sub(deduction, quota), decimals));
  const mu = round(mul(ref(at('netQuotaHa'), f.netQuotaHa), lit(Exact.of(15))), decimals);
  const note = (what: string) => `${what}按${guideCitation('exactArithmetic')}、${guideCitation('netQuotaNotNegative')}计算，无法用公式精确复现，此处为计算值。`;
  return {
    netQuotaHa: figureCell(net, expected.netQuotaHa, decimals, figureStyle('netQuotaHa'), `${sheet}!${at('netQuotaHa')}`, fallbacks, note('核定指标')),
    carriedDeductionHa: figureCell(carried, expected.carriedDeductionHa, decimals, figureStyle('carriedDeductionHa'), `${sheet}!${at('carriedDeductionHa')}`, fallbacks, note('结转扣减')),
    netQuotaMu: figureCell(mu, expected.netQuotaMu, decimals, figureStyle('netQuotaMu'), `${sheet}!${at('netQuotaMu')}`, fallbacks, note('核定指标(亩)')),
  };
}

function countyRow(c: CountyResult, row: number, result: ComputeResult, layout: CountyLayout, fallbacks: FormulaFallback[]): CellInput[] {
  const d = result.policy.roundingDecimals;
  const values = Object.fromEntries(figureKeys.map((k) => [k, figureValue(c, k)])) as Record<FigureKey, Exact>;
  const cityName = cities.find((x) => x.code === c.cityCode)?.name ?? c.cityCode;
  const at = (key: FigureKey) => `${layout.columnOf(key)}${row}`;
  const cells: Partial<Record<FigureKey, CellInput>> = {};
  for (const key of ['creditedHa', 'cat1', 'cat2', 'cat3', 'cat4', 'cat5', 'cat6', 'cat7', 'deductionHa'] as const) {
    cells[key] = valueCell(values[key], d, figureStyle(key));
  }
  // 挂钩指标 = ROUND(认定存量面积 ÷ ratio, d): provably the quota of the exact credited area (formula.ts).
  const quota = round(div(ref(at('creditedHa'), values.creditedHa), lit(Exact.fromCellNumber(result.policy.ratio))), d);
  cells.quotaHa = figureCell(quota, values.quotaHa, d, figureStyle('quotaHa'), `${COUNTY_SHEET}!${at('quotaHa')}`, fallbacks,
    `挂钩指标按未取整的认定面积 ÷ ${result.policy.ratio} 四舍五入（${guideCitation('exactArithmetic')}），与按取整后面积的公式结果不同，此处为计算值。`);
  const reward = rewardCells(c, row, result, layout, fallbacks);
  Object.assign(cells, derivedFigureCells(row, layout.columnOf, values, values, d, fallbacks, COUNTY_SHEET, reward?.quota));
  return [
    { value: c.code, style: textStyle },
    c.name,
    cityName,
    ...figureKeys.map((k) => cells[k] ?? null),
    { value: c.sanctions.map((s) => sanctionLabel[s]).join('；') || null, style: wrapStyle },
    ...(reward?.cells ?? []),
  ];
}

/** The opt-in reward's cells of a county row: its area, and 奖励指标 = ROUND(area ÷ reward ratio, d) as a formula. */
function rewardCells(c: CountyResult, row: number, result: ComputeResult, layout: CountyLayout, fallbacks: FormulaFallback[]): { cells: CellInput[]; quota: Expr } | undefined {
  const columnOf = layout.rewardColumnOf;
  if (!result.reward || !columnOf) return undefined;
  const d = result.policy.roundingDecimals;
  const figures = c.reward ?? { areaHa: Exact.ZERO, quotaHa: Exact.ZERO };
  const ratio = result.reward.policy.ratio;
  const at = (key: RewardKey) => `${columnOf(key)}${row}`;
  const quotaExpr = round(div(ref(at('areaHa'), figures.areaHa), lit(Exact.fromCellNumber(ratio))), d);
  const quotaCell = figureCell(quotaExpr, figures.quotaHa, d, figureStyle('quotaHa'), `${COUNTY_SHEET}!${at('quotaHa')}`, fallbacks,
    `奖励指标按未取整的奖励认定面积 ÷ ${ratio} 四舍五入（${guideCitation('exactArithmetic')}），与按取整后面积的公式结果不同，此处为计算值。`);
  return {
    cells: [valueCell(figures.areaHa, d, figureStyle('creditedHa')), quotaCell],
    quota: ref(at('quotaHa'), figures.quotaHa),
  };
}

export function countySheet(result: ComputeResult, fallbacks: FormulaFallback[]): { sheet: SheetModel; layout: CountyLayout } {
  const layout = countyLayout(result.counties.length, result.reward !== undefined);
  const header = ['行政区代码', '行政区', '设区市', ...figureKeys.map(figureHeader), '处罚措施', ...(result.reward ? rewardKeys.map((k) => rewardHeaders[k]) : [])];
  const rows: CellInput[][] = [header, ...result.counties.map((c, i) => countyRow(c, layout.firstRow + i, result, layout, fallbacks))];
  return {
    layout,
    sheet: {
      name: COUNTY_SHEET,
      columns: header.map((h, i) => ({ maxWidth: (i >= COUNTY_FIGURES_FROM && i < SANCTIONS_COLUMN) || i > SANCTIONS_COLUMN ? 22 : 40 })),
      rows,
      headerRow: 1,
      autoFilter: true,
      print: planPrint(result.year, '分县'),
    },
  };
}
