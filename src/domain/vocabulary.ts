// Enumerated values of the inputs, with the aliases real exports use (inputs.md). Chinese lives here as data;
// code uses the English identifiers. Matching is done after normalisation (src/ingest/normalize.ts), so
// quotes, spaces and full-width forms need no alias of their own.

export interface Term<Id extends string> {
  id: Id;
  /** The canonical Chinese label, as written in workbooks and templates. */
  label: string;
  aliases: readonly string[];
}

export type Vocabulary<Id extends string> = readonly Term<Id>[];

export const filingTypes = [
  { id: 'allocation', label: '划拨决定书', aliases: ['划拨', '国有建设用地划拨决定书'] },
  { id: 'transfer', label: '出让合同', aliases: ['国有建设用地使用权出让合同', '出让'] },
  { id: 'collective', label: '集体建设用地', aliases: ['集体建设用地使用权', '集体经营性建设用地'] },
] as const satisfies Vocabulary<string>;
export type FilingType = (typeof filingTypes)[number]['id'];

export const supplyMethods = [
  { id: 'allocation', label: '划拨', aliases: [] },
  { id: 'negotiated', label: '协议出让', aliases: [] },
  { id: 'tender', label: '招标出让', aliases: [] },
  { id: 'auction', label: '拍卖出让', aliases: [] },
  { id: 'listing', label: '挂牌出让', aliases: [] },
  { id: 'lease', label: '租赁', aliases: ['出租'] },
  { id: 'capital', label: '作价出资', aliases: ['作价出资(入股)', '作价入股'] },
] as const satisfies Vocabulary<string>;
export type SupplyMethod = (typeof supplyMethods)[number]['id'];

/** 土地来源. The first three are the supply system's; the last three are the national site's display values. */
export const landSources = [
  { id: 'state-stock', label: '国有存量建设用地', aliases: ['存量建设用地', '国有存量'] },
  { id: 'conversion-requisition', label: '农用地转用和土地征收', aliases: ['农用地转用及土地征收', '征收', '农转用和征收'] },
  { id: 'collective-stock', label: '集体存量建设用地', aliases: ['集体存量'] },
  { id: 'new-state', label: '新增建设用地', aliases: ['新增'] },
  { id: 'unused', label: '未利用地', aliases: [] },
  { id: 'existing', label: '现有建设用地', aliases: [] },
  { id: 'new-from-stock-pool', label: '新增建设用地(来自存量库)', aliases: ['新增建设用地(来自存量)'] },
] as const satisfies Vocabulary<string>;
export type LandSource = (typeof landSources)[number]['id'];

/** 存量类型 (for 国有存量建设用地) — decides categories 1–4 (审核要求表 项目信息来源). */
export const stockTypes = [
  { id: 'reclaimed', label: '回收收购土地', aliases: ['收回收购土地', '回收收购', '收回收购'] },
  { id: 'idle', label: '空闲地', aliases: ['无主存量空闲地', '存量空闲地'] },
  { id: 'urban-village', label: '城中村改造、小城镇环境综合整治土地', aliases: ['城中村改造', '小城镇环境综合整治', '城中村改造小城镇环境综合整治土地', '城中村改造、小城镇环境综合整治'] },
  // "三改一拆"拆后土地 in every quoting: “”, "", 「」, none — quotes are removed by normalisation.
  { id: 'demolition', label: '"三改一拆"拆后土地', aliases: ['三改一拆拆后土地', '三改一拆', '三改一拆拆后存量土地'] },
  { id: 'other', label: '其他', aliases: ['其它'] },
] as const satisfies Vocabulary<string>;
export type StockType = (typeof stockTypes)[number]['id'];

export const requisitionTypes = [
  { id: 'collective-construction', label: '集体建设用地征收', aliases: ['征收集体建设用地'] },
  { id: 'collective-farmland', label: '集体农用地征收', aliases: ['征收集体农用地'] },
  { id: 'other', label: '其他', aliases: ['其它', '集体未利用地征收'] },
] as const satisfies Vocabulary<string>;
export type RequisitionType = (typeof requisitionTypes)[number]['id'];

export const redevelopmentTypes = [
  { id: 'secondary-to-tertiary', label: '退二进三', aliases: ['"退二进三"', '退二优三'] },
  { id: 'industrial-upgrade', label: '工业用地提质', aliases: ['工业用地提质增效'] },
  { id: 'urban-village', label: '城中村改造', aliases: [] },
  { id: 'other', label: '其他', aliases: ['其它'] },
] as const satisfies Vocabulary<string>;
export type RedevelopmentType = (typeof redevelopmentTypes)[number]['id'];

export const acceptanceResults = [
  { id: 'passed', label: '通过', aliases: ['合格', '验收通过', '通过验收'] },
  { id: 'failed', label: '不通过', aliases: ['不合格', '未通过', '验收不通过'] },
] as const satisfies Vocabulary<string>;
export type AcceptanceResult = (typeof acceptanceResults)[number]['id'];

export const yesNo = [
  { id: 'yes', label: '是', aliases: ['Y', 'YES', 'TRUE', '1', '已盖章', '已签字', '有'] },
  { id: 'no', label: '否', aliases: ['N', 'NO', 'FALSE', '0', '未盖章', '无'] },
] as const satisfies Vocabulary<string>;
export type YesNo = (typeof yesNo)[number]['id'];

