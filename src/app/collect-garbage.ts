// A full garbage collection between the phases of a run (BENCHMARKS.md "Where the time and memory go
// now"). After reading, after computing and before writing, most of the V8 heap is garbage of the phase just ended
// (raw cells, decoded text, intermediate figures); V8 collects it only when the heap has grown further, so the next
// phase's garbage piles on top and the process's peak memory moves from run to run (10× year: 521–615 MB over five
// runs). Collecting at the three boundaries costs a few hundred milliseconds at 10× and kept the peak at 435–438 MB
// in three runs. No heap cap is set instead: a cap would make a larger year fail.
//
// Node exposes `gc` only under --expose-gc; setting the flag at run time and taking `gc` from a fresh context is the
// documented way to get it without a command-line flag (node:v8 setFlagsFromString). When that is not possible the
// call does nothing: collecting early is an optimisation, never a condition for correct results.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

function gcFunction(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  try {
    setFlagsFromString('--expose-gc');
    const fn: unknown = runInNewContext('gc');
    return typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    return null;
  }
}

/** True when collectGarbage really collects (tested: the trick must keep working on the Node we support). */
export function garbageCollectionAvailable(): boolean {
  if (collect === undefined) collect = gcFunction();
  return collect !== null;
}

/** Runs a full garbage collection now (see above why); a no-op when the runtime does not allow it. */
export function collectGarbage(): void {
  if (collect === undefined) collect = gcFunction();
  collect?.();
}

/**
 * Below this much live-or-garbage heap a forced collection is not worth its time: the peak it saves is a few
 * megabytes, and at Zhejiang's yearly size (the 1× bench year: 45–72 MB at the boundaries) the collections cost ≈ 0.1 s
 * of a 3 s run; at 10× (≈ 390 MB) they hold the peak down by ≈ 300 MB (BENCHMARKS.md).
 */
export const WORTH_COLLECTING_BYTES = 128 * 1024 * 1024;

/** The heap's used size in bytes (V8's count, garbage included). */
export function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}

/** collectGarbage when the heap holds more than `threshold` bytes (used size), counting `alsoFreed` bytes outside
 *  the heap that the collection frees (a file's buffer no longer referenced); true when it collected. */
export function collectLargeHeap(threshold = WORTH_COLLECTING_BYTES, alsoFreed = 0): boolean {
  if (heapUsed() + alsoFreed <= threshold) return false;
  collectGarbage();
  return true;
}

/**
 * A collectLargeHeap for a run of steps (the pipeline's stages): collects when the heap holds `growth` bytes more than
 * after its last collection, and more than WORTH_COLLECTING_BYTES. At 10× each stage leaves tens of megabytes of
 * garbage that V8 let pile up until the end of compute, the run's peak once reading no longer was; a collection
 * after every stage cost ≈ 1.7 s there (BENCHMARKS.md "The 10× peak, fourth pass"). `from`: the heap's size the growth
 * counts from until the first collection (0: any heap above WORTH_COLLECTING_BYTES is collected at the first step).
 */
export function collectWhenGrown(growth = 64 * 1024 * 1024, used = heapUsed, collect = collectGarbage, from = 0): () => void {
  let after = from;
  return () => {
    if (used() <= Math.max(WORTH_COLLECTING_BYTES, after + growth)) return;
    collect();
    after = used();
  };
}
