// Cities and the province (domain.md 决定 1, 2): sums of their counties' rounded figures, so every total
// reconciles. All 11 cities are always listed, in the fixed order 杭州 … 丽水 (outputs.md 汇总).
import { Exact } from '../domain/exact.js';
import { cities } from '../domain/divisions.js';
import { categoryIds } from '../policy/categories.js';
import { zeroByCategory } from './quota.js';
import { addReward, zeroReward } from './reward.js';
import type { CityResult, CountyResult, Figures } from './types.js';

/** @param withReward the opt-in reward is enabled: the figures carry reward figures (zero). */
export function zeroFigures(withReward = false): Figures {
  const f: Figures = { creditedHa: Exact.ZERO, byCategory: zeroByCategory(), quotaHa: Exact.ZERO, deductionHa: Exact.ZERO, netQuotaHa: Exact.ZERO, carriedDeductionHa: Exact.ZERO };
  if (withReward) f.reward = zeroReward();
  return f;
}

export function addFigures(a: Figures, b: Figures): Figures {
  const byCategory = zeroByCategory();
  for (const c of categoryIds) byCategory[c] = a.byCategory[c].add(b.byCategory[c]);
  const sum: Figures = {
    creditedHa: a.creditedHa.add(b.creditedHa), byCategory, quotaHa: a.quotaHa.add(b.quotaHa), deductionHa: a.deductionHa.add(b.deductionHa),
    netQuotaHa: a.netQuotaHa.add(b.netQuotaHa), carriedDeductionHa: a.carriedDeductionHa.add(b.carriedDeductionHa),
  };
  if (a.reward || b.reward) sum.reward = addReward(a.reward ?? zeroReward(), b.reward ?? zeroReward());
  return sum;
}

function figuresOf(f: Figures): Figures {
  const out: Figures = { creditedHa: f.creditedHa, byCategory: f.byCategory, quotaHa: f.quotaHa, deductionHa: f.deductionHa, netQuotaHa: f.netQuotaHa, carriedDeductionHa: f.carriedDeductionHa };
  if (f.reward) out.reward = f.reward;
  return out;
}

/** @param withReward the opt-in reward is enabled: every city and the province carry reward figures. */
export function aggregate(counties: readonly CountyResult[], withReward = false): { cities: CityResult[]; province: Figures } {
  const cityResults = cities.map((city): CityResult => {
    const own = counties.filter((c) => c.cityCode === city.code);
    const sum = own.reduce((acc, c) => addFigures(acc, figuresOf(c)), zeroFigures(withReward));
    return { code: city.code, name: city.name, ...sum, sanctionedCounties: own.filter((c) => c.sanctioned).length };
  });
  const province = cityResults.reduce((acc, c) => addFigures(acc, figuresOf(c)), zeroFigures(withReward));
  return { cities: cityResults, province };
}
