// The December start check (五、监督检查; 决定 5), deductions, carried-forward deduction (决定 6) and sanctions.
import type { RuleCase } from '../harness.js';
import { FILES, Y, carriedRow, ha, inspectionRow, ledgerRow, startCheck, supply, year } from '../builders.js';

// 0.3 公顷 credited last year → its quota 0.1 → double deduction 0.2.
export const startCheckCases: RuleCase[] = [
  ...([
    ['started', null], ['not-started-justified', null], ['not-started-unjustified', 'not-started'], ['revoked', 'revoked'],
  ] as const).map(([result, reason], i): RuleCase => ({
    name: `开工核查“${result}” → ${reason ?? '不扣减'}`, article: '浙土资发〔2017〕19号 五、监督检查',
    inputs: year({ startCheck: [startCheck(`SC${i}`, { result })], ledger: [ledgerRow(`SC${i}`)] }),
    deductions: reason ? [{ id: `SC${i}`, reason, year: Y - 1, deductionHa: '0.2' }] : [],
    counties: reason ? { '330102': { creditedHa: '0', quotaHa: '0', deductionHa: '0.2', netQuotaHa: '0', carriedDeductionHa: '0.2', sanctioned: true } } : {},
    ...(reason ? { findings: [{ code: reason === 'revoked' ? 'deduction-revoked' as const : 'deduction-not-started' as const, projectId: `SC${i}`, file: FILES.startCheck }] } : {}),
  })),
  {
    name: '挂钩年度不是上一年度 → 错误，不扣减', article: '浙土资发〔2017〕19号 五、监督检查',
    inputs: year({ startCheck: [startCheck('SW1', { linkageYear: Y - 2, result: 'revoked', row: 3 })], ledger: [ledgerRow('SW1', { linkageYear: Y - 2 })] }),
    deductions: [],
    findings: [{ code: 'start-check-wrong-year', projectId: 'SW1', row: 3, column: '挂钩年度', value: String(Y - 2) }],
  },
  {
    // The ledger has Y−1 ids but not SU1: the row's 0.3 → 2 × 0.1 = 0.2, and an error (data not ready).
    name: '台账有上一年度项目但没有该项目 → 错误，按核查记录扣减', article: 'domain.md 决定 5c',
    inputs: year({ startCheck: [startCheck('SU1', { result: 'revoked', row: 6 })], ledger: [ledgerRow('OTHER')] }),
    deductions: [{ id: 'SU1', reason: 'revoked', year: Y - 1, deductionHa: '0.2' }],
    findings: [{ code: 'start-check-unknown-project', projectId: 'SU1', file: FILES.startCheck, row: 6, column: '项目编号', value: 'SU1' }],
    counties: { '330102': { deductionHa: '0.2', sanctioned: true } },
    counts: { 'start-check-unverified': 0 },
  },
  {
    name: '未提供台账 → 一条警告（ledger add），按核查记录扣减', article: 'domain.md 决定 5c',
    inputs: year({ startCheck: [startCheck('SV1', { result: 'not-started-unjustified' }), startCheck('SV2', { result: 'started' })] }),
    deductions: [{ id: 'SV1', reason: 'not-started', year: Y - 1, deductionHa: '0.2' }],
    counts: { 'start-check-unverified': 1, 'start-check-unknown-project': 0 },
  },
  {
    // The ledger holds only Y−2 ids (not updated after last year's plan): same as no ledger.
    name: '台账没有任何上一年度项目 → 一条警告，按核查记录扣减', article: 'domain.md 决定 5c',
    inputs: year({ startCheck: [startCheck('SV3', { result: 'revoked', creditedAreaHa: ha('0.45') })], ledger: [ledgerRow('OLD', { linkageYear: Y - 2 })] }),
    deductions: [{ id: 'SV3', reason: 'revoked', year: Y - 1, deductionHa: '0.3' }],
    counts: { 'start-check-unverified': 1, 'start-check-unknown-project': 0 },
  },
  {
    // Credited 1.5 in 330102 (ledger); the row says 0.3 and 330105: 2 × (1.5 ÷ 3) = 1.0 from 330102, not 0.2 from 330105.
    name: '开工核查记录与台账不一致 → 按台账认定面积和行政区扣减', article: 'domain.md 决定 5c',
    inputs: year({
      startCheck: [startCheck('SL1', { result: 'revoked', creditedAreaHa: ha('0.3'), region: { code: '330105' }, row: 9 })],
      ledger: [ledgerRow('SL1', { creditedAreaHa: ha('1.5'), region: { code: '330102' } })],
    }),
    deductions: [{ id: 'SL1', reason: 'revoked', year: Y - 1, deductionHa: '1' }],
    findings: [
      { code: 'start-check-differs-from-ledger', projectId: 'SL1', row: 9, column: '认定面积(公顷)', value: '0.3' },
      { code: 'start-check-differs-from-ledger', projectId: 'SL1', row: 9, column: '行政区代码', value: '330105' },
    ],
    counties: { '330102': { deductionHa: '1', sanctioned: true } },
  },
  {
    name: '同一项目多条开工核查 → 按最不利处理一次', article: '浙土资发〔2017〕19号 五、监督检查',
    inputs: year({ startCheck: [startCheck('SD1', { result: 'started' }), startCheck('SD1', { result: 'revoked' })], ledger: [ledgerRow('SD1')] }),
    deductions: [{ id: 'SD1', reason: 'revoked', year: Y - 1, deductionHa: '0.2' }],
    counts: { 'start-check-duplicate': 1 },
  },
  {
    name: '认定面积为空时取台账面积', article: '浙土资发〔2017〕19号 五、监督检查',
    inputs: year({ startCheck: [startCheck('SA1', { result: 'revoked', creditedAreaHa: null, region: null })], ledger: [ledgerRow('SA1', { creditedAreaHa: ha('0.6'), region: { code: '330203' } })] }),
    deductions: [{ id: 'SA1', reason: 'revoked', year: Y - 1, deductionHa: '0.4' }],
    counties: { '330203': { deductionHa: '0.4', sanctioned: true } },
  },
  {
    name: '开工核查缺面积/结果 → 不扣减（警告）', article: '浙土资发〔2017〕19号 五、监督检查',
    inputs: year({ startCheck: [startCheck('SI1', { result: 'revoked', creditedAreaHa: null, row: 7 }), startCheck('SI2', { result: null, row: 8 })] }),
    deductions: [],
    findings: [
      { code: 'start-check-incomplete', projectId: 'SI1', row: 7, column: '认定面积(公顷)' },
      { code: 'start-check-incomplete', projectId: 'SI2', row: 8, column: '核查结果' },
    ],
  },
];

