// Every number of the Measures and every decision of domain.md "Decisions" as a named parameter with its
// default and source. `--policy FILE` overrides them (validated in policy/load.ts).
import { defaultRewardPolicy, REWARD_ARTICLE, type RewardPolicy } from './reward.js';
import { guideCitation } from '../domain/guide-sections.js';

export interface Policy {
  /** 存量 : 增量 = ratio : 1 (浙土资发〔2017〕19号 三、挂钩比例). */
  ratio: number;
  /** 双倍扣减 (浙土资发〔2017〕19号 五、监督检查). */
  penaltyMultiplier: number;
  /** County figures rounded half-up to this many decimals of 公顷 (domain.md Decisions 2). */
  roundingDecimals: number;
  /**
   * A surveyed area larger than the declared stock area (存量面积, else 供地面积) is capped at it (Decisions 4).
   * The key keeps its earlier name so that policy files written for earlier versions still load.
   */
  capSurveyedAtSupplyArea: boolean;
  /**
   * Opt-in (Decisions 4): without a surveyed area, credit the declared stock area with a warning. Default false:
   * "存量土地面积按项目权属测绘资料进行核定" (二、1) has no fallback, so the project is pending (待补正).
   */
  creditDeclaredWhenNoSurvey: boolean;
  /** 其他证明材料 may stand in for a category's proof document, with a warning (domain.md Evidence). */
  acceptOtherProof: boolean;
  /** Projects of a city that returned no workbook are counted (with a warning 未反馈); false → pending. */
  countWithoutCityFeedback: boolean;
  /**
   * 改变后用途 values that count as 经营性房地产 and exclude a project from category 6 (浙土资发〔2017〕19号 一、6:
   * "用作除经营性房地产以外的生产性服务业和生活性服务业"). A use is excluded when, after normalisation (spaces,
   * punctuation, full-width forms), it contains one of these terms (docs/spec/domain.md Decision 8; docs/decisions.md).
   */
  commercialRealEstateUses: string[];
  /**
   * 改变后用途 terms of social housing (保障性住房, 保障性租赁住房, 人才公寓 …), which are not 经营性房地产 (domain.md
   * 决定 8): they are taken out of the use before commercialRealEstateUses is matched, so 保障性租赁住宅 is eligible
   * while 商品住宅 is not.
   */
  socialHousingUses: string[];
  /** A project area (any area column, or a category-6 result) above this many 公顷 is implausible: an error on the cell (决定 9). */
  projectAreaCeilingHa: number;
  /** A plot ratio must lie in (0, maxPlotRatio] (决定 9). */
  maxPlotRatio: number;
  /** A category-6 area (floor ÷ plot ratio) more than this share above the filed 改变用途面积 → pending (决定 8): 0.2 = 20 %. */
  plotRatioAreaTolerance: number;
  /**
   * Opt-in extension (docs/用户手册.md §7): the 2023 opinion's reward for low-efficiency industrial land rectification
   * (低效工业用地整治意见（2023） 四、(二) "按照合理比例奖励新增建设用地计划指标"), with its own ratio; off by default.
   * See policy/reward.ts; the choices are in docs/decisions.md "Opt-in extension".
   */
  lowEfficiencyIndustrialReward: RewardPolicy;
}

export interface ParameterDoc { label: string; article: string }

export const defaultPolicy: Policy = {
  ratio: 3,
  penaltyMultiplier: 2,
  roundingDecimals: 4,
  capSurveyedAtSupplyArea: true,
  creditDeclaredWhenNoSurvey: false,
  acceptOtherProof: true,
  countWithoutCityFeedback: true,
  // domain.md 决定 8 lists 商品住宅, 商品房, 商住, 房地产开发, 经营性; 住宅 stays for plain housing uses (城镇住宅用地: the
  // Measures want 生产性/生活性服务业, not housing), after the social-housing terms below are taken out of the use.
  commercialRealEstateUses: ['经营性房地产', '房地产开发', '商品住宅', '商品房', '商住', '经营性', '住宅'],
  socialHousingUses: ['保障性住房', '保障性租赁住房', '保障性租赁住宅', '保障房', '公共租赁住房', '公租房', '人才公寓'],
  projectAreaCeilingHa: 10000,
  maxPlotRatio: 30,
  plotRatioAreaTolerance: 0.2,
  lowEfficiencyIndustrialReward: defaultRewardPolicy,
};

export const parameterDocs: Record<keyof Policy, ParameterDoc> = {
  ratio: { label: '挂钩比例（存量:增量 = N:1）', article: '浙土资发〔2017〕19号 三、挂钩比例' },
  penaltyMultiplier: { label: '扣减倍数（双倍扣减）', article: '浙土资发〔2017〕19号 五、监督检查' },
  roundingDecimals: { label: '县级数字四舍五入保留小数位（公顷）', article: guideCitation('exactArithmetic') },
  capSurveyedAtSupplyArea: { label: '测绘面积大于申报存量面积时以存量面积为限', article: guideCitation('surveyedArea') },
  creditDeclaredWhenNoSurvey: { label: '无测绘面积时按申报存量面积认定（附警告；默认否：待补正）', article: guideCitation('surveyedArea') },
  acceptOtherProof: { label: '“其他证明材料”可作为证明材料（附警告）', article: '审核要求表 第一至五类 审核要求 2' },
  countWithoutCityFeedback: { label: '设区市未反馈时仍计入（附警告）', article: '浙土资发〔2017〕19号 四、1' },
  commercialRealEstateUses: { label: '视为经营性房地产的改变后用途（含其一即排除）', article: '浙土资发〔2017〕19号 一、6' },
  socialHousingUses: { label: '不属于经营性房地产的保障性住房用途', article: guideCitation('category6Plausibility') },
  projectAreaCeilingHa: { label: '单个项目面积上限（公顷，超过视为数据错误）', article: guideCitation('implausibleFigures') },
  maxPlotRatio: { label: '容积率上限（容积率应在 0 与该值之间）', article: guideCitation('implausibleFigures') },
  plotRatioAreaTolerance: { label: '第六类核定面积超过填报改变用途面积的容差（0.2 = 20%）', article: guideCitation('category6Plausibility') },
  // The 参数 sheet lists this row only when the reward is on (off → the workbook stays as it was before the extension).
  lowEfficiencyIndustrialReward: { label: '政策扩展：低效工业用地整治项目纳入增存挂钩奖励（整治面积:奖励指标 = N:1）', article: REWARD_ARTICLE },
};
