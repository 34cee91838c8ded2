// The benchmark's arithmetic (BENCHMARKS.md): medians of repeated runs, the ratio compute / bare read, the 10×/1×
// scaling factor. Timings are measurements, not areas: plain JS numbers are right here (the exact-arithmetic
// rule of domain.md 决定 2 is about areas and quotas).

/** One child process, measured: wall time by the parent, CPU time and peak RSS by /usr/bin/time or the child. */
export interface RunSample {
  wallMs: number;
  /** user + system CPU time; null when neither /usr/bin/time nor the child reported it. */
  cpuMs: number | null;
  /** Peak resident set size in KiB; null when unknown. */
  maxRssKb: number | null;
}

/** The medians of N samples of one side (compute or bare read) at one scale. */
export interface SideSummary {
  runs: number;
  wallMs: number;
  cpuMs: number | null;
  maxRssKb: number | null;
  /** Every wall time, in run order, so a reader can see the spread. */
  wallsMs: number[];
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of the known values, or null when none is known. */
export function medianOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : median(known);
}

export function summarise(samples: readonly RunSample[]): SideSummary {
  return {
    runs: samples.length,
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: medianOrNull(samples.map((s) => s.cpuMs)),
    maxRssKb: medianOrNull(samples.map((s) => s.maxRssKb)),
    wallsMs: samples.map((s) => s.wallMs),
  };
}

/** a / b, or null when either is unknown or b is not positive. */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || !(b > 0)) return null;
  return a / b;
}
