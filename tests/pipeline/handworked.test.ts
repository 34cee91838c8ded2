// A small fixture year whose figures were worked out by hand (domain.md 决定 2, 6; 三、挂钩比例; 五、监督检查).
// Every expected number below is derived in the comments, not copied from a run.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/pipeline/compute.js';
import { renderJson } from '../../src/report/json.js';
import { Y, fullEvidence, ha, inspectionRow, ledgerRow, m2, mu, reclamation, redevelopment, startCheck, supply, year } from './builders.js';

// ── 330102 上城区 (杭州市) ─────────────────────────────────────────────────────────────────────────────
// HA1 category 1, surveyed 517.5 m² = 0.05175 公顷 (exact).
//   credited 0.05175 → half-up at the 5th decimal → 0.0518
//   quota    0.05175 ÷ 3 = 0.01725 → half-up → 0.0173   (the "lands exactly on a half" case)
// HA2 category 2, no proof document → pending, not counted.
const HA1 = supply('HA1', { region: { code: '330102' }, supplyAreaHa: ha('0.1'), surveyedAreaHa: m2('517.5') });
const HA2 = supply('HA2', { region: { code: '330102' }, category: 2, supplyAreaHa: ha('0.5'), surveyedAreaHa: ha('0.5') });

// ── 330421 嘉善县 (嘉兴市) ─────────────────────────────────────────────────────────────────────────────
// HB1 category 7, 复垦面积 15.5 亩 = 15.5 ÷ 15 = 31/30 公顷 = 1.03333…
// HB2 category 6, 10,000 m² ÷ 新容积率 3 = 1 公顷 ÷ 3 = 1/3 公顷 = 0.33333… (does not terminate); filed and stated
//   0.34 ≥ 1/3, so the materials do not bound it (决定 4) and 1/3 is within 20 % of the filed area (决定 8)
//   county credited exact = 31/30 + 10/30 = 41/30 = 1.366666… → 1.3667
//   quota exact = 41/90 = 0.455555… → 0.4556
//   (rounding per project first would give 0.3444 + 0.1111 = 0.4555: the exact sum matters)
//   byCategory: floors 0.3333 (cat 6) + 1.0333 (cat 7) = 1.3666; one unit (0.0001) left to reach 1.3667;
//   both remainders are 1/3 unit, tie → the lower category: cat 6 = 0.3334, cat 7 = 1.0333.
const HB1 = reclamation('HB1', { region: { code: '330421' }, reclaimedAreaHa: mu('15.5') });
const HB2 = redevelopment('HB2', { region: { code: '330421' }, location: '嘉善县罗星街道1号', changedFloorAreaM2: ha('10000'), newPlotRatio: ha('3'), changedUseAreaHa: ha('0.34') });

// ── 330783 东阳市 (金华市) ─────────────────────────────────────────────────────────────────────────────
// HC1 category 5, surveyed 0.3 → credited 0.3, quota 0.1
// HC2 category 4, inspection 虚报 → fraud; declared 0.15 → deduction 2 × (0.15 ÷ 3) = 0.1 (决定 5)
// HC0 a 2024 project, start check 已撤销, 认定面积 0.6 → deduction 2 × (0.6 ÷ 3) = 0.4
//   county deduction 0.1 + 0.4 = 0.5 > quota 0.1 → net max(0, 0.1 − 0.5) = 0, carried 0.5 − 0.1 = 0.4; sanctioned
const HC1 = supply('HC1', { region: { code: '330783' }, category: 5, supplyAreaHa: ha('0.3'), surveyedAreaHa: ha('0.3') });
const HC2 = supply('HC2', { region: { code: '330783' }, category: 4, supplyAreaHa: ha('0.15'), surveyedAreaHa: ha('0.15') });

