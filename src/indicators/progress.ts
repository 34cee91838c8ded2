// Cumulative figures against the plan's milestones: "到2027年、2030年,全省盘活存量建设用地30万亩、60万亩" — the
// annex figures add up to those totals, so each milestone is a cumulative sum from the period start (default 2025).
import { Exact } from '../domain/exact.js';
import type { Target, TargetYear } from '../policy/targets.js';
import type { Progress, ProgressStatus, RateStatus } from './types.js';

export interface WindowSum { sum: Exact; missing: number[] }

/**
 * Σ of the figures of the years periodStart … last: this year's own figure for `year`, an earlier year's from
 * `earlier`; a year without a figure is listed as missing (the sum is then a lower bound). null: empty window.
 */
export function windowSum(periodStart: number, last: number, year: number, yearMu: Exact, earlier: ReadonlyMap<number, Exact>): WindowSum | null {
  if (last < periodStart) return null;
  let sum = Exact.ZERO;
  const missing: number[] = [];
  for (let y = periodStart; y <= last; y++) {
    const v = y === year ? yearMu : earlier.get(y);
    if (v === undefined) missing.push(y);
    else sum = sum.add(v);
  }
  return { sum, missing };
}

/** met when reached; before the milestone year has passed, in progress; after it, not met. */
export function progressStatus(cumulativeMu: Exact, target: Target, year: number, milestone: TargetYear): ProgressStatus {
  if (cumulativeMu.gte(target.value)) return 'met';
  return year < milestone ? 'in-progress' : 'not-met';
}

export function progressOf(window: WindowSum, target: Target, year: number, milestone: TargetYear): Progress {
  return {
    target,
    cumulativeMu: window.sum,
    ratio: window.sum.div(target.value),
    status: progressStatus(window.sum, target, year, milestone),
    missingYears: window.missing,
  };
}

/** A structural figure against its target: every target of the plan is a lower bound ("≥", "不低于"). */
export function rateStatus(value: Exact | null, target: Target): RateStatus {
  if (value === null) return 'no-value';
  return value.gte(target.value) ? 'met' : 'not-met';
}
