// An opt-in policy extension (docs/用户手册.md §7): the 2023 opinion's reward for low-efficiency industrial land rectification,
// 《浙江省人民政府办公厅关于开展低效工业用地整治促进制造业高质量发展的意见》(2023年2月12日; docs/sources/004_e08dc3ae513174ab.txt)
// 四、(二) 加大创新激励: "加大低效工业用地整治指标奖励，将符合条件的整治项目纳入“增存挂钩”机制，按照合理比例奖励新增
// 建设用地计划指标". The seed text carries no 文号, so the article is cited by the opinion's short title.
//
// Off by default (policy.lowEfficiencyIndustrialReward.enabled); with it off nothing of this file changes a run.
// What qualifies (decided here, docs/decisions.md): a redevelopment record (低效用地再开发) with 再开发类型 = 工业用地提质,
// completed in year Y, whose rectification passed acceptance — shown by an 整治验收材料 in the evidence table (the
// redevelopment input has no acceptance column). Its area is the filed 改变用途面积 (the rectified parcel; an industrial
// upgrade changes no use, so the Measures' 二、2 "建筑面积 ÷ 容积率" does not apply); its quota = area ÷ the reward's own
// ratio. The Measures' exclusions for redevelopment carry over: government re-supply (then it is a supply filing of
// 1–4) and a 经营性房地产 new use (then it is no industrial rectification).
import { Exact } from '../domain/exact.js';
import type { RedevelopmentRow } from '../domain/rows.js';
import type { AreaOutcome } from './area.js';
import type { CategoryId } from './categories.js';
import type { EvidenceRequirement } from './evidence.js';
import type { RuleIssue } from './issues.js';
import type { Policy } from './parameters.js';
import type { RedevelopmentType } from '../domain/vocabulary.js';
import { commercialTermOf } from './exclusions.js';

/** The full title of the 2023 opinion (the seed text has no 文号). */
export const REWARD_DOCUMENT = '《浙江省人民政府办公厅关于开展低效工业用地整治促进制造业高质量发展的意见》（2023年2月12日）';
/** How the rules cite it. */
export const REWARD_ARTICLE = '低效工业用地整治意见（2023） 四、(二)';
/** The sentence implemented, for notes in the plan. */
export const REWARD_SENTENCE = '将符合条件的整治项目纳入“增存挂钩”机制，按照合理比例奖励新增建设用地计划指标';

export interface RewardPolicy {
  /** Off by default: the Measures alone decide the quota unless a policy file turns the reward on. */
  enabled: boolean;
  /** 整治面积 : 奖励增量 = ratio : 1 ("合理比例"; default 3, the Measures' own 3:1, see docs/decisions.md). */
  ratio: number;
}

export const defaultRewardPolicy: RewardPolicy = { enabled: false, ratio: 3 };

/** The reward's project category: not one of the Measures' seven, so it has its own id. */
export type RewardCategoryId = 'reward';
export const REWARD: RewardCategoryId = 'reward';
/** A project's category: one of the Measures' seven, or the reward (only when enabled). */
export type ProjectCategory = CategoryId | RewardCategoryId;

export const rewardCategory = {
  /** 项目明细 类别 */
  label: '奖励',
  name: '低效工业用地整治奖励（纳入“增存挂钩”）',
  short: '整治奖励',
  article: REWARD_ARTICLE,
} as const;

/** Where reward projects come from: the redevelopment records of type 工业用地提质 (the 2023 opinion's 整治项目). */
export const rewardSource = {
  input: 'redevelopment',
  path: '备案管理—低效用地—具体再开发项目—再开发类型—工业用地提质',
  redevelopmentType: 'industrial-upgrade' as RedevelopmentType,
  article: REWARD_ARTICLE,
} as const;

/** The order of categories in sorted output: 1–7, then the reward. */
export function categoryRank(c: ProjectCategory): number {
  return c === REWARD ? 8 : c;
}

export function isRewardCategory(c: ProjectCategory): c is RewardCategoryId {
  return c === REWARD;
}

/** A redevelopment record is a reward candidate when the reward is on and its 再开发类型 is 工业用地提质. */
export function isRewardCandidate(row: Pick<RedevelopmentRow, 'redevelopmentType'>, policy: Pick<Policy, 'lowEfficiencyIndustrialReward'>): boolean {
  return policy.lowEfficiencyIndustrialReward.enabled && row.redevelopmentType === rewardSource.redevelopmentType;
}

/**
 * "符合条件的整治项目": the rectification passed acceptance. One requirement: an 整治验收材料 (整治验收意见 / 验收报告)
 * whose stated location matches the project's 坐落 or is covered by a 同一地块证明 (domain.md 决定 5b, applied as for
 * every category). Missing → the reward's own finding code.
 */
export const rewardEvidenceRequirements: readonly EvidenceRequirement[] = [
  {
    id: 'acceptance', label: '低效工业用地整治通过验收的证明材料（整治验收意见、验收报告）', article: REWARD_ARTICLE,
    documents: ['rectification-acceptance'], otherProofAccepted: false, checks: ['location'],
    missingCode: 'reward-acceptance-missing',
  },
];

/** The fields a reward candidate's rules need (the rest of a 退二进三 record — floor area, plot ratio, new use — not). */
export const rewardRequiredFields = ['projectId', 'region', 'completedDate', 'changedUseAreaHa'] as const;

/** Exclusions that carry over from 一、6 (see the file comment): government re-supply, 经营性房地产. */
export function rewardExclusions(row: Pick<RedevelopmentRow, 'governmentResupply' | 'newUse'>, policy: Pick<Policy, 'commercialRealEstateUses' | 'socialHousingUses'>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (row.governmentResupply === 'yes') {
    issues.push({ code: 'reward-excluded-government-resupply', field: 'governmentResupply', value: '是', verdict: 'rejected' });
  }
  if (row.newUse !== null) {
    const term = commercialTermOf(row.newUse, policy);
    if (term !== null) issues.push({ code: 'reward-excluded-commercial-real-estate', field: 'newUse', value: row.newUse, expected: term, verdict: 'rejected' });
  }
  return issues;
}

/** The area a reward project is credited: the filed 改变用途面积 (公顷), which must be > 0. */
export function rewardArea(row: Pick<RedevelopmentRow, 'changedUseAreaHa'>): AreaOutcome {
  const area = row.changedUseAreaHa;
  if (area === null) return { areaHa: null, declaredHa: Exact.ZERO, issues: [] }; // classify reported the empty cell
  if (!area.gt(Exact.ZERO)) {
    return { areaHa: null, declaredHa: area, issues: [{ code: 'project-data-incomplete', field: 'changedUseAreaHa', value: area.toDecimalString(), expected: '> 0', verdict: 'pending' }] };
  }
  return { areaHa: area, declaredHa: area, issues: [] };
}

/** Reward quota = area ÷ the reward's ratio (exact). */
export function rewardQuotaOf(areaHa: Exact, reward: Pick<RewardPolicy, 'ratio'>): Exact {
  return areaHa.div(Exact.fromCellNumber(reward.ratio));
}
