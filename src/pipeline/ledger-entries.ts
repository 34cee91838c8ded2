// The ids credited this year, in the ledger's columns (outputs.md 台账; domain.md 决定 7), area rounded half-up
// as a single project's area is shown (决定 2).
import type { Policy } from '../policy/parameters.js';
import type { LedgerEntry } from './types.js';
import type { AnyProjectResult } from './status.js';

/** Credited projects of every category, the opt-in reward's too (a parcel is credited at most once, 决定 7). */
export function ledgerEntries(projects: readonly AnyProjectResult[], year: number, policy: Policy): LedgerEntry[] {
  return projects
    .filter((p) => p.status === 'credited' && p.countyCode !== null)
    .map((p) => ({ projectId: p.id, linkageYear: year, creditedHa: p.creditedHa.roundHalfUp(policy.roundingDecimals), countyCode: p.countyCode! }));
}
