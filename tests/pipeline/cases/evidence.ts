// The evidence table (审核要求表 审核要求; domain.md 决定 5b), one case per row of the table and per check.
import type { RuleCase } from '../harness.js';
import { FILES, doc, fullEvidence, ha, reclamation, redevelopment, supply, year } from '../builders.js';
import { evidenceRequirements } from '../../../src/policy/evidence.js';
import type { DocumentType } from '../../../src/domain/vocabulary.js';

const CN = ['', '一', '二', '三', '四', '五', '六', '七'] as const;

/** Every listed proof document of 1–5 satisfies requirement 2 on its own. */
const proofDocCases: RuleCase[] = ([1, 2, 3, 4, 5] as const).flatMap((c) =>
  evidenceRequirements[c][1].documents.map((type: DocumentType, i): RuleCase => {
    const id = `P${c}${i}`;
    const row = supply(id, { category: c });
    const [opinion] = fullEvidence(row);
    return {
      name: `第${c}类：${type} 可作为证明材料`, article: `审核要求表 第${CN[c]}类 审核要求 2`,
      inputs: year({ supply: [row], evidence: [opinion!, doc(id, type)] }),
      projects: { [id]: { status: 'credited', category: c, codes: [] } },
    };
  }));

/** Without the 审查意见书, or without any proof document, each of 1–5 is pending. */
const missingCases: RuleCase[] = ([1, 2, 3, 4, 5] as const).flatMap((c): RuleCase[] => {
  const a = supply(`MA${c}`, { category: c, row: 60 + c });
  const b = supply(`MB${c}`, { category: c });
  return [
    {
      name: `第${c}类缺《建设用地审查意见书》→ 待补正`, article: `审核要求表 第${CN[c]}类 审核要求 1`,
      inputs: year({ supply: [a], evidence: fullEvidence(a).slice(1) }),
      projects: { [`MA${c}`]: { status: 'pending', creditedHa: '0', codes: ['evidence-missing'] } },
      findings: [{ code: 'evidence-missing', projectId: `MA${c}`, file: FILES.supply, row: 60 + c }],
    },
    {
      name: `第${c}类缺证明材料 → 待补正`, article: `审核要求表 第${CN[c]}类 审核要求 2`,
      inputs: year({ supply: [b], evidence: fullEvidence(b).slice(0, 1) }),
      projects: { [`MB${c}`]: { status: 'pending', codes: ['evidence-missing'] } },
    },
  ];
});

const s = (id: string, over: Parameters<typeof supply>[1] = {}) => supply(id, { location: '上城区 解放路1号', ...over });
/** A 审查意见书 of an `s` project stating its 坐落 and 1 公顷 (决定 5b); each case overrides what it is about. */
const op = (id: string, over: Parameters<typeof doc>[2] = {}) => doc(id, 'review-opinion', { statedLocation: '上城区 解放路1号', statedAreaHa: ha('1'), ...over });