/** 材料类型 (inputs.md "Document vocabulary"); which categories each serves is in policy/evidence.ts. */
export const documentTypes = [
  { id: 'review-opinion', label: '建设用地审查意见书', aliases: ['《建设用地审查意见书》', '审查意见书'] },
  { id: 'state-reclaim-decision', label: '国有建设用地使用权收回决定书', aliases: ['收回决定书'] },
  { id: 'state-compensation-agreement', label: '国有建设用地使用权补偿安置协议', aliases: ['补偿安置协议'] },
  { id: 'state-reclaim-review-opinion', label: '国有建设用地使用权收回审查意见书', aliases: [] },
  { id: 'state-reclaim-review-form', label: '国有建设用地使用权收回审查意见表', aliases: [] },
  { id: 'ownership-confirmation', label: '权属确认材料', aliases: ['政府出具的权属确认材料'] },
  { id: 'reclaim-notice', label: '收回收购公告公示', aliases: ['政府收回、收购公告公示', '政府收回收购公告公示'] },
  { id: 'reclaim-material', label: '收回收购材料', aliases: ['政府收回、收购材料', '政府收回收购材料'] },
  { id: 'certificate-cancellation', label: '土地使用权证注销材料', aliases: [] },
  { id: 'demolition-images', label: '拆后对比图像资料', aliases: ['拆后对比图像'] },
  { id: 'requisition-approval', label: '征收批文', aliases: [] },
  { id: 'collective-reclaim-agreement', label: '集体建设用地收回收购协议', aliases: [] },
  { id: 'collective-compensation-agreement', label: '集体建设用地使用权收回补偿安置协议', aliases: [] },
  { id: 'collective-reclaim-review-form', label: '集体建设用地使用权收回审查意见表', aliases: [] },
  { id: 'planning-change-approval', label: '改变规划条件批准文件', aliases: [] },
  { id: 'planning-change-agreement', label: '改变规划条件协议', aliases: [] },
  { id: 'land-use-supplementary-agreement', label: '改变土地用途补充协议', aliases: ['改变土地用途的补充协议'] },
  { id: 'same-parcel-proof', label: '同一地块证明', aliases: ['同一地块证明材料'] },
  { id: 'project-approval', label: '项目批准材料', aliases: [] },
  { id: 'acceptance-record', label: '复核验收材料', aliases: ['验收材料'] },
  // The opt-in reward's requirement (policy/reward.ts; 低效工业用地整治意见（2023） 四、(二)).
  { id: 'rectification-acceptance', label: '整治验收材料', aliases: ['整治验收意见', '整治验收报告', '低效工业用地整治验收意见', '低效用地整治验收意见'] },
  { id: 'other-proof', label: '其他证明材料', aliases: ['其它证明材料'] },
] as const satisfies Vocabulary<string>;
export type DocumentType = (typeof documentTypes)[number]['id'];

export const inspectionMethods = [
  { id: 'desk', label: '内业审核', aliases: ['内业'] },
  { id: 'onsite', label: '实地抽查', aliases: ['实地核查', '外业'] },
] as const satisfies Vocabulary<string>;
export type InspectionMethod = (typeof inspectionMethods)[number]['id'];

/** 核查结论 (inputs.md inspection; 错报, 虚报 and 不属实 mean fraud — Measures 五). */
export const inspectionConclusions = [
  { id: 'confirmed', label: '属实', aliases: [] },
  { id: 'area-reduced', label: '面积核减', aliases: ['核减面积', '核减'] },
  { id: 'misreported', label: '错报', aliases: [] },
  { id: 'false-report', label: '虚报', aliases: [] },
  { id: 'untrue', label: '不属实', aliases: [] },
] as const satisfies Vocabulary<string>;
export type InspectionConclusion = (typeof inspectionConclusions)[number]['id'];

/** 核查结果 of the December start check (Measures 五). */
export const startCheckResults = [
  { id: 'started', label: '已开工', aliases: [] },
  { id: 'not-started-justified', label: '未开工(有合理证明)', aliases: ['未开工有合理证明'] },
  { id: 'not-started-unjustified', label: '未开工(无合理证明)', aliases: ['未开工无合理证明', '未开工'] },
  { id: 'revoked', label: '已撤销', aliases: ['撤销', '项目撤销'] },
] as const satisfies Vocabulary<string>;
export type StartCheckResult = (typeof startCheckResults)[number]['id'];

/** 审核意见 of a city (Measures 四、1). */
export const cityOpinions = [
  { id: 'agree', label: '同意', aliases: [] },
  { id: 'disagree', label: '不同意', aliases: [] },
  { id: 'needs-correction', label: '需补正', aliases: ['需要补正', '补正'] },
] as const satisfies Vocabulary<string>;
export type CityOpinion = (typeof cityOpinions)[number]['id'];

/** The canonical Chinese label of an enumerated value (for messages and workbooks). */
export function labelOf<Id extends string>(vocabulary: Vocabulary<Id>, id: Id): string {
  return vocabulary.find((t) => t.id === id)?.label ?? id;
}
