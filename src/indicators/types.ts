// The result of computeIndicators: per city (11, fixed order) and the province, every figure exact (Exact),
// every target with its source, every row left out listed with its reason. Rounding happens only when shown.
import type { Exact } from '../domain/exact.js';
import type { SourceRef } from '../domain/rows.js';
import type { IndicatorId, Target, TargetYear } from '../policy/targets.js';
import type { NotComputableId } from './catalogue.js';
import type { ExclusionReason } from './exclusions.js';
import type { IndicatorOptions } from './options.js';

/** Why a structural figure has no value: a city with no supply (无供应) or no usable plot ratio. */
export type NoValueReason = 'no-supply' | 'no-industrial-supply' | 'no-plot-ratio';

export type RateStatus = 'met' | 'not-met' | 'no-value';
/** Against a cumulative milestone: met; not yet met while the milestone year has not passed; not met after it. */
export type ProgressStatus = 'met' | 'in-progress' | 'not-met';

/** A figure of the year compared with the milestone of its period (存量土地供应占比, 新增工业用地平均容积率). */
export interface RateFigure {
  value: Exact | null;
  reason: NoValueReason | null;
  milestone: TargetYear;
  target: Target;
  status: RateStatus;
}

export interface StockShareFigure extends RateFigure {
  /** Numerator and denominator in 公顷, both without 单独选址项目. */
  stockHa: Exact;
  totalHa: Exact;
  /** Supply area of the year's 单独选址项目, shown for transparency. */
  standaloneHa: Exact;
}

export interface PlotRatioFigure extends RateFigure {
  /** Σ supply area of the industrial parcels counted, 公顷. */
  industrialHa: Exact;
  /** Σ plot ratio × area (the floor area in 公顷 of floor), the weighted sum. */
  weightedHa: Exact;
  parcels: number;
}

export interface Progress {
  target: Target;
  /** The cumulative figure this milestone is judged on: from the period start through min(year, milestone). */
  cumulativeMu: Exact;
  /** cumulativeMu ÷ target (1 = 100%). */
  ratio: Exact;
  status: ProgressStatus;
  /** Years of the window for which no figure was given (the cumulative is then a lower bound). */
  missingYears: number[];
}

/** A yearly area whose targets are cumulative (盘活存量建设用地, 完成低效用地再开发). */
export interface CumulativeFigure {
  yearHa: Exact;
  yearMu: Exact;
  /** Period start … this year; null when the year is before the period start. */
  cumulativeMu: Exact | null;
  missingYears: number[];
  /** Per milestone; null when its window is empty (the year, or the milestone, is before the period start). */
  progress: Record<TargetYear, Progress | null>;
}

export interface RevitalizedFigure extends CumulativeFigure {
  /** The year's stock supply (incl. 单独选址项目), 公顷. */
  stockSupplyHa: Exact;
  /** The year's completed redevelopment not re-supplied by the government, 公顷. */
  redevelopmentHa: Exact;
}

export interface RegionIndicators {
  /** A city code, or 330000 for the province. */
  code: string;
  name: string;
  stockSupplyShare: StockShareFigure;
  industrialPlotRatio: PlotRatioFigure;
  revitalizedStock: RevitalizedFigure;
  redevelopment: CumulativeFigure;
  /** Every target of the region (also those of the indicators that cannot be computed). */
  targets: Record<TargetYear, Record<IndicatorId, Target>>;
}

export interface ExcludedRow {
  kind: 'supply' | 'redevelopment';
  id: string;
  source: SourceRef;
  reason: ExclusionReason;
  /** The indicators the row is left out of. */
  indicators: IndicatorId[];
  /** The offending value, when there is one (e.g. the date of another year). */
  value?: string;
}

/** An earlier year's figures of one city, e.g. from that year's IndicatorsResult (see earlierFromResult). */
export interface EarlierYear {
  year: number;
  cityCode: string;
  revitalizedMu: Exact;
  redevelopedMu: Exact;
}

export interface IgnoredEarlier {
  entry: EarlierYear;
  reason: 'outside-period' | 'duplicate' | 'unknown-city';
}

export interface IndicatorsResult {
  year: number;
  options: IndicatorOptions;
  /** The milestone whose targets the year's structural figures are compared with. */
  milestone: TargetYear;
  cities: RegionIndicators[];
  province: RegionIndicators;
  notComputable: readonly NotComputableId[];
  excluded: ExcludedRow[];
  ignoredEarlier: IgnoredEarlier[];
}
