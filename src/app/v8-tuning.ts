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

/**
 * The V8 the budget was measured with: Node 20's (11.3). Another V8 compiles differently (Node 22's adds the Maglev
 * compiler) and keeps its own defaults: a setting is made only where it was measured.
 */
export const MEASURED_V8_MAJOR = 11;

let tuned = false;

/** Sets the engine's settings for this process, once, when its V8 is the one measured; true when they are made. */
export function tuneV8(v8Version: string = process.versions.v8): boolean {
  if (tuned) return true;
  if (Number.parseInt(v8Version, 10) !== MEASURED_V8_MAJOR) return false;
  tuned = true;
  v8.setFlagsFromString(INLINING_BUDGET_FLAG);
  return true;
}
