// Chinese labels and number display of the indicator figures, shared by the terminal table, the 指标 sheet and JSON.
import type { Exact } from '../domain/exact.js';
import type { NoValueReason, ProgressStatus, RateFigure } from './types.js';

export const noValueLabels = {
  'no-supply': '无供应',
  'no-industrial-supply': '无供应',
  'no-plot-ratio': '无容积率数据',
} as const satisfies Record<NoValueReason, string>;

export const rateStatusLabels = { met: '达标', 'not-met': '未达标' } as const;
export const progressStatusLabels = { met: '达标', 'in-progress': '进行中', 'not-met': '未达标' } as const satisfies Record<ProgressStatus, string>;

/** 达标 / 未达标, or why there is no value (无供应, 无容积率数据). */
export function rateStatusLabel(f: RateFigure): string {
  return f.status === 'no-value' ? noValueLabels[f.reason ?? 'no-supply'] : rateStatusLabels[f.status];
}

/** Display precision (rounded half-up once, when shown): shares and progress as % with 2 decimals, 容积率 2, 亩 2, 公顷 4. */
export const decimals = { percent: 2, plotRatio: 2, mu: 2, ha: 4 } as const;

export function percentText(v: Exact, places: number = decimals.percent): string {
  return `${v.mul(100).toFixed(places)}%`;
}
