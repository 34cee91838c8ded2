// City review, inspections, the December start check, double deduction and sanctions as data
// (浙土资发〔2017〕19号 四、1–2, 五、监督检查; domain.md 决定 3, 5, 6).
import type { CityOpinion, InspectionConclusion, StartCheckResult } from '../domain/vocabulary.js';
import type { Verdict } from './issues.js';
import { guideCitation } from '../domain/guide-sections.js';

export type DeductionReason = 'fraud' | 'revoked' | 'not-started' | 'carried';
/** What a deduction is computed from: a project's declared area (year-Y fraud), its credited area, or a carried amount. */
export type DeductionBasis = 'declared' | 'credited' | 'carried';
export type Sanction = 'no-awards' | 'suspend-plan-adjustment' | 'suspend-new-land-approval';

/** 四、1 "各设区市…逐个进行审核…反馈审核意见": 不同意 → rejected, 需补正 → pending, 同意 → as the evidence says. */
export const cityOpinionEffects = {
  agree: { verdict: null, article: '浙土资发〔2017〕19号 四、1' },
  disagree: { verdict: 'rejected', article: '浙土资发〔2017〕19号 四、1' },
  'needs-correction': { verdict: 'pending', article: '浙土资发〔2017〕19号 四、1' },
} as const satisfies Record<CityOpinion, { verdict: Verdict | null; article: string }>;

/** Which of several opinions on one project wins: the most negative (不同意 > 需补正 > 同意). */
export const cityOpinionRank = { disagree: 0, 'needs-correction': 1, agree: 2 } as const satisfies Record<CityOpinion, number>;

export type InspectionEffect = 'confirm' | 'reduce' | 'fraud';

/** 四、2 内业审核/实地抽查; 五 "以错报、虚报等方式弄虚作假"; domain.md 决定 5 (面积核减 credits the verified area). */
export const inspectionEffects = {
  confirmed: { effect: 'confirm', article: '浙土资发〔2017〕19号 四、2' },
  'area-reduced': { effect: 'reduce', article: guideCitation('deductionYearAndBase') },
  misreported: { effect: 'fraud', article: '浙土资发〔2017〕19号 五、监督检查' },
  'false-report': { effect: 'fraud', article: '浙土资发〔2017〕19号 五、监督检查' },
  untrue: { effect: 'fraud', article: '浙土资发〔2017〕19号 五、监督检查' },
} as const satisfies Record<InspectionConclusion, { effect: InspectionEffect; article: string }>;

/** Which of several conclusions on one project wins: fraud, then an area reduction, then confirmation. */
export const inspectionEffectRank = { fraud: 0, reduce: 1, confirm: 2 } as const satisfies Record<InspectionEffect, number>;

/**
 * 五 "出现撤销项目、不能提供项目未开工合理证明材料的地区…双倍扣减对应项目的年度新增建设用地指标": the December
 * check of year Y−1 projects, applied in compute Y (domain.md 决定 5).
 */
export const startCheckEffects = {
  started: { deduction: null, article: '浙土资发〔2017〕19号 五、监督检查' },
  'not-started-justified': { deduction: null, article: '浙土资发〔2017〕19号 五、监督检查' },
  'not-started-unjustified': { deduction: 'not-started', article: '浙土资发〔2017〕19号 五、监督检查' },
  revoked: { deduction: 'revoked', article: '浙土资发〔2017〕19号 五、监督检查' },
} as const satisfies Record<StartCheckResult, { deduction: DeductionReason | null; article: string }>;

/** 扣减明细 原因 (outputs.md) and the article behind each reason. */
export const deductionReasons = {
  fraud: { label: '弄虚作假', article: '浙土资发〔2017〕19号 五、监督检查' },
  revoked: { label: '已撤销', article: '浙土资发〔2017〕19号 五、监督检查' },
  'not-started': { label: '未开工无合理证明', article: '浙土资发〔2017〕19号 五、监督检查' },
  carried: { label: '上年度结转扣减', article: guideCitation('carriedDeduction') },
} as const satisfies Record<DeductionReason, { label: string; article: string }>;

/**
 * The base of each deduction (domain.md 决定 5, 5c, 6): a year-Y fraud project's declared area "whatever its other
 * status" (the misreport is of what was declared); the area credited in an earlier plan (the ledger's) for revoked,
 * not started, and fraud found on an earlier year's project; a carried-forward amount as it is (× 1, not ÷ ratio).
 */
export const deductionBases = {
  declared: { label: '申报面积', article: guideCitation('deductionYearAndBase') },
  credited: { label: '认定面积', article: guideCitation('startCheckBase') },
  carried: { label: '结转扣减', article: guideCitation('carriedDeduction') },
} as const satisfies Record<DeductionBasis, { label: string; article: string }>;

/** 五 "取消其当年度各类评优评先资格，暂停土地利用总体规划局部调整审批和新增用地报批工作" (分县 处罚措施). */
export const sanctions = {
  'no-awards': { label: '取消评优评先', article: '浙土资发〔2017〕19号 五、监督检查' },
  'suspend-plan-adjustment': { label: '暂停规划局部调整审批', article: '浙土资发〔2017〕19号 五、监督检查' },
  'suspend-new-land-approval': { label: '暂停新增用地报批', article: '浙土资发〔2017〕19号 五、监督检查' },
} as const satisfies Record<Sanction, { label: string; article: string }>;

/** Every region with a deduction of the year (any reason but carried, even of 0 公顷) gets all three sanctions. */
export const sanctionIds: readonly Sanction[] = ['no-awards', 'suspend-plan-adjustment', 'suspend-new-land-approval'];

