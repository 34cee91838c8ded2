// Category recognition (审核要求表 项目信息来源) and exclusions (一、6, 一、7, 四、1), as rule cases.
import type { RuleCase } from '../harness.js';
import { FILES, Y, doc, reclamation, redevelopment, supply, year } from '../builders.js';
import type { CategoryId } from '../../../src/policy/categories.js';

const credited = (category: CategoryId) => ({ status: 'credited' as const, category, codes: [] });

/** One case per source path of the table (category 5 has two). */
export const sourceCases: RuleCase[] = [
  { name: '回收收购土地 → 第一类', article: '审核要求表 第一类 项目信息来源', inputs: year({ supply: [supply('S1', { stockType: 'reclaimed' })] }), projects: { S1: credited(1) } },
  { name: '空闲地 (划拨决定书) → 第二类', article: '审核要求表 第二类 项目信息来源', inputs: year({ supply: [supply('S2', { category: 2, filingType: 'allocation' })] }), projects: { S2: credited(2) } },
  { name: '城中村改造、小城镇环境综合整治土地 → 第三类', article: '审核要求表 第三类 项目信息来源', inputs: year({ supply: [supply('S3', { category: 3 })] }), projects: { S3: credited(3) } },
  { name: '"三改一拆"拆后土地 → 第四类', article: '审核要求表 第四类 项目信息来源', inputs: year({ supply: [supply('S4', { category: 4 })] }), projects: { S4: credited(4) } },
  {
    name: '农用地转用和土地征收 → 集体建设用地征收 → 第五类', article: '审核要求表 第五类 项目信息来源',
    inputs: year({ supply: [supply('S5A', { filingType: 'allocation', landSource: 'conversion-requisition', stockType: null, requisitionType: 'collective-construction' })] }),
    projects: { S5A: credited(5) },
  },
  { name: '集体建设用地 → 集体存量建设用地 → 第五类', article: '审核要求表 第五类 项目信息来源', inputs: year({ supply: [supply('S5B', { category: 5 })] }), projects: { S5B: credited(5) } },
  { name: '再开发类型 退二进三 → 第六类', article: '审核要求表 第六类 项目信息来源', inputs: year({ redevelopment: [redevelopment('R6')] }), projects: { R6: credited(6) } },
  { name: '复核验收记录 → 第七类', article: '浙土资发〔2017〕19号 四、1', inputs: year({ reclamation: [reclamation('C7')] }), projects: { C7: credited(7) } },
  {
    name: '备案类型无法识别时按土地来源和存量类型认定', article: '审核要求表 第一类 项目信息来源',
    inputs: year({ supply: [supply('S1N', { filingType: null })] }), projects: { S1N: credited(1) },
  },
  {
    name: '新增建设用地不是挂钩项目（汇总提示一条）', article: '审核要求表 第一至五类 项目信息来源',
    inputs: year({ supply: [supply('N1', { landSource: 'new-state', stockType: null }), supply('N2', { landSource: 'unused', stockType: null })] }),
    absent: ['N1', 'N2'], counts: { 'supply-not-linkage': 1 }, findings: [{ code: 'supply-not-linkage', file: FILES.supply }],
  },
  {
    name: '存量类型“其他”不是挂钩项目', article: '审核要求表 第一至四类 项目信息来源',
    inputs: year({ supply: [supply('O1', { stockType: 'other' })] }), absent: ['O1'], counts: { 'supply-not-linkage': 1 },
  },
  {
    name: '征收集体农用地不是挂钩项目', article: '审核要求表 第五类 项目信息来源',
    inputs: year({ supply: [supply('F1', { landSource: 'conversion-requisition', stockType: null, requisitionType: 'collective-farmland' })] }),
    absent: ['F1'], counts: { 'supply-not-linkage': 1 },
  },
  {
    name: '国有存量建设用地缺存量类型：无法确定类别', article: '审核要求表 第一至四类 项目信息来源',
    inputs: year({ supply: [supply('M1', { stockType: null, row: 7 })] }), absent: ['M1'],
    findings: [{ code: 'supply-stock-type-missing', projectId: 'M1', file: FILES.supply, row: 7, column: '存量类型' }],
  },
  {
    name: '备案类型与土地来源不对应（集体建设用地 + 国有存量）', article: '审核要求表 第一至五类 项目信息来源',
    inputs: year({ supply: [supply('X1', { filingType: 'collective', row: 8 }), supply('X5', { category: 5, filingType: 'transfer', row: 9 })] }), absent: ['X1', 'X5'],
    findings: [
      { code: 'supply-filing-type-mismatch', projectId: 'X1', row: 8, column: '备案类型', value: '集体建设用地' },
      { code: 'supply-filing-type-mismatch', projectId: 'X5', row: 9, value: '出让合同' },
    ],
  },
  {
    name: '全国土地市场网导出的现有建设用地无法分类', article: '审核要求表 第一至五类 项目信息来源',
    inputs: year({ supply: [supply('E1', { landSource: 'existing', stockType: null }), supply('E2', { landSource: 'new-from-stock-pool', stockType: null })] }),
    absent: ['E1', 'E2'], counts: { 'supply-stock-unclassified': 1 },
  },
  {
    name: '再开发类型不是退二进三：不属于第六类', article: '审核要求表 第六类 项目信息来源',
    inputs: year({ redevelopment: [redevelopment('U1', { redevelopmentType: 'industrial-upgrade' }), redevelopment('U2', { redevelopmentType: 'urban-village' })] }),
    absent: ['U1', 'U2'], counts: { 'redevelopment-not-linkage': 1 },
  },
];

