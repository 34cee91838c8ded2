// What a supply filing's land counts as: stock (存量) or new (新增). One definition for the linkage
// classification (policy/sources.ts recogniseSupply: a category 1–5 is only ever recognised on stock land) and
// for the indicators (indicators/rows.ts stockPartOf: 存量土地供应占比, 盘活存量建设用地), so the two cannot drift.
//
// The Measures (docs/sources/003_505f1f088b0c59f6.txt 一、1–5 and 审核要求表 第一至五类 项目信息来源):
//   一、1–4 "重新办理土地供应手续的国有存量建设用地" — 土地来源 国有存量建设用地 (whatever its 存量类型);
//   一、5 "政府征收后办理供地手续或集体经济组织按规定重新办理供地手续的集体存量建设用地" — 土地来源
//   集体存量建设用地, and 农用地转用和土地征收 with 征收类型 集体建设用地征收 (审核要求表 第五类 来源1).
//   集体农用地征收 and any other requisition take farmland or unused land: new.
// The national land market site's values (docs/spec/inputs.md) follow the action plan
// (docs/sources/001_4ca6c5f2cb680a6e.txt 二、(一) 二是 "存量(含历史批而未供)"): 现有建设用地 is stock;
// 新增建设用地(来自存量库) is the stock pool, counted per the indicator option; 新增建设用地 and 未利用地 are new.
import type { SupplyRow } from '../domain/rows.js';
import type { LandSource, RequisitionType } from '../domain/vocabulary.js';

/** stock: the Measures' (or the national site's) stock land; stock-pool: 新增建设用地(来自存量库); new: new land. */
export type StockSupply = 'stock' | 'stock-pool' | 'new';

/**
 * How each 土地来源 counts; 'by-requisition' defers to the 征收类型. Complete by type: a new land source in the
 * vocabulary is a compile error here until it is decided.
 */
const byLandSource = {
  'state-stock': 'stock', // 一、1–4
  'collective-stock': 'stock', // 一、5 (集体经济组织重新办理供地手续)
  'conversion-requisition': 'by-requisition', // 一、5 (政府征收后办理供地手续) only for 集体建设用地征收
  existing: 'stock',
  'new-from-stock-pool': 'stock-pool',
  'new-state': 'new',
  unused: 'new',
} as const satisfies Record<LandSource, StockSupply | 'by-requisition'>;

/** 农用地转用和土地征收 by 征收类型: only requisitioned collective construction land was already built on. */
const byRequisitionType = {
  'collective-construction': 'stock', // 一、5; 审核要求表 第五类 项目信息来源1
  'collective-farmland': 'new',
  other: 'new',
} as const satisfies Record<RequisitionType, StockSupply>;

/**
 * Whether a supply filing's land is stock, the stock pool, or new; null when its 土地来源 is unreadable. A
 * requisition without 征收类型 is new: nothing on the row shows collective construction land.
 */
export function stockSupplyOf(row: Pick<SupplyRow, 'landSource' | 'requisitionType'>): StockSupply | null {
  if (row.landSource === null) return null;
  const rule = byLandSource[row.landSource];
  if (rule !== 'by-requisition') return rule;
  return row.requisitionType === null ? 'new' : byRequisitionType[row.requisitionType];
}

/**
 * The definition in plain Chinese, with its citations: the 指标 sheet's note, the terminal and --json show it
 * (indicators/catalogue.ts).
 */
export const STOCK_SUPPLY_DEFINITION =
  '存量 = 土地来源为国有存量建设用地（浙土资发〔2017〕19号 一、1–4）或集体存量建设用地的，以及土地来源为农用地转用和土地征收且征收类型为'
  + '集体建设用地征收的（一、5“政府征收后办理供地手续或集体经济组织按规定重新办理供地手续的集体存量建设用地”；审核要求表 第五类 项目信息来源），'
  + '还有全国土地市场网的现有建设用地；与挂钩项目认定（第一至五类）同一口径。征收类型为集体农用地征收、其他或未填写的征收土地，'
  + '以及土地来源为新增建设用地、未利用地的，为新增。';
