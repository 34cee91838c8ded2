// The full GC between compute's phases (src/app/collect-garbage.ts) keeps the 10× peak memory under the target in
// BENCHMARKS.md; it only works while Node lets a program turn on --expose-gc at run time.
import { describe, expect, it } from 'vitest';
import { collectGarbage, collectLargeHeap, garbageCollectionAvailable, WORTH_COLLECTING_BYTES } from '../../src/app/collect-garbage.js';

describe('collectGarbage', () => {
  it('is available on this Node without a command-line flag', () => {
    expect(garbageCollectionAvailable()).toBe(true);
  });

  it('frees unreachable memory at once', () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let junk: string[][] | null = Array.from({ length: 200 }, (_, i) => Array.from({ length: 1000 }, (_, j) => `${i}-${j}-垃圾`));
    const filled = process.memoryUsage().heapUsed;
    expect(junk.length).toBe(200);
    junk = null;
    collectGarbage();
    const after = process.memoryUsage().heapUsed;
    expect(filled - before).toBeGreaterThan(5_000_000);
    // most of what was allocated is gone (the 200,000 strings and their arrays)
    expect(after - before).toBeLessThan((filled - before) / 4);
  });

  it('collectLargeHeap collects only a heap above its threshold (a small year skips the collections)', () => {
    const used = process.memoryUsage().heapUsed;
    expect(collectLargeHeap(used * 4)).toBe(false);
    expect(collectLargeHeap(0)).toBe(true);
    expect(WORTH_COLLECTING_BYTES).toBeGreaterThan(64 * 1024 * 1024); // above the 1× bench year's 45–72 MB
    expect(WORTH_COLLECTING_BYTES).toBeLessThan(390 * 1024 * 1024); // below the 10× year's ≈ 390 MB
  });
});
