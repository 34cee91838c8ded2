// City opinions (四、1), inspections (四、2; 五; 决定 5) and the ledger (决定 7), as rule cases.
import type { RuleCase } from '../harness.js';
import { FILES, Y, ha, inspectionRow, ledgerRow, opinion, supply, workbook, year } from '../builders.js';

const hz = (id: string, over: Parameters<typeof supply>[1] = {}) => supply(id, { region: { code: '330102' }, ...over });  // 杭州
const nb = (id: string, over: Parameters<typeof supply>[1] = {}) => supply(id, { region: { code: '330203' }, ...over });  // 宁波 海曙区

export const cityOpinionCases: RuleCase[] = [
  {
    name: '设区市同意 → 按材料认定', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ supply: [hz('Q1')], feedback: [workbook('330100', [opinion('Q1', 'agree')])] }),
    projects: { Q1: { status: 'credited', codes: [] } },
  },
  {
    name: '设区市不同意 → 不予认定', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ supply: [hz('Q2')], feedback: [workbook('330100', [opinion('Q2', 'disagree', { row: 5, note: '坐落有误' })])] }),
    projects: { Q2: { status: 'rejected', creditedHa: '0', codes: ['city-disagrees'] } },
    findings: [{ code: 'city-disagrees', projectId: 'Q2', row: 5, column: '审核意见', value: '不同意' }],
  },
  {
    name: '设区市需补正 → 待补正', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ supply: [hz('Q3')], feedback: [workbook('330100', [opinion('Q3', 'needs-correction')])] }),
    projects: { Q3: { status: 'pending', codes: ['city-needs-correction'] } },
  },
  {
    name: '全部设区市均未反馈：每市一条汇总警告，项目仍计入', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ supply: [hz('Q4'), hz('Q5'), nb('Q6')], feedback: [] }),
    projects: { Q4: { status: 'credited', codes: ['city-feedback-none'] }, Q5: { status: 'credited', codes: ['city-feedback-none'] }, Q6: { status: 'credited', codes: ['city-feedback-none'] } },
    counts: { 'city-feedback-none': 2, 'city-feedback-missing': 0 },
  },
  {
    name: '全部未反馈且参数不计入 → 待补正', article: '浙土资发〔2017〕19号 四、1', policy: { countWithoutCityFeedback: false },
    inputs: year({ supply: [hz('Q7')], feedback: [] }),
    projects: { Q7: { status: 'pending', codes: ['city-feedback-none'] } },
    counts: { 'city-feedback-none': 1 },
  },
  {
    name: '某市未反馈（他市已反馈）：该市项目逐个警告并计入', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ supply: [hz('Q8'), nb('Q9', { row: 50 })], feedback: [workbook('330100', [opinion('Q8', 'agree')])] }),
    projects: { Q8: { status: 'credited', codes: [] }, Q9: { status: 'credited', codes: ['city-feedback-missing'] } },
    findings: [{ code: 'city-feedback-missing', projectId: 'Q9', file: FILES.supply, row: 50 }],
  },
  {
    name: '某市未反馈且参数不计入 → 待补正', article: '浙土资发〔2017〕19号 四、1', policy: { countWithoutCityFeedback: false },
    inputs: year({ supply: [hz('Q10'), nb('Q11')], feedback: [workbook('330100', [opinion('Q10', 'agree')])] }),
    projects: { Q10: { status: 'credited', codes: [] }, Q11: { status: 'pending', codes: ['city-feedback-missing'] } },
  },
  {
    name: '反馈表中缺该项目意见', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ supply: [hz('Q12'), hz('Q13')], feedback: [workbook('330100', [opinion('Q12', 'agree'), opinion('Q13', null)])] }),
    projects: { Q12: { status: 'credited', codes: [] }, Q13: { status: 'credited', codes: ['city-opinion-missing'] } },
  },
  {
    name: '同一项目多条不同意见 → 按最不利处理', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ supply: [hz('Q14')], feedback: [workbook('330100', [opinion('Q14', 'agree', { row: 3 }), opinion('Q14', 'needs-correction', { row: 4 })])] }),
    projects: { Q14: { status: 'pending', codes: ['city-opinion-conflict', 'city-needs-correction'] } },
    findings: [{ code: 'city-opinion-conflict', projectId: 'Q14', row: 4 }],
  },
  {
    name: '反馈表中编号不是该市项目 → 错误', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ supply: [hz('Q15'), nb('Q16')], feedback: [workbook('330100', [opinion('Q15', 'agree'), opinion('Q16', 'agree', { row: 9 }), opinion('GHOST', 'agree', { row: 10 })])] }),
    findings: [{ code: 'city-opinion-unknown-project', row: 9, value: 'Q16' }, { code: 'city-opinion-unknown-project', row: 10, value: 'GHOST' }],
    counts: { 'city-opinion-unknown-project': 2 },
  },
];

