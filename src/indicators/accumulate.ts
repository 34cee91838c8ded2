// One pass over the year's supply and redevelopment rows: per city, the sums every indicator needs, and the list
// of rows left out (with the reason). Exact sums only; no rounding here.
import { cities } from '../domain/divisions.js';
import { Exact } from '../domain/exact.js';
import type { RedevelopmentRow, SupplyRow } from '../domain/rows.js';
import type { IndicatorId } from '../policy/targets.js';
import type { ExclusionReason } from './exclusions.js';
import type { IndicatorOptions } from './options.js';
import { stockSupplyOf } from '../policy/stock-supply.js';
import { cityCodeOf, isIndustrial, redevelopmentAreaHa, stockPartOf, usablePlotRatio, yearOf } from './rows.js';
import type { ExcludedRow } from './types.js';

export interface CitySums {
  /** 存量土地供应占比: stock part and supply area of non-standalone rows; standalone supply area. */
  stockHa: Exact;
  totalHa: Exact;
  standaloneHa: Exact;
  /** 新增工业用地平均容积率: Σ area, Σ ratio × area, parcels counted, industrial parcels without a plot ratio. */
  industrialHa: Exact;
  weightedHa: Exact;
  parcels: number;
  parcelsWithoutRatio: number;
  /** 盘活存量建设用地: stock supply (all, incl. standalone) + redevelopment not re-supplied by the government. */
  stockSupplyHa: Exact;
  redevelopmentRevitalizedHa: Exact;
  /** 完成低效用地再开发. */
  redevelopmentHa: Exact;
}

export function emptySums(): CitySums {
  const z = Exact.ZERO;
  return {
    stockHa: z, totalHa: z, standaloneHa: z, industrialHa: z, weightedHa: z, parcels: 0, parcelsWithoutRatio: 0,
    stockSupplyHa: z, redevelopmentRevitalizedHa: z, redevelopmentHa: z,
  };
}

export function addSums(a: CitySums, b: CitySums): CitySums {
  return {
    stockHa: a.stockHa.add(b.stockHa), totalHa: a.totalHa.add(b.totalHa), standaloneHa: a.standaloneHa.add(b.standaloneHa),
    industrialHa: a.industrialHa.add(b.industrialHa), weightedHa: a.weightedHa.add(b.weightedHa),
    parcels: a.parcels + b.parcels, parcelsWithoutRatio: a.parcelsWithoutRatio + b.parcelsWithoutRatio,
    stockSupplyHa: a.stockSupplyHa.add(b.stockSupplyHa),
    redevelopmentRevitalizedHa: a.redevelopmentRevitalizedHa.add(b.redevelopmentRevitalizedHa),
    redevelopmentHa: a.redevelopmentHa.add(b.redevelopmentHa),
  };
}

export interface Accumulated {
  byCity: Map<string, CitySums>;
  excluded: ExcludedRow[];
}

const SUPPLY_INDICATORS: IndicatorId[] = ['stockSupplyShare', 'industrialPlotRatio', 'revitalizedStock'];
const REDEVELOPMENT_INDICATORS: IndicatorId[] = ['redevelopment', 'revitalizedStock'];

export function accumulate(year: number, supply: readonly SupplyRow[], redevelopment: readonly RedevelopmentRow[], opts: IndicatorOptions): Accumulated {
  const byCity = new Map(cities.map((c) => [c.code, emptySums()]));
  const excluded: ExcludedRow[] = [];
  for (const row of supply) addSupplyRow(row, year, opts, byCity, excluded);
  for (const row of redevelopment) addRedevelopmentRow(row, year, byCity, excluded);
  return { byCity, excluded };
}

