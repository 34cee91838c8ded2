// The quota arithmetic of the Measures, exact (domain.md 决定 2): 三、挂钩比例 "存量与增量3:1"; 五 "双倍扣减对应
// 项目的年度新增建设用地指标"; 决定 6: the net quota never goes below 0, the rest is carried forward.
import { Exact } from '../domain/exact.js';
import type { Policy } from './parameters.js';

/** 三、挂钩比例: quota = stock area ÷ ratio (exact). */
export function quotaOf(areaHa: Exact, policy: Pick<Policy, 'ratio'>): Exact {
  return areaHa.div(Exact.fromCellNumber(policy.ratio));
}

/** 五、监督检查: a project's deduction = multiplier × (its area ÷ ratio) (exact). */
export function deductionOf(areaHa: Exact, policy: Pick<Policy, 'ratio' | 'penaltyMultiplier'>): { projectQuotaHa: Exact; deductionHa: Exact } {
  const projectQuotaHa = quotaOf(areaHa, policy);
  return { projectQuotaHa, deductionHa: projectQuotaHa.mul(Exact.fromCellNumber(policy.penaltyMultiplier)) };
}

/** 决定 6, from the rounded county figures: net = max(0, quota − deduction), carried = max(0, deduction − quota). */
export function netOf(quotaHa: Exact, deductionHa: Exact): { netQuotaHa: Exact; carriedDeductionHa: Exact } {
  const diff = quotaHa.sub(deductionHa);
  return diff.isNegative()
    ? { netQuotaHa: Exact.ZERO, carriedDeductionHa: diff.neg() }
    : { netQuotaHa: diff, carriedDeductionHa: Exact.ZERO };
}

/** 决定 2: a county figure rounded half-up to policy.roundingDecimals of 公顷. */
export function roundFigure(value: Exact, policy: Pick<Policy, 'roundingDecimals'>): Exact {
  return value.roundHalfUp(policy.roundingDecimals);
}
