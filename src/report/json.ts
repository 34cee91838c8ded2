// The `--json` document of `compute` (outputs.md "--json (compute)"): keys in that order, areas as numbers in
// 公顷 from the rounded values, findings with their Chinese message. 2-space indentation, trailing newline,
// byte-identical across runs (everything in ComputeResult is already sorted). Keys added after the spec's (additive
// only): a county's sanction measures (浙土资发〔2017〕19号 五), a project's name, eligible area, city opinion and
// inspection conclusion, a deduction's exact basis (domain.md 决定 5, 5c, 6) and its source row.
import type { Exact } from '../domain/exact.js';
import { jsonText, type JsonList } from '../domain/json-text.js';
import { messageOf } from '../findings/index.js';
import { categoryIds } from '../policy/categories.js';
import type { ComputeResult, Figures, ProjectResult, RewardProjectResult } from '../pipeline/types.js';
import { REWARD_ARTICLE, REWARD_DOCUMENT } from '../policy/reward.js';
import { sanctions as sanctionMeasures } from '../policy/supervision.js';

/** How the document's long lists (projects, deductions, findings) are made: arrays, or JsonLists that jsonChunks makes
 *  a batch at a time (src/app/compute.ts). */
export type ListMaker = <S, T>(items: readonly S[], make: (item: S) => T) => readonly T[] | JsonList<T>;

const arrays: ListMaker = (items, make) => items.map((item) => make(item));

export function toJsonDocument(result: ComputeResult, list: ListMaker = arrays): object {
  const d = result.policy.roundingDecimals;
  // County figures are already rounded (决定 2); project and deduction areas are rounded here, as shown.
  const ha = (v: Exact): number => v.roundHalfUp(d).toNumber(d);
  // The opt-in reward (policy/reward.ts) adds keys after the spec's, only when enabled: off → the document is as before.
  const reward = (f: Figures) => (f.reward ? { rewardAreaHa: ha(f.reward.areaHa), rewardQuotaHa: ha(f.reward.quotaHa) } : {});
  const figures = (f: Figures) => ({
    creditedHa: ha(f.creditedHa), quotaHa: ha(f.quotaHa), deductionHa: ha(f.deductionHa),
    netQuotaHa: ha(f.netQuotaHa), carriedDeductionHa: ha(f.carriedDeductionHa), ...reward(f),
  });
  const rewardPolicy = result.reward ? { lowEfficiencyIndustrialReward: { enabled: true, ratio: result.reward.policy.ratio } } : {};
  return {
    year: result.year,
    policy: { ratio: result.policy.ratio, penaltyMultiplier: result.policy.penaltyMultiplier, roundingDecimals: d, ...rewardPolicy },
    province: figures(result.province),
    cities: result.cities.map((c) => ({ code: c.code, name: c.name, ...figures(c) })),
    counties: result.counties.map((c) => {
      const f = figures(c);
      return {
        code: c.code, name: c.name, cityCode: c.cityCode,
        creditedHa: f.creditedHa,
        byCategory: Object.fromEntries(categoryIds.map((id) => [String(id), ha(c.byCategory[id])])),
        quotaHa: f.quotaHa, deductionHa: f.deductionHa, netQuotaHa: f.netQuotaHa, carriedDeductionHa: f.carriedDeductionHa,
        sanctioned: c.sanctioned, ...reward(c),
        sanctions: c.sanctions.map((s) => ({ id: s, label: sanctionMeasures[s].label })),
      };
    }),
    projects: list(result.projects, projectJson),
    deductions: list(result.deductions, (x) => ({
      id: x.id, countyCode: x.countyCode, year: x.year, reason: x.reason, projectQuotaHa: ha(x.projectQuotaHa), deductionHa: ha(x.deductionHa),
      // The exact basis: deductionHa = round(basisHa ÷ ratio × multiplier) (决定 2), so the figures reconcile.
      basis: x.basis, basisHa: Number(x.basisHa.toDecimalString(10)), ratio: x.ratio, multiplier: x.multiplier,
      source: { file: x.source.file, sheet: x.source.sheet ?? null, row: x.source.row },
    })),
    findings: list(result.findings, (f) => ({
      severity: f.severity, code: f.code, message: messageOf(f), id: f.projectId ?? null,
      file: f.location.file ?? null, sheet: f.location.sheet ?? null, row: f.location.row ?? null, column: f.location.column ?? null,
    })),
    ...(result.reward ? {
      reward: {
        article: REWARD_ARTICLE, document: REWARD_DOCUMENT, ratio: result.reward.policy.ratio,
        projects: result.reward.projects.map(projectJson),
      },
    } : {}),
  };

  function projectJson(p: ProjectResult | RewardProjectResult) {
    return {
      id: p.id, countyCode: p.countyCode, category: p.category, declaredHa: ha(p.declaredHa), creditedHa: ha(p.creditedHa),
      status: p.status, findings: [...new Set(p.findings.map((f) => f.code))],
      name: p.projectName, eligibleHa: ha(p.eligibleHa), cityOpinion: p.cityOpinion, inspection: p.inspection,
    };
  }
}

export function renderJson(result: ComputeResult): string {
  return jsonText(toJsonDocument(result));
}
