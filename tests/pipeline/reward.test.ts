// The opt-in reward of the 2023 opinion (低效工业用地整治意见（2023） 四、(二) "将符合条件的整治项目纳入“增存挂钩”机制，
// 按照合理比例奖励新增建设用地计划指标"; src/policy/reward.ts), worked by hand on a small year in 330102 上城区 (杭州市).
//
//   S1  supply, category 1, surveyed 1 公顷                 → Measures quota 1 ÷ 3 = 0.33333… → 0.3333
//   G1  工业用地提质 1.2 公顷, 整治验收材料 at its 坐落       → reward area 1.2
//   G2  工业用地提质 0.5 公顷, 整治验收材料                   → reward area 0.5
//       county reward area 1.2 + 0.5 = 1.7; reward quota 1.7 ÷ 3 = 0.56666… → 0.5667 (rounded once, 决定 2)
//       county net quota = 0.3333 + 0.5667 − 0 = 0.9000
//   With ratio 4 instead: reward quota 1.7 ÷ 4 = 0.425 (exact), net = 0.3333 + 0.425 = 0.7583.
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { compute } from '../../src/pipeline/compute.js';
import { defaultPolicy, type Policy } from '../../src/policy/parameters.js';
import { rewardQuotaOf } from '../../src/policy/reward.js';
import type { ComputeResult } from '../../src/pipeline/types.js';
import type { YearInputs } from '../../src/ingest/types.js';
import { FILES, Y, doc, fullEvidence, ha, inspectionRow, ledgerRow, opinion, redevelopment, supply, workbook, year } from './builders.js';
import { acceptance, upgrade } from './cases/reward.js';

const policyWith = (reward?: Partial<Policy['lowEfficiencyIndustrialReward']>): Policy =>
  reward === undefined ? defaultPolicy : { ...defaultPolicy, lowEfficiencyIndustrialReward: { ...defaultPolicy.lowEfficiencyIndustrialReward, ...reward } };
const ON = policyWith({ enabled: true });
const text = (v: Exact) => v.toDecimalString(12);

function handYear(extra: { redevelopment?: ReturnType<typeof upgrade>[]; evidence?: ReturnType<typeof doc>[] } & Partial<Pick<YearInputs, 'ledger' | 'inspection'>> = {}): YearInputs {
  const s1 = supply('S1');
  const g1 = upgrade('G1');
  const g2 = upgrade('G2', { changedUseAreaHa: ha('0.5') });
  const rows = [g1, g2, ...(extra.redevelopment ?? [])];
  return year({
    supply: [s1], redevelopment: rows,
    evidence: [...fullEvidence(s1), acceptance(g1), acceptance(g2), ...(extra.evidence ?? [])],
    feedback: [], ledger: extra.ledger ?? [], inspection: extra.inspection ?? [],
  });
}

const county = (r: ComputeResult, code = '330102') => r.counties.find((c) => c.code === code)!;
const rewardProject = (r: ComputeResult, id: string) => r.reward!.projects.find((p) => p.id === id)!;

describe('off (the default): nothing of the reward', () => {
  it('工业用地提质 rows stay no linkage project; no reward figures anywhere', () => {
    const r = compute(handYear(), defaultPolicy, 'test');
    expect(r.reward).toBeUndefined();
    expect(r.projects.map((p) => p.id)).toEqual(['S1']);
    expect(r.findings.filter((f) => f.code === 'redevelopment-not-linkage').map((f) => f.params?.count)).toEqual([2]);
    expect(r.findings.map((f) => f.code)).not.toContain('reward-enabled');
    expect(county(r).reward).toBeUndefined();
    expect(r.province.reward).toBeUndefined();
    expect(r.cities.every((c) => c.reward === undefined)).toBe(true);
    expect(text(county(r).netQuotaHa)).toBe('0.3333');
    expect(r.ledger.map((e) => e.projectId)).toEqual(['S1']);
  });

  it('an explicit {enabled: false} gives the very same result as no entry (but for the policy echoed)', () => {
    const inputs = handYear();
    const { policy: off7, ...explicit } = compute(inputs, policyWith({ enabled: false, ratio: 7 }), 'test');
    const { policy: plain, ...implicit } = compute(inputs, defaultPolicy, 'test');
    expect(explicit).toEqual(implicit);
    expect([off7.lowEfficiencyIndustrialReward, plain.lowEfficiencyIndustrialReward]).toEqual([{ enabled: false, ratio: 7 }, { enabled: false, ratio: 3 }]);
  });
});

