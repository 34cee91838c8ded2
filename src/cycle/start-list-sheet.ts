// The start-check workbook `out/<Y>/开工核查-<Y+1>.xlsx`: the `start-check` input of year Y+1, columns exactly as
// inputs.md "start-check — 开工核查" (项目编号, 行政区代码, 挂钩年度, 认定面积(公顷), 核查结果, 说明), 核查结果 a dropdown
// of the four results, overdue projects highlighted; a 说明 sheet records where the list came from.
import type { IsoDate } from '../domain/rows.js';
import type { CellInput, SheetModel, WorkbookModel } from '../xlsx/index.js';
import { fills, haStyle, intStyle, textStyle, wrapStyle } from '../report/styles.js';
import { startCheckResultLabel, startCheckResultLabels } from './labels.js';
import type { PrefillRule, StartListRow } from './start-list.js';
import { metadataDate, tableSheet } from './workbook-model.js';

export const START_CHECK_SHEET = '开工核查';
export const startListFileName = (year: number): string => `开工核查-${year + 1}.xlsx`;

const ruleLabel: Record<PrefillRule, string> = {
  started: '已预填“已开工”（供地数据有实际开工日期）',
  overdue: '逾期未开工（约定开工日期已过，需判定；黄色行）',
  'not-yet-due': '约定开工日期未到',
  'no-start-date': '供地数据无开工日期',
  'no-supply-record': '供地数据中无此编号',
};

export interface StartListMeta {
  year: number;
  asOf: IsoDate;
  /** Where the credited projects came from, e.g. 'data/2025/已挂钩台账.csv（挂钩年度 = 2024 的行）'. */
  source: string;
  /** The supply files used for pre-filling, newest first. */
  supplyFiles: string[];
}

function checkSheet(rows: readonly StartListRow[], year: number): SheetModel {
  return tableSheet(START_CHECK_SHEET, [
    { header: '项目编号', style: textStyle }, { header: '行政区代码', style: textStyle }, { header: '挂钩年度', style: intStyle },
    { header: '认定面积(公顷)', style: haStyle },
    { header: '核查结果', list: startCheckResultLabels, width: 20, style: { fill: fills.editable } },
    { header: '说明', width: 60, style: { ...wrapStyle, fill: fills.editable } },
  ], rows.map((r): CellInput[] => {
    const cells: CellInput[] = [r.projectId, r.countyCode, r.linkageYear, r.creditedHa ? r.creditedHa.toNumber(4) : null,
      r.result ? startCheckResultLabel(r.result) : null, r.note];
    return r.flagged ? cells.map((value) => ({ value: value as string | number | null, style: { fill: fills.yellow } })) : cells;
  }), { autoFilter: true, printTitle: `${year} 年度存量建设用地盘活挂钩项目开工核查表（${year + 1} 年 12 月）` });
}

function aboutSheet(rows: readonly StartListRow[], meta: StartListMeta): SheetModel {
  const count = (rule: PrefillRule): number => rows.filter((r) => r.rule === rule).length;
  return tableSheet('说明', [{ header: '项目' }, { header: '内容', width: 90, style: wrapStyle }], [
    ['依据', '浙土资发〔2017〕19号 五：省厅……于每年12月底前对上一年度存量建设用地盘活挂钩项目的开工情况进行核查，对……出现撤销项目、' +
      '不能提供项目未开工合理证明材料的地区，省厅将双倍扣减对应项目的年度新增建设用地指标。'],
    ['挂钩年度', meta.year],
    ['核查年度', meta.year + 1],
    ['核查日（判断逾期的日期）', meta.asOf],
    ['项目来源', meta.source],
    ['预填所用供地数据', meta.supplyFiles.length ? meta.supplyFiles.join('；') : '（无）'],
    ['项目数', rows.length],
    ...(Object.keys(ruleLabel) as PrefillRule[]).map((rule): CellInput[] => [ruleLabel[rule], count(rule)]),
    ['填写说明', '在“开工核查”工作表逐项选择核查结果（已开工 / 未开工(有合理证明) / 未开工(无合理证明) / 已撤销）；黄色行为逾期未开工项目；' +
      '“已开工”按供地数据预填，请核实。'],
    ['回读方法', `填好后把本文件放入 ${meta.year + 1} 年度数据目录，命名为 开工核查.xlsx（如 data/${meta.year + 1}/开工核查.xlsx）；` +
      `landlink compute ${meta.year + 1} 对“已撤销”和“未开工(无合理证明)”的项目双倍扣减指标：2 ×（认定面积 ÷ 3）。`],
  ]);
}

export function startListWorkbook(rows: readonly StartListRow[], meta: StartListMeta): WorkbookModel {
  return {
    meta: { creator: 'landlink', title: `${meta.year} 年度存量建设用地盘活挂钩项目开工核查表`, date: metadataDate(meta.year + 1) },
    sheets: [checkSheet(rows, meta.year), aboutSheet(rows, meta)],
  };
}