const reviewOpinionCases: RuleCase[] = [
  {
    name: '审查意见书未盖章 → 待补正', article: 'domain.md 决定 5b',
    inputs: year({ supply: [s('ST1')], evidence: [op('ST1', { stamped: 'no', statedType: '回收收购土地', row: 70 }), doc('ST1', 'state-reclaim-decision')] }),
    projects: { ST1: { status: 'pending', codes: ['evidence-not-stamped'] } },
    findings: [{ code: 'evidence-not-stamped', projectId: 'ST1', file: FILES.evidence, row: 70, column: '盖章或签字', value: '否' }],
  },
  {
    name: '审查意见书盖章栏为空 → 待补正', article: '审核要求表 第一类 审核要求 1',
    inputs: year({ supply: [s('ST2')], evidence: [op('ST2', { stamped: null, statedType: '回收收购土地' }), doc('ST2', 'state-reclaim-decision')] }),
    projects: { ST2: { status: 'pending', codes: ['evidence-not-stamped'] } },
  },
  {
    name: '证明材料无需盖章（决定 5b）', article: 'domain.md 决定 5b',
    inputs: year({ supply: [s('ST3')], evidence: [op('ST3', { stamped: 'yes', statedType: '回收收购土地' }), doc('ST3', 'state-reclaim-decision', { stamped: 'no' })] }),
    projects: { ST3: { status: 'credited', codes: [] } },
  },
  {
    name: '审查意见书未载明类型 → 待补正', article: '审核要求表 第一类 审核要求 1',
    inputs: year({ supply: [s('TY1')], evidence: [op('TY1', { stamped: 'yes', statedType: null, row: 71 }), doc('TY1', 'state-reclaim-decision')] }),
    projects: { TY1: { status: 'pending', codes: ['evidence-type-not-stated'] } },
    findings: [{ code: 'evidence-type-not-stated', row: 71, column: '载明类型' }],
  },
  {
    name: '审查意见书载明类型与类别不符 → 待补正', article: '审核要求表 第二类 审核要求 1',
    inputs: year({ supply: [s('TY2', { category: 2 })], evidence: [op('TY2', { stamped: 'yes', statedType: '回收收购土地' }), doc('TY2', 'reclaim-notice')] }),
    projects: { TY2: { status: 'pending', codes: ['evidence-type-mismatch'] } },
    findings: [{ code: 'evidence-type-mismatch', projectId: 'TY2', value: '回收收购土地' }],
  },
  {
    name: '载明“第一类”视为载明类型', article: '审核要求表 第一类 审核要求 1',
    inputs: year({ supply: [s('TY3')], evidence: [op('TY3', { stamped: 'yes', statedType: '第一类' }), doc('TY3', 'state-reclaim-decision')] }),
    projects: { TY3: { status: 'credited', codes: [] } },
  },
  {
    name: '第三类须载明城中村或小城镇项目', article: '审核要求表 第三类 审核要求 1',
    inputs: year({
      supply: [s('TY4', { category: 3 }), s('TY5', { category: 3, location: '上城区 解放路5号' })],
      evidence: [
        op('TY4', { stamped: 'yes', statedType: '国有存量建设用地' }), doc('TY4', 'reclaim-material'),
        op('TY5', { stamped: 'yes', statedType: '小城镇环境综合整治项目', statedLocation: '上城区 解放路5号' }), doc('TY5', 'certificate-cancellation'),
      ],
    }),
    projects: { TY4: { status: 'pending', codes: ['evidence-type-mismatch'] }, TY5: { status: 'credited', codes: [] } },
  },
  {
    name: '另一份合格的审查意见书可补足', article: '审核要求表 第一类 审核要求 1',
    inputs: year({
      supply: [s('TY6')],
      evidence: [op('TY6', { stamped: 'no', statedType: '回收收购土地' }), op('TY6', { stamped: 'yes', statedType: '回收收购土地' }), doc('TY6', 'state-reclaim-decision')],
    }),
    projects: { TY6: { status: 'credited', codes: [] } },
  },
];

const locationCases: RuleCase[] = [
  {
    name: '坐落仅空格、标点、全角不同 → 一致', article: 'domain.md 决定 5b',
    inputs: year({ supply: [s('L1')], evidence: [op('L1', { stamped: 'yes', statedType: '回收收购土地', statedLocation: '上城区解放路１号。' }), doc('L1', 'state-reclaim-decision', { statedLocation: '上城区，解放路 1 号' })] }),
    projects: { L1: { status: 'credited', codes: [] } },
  },
  {
    name: '坐落不一致且无同一地块证明 → 待补正', article: 'domain.md 决定 5b',
    inputs: year({ supply: [s('L2')], evidence: [op('L2', { stamped: 'yes', statedType: '回收收购土地', statedLocation: '上城区解放路2号', row: 80 }), doc('L2', 'state-reclaim-decision')] }),
    projects: { L2: { status: 'pending', codes: ['evidence-location-differs'] } },
    findings: [{ code: 'evidence-location-differs', projectId: 'L2', row: 80, column: '载明坐落', value: '上城区解放路2号' }],
  },
  {
    name: '坐落不一致但有同一地块证明 → 认定（提示）', article: 'domain.md 决定 5b',
    inputs: year({ supply: [s('L3')], evidence: [op('L3', { stamped: 'yes', statedType: '回收收购土地', statedLocation: '上城区解放路2号' }), doc('L3', 'state-reclaim-decision'), doc('L3', 'same-parcel-proof')] }),
    projects: { L3: { status: 'credited', codes: ['evidence-same-parcel-proven'] } },
  },
  {
    name: '证明材料坐落不一致也须同一地块证明', article: '浙土资发〔2017〕19号 二、1',
    inputs: year({ supply: [s('L4', { category: 4 })], evidence: [op('L4', { stamped: 'yes', statedType: '三改一拆' }), doc('L4', 'demolition-images', { statedLocation: '别处' })] }),
    projects: { L4: { status: 'pending', codes: ['evidence-location-differs'] } },
  },
];