describe('on: quota = area ÷ the reward ratio, added to the county', () => {
  it('rewardQuotaOf is exact: 1.7 ÷ 3 = 17/30 (no rounding before the county figure)', () => {
    expect(rewardQuotaOf(ha('1.7'), { ratio: 3 }).eq(Exact.of(17, 30))).toBe(true);
    expect(rewardQuotaOf(ha('1.7'), { ratio: 2.5 }).eq(ha('0.68'))).toBe(true);
  });

  it('hand-worked county, city and province figures (ratio 3)', () => {
    const r = compute(handYear(), ON, 'test');
    expect(r.reward?.policy).toEqual({ enabled: true, ratio: 3 });
    expect(r.reward!.projects.map((p) => [p.id, p.category, p.status, text(p.creditedHa)])).toEqual([
      ['G1', 'reward', 'credited', '1.2'], ['G2', 'reward', 'credited', '0.5'],
    ]);
    // The reward projects are not Measures projects: `projects` keeps the seven categories only.
    expect(r.projects.map((p) => p.id)).toEqual(['S1']);
    const c = county(r);
    expect({ credited: text(c.creditedHa), quota: text(c.quotaHa), rewardArea: text(c.reward!.areaHa), rewardQuota: text(c.reward!.quotaHa), net: text(c.netQuotaHa) })
      .toEqual({ credited: '1', quota: '0.3333', rewardArea: '1.7', rewardQuota: '0.5667', net: '0.9' });
    const hz = r.cities.find((x) => x.code === '330100')!;
    expect([text(hz.reward!.areaHa), text(hz.reward!.quotaHa), text(hz.netQuotaHa)]).toEqual(['1.7', '0.5667', '0.9']);
    expect([text(r.province.reward!.quotaHa), text(r.province.netQuotaHa)]).toEqual(['0.5667', '0.9']);
    // Every city carries reward figures when on (zeros where nothing was rewarded).
    expect(r.cities.filter((x) => x.reward === undefined)).toEqual([]);
    expect(text(r.cities.find((x) => x.code === '331100')!.reward!.areaHa)).toBe('0');
    expect(r.findings.filter((f) => f.code === 'reward-enabled')).toHaveLength(1);
  });

  it('the reward ratio is its own parameter: ratio 4 → 1.7 ÷ 4 = 0.425, net 0.3333 + 0.425 = 0.7583', () => {
    const c = county(compute(handYear(), policyWith({ enabled: true, ratio: 4 }), 'test'));
    expect([text(c.quotaHa), text(c.reward!.quotaHa), text(c.netQuotaHa)]).toEqual(['0.3333', '0.425', '0.7583']);
  });

  it('a county with only reward projects is listed', () => {
    const g = upgrade('G9', { region: { code: '330402' } });
    const r = compute(year({ redevelopment: [g], evidence: [acceptance(g)], feedback: [] }), ON, 'test');
    expect(r.counties.map((c) => [c.code, text(c.creditedHa), text(c.reward!.quotaHa), text(c.netQuotaHa)])).toEqual([['330402', '0', '0.4', '0.4']]);
  });

  it('reward projects are not held for a city opinion (the review workbooks list the seven categories only)', () => {
    // 杭州 returned a workbook agreeing to S1 only; even with countWithoutCityFeedback off, G1 and G2 stay credited.
    const inputs = { ...handYear(), feedback: [workbook('330100', [opinion('S1', 'agree')])] };
    const r = compute(inputs, { ...ON, countWithoutCityFeedback: false }, 'test');
    expect(r.reward!.projects.map((p) => [p.id, p.status, p.findings.map((f) => f.code)])).toEqual([['G1', 'credited', []], ['G2', 'credited', []]]);
    expect(r.findings.filter((f) => f.code.startsWith('city-'))).toEqual([]);
  });

  it('credited reward projects go to this year’s ledger entries (决定 7: credited once)', () => {
    const r = compute(handYear(), ON, 'test');
    expect(r.ledger.map((e) => [e.projectId, text(e.creditedHa)])).toEqual([['G1', '1.2'], ['G2', '0.5'], ['S1', '1']]);
  });
});

