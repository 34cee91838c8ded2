// Why an input row is left out of an indicator. Nothing is dropped silently: every row left out of any
// indicator is listed in IndicatorsResult.excluded with one of these reasons (house rule: no silently dropped row).
// 'rule' = left out by the indicator's definition; 'data' = the row lacks what the indicator needs.
import { guideCitation } from '../domain/guide-sections.js';
export interface ExclusionSpec {
  kind: 'rule' | 'data';
  /** Chinese, as shown in the 指标 sheet and on the terminal. */
  label: string;
  article: string;
}

export const exclusionReasons = {
  'other-year': { kind: 'rule', label: '日期不在本年度', article: '存量空间提质增效行动方案 二、(一)（年度供应、年度完成）' },
  'no-date': { kind: 'data', label: '缺少签订日期/完成日期', article: guideCitation('headersUnitsDatesRegions') },
  'no-region': { kind: 'data', label: '行政区无法识别，无法归属设区市', article: guideCitation('headersUnitsDatesRegions') },
  'no-area': { kind: 'data', label: '缺少供地面积', article: guideCitation('supplyInput') },
  'no-land-source': { kind: 'data', label: '缺少土地来源，无法区分存量与新增', article: guideCitation('supplyInput') },
  'no-stock-part': { kind: 'data', label: '“新增建设用地(来自存量库)”缺少存量面积', article: guideCitation('stockSupplyShare') },
  'standalone-site': { kind: 'rule', label: '单独选址项目，不计入存量土地供应占比', article: '存量空间提质增效行动方案 附表注' },
  'no-plot-ratio': { kind: 'data', label: '工业用地缺少容积率（或为 0）', article: guideCitation('industrialPlotRatio') },
  'stock-source-industrial': { kind: 'rule', label: '存量来源的工业用地（按口径选项不计入新增工业用地）', article: guideCitation('industrialPlotRatio') },
  'government-resupply': { kind: 'rule', label: '政府重新供地的再开发项目，已按供地备案计入盘活', article: guideCitation('revitalizedAndRedevelopment') },
  'no-redevelopment-area': { kind: 'data', label: '低效用地再开发项目缺少面积', article: guideCitation('redevelopmentInput') },
} as const satisfies Record<string, ExclusionSpec>;

export type ExclusionReason = keyof typeof exclusionReasons;
