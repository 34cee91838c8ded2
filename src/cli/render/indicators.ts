// The terminal view of `landlink indicators <year>`: one row per city and 全省, value beside target, 达标/未达标.
// Pure: returns lines; the CLI prints them.
import { renderTable } from './table.js';
import type { TargetYear } from '../../policy/targets.js';
import { indicatorSpecs, NOT_COMPUTABLE_LABEL } from '../../indicators/catalogue.js';
import { exclusionReasons, type ExclusionReason } from '../../indicators/exclusions.js';
import { decimals, noValueLabels, percentText, progressStatusLabels, rateStatusLabel } from '../../indicators/labels.js';
import { optionValueLabels } from '../../indicators/options.js';
import type { CumulativeFigure, IndicatorsResult, RegionIndicators } from '../../indicators/types.js';

export function renderIndicators(result: IndicatorsResult): string[] {
  const regions = [...result.cities, result.province];
  const start = result.options.periodStartYear;
  return [
    `${result.year} 年度存量空间提质增效行动指标（结构指标对照 ${result.milestone} 年目标；盘活、再开发自 ${start} 年起累计）`,
    '',
    ...structureTable(regions),
    '',
    `盘活存量建设用地（亩）`,
    ...cumulativeTable(regions, 'revitalizedStock'),
    '',
    `完成低效用地再开发（亩）`,
    ...cumulativeTable(regions, 'redevelopment'),
    ...missingYearsLines(result),
    '',
    `${NOT_COMPUTABLE_LABEL}：${result.notComputable.map((id) => indicatorSpecs[id].label).join('、')}（目标见“指标”工作表）`,
    `口径：来自存量库的新增建设用地${optionValueLabels.stockPoolCounts[result.options.stockPoolCounts]}；新增工业用地为${optionValueLabels.industrialLand[result.options.industrialLand]}`,
    ...excludedLines(result),
  ];
}

function structureTable(regions: readonly RegionIndicators[]): string[] {
  const rows = regions.map((r) => {
    const s = r.stockSupplyShare;
    const p = r.industrialPlotRatio;
    return [
      r.code, r.name,
      s.value === null ? noValueLabels[s.reason!] : percentText(s.value), s.target.text, rateStatusLabel(s),
      p.value === null ? noValueLabels[p.reason!] : p.value.toFixed(decimals.plotRatio), p.target.text, rateStatusLabel(p),
    ];
  });
  return renderTable(
    ['代码', '设区市', '存量土地供应占比', '目标', '状态', '新增工业用地平均容积率', '目标', '状态'],
    rows,
    ['left', 'left', 'right', 'right', 'left', 'right', 'right', 'left'],
  );
}

function cumulativeTable(regions: readonly RegionIndicators[], id: 'revitalizedStock' | 'redevelopment'): string[] {
  const rows = regions.map((r) => {
    const f: CumulativeFigure = r[id];
    const milestone = (t: TargetYear): string[] => {
      const p = f.progress[t];
      return [r.targets[t][id].text, ...(p === null ? ['—', '—'] : [percentText(p.ratio), progressStatusLabels[p.status]])];
    };
    return [r.code, r.name, f.yearMu.toFixed(decimals.mu), f.cumulativeMu?.toFixed(decimals.mu) ?? '—', ...milestone(2027), ...milestone(2030)];
  });
  return renderTable(
    ['代码', '设区市', '本年', '累计', '2027年目标', '进度', '状态', '2030年目标', '进度', '状态'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'right', 'right', 'left'],
  );
}

function missingYearsLines(result: IndicatorsResult): string[] {
  const years = [...new Set([result.province.revitalizedStock, result.province.redevelopment].flatMap((f) => f.missingYears))].sort();
  return years.length === 0 ? [] : [`注意：未提供 ${years.join('、')} 年度的数字，累计与进度偏低。`];
}

function excludedLines(result: IndicatorsResult): string[] {
  const counts = new Map<ExclusionReason, number>();
  for (const e of result.excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  const reasons = Object.keys(exclusionReasons) as ExclusionReason[];
  const section = (kind: 'rule' | 'data', title: string): string[] => {
    const lines = reasons.filter((r) => exclusionReasons[r].kind === kind && counts.has(r)).map((r) => `  ${exclusionReasons[r].label}：${counts.get(r)} 行`);
    return lines.length ? [title, ...lines] : [];
  };
  const ignored = result.ignoredEarlier.length ? [`以前年度数字未采用：${result.ignoredEarlier.length} 条（年度不在起算年至上年之间、重复或设区市代码无效）`] : [];
  return [...section('rule', '按指标口径不计入的数据行：'), ...section('data', '数据不全、未计入的数据行：'), ...ignored];
}
