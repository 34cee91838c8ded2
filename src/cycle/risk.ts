// Who gets spot-checked more often (浙土资发〔2017〕19号 四、2 "组织开展实地抽查"; docs/yearly-cycle.md). The Measures do not say
// how to choose the projects; landlink draws at random, weighted toward risk. The factors and their points are
// data (docs/yearly-cycle.md lists them); a candidate's weight is BASE_WEIGHT + the points of its factors.
import { Exact } from '../domain/exact.js';
import { isRewardCategory, type ProjectCategory } from '../policy/reward.js';
import type { CityOpinion } from '../domain/vocabulary.js';

export const SPOT_CHECK_ARTICLE = '浙土资发〔2017〕19号 四、2';

export interface SpotCheckCandidate {
  id: string;
  countyCode: string;
  projectName: string;
  location: string;
  /** One of the Measures' seven, or 'reward' (the opt-in extension of policy/reward.ts, when enabled). */
  category: ProjectCategory;
  /** The area this year's run credits (exact). */
  creditedHa: Exact;
  /** Codes of the warning- and error-level findings on the project. */
  warningCodes: readonly string[];
  /** null: the project's city returned no review workbook (未反馈). */
  cityOpinion: CityOpinion | null;
  /** The county is penalised this year for last year's projects (start-check deductions: revoked, not started without proof). */
  countyPenalised: boolean;
}

export type RiskFactorId = 'large-area' | 'warnings' | 'no-city-feedback' | 'category-6-7' | 'county-penalised';

export interface RiskContext {
  /** Candidates at or above this credited area count as large (the top quarter of the year's candidates). */
  largeAreaThreshold: Exact;
}

export interface RiskFactor {
  label: string;
  points: number;
  /** Why it raises the risk, for the workbook's 抽查说明 sheet. */
  why: string;
  applies(c: SpotCheckCandidate, ctx: RiskContext): boolean;
}

/** Weight of a candidate with no risk factor. */
export const BASE_WEIGHT = 1;

export const riskFactors: Record<RiskFactorId, RiskFactor> = {
  'large-area': {
    label: '面积较大', points: 2,
    why: '认定面积位于本年度候选项目的前 25%：面积大，错报的指标影响大（挂钩比例 3:1，浙土资发〔2017〕19号 三）',
    applies: (c, ctx) => c.creditedHa.gte(ctx.largeAreaThreshold),
  },
  'warnings': {
    label: '有警告', points: 1,
    why: '项目有警告级问题（如面积未经测绘核实、仅有“其他证明材料”）',
    applies: (c) => c.warningCodes.length > 0,
  },
  'no-city-feedback': {
    label: '设区市未反馈', points: 1,
    why: '设区市未返回审核意见（浙土资发〔2017〕19号 四、1），项目未经市级审核（整治奖励项目不经设区市审核，不计此项）',
    applies: (c) => c.cityOpinion === null && !isRewardCategory(c.category),
  },
  'category-6-7': {
    label: '第六、七类', points: 1,
    why: '“退二进三”与增减挂钩复垦项目不在供地备案中，面积按建筑面积÷容积率或验收文件核定（浙土资发〔2017〕19号 二、2、3）',
    applies: (c) => c.category === 6 || c.category === 7,
  },
  'county-penalised': {
    label: '所在县受过扣减', points: 2,
    why: '所在县（市、区）上一年度挂钩项目在开工核查中已撤销或未开工且无合理证明，本年度被双倍扣减（浙土资发〔2017〕19号 五）',
    applies: (c) => c.countyPenalised,
  },
};

export const riskFactorIds = Object.keys(riskFactors) as RiskFactorId[];

/**
 * The large-area threshold: the smallest credited area among the largest quarter of the candidates (at least
 * one), so about the top quarter count as large (ties at the threshold included). No candidates → zero.
 */
export function largeAreaThreshold(areas: readonly Exact[]): Exact {
  if (areas.length === 0) return Exact.ZERO;
  const sorted = [...areas].sort((a, b) => a.cmp(b));
  const largest = Math.max(1, Math.floor(sorted.length / 4));
  return sorted[sorted.length - largest]!;
}

export interface WeightedCandidate extends SpotCheckCandidate {
  weight: number;
  factors: RiskFactorId[];
}

export function weighCandidates(candidates: readonly SpotCheckCandidate[]): { weighted: WeightedCandidate[]; context: RiskContext } {
  const context: RiskContext = { largeAreaThreshold: largeAreaThreshold(candidates.map((c) => c.creditedHa)) };
  const weighted = candidates.map((c) => {
    const factors = riskFactorIds.filter((id) => riskFactors[id].applies(c, context));
    const weight = BASE_WEIGHT + factors.reduce((sum, id) => sum + riskFactors[id].points, 0);
    return { ...c, weight, factors };
  });
  return { weighted, context };
}