export const exclusionCases: RuleCase[] = [
  {
    name: '签订日期不在本年度 → 不予认定', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ supply: [supply('D1', { signedDate: `${Y - 1}-12-31`, row: 5 })] }),
    projects: { D1: { status: 'rejected', creditedHa: '0', codes: ['date-outside-year'] } },
    findings: [{ code: 'date-outside-year', projectId: 'D1', row: 5, column: '签订日期', value: `${Y - 1}-12-31` }],
  },
  {
    name: '完成日期不在本年度 → 不予认定', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ redevelopment: [redevelopment('D6', { completedDate: `${Y + 1}-01-02` })] }),
    projects: { D6: { status: 'rejected', codes: ['date-outside-year'] } },
    findings: [{ code: 'date-outside-year', column: '完成日期' }],
  },
  {
    name: '验收日期不在本年度 → 不予认定', article: '浙土资发〔2017〕19号 四、1',
    inputs: year({ reclamation: [reclamation('D7', { acceptanceDate: `${Y - 2}-03-01` })] }),
    projects: { D7: { status: 'rejected', codes: ['date-outside-year'] } },
    findings: [{ code: 'date-outside-year', column: '验收日期' }],
  },
  ...(['商品住宅', '房地产开发', '经营性房地产', '城镇住宅用地', '商品房销售', '商住混合'] as const).map((use, i): RuleCase => ({
    name: `改变后用途“${use}”属经营性房地产 → 不予认定`, article: '浙土资发〔2017〕19号 一、6',
    inputs: year({ redevelopment: [redevelopment(`CRE${i}`, { newUse: use })] }),
    projects: { [`CRE${i}`]: { status: 'rejected', creditedHa: '0', codes: ['excluded-commercial-real-estate'] } },
    findings: [{ code: 'excluded-commercial-real-estate', projectId: `CRE${i}`, column: '改变后用途', value: use }],
  })),
  ...(['商务办公', '科技研发', '养老服务', '物流仓储'] as const).map((use, i): RuleCase => ({
    name: `改变后用途“${use}”是服务业 → 可认定`, article: '浙土资发〔2017〕19号 一、6',
    inputs: year({ redevelopment: [redevelopment(`SVC${i}`, { newUse: use })] }),
    projects: { [`SVC${i}`]: { status: 'credited', codes: [] } },
  })),
  {
    name: '政府重新供地 → 不属于第六类', article: '浙土资发〔2017〕19号 一、6',
    inputs: year({ redevelopment: [redevelopment('G1', { governmentResupply: 'yes' }), redevelopment('G0', { governmentResupply: null })] }),
    projects: { G1: { status: 'rejected', codes: ['excluded-government-resupply'] }, G0: { status: 'credited', codes: [] } },
    findings: [{ code: 'excluded-government-resupply', projectId: 'G1', column: '政府重新供地' }],
  },
  {
    name: '复核验收不通过 → 不予认定', article: '浙土资发〔2017〕19号 一、7',
    inputs: year({ reclamation: [reclamation('A1', { acceptance: 'failed' })] }),
    projects: { A1: { status: 'rejected', codes: ['excluded-acceptance-failed'] } },
  },
  {
    name: '规则所需字段为空 → 待补正', article: '浙土资发〔2017〕19号 二、挂钩要求',
    inputs: year({
      supply: [supply('I1', { region: null, row: 11 }), supply('I2', { signedDate: null, row: 12 })],
      redevelopment: [redevelopment('I6', { newUse: null })],
      reclamation: [reclamation('I7', { reclaimedAreaHa: null, acceptance: null })],
    }),
    projects: {
      I1: { status: 'pending', codes: ['project-data-incomplete'] }, I2: { status: 'pending', codes: ['project-data-incomplete'] },
      I6: { status: 'pending', codes: ['project-data-incomplete'] }, I7: { status: 'pending', creditedHa: '0', codes: ['project-data-incomplete'] },
    },
    findings: [
      { code: 'project-data-incomplete', projectId: 'I1', row: 11, column: '行政区代码' },
      { code: 'project-data-incomplete', projectId: 'I2', row: 12, column: '签订日期' },
      { code: 'project-data-incomplete', projectId: 'I6', column: '改变后用途' },
      { code: 'project-data-incomplete', projectId: 'I7', column: '复垦面积(公顷)' },
      { code: 'project-data-incomplete', projectId: 'I7', column: '验收结论' },
    ],
  },
  {
    name: '同一编号出现在两个文件 → 均暂不认定', article: 'domain.md 决定 7',
    inputs: year({ supply: [supply('DUP1', { row: 3 })], reclamation: [reclamation('DUP1', { row: 4 })] }),
    counts: { 'id-in-two-files': 2 },
    findings: [
      { code: 'id-in-two-files', projectId: 'DUP1', file: FILES.supply, row: 3 },
      { code: 'id-in-two-files', projectId: 'DUP1', file: FILES.reclamation, row: 4 },
    ],
  },
  {
    name: '同一文件中编号重复 → 均暂不认定', article: 'domain.md 决定 7',
    inputs: year({ supply: [supply('DUP2', { row: 20 }), supply('DUP2', { row: 21 })] }),
    counts: { 'project-id-duplicate': 2 },
    findings: [{ code: 'project-id-duplicate', projectId: 'DUP2', row: 20, column: '电子监管号' }],
  },
  {
    name: '读取时该行的问题并入项目的问题', article: 'domain.md 决定 3',
    inputs: year({
      supply: [supply('RF1', { row: 30, supplyMethod: null })],
      findings: [{ code: 'cell-enum-invalid', severity: 'error', location: { file: FILES.supply, sheet: 'Sheet1', row: 30, column: '供地方式', value: '竞拍' } }],
    }),
    projects: { RF1: { status: 'credited', codes: ['cell-enum-invalid'] } },
  },
];

// Evidence for a project that is no linkage candidate is kept apart from evidence for an unknown id.
export const orphanEvidenceCases: RuleCase[] = [
  {
    name: '材料编号不对应任何项目 → 错误', article: 'inputs.md evidence',
    inputs: year({ supply: [supply('K1')], evidence: [doc('NOPE', 'review-opinion', { row: 40 })] }),
    findings: [{ code: 'evidence-unknown-project', file: FILES.evidence, row: 40, column: '项目编号', value: 'NOPE' }],
  },
  {
    name: '非挂钩记录的材料 → 提示', article: 'inputs.md evidence',
    inputs: year({ supply: [supply('NL1', { landSource: 'new-state', stockType: null })], evidence: [doc('NL1', 'review-opinion', { row: 41 })] }),
    findings: [{ code: 'evidence-project-not-candidate', row: 41, value: 'NL1' }],
  },
];
