// Stage 8 — county quota (浙土资发〔2017〕19号 三、挂钩比例; domain.md 决定 1, 2): a county's credited area is the
// exact sum of its credited projects; quota = exact credited ÷ ratio; each rounded half-up once, to
// policy.roundingDecimals of 公顷. Counties listed: every county with a project (any status).
import { Exact } from '../domain/exact.js';
import { categoryIds, type CategoryId } from '../policy/categories.js';
import type { Policy } from '../policy/parameters.js';
import { quotaOf, roundFigure } from '../policy/quota.js';
import { compareText } from '../policy/text.js';
import type { StageResult } from './draft.js';
import type { ProjectResult } from './types.js';

export interface CountyCredit {
  code: string;
  /** Rounded figures (决定 2). byCategory adds up to creditedHa exactly (see apportion). */
  creditedHa: Exact;
  byCategory: Record<CategoryId, Exact>;
  quotaHa: Exact;
  /** The exact, unrounded credited area (for checks and property tests). */
  creditedExactHa: Exact;
}

export function zeroByCategory(): Record<CategoryId, Exact> {
  return { 1: Exact.ZERO, 2: Exact.ZERO, 3: Exact.ZERO, 4: Exact.ZERO, 5: Exact.ZERO, 6: Exact.ZERO, 7: Exact.ZERO };
}

export function countyQuota(projects: readonly ProjectResult[], policy: Policy): StageResult<CountyCredit[]> {
  const exact = new Map<string, Record<CategoryId, Exact>>();
  for (const p of projects) {
    if (p.countyCode === null) continue;
    const byCat = exact.get(p.countyCode) ?? zeroByCategory();
    if (p.status === 'credited') byCat[p.category] = byCat[p.category].add(p.creditedHa);
    exact.set(p.countyCode, byCat);
  }
  const value = [...exact.entries()].sort(([a], [b]) => compareText(a, b)).map(([code, byCat]): CountyCredit => {
    const creditedExactHa = Exact.sum(categoryIds.map((c) => byCat[c]));
    const creditedHa = roundFigure(creditedExactHa, policy);
    return {
      code,
      creditedHa,
      byCategory: apportion(byCat, creditedHa, policy.roundingDecimals),
      quotaHa: roundFigure(quotaOf(creditedExactHa, policy), policy),
      creditedExactHa,
    };
  });
  return { value, findings: [] };
}

/**
 * The per-category columns of a county, rounded so that they add up to its rounded credited area (outputs.md
 * 汇总/分县: "every total in every sheet reconciles"): each category is floored to the rounding unit and the
 * units left over go to the largest remainders (ties: the lower category). With areas in whole m² nothing moves.
 */
export function apportion(exact: Record<CategoryId, Exact>, roundedTotal: Exact, decimals: number): Record<CategoryId, Exact> {
  const scale = 10n ** BigInt(decimals);
  const floors = new Map<CategoryId, bigint>();
  const remainders: { c: CategoryId; r: Exact }[] = [];
  for (const c of categoryIds) {
    const v = exact[c];
    const units = (v.numerator * scale) / v.denominator; // floor: areas are never negative
    floors.set(c, units);
    remainders.push({ c, r: v.mul(Exact.of(scale)).sub(Exact.of(units)) });
  }
  const totalUnits = (roundedTotal.numerator * scale) / roundedTotal.denominator;
  let left = totalUnits - [...floors.values()].reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => b.r.cmp(a.r) || a.c - b.c);
  for (const { c } of remainders) {
    if (left <= 0n) break;
    floors.set(c, floors.get(c)! + 1n);
    left -= 1n;
  }
  const out = zeroByCategory();
  for (const c of categoryIds) out[c] = Exact.of(floors.get(c)!, scale);
  return out;
}
