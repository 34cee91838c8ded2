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
  /** Multipliers of the linkage candidates' and the ordinary supply rows' base counts (mixFactors). */
  mix: MixFactors;
}

export interface MixFactors { candidates: number; ordinary: number }

/** The samples' own mix: ≈ 13 % of supply rows are linkage candidates. */
export const SAMPLE_MIX: MixFactors = { candidates: 1, ordinary: 1 };

/**
 * The factors that make `share` of the supply rows linkage candidates while the supply file keeps its size
 * (`regularSupply` candidates and `ordinarySupply` other rows at scale 1). Zhejiang's stock-land share of supply is
 * above one half (docs/sources/001_4ca6c5f2cb680a6e.txt: 2027 targets of 53.5–62.5 % by city), so a real year has
 * far more candidates than the samples. Categories 6 and 7, their evidence and the confirmed inspections follow the
 * candidates; the ledger and start check follow what earlier years credited.
 */
export function mixFactors(share: number | undefined, regularSupply: number, ordinarySupply: number): MixFactors {
  if (share === undefined) return SAMPLE_MIX;
  const total = regularSupply + ordinarySupply;
  return { candidates: (share * total) / regularSupply, ordinary: ((1 - share) * total) / ordinarySupply };
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
