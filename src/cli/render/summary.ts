// The compact per-city table of `compute` (公顷 and 亩). With the opt-in reward on (policy/reward.ts), two more
// columns show its area and quota, as the plan's 汇总 sheet does. Below the table: per city the projects not credited
// (待补正 / 不予认定 / 弄虚作假, count and declared area), the sanctioned counties with their measures (浙土资发〔2017〕19号
// 五), and a note for each city whose 核定指标 is not 挂钩指标 − 扣减 because a county's excess is carried (domain.md 决定 6).
import type { ChalkInstance } from 'chalk';
import { Exact, hectaresToMu } from '../../domain/exact.js';
import { regionByCode } from '../../domain/divisions.js';
import { sanctions as sanctionMeasures } from '../../policy/supervision.js';
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
      '扣减(公顷)', '核定指标(公顷)', '核定指标(亩)', '结转扣减(公顷)', '处罚'],
    rows,
    ['left', 'left', 'right', 'right', ...(withReward ? ['right' as const, 'right' as const] : []), 'right', 'right', 'right', 'right', 'left'],
  );
  const last = lines.length - 1;
  lines[last] = c.bold(lines[last]!);
  const title = `${result.year} 年度存量建设用地盘活挂钩（挂钩比例 ${result.policy.ratio}:1`
    + (result.reward ? `；低效工业用地整治奖励已启用，${result.reward.policy.ratio}:1` : '') + '）';
  return [c.bold(title), ...lines, ...renderNotCredited(result), ...renderSanctions(result), ...renderCarriedNotes(result)];
}

const heldStatuses = [['pending', '待补正'], ['rejected', '不予认定'], ['fraud', '弄虚作假']] as const;

/** Per city with any: how many projects are 待补正 / 不予认定 / 弄虚作假, and their declared area (公顷). */
export function renderNotCredited(result: ComputeResult): string[] {
  const byCity = new Map<string, Record<string, { n: number; ha: Exact }>>();
  for (const p of result.projects) {
    const city = p.countyCode ? regionByCode(p.countyCode)?.cityCode : undefined;
    if (!city || p.status === 'credited') continue;
    const row = byCity.get(city) ?? {};
    const cell = row[p.status] ?? { n: 0, ha: Exact.ZERO };
    row[p.status] = { n: cell.n + 1, ha: cell.ha.add(p.declaredHa) };
    byCity.set(city, row);
  }
  if (byCity.size === 0) return [];
  const rows = result.cities.filter((city) => byCity.has(city.code)).map((city) => {
    const row = byCity.get(city.code)!;
    return [city.code, city.name, ...heldStatuses.flatMap(([s]) => [String(row[s]?.n ?? 0), (row[s]?.ha ?? Exact.ZERO).toFixed(4)])];
  });
  return ['', '未予认定的项目（申报面积）：', ...renderTable(
    ['代码', '设区市', ...heldStatuses.flatMap(([, label]) => [`${label}(个)`, `${label}(公顷)`])],
    rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
  )];
}

/** The sanctioned counties by name, with the measures of 五. */
export function renderSanctions(result: ComputeResult): string[] {
  const sanctioned = result.counties.filter((county) => county.sanctioned);
  if (sanctioned.length === 0) return [];
  const measures = sanctioned[0]!.sanctions.map((m) => sanctionMeasures[m].label).join('、');
  const names = sanctioned.map((county) => `${county.name}（${regionByCode(county.code)?.cityName ?? county.cityCode}）`).join('、');
  return ['', `受处罚的县（市、区）${sanctioned.length} 个：${names}`, `  处罚措施：${measures}（浙土资发〔2017〕19号 五）`];
}

/** Why a city's 核定指标 ≠ 挂钩指标 − 扣减: a county's deduction above its own quota is carried, not taken from others. */
export function renderCarriedNotes(result: ComputeResult): string[] {
  const notes = result.cities.filter((city) => !city.carriedDeductionHa.isZero()).map((city) => {
    const counties = result.counties.filter((county) => county.cityCode === city.code && !county.carriedDeductionHa.isZero())
      .map((county) => `${county.name} ${county.carriedDeductionHa.toFixed(4)}`).join('、');
    return `注：${city.name}核定指标 ${city.netQuotaHa.toFixed(4)} ≠ 挂钩指标 ${city.quotaHa.toFixed(4)} − 扣减 ${city.deductionHa.toFixed(4)}：`
      + `扣减只从本县指标中扣除，超出部分结转下年度先行扣减（${counties} 公顷）`;
  });
  return notes.length === 0 ? [] : ['', ...notes];
}
