// The full GC between compute's phases (src/app/collect-garbage.ts) keeps the 10× peak memory under the target in
// BENCHMARKS.md; it only works while Node lets a program turn on --expose-gc at run time.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { collectGarbage, collectLargeHeap, collectWhenGrown, garbageCollectionAvailable, WORTH_COLLECTING_BYTES } from '../../src/app/collect-garbage.js';

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
  it('collectWhenGrown collects above the threshold, and then only once the heap has grown by `growth` since', () => {
    const MB = 1024 * 1024;
    let heap = 0;
    const at: number[] = [];
    const step = collectWhenGrown(64 * MB, () => heap, () => { at.push(heap / MB); heap = heap / 2; });
    for (const mb of [50, 100, 127, 129, 100, 120, 129, 200, 150]) { heap = mb * MB; step(); }
    // 129 → 64.5 left; 100 and 120 are within 64 of it, and 120 below the threshold too; 129 is past both; 200 past 64.5 + 64
    expect(at).toEqual([129, 129, 200]);
    // counted from a heap of 150 MB (a file's scan that begins there): nothing until 150 + 64
    const from: number[] = [];
    const fromStep = collectWhenGrown(64 * MB, () => heap, () => { from.push(heap / MB); heap = 100 * MB; }, 150 * MB);
    for (const mb of [150, 200, 214, 215, 120, 165]) { heap = mb * MB; fromStep(); }
    expect(from).toEqual([215, 165]);
  });
  it('compute calls afterStage between its stages, and the plan is the same', async () => {
    const { compute } = await import('../../src/pipeline/compute.js');
    const { loadYear } = await import('../../src/ingest/load.js');
    const { renderJson } = await import('../../src/report/json.js');
    const inputs = await loadYear({ year: 2025, data: join(import.meta.dirname, '../../samples/2025') });
    let stages = 0;
    const hooked = compute(inputs, undefined, undefined, { afterStage: () => { stages++; } });
    expect(stages).toBeGreaterThan(8);
    expect(renderJson(hooked)).toBe(renderJson(compute(inputs)));
  });
});
