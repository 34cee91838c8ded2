// Every project a run decided on: the Measures' seven categories, then — with the opt-in reward on
// (policy/reward.ts) — the reward's. The plan's 项目明细 lists them in this order; the spot-check draw takes its
// population from them.
import type { ComputeResult, ProjectResult, RewardProjectResult } from './types.js';

export type AnyProject = ProjectResult | RewardProjectResult;

/** The Measures' projects in id order, then the reward's in id order (the same array when the reward is off). */
export function allProjects(result: ComputeResult): readonly AnyProject[] {
  return result.reward ? [...result.projects, ...result.reward.projects] : result.projects;
}
