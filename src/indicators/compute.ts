// computeIndicators: the 2025 action plan's indicators (docs/sources/001_4ca6c5f2cb680a6e.txt 二、(一) and its annex tables) per city and for the
// province, from one year's inputs. Pure and exact; rows left out are listed, figures that cannot be computed are
// null with a reason (无供应 — never a division by zero), indicators the inputs cannot give are named, never invented.
import { cities, cityByCodeOf } from '../domain/divisions.js';
import { Exact, hectaresToMu } from '../domain/exact.js';
import type { YearInputs } from '../ingest/types.js';
import {
  PROVINCE_CODE, PROVINCE_NAME, indicatorIds, milestoneFor, targetOf, targetYears,
  type IndicatorId, type Target, type TargetYear,
} from '../policy/targets.js';
import { accumulate, addSums, emptySums, type CitySums } from './accumulate.js';
import { notComputableIds } from './catalogue.js';
import { defaultIndicatorOptions, type IndicatorOptions } from './options.js';
import { progressOf, rateStatus, windowSum, type WindowSum } from './progress.js';
import type {
  CumulativeFigure, EarlierYear, IgnoredEarlier, IndicatorsResult, PlotRatioFigure, Progress, RegionIndicators, StockShareFigure,
} from './types.js';

export type IndicatorInputs = Pick<YearInputs, 'year' | 'supply' | 'redevelopment'>;

export interface ComputeIndicatorsOptions extends Partial<IndicatorOptions> {
  /** Earlier years' figures per city (years periodStartYear … year−1); others are ignored and listed. */
  earlier?: readonly EarlierYear[];
}

type Cumulative = 'revitalized' | 'redeveloped';
/** city code → cumulative kind → year → 亩 */
type EarlierIndex = Map<string, Record<Cumulative, Map<number, Exact>>>;

export function computeIndicators(inputs: IndicatorInputs, opts: ComputeIndicatorsOptions = {}): IndicatorsResult {
  const { earlier = [], ...given } = opts;
  const options: IndicatorOptions = { ...defaultIndicatorOptions, ...definedOnly(given) };
  const year = inputs.year;
  const milestone = milestoneFor(year);
  const { byCity, excluded } = accumulate(year, inputs.supply, inputs.redevelopment, options);
  const { index, ignored } = indexEarlier(earlier, year, options.periodStartYear);

  const cityResults = cities.map((city) => {
    const sums = byCity.get(city.code) ?? emptySums();
    const prior = index.get(city.code) ?? { revitalized: new Map(), redeveloped: new Map() };
    const revitalizedHa = sums.stockSupplyHa.add(sums.redevelopmentRevitalizedHa);
    const windows = {
      revitalized: windowsOf(year, options.periodStartYear, hectaresToMu(revitalizedHa), prior.revitalized),
      redeveloped: windowsOf(year, options.periodStartYear, hectaresToMu(sums.redevelopmentHa), prior.redeveloped),
    };
    return { region: regionIndicators(city.code, city.name, year, milestone, sums, windows), windows };
  });

  const provinceSums = [...byCity.values()].reduce(addSums, emptySums());
  const provinceWindows = {
    revitalized: sumWindows(cityResults.map((c) => c.windows.revitalized)),
    redeveloped: sumWindows(cityResults.map((c) => c.windows.redeveloped)),
  };
  return {
    year,
    options,
    milestone,
    cities: cityResults.map((c) => c.region),
    province: regionIndicators(PROVINCE_CODE, PROVINCE_NAME, year, milestone, provinceSums, provinceWindows),
    notComputable: notComputableIds,
    excluded,
    ignoredEarlier: ignored,
  };
}

/** This year's figures of a result, as the `earlier` input of a later year's computation. */
export function earlierFromResult(result: IndicatorsResult): EarlierYear[] {
  return result.cities.map((c) => ({
    year: result.year, cityCode: c.code, revitalizedMu: c.revitalizedStock.yearMu, redevelopedMu: c.redevelopment.yearMu,
  }));
}

// ---- per region -------------------------------------------------------------------------------------------

/** The windows a cumulative figure is judged on: 'year' = period start … this year; each milestone: … min(year, T). */
type Windows = Record<'year' | TargetYear, WindowSum | null> & { yearMu: Exact };

function windowsOf(year: number, periodStart: number, yearMu: Exact, prior: ReadonlyMap<number, Exact>): Windows {
  return {
    yearMu,
    year: windowSum(periodStart, year, year, yearMu, prior),
    2027: windowSum(periodStart, Math.min(year, 2027), year, yearMu, prior),
    2030: windowSum(periodStart, Math.min(year, 2030), year, yearMu, prior),
  };
}

