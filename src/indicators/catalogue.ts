// What each of the action plan's eight indicators means here: how it is computed from the year's inputs, or why
// it cannot be. The single source of the Chinese wording shown by the 指标 sheet, the terminal and --json.
import { STOCK_SUPPLY_DEFINITION } from '../policy/stock-supply.js';
import type { IndicatorId } from '../policy/targets.js';

export type ComputableId = 'revitalizedStock' | 'redevelopment' | 'stockSupplyShare' | 'industrialPlotRatio';
export type NotComputableId = Exclude<IndicatorId, ComputableId>;

export const computableIds = ['stockSupplyShare', 'industrialPlotRatio', 'revitalizedStock', 'redevelopment'] as const satisfies readonly ComputableId[];
export const notComputableIds = ['unsuppliedDisposal', 'idleDisposal', 'gdpLandReduction', 'serviceCoverage'] as const satisfies readonly NotComputableId[];

export interface IndicatorSpec {
  /** Short Chinese name. */
  label: string;
  /** The annex tables' column group. */
  group: '存量资源盘活' | '存量结构改善' | '空间品质提升';
  article: string;
  /** Computable: how. Not computable: what would be needed. */
  definition: string;
  computable: boolean;
}

const PLAN = '存量空间提质增效行动方案';

export const indicatorSpecs = {
  revitalizedStock: {
    label: '盘活存量建设用地', group: '存量资源盘活', computable: true,
    article: `${PLAN} 二、(一) 一是；附表`,
    definition: '本年度盘活面积 = 本年度签订的供地备案中的存量土地供应面积（含单独选址项目）+ 本年度完成且非政府重新供地的低效用地再开发面积，'
      + '公顷 × 15 折亩。附表目标为自起算年度（默认 2025 年）起的累计数，进度 = 累计 ÷ 目标；以前年度数字由调用方提供，缺失年度单独列出。',
  },
  redevelopment: {
    label: '完成低效用地再开发', group: '存量资源盘活', computable: true,
    article: `${PLAN} 二、(一) 一是；附表`,
    definition: '本年度完成（完成日期在本年度）的低效用地再开发项目面积，取“改变用途面积”，缺失时取“改变土地用途面积”，'
      + '再缺失时取“改变用途建筑面积 ÷ 新容积率”，折亩；累计与进度同上。仅含低效用地再开发文件所列项目。',
  },
  unsuppliedDisposal: {
    label: '年度批而未供土地消化任务完成率', group: '存量资源盘活', computable: false, article: `${PLAN} 二、(一) 一是；附表`,
    definition: '需要年度批而未供土地消化任务及其批次批准信息（批而未供台账），供地备案系统数据不含。',
  },
  idleDisposal: {
    label: '年度闲置土地处置任务完成率', group: '存量资源盘活', computable: false, article: `${PLAN} 二、(一) 一是；附表`,
    definition: '需要闲置土地认定与处置台账，供地备案系统数据不含。',
  },
  stockSupplyShare: {
    label: '存量土地供应占比', group: '存量结构改善', computable: true,
    article: `${PLAN} 二、(一) 二是；附表注`,
    definition: '存量土地供应面积 ÷ 土地供应总面积，二者均为本年度签订的供地备案、均不含单独选址项目（附表注）。'
      + `${STOCK_SUPPLY_DEFINITION}存量行计其存量面积（不超过供地面积），未填时计供地面积；`
      + '“新增建设用地(来自存量库)”计其存量部分（口径可选整宗）。供地备案不标注历史批而未供，故其余新增来源不计入存量。',
  },
  industrialPlotRatio: {
    label: '新增工业用地平均容积率', group: '存量结构改善', computable: true,
    article: `${PLAN} 二、(一) 二是`,
    definition: '本年度签订的供地备案中土地用途含“工业”的地块，按供地面积加权的平均容积率 = Σ(容积率 × 供地面积) ÷ Σ供地面积；'
      + '容积率取备案的容积率（约定容积率下限）。缺少容积率的地块不计入并列出；“特定产业和使用特殊工艺类的项目”在数据中无法识别，未剔除。',
  },
  gdpLandReduction: {
    label: '单位GDP地耗下降率', group: '空间品质提升', computable: false, article: `${PLAN} 二、(一) 三是；附表`,
    definition: '需要地区生产总值与建设用地总规模（统计与变更调查数据），供地备案系统数据不含。',
  },
  serviceCoverage: {
    label: '社区公共服务设施步行15分钟覆盖率', group: '空间品质提升', computable: false, article: `${PLAN} 二、(一) 三是；附表`,
    definition: '需要社区公共服务设施布局与人口分布的空间分析，供地备案系统数据不含。',
  },
} as const satisfies Record<IndicatorId, IndicatorSpec>;

/** The reason shown for every indicator that the inputs cannot give. */
export const NOT_COMPUTABLE_LABEL = '不能由供地系统数据计算';