const otherProofCases: RuleCase[] = [
  {
    name: '其他证明材料可代替证明材料（警告）', article: '审核要求表 第一至五类 审核要求 2',
    inputs: year({ supply: [s('OP1', { category: 5 })], evidence: [op('OP1', { stamped: 'yes', statedType: '集体存量建设用地' }), doc('OP1', 'other-proof', { row: 90 })] }),
    projects: { OP1: { status: 'credited', codes: ['evidence-other-proof'] } },
    findings: [{ code: 'evidence-other-proof', projectId: 'OP1', row: 90, column: '材料类型' }],
  },
  {
    name: '参数不接受其他证明材料 → 待补正', article: '审核要求表 第一至五类 审核要求 2', policy: { acceptOtherProof: false },
    inputs: year({ supply: [s('OP2', { category: 5 })], evidence: [op('OP2', { stamped: 'yes', statedType: '集体存量建设用地' }), doc('OP2', 'other-proof')] }),
    projects: { OP2: { status: 'pending', codes: ['evidence-missing', 'evidence-not-applicable'] } },
  },
  {
    name: '其他证明材料不能代替审查意见书', article: '审核要求表 第一类 审核要求 1',
    inputs: year({ supply: [s('OP3')], evidence: [doc('OP3', 'other-proof'), doc('OP3', 'state-reclaim-decision')] }),
    projects: { OP3: { status: 'pending', codes: ['evidence-missing'] } },
  },
  {
    name: '不属于本类的材料 → 提示，未采用', article: '审核要求表 第二类 审核要求 2',
    inputs: year({ supply: [s('NA1', { category: 2 })], evidence: [op('NA1', { stamped: 'yes', statedType: '空闲地' }), doc('NA1', 'state-reclaim-decision', { row: 91 })] }),
    projects: { NA1: { status: 'pending', codes: ['evidence-missing', 'evidence-not-applicable'] } },
    findings: [{ code: 'evidence-not-applicable', projectId: 'NA1', row: 91, value: '国有建设用地使用权收回决定书' }],
  },
];

const r6 = (id: string, over: Parameters<typeof redevelopment>[1] = {}) =>
  redevelopment(id, { location: '拱墅区莫干山路8号', changedUseAreaHa: ha('0.5'), changedLandUseAreaHa: ha('0.45'), ...over });
const start = (id: string, over: Parameters<typeof doc>[2] = {}) => doc(id, 'planning-change-agreement', { statedLocation: '拱墅区莫干山路8号', statedAreaHa: ha('0.5'), ...over });
const done = (id: string, over: Parameters<typeof doc>[2] = {}) => doc(id, 'land-use-supplementary-agreement', { statedLocation: '拱墅区莫干山路8号', statedAreaHa: ha('0.45'), ...over });