/** The province's windows: sums of the cities' (a year missing for any city is missing for the province). */
function sumWindows(list: readonly Windows[]): Windows {
  const add = (key: 'year' | TargetYear): WindowSum | null => {
    const parts = list.map((w) => w[key]);
    if (parts.some((p) => p === null)) return null;
    const sum = Exact.sum(parts.map((p) => p!.sum));
    const missing = [...new Set(parts.flatMap((p) => p!.missing))].sort((a, b) => a - b);
    return { sum, missing };
  };
  return { yearMu: Exact.sum(list.map((w) => w.yearMu)), year: add('year'), 2027: add(2027), 2030: add(2030) };
}

function regionIndicators(code: string, name: string, year: number, milestone: TargetYear, sums: CitySums, windows: Record<'revitalized' | 'redeveloped', Windows>): RegionIndicators {
  const targets = {} as Record<TargetYear, Record<IndicatorId, Target>>;
  for (const t of targetYears) {
    targets[t] = {} as Record<IndicatorId, Target>;
    for (const id of indicatorIds) targets[t][id] = targetOf(code, t, id);
  }
  const revitalized = cumulativeFigure(year, sums.stockSupplyHa.add(sums.redevelopmentRevitalizedHa), windows.revitalized, targets, 'revitalizedStock');
  return {
    code,
    name,
    stockSupplyShare: stockShare(sums, targets[milestone].stockSupplyShare, milestone),
    industrialPlotRatio: plotRatio(sums, targets[milestone].industrialPlotRatio, milestone),
    revitalizedStock: { ...revitalized, stockSupplyHa: sums.stockSupplyHa, redevelopmentHa: sums.redevelopmentRevitalizedHa },
    redevelopment: cumulativeFigure(year, sums.redevelopmentHa, windows.redeveloped, targets, 'redevelopment'),
    targets,
  };
}

/** 存量土地供应占比 = 存量土地供应面积 / 土地供应总面积 (附表注), 无供应 when the denominator is 0. */
function stockShare(sums: CitySums, target: Target, milestone: TargetYear): StockShareFigure {
  const value = sums.totalHa.isZero() ? null : sums.stockHa.div(sums.totalHa);
  return {
    value, reason: value === null ? 'no-supply' : null, milestone, target, status: rateStatus(value, target),
    stockHa: sums.stockHa, totalHa: sums.totalHa, standaloneHa: sums.standaloneHa,
  };
}

/** 新增工业用地平均容积率 = Σ(容积率 × 面积) / Σ面积; 无供应 without industrial parcels, 无容积率数据 when none has one. */
function plotRatio(sums: CitySums, target: Target, milestone: TargetYear): PlotRatioFigure {
  const value = sums.industrialHa.isZero() ? null : sums.weightedHa.div(sums.industrialHa);
  const reason = value !== null ? null : sums.parcelsWithoutRatio > 0 ? 'no-plot-ratio' : 'no-industrial-supply';
  return {
    value, reason, milestone, target, status: rateStatus(value, target),
    industrialHa: sums.industrialHa, weightedHa: sums.weightedHa, parcels: sums.parcels,
  };
}

function cumulativeFigure(year: number, yearHa: Exact, w: Windows, targets: Record<TargetYear, Record<IndicatorId, Target>>, id: 'revitalizedStock' | 'redevelopment'): CumulativeFigure {
  const progress = {} as Record<TargetYear, Progress | null>;
  for (const t of targetYears) {
    const window = w[t];
    progress[t] = window === null ? null : progressOf(window, targets[t][id], year, t);
  }
  return {
    yearHa,
    yearMu: w.yearMu,
    cumulativeMu: w.year?.sum ?? null,
    missingYears: w.year?.missing ?? [],
    progress,
  };
}

// ---- earlier years ----------------------------------------------------------------------------------------

function indexEarlier(earlier: readonly EarlierYear[], year: number, periodStart: number): { index: EarlierIndex; ignored: IgnoredEarlier[] } {
  const index: EarlierIndex = new Map();
  const ignored: IgnoredEarlier[] = [];
  for (const entry of earlier) {
    const city = cityByCodeOf(entry.cityCode);
    if (!city) { ignored.push({ entry, reason: 'unknown-city' }); continue; }
    if (entry.year < periodStart || entry.year >= year) { ignored.push({ entry, reason: 'outside-period' }); continue; }
    const slot = index.get(city.code) ?? { revitalized: new Map<number, Exact>(), redeveloped: new Map<number, Exact>() };
    if (slot.revitalized.has(entry.year)) { ignored.push({ entry, reason: 'duplicate' }); continue; }
    slot.revitalized.set(entry.year, entry.revitalizedMu);
    slot.redeveloped.set(entry.year, entry.redevelopedMu);
    index.set(city.code, slot);
  }
  return { index, ignored };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
