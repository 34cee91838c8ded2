// Every number of the Measures and every decision of domain.md "Decisions" as a named parameter with its
// default and source. `--policy FILE` overrides them (validated in policy/load.ts).
import { defaultRewardPolicy, REWARD_ARTICLE, type RewardPolicy } from './reward.js';
import { guideCitation } from './guide-sections.js';

export interface Policy {
  /** 存量 : 增量 = ratio : 1 (浙土资发〔2017〕19号 三、挂钩比例). */
  ratio: number;
  /** 双倍扣减 (浙土资发〔2017〕19号 五、监督检查). */
  penaltyMultiplier: number;
  /** County figures rounded half-up to this many decimals of 公顷 (domain.md Decisions 2). */
  roundingDecimals: number;
  /** A surveyed area larger than the supply area is capped at the supply area (Decisions 4). */
  capSurveyedAtSupplyArea: boolean;
  /** Without a surveyed area, credit the declared stock area with a warning (Decisions 4); false → pending. */
  creditDeclaredWhenNoSurvey: boolean;
  /** 其他证明材料 may stand in for a category's proof document, with a warning (domain.md Evidence). */
  acceptOtherProof: boolean;
  /** Projects of a city that returned no workbook are counted (with a warning 未反馈); false → pending. */
  countWithoutCityFeedback: boolean;
  /**
   * 改变后用途 values that count as 经营性房地产 and exclude a project from category 6 (浙土资发〔2017〕19号 一、6:
   * "用作除经营性房地产以外的生产性服务业和生活性服务业"). A use is excluded when, after normalisation (spaces,
   * punctuation, full-width forms), it contains one of these terms. Added to the shared contract by the policy room.
   */
  commercialRealEstateUses: string[];
  /**
   * Opt-in extension (issue 6): the 2023 opinion's reward for low-efficiency industrial land rectification
   * (低效工业用地整治意见（2023） 四、(二) "按照合理比例奖励新增建设用地计划指标"), with its own ratio; off by default.
   * See policy/reward.ts. Added to the shared contract by brief I.
   */
  lowEfficiencyIndustrialReward: RewardPolicy;
}

export interface ParameterDoc { label: string; article: string }

export const defaultPolicy: Policy = {
  ratio: 3,
  penaltyMultiplier: 2,
  roundingDecimals: 4,
  capSurveyedAtSupplyArea: true,
  creditDeclaredWhenNoSurvey: true,
  acceptOtherProof: true,
  countWithoutCityFeedback: true,
  // 商品住宅 / 房地产开发 / 经营性房地产 are inputs.md's examples; 住宅 covers 城镇住宅用地 and every housing use
  // (the Measures want 生产性/生活性服务业, not housing); 商品房 and 商住 are the usual short forms in filings.
  commercialRealEstateUses: ['经营性房地产', '房地产开发', '商品住宅', '商品房', '住宅', '商住'],
  lowEfficiencyIndustrialReward: defaultRewardPolicy,
};

export const parameterDocs: Record<keyof Policy, ParameterDoc> = {
  ratio: { label: '挂钩比例（存量:增量 = N:1）', article: '浙土资发〔2017〕19号 三、挂钩比例' },
  penaltyMultiplier: { label: '扣减倍数（双倍扣减）', article: '浙土资发〔2017〕19号 五、监督检查' },
  roundingDecimals: { label: '县级数字四舍五入保留小数位（公顷）', article: guideCitation('exactArithmetic') },
  capSurveyedAtSupplyArea: { label: '测绘面积大于供地面积时以供地面积为限', article: guideCitation('surveyedArea') },
  creditDeclaredWhenNoSurvey: { label: '无测绘面积时按申报存量面积认定（附警告）', article: guideCitation('surveyedArea') },
  acceptOtherProof: { label: '“其他证明材料”可作为证明材料（附警告）', article: '审核要求表 第一至五类 审核要求 2' },
  countWithoutCityFeedback: { label: '设区市未反馈时仍计入（附警告）', article: '浙土资发〔2017〕19号 四、1' },
  commercialRealEstateUses: { label: '视为经营性房地产的改变后用途（含其一即排除）', article: '浙土资发〔2017〕19号 一、6' },
  // The 参数 sheet lists this row only when the reward is on (off → the workbook stays as it was before the extension).
  lowEfficiencyIndustrialReward: { label: '政策扩展：低效工业用地整治项目纳入增存挂钩奖励（整治面积:奖励指标 = N:1）', article: REWARD_ARTICLE },
};
