// Row-level rules of the indicators: which city a row belongs to, whether it is of the year, its stock part,
// whether it is industrial land, a redevelopment project's area. Each rule is small and named for its claim.
import { regionByCode } from '../domain/divisions.js';
import { Exact, toHectares } from '../domain/exact.js';
import type { IsoDate, RedevelopmentRow, RegionRef, SupplyRow } from '../domain/rows.js';
import { stockSupplyOf } from '../policy/stock-supply.js';
import type { IndicatorOptions } from './options.js';

/** The city (设区市) a county or 市本级 region belongs to; null when the region is unresolved or unknown. */
export function cityCodeOf(region: RegionRef | null): string | null {
  return region ? regionByCode(region.code)?.cityCode ?? null : null;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export type StockPart = { ok: true; ha: Exact } | { ok: false; reason: 'no-land-source' | 'no-stock-part' };

/**
 * The stock part of a supply row of `supplyHa` 公顷. Whether the row is stock is policy/stock-supply.ts's one
 * definition (the Measures' 一、1–5, as the linkage classification reads them). For stock the declared 存量面积 when
 * given (never more than the supply area: docs/spec/inputs.md "declared stock part; default = 供地面积 when 土地来源
 * is a stock source"); 新增建设用地(来自存量库) per options.stockPoolCounts; new land none.
 */
export function stockPartOf(row: SupplyRow, supplyHa: Exact, opts: IndicatorOptions): StockPart {
  switch (stockSupplyOf(row)) {
    case null:
      return { ok: false, reason: 'no-land-source' };
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