const category6Cases: RuleCase[] = [
  { name: '第六类启动材料（协议）与完成材料齐全，面积相等即 ≥', article: '审核要求表 第六类 审核要求 1', inputs: year({ redevelopment: [r6('T1')], evidence: [start('T1'), done('T1')] }), projects: { T1: { status: 'credited', codes: [] } } },
  {
    name: '第六类启动材料可为改变规划条件批准文件', article: '审核要求表 第六类 审核要求 1',
    inputs: year({ redevelopment: [r6('T2')], evidence: [doc('T2', 'planning-change-approval', { statedAreaHa: ha('0.6') }), done('T2')] }),
    projects: { T2: { status: 'credited', codes: [] } },
  },
  { name: '第六类缺启动材料 → 待补正', article: '审核要求表 第六类 审核要求 1', inputs: year({ redevelopment: [r6('T3')], evidence: [done('T3')] }), projects: { T3: { status: 'pending', codes: ['evidence-missing'] } } },
  { name: '第六类缺完成材料 → 待补正', article: '审核要求表 第六类 审核要求 2', inputs: year({ redevelopment: [r6('T4')], evidence: [start('T4')] }), projects: { T4: { status: 'pending', codes: ['evidence-missing'] } } },
  {
    name: '启动材料面积小于改变用途面积 → 待补正', article: '审核要求表 第六类 审核要求 1',
    inputs: year({ redevelopment: [r6('T5')], evidence: [start('T5', { statedAreaHa: ha('0.4999'), row: 95 }), done('T5')] }),
    projects: { T5: { status: 'pending', codes: ['evidence-area-insufficient'] } },
    findings: [{ code: 'evidence-area-insufficient', projectId: 'T5', row: 95, column: '载明面积(公顷)', value: '0.4999' }],
  },
  {
    name: '完成材料面积小于改变土地用途面积 → 待补正', article: '审核要求表 第六类 审核要求 2',
    inputs: year({ redevelopment: [r6('T6')], evidence: [start('T6'), done('T6', { statedAreaHa: ha('0.44') })] }),
    projects: { T6: { status: 'pending', codes: ['evidence-area-insufficient'] } },
  },
  {
    name: '改变土地用途面积为空时按改变用途面积比较', article: '审核要求表 第六类 审核要求 2',
    inputs: year({ redevelopment: [r6('T7', { changedLandUseAreaHa: null })], evidence: [start('T7'), done('T7', { statedAreaHa: ha('0.45') })] }),
    projects: { T7: { status: 'pending', codes: ['evidence-area-insufficient'] } },
  },
  {
    name: '材料未载明面积 → 待补正', article: '审核要求表 第六类 审核要求 1',
    inputs: year({ redevelopment: [r6('T8')], evidence: [start('T8', { statedAreaHa: null }), done('T8')] }),
    projects: { T8: { status: 'pending', codes: ['evidence-area-not-stated'] } },
  },
  {
    name: '第六类材料坐落不一致且无同一地块证明 → 待补正', article: '审核要求表 第六类 审核要求 1',
    inputs: year({ redevelopment: [r6('T9')], evidence: [start('T9', { statedLocation: '拱墅区莫干山路9号' }), done('T9')] }),
    projects: { T9: { status: 'pending', codes: ['evidence-location-differs'] } },
  },
  {
    name: '第六类坐落不一致但有同一地块证明 → 认定', article: '审核要求表 第六类 审核要求 2',
    inputs: year({ redevelopment: [r6('T10')], evidence: [start('T10'), done('T10', { statedLocation: '莫干山路8号' }), doc('T10', 'same-parcel-proof')] }),
    projects: { T10: { status: 'credited', codes: ['evidence-same-parcel-proven'] } },
  },
];

const category7Cases: RuleCase[] = [
  { name: '第七类缺项目批准材料 → 待补正', article: '审核要求表 第七类 审核要求 1', inputs: year({ reclamation: [reclamation('V1')], evidence: [doc('V1', 'acceptance-record')] }), projects: { V1: { status: 'pending', codes: ['evidence-missing'] } } },
  { name: '第七类缺复核验收材料 → 待补正', article: '审核要求表 第七类 审核要求 2', inputs: year({ reclamation: [reclamation('V2')], evidence: [doc('V2', 'project-approval')] }), projects: { V2: { status: 'pending', codes: ['evidence-missing'] } } },
  { name: '第七类两项材料齐全 → 认定', article: '审核要求表 第七类 审核要求 2', inputs: year({ reclamation: [reclamation('V3')] }), projects: { V3: { status: 'credited', codes: [] } } },
];

export const evidenceCases: RuleCase[] = [
  ...proofDocCases, ...missingCases, ...reviewOpinionCases, ...locationCases, ...otherProofCases, ...category6Cases, ...category7Cases,
];
