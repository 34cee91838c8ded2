// The generator's own reading of the area rules and statuses (domain.md), used to state in the manifest what
// compute should decide and to carry a year's credited projects into the next year's ledger and start check.
import { Exact } from '../../src/domain/exact.js';
import type { CategoryId } from '../../src/policy/categories.js';
import type { Candidate, EvidenceRecord, Expectation, ProjectStatus, RecordKind, SupplyRecord } from './model.js';

/**
 * Categories 1–5: the surveyed area (Measures 二、1), capped at the declared stock area (存量面积, else 供地面积;
 * domain.md 决定 4); without a survey the declared stock area (what 决定 4's opt-in would credit; by default such a
 * project is pending).
 */
export function supplyEligibleHa(r: SupplyRecord): Exact {
  const declared = r.stockHa ?? r.supplyHa;
  return r.surveyedHa ? r.surveyedHa.min(declared) : declared;
}

/** domain.md 决定 4: the credit never exceeds an area a proving document states (the category-6 materials' 载明面积). */
export function boundedByDocuments(areaHa: Exact, evidence: readonly EvidenceRecord[]): Exact {
  return evidence.reduce((m, e) => (e.statedM2 !== null ? m.min(e.statedM2.div(10_000)) : m), areaHa);
}

export function expectation(status: ProjectStatus, eligibleHa: Exact, creditedHa?: Exact): Expectation {
  return { status, eligibleHa, creditedHa: status === 'credited' ? (creditedHa ?? eligibleHa) : Exact.ZERO };
}

export function candidate(id: string, kind: RecordKind, category: CategoryId, regionCode: string, expect: Expectation, branch?: string): Candidate {
  return branch === undefined ? { id, kind, category, regionCode, expect } : { id, kind, category, regionCode, expect, branch };
}

/** A project credited in a year's plan: what the ledger and the next year's start check carry. */
export interface CreditedEntry {
  id: string;
  year: number;
  kind: RecordKind;
  category: CategoryId;
  regionCode: string;
  /** As shown in the plan: rounded half-up to 4 decimals of 公顷 (domain.md 决定 2). */
  shownHa: Exact;
}

export function creditedEntries(year: number, candidates: readonly Candidate[]): CreditedEntry[] {
  return candidates
    .filter((c) => c.expect.status === 'credited')
    .map((c) => ({ id: c.id, year, kind: c.kind, category: c.category, regionCode: c.regionCode, shownHa: c.expect.creditedHa.roundHalfUp(4) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Regions by the area credited to them so far this year, largest first: where a fraud or start-check deduction
 * is absorbed by the county's own quota (only the carried-forward county is meant to fall short, domain.md 决定 6).
 */
export function largestCreditedRegions(candidates: readonly Candidate[], n: number, exclude: readonly string[]): string[] {
  const sums = new Map<string, Exact>();
  for (const c of candidates) {
    if (c.expect.status !== 'credited' || exclude.includes(c.regionCode) || /00$/.test(c.regionCode)) continue;
    sums.set(c.regionCode, (sums.get(c.regionCode) ?? Exact.ZERO).add(c.expect.creditedHa));
  }
  return [...sums.entries()].sort((a, b) => b[1].cmp(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([code]) => code);
}
