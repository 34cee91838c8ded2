// The spot-check list workbook `out/<year>/抽查清单-<year>.xlsx` (docs/yearly-cycle.md): its first sheet 核查结果 starts with
// exactly the columns of the `inspection` input (inputs.md: 项目编号, 核查方式, 核查结论, 核实面积(公顷), 说明), so
// the filled file can be dropped into the data folder as 核查结果.xlsx and read back without retyping; the
// context columns after them are ignored by the reader. The seed, rate and weights are recorded beside it.
import type { CellInput, SheetModel, WorkbookModel } from '../xlsx/index.js';
import { fills, haStyle, intStyle, textStyle, wrapStyle } from '../report/styles.js';
import type { SpotCheckDraw, PickReason } from './draw.js';
import { inspectionConclusionLabels, inspectionMethodLabel, inspectionMethodLabels, regionNames } from './labels.js';
import { BASE_WEIGHT, riskFactorIds, riskFactors, SPOT_CHECK_ARTICLE, type RiskContext, type WeightedCandidate } from './risk.js';
import { metadataDate, tableSheet } from './workbook-model.js';
import { isRewardCategory, rewardCategory, type ProjectCategory } from '../policy/reward.js';

export const INSPECTION_SHEET = '核查结果';
export const spotCheckFileName = (year: number): string => `抽查清单-${year}.xlsx`;

const howLabel: Record<PickReason, string> = { 'county-minimum': '每县至少一个', weighted: '按风险加权抽取' };
const editable = { fill: fills.editable };

/** 类别: 1–7, or 奖励 for a project of the opt-in reward (policy/reward.ts). */
function categoryCell(c: ProjectCategory): CellInput { return isRewardCategory(c) ? rewardCategory.label : c; }

function factorText(c: WeightedCandidate): string { return c.factors.map((f) => riskFactors[f].label).join('、'); }

const byCountyThenId = (a: WeightedCandidate, b: WeightedCandidate): number =>
  a.countyCode.localeCompare(b.countyCode) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function inspectionSheet(year: number, draw: SpotCheckDraw): SheetModel {
  const picks = [...draw.picks].sort((a, b) => byCountyThenId(a.candidate, b.candidate));
  return tableSheet(INSPECTION_SHEET, [
    { header: '项目编号', style: textStyle },
    { header: '核查方式', list: inspectionMethodLabels },
    { header: '核查结论', list: inspectionConclusionLabels, width: 12, style: editable },
    { header: '核实面积(公顷)', width: 16, style: { ...haStyle, ...editable } },
    { header: '说明', width: 30, style: editable },
    { header: '行政区代码', style: textStyle }, { header: '行政区' }, { header: '设区市' },
    { header: '项目名称', maxWidth: 30, style: wrapStyle }, { header: '坐落', maxWidth: 30, style: wrapStyle }, { header: '类别', style: intStyle },
    { header: '认定面积(公顷)', style: haStyle }, { header: '风险权重', style: intStyle }, { header: '风险因素' },
    { header: '抽取方式' }, { header: '抽取顺序', style: intStyle },
  ], picks.map(({ candidate: c, order, how }): CellInput[] => {
    const names = regionNames(c.countyCode);
    return [
      c.id, inspectionMethodLabel('onsite'), null, null, null,
      c.countyCode, names.county, names.city, c.projectName, c.location, categoryCell(c.category),
      c.creditedHa.toNumber(4), c.weight, factorText(c), howLabel[how], order,
    ];
  }), { autoFilter: true, printTitle: `${year} 年度存量建设用地盘活挂钩项目实地抽查清单` });
}

function aboutSheet(year: number, draw: SpotCheckDraw, context: RiskContext): SheetModel {
  const rate = draw.rate.toDecimalString(6);
  return tableSheet('抽查说明', [{ header: '项目' }, { header: '内容', width: 90, style: wrapStyle }], [
    ['挂钩年度', year],
    ['依据', `${SPOT_CHECK_ARTICLE}：省厅汇总各设区市国土资源局反馈意见，对上一年度存量建设用地盘活挂钩项目逐个进行内业审核，组织开展实地抽查。`],
    ['随机种子', draw.seed],
    ['抽查比例', rate],
    ['候选项目数（本年度认定的项目）', draw.population],
    ['涉及县（市、区）数', draw.counties],
    ['抽取项目数', draw.picks.length],
    ['抽取规则', `每个有认定项目的县（市、区）至少抽取 1 个（县内按风险权重加权随机）；其余在全省按风险权重加权随机抽取（不放回），` +
      `共 max(县数, ⌈比例 × 候选数⌉) = ${draw.target} 个`],
    ['风险权重', `基础权重 ${BASE_WEIGHT}，加各风险因素的分值（见“权重”工作表）；每次抽取时被抽中的概率与权重成正比`],
    ['大面积阈值(公顷)', context.largeAreaThreshold.toNumber(4)],
    ['复现方法', `landlink sample ${year} --rate ${rate} --seed ${draw.seed}（相同种子、相同输入得到相同清单）`],
    ['填写说明', '在“核查结果”工作表填写核查结论（下拉：属实 / 面积核减 / 错报 / 虚报 / 不属实）；面积核减时填写核实面积(公顷)；未实地核查的行请删除。'],
    ['回读方法', `把本文件放入 ${year} 年度数据目录并命名为 核查结果.xlsx（如 data/${year}/核查结果.xlsx），landlink compute ${year} 即读入核查结论。`],
  ]);
}

function weightsSheet(): SheetModel {
  return tableSheet('权重', [{ header: '风险因素' }, { header: '加分', style: intStyle }, { header: '说明', width: 90, style: wrapStyle }], [
    ['基础权重', BASE_WEIGHT, '每个候选项目'],
    ...riskFactorIds.map((id): CellInput[] => [riskFactors[id].label, riskFactors[id].points, riskFactors[id].why]),
  ]);
}

function candidatesSheet(candidates: readonly WeightedCandidate[], draw: SpotCheckDraw): SheetModel {
  const pickOf = new Map(draw.picks.map((p) => [p.candidate.id, p]));
  return tableSheet('候选项目', [
    { header: '项目编号', style: textStyle }, { header: '行政区代码', style: textStyle }, { header: '行政区' },
    { header: '类别', style: intStyle }, { header: '认定面积(公顷)', style: haStyle }, { header: '风险权重', style: intStyle },
    { header: '风险因素' }, { header: '是否抽中' }, { header: '抽取顺序', style: intStyle },
  ], [...candidates].sort(byCountyThenId).map((c): CellInput[] => {
    const pick = pickOf.get(c.id);
    return [c.id, c.countyCode, regionNames(c.countyCode).county, categoryCell(c.category), c.creditedHa.toNumber(4), c.weight,
      factorText(c), pick ? '是' : '否', pick ? pick.order : null];
  }), { autoFilter: true });
}

export function spotCheckWorkbook(year: number, candidates: readonly WeightedCandidate[], context: RiskContext, draw: SpotCheckDraw): WorkbookModel {
  return {
    meta: { creator: 'landlink', title: `${year} 年度存量建设用地盘活挂钩项目实地抽查清单`, date: metadataDate(year + 1) },
    sheets: [inspectionSheet(year, draw), aboutSheet(year, draw, context), weightsSheet(), candidatesSheet(candidates, draw)],
  };
}
