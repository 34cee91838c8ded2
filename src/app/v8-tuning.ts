// The JavaScript engine's settings for a run of the command line, made before any of its code runs hot. Kept apart
// from everything else, with no import but Node's, so that bin/landlink (through src/cli/early.ts) and the benchmark's
// in-process runner (tools/bench/phases.ts) set them before the reading starts, in every thread: V8's settings are the
// process's, the reading worker's included.
import v8 from 'node:v8';

/**
 * The bytecode the optimising compiler (TurboFan) may inline into one function, in all: 100 bytes instead of V8's 920.
 * On the two-core machine of BENCHMARKS.md the run is short and both cores are busy, and compiling the hot functions
 * with everything they call inlined took about 1.5 s of CPU of a 1× year's 3.9 s, on V8's background threads. With the
 * smaller budget the 1× year takes about 10 % less time and CPU, and the 10× year as long as before (BENCHMARKS.md
 * "The compiler's inlining budget"). It changes how fast the code runs, never what it computes.
 */
export const INLINING_BUDGET_FLAG = '--max-inlined-bytecode-size-cumulative=100';

let tuned = false;

/** Sets the engine's settings for this process; once (later calls do nothing). */
export function tuneV8(): void {
  if (tuned) return;
  tuned = true;
  v8.setFlagsFromString(INLINING_BUDGET_FLAG);
}