// ── 330203 海曙区 (宁波市): only a deduction ───────────────────────────────────────────────────────────
// HD0 a 2024 project, 未开工(无合理证明), 认定面积 0.45 → 2 × 0.15 = 0.3; quota 0 → net 0, carried 0.3
const inputs = year({
  supply: [HA1, HA2, HC1, HC2],
  redevelopment: [HB2],
  reclamation: [HB1],
  evidence: [...[HA1, HC1, HC2, HB1, HB2].flatMap(fullEvidence), ...fullEvidence(HA2).slice(0, 1)],
  inspection: [inspectionRow('HC2', { conclusion: 'false-report' })],
  startCheck: [
    startCheck('HC0', { region: { code: '330783' }, creditedAreaHa: ha('0.6'), result: 'revoked' }),
    startCheck('HD0', { region: { code: '330203' }, creditedAreaHa: ha('0.45'), result: 'not-started-unjustified' }),
  ],
  ledger: [ledgerRow('HC0', { region: { code: '330783' }, creditedAreaHa: ha('0.6') }), ledgerRow('HD0', { region: { code: '330203' }, creditedAreaHa: ha('0.45') })],
});

interface Doc {
  province: Record<string, number>;
  cities: (Record<string, number> & { code: string })[];
  counties: (Record<string, unknown> & { code: string })[];
  projects: { id: string; status: string; declaredHa: number; creditedHa: number }[];
  deductions: { id: string; reason: string; year: number; projectQuotaHa: number; deductionHa: number }[];
}
const json = renderJson(compute(inputs));
const out = JSON.parse(json) as Doc;

