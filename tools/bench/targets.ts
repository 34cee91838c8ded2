// The targets of BENCHMARKS.md (measured by the benchmark, not by timed unit tests) as data, and their
// evaluation against one benchmark result. Pure: no I/O, no clock.
import { ratio, type SideSummary } from './stats.js';

/** The two volumes of BENCHMARKS.md: a provincial year (≈ 20,000 supply rows) and ten times that. */
export type ScaleLabel = '1×' | '10×';

export interface ScaleResult {
  label: ScaleLabel;
  /** The sample generator's --scale that produced the data. */
  generatorScale: number;
  /** Rows per input kind as the generator wrote them (its MANIFEST counts). */
  rows: Record<string, number>;
  /** null when no compute run finished (see computeError). */
  compute: SideSummary | null;
  /** Why `landlink compute` failed at this scale (exit code and the end of its stderr), else null. */
  computeError: string | null;
  /** The bare read with exceljs `readFile` (the first anchor, BENCHMARKS.md). */
  bare: SideSummary;
  /** The bare read with exceljs's streaming reader (the anchor since 2026-12, BENCHMARKS.md); absent in results of older runs. */
  bareStream?: SideSummary | null;
  /** Phase timings of compute in one process, with and without the forced collections (phases.ts). */
  phases?: PhaseRun[];
}

/** One run of tools/bench/phases.ts: milliseconds per phase, wall and peak RSS (KiB, /usr/bin/time when present). */
export interface PhaseRun {
  gc: boolean;
  phasesMs: Record<string, number>;
  wallMs: number;
  cpuMs: number | null;
  maxRssKb: number | null;
}

export interface FirstOutput {
  /** Milliseconds from spawn to the first byte on the terminal, per run. */
  samplesMs: number[];
  medianMs: number;
}

export type TargetStatus = 'met' | 'not met' | 'not measured';

export interface TargetCheck {
  id: string;
  /** As BENCHMARKS.md words it (in English, like the rest of that file). */
  label: string;
  /** The measured figure as shown, e.g. '1.32×', '3.41 s', '512 MB'. */
  measured: string;
  limit: string;
  status: TargetStatus;
}

/** 1 MB = 10⁶ bytes (the stricter reading of "600 MB"); /usr/bin/time reports KiB. */
export const kbToMb = (kb: number): number => (kb * 1024) / 1_000_000;

export const LIMITS = {
  ratio: 1.5,
  /** Since 2026-12 (BENCHMARKS.md): compute no slower than exceljs's streaming reader merely reading the same files. */
  streamRatio: 1.0,
  wall1xMs: 5_000,
  rss10xMb: 600,
  /** ≤ 10.5 since 2026-12 (was 11, BENCHMARKS.md). */
  scaling: 10.5,
  firstOutputMs: 500,
} as const;

const fmtRatio = (r: number): string => `${r.toFixed(2)}×`;
const fmtSeconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const fmtMb = (kb: number): string => `${Math.round(kbToMb(kb)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')} MB`;

/** `failed`: the scale was run but compute did not finish, so the target is not met (not merely unmeasured). */
function check(id: string, label: string, limit: string, value: number | null, show: (v: number) => string, ok: (v: number) => boolean, failed = false): TargetCheck {
  if (failed) return { id, label, measured: 'compute failed', limit, status: 'not met' };
  if (value === null) return { id, label, measured: '—', limit, status: 'not measured' };
  return { id, label, measured: show(value), limit, status: ok(value) ? 'met' : 'not met' };
}

/** compute (10×) wall ÷ compute (1×) wall: "10× data costs ≤ 11× the time of 1×". */
export function scalingFactor(scales: readonly ScaleResult[]): number | null {
  const one = scales.find((s) => s.label === '1×');
  const ten = scales.find((s) => s.label === '10×');
  return ratio(ten?.compute?.wallMs ?? null, one?.compute?.wallMs ?? null);
}

export function wallRatio(s: ScaleResult | undefined): number | null {
  return s ? ratio(s.compute?.wallMs ?? null, s.bare.wallMs) : null;
}

export function streamRatio(s: ScaleResult | undefined): number | null {
  return s ? ratio(s.compute?.wallMs ?? null, s.bareStream?.wallMs ?? null) : null;
}

export function cpuRatio(s: ScaleResult | undefined): number | null {
  return s ? ratio(s.compute?.cpuMs ?? null, s.bare.cpuMs) : null;
}

export function evaluateTargets(scales: readonly ScaleResult[], firstOutput: FirstOutput | null): TargetCheck[] {
  const one = scales.find((s) => s.label === '1×');
  const ten = scales.find((s) => s.label === '10×');
  const oneFailed = one !== undefined && one.compute === null;
  const tenFailed = ten !== undefined && ten.compute === null;
  return [
    check('1x-ratio', '1×: compute ≤ 1.5 × bare read (wall)', `≤ ${LIMITS.ratio}×`, wallRatio(one), fmtRatio, (v) => v <= LIMITS.ratio, oneFailed),
    check('1x-stream', '1×: compute ≤ 1.0 × exceljs streaming bare read (wall)', `≤ ${LIMITS.streamRatio.toFixed(1)}×`, streamRatio(one), fmtRatio, (v) => v <= LIMITS.streamRatio, oneFailed),
    check('1x-wall', '1×: compute under 5 s wall', `< ${LIMITS.wall1xMs / 1000} s`, one?.compute?.wallMs ?? null, fmtSeconds, (v) => v < LIMITS.wall1xMs, oneFailed),
    check('10x-ratio', '10×: compute ≤ 1.5 × bare read (wall)', `≤ ${LIMITS.ratio}×`, wallRatio(ten), fmtRatio, (v) => v <= LIMITS.ratio, tenFailed),
    check('10x-stream', '10×: compute ≤ 1.0 × exceljs streaming bare read (wall)', `≤ ${LIMITS.streamRatio.toFixed(1)}×`, streamRatio(ten), fmtRatio, (v) => v <= LIMITS.streamRatio, tenFailed),
    check('10x-rss', '10×: compute peak RSS ≤ 600 MB', `≤ ${LIMITS.rss10xMb} MB`, ten?.compute?.maxRssKb ?? null, fmtMb, (v) => kbToMb(v) <= LIMITS.rss10xMb, tenFailed),
    check('scaling', '10× data costs ≤ 10.5× the time of 1×', `≤ ${LIMITS.scaling}×`, scalingFactor(scales), fmtRatio, (v) => v <= LIMITS.scaling, oneFailed || tenFailed),
    check('first-output', 'progress shown within 0.5 s on a terminal', `≤ ${LIMITS.firstOutputMs / 1000} s`, firstOutput?.medianMs ?? null, fmtSeconds, (v) => v <= LIMITS.firstOutputMs),
  ];
}
