// The three area rules (浙土资发〔2017〕19号 二、1–3) and domain.md 决定 4, as rule cases.
import type { RuleCase } from '../harness.js';
import { ha, m2, reclamation, redevelopment, supply, year } from '../builders.js';

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
    name: '参数关闭封顶时按测绘面积认定', article: 'domain.md 决定 4', policy: { capSurveyedAtSupplyArea: false },
    inputs: year({ supply: [supply('A3', { supplyAreaHa: ha('1.5'), surveyedAreaHa: ha('1.6') })] }),
    projects: { A3: { status: 'credited', creditedHa: '1.6', codes: [] } },
  },
  {
    name: '无测绘面积时按存量面积认定并警告', article: 'domain.md 决定 4',
    inputs: year({ supply: [supply('A4', { supplyAreaHa: ha('2'), stockAreaHa: ha('0.75'), surveyedAreaHa: null })] }),
    projects: { A4: { status: 'credited', creditedHa: '0.75', codes: ['area-not-surveyed'] } },
  },
  {
    name: '无测绘面积、无存量面积时按供地面积认定并警告', article: 'domain.md 决定 4',
    inputs: year({ supply: [supply('A5', { supplyAreaHa: ha('0.9'), stockAreaHa: null, surveyedAreaHa: null })] }),
    projects: { A5: { status: 'credited', creditedHa: '0.9', codes: ['area-not-surveyed'] } },
  },
  {
    name: '参数要求测绘面积时无测绘面积 → 待补正', article: '浙土资发〔2017〕19号 二、1', policy: { creditDeclaredWhenNoSurvey: false },
    inputs: year({ supply: [supply('A6', { surveyedAreaHa: null })] }),
    projects: { A6: { status: 'pending', creditedHa: '0', codes: ['area-survey-required'] } },
  },
  {
    name: '第六类 = 改变用途建筑面积 ÷ 新容积率（12,000 m² ÷ 3.0 = 0.4 公顷）', article: '浙土资发〔2017〕19号 二、2',
    inputs: year({ redevelopment: [redevelopment('B1', { changedFloorAreaM2: ha('12000'), newPlotRatio: ha('3.0') })] }),
    projects: { B1: { status: 'credited', creditedHa: '0.4', codes: [] } },
  },
  {
    name: '第六类不尽除：10,000 m² ÷ 3 = 1/3 公顷，不在项目上取整', article: '浙土资发〔2017〕19号 二、2',
    inputs: year({ redevelopment: [redevelopment('B2', { changedFloorAreaM2: ha('10000'), newPlotRatio: ha('3'), changedUseAreaHa: ha('0.3') })] }),
    projects: { B2: { status: 'credited', creditedHa: '0.333333333333', codes: [] } },
  },
  {
    name: '新容积率为 0 → 无法核定，待补正', article: '浙土资发〔2017〕19号 二、2',
    inputs: year({ redevelopment: [redevelopment('B3', { newPlotRatio: ha('0') })] }),
    projects: { B3: { status: 'pending', creditedHa: '0', codes: ['plot-ratio-invalid'] } },
    findings: [{ code: 'plot-ratio-invalid', projectId: 'B3', column: '新容积率', value: '0' }],
  },
  {
    name: '第七类按复垦验收面积认定（平方米输入）', article: '浙土资发〔2017〕19号 二、3',
    inputs: year({ reclamation: [reclamation('C1', { reclaimedAreaHa: m2('8765') })] }),
    projects: { C1: { status: 'credited', creditedHa: '0.8765', codes: [] } },
  },
];
