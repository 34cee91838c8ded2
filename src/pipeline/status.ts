// Stage 7 — status (domain.md 决定 3): fraud (弄虚作假) over rejected (不予认定) over pending (待补正) over credited
// (认定). Only a credited project's area counts. eligibleHa — the area it would be credited with all evidence in
// order — is the rule's area after any document bound (决定 4) and 面积核减, and 0 when a rule refuses the project
// outright. A fraud deduction is based on the declared area instead (决定 5; deductions.ts).
import { Exact } from '../domain/exact.js';
import type { ProjectResult, ProjectStatus, RewardProjectResult } from './types.js';
import { isRewardCategory } from '../policy/reward.js';
import { mergeFindings } from './order.js';
import type { ProjectDraft, StageResult } from './draft.js';

export function statusOf(verdicts: readonly string[]): ProjectStatus {
  if (verdicts.includes('fraud')) return 'fraud';
  if (verdicts.includes('rejected')) return 'rejected';
  if (verdicts.includes('pending')) return 'pending';
  return 'credited';
}

/** A project of any category: the Measures' seven or the opt-in reward (split by splitReward). */
export type AnyProjectResult = ProjectResult | RewardProjectResult;

/** The Measures' projects and the reward's, each in the drafts' order. */
export function splitReward(projects: readonly AnyProjectResult[]): { projects: ProjectResult[]; reward: RewardProjectResult[] } {
  const out = { projects: [] as ProjectResult[], reward: [] as RewardProjectResult[] };
  for (const p of projects) {
    if (isRewardCategory(p.category)) out.reward.push(p as RewardProjectResult);
    else out.projects.push(p as ProjectResult);
  }
  return out;
}

export function status(drafts: readonly ProjectDraft[]): StageResult<AnyProjectResult[]> {
  // category: one of the seven or 'reward' — the object is a ProjectResult or a RewardProjectResult accordingly.
  const value = drafts.map((d): AnyProjectResult => {
    const s = statusOf(d.verdicts);
    const ruleHa = d.verifiedHa ?? d.ruleHa ?? Exact.ZERO;
    const eligibleHa = d.verdicts.includes('rejected') ? Exact.ZERO : ruleHa;
    return {
      id: d.id,
      countyCode: d.countyCode,
      projectName: d.projectName,
      location: d.location,
      category: d.category,
      declaredHa: d.declaredHa,
      creditedHa: s === 'credited' ? eligibleHa : Exact.ZERO,
      eligibleHa,
      status: s,
      cityOpinion: d.cityOpinion,
      inspection: d.inspection,
      findings: mergeFindings(d.findings),
      source: d.source,
    };
  });
  return { value, findings: [] };
}
