// Why an input row is left out of an indicator. Nothing is dropped silently: every row left out of any
// indicator is listed in IndicatorsResult.excluded with one of these reasons (house rule: no silently dropped row).
// 'rule' = left out by the indicator's definition; 'data' = the row lacks what the indicator needs.
export interface ExclusionSpec {
  kind: 'rule' | 'data';
  /** Chinese, as shown in the 指标 sheet and on the terminal. */
  label: string;
  article: string;
}

export const exclusionReasons = {
  'other-year': { kind: 'rule', label: '日期不在本年度', article: '存量空间提质增效行动方案 二、(一)（年度供应、年度完成）' },
  'no-date': { kind: 'data', label: '缺少签订日期/完成日期', article: 'inputs.md supply 签订日期；redevelopment 完成日期' },
  'no-region': { kind: 'data', label: '行政区无法识别，无法归属设区市', article: 'inputs.md 行政区代码' },
  'no-area': { kind: 'data', label: '缺少供地面积', article: 'inputs.md supply 供地面积' },
  'no-land-source': { kind: 'data', label: '缺少土地来源，无法区分存量与新增', article: 'inputs.md supply 土地来源' },
  'no-stock-part': { kind: 'data', label: '“新增建设用地(来自存量库)”缺少存量面积', article: 'inputs.md 全国土地市场网导出（土地来源为数值）' },
  'standalone-site': { kind: 'rule', label: '单独选址项目，不计入存量土地供应占比', article: '存量空间提质增效行动方案 附表注' },
  'no-plot-ratio': { kind: 'data', label: '工业用地缺少容积率（或为 0）', article: 'inputs.md supply 容积率' },
  'stock-source-industrial': { kind: 'rule', label: '存量来源的工业用地（按口径选项不计入新增工业用地）', article: 'indicators/options.ts industrialLand' },
  'government-resupply': { kind: 'rule', label: '政府重新供地的再开发项目，已按供地备案计入盘活', article: 'inputs.md redevelopment 政府重新供地' },
  'no-redevelopment-area': { kind: 'data', label: '低效用地再开发项目缺少面积', article: 'inputs.md redevelopment 改变用途面积' },
} as const satisfies Record<string, ExclusionSpec>;

export type ExclusionReason = keyof typeof exclusionReasons;
