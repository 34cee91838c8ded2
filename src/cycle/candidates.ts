// The spot-check population: the projects this year's run credits (status 'credited', domain.md Decisions 3) —
// the ones whose area turns into quota. Pending, rejected and fraud projects credit nothing and are not drawn.
// With the opt-in reward enabled (policy/reward.ts), its credited projects turn into quota too and are drawn like
// the others (an on-site check is how a misreported rectification is found).
import type { ComputeResult } from '../pipeline/types.js';
import { allProjects } from '../pipeline/all-projects.js';
import type { SpotCheckCandidate } from './risk.js';

/**
 * Findings about a missing city opinion: counted by the 'no-city-feedback' risk factor, so not again as a
 * warning (codes of src/findings/policy.ts; tests/cycle keeps this list in step with the catalogue).
 */
export const CITY_FEEDBACK_CODES: readonly string[] = ['city-feedback-none', 'city-feedback-missing'];

/** Deductions of the December start check of last year's projects (浙土资发〔2017〕19号 五), applied in this run. */
const START_CHECK_REASONS: readonly string[] = ['revoked', 'not-started'];

export function spotCheckCandidates(result: ComputeResult): SpotCheckCandidate[] {
  const penalised = new Set(result.deductions.filter((d) => START_CHECK_REASONS.includes(d.reason)).map((d) => d.countyCode));
  return allProjects(result)
    .filter((p) => p.status === 'credited' && p.countyCode !== null)
    .map((p) => ({
      id: p.id,
      countyCode: p.countyCode!,
      projectName: p.projectName,
      location: p.location,
      category: p.category,
      creditedHa: p.creditedHa,
      warningCodes: [...new Set(p.findings
        .filter((f) => f.severity !== 'info' && !CITY_FEEDBACK_CODES.includes(f.code))
        .map((f) => f.code))].sort(),
      cityOpinion: p.cityOpinion,
      countyPenalised: penalised.has(p.countyCode!),
    }));
}