export const inspectionCases: RuleCase[] = [
  {
    name: '核查属实 → 不变', article: '浙土资发〔2017〕19号 四、2',
    inputs: year({ supply: [hz('H1')], inspection: [inspectionRow('H1', { conclusion: 'confirmed' })] }),
    projects: { H1: { status: 'credited', creditedHa: '1', codes: [] } },
  },
  {
    name: '面积核减且核实面积较小 → 按核实面积认定', article: 'domain.md 决定 5',
    inputs: year({ supply: [hz('H2')], inspection: [inspectionRow('H2', { conclusion: 'area-reduced', verifiedAreaHa: ha('0.8'), row: 6 })] }),
    projects: { H2: { status: 'credited', creditedHa: '0.8', codes: ['inspection-area-reduced'] } },
    findings: [{ code: 'inspection-area-reduced', projectId: 'H2', file: FILES.inspection, row: 6, column: '核实面积(公顷)', value: '0.8' }],
  },
  {
    name: '面积核减但核实面积不小 → 按原面积认定（提示）', article: 'domain.md 决定 5',
    inputs: year({ supply: [hz('H3')], inspection: [inspectionRow('H3', { conclusion: 'area-reduced', verifiedAreaHa: ha('1.2') })] }),
    projects: { H3: { status: 'credited', creditedHa: '1', codes: ['inspection-area-not-smaller'] } },
  },
  {
    name: '面积核减但无核实面积 → 待补正', article: 'domain.md 决定 5',
    inputs: year({ supply: [hz('H4')], inspection: [inspectionRow('H4', { conclusion: 'area-reduced' })] }),
    projects: { H4: { status: 'pending', codes: ['inspection-area-missing'] } },
  },
  ...(['misreported', 'false-report', 'untrue'] as const).map((conclusion, i): RuleCase => ({
    // Declared (存量面积) 0.9, surveyed 0.75: the base is the declared area (决定 5).
    name: `核查结论 ${conclusion} → 弄虚作假，双倍扣减 2 × (申报 0.9 ÷ 3) = 0.6`, article: '浙土资发〔2017〕19号 五、监督检查',
    inputs: year({ supply: [hz(`HF${i}`, { stockAreaHa: ha('0.9'), surveyedAreaHa: ha('0.75') })], inspection: [inspectionRow(`HF${i}`, { conclusion })] }),
    projects: { [`HF${i}`]: { status: 'fraud', creditedHa: '0', codes: ['inspection-fraud', 'deduction-fraud'] } },
    deductions: [{ id: `HF${i}`, reason: 'fraud', deductionHa: '0.6' }],
    counties: { '330102': { creditedHa: '0', quotaHa: '0', deductionHa: '0.6', netQuotaHa: '0', carriedDeductionHa: '0.6', sanctioned: true } },
  })),
  {
    // Supplied 0.9, 核实面积 0.3: still 2 × (0.9 ÷ 3) = 0.6, not 2 × (0.3 ÷ 3) = 0.2.
    name: '弄虚作假且面积核减 → 仍以申报面积为基数', article: 'domain.md 决定 5',
    inputs: year({ supply: [hz('H5', { supplyAreaHa: ha('0.9'), surveyedAreaHa: ha('0.9') })], inspection: [inspectionRow('H5', { conclusion: 'area-reduced', verifiedAreaHa: ha('0.3') }), inspectionRow('H5', { conclusion: 'false-report' })] }),
    projects: { H5: { status: 'fraud', codes: ['inspection-multiple', 'inspection-area-reduced', 'inspection-fraud', 'deduction-fraud'] } },
    deductions: [{ id: 'H5', reason: 'fraud', deductionHa: '0.6' }],
  },
  {
    // Rejected (signed last year) and pending (no survey) alike: 2 × (1.5 ÷ 3) = 1 and 2 × (0.6 ÷ 3) = 0.4.
    name: '弄虚作假且本应不予认定或待补正 → 仍按申报面积双倍扣减', article: 'domain.md 决定 5',
    inputs: year({
      supply: [hz('H6', { supplyAreaHa: ha('1.5'), surveyedAreaHa: ha('1.5'), signedDate: `${Y - 1}-06-01` }), hz('H6P', { supplyAreaHa: ha('0.6'), surveyedAreaHa: null })],
      inspection: [inspectionRow('H6', { conclusion: 'untrue' }), inspectionRow('H6P', { conclusion: 'misreported' })],
    }),
    projects: {
      H6: { status: 'fraud', creditedHa: '0', codes: ['date-outside-year', 'inspection-fraud', 'deduction-fraud'] },
      H6P: { status: 'fraud', creditedHa: '0', codes: ['area-survey-required', 'inspection-fraud', 'deduction-fraud'] },
    },
    deductions: [{ id: 'H6', reason: 'fraud', deductionHa: '1' }, { id: 'H6P', reason: 'fraud', deductionHa: '0.4' }],
    counties: { '330102': { deductionHa: '1.4', sanctioned: true } },
  },
  {
    // Credited 1.2 in Y−2 (ledger, 宁波 海曙区): 2 × (1.2 ÷ 3) = 0.8 this year, year Y−2, in 330203.
    name: '本年度核查发现往年项目弄虚作假 → 按台账认定面积本年度双倍扣减', article: 'domain.md 决定 5',
    inputs: year({
      supply: [hz('H8')],
      inspection: [inspectionRow('OLD1', { conclusion: 'false-report', row: 14 }), inspectionRow('OLD2', { conclusion: 'confirmed', row: 15 })],
      ledger: [ledgerRow('OLD1', { linkageYear: Y - 2, creditedAreaHa: ha('1.2'), region: { code: '330203' } }), ledgerRow('OLD2', { linkageYear: Y - 1 })],
    }),
    deductions: [{ id: 'OLD1', reason: 'fraud', year: Y - 2, deductionHa: '0.8' }],
    counties: { '330203': { creditedHa: '0', deductionHa: '0.8', netQuotaHa: '0', carriedDeductionHa: '0.8', sanctioned: true } },
    findings: [
      { code: 'deduction-fraud', projectId: 'OLD1', file: FILES.inspection, row: 14 },
      { code: 'inspection-earlier-project', projectId: 'OLD2', row: 15, column: '核查结论', value: '属实' },
    ],
    counts: { 'inspection-unknown-project': 0 },
  },
  {
    name: '核查结果编号不是本年度项目 → 错误', article: '浙土资发〔2017〕19号 四、2',
    inputs: year({ supply: [hz('H7')], inspection: [inspectionRow('NOPE', { row: 12 })] }),
    findings: [{ code: 'inspection-unknown-project', file: FILES.inspection, row: 12, column: '项目编号', value: 'NOPE' }],
  },
];

export const ledgerCases: RuleCase[] = [
  {
    name: '已于往年挂钩认定 → 不予认定', article: 'domain.md 决定 7',
    inputs: year({ supply: [hz('LG1'), hz('LG2')], ledger: [ledgerRow('LG1', { linkageYear: Y - 3, row: 4 })] }),
    projects: { LG1: { status: 'rejected', creditedHa: '0', codes: ['ledger-already-credited'] }, LG2: { status: 'credited', codes: [] } },
    findings: [{ code: 'ledger-already-credited', projectId: 'LG1', file: FILES.ledger, row: 4, value: String(Y - 3) }],
  },
  {
    name: '台账中本年度的记录（重算）不算重复', article: 'domain.md 决定 7',
    inputs: year({ supply: [hz('LG3')], ledger: [ledgerRow('LG3', { linkageYear: Y })] }),
    projects: { LG3: { status: 'credited', codes: [] } },
  },
  {
    name: '台账挂钩年度无法识别 → 按往年处理', article: 'domain.md 决定 7',
    inputs: year({ supply: [hz('LG4')], ledger: [ledgerRow('LG4', { linkageYear: null })] }),
    projects: { LG4: { status: 'rejected', codes: ['ledger-already-credited'] } },
  },
];
