// The compact per-city table of `compute` (公顷 and 亩). With the opt-in reward on (policy/reward.ts), two more
// columns show its area and quota, as the plan's 汇总 sheet does.
import type { ChalkInstance } from 'chalk';
import { hectaresToMu } from '../../domain/exact.js';
import type { ComputeResult, Figures } from '../../pipeline/types.js';
import { renderTable } from './table.js';

export function renderCitySummary(result: ComputeResult, c: ChalkInstance): string[] {
  const ha = (x: Figures['creditedHa']) => x.toFixed(4);
  const mu = (x: Figures['creditedHa']) => hectaresToMu(x).toFixed(2);
  const withReward = result.reward !== undefined;
  const rewardCells = (f: Figures): string[] => (withReward ? [ha(f.reward!.areaHa), ha(f.reward!.quotaHa)] : []);
  const row = (code: string, name: string, f: Figures, extra = ''): string[] => [
    code, name, ha(f.creditedHa), ha(f.quotaHa), ...rewardCells(f), ha(f.deductionHa), ha(f.netQuotaHa), mu(f.netQuotaHa), ha(f.carriedDeductionHa), extra,
  ];
  const rows = result.cities.map((city) => row(city.code, city.name, city, city.sanctionedCounties ? `${city.sanctionedCounties} 县受处罚` : ''));
  rows.push(row('330000', '全省', result.province));
  const lines = renderTable(
    ['代码', '设区市', '认定面积(公顷)', '挂钩指标(公顷)', ...(withReward ? ['奖励认定面积(公顷)', '奖励指标(公顷)'] : []),
      '扣减(公顷)', '核定指标(公顷)', '核定指标(亩)', '结转扣减(公顷)', ''],
    rows,
    ['left', 'left', 'right', 'right', ...(withReward ? ['right' as const, 'right' as const] : []), 'right', 'right', 'right', 'right', 'left'],
  );
  const last = lines.length - 1;
  lines[last] = c.bold(lines[last]!);
  const title = `${result.year} 年度存量建设用地盘活挂钩（挂钩比例 ${result.policy.ratio}:1`
    + (result.reward ? `；低效工业用地整治奖励已启用，${result.reward.policy.ratio}:1` : '') + '）';
  return [c.bold(title), ...lines];
}
