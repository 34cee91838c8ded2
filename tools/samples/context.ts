// What the builders of one sample year share: the year, seed, scale, the region table and the ids in use
// (so ids stay unique within the year across regular, branch and ordinary rows).
import { Rng } from './prng.js';
import type { RegionTable } from './regions.js';

export interface YearContext {
  year: number;
  seed: number;
  scale: number;
  regions: RegionTable;
  usedIds: Set<string>;
  /** This year's volume relative to an average year (0.9–1.1): real years differ. */
  volume: number;
}

/** A fresh id from `make(seq)`, never one already used this year. */
export function uniqueId(ctx: YearContext, rng: Rng, make: (seq: number) => string, maxSeq: number): string {
  for (;;) {
    const id = make(rng.int(1, maxSeq));
    if (!ctx.usedIds.has(id)) {
      ctx.usedIds.add(id);
      return id;
    }
  }
}

/** Base counts at scale 1 multiplied by the scale and the year's volume (at least `min`). */
export function scaled(ctx: YearContext, base: number, min = 1): number {
  return Math.max(min, Math.round(base * ctx.scale * ctx.volume));
}

export function yearVolume(seed: number, year: number): number {
  return 0.9 + 0.2 * Rng.derive(seed, year, 'volume').next();
}
