// Every branch of compute the sample exercises on purpose (the bundled sample years exercise every branch,
// listed in samples/<year>/README.md), each with the article it tests, what the generator expects and a one-line story in
// Chinese and English. Complete by type: a branch without a spec (or a spec without a key) does not compile.
import type { CategoryId } from '../../src/policy/categories.js';
import type { ProjectStatus } from './model.js';

export type BranchEffect = ProjectStatus | 'no-deduction' | 'deduction' | 'carried-forward' | 'not-a-candidate';

export interface BranchSpec {
  category?: CategoryId;
  /** What the generator expects compute to decide for the listed ids (its reading of domain.md). */
  expect: BranchEffect;
  article: string;
  zh: string;
  en: string;
}

const M = '浙土资发〔2017〕19号';

export const branchSpecs = {
  'category-1-credited': { category: 1, expect: 'credited', article: `${M} 一、1`, zh: '收回收购存量土地，材料齐全', en: 'category 1, complete evidence' },
  'category-2-credited': { category: 2, expect: 'credited', article: `${M} 一、2`, zh: '无主存量空闲地，材料齐全', en: 'category 2, complete evidence' },
  'category-3-credited': { category: 3, expect: 'credited', article: `${M} 一、3`, zh: '城中村改造、小城镇环境综合整治存量土地，材料齐全', en: 'category 3, complete evidence' },
  'category-4-credited': { category: 4, expect: 'credited', article: `${M} 一、4`, zh: '“三改一拆”拆后存量土地，材料齐全', en: 'category 4, complete evidence' },
  'category-5-credited': { category: 5, expect: 'credited', article: `${M} 一、5`, zh: '集体存量建设用地，材料齐全', en: 'category 5, complete evidence' },
  'category-6-credited': { category: 6, expect: 'credited', article: `${M} 一、6；二、2`, zh: '“退二进三”完成再开发，按改变用途建筑面积÷新容积率认定', en: 'category 6, floor area ÷ new plot ratio' },
  'category-7-credited': { category: 7, expect: 'credited', article: `${M} 一、7；二、3`, zh: '增减挂钩拆旧区块复垦通过复核验收，按验收面积认定', en: 'category 7, acceptance area' },
  'category-5-requisition': { category: 5, expect: 'credited', article: `${M} 审核要求表 第5类 项目信息来源1`, zh: '第5类来源一：农用地转用和土地征收—集体建设用地征收', en: 'category 5 via requisition of collective construction land' },
  'category-5-collective-filing': { category: 5, expect: 'credited', article: `${M} 审核要求表 第5类 项目信息来源2`, zh: '第5类来源二：集体建设用地备案—集体存量建设用地', en: 'category 5 via a collective land filing' },
  'review-opinion-missing': { category: 1, expect: 'pending', article: `${M} 审核要求表 第1–5类 审核要求1`, zh: '县局只上传了收回决定书，漏传《建设用地审查意见书》', en: 'no 建设用地审查意见书 uploaded' },
  'review-opinion-not-stamped': { category: 4, expect: 'pending', article: `${M} 审核要求表 第1–5类 审核要求1；用户手册 5.6`, zh: '上传的审查意见书是未盖章、未经领导签字的送审稿', en: 'review opinion neither stamped nor signed' },
  'proof-document-missing': { category: 2, expect: 'pending', article: `${M} 审核要求表 第2类 审核要求2`, zh: '只有审查意见书，缺少权属确认材料或收回收购公告公示', en: 'the category proof document is missing' },
  'location-differs-no-proof': { category: 3, expect: 'pending', article: `${M} 二、1（地块坐落一致）；用户手册 5.6`, zh: '审查意见书载明的是改造前旧村地名，与系统坐落不一致，且无同一地块证明', en: 'stated location differs, no same-parcel proof' },
  'location-differs-with-proof': { category: 1, expect: 'credited', article: `${M} 二、1；用户手册 5.6`, zh: '材料载明原厂区门牌地址，与系统坐落不同，但附有同一地块证明', en: 'stated location differs, same-parcel proof attached' },
  'location-equal-after-normalisation': { category: 5, expect: 'credited', article: '用户手册 5.6', zh: '材料坐落仅空格和全角数字与系统不同，规范化后一致', en: 'stated location equal after normalising spaces and full-width digits' },
  'other-proof-only': { category: 2, expect: 'credited', article: '用户手册 4.5（审核要求表中“如…”为示例）', zh: '证明材料只有“其他证明材料”（县政府会议纪要），认定但给出警告', en: 'only 其他证明材料 as proof: credited with a warning' },
  'surveyed-exceeds-supply': { category: 1, expect: 'credited', article: '用户手册 5.4', zh: '权属测绘面积大于申报存量面积（=供地面积），按存量面积封顶认定', en: 'surveyed area > declared stock area: capped at it' },
  'surveyed-area-missing': { category: 4, expect: 'pending', article: '用户手册 5.4', zh: '未填测绘面积，待补正（存量土地面积按权属测绘资料核定）', en: 'no surveyed area: pending (the area is the survey\'s)' },
  'opinion-area-not-stated': { category: 2, expect: 'pending', article: '用户手册 5.6', zh: '审查意见书未载明用地面积，待补正', en: 'review opinion states no area: pending' },
  'stated-type-not-whole-term': { category: 1, expect: 'pending', article: '用户手册 5.6', zh: '审查意见书载明“新增建设用地，不属于收回收购土地”，按整词比较不符，待补正', en: 'stated type only contains the term: pending' },
  'document-area-bounds-credit': { category: 1, expect: 'credited', article: '用户手册 5.4', zh: '审查意见书载明用地面积小于测绘面积，按载明面积认定', en: 'review opinion states a smaller area: that area credited' },
  'parcel-filed-twice': { expect: 'pending', article: '用户手册 5.9', zh: '同一地块既按第一类备案、又以另一编号按“退二进三”申报，两者均待补正', en: 'one parcel filed as category 1 and as 退二进三: both pending' },
  'cat6-plot-ratio-implausible': { category: 6, expect: 'pending', article: '用户手册 5.10', zh: '新容积率误填为 0.2，核定面积远超填报的改变用途面积，待补正', en: 'plot ratio typed 0.2: area far above the filed one, pending' },
  'cat6-social-housing': { category: 6, expect: 'credited', article: '用户手册 5.11', zh: '老厂房改建保障性租赁住房，不属经营性房地产，予以认定', en: 'converted to social rental housing: not commercial real estate, credited' },
  'cat6-start-area-short': { category: 6, expect: 'pending', article: `${M} 审核要求表 第6类 启动材料`, zh: '改变规划条件批准文件载明面积小于系统填报的改变用途面积', en: 'start material area < 改变用途面积' },
  'cat6-completion-missing': { category: 6, expect: 'pending', article: `${M} 审核要求表 第6类 完成材料`, zh: '尚未签订改变土地用途补充协议（缺完成材料）', en: 'completion material missing' },
  'cat6-completion-area-short': { category: 6, expect: 'pending', article: `${M} 审核要求表 第6类 完成材料`, zh: '补充协议载明面积小于系统填报的改变土地用途面积', en: 'completion material area < 改变土地用途面积' },
  'cat6-commercial-real-estate': { category: 6, expect: 'rejected', article: `${M} 一、6（经营性房地产除外）`, zh: '老厂房改建为商品住宅，属经营性房地产，不予认定', en: 'converted to commercial real estate: not eligible' },
  'cat6-government-resupply': { category: 6, expect: 'rejected', article: `${M} 一、6（涉及政府重新办理土地供应手续的除外）`, zh: '由政府收回后重新供地，不属第6类', en: 'government re-supplied the land: not category 6' },
  'cat7-acceptance-failed': { category: 7, expect: 'rejected', article: `${M} 一、7；二、3`, zh: '复核验收结论为不通过（复垦耕地质量不达标）', en: 're-check acceptance failed' },
  'supply-signed-outside-year': { category: 4, expect: 'rejected', article: `${M} 二、1；四、1（上一年度）`, zh: '出让合同于上一年12月签订，本年1月才补录入系统', en: 'contract signed in December of the year before, filed late' },
  'redevelopment-completed-outside-year': { category: 6, expect: 'rejected', article: `${M} 二、2；四、1（上一年度）`, zh: '办结日期填成了次年1月的实际办结时间，不属本年度', en: 'completed in January of the next year' },
  'reclamation-accepted-outside-year': { category: 7, expect: 'rejected', article: `${M} 二、3；四、1（上一年度）`, zh: '复核验收在上一年12月完成，上一年度未申报', en: 'acceptance in December of the year before' },
  'inspection-confirmed': { expect: 'credited', article: `${M} 四、2`, zh: '内业审核或实地抽查结论为属实', en: 'inspection conclusion 属实' },
  'inspection-area-reduced': { category: 1, expect: 'credited', article: `${M} 四、2；用户手册 5.5`, zh: '实地抽查发现部分为新增用地，结论面积核减，按核实面积认定', en: 'inspection 面积核减: verified area credited' },
  'inspection-misreported': { category: 3, expect: 'fraud', article: `${M} 五（错报）；用户手册 5.5`, zh: '核查发现存量面积错报（含新增建设用地），属弄虚作假，双倍扣减', en: 'inspection 错报: fraud, double deduction' },
  'inspection-false-report': { category: 5, expect: 'fraud', article: `${M} 五（虚报）；用户手册 5.5`, zh: '核查发现所谓集体存量建设用地实为农用地，虚报，双倍扣减', en: 'inspection 虚报: fraud, double deduction' },
  'inspection-untrue': { category: 6, expect: 'fraud', article: `${M} 五；用户手册 5.5`, zh: '实地抽查发现厂房仍在生产，未完成“退二进三”，不属实，双倍扣减', en: 'inspection 不属实: fraud, double deduction' },
  'inspection-fraud-on-rejected': { category: 6, expect: 'fraud', article: `${M} 五；用户手册 5.5`, zh: '改建商品住宅（本应不予认定），实地抽查又发现未完成改造、不属实：按申报的改变用途面积双倍扣减', en: 'commercial housing (rejected anyway) and 不属实: fraud, deducted from the declared area' },
  'ledger-hit': { expect: 'rejected', article: '用户手册 5.9', zh: '前年已挂钩认定的地块因出让合同变更重新备案，电子监管号未变，不得重复认定', en: 'id already credited in an earlier year (ledger)' },
  'start-check-started': { expect: 'no-deduction', article: `${M} 五`, zh: '上一年度挂钩项目12月核查已开工', en: 'last year\'s project has started' },
  'start-check-not-started-justified': { expect: 'no-deduction', article: `${M} 五`, zh: '未开工但提供了合理证明（规划调整、台风停工等）', en: 'not started, with reasonable proof' },
  'start-check-not-started-unjustified': { expect: 'deduction', article: `${M} 五（不能提供项目未开工合理证明材料）`, zh: '未开工且不能提供合理证明，双倍扣减对应指标', en: 'not started without reasonable proof: double deduction' },
  'start-check-revoked': { expect: 'deduction', article: `${M} 五（撤销项目）`, zh: '项目已撤销（出让合同解除），双倍扣减对应指标', en: 'project revoked: double deduction' },
  'inspection-fraud-earlier-year': { expect: 'deduction', article: `${M} 五；用户手册 5.5`, zh: '复查两年前已挂钩的项目发现盘活不属实：按已挂钩台账的认定面积在本年度双倍扣减', en: 'fraud found this year on a project credited two years ago: double deduction of its ledger area this year' },
  'start-check-differs-from-ledger': { expect: 'deduction', article: '用户手册 5.7', zh: '开工核查表抄错了认定面积（少填一成），按已挂钩台账的认定面积双倍扣减并提示不一致', en: 'start-check row states a wrong 认定面积: the ledger\'s is deducted, with a finding' },
  'carried-forward-deduction': { expect: 'carried-forward', article: '用户手册 4.12', zh: '小县上年挂钩的最大项目被撤销，双倍扣减超过本年挂钩指标，核定指标为0，差额结转扣减', en: 'a small county\'s big project of last year revoked: deduction exceeds the quota, net 0, the rest carried forward' },
  'redevelopment-not-linkage': { expect: 'not-a-candidate', article: '用户手册 4.2（第6类）', zh: '再开发类型不是“退二进三”（工业用地提质、城中村改造、其他），不是挂钩项目', en: 'redevelopment of another type: not a linkage project' },
  'supply-stock-type-other': { expect: 'not-a-candidate', article: '用户手册 4.2（第1–4类）', zh: '国有存量建设用地但存量类型为“其他”，不是挂钩项目（计入存量供应占比）', en: 'state stock of type 其他: not a linkage project' },
  'supply-standalone-site': { expect: 'not-a-candidate', article: '浙江省存量空间提质增效行动方案（2025）存量土地供应占比', zh: '单独选址的基础设施项目（新增用地），不计入存量供应占比分母', en: 'standalone-site infrastructure: excluded from the stock supply share' },
} as const satisfies Record<string, BranchSpec>;

export type BranchKey = keyof typeof branchSpecs;
export const branchKeys = Object.keys(branchSpecs) as BranchKey[];
