// The chart of 汇总 (docs/用户手册.md 8.1): per city, 挂钩指标 / 扣减指标 / 核定指标 (公顷) as clustered bars,
// each series reading its figures from 汇总's own cells (rows 2 … 12, the city rows; 全省 left out so the cities
// stay readable), placed below the sheet's notes.
import type { ChartModel, SheetModel } from '../../xlsx/index.js';
import { colLetter, rowCount } from '../../xlsx/index.js';
import { figureHeader, figureKeys, type FigureKey } from './figure-cells.js';

const FIGURES_FROM = 2; // 汇总's first figure column (C), after 设区市代码 and 设区市
const CITY_NAME_COLUMN = 'B';
const CHART_ROWS = 22;

/** The figures the chart compares, with their colours (blue quota, orange deduction, green net quota). */
export const summaryChartFigures: readonly { key: FigureKey; color: string }[] = [
  { key: 'quotaHa', color: '4472C4' },
  { key: 'deductionHa', color: 'ED7D31' },
  { key: 'netQuotaHa', color: '70AD47' },
];

/** 汇总's chart, for a sheet whose city rows are 2 … cityCount + 1. */
export function summaryCharts(sheet: SheetModel, year: number, cityCount: number): ChartModel[] {
  const first = 2;
  const last = first + cityCount - 1;
  const top = rowCount(sheet.rows) + 2;
  return [{
    type: 'bar',
    title: `${year}年度各设区市挂钩指标、扣减指标与核定指标（公顷）`,
    categories: `${CITY_NAME_COLUMN}${first}:${CITY_NAME_COLUMN}${last}`,
    series: summaryChartFigures.map(({ key, color }) => {
      const col = colLetter(FIGURES_FROM + figureKeys.indexOf(key));
      return { name: figureHeader(key).replace('(公顷)', ''), values: `${col}${first}:${col}${last}`, color };
    }),
    anchor: `A${top}:${colLetter(FIGURES_FROM + figureKeys.indexOf('netQuotaMu'))}${top + CHART_ROWS - 1}`,
    valueFormat: '0.00',
  }];
}