describe('hand-worked fixture year', () => {
  it.each([
    { code: '330102', creditedHa: 0.0518, byCategory: { 1: 0.0518, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 }, quotaHa: 0.0173, deductionHa: 0, netQuotaHa: 0.0173, carriedDeductionHa: 0, sanctioned: false },
    { code: '330203', creditedHa: 0, byCategory: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 }, quotaHa: 0, deductionHa: 0.3, netQuotaHa: 0, carriedDeductionHa: 0.3, sanctioned: true },
    { code: '330421', creditedHa: 1.3667, byCategory: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0.3334, 7: 1.0333 }, quotaHa: 0.4556, deductionHa: 0, netQuotaHa: 0.4556, carriedDeductionHa: 0, sanctioned: false },
    { code: '330783', creditedHa: 0.3, byCategory: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0.3, 6: 0, 7: 0 }, quotaHa: 0.1, deductionHa: 0.5, netQuotaHa: 0, carriedDeductionHa: 0.4, sanctioned: true },
  ])('county $code (决定 2, 6)', (want) => {
    const c = out.counties.find((x) => x.code === want.code)!;
    expect({ code: c.code, creditedHa: c.creditedHa, byCategory: c.byCategory, quotaHa: c.quotaHa, deductionHa: c.deductionHa, netQuotaHa: c.netQuotaHa, carriedDeductionHa: c.carriedDeductionHa, sanctioned: c.sanctioned })
      .toEqual(want);
  });

  it('lists exactly the counties with a project or a deduction', () => {
    expect(out.counties.map((c) => c.code)).toEqual(['330102', '330203', '330421', '330783']);
  });

  it.each([
    // 杭州 = 上城区; 宁波 = 海曙区; 嘉兴 = 嘉善县; 金华 = 东阳市; the other seven are all 0.
    { code: '330100', creditedHa: 0.0518, quotaHa: 0.0173, deductionHa: 0, netQuotaHa: 0.0173, carriedDeductionHa: 0 },
    { code: '330200', creditedHa: 0, quotaHa: 0, deductionHa: 0.3, netQuotaHa: 0, carriedDeductionHa: 0.3 },
    { code: '330400', creditedHa: 1.3667, quotaHa: 0.4556, deductionHa: 0, netQuotaHa: 0.4556, carriedDeductionHa: 0 },
    { code: '330700', creditedHa: 0.3, quotaHa: 0.1, deductionHa: 0.5, netQuotaHa: 0, carriedDeductionHa: 0.4 },
    { code: '331100', creditedHa: 0, quotaHa: 0, deductionHa: 0, netQuotaHa: 0, carriedDeductionHa: 0 },
  ])('city $code is the sum of its counties', (want) => {
    const c = out.cities.find((x) => x.code === want.code)!;
    expect({ code: c.code, creditedHa: c.creditedHa, quotaHa: c.quotaHa, deductionHa: c.deductionHa, netQuotaHa: c.netQuotaHa, carriedDeductionHa: c.carriedDeductionHa }).toEqual(want);
  });

  it('province = sum of the counties, and net + deduction − carried = quota', () => {
    // credited 0.0518 + 0 + 1.3667 + 0.3 = 1.7185; quota 0.0173 + 0.4556 + 0.1 = 0.5729; deduction 0.3 + 0.5 = 0.8;
    // net 0.0173 + 0.4556 = 0.4729; carried 0.3 + 0.4 = 0.7; check 0.4729 + 0.8 − 0.7 = 0.5729.
    expect(out.province).toEqual({ creditedHa: 1.7185, quotaHa: 0.5729, deductionHa: 0.8, netQuotaHa: 0.4729, carriedDeductionHa: 0.7 });
    expect(out.cities.map((c) => c.code)).toEqual(['330100', '330200', '330300', '330400', '330500', '330600', '330700', '330800', '330900', '331000', '331100']);
  });

  it('projects: statuses and areas rounded to 4 decimals', () => {
    expect(out.projects.map((p) => [p.id, p.status, p.declaredHa, p.creditedHa])).toEqual([
      ['HA1', 'credited', 0.1, 0.0518],    // declared = 供地面积 0.1 (no 存量面积); credited 0.05175 → 0.0518
      ['HA2', 'pending', 0.5, 0],
      ['HB1', 'credited', 1.0333, 1.0333], // 31/30
      ['HB2', 'credited', 0.34, 0.3333],   // declared = 改变用途面积 0.34; credited 1/3
      ['HC1', 'credited', 0.3, 0.3],
      ['HC2', 'fraud', 0.15, 0],
    ]);
  });

  it('deductions: 2 × (area ÷ 3) each', () => {
    expect(out.deductions).toEqual([
      { id: 'HC0', countyCode: '330783', year: Y - 1, reason: 'revoked', projectQuotaHa: 0.2, deductionHa: 0.4, basis: 'credited', basisHa: 0.6, ratio: 3, multiplier: 2, source: { file: '开工核查.csv', sheet: null, row: inputs.startCheck[0]!.source.row } },
      { id: 'HC2', countyCode: '330783', year: Y, reason: 'fraud', projectQuotaHa: 0.05, deductionHa: 0.1, basis: 'declared', basisHa: 0.15, ratio: 3, multiplier: 2, source: { file: '供地备案.xlsx', sheet: 'Sheet1', row: HC2.source.row } },
      { id: 'HD0', countyCode: '330203', year: Y - 1, reason: 'not-started', projectQuotaHa: 0.15, deductionHa: 0.3, basis: 'credited', basisHa: 0.45, ratio: 3, multiplier: 2, source: { file: '开工核查.csv', sheet: null, row: inputs.startCheck[1]!.source.row } },
    ]);
  });

  it('ledger entries: the credited ids of this year, rounded to 4 decimals', () => {
    const r = compute(inputs);
    expect(r.ledger.map((e) => [e.projectId, e.linkageYear, e.creditedHa.toFixed(4), e.countyCode])).toEqual([
      ['HA1', Y, '0.0518', '330102'], ['HB1', Y, '1.0333', '330421'], ['HB2', Y, '0.3333', '330421'], ['HC1', Y, '0.3000', '330783'],
    ]);
  });

  it('is byte-identical across runs', () => {
    expect(renderJson(compute(inputs))).toBe(json);
  });
});
