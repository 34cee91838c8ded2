// The on-site spot-check draw (浙土资发〔2017〕19号 四、2 "组织开展实地抽查"; docs/yearly-cycle.md, docs/用户手册.md §5.17). landlink's reading, since
// the Measures name no method (docs/yearly-cycle.md):
//   1. every county (区/县/市, incl. 市本级) with credited candidates gets at least one on-site check, drawn
//      within the county with probability ∝ risk weight;
//   2. the rest, up to ⌈rate × candidates⌉ in all, drawn across the province with probability ∝ risk weight
//      among the candidates not yet drawn (weighted sampling without replacement);
//   3. the random stream comes from the seed alone, and candidates are taken in id order, so the same seed and
//      the same inputs give the same list whatever the order of the input rows.
import { Exact } from '../domain/exact.js';
import { seededRandom } from './random.js';
import type { WeightedCandidate } from './risk.js';
import { WeightedPool } from './weighted-pool.js';

/** Default share of candidates checked on site: 10 % (documented in docs/yearly-cycle.md; --rate overrides). */
export const DEFAULT_RATE = Exact.of(1, 10);
/** Default seed: the linkage year, e.g. "2025" (--seed overrides; any text). */
export const defaultSeed = (year: number): string => String(year);

export type PickReason = 'county-minimum' | 'weighted';

export interface SpotCheckPick {
  candidate: WeightedCandidate;
  /** 1-based position in the draw. */
  order: number;
  how: PickReason;
}

export interface SpotCheckDraw {
  seed: string;
  rate: Exact;
  population: number;
  counties: number;
  /** max(counties, ⌈rate × population⌉). */
  target: number;
  /** In draw order. */
  picks: SpotCheckPick[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function ceilOf(x: Exact): number {
  const q = x.numerator / x.denominator; // truncates toward zero; x ≥ 0 here
  return Number(q * x.denominator === x.numerator ? q : q + 1n);
}

export function drawSpotChecks(candidates: readonly WeightedCandidate[], o: { rate: Exact; seed: string }): SpotCheckDraw {
  const sorted = [...candidates].sort((a, b) => byText(a.id, b.id));
  const random = seededRandom(o.seed);
  const picks: SpotCheckPick[] = [];
  const taken = new Set<number>();

  const byCounty = new Map<string, number[]>();
  sorted.forEach((c, i) => {
    const list = byCounty.get(c.countyCode) ?? [];
    list.push(i);
    byCounty.set(c.countyCode, list);
  });
  const countyCodes = [...byCounty.keys()].sort(byText);

  // 1. one per county, weighted within the county.
  for (const code of countyCodes) {
    const members = byCounty.get(code)!;
    const pool = new WeightedPool(members.map((i) => sorted[i]!.weight));
    const drawn = members[pool.draw(random)!]!;
    taken.add(drawn);
    picks.push({ candidate: sorted[drawn]!, order: picks.length + 1, how: 'county-minimum' });
  }

  // 2. the rest across the province.
  const target = Math.max(countyCodes.length, Math.min(sorted.length, ceilOf(o.rate.mul(sorted.length))));
  const pool = new WeightedPool(sorted.map((c) => c.weight));
  for (const i of taken) pool.remove(i);
  while (picks.length < target) {
    const drawn = pool.draw(random);
    if (drawn === undefined) break;
    picks.push({ candidate: sorted[drawn]!, order: picks.length + 1, how: 'weighted' });
  }

  return { seed: o.seed, rate: o.rate, population: sorted.length, counties: countyCodes.length, target, picks };
}
