// The numbered sections of the user guide (docs/用户手册.md), so that a finding's 依据 or a workbook note can cite
// "用户手册 4.12" by name rather than by a number typed by hand. tests/policy/guide-sections.test.ts reads the guide
// and checks that every entry here is a heading there with this number and this title: renumber the guide and the
// test names what to change here.

export interface GuideSection {
  /** The section number as the guide prints it: '4', '4.12'. */
  section: string;
  /** The heading text after the number. */
  title: string;
}

export const guideSections = {
  overview: { section: '1', title: '概述' },
  whatLandlinkDoes: { section: '1.1', title: 'landlink 做什么' },
  citingTheGuide: { section: '1.2', title: '怎样引用本手册' },
  policyDocuments: { section: '1.3', title: '依据的政策文件' },
  areaUnits: { section: '1.4', title: '面积单位与精度' },
  yearlyCycle: { section: '2', title: '一年的工作' },
  calendar: { section: '2.1', title: '年度日历' },
  status: { section: '2.2', title: '查看进度：status' },
  init: { section: '2.3', title: '准备模板：init' },
  validate: { section: '2.4', title: '检查数据：validate' },
  extract: { section: '2.5', title: '下发审核表：extract' },
  cityFeedbackReturn: { section: '2.6', title: '收回设区市审核意见' },
  sample: { section: '2.7', title: '实地抽查：sample' },
  compute: { section: '2.8', title: '编制挂钩方案：compute' },
  ledgerAdd: { section: '2.9', title: '登记台账：ledger add' },
  startList: { section: '2.10', title: '开工核查：start-list' },
  indicatorsCommand: { section: '2.11', title: '行动方案指标：indicators' },
  folders: { section: '2.12', title: '目录约定' },
  commonOptions: { section: '2.13', title: '通用选项' },
  inputs: { section: '3', title: '数据目录与各类输入' },
  fileNaming: { section: '3.1', title: '文件命名与格式' },
  headersUnitsDatesRegions: { section: '3.2', title: '表头、单位、日期与行政区' },
  supplyInput: { section: '3.3', title: '供地备案' },
  redevelopmentInput: { section: '3.4', title: '低效用地再开发' },
  reclamationInput: { section: '3.5', title: '增减挂钩复垦' },
  evidenceInput: { section: '3.6', title: '材料清单' },
  feedbackInput: { section: '3.7', title: '审核意见' },
  inspectionInput: { section: '3.8', title: '核查结果' },
  startCheckInput: { section: '3.9', title: '开工核查' },
  ledgerInput: { section: '3.10', title: '已挂钩台账' },
  carriedInput: { section: '3.11', title: '结转扣减' },
  measuresRules: { section: '4', title: 'landlink 适用的《办法》规则' },
  categories: { section: '4.1', title: '挂钩范围：七类存量建设用地' },
  categorySources: { section: '4.2', title: '各类项目的信息来源' },
  linkageYear: { section: '4.3', title: '挂钩年度' },
  creditedArea: { section: '4.4', title: '认定面积' },
  evidence: { section: '4.5', title: '材料审核' },
  cityOpinion: { section: '4.6', title: '设区市审核意见' },
  inspection: { section: '4.7', title: '内业审核与实地抽查' },
  projectStatus: { section: '4.8', title: '认定状态' },
  ratioAndQuota: { section: '4.9', title: '挂钩比例与挂钩指标' },
  doubleDeduction: { section: '4.10', title: '双倍扣减' },
  sanctions: { section: '4.11', title: '处罚措施' },
  carriedDeduction: { section: '4.12', title: '结转扣减' },
  rounding: { section: '4.13', title: '取整' },
  decisions: { section: '5', title: '《办法》未规定之处的处理' },
  countyUnit: { section: '5.1', title: '以县（市、区）为单位' },
  exactArithmetic: { section: '5.2', title: '精确计算' },
  onlyCreditedCounts: { section: '5.3', title: '只有“认定”的项目计入面积' },
  surveyedArea: { section: '5.4', title: '第一至五类的认定面积' },
  deductionYearAndBase: { section: '5.5', title: '扣减在哪一年、按什么面积' },
  evidenceChecks: { section: '5.6', title: '材料核对细则' },
  startCheckBase: { section: '5.7', title: '开工核查的扣减基数' },
  netQuotaNotNegative: { section: '5.8', title: '核定指标不为负' },
  parcelOnce: { section: '5.9', title: '同一地块只认定一次' },
  category6Plausibility: { section: '5.10', title: '第六类面积的合理性' },
  commercialRealEstate: { section: '5.11', title: '经营性房地产' },
  implausibleFigures: { section: '5.12', title: '明显不合理的数字' },
  mostUnfavourable: { section: '5.13', title: '多条记录时取最不利' },
  otherProof: { section: '5.14', title: '其他证明材料' },
  cityNoFeedback: { section: '5.15', title: '设区市未反馈' },
  severities: { section: '5.16', title: '问题的级别' },
  spotCheckDraw: { section: '5.17', title: '抽查的抽取方法' },
  startListPrefill: { section: '5.18', title: '开工核查表的预填' },
  policyFile: { section: '5.19', title: '参数文件' },
  actionPlan: { section: '6', title: '存量空间提质增效行动方案指标' },
  indicatorList: { section: '6.1', title: '八项指标' },
  stockSupplyShare: { section: '6.2', title: '存量土地供应占比' },
  industrialPlotRatio: { section: '6.3', title: '新增工业用地平均容积率' },
  revitalizedAndRedevelopment: { section: '6.4', title: '盘活存量建设用地与完成低效用地再开发' },
  targetsAndProgress: { section: '6.5', title: '目标与进度' },
  reward: { section: '7', title: '政策扩展：低效工业用地整治奖励' },
  rewardSwitch: { section: '7.1', title: '依据与开关' },
  rewardProjects: { section: '7.2', title: '哪些项目' },
  rewardFigures: { section: '7.3', title: '面积与奖励指标' },
  rewardInWorkbook: { section: '7.4', title: '在工作簿中' },
  workbook: { section: '8', title: '读懂挂钩方案工作簿' },
  summarySheet: { section: '8.1', title: '汇总' },
  countySheet: { section: '8.2', title: '分县' },
  projectsSheet: { section: '8.3', title: '项目明细' },
  deductionsSheet: { section: '8.4', title: '扣减明细' },
  findingsSheet: { section: '8.5', title: '问题清单' },
  ledgerSheet: { section: '8.6', title: '台账' },
  parametersSheet: { section: '8.7', title: '参数' },
  indicatorsSheet: { section: '8.8', title: '指标' },
  findingColumns: { section: '8.9', title: '问题的各栏' },
  findingCodes: { section: '8.10', title: '代码一览' },
  reviewWorkbook: { section: '8.11', title: '设区市审核工作簿' },
  htmlSummary: { section: '8.12', title: '网页摘要' },
  badInput: { section: '9', title: '数据出错时' },
  exitCodes: { section: '9.1', title: '退出码' },
  cannotRun: { section: '9.2', title: '无法运行（退出码 2）' },
  dataErrors: { section: '9.3', title: '能运行但数据有错（退出码 1）' },
  internalError: { section: '9.4', title: '内部错误（退出码 3）' },
  interruptedRuns: { section: '9.5', title: '中断与重复运行' },
  offline: { section: '10', title: '在离线电脑上使用' },
  offlineBundle: { section: '10.1', title: '安装包' },
  offlineRun: { section: '10.2', title: '解压与运行' },
  offlineNotes: { section: '10.3', title: '注意事项' },
  glossary: { section: '11', title: '术语表' },
} as const satisfies Record<string, GuideSection>;

export type GuideSectionKey = keyof typeof guideSections;

/** How a 依据 cell or a message cites a section of the guide: '用户手册 4.12'. */
export function guideCitation(key: GuideSectionKey): string {
  return `用户手册 ${guideSections[key].section}`;
}

/**
 * Where the guide explains each decision of docs/spec/domain.md "Decisions" (what landlink does where the Measures
 * are silent), so that a rule citing a decision can cite the guide instead (Decision 8 is explained in two sections:
 * the plausibility test here, 经营性房地产 in `commercialRealEstate`).
 */
export const decisionSections = {
  '1': 'countyUnit',
  '2': 'exactArithmetic',
  '3': 'onlyCreditedCounts',
  '4': 'surveyedArea',
  '5': 'deductionYearAndBase',
  '5b': 'evidenceChecks',
  '5c': 'startCheckBase',
  '6': 'netQuotaNotNegative',
  '7': 'parcelOnce',
  '8': 'category6Plausibility',
  '9': 'implausibleFigures',
} as const satisfies Record<string, GuideSectionKey>;