export const decisionCases: RuleCase[] = [
  {
    // Credited 3 → quota 1; carried 0.4 from Y−1's plan → 1 − 0.4 = 0.6; listed first, reason carried; no new sanction.
    // 330105: carried 0.25 and nothing credited → net 0, carried on again 0.25.
    name: '上年度结转扣减本年度先行扣减', article: 'domain.md 决定 6',
    inputs: year({
      supply: [supply('CF1', { supplyAreaHa: ha('3'), surveyedAreaHa: ha('3') })],
      carried: [carriedRow({ row: 2 }), carriedRow({ region: { code: '330105' }, carriedHa: ha('0.25'), row: 3 })],
    }),
    deductions: [
      { id: '', reason: 'carried', year: Y - 1, deductionHa: '0.4' },
      { id: '', reason: 'carried', year: Y - 1, deductionHa: '0.25' },
    ],
    counties: {
      '330102': { creditedHa: '3', quotaHa: '1', deductionHa: '0.4', netQuotaHa: '0.6', carriedDeductionHa: '0', sanctioned: false },
      '330105': { creditedHa: '0', quotaHa: '0', deductionHa: '0.25', netQuotaHa: '0', carriedDeductionHa: '0.25', sanctioned: false },
    },
    findings: [{ code: 'deduction-carried', file: FILES.carried, row: 2 }],
    counts: { 'deduction-carried': 2, 'county-sanctioned': 0 },
  },
  // 决定 9: an area above the ceiling (default 10,000 公顷) is a wrong figure wherever a deduction would start from it
  // — an error on the row, no deduction (a figure like 99,999,999,999,999 公顷 would otherwise reach the plan).
  {
    name: '结转扣减超过面积上限 → 错误，未扣减', article: 'domain.md 决定 9',
    inputs: year({ carried: [carriedRow({ carriedHa: ha('99999999999999'), row: 5 })] }),
    deductions: [],
    findings: [{ code: 'area-implausible', file: FILES.carried, row: 5, column: '结转扣减(公顷)', value: '99999999999999' }],
    counts: { 'deduction-carried': 0 },
  },
  {
    name: '开工核查：台账认定面积超过上限 → 错误，未扣减', article: 'domain.md 决定 9',
    inputs: year({ startCheck: [startCheck('BIG1', { result: 'revoked', row: 7 })], ledger: [ledgerRow('BIG1', { creditedAreaHa: ha('10000.0001') })] }),
    deductions: [],
    findings: [{ code: 'area-implausible', projectId: 'BIG1', file: FILES.startCheck, row: 7, value: '10000.0001' }],
    counts: { 'deduction-revoked': 0 },
  },
  {
    name: '以前年度项目查实虚报：台账认定面积超过上限 → 错误，未扣减', article: 'domain.md 决定 9',
    inputs: year({ inspection: [inspectionRow('BIG2', { conclusion: 'untrue', row: 8 })], ledger: [ledgerRow('BIG2', { linkageYear: Y - 2, creditedAreaHa: ha('20000') })] }),
    deductions: [],
    findings: [{ code: 'area-implausible', projectId: 'BIG2', file: FILES.inspection, row: 8, value: '20000' }],
    counts: { 'deduction-fraud': 0 },
  },
  {
    name: '台账认定面积恰为上限 → 照常扣减', article: 'domain.md 决定 9',
    // 2 × 10,000 ÷ 3 = 20000/3 exactly (shown to 12 places): at the ceiling the deduction is computed as usual.
    inputs: year({ startCheck: [startCheck('EDGE', { result: 'revoked' })], ledger: [ledgerRow('EDGE', { creditedAreaHa: ha('10000') })] }),
    deductions: [{ id: 'EDGE', reason: 'revoked', year: Y - 1, deductionHa: '6666.666666666667' }],
    counts: { 'area-implausible': 0 },
  },
  {
    name: '结转扣减记录缺行政区 → 错误，未扣减', article: 'domain.md 决定 6',
    inputs: year({ carried: [carriedRow({ region: null, row: 4 })] }),
    deductions: [],
    findings: [{ code: 'carried-incomplete', file: FILES.carried, row: 4, column: '行政区代码' }],
  },
  {
    name: '扣减大于挂钩指标：核定为 0，余数结转', article: 'domain.md 决定 6',
    // credited 0.6 → quota 0.2; revoked 0.9 last year → 2 × 0.3 = 0.6; net max(0, 0.2 − 0.6) = 0, carried 0.4.
    inputs: year({ supply: [supply('DC1', { surveyedAreaHa: ha('0.6') })], startCheck: [startCheck('DC0', { result: 'revoked', creditedAreaHa: ha('0.9') })], ledger: [ledgerRow('DC0', { creditedAreaHa: ha('0.9') })] }),
    counties: { '330102': { creditedHa: '0.6', quotaHa: '0.2', deductionHa: '0.6', netQuotaHa: '0', carriedDeductionHa: '0.4', sanctioned: true } },
    counts: { 'deduction-carried-forward': 1, 'county-sanctioned': 1 },
  },
  {
    name: '扣减小于挂钩指标：从同县指标中扣除，无结转', article: 'domain.md 决定 6',
    inputs: year({ supply: [supply('DC2', { supplyAreaHa: ha('3'), surveyedAreaHa: ha('3') })], startCheck: [startCheck('DC3', { result: 'not-started-unjustified', creditedAreaHa: ha('0.9') })], ledger: [ledgerRow('DC3', { creditedAreaHa: ha('0.9') })] }),
    counties: { '330102': { creditedHa: '3', quotaHa: '1', deductionHa: '0.6', netQuotaHa: '0.4', carriedDeductionHa: '0', sanctioned: true } },
    counts: { 'deduction-carried-forward': 0 },
  },
  {
    name: '挂钩比例 3:1（参数可改）', article: '浙土资发〔2017〕19号 三、挂钩比例', policy: { ratio: 4 },
    inputs: year({ supply: [supply('RT1', { supplyAreaHa: ha('2'), surveyedAreaHa: ha('2') })] }),
    counties: { '330102': { creditedHa: '2', quotaHa: '0.5', sanctioned: false } },
  },
  {
    name: '待补正、不予认定的项目不计入面积', article: 'domain.md 决定 3',
    // only ST1 (1 公顷) is credited: quota 1/3 → 0.3333
    inputs: year({
      supply: [supply('ST1', { surveyedAreaHa: ha('1') }), supply('ST2', { supplyAreaHa: ha('2'), surveyedAreaHa: ha('2'), signedDate: `${Y - 1}-01-01` }), supply('ST3', { supplyAreaHa: ha('4'), surveyedAreaHa: ha('4') })],
      inspection: [inspectionRow('ST3', { conclusion: 'area-reduced' })],
    }),
    projects: { ST1: { status: 'credited' }, ST2: { status: 'rejected' }, ST3: { status: 'pending' } },
    counties: { '330102': { creditedHa: '1', quotaHa: '0.3333' } },
  },
];
