// The regular linkage candidates of a year: complete, eligible projects of every category, spread over the
// regions by weight (domain.md "The seven linkage categories"). Branches (branches.ts) add the deliberate cases.
import type { CategoryId } from '../../src/policy/categories.js';
import { scaled, type YearContext } from './context.js';
import { redevelopmentEvidence, reclamationEvidence, supplyEvidence } from './evidence.js';
import { boundedByDocuments, candidate, expectation, supplyEligibleHa, type CreditedEntry } from './expect.js';
import { conclusionLabel, inspectionMethodLabel } from './labels.js';
import type {
  BranchResult, Candidate, EvidenceRecord, InspectionRecord, ReclamationRecord, RedevelopmentRecord, SupplyRecord,
} from './model.js';
import { Rng } from './prng.js';
import { makeSupply, type SupplyProfile } from './supply.js';
import { makeReclamation, makeRedevelopment, reclamationAreaHa, redevelopmentAreaHa } from './works.js';

/** The deduction that a county cannot absorb this year (domain.md 决定 6), prepared from last year's plan. */
export interface CarriedForward {
  countyCode: string;
  /** The year-(Y−1) project revoked at the December start check (Measures 五). */
  revoked: CreditedEntry;
}

/** The linkage side of one year: candidates with their rows, evidence and inspections. */
export interface CandidateSet {
  ctx: YearContext;
  supply: SupplyRecord[];
  redevelopment: RedevelopmentRecord[];
  reclamation: ReclamationRecord[];
  evidence: EvidenceRecord[];
  inspection: InspectionRecord[];
  candidates: Candidate[];
  branches: BranchResult[];
  carried: CarriedForward | null;
}

type RegularKey = '1' | '2' | '3' | '4' | '5-requisition' | '5-collective-filing' | '6' | '7';

/** Regular candidates per category at scale 1 (≈ 310 supply candidates of 1–5; categories 6 and 7 besides). */
export const regularCounts: Record<RegularKey, number> = {
  '1': 90, '2': 30, '3': 55, '4': 75, '5-requisition': 35, '5-collective-filing': 25, '6': 70, '7': 110,
};

/** Regular candidates that the province's inspection confirms (属实), at scale 1. */
const confirmedInspections = 20;

export function emptySet(ctx: YearContext): CandidateSet {
  return { ctx, supply: [], redevelopment: [], reclamation: [], evidence: [], inspection: [], candidates: [], branches: [], carried: null };
}

export function addRegularCandidates(set: CandidateSet, exclude: readonly string[]): void {
  const { ctx } = set;
  const via5: Record<'requisition' | 'collective-filing', string[]> = { requisition: [], 'collective-filing': [] };
  for (const key of Object.keys(regularCounts) as RegularKey[]) {
    const rng = Rng.derive(ctx.seed, ctx.year, 'regular', key);
    const n = scaled(ctx, regularCounts[key]);
    for (let i = 0; i < n; i++) {
      if (key === '6') {
        const r = makeRedevelopment(ctx, rng, ctx.regions.pick(rng, { exclude }), 'secondary-to-tertiary');
        set.redevelopment.push(r);
        const ev = redevelopmentEvidence(ctx, rng, r);
        set.evidence.push(...ev);
        set.candidates.push(candidate(r.id, 'redevelopment', 6, r.regionCode, expectation('credited', boundedByDocuments(redevelopmentAreaHa(r), ev))));
      } else if (key === '7') {
        const r = makeReclamation(ctx, rng, ctx.regions.pick(rng, { exclude, countiesOnly: true, rural: true }));
        set.reclamation.push(r);
        set.evidence.push(...reclamationEvidence(ctx, rng, r));
        set.candidates.push(candidate(r.id, 'reclamation', 7, r.regionCode, expectation('credited', reclamationAreaHa(r))));
      } else {
        const profile = supplyProfile(key);
        const r = makeSupply(ctx, rng, profile, ctx.regions.pick(rng, { exclude }));
        const via = profile.category === 5 ? profile.via : undefined;
        set.supply.push(r);
        set.evidence.push(...supplyEvidence(ctx, rng, r, profile.category, via));
        set.candidates.push(candidate(r.id, 'supply', profile.category, r.regionCode, expectation('credited', supplyEligibleHa(r))));
        if (via) via5[via].push(r.id);
      }
    }
  }
  const byCategory = new Map<CategoryId, string[]>();
  for (const c of set.candidates) {
    const list = byCategory.get(c.category);
    if (list) list.push(c.id);
    else byCategory.set(c.category, [c.id]);
  }
  for (const category of [1, 2, 3, 4, 5, 6, 7] as const) {
    set.branches.push({ key: `category-${category}-credited`, ids: [...(byCategory.get(category) ?? [])].sort() });
  }
  for (const via of ['requisition', 'collective-filing'] as const) set.branches.push({ key: `category-5-${via}`, ids: via5[via].sort() });

  const rng = Rng.derive(ctx.seed, ctx.year, 'inspection-confirmed');
  const picked = rng.sample(set.candidates, scaled(ctx, confirmedInspections)).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of picked) {
    const desk = rng.chance(0.7);
    set.inspection.push({
      projectId: c.id,
      method: inspectionMethodLabel(desk ? 'desk' : 'onsite'),
      conclusion: conclusionLabel('confirmed'),
      verifiedHa: null,
      note: desk ? rng.pick(['材料齐全，与系统填报一致', '复核材料无误'] as const) : rng.pick(['实地查看与申报一致', '现场核实地块范围与申报一致'] as const),
    });
  }
  set.branches.push({ key: 'inspection-confirmed', ids: picked.map((c) => c.id) });
}

function supplyProfile(key: Exclude<RegularKey, '6' | '7'>): Extract<SupplyProfile, { kind: 'category' }> {
  switch (key) {
    case '5-requisition': return { kind: 'category', category: 5, via: 'requisition' };
    case '5-collective-filing': return { kind: 'category', category: 5, via: 'collective-filing' };
    default: return { kind: 'category', category: Number(key) as 1 | 2 | 3 | 4 };
  }
}
