// Stage 8b — the opt-in reward's county figures (低效工业用地整治意见（2023） 四、(二) "按照合理比例奖励新增建设用地计划
// 指标"; policy/reward.ts): per county, the exact sum of its credited reward projects, and the reward quota = that
// exact area ÷ the reward's ratio, each rounded half-up once (domain.md 决定 2), like the Measures' own figures.
import { Exact } from '../domain/exact.js';
import type { Policy } from '../policy/parameters.js';
import { roundFigure } from '../policy/quota.js';
import { rewardQuotaOf } from '../policy/reward.js';
import type { RewardFigures, RewardProjectResult } from './types.js';

export function zeroReward(): RewardFigures {
  return { areaHa: Exact.ZERO, quotaHa: Exact.ZERO };
}

export function addReward(a: RewardFigures, b: RewardFigures): RewardFigures {
  return { areaHa: a.areaHa.add(b.areaHa), quotaHa: a.quotaHa.add(b.quotaHa) };
}

/** Every county with a reward project (any status), its rounded reward figures. */
export function rewardCredits(projects: readonly RewardProjectResult[], policy: Policy): Map<string, RewardFigures> {
  const exact = new Map<string, Exact>();
  for (const p of projects) {
    if (p.countyCode === null) continue;
    const sum = exact.get(p.countyCode) ?? Exact.ZERO;
    exact.set(p.countyCode, p.status === 'credited' ? sum.add(p.creditedHa) : sum);
  }
  const out = new Map<string, RewardFigures>();
  for (const [code, area] of exact) {
    out.set(code, {
      areaHa: roundFigure(area, policy),
      quotaHa: roundFigure(rewardQuotaOf(area, policy.lowEfficiencyIndustrialReward), policy),
    });
  }
  return out;
}
