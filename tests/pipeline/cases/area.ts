// The three area rules (浙土资发〔2017〕19号 二、1–3) and domain.md 决定 4, as rule cases.
import type { RuleCase } from '../harness.js';
import { FILES, fullEvidence, ha, m2, reclamation, redevelopment, supply, year } from '../builders.js';

export const areaCases: RuleCase[] = [
  {
    name: '第一至五类按权属测绘面积认定', article: '浙土资发〔2017〕19号 二、1',
    inputs: year({ supply: [supply('A1', { supplyAreaHa: ha('2'), stockAreaHa: ha('1.8'), surveyedAreaHa: ha('1.2345') })] }),
    projects: { A1: { status: 'credited', creditedHa: '1.2345', codes: [] } },
  },
  {
    name: '测绘面积大于供地面积时以供地面积为限', article: 'domain.md 决定 4',
    inputs: year({ supply: [supply('A2', { supplyAreaHa: ha('1.5'), surveyedAreaHa: ha('1.6'), row: 4 })] }),
    projects: { A2: { status: 'credited', creditedHa: '1.5', codes: ['area-survey-capped'] } },
    findings: [{ code: 'area-survey-capped', projectId: 'A2', row: 4, column: '测绘面积(公顷)', value: '1.6' }],
  },
  {
    // The review's example: a parcel supplied at 2 公顷 declaring 0.4 of stock, surveyed 0.9 → 0.4 (not 0.9, not 2).
    name: '测绘面积大于申报存量面积时以存量面积为限（0.9 → 0.4）', article: 'domain.md 决定 4',
    inputs: year({ supply: [supply('A2S', { supplyAreaHa: ha('2'), stockAreaHa: ha('0.4'), surveyedAreaHa: ha('0.9'), row: 5 })] }),
    projects: { A2S: { status: 'credited', creditedHa: '0.4', codes: ['area-survey-capped'] } },
    findings: [{ code: 'area-survey-capped', projectId: 'A2S', row: 5, column: '测绘面积(公顷)', value: '0.9' }],
  },
  (() => {
    // The 审查意见书 states 1.6 here, so only the parameter decides.
    const a3 = supply('A3', { supplyAreaHa: ha('1.5'), surveyedAreaHa: ha('1.6') });
    const [opinion, proof] = fullEvidence(a3);
    return {
      name: '参数关闭封顶时按测绘面积认定', article: 'domain.md 决定 4', policy: { capSurveyedAtSupplyArea: false },
      inputs: year({ supply: [a3], evidence: [{ ...opinion!, statedAreaHa: ha('1.6') }, proof!] }),
      projects: { A3: { status: 'credited', creditedHa: '1.6', codes: [] } },
    } satisfies RuleCase;
  })(),
  {
    name: '无测绘面积 → 待补正（默认：存量土地面积按权属测绘资料核定）', article: '浙土资发〔2017〕19号 二、1',
    inputs: year({ supply: [supply('A6', { surveyedAreaHa: null, row: 6 })] }),
    projects: { A6: { status: 'pending', creditedHa: '0', codes: ['area-survey-required'] } },
    findings: [{ code: 'area-survey-required', projectId: 'A6', row: 6, column: '测绘面积(公顷)' }],
    counties: { '330102': { creditedHa: '0', quotaHa: '0' } },
  },
  {
    name: '参数选择按申报面积认定：无测绘面积时按存量面积认定并警告', article: 'domain.md 决定 4', policy: { creditDeclaredWhenNoSurvey: true },
    inputs: year({ supply: [supply('A4', { supplyAreaHa: ha('2'), stockAreaHa: ha('0.75'), surveyedAreaHa: null })] }),
    projects: { A4: { status: 'credited', creditedHa: '0.75', codes: ['area-not-surveyed'] } },
  },
  {
    name: '参数选择按申报面积认定：无测绘面积、无存量面积时按供地面积认定并警告', article: 'domain.md 决定 4', policy: { creditDeclaredWhenNoSurvey: true },
    inputs: year({ supply: [supply('A5', { supplyAreaHa: ha('0.9'), stockAreaHa: null, surveyedAreaHa: null })] }),
    projects: { A5: { status: 'credited', creditedHa: '0.9', codes: ['area-not-surveyed'] } },
  },
  {
    name: '第六类 = 改变用途建筑面积 ÷ 新容积率（12,000 m² ÷ 3.0 = 0.4 公顷）', article: '浙土资发〔2017〕19号 二、2',
    inputs: year({ redevelopment: [redevelopment('B1', { changedFloorAreaM2: ha('12000'), newPlotRatio: ha('3.0') })] }),
    projects: { B1: { status: 'credited', creditedHa: '0.4', codes: [] } },
  },
  {
    name: '第六类不尽除：10,000 m² ÷ 3 = 1/3 公顷，不在项目上取整', article: '浙土资发〔2017〕19号 二、2',
    inputs: year({ redevelopment: [redevelopment('B2', { changedFloorAreaM2: ha('10000'), newPlotRatio: ha('3'), changedUseAreaHa: ha('0.34') })] }),
    projects: { B2: { status: 'credited', creditedHa: '0.333333333333', codes: [] } },
  },
  {
    name: '新容积率为 0 → 无法核定，待补正', article: '浙土资发〔2017〕19号 二、2',
    inputs: year({ redevelopment: [redevelopment('B3', { newPlotRatio: ha('0') })] }),
    projects: { B3: { status: 'pending', creditedHa: '0', codes: ['plot-ratio-invalid'] } },
    findings: [{ code: 'plot-ratio-invalid', projectId: 'B3', column: '新容积率', value: '0' }],
  },
  {
    name: '新容积率超过 30 → 数据错误，待补正', article: 'domain.md 决定 9',
    inputs: year({ redevelopment: [redevelopment('B4', { newPlotRatio: ha('30.5') }), redevelopment('B5', { changedFloorAreaM2: ha('120000'), changedUseAreaHa: ha('0.4'), newPlotRatio: ha('30') })] }),
    // B5: 120,000 m² ÷ 30 = 0.4 公顷, exactly the filed area — 30 itself is in range.
    projects: { B4: { status: 'pending', creditedHa: '0', codes: ['plot-ratio-invalid'] }, B5: { status: 'credited', creditedHa: '0.4', codes: [] } },
    findings: [{ code: 'plot-ratio-invalid', projectId: 'B4', column: '新容积率', value: '30.5' }],
  },
  {
    // 12,000 m² ÷ 0.2 = 60,000 m² = 6 公顷 on a parcel filed at 0.5: 6 > 0.5 × 1.2 = 0.6 → pending.
    // 7,200 m² ÷ 1.2 = 0.6 公顷 on 0.5 filed: exactly 20 % above → still credited (documents state 0.6).
    name: '第六类核定面积超过填报改变用途面积 20% 以上 → 待补正', article: 'domain.md 决定 8',
    inputs: (() => {
      const b6 = redevelopment('B6', { changedFloorAreaM2: ha('12000'), newPlotRatio: ha('0.2'), changedUseAreaHa: ha('0.5'), row: 9 });
      const b7 = redevelopment('B7', { changedFloorAreaM2: ha('7200'), newPlotRatio: ha('1.2'), changedUseAreaHa: ha('0.5') });
      return year({ redevelopment: [b6, b7], evidence: [...fullEvidence(b6), ...fullEvidence(b7).map((e) => ({ ...e, statedAreaHa: ha('0.6') }))] });
    })(),
    projects: { B6: { status: 'pending', creditedHa: '0', codes: ['area-plot-ratio-implausible', 'area-bounded-by-document'] }, B7: { status: 'credited', creditedHa: '0.6', codes: [] } },
    findings: [{ code: 'area-plot-ratio-implausible', projectId: 'B6', file: FILES.redevelopment, row: 9, column: '新容积率', value: '0.2' }],
  },
  {
    name: '项目面积超过 10,000 公顷 → 数据错误（单元格），不予计入', article: 'domain.md 决定 9',
    inputs: year({ supply: [supply('B8', { supplyAreaHa: ha('12000'), surveyedAreaHa: ha('12000'), row: 12 })], reclamation: [reclamation('B9', { reclaimedAreaHa: ha('10000') })] }),
    projects: { B8: { status: 'pending', creditedHa: '0', codes: ['area-implausible'] }, B9: { status: 'credited', creditedHa: '10000', codes: [] } },
    findings: [
      { code: 'area-implausible', projectId: 'B8', row: 12, column: '供地面积(公顷)', value: '12000' },
      { code: 'area-implausible', projectId: 'B8', row: 12, column: '测绘面积(公顷)', value: '12000' },
    ],
    counts: { 'area-implausible': 2 },
  },
  {
    name: '项目面积上限可由参数调整', article: 'domain.md 决定 9', policy: { projectAreaCeilingHa: 1 },
    inputs: year({ reclamation: [reclamation('B10', { reclaimedAreaHa: ha('1.5') })] }),
    projects: { B10: { status: 'pending', creditedHa: '0', codes: ['area-implausible'] } },
  },
  {
    // 0.8 surveyed, the 审查意见书 states 0.5 → 0.5; a 复核验收材料 stating 0.4 on a 0.6 reclamation → 0.4. Category 6
    // materials must state ≥ the filed area (审核要求表 第六类), so their bound shows between the filed and the computed area.
    name: '证明材料载明面积小于核定面积时按载明面积认定', article: 'domain.md 决定 4',
    inputs: (() => {
      const d1 = supply('D1', { supplyAreaHa: ha('1'), surveyedAreaHa: ha('0.8') });
      const d2 = reclamation('D2', { reclaimedAreaHa: ha('0.6') });
      const d3 = redevelopment('D3', { changedFloorAreaM2: ha('11000'), newPlotRatio: ha('2.5'), changedUseAreaHa: ha('0.4') });
      const [opinion, proof] = fullEvidence(d1);
      const [approval, acceptance] = fullEvidence(d2);
      const [start, completion] = fullEvidence(d3);
      return year({
        supply: [d1], reclamation: [d2], redevelopment: [d3],
        evidence: [
          { ...opinion!, statedAreaHa: ha('0.5'), source: { file: FILES.evidence, row: 30 } }, proof!,
          approval!, { ...acceptance!, statedAreaHa: ha('0.4') },
          { ...start!, statedAreaHa: ha('0.43') }, { ...completion!, statedAreaHa: ha('0.42') },
        ],
      });
    })(),
    // D3: 11,000 m² ÷ 2.5 = 0.44 公顷 (10 % above 0.4 filed: plausible); the materials state 0.43 and 0.42 → 0.42.
    projects: {
      D1: { status: 'credited', creditedHa: '0.5', codes: ['area-bounded-by-document'] },
      D2: { status: 'credited', creditedHa: '0.4', codes: ['area-bounded-by-document'] },
      D3: { status: 'credited', creditedHa: '0.42', codes: ['area-bounded-by-document'] },
    },
    findings: [{ code: 'area-bounded-by-document', projectId: 'D1', file: FILES.evidence, row: 30, column: '载明面积(公顷)', value: '0.5' }],
    counties: { '330102': { creditedHa: '1.32', quotaHa: '0.44' } },
  },
  {
    name: '第七类按复垦验收面积认定（平方米输入）', article: '浙土资发〔2017〕19号 二、3',
    inputs: year({ reclamation: [reclamation('C1', { reclaimedAreaHa: m2('8765') })] }),
    projects: { C1: { status: 'credited', creditedHa: '0.8765', codes: [] } },
  },
];