describe('on: what does not qualify', () => {
  it.each([
    {
      name: 'a 退二进三 row is category 6, never a reward row',
      rows: [redevelopment('R6')], evidence: fullEvidence(redevelopment('R6', { row: 90 })),
      id: 'R6', expectReward: null, expectProject: { category: 6, status: 'credited' }, codes: [],
    },
    {
      name: 'missing 整治验收材料 → pending, reward-acceptance-missing on the record',
      rows: [upgrade('G3', { row: 21 })], evidence: [],
      id: 'G3', expectReward: 'pending', expectProject: null, codes: ['reward-acceptance-missing'],
    },
    {
      name: 'acceptance of another location without 同一地块证明 → pending',
      rows: [upgrade('G4', { row: 22 })], evidence: [doc('G4', 'rectification-acceptance', { statedLocation: '别处路9号', row: 60 })],
      id: 'G4', expectReward: 'pending', expectProject: null, codes: ['evidence-location-differs'],
    },
    {
      name: 'completed outside year Y → rejected',
      rows: [upgrade('G5', { completedDate: `${Y - 1}-12-31`, row: 23 })], evidence: [doc('G5', 'rectification-acceptance')],
      id: 'G5', expectReward: 'rejected', expectProject: null, codes: ['date-outside-year'],
    },
    {
      name: 'a 复核验收材料 (category 7’s acceptance) is not the rectification acceptance',
      rows: [upgrade('G6', { row: 24 })], evidence: [doc('G6', 'acceptance-record', { row: 61 })],
      id: 'G6', expectReward: 'pending', expectProject: null, codes: ['reward-acceptance-missing', 'reward-evidence-not-applicable'],
    },
  ])('$name', ({ rows, evidence, id, expectReward, expectProject, codes }) => {
    const r = compute(handYear({ redevelopment: rows, evidence }), ON, 'test');
    const reward = r.reward!.projects.find((p) => p.id === id);
    const project = r.projects.find((p) => p.id === id);
    expect(reward?.status ?? null).toBe(expectReward);
    expect(project ? { category: project.category, status: project.status } : null).toEqual(expectProject);
    const got = [...new Set((reward ?? project)!.findings.map((f) => f.code))].filter((c) => c !== 'city-feedback-none').sort();
    expect(got).toEqual([...codes].sort());
    // Whatever is not credited adds nothing: the county's reward stays G1 + G2 = 1.7 公顷.
    expect(text(county(r).reward!.areaHa)).toBe('1.7');
  });

  it('missing acceptance is located on the redevelopment row, naming the accepted material', () => {
    const r = compute(handYear({ redevelopment: [upgrade('G3', { row: 21 })] }), ON, 'test');
    const f = r.findings.find((x) => x.code === 'reward-acceptance-missing')!;
    expect(f).toMatchObject({ projectId: 'G3', severity: 'warning', location: { file: FILES.redevelopment, row: 21, expected: '整治验收材料' } });
  });

  it('the same id as a 退二进三 record: neither counts (决定 7 duplicate), so never twice', () => {
    const r6 = redevelopment('D1', { row: 30 });
    const g = upgrade('D1', { row: 31 });
    const r = compute(handYear({ redevelopment: [r6, g], evidence: [...fullEvidence(r6), acceptance(g)] }), ON, 'test');
    expect(r.projects.find((p) => p.id === 'D1')!.status).toBe('pending');
    expect(rewardProject(r, 'D1').status).toBe('pending');
    expect(rewardProject(r, 'D1').findings.map((f) => f.code)).toContain('project-id-duplicate');
    expect(text(county(r).reward!.areaHa)).toBe('1.7');
    expect(text(county(r).byCategory[6])).toBe('0');
  });

  it('an id credited in an earlier year (ledger) is not rewarded again', () => {
    const r = compute(handYear({ ledger: [ledgerRow('G1', { linkageYear: Y - 1, row: 5 })] }), ON, 'test');
    expect(rewardProject(r, 'G1').status).toBe('rejected');
    expect(r.findings.find((f) => f.code === 'ledger-already-credited')).toMatchObject({ projectId: 'G1', location: { file: FILES.ledger, row: 5 } });
    // only G2 is left: 0.5 ÷ 3 = 0.16666… → 0.1667
    expect([text(county(r).reward!.areaHa), text(county(r).reward!.quotaHa)]).toEqual(['0.5', '0.1667']);
    expect(r.ledger.map((e) => e.projectId)).toEqual(['G2', 'S1']);
  });

  it('fraud on a reward project is deducted at the reward’s own ratio: 2 × (1.2 ÷ 4) = 0.6', () => {
    const r = compute(handYear({ inspection: [inspectionRow('G1', { conclusion: 'false-report' })] }), policyWith({ enabled: true, ratio: 4 }), 'test');
    expect(rewardProject(r, 'G1').status).toBe('fraud');
    expect(r.deductions.map((d) => [d.id, d.reason, text(d.projectQuotaHa), text(d.deductionHa)])).toEqual([['G1', 'fraud', '0.3', '0.6']]);
    // county: quota 0.3333 + reward 0.5 ÷ 4 = 0.125 − deduction 0.6 → net 0, carried 0.6 − 0.4583 = 0.1417
    const c = county(r);
    expect([text(c.reward!.quotaHa), text(c.deductionHa), text(c.netQuotaHa), text(c.carriedDeductionHa), c.sanctioned]).toEqual(['0.125', '0.6', '0', '0.1417', true]);
  });
});