function addSupplyRow(row: SupplyRow, year: number, opts: IndicatorOptions, byCity: Map<string, CitySums>, excluded: ExcludedRow[]): void {
  const exclude = (reason: ExclusionReason, indicators: IndicatorId[], value?: string): void => {
    excluded.push({ kind: 'supply', id: row.supervisionId, source: row.source, reason, indicators, ...(value !== undefined ? { value } : {}) });
  };
  // 签订日期 in year Y: the plan's structural figures are yearly supply (domain.md Related policies).
  if (row.signedDate === null) return exclude('no-date', SUPPLY_INDICATORS);
  if (yearOf(row.signedDate) !== year) return exclude('other-year', SUPPLY_INDICATORS, row.signedDate);
  const cityCode = cityCodeOf(row.region);
  const sums = cityCode === null ? undefined : byCity.get(cityCode);
  if (sums === undefined) return exclude('no-region', SUPPLY_INDICATORS, row.region?.code);
  const area = row.supplyAreaHa;
  if (area === null) return exclude('no-area', SUPPLY_INDICATORS);

  const industrial = isIndustrial(row.landUse);
  const industrialNeedsSource = industrial && opts.industrialLand === 'new-land-only';
  const stock = stockPartOf(row, area, opts);
  if (!stock.ok) {
    const noSource = stock.reason === 'no-land-source' && industrialNeedsSource;
    exclude(stock.reason, noSource ? ['stockSupplyShare', 'industrialPlotRatio', 'revitalizedStock'] : ['stockSupplyShare', 'revitalizedStock']);
  } else {
    sums.stockSupplyHa = sums.stockSupplyHa.add(stock.ha);
    // 附表注: "供应面积、供应总面积不包括单独选址项目" — only the share leaves them out.
    if (row.standaloneSite === true) {
      sums.standaloneHa = sums.standaloneHa.add(area);
      exclude('standalone-site', ['stockSupplyShare']);
    } else {
      sums.totalHa = sums.totalHa.add(area);
      sums.stockHa = sums.stockHa.add(stock.ha);
    }
  }

  if (!industrial) return;
  if (industrialNeedsSource) {
    if (row.landSource === null) return; // already listed under no-land-source
    if (stockSupplyOf(row) === 'stock') return exclude('stock-source-industrial', ['industrialPlotRatio'], row.landSource);
  }
  const ratio = usablePlotRatio(row);
  if (ratio === null) {
    sums.parcelsWithoutRatio += 1;
    return exclude('no-plot-ratio', ['industrialPlotRatio'], row.plotRatio?.toString());
  }
  sums.industrialHa = sums.industrialHa.add(area);
  sums.weightedHa = sums.weightedHa.add(ratio.mul(area));
  sums.parcels += 1;
}

function addRedevelopmentRow(row: RedevelopmentRow, year: number, byCity: Map<string, CitySums>, excluded: ExcludedRow[]): void {
  const exclude = (reason: ExclusionReason, indicators: IndicatorId[], value?: string): void => {
    excluded.push({ kind: 'redevelopment', id: row.projectId, source: row.source, reason, indicators, ...(value !== undefined ? { value } : {}) });
  };
  if (row.completedDate === null) return exclude('no-date', REDEVELOPMENT_INDICATORS);
  if (yearOf(row.completedDate) !== year) return exclude('other-year', REDEVELOPMENT_INDICATORS, row.completedDate);
  const cityCode = cityCodeOf(row.region);
  const sums = cityCode === null ? undefined : byCity.get(cityCode);
  if (sums === undefined) return exclude('no-region', REDEVELOPMENT_INDICATORS, row.region?.code);
  const area = redevelopmentAreaHa(row);
  if (area === null) return exclude('no-redevelopment-area', REDEVELOPMENT_INDICATORS);
  sums.redevelopmentHa = sums.redevelopmentHa.add(area);
  // Land the government takes back and re-supplies appears in the supply filings: count it there, once.
  if (row.governmentResupply === 'yes') return exclude('government-resupply', ['revitalizedStock']);
  sums.redevelopmentRevitalizedHa = sums.redevelopmentRevitalizedHa.add(area);
}
