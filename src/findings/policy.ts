// Finding codes raised by the Measures' rules (pipeline stages) and by the policy file. Owned by src/policy +
// src/pipeline. Severities (docs/decisions.md): bad input data is 'error'; a project held (pending) or refused
// (rejected) by a rule is a 'warning'; fraud, deductions and sanctions are 'warning' too (outcomes, not bad data);
// notes that change nothing are 'info'. Placeholders: {file} {sheet} {row} {column} {value} {expected} from the
// location, the rest from params.
import type { FindingSpec } from './types.js';
import { guideCitation } from '../domain/guide-sections.js';

export const policyFindings = {
  // ── policy file (--policy) ───────────────────────────────────────────────────────────────────────────
  'policy-unreadable': { severity: 'error', label: '参数文件无法读取', article: guideCitation('policyFile'), message: '无法读取参数文件 {file}：{detail}', hint: '参数文件应为 UTF-8 编码的 JSON，例如 {"ratio": 3}。' },
  'policy-invalid': { severity: 'error', label: '参数文件有误', article: guideCitation('policyFile'), message: '参数文件 {file} 中“{column}”有误：{detail}', hint: '只能使用文档所列的参数名，值的类型须与默认值相同。' },

  // ── classify: categories and exclusions ──────────────────────────────────────────────────────────────
  'supply-not-linkage': { severity: 'info', label: '不属于挂钩范围', article: '审核要求表 第一至五类 项目信息来源', message: '{count} 条供地备案不属于挂钩范围（新增建设用地、存量类型“其他”等），仅计入存量土地供应占比' },
  'supply-stock-unclassified': { severity: 'info', label: '缺少存量类型', article: '审核要求表 第一至五类 项目信息来源', message: '{count} 条供地备案为现有建设用地，但没有存量类型（全国土地市场网导出），无法确定挂钩类别，未列入挂钩项目', hint: '改用浙江省建设用地供应动态监管系统的导出文件（含“存量类型”列）。' },
  'supply-stock-type-missing': { severity: 'warning', label: '存量类型为空', article: '审核要求表 第一至四类 项目信息来源', message: '土地来源为国有存量建设用地，但“{column}”为空，无法确定挂钩类别，未列入挂钩项目', hint: '在供地备案中补录存量类型。' },
  'supply-filing-type-mismatch': { severity: 'warning', label: '备案类型与土地来源不符', article: '审核要求表 第一至五类 项目信息来源', message: '备案类型“{value}”与土地来源不对应（第{category}类应为：{expected}），未列入挂钩项目', hint: '核对备案类型与土地来源。' },
  'redevelopment-not-linkage': { severity: 'info', label: '不属于第六类', article: '审核要求表 第六类 项目信息来源', message: '{count} 个再开发项目的再开发类型不是“退二进三”，不属于第六类' },
  'project-data-incomplete': { severity: 'warning', label: '数据不全', article: '浙土资发〔2017〕19号 二、挂钩要求', message: '“{column}”为空或无效，无法认定，待补正', hint: '补全该项后重新计算。' },
  'date-outside-year': { severity: 'warning', label: '不在本年度', article: '浙土资发〔2017〕19号 四、1', message: '“{column}”为 {value}，不在 {expected}，不属于本年度挂钩项目，不予认定', hint: '核对日期是否录错；确属其他年度的项目，应在该年度申报。' },
  'excluded-commercial-real-estate': { severity: 'warning', label: '经营性房地产', article: '浙土资发〔2017〕19号 一、6', message: '改变后用途“{value}”属经营性房地产（{expected}），不属于第六类，不予认定' },
  'excluded-government-resupply': { severity: 'warning', label: '政府重新供地', article: '浙土资发〔2017〕19号 一、6', message: '涉及政府重新办理土地供应手续，不属于第六类（应按第一至四类申报），不予认定' },
  'excluded-acceptance-failed': { severity: 'warning', label: '复核验收不通过', article: '浙土资发〔2017〕19号 一、7', message: '复核验收结论为“不通过”，不予认定' },
  'id-in-two-files': { severity: 'error', label: '编号在多个文件中', article: guideCitation('parcelOnce'), message: '编号 {value} 同时出现在多个文件中（{detail}），暂不认定', hint: '同一地块只能在一个来源中申报一次。' },
  'project-id-duplicate': { severity: 'warning', label: '编号重复', article: guideCitation('parcelOnce'), message: '编号 {value} 在同一文件中出现多次（{detail}），暂不认定', hint: '删除重复记录后重新计算。' },

  // ── area rules ───────────────────────────────────────────────────────────────────────────────────────
  'area-survey-capped': { severity: 'warning', label: '按供地面积认定', article: guideCitation('surveyedArea'), message: '测绘面积 {value} 公顷大于申报存量面积 {expected} 公顷，按存量面积认定' },
  'area-not-surveyed': { severity: 'warning', label: '无测绘面积', article: guideCitation('surveyedArea'), message: '无权属测绘面积，按申报存量面积 {value} 公顷认定（未经测绘核实）', hint: '补录权属测绘面积。' },
  'area-survey-required': { severity: 'warning', label: '缺测绘面积', article: '浙土资发〔2017〕19号 二、1', message: '无权属测绘面积，待补正（存量土地面积按项目权属测绘资料核定）', hint: '补录权属测绘面积；确需按申报面积认定的，可在参数文件中设置 creditDeclaredWhenNoSurvey。' },
  'plot-ratio-invalid': { severity: 'error', label: '容积率无效', article: '浙土资发〔2017〕19号 二、2', message: '新容积率 {value} 无效（应在 {expected} 之间），疑为数据错误，无法核定面积', hint: '填写地块新的容积率（大于 0、不超过上限的数）。' },
  'area-plot-ratio-implausible': { severity: 'warning', label: '面积与容积率不合理', article: guideCitation('category6Plausibility'), message: '改变用途建筑面积 {floor} 平方米 ÷ 新容积率 {value} = {computed} 公顷，比填报的改变用途面积 {filed} 公顷高出 {tolerance} 以上，容积率或建筑面积可能有误，待补正', hint: '核对新容积率与改变用途建筑面积。' },
  'area-implausible': { severity: 'error', label: '面积超过上限', article: guideCitation('implausibleFigures'), message: '“{column}”为 {value} 公顷，超过单个项目面积上限（应 {expected} 公顷），疑为数据错误，待补正', hint: '核对面积及其单位（公顷、亩、平方米）。' },
  'area-bounded-by-document': { severity: 'warning', label: '按材料载明面积认定', article: guideCitation('surveyedArea'), message: '{document}载明面积 {value} 公顷小于核定面积 {expected} 公顷，按材料载明面积认定' },
  'parcel-filed-twice': { severity: 'warning', label: '疑似同一地块重复申报', article: guideCitation('parcelOnce'), message: '与同县项目 {other}（第{otherCategory}类）坐落相同（“{value}”），疑为同一地块重复申报，均暂不认定', hint: '确属不同地块的，在坐落中写明区别（如地块编号）后重新计算；同一地块只能申报一次。' },
  'year-before-measures': { severity: 'warning', label: '年度早于《办法》', article: '浙土资发〔2017〕19号 通知', message: '{year} 年度早于《办法》执行年份（2017年起按本《办法》执行），计算结果仅供参考' },

  // ── evidence (审核要求表 审核要求) ────────────────────────────────────────────────────────────────────
  'evidence-missing': { severity: 'warning', label: '缺少材料', article: '审核要求表 审核要求', message: '缺少{requirement}，待补正（可用材料：{expected}）', hint: '在材料清单中补充相应材料。' },
  'evidence-not-stamped': { severity: 'warning', label: '未盖章', article: guideCitation('evidenceChecks'), message: '《建设用地审查意见书》未经有供地权的政府盖章或政府领导签字，待补正' },
  'evidence-type-not-stated': { severity: 'warning', label: '未载明用地类型', article: '审核要求表 第一至五类 审核要求 1', message: '《建设用地审查意见书》未载明用地类型（应载明：{expected}），待补正' },
  'evidence-type-mismatch': { severity: 'warning', label: '载明类型不符', article: '审核要求表 第一至五类 审核要求 1', message: '《建设用地审查意见书》载明类型“{value}”与第{category}类不符（应载明：{expected}），待补正' },
  'evidence-location-differs': { severity: 'warning', label: '坐落不一致', article: guideCitation('evidenceChecks'), message: '{document}载明坐落“{value}”与系统坐落“{expected}”不一致，且无同一地块证明，待补正' },
  'evidence-same-parcel-proven': { severity: 'info', label: '已证明同一地块', article: guideCitation('evidenceChecks'), message: '{document}载明坐落“{value}”与系统坐落“{expected}”不同，已有同一地块证明' },
  'evidence-area-not-stated': { severity: 'warning', label: '未载明面积', article: '审核要求表 第六类 审核要求', message: '{document}未载明“退二进三”土地面积（应 {expected} 公顷），待补正' },
  'evidence-area-insufficient': { severity: 'warning', label: '载明面积不足', article: '审核要求表 第六类 审核要求', message: '{document}载明面积 {value} 公顷小于系统填报面积（应 {expected} 公顷），待补正' },
  'evidence-opinion-location-not-stated': { severity: 'warning', label: '审查意见书未载明坐落', article: guideCitation('evidenceChecks'), message: '《建设用地审查意见书》未载明坐落，待补正' },
  'evidence-opinion-area-not-stated': { severity: 'warning', label: '审查意见书未载明面积', article: guideCitation('evidenceChecks'), message: '《建设用地审查意见书》未载明用地面积，待补正' },
  'evidence-other-proof': { severity: 'warning', label: '其他证明材料待核实', article: '审核要求表 第一至五类 审核要求 2', message: '以“其他证明材料”作为{requirement}，请人工核实' },
  'evidence-not-applicable': { severity: 'info', label: '材料未采用', article: '审核要求表 审核要求', message: '材料“{value}”不属于第{category}类的审核要求，未采用' },
  'evidence-unknown-project': { severity: 'error', label: '材料编号无对应项目', article: guideCitation('evidenceInput'), message: '材料清单中的编号 {value} 不对应任何项目', hint: '核对编号是否与供地备案/再开发/复垦记录一致。' },
  'evidence-project-not-candidate': { severity: 'info', label: '非挂钩项目的材料', article: guideCitation('evidenceInput'), message: '编号 {value} 的记录不属于挂钩项目，其材料未使用' },

  // ── city opinion (四、1) ──────────────────────────────────────────────────────────────────────────────
  'city-feedback-none': { severity: 'warning', label: '设区市未反馈', article: '浙土资发〔2017〕19号 四、1', message: '{city}未反馈审核意见（共 {count} 个项目，{effect}）' },
  'city-feedback-missing': { severity: 'warning', label: '设区市未反馈', article: '浙土资发〔2017〕19号 四、1', message: '{city}未返回审核意见表（未反馈），{effect}' },
  'city-opinion-missing': { severity: 'warning', label: '设区市无意见', article: '浙土资发〔2017〕19号 四、1', message: '{city}反馈的审核意见中没有该项目的意见，{effect}' },
  'city-disagrees': { severity: 'warning', label: '设区市不同意', article: '浙土资发〔2017〕19号 四、1', message: '设区市审核意见为“不同意”，不予认定{note}' },
  'city-needs-correction': { severity: 'warning', label: '设区市要求补正', article: '浙土资发〔2017〕19号 四、1', message: '设区市审核意见为“需补正”，待补正{note}' },
  'city-opinion-conflict': { severity: 'warning', label: '设区市意见矛盾', article: '浙土资发〔2017〕19号 四、1', message: '设区市对该项目给出多个不同意见（{detail}），按最不利的“{value}”处理' },
  'city-opinion-unknown-project': { severity: 'error', label: '意见编号不是本市项目', article: '浙土资发〔2017〕19号 四、1', message: '审核意见中的编号 {value} 不是{city}的挂钩项目', hint: '核对审核工作簿中的编号；不要在审核工作簿中增加或改动项目。' },

  // ── inspection (四、2; 五) ───────────────────────────────────────────────────────────────────────────
  'inspection-area-reduced': { severity: 'warning', label: '核查核减面积', article: guideCitation('deductionYearAndBase'), message: '核查结论为面积核减，按核实面积 {value} 公顷认定（原 {expected} 公顷）' },
  'inspection-area-not-smaller': { severity: 'info', label: '核实面积不小于认定面积', article: guideCitation('deductionYearAndBase'), message: '核查结论为面积核减，但核实面积 {value} 公顷不小于认定面积 {expected} 公顷，按原面积认定' },
  'inspection-area-missing': { severity: 'warning', label: '未填核实面积', article: guideCitation('deductionYearAndBase'), message: '核查结论为面积核减，但未填核实面积，待补正' },
  'inspection-fraud': { severity: 'warning', label: '弄虚作假', article: '浙土资发〔2017〕19号 五、监督检查', message: '核查结论为“{value}”，认定为弄虚作假，不予认定并双倍扣减' },
  'inspection-multiple': { severity: 'info', label: '多条核查记录', article: '浙土资发〔2017〕19号 四、2', message: '该项目有多条核查记录（{detail}），按最不利的结论处理' },
  'inspection-earlier-project': { severity: 'info', label: '以前年度项目的核查', article: guideCitation('deductionYearAndBase'), message: '该项目已于 {year} 年度挂钩认定，核查结论“{value}”不改变本年度结果' },
  'inspection-unknown-project': { severity: 'error', label: '核查编号不是本年度项目', article: '浙土资发〔2017〕19号 四、2', message: '核查结果中的编号 {value} 不是本年度挂钩项目', hint: '核对核查结果中的编号是否与本年度供地备案、再开发或复垦记录一致。' },

  // ── opt-in reward: 低效工业用地整治意见（2023） 四、(二) (policy/reward.ts) ─────────────────────────────────────
  'reward-enabled': { severity: 'info', label: '已启用整治奖励', article: '低效工业用地整治意见（2023） 四、(二)', message: '已启用政策扩展：低效工业用地整治项目纳入“增存挂钩”，按 {ratio}:1 奖励新增建设用地计划指标（{document} 四、(二)）' },
  'reward-acceptance-missing': { severity: 'warning', label: '缺少整治验收材料', article: '低效工业用地整治意见（2023） 四、(二)', message: '工业用地提质项目缺少{requirement}，不能认定为符合条件的整治项目，待补正（可用材料：{expected}）', hint: '在材料清单中补充该项目的整治验收意见或验收报告（材料类型：整治验收材料）。' },
  'reward-excluded-government-resupply': { severity: 'warning', label: '政府重新供地', article: '低效工业用地整治意见（2023） 四、(二)', message: '涉及政府重新办理土地供应手续，应按供地备案（第一至四类）申报，不计入整治奖励，不予认定' },
  'reward-excluded-commercial-real-estate': { severity: 'warning', label: '经营性房地产', article: '低效工业用地整治意见（2023） 四、(二)', message: '改变后用途“{value}”属经营性房地产（{expected}），不是工业用地整治，不计入整治奖励，不予认定' },
  'reward-evidence-not-applicable': { severity: 'info', label: '材料未采用', article: '低效工业用地整治意见（2023） 四、(二)', message: '材料“{value}”不属于整治奖励的审核要求，未采用' },

  // ── ledger (决定 7) ───────────────────────────────────────────────────────────────────────────────────
  'ledger-already-credited': { severity: 'warning', label: '已挂钩', article: guideCitation('parcelOnce'), message: '该地块已于 {value} 年度挂钩认定，不得重复认定' },

  // ── deductions (五; 决定 5, 6) ───────────────────────────────────────────────────────────────────────
  'deduction-fraud': { severity: 'warning', label: '弄虚作假双倍扣减', article: '浙土资发〔2017〕19号 五、监督检查', message: '{year} 年度项目弄虚作假，双倍扣减：{basisLabel} {basis} 公顷 ÷ {ratio} × {multiplier} = {deduction} 公顷（四舍五入保留 4 位）' },
  'deduction-revoked': { severity: 'warning', label: '已撤销双倍扣减', article: '浙土资发〔2017〕19号 五、监督检查', message: '{year} 年度挂钩项目已撤销，双倍扣减：{basisLabel} {basis} 公顷 ÷ {ratio} × {multiplier} = {deduction} 公顷（四舍五入保留 4 位）' },
  'deduction-not-started': { severity: 'warning', label: '未开工双倍扣减', article: '浙土资发〔2017〕19号 五、监督检查', message: '{year} 年度挂钩项目未开工且无合理证明，双倍扣减：{basisLabel} {basis} 公顷 ÷ {ratio} × {multiplier} = {deduction} 公顷（四舍五入保留 4 位）' },
  'carried-incomplete': { severity: 'error', label: '结转扣减记录不全', article: guideCitation('netQuotaNotNegative'), message: '结转扣减记录的“{column}”为空或无效，未扣减', hint: '核对上年度挂钩方案“分县”表的结转扣减，重新运行 landlink ledger add。' },
  'deduction-carried': { severity: 'warning', label: '先行扣减结转', article: guideCitation('carriedDeduction'), message: '{county}：{year} 年度挂钩方案结转扣减 {deduction} 公顷，本年度先行扣减' },
  'start-check-wrong-year': { severity: 'error', label: '开工核查年度不符', article: '浙土资发〔2017〕19号 五、监督检查', message: '开工核查的挂钩年度为 {value}，应为 {expected}，未扣减', hint: '开工核查只核查上一年度的挂钩项目：更正挂钩年度，或把其他年度的记录移出该文件。' },
  'start-check-unknown-project': { severity: 'error', label: '开工核查编号不在台账', article: guideCitation('startCheckBase'), message: '开工核查的编号 {value} 不在已挂钩台账的 {expected} 年度项目中，暂按核查记录的认定面积和行政区扣减（数据未就绪）', hint: '核对编号与已挂钩台账；台账缺项时先补登台账（landlink ledger add）。' },
  'start-check-unverified': { severity: 'warning', label: '开工核查未与台账核对', article: guideCitation('startCheckBase'), message: '已挂钩台账中没有 {year} 年度项目，{count} 条开工核查记录按记录本身的认定面积和行政区扣减，未与台账核对', hint: '上一年度挂钩方案审定后，用 landlink ledger add 登记台账，再重新计算。' },
  'start-check-differs-from-ledger': { severity: 'warning', label: '开工核查与台账不一致', article: guideCitation('startCheckBase'), message: '开工核查“{column}”为 {value}，与已挂钩台账的 {expected} 不一致，按台账扣减' },
  'start-check-incomplete': { severity: 'warning', label: '开工核查记录不全', article: '浙土资发〔2017〕19号 五、监督检查', message: '开工核查记录缺少“{column}”，无法扣减' },
  'start-check-duplicate': { severity: 'warning', label: '多条开工核查记录', article: '浙土资发〔2017〕19号 五、监督检查', message: '编号 {value} 有多条开工核查记录（{detail}），按最不利的结果处理' },
  'deduction-carried-forward': { severity: 'warning', label: '结转扣减', article: guideCitation('netQuotaNotNegative'), message: '{county}扣减指标 {deduction} 公顷超过挂钩指标 {quota} 公顷，核定指标为 0，结转扣减 {carried} 公顷' },
  'county-sanctioned': { severity: 'warning', label: '受处罚', article: '浙土资发〔2017〕19号 五、监督检查', message: '{county}有双倍扣减项目：取消当年度各类评优评先资格，暂停土地利用总体规划局部调整审批和新增用地报批' },
} as const satisfies Record<string, FindingSpec>;
