// One benchmark run as data: what the harness measured, where, and the targets' verdicts. Rendered by
// format.ts for the terminal and for BENCHMARKS.md.
import type { Machine } from './machine.js';
import type { FirstOutput, ScaleResult, TargetCheck } from './targets.js';

export interface BenchResult {
  /** ISO time the run started (UTC). */
  startedAt: string;
  durationS: number;
  /** `git rev-parse --short HEAD` and whether the tree had changes, when known. */
  commit: string | null;
  /** The checkout whose CLI was timed when it was not this one (--landlink), else null. */
  landlink: string | null;
  machine: Machine;
  year: number;
  seed: number;
  /** The generated years' share of linkage candidates among supply rows (null or absent: the samples' mix). */
  candidateShare?: number | null;
  scales: ScaleResult[];
  firstOutput: FirstOutput | null;
  targets: TargetCheck[];
}
