// Row-level rules of the indicators: which city a row belongs to, whether it is of the year, its stock part,
// whether it is industrial land, a redevelopment project's area. Each rule is small and named for its claim.
import { regionByCode } from '../domain/divisions.js';
import { Exact, toHectares } from '../domain/exact.js';
import type { IsoDate, RedevelopmentRow, RegionRef, SupplyRow } from '../domain/rows.js';
import type { LandSource } from '../domain/vocabulary.js';
import type { IndicatorOptions } from './options.js';

/** The city (设区市) a county or 市本级 region belongs to; null when the region is unresolved or unknown. */
export function cityCodeOf(region: RegionRef | null): string | null {
  return region ? regionByCode(region.code)?.cityCode ?? null : null;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * How each 土地来源 counts in "存量土地供应面积" (行动方案 附表注; 二、(一) 二是 "存量(含历史批而未供)").
 * stock: the supply system's stock sources and the national site's 现有建设用地 (published stock = the whole area);
 * stock-pool: 新增建设用地(来自存量库), counted per options.stockPoolCounts; new: everything else.
 * Complete by type: a new land source in the vocabulary is a compile error here until it is decided.
 */
export const landSourceStockRule = {
  'state-stock': 'stock',
  'collective-stock': 'stock',
  existing: 'stock',
  'new-from-stock-pool': 'stock-pool',
  'conversion-requisition': 'new',
  'new-state': 'new',
  unused: 'new',
} as const satisfies Record<LandSource, 'stock' | 'stock-pool' | 'new'>;

export type StockPart = { ok: true; ha: Exact } | { ok: false; reason: 'no-land-source' | 'no-stock-part' };

/**
 * The stock part of a supply row of `supplyHa` 公顷. For a stock source the declared 存量面积 when given (never more
 * than the supply area: inputs.md "declared stock part; default = 供地面积 when 土地来源 is a stock source").
 */
export function stockPartOf(row: SupplyRow, supplyHa: Exact, opts: IndicatorOptions): StockPart {
  if (row.landSource === null) return { ok: false, reason: 'no-land-source' };
  switch (landSourceStockRule[row.landSource]) {
    case 'new':
      return { ok: true, ha: Exact.ZERO };
    case 'stock':
      return { ok: true, ha: (row.stockAreaHa ?? supplyHa).min(supplyHa) };
    case 'stock-pool':
      if (opts.stockPoolCounts === 'whole-parcel') return { ok: true, ha: supplyHa };
      return row.stockAreaHa === null ? { ok: false, reason: 'no-stock-part' } : { ok: true, ha: row.stockAreaHa.min(supplyHa) };
  }
}

/** Industrial land: 土地用途 contains 工业 (工业用地, 一类工业用地, 工业研发用地 …; 工矿仓储 and 仓储用地 do not). */
export function isIndustrial(landUse: string | null): boolean {
  return landUse !== null && landUse.includes('工业');
}

/** A usable plot ratio: present and > 0 (national exports carry 0 for "none"). */
export function usablePlotRatio(row: SupplyRow): Exact | null {
  return row.plotRatio !== null && row.plotRatio.gt(Exact.ZERO) ? row.plotRatio : null;
}

/**
 * A completed redevelopment project's land area in 公顷: 改变用途面积 as filed, else 改变土地用途面积, else
 * 改变用途建筑面积 ÷ 新容积率 (the Measures' 二、6 formula for the area a change of use represents).
 */
export function redevelopmentAreaHa(row: RedevelopmentRow): Exact | null {
  if (row.changedUseAreaHa !== null) return row.changedUseAreaHa;
  if (row.changedLandUseAreaHa !== null) return row.changedLandUseAreaHa;
  if (row.changedFloorAreaM2 !== null && row.newPlotRatio !== null && row.newPlotRatio.gt(Exact.ZERO)) {
    return toHectares(row.changedFloorAreaM2, 'm2').div(row.newPlotRatio);
  }
  return null;
}
