// Stage 10 — net quota and carried-forward deduction (domain.md 决定 2, 6): a county's deduction is the exact sum
// of its projects' deductions, rounded once; net = max(0, quota − deduction) and carried = max(0, deduction −
// quota), both from the rounded figures, so net + deduction − carried = quota always holds.
import { Exact } from '../domain/exact.js';
import { regionByCode } from '../domain/divisions.js';
import { finding } from '../findings/index.js';
import type { Finding } from '../findings/types.js';
import type { Policy } from '../policy/parameters.js';
import { netOf, roundFigure } from '../policy/quota.js';
import { compareText } from '../policy/text.js';
import type { StageResult } from './draft.js';
import { zeroByCategory, type CountyCredit } from './quota.js';
import type { CountyResult, DeductionResult, RewardFigures } from './types.js';
import { zeroReward } from './reward.js';

/**
 * @param rewards the opt-in reward's county figures (pipeline/reward.ts), given only when the reward is enabled: then
 *   every county carries reward figures, a county with only reward projects is listed, and the reward quota is added
 *   to the quota the deduction is taken from (net = max(0, quota + reward quota − deduction)).
 */
export function netQuota(
  credits: readonly CountyCredit[], deductions: readonly DeductionResult[], policy: Policy, rewards?: ReadonlyMap<string, RewardFigures>,
): StageResult<CountyResult[]> {
  const byCode = new Map(credits.map((c) => [c.code, c]));
  const deducted = new Map<string, Exact>();
  for (const d of deductions) deducted.set(d.countyCode, (deducted.get(d.countyCode) ?? Exact.ZERO).add(d.deductionHa));
  const codes = [...new Set([...byCode.keys(), ...deducted.keys(), ...(rewards?.keys() ?? [])])].sort(compareText);
  const findings: Finding[] = [];
  const value = codes.map((code): CountyResult => {
    const credit = byCode.get(code);
    const region = regionByCode(code);
    const quotaHa = credit?.quotaHa ?? Exact.ZERO;
    const deductionHa = roundFigure(deducted.get(code) ?? Exact.ZERO, policy);
    const reward = rewards ? rewards.get(code) ?? zeroReward() : undefined;
    const grantedHa = reward ? quotaHa.add(reward.quotaHa) : quotaHa;
    const { netQuotaHa, carriedDeductionHa } = netOf(grantedHa, deductionHa);
    const name = region?.name ?? code;
    if (!carriedDeductionHa.isZero()) {
      findings.push(finding('deduction-carried-forward', {}, {
        params: { county: name, countyCode: code, quota: grantedHa.toFixed(policy.roundingDecimals), deduction: deductionHa.toFixed(policy.roundingDecimals), carried: carriedDeductionHa.toFixed(policy.roundingDecimals) },
      }));
    }
    return {
      code, name, cityCode: region?.cityCode ?? '',
      creditedHa: credit?.creditedHa ?? Exact.ZERO,
      byCategory: credit?.byCategory ?? zeroByCategory(),
      quotaHa, deductionHa, netQuotaHa, carriedDeductionHa,
      sanctioned: false, sanctions: [],
      ...(reward ? { reward } : {}),
    };
  });
  return { value, findings };
}
