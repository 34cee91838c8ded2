// Stage 11 — sanctions (浙土资发〔2017〕19号 五、监督检查 "取消其当年度各类评优评先资格，暂停土地利用总体规划局部调整审批
// 和新增用地报批工作"): every county with a deduction of any reason gets all three.
import { finding } from '../findings/index.js';
import { sanctionIds } from '../policy/supervision.js';
import type { StageResult } from './draft.js';
import type { CountyResult, DeductionResult } from './types.js';

export function sanctions(counties: readonly CountyResult[], deductions: readonly DeductionResult[]): StageResult<CountyResult[]> {
  // A carried-forward amount is last year's deduction: its county was sanctioned last year (决定 6).
  const penalised = new Set(deductions.filter((d) => d.reason !== 'carried').map((d) => d.countyCode));
  const findings = counties.filter((c) => penalised.has(c.code))
    .map((c) => finding('county-sanctioned', {}, { params: { county: c.name, countyCode: c.code } }));
  const value = counties.map((c) => (penalised.has(c.code) ? { ...c, sanctioned: true, sanctions: [...sanctionIds] } : c));
  return { value, findings };
}
