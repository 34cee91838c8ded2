// The `indicators` section of --json: numbers rounded half-up once for output (shares and progress ratios to 6
// decimals, 容积率 4, 公顷 4, 亩 2); ids in English, targets with their printed text and source.
import type { Exact } from '../domain/exact.js';
import { targetYears, type IndicatorId, type Target, type TargetYear } from '../policy/targets.js';
import { indicatorSpecs } from './catalogue.js';
import type { CumulativeFigure, IndicatorsResult, Progress, RateFigure, RegionIndicators } from './types.js';

const num = (v: Exact, places: number): number => v.toNumber(places);
const opt = (v: Exact | null, places: number): number | null => (v === null ? null : num(v, places));
const RATIO = 6;
const HA = 4;
const MU = 2;

export interface TargetJson { text: string; value: number; basis: Target['basis']; table: string; row: string }

function targetJson(t: Target): TargetJson {
  return { text: t.text, value: num(t.value, RATIO), basis: t.basis, table: t.source.table, row: t.source.row };
}

function rateJson(f: RateFigure, places: number) {
  return { value: opt(f.value, places), reason: f.reason, status: f.status, milestone: f.milestone, target: targetJson(f.target) };
}

function progressJson(p: Progress | null) {
  return p === null ? null : {
    target: targetJson(p.target), cumulativeMu: num(p.cumulativeMu, MU), ratio: num(p.ratio, RATIO), status: p.status, missingYears: p.missingYears,
  };
}

function cumulativeJson(f: CumulativeFigure) {
  return {
    yearHa: num(f.yearHa, HA), yearMu: num(f.yearMu, MU), cumulativeMu: opt(f.cumulativeMu, MU), missingYears: f.missingYears,
    progress: Object.fromEntries(targetYears.map((t) => [String(t), progressJson(f.progress[t])])) as Record<`${TargetYear}`, ReturnType<typeof progressJson>>,
  };
}

function regionJson(r: RegionIndicators, notComputable: readonly IndicatorId[]) {
  const s = r.stockSupplyShare;
  const p = r.industrialPlotRatio;
  return {
    code: r.code,
    name: r.name,
    stockSupplyShare: { ...rateJson(s, RATIO), stockHa: num(s.stockHa, HA), totalHa: num(s.totalHa, HA), standaloneHa: num(s.standaloneHa, HA) },
    industrialPlotRatio: { ...rateJson(p, 4), industrialHa: num(p.industrialHa, HA), parcels: p.parcels },
    revitalizedStock: { ...cumulativeJson(r.revitalizedStock), stockSupplyHa: num(r.revitalizedStock.stockSupplyHa, HA), redevelopmentHa: num(r.revitalizedStock.redevelopmentHa, HA) },
    redevelopment: cumulativeJson(r.redevelopment),
    notComputableTargets: Object.fromEntries(notComputable.map((id) => [id, Object.fromEntries(targetYears.map((t) => [String(t), targetJson(r.targets[t][id])]))])),
  };
}

export function toIndicatorsJson(result: IndicatorsResult) {
  return {
    year: result.year,
    milestone: result.milestone,
    options: result.options,
    province: regionJson(result.province, result.notComputable),
    cities: result.cities.map((c) => regionJson(c, result.notComputable)),
    notComputable: result.notComputable.map((id) => ({ id, label: indicatorSpecs[id].label, reason: indicatorSpecs[id].definition })),
    excluded: result.excluded.map((e) => ({
      kind: e.kind, id: e.id, reason: e.reason, indicators: e.indicators,
      file: e.source.file, ...(e.source.sheet !== undefined ? { sheet: e.source.sheet } : {}), row: e.source.row,
      ...(e.value !== undefined ? { value: e.value } : {}),
    })),
    ignoredEarlier: result.ignoredEarlier.map((i) => ({ year: i.entry.year, cityCode: i.entry.cityCode, reason: i.reason })),
  };
}

export type IndicatorsJson = ReturnType<typeof toIndicatorsJson>;
