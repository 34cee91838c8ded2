// The linkage side of every year from 2017 (the Measures apply "2017年起") up to the year asked for, built on
// demand and memoised. A year's credited projects feed the next year's start check and every later year's
// ledger, so samples/2024 and samples/2025 agree: 2025's ledger holds exactly what the generator expects
// compute 2024 to credit, and 2025's start check lists those 2024 projects with the areas of the 2024 plan.
import { addRegularCandidates, emptySet, regularSupplyCount, type CandidateSet, type CarriedForward } from './candidates.js';
import { branchBuilders, carriedForwardProject, type BranchKit } from './branches.js';
import { branchKeys } from './branch-specs.js';
import { creditedEntries, type CreditedEntry } from './expect.js';
import { mixFactors, yearVolume, type MixFactors } from './context.js';
import { ordinarySupplyCount } from './ordinary.js';
import { Rng } from './prng.js';
import type { RegionTable } from './regions.js';

/** First linkage year (浙土资发〔2017〕19号: "2017年起 … 按本《办法》执行"). */
export const FIRST_YEAR = 2017;

export class History {
  private readonly sets = new Map<number, CandidateSet>();
  private readonly credited = new Map<number, CreditedEntry[]>();

  private readonly mix: MixFactors;

  /** `candidateShare`: the share of supply rows that are linkage candidates (context.ts mixFactors); none = the samples' mix. */
  constructor(readonly seed: number, readonly scale: number, readonly regions: RegionTable, candidateShare?: number) {
    this.mix = mixFactors(candidateShare, regularSupplyCount, ordinarySupplyCount);
  }

  candidates(year: number): CandidateSet {
    if (year < FIRST_YEAR) throw new RangeError(`no linkage year before ${FIRST_YEAR}`);
    let set = this.sets.get(year);
    if (!set) {
      // Build the earlier years first (iteratively: no deep recursion for late years).
      for (let y = FIRST_YEAR; y < year; y++) if (!this.sets.has(y)) this.sets.set(y, this.build(y));
      set = this.build(year);
      this.sets.set(year, set);
    }
    return set;
  }

  creditedIn(year: number): CreditedEntry[] {
    if (year < FIRST_YEAR) return [];
    let list = this.credited.get(year);
    if (!list) {
      list = creditedEntries(year, this.candidates(year).candidates);
      this.credited.set(year, list);
    }
    return list;
  }

  /** The county whose deduction this year exceeds its quota, chosen from last year's plan. */
  carriedForward(year: number): CarriedForward | null {
    return year > FIRST_YEAR ? this.candidates(year).carried : null;
  }

  private build(year: number): CandidateSet {
    const set = emptySet({ year, seed: this.seed, scale: this.scale, regions: this.regions, usedIds: new Set(), volume: yearVolume(this.seed, year), mix: this.mix });
    set.carried = year > FIRST_YEAR ? chooseRevoked(this.creditedIn(year - 1), this.regions) : null;
    const exclude = set.carried ? [set.carried.countyCode] : [];
    addRegularCandidates(set, exclude);
    for (const key of branchKeys) {
      const builder = branchBuilders[key];
      if (!builder) continue;
      const kit: BranchKit = { set, rng: Rng.derive(this.seed, year, 'branch', key), exclude, creditedTwoYearsAgo: this.creditedIn(year - 2) };
      set.branches.push({ key, ids: builder(kit) });
    }
    if (set.carried) {
      const kit: BranchKit = { set, rng: Rng.derive(this.seed, year, 'branch', 'carried-forward-deduction'), exclude, creditedTwoYearsAgo: [] };
      const small = carriedForwardProject(kit, set.carried.countyCode, set.carried.revoked.shownHa);
      set.branches.push({
        key: 'carried-forward-deduction',
        ids: [set.carried.revoked.id, small],
        detail: { countyCode: set.carried.countyCode, revokedYear: year - 1 },
      });
    }
    return set;
  }
}

/**
 * The project revoked at the December start check: the largest supply project (categories 1–5) credited
 * last year in one of the smaller rural counties (县/县级市) — a small county losing its one big project, whose
 * double deduction then exceeds the county's quota (domain.md 决定 6).
 */
function chooseRevoked(lastYear: readonly CreditedEntry[], regions: RegionTable): CarriedForward | null {
  const small = new Set([...regions.all].filter((r) => r.rural).sort((a, b) => a.weight - b.weight)
    .slice(0, 25).map((r) => r.region.code));
  const pool = lastYear.filter((e) => e.kind === 'supply' && small.has(e.regionCode));
  const from = pool.length > 0 ? pool : lastYear.filter((e) => e.kind === 'supply');
  let best: CreditedEntry | null = null;
  for (const e of from) if (!best || e.shownHa.gt(best.shownHa)) best = e;
  return best ? { countyCode: best.regionCode, revoked: best } : null;
}
