// Where each category comes from (审核要求表 "项目信息来源"; domain.md "Where each category comes from").
// 1–5 are recognised from a supply filing's 备案类型 + 土地来源 + 存量类型 / 征收类型, 6 from a redevelopment record
// with 再开发类型 = 退二进三, 7 from the province's re-check acceptance records of 增减挂钩 demolition blocks.
import type { CategoryId } from './categories.js';
import type { FilingType, LandSource, RedevelopmentType, RequisitionType, StockType } from '../domain/vocabulary.js';
import type { RedevelopmentRow, SupplyRow } from '../domain/rows.js';
import { stockSupplyOf } from './stock-supply.js';

export interface SupplyMatch {
  filingTypes: readonly FilingType[];
  landSource: LandSource;
  stockType?: StockType;
  requisitionType?: RequisitionType;
}

export type CategorySource =
  | { input: 'supply'; path: string; matches: readonly SupplyMatch[]; article: string }
  | { input: 'redevelopment'; path: string; redevelopmentType: RedevelopmentType; article: string }
  | { input: 'reclamation'; path: string; article: string };

/** 划拨决定书/出让合同: the two state-land filings of the supply system. */
const STATE_FILINGS = ['allocation', 'transfer'] as const satisfies readonly FilingType[];

export const categorySources = {
  1: {
    input: 'supply', article: '审核要求表 第一类 项目信息来源',
    path: '备案管理—划拨决定书/出让合同—土地来源—国有存量建设用地—存量类型—回收收购土地',
    matches: [{ filingTypes: STATE_FILINGS, landSource: 'state-stock', stockType: 'reclaimed' }],
  },
  2: {
    input: 'supply', article: '审核要求表 第二类 项目信息来源',
    path: '备案管理—划拨决定书/出让合同—土地来源—国有存量建设用地—存量类型—空闲地',
    matches: [{ filingTypes: STATE_FILINGS, landSource: 'state-stock', stockType: 'idle' }],
  },
  3: {
    input: 'supply', article: '审核要求表 第三类 项目信息来源',
    path: '备案管理—划拨决定书/出让合同—土地来源—国有存量建设用地—存量类型—城中村改造、小城镇环境综合整治土地',
    matches: [{ filingTypes: STATE_FILINGS, landSource: 'state-stock', stockType: 'urban-village' }],
  },
  4: {
    input: 'supply', article: '审核要求表 第四类 项目信息来源',
    path: '备案管理—划拨决定书/出让合同—土地来源—国有存量建设用地—存量类型—“三改一拆”拆后土地',
    matches: [{ filingTypes: STATE_FILINGS, landSource: 'state-stock', stockType: 'demolition' }],
  },
  5: {
    input: 'supply', article: '审核要求表 第五类 项目信息来源',
    path: '1、备案管理—划拨决定书/出让合同—土地来源—农用地转用和土地征收—集体建设用地征收；2、备案管理—集体建设用地—土地来源—集体存量建设用地',
    matches: [
      { filingTypes: STATE_FILINGS, landSource: 'conversion-requisition', requisitionType: 'collective-construction' },
      { filingTypes: ['collective'], landSource: 'collective-stock' },
    ],
  },
  6: {
    input: 'redevelopment', article: '审核要求表 第六类 项目信息来源',
    path: '备案管理—低效用地—具体再开发项目—再开发类型—“退二进三”',
    redevelopmentType: 'secondary-to-tertiary',
  },
  7: {
    // 审核要求表 第七类 项目信息来源 is "/": not in the supply system; 四、1 names the province's own records.
    input: 'reclamation', article: '浙土资发〔2017〕19号 四、1',
    path: '全省增减挂钩拆旧区块复核验收情况',
  },
} as const satisfies Record<CategoryId, CategorySource>;

export type SupplyRecognition =
  /** A linkage candidate of this category. */
  | { kind: 'category'; category: CategoryId }
  /** Not a linkage project (new land, 存量类型 其他, farmland requisition …): counts only for the supply share. */
  | { kind: 'not-linkage' }
  /** 现有建设用地 / 新增建设用地(来自存量库) of a national-site export: stock land, but no 存量类型 to classify it. */
  | { kind: 'stock-unclassified' }
  /** 国有存量建设用地 without 存量类型: a stock filing whose category cannot be determined. */
  | { kind: 'stock-type-missing' }
  /** 土地来源 and 存量/征收类型 name a category but the 备案类型 is not the one the system files it under. */
  | { kind: 'filing-mismatch'; category: CategoryId }
  /** 土地来源 unreadable: the reader already reported the cell. */
  | { kind: 'source-unknown' };

const supplyCategories = ([1, 2, 3, 4, 5] as const).map((id) => [id, categorySources[id]] as const);

/**
 * Recognises a supply filing's category (审核要求表 项目信息来源, categories 1–5). Categories 1–5 are stock land
 * (一、1–5): only a row that policy/stock-supply.ts counts as stock — the indicators' definition too — can be one.
 */
export function recogniseSupply(row: Pick<SupplyRow, 'filingType' | 'landSource' | 'stockType' | 'requisitionType'>): SupplyRecognition {
  const stock = stockSupplyOf(row);
  if (stock === null) return { kind: 'source-unknown' };
  if (stock === 'new') return { kind: 'not-linkage' };
  let mismatch: CategoryId | null = null;
  for (const [id, source] of supplyCategories) {
    for (const m of source.matches as readonly SupplyMatch[]) {
      if (m.landSource !== row.landSource) continue;
      if (m.stockType !== undefined && m.stockType !== row.stockType) continue;
      if (m.requisitionType !== undefined && m.requisitionType !== row.requisitionType) continue;
      // An unreadable 备案类型 was reported by the reader; the land source and stock type still decide.
      if (row.filingType !== null && !m.filingTypes.includes(row.filingType)) { mismatch ??= id; continue; }
      return { kind: 'category', category: id };
    }
  }
  if (mismatch !== null) return { kind: 'filing-mismatch', category: mismatch };
  if (row.landSource === 'state-stock' && row.stockType === null) return { kind: 'stock-type-missing' };
  if (row.landSource === 'existing' || row.landSource === 'new-from-stock-pool') return { kind: 'stock-unclassified' };
  return { kind: 'not-linkage' };
}

/** A redevelopment record is category 6 when its 再开发类型 is 退二进三 (审核要求表 第六类 项目信息来源). */
export function isCategory6(row: Pick<RedevelopmentRow, 'redevelopmentType'>): boolean {
  return row.redevelopmentType === categorySources[6].redevelopmentType;
}
