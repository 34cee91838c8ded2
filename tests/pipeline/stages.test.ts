// Each pure stage on its own: (input) → { value, findings }, input untouched.
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { defaultPolicy } from '../../src/policy/parameters.js';
import { classify } from '../../src/pipeline/classify.js';
import { area } from '../../src/pipeline/area.js';
import { evidence } from '../../src/pipeline/evidence.js';
import { cityOpinion } from '../../src/pipeline/city-opinion.js';
import { inspection } from '../../src/pipeline/inspection.js';
import { ledger } from '../../src/pipeline/ledger.js';
import { status, statusOf } from '../../src/pipeline/status.js';
import { apportion, countyQuota, zeroByCategory } from '../../src/pipeline/quota.js';
import { deductions } from '../../src/pipeline/deductions.js';
import { netQuota } from '../../src/pipeline/net.js';
import { sanctions } from '../../src/pipeline/sanctions.js';
import { aggregate } from '../../src/pipeline/aggregate.js';
import type { ProjectDraft } from '../../src/pipeline/draft.js';
import type { ProjectResult } from '../../src/pipeline/types.js';
import { Y, fullEvidence, ha, inspectionRow, ledgerRow, reclamation, redevelopment, startCheck, supply, year } from './builders.js';

const P = defaultPolicy;
const codes = (fs: { code: string }[]) => fs.map((f) => f.code).sort();

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

function drafts(): ProjectDraft[] {
  const inputs = year({ supply: [supply('B1'), supply('A1', { surveyedAreaHa: ha('0.5') })], redevelopment: [redevelopment('C6')], reclamation: [reclamation('D7')] });
  return classify(inputs, P).value;
}

describe('classify (审核要求表 项目信息来源)', () => {
  it('keeps only linkage candidates, sorted by id, and never mutates its input', () => {
    const inputs = deepFreeze(year({ supply: [supply('Z9'), supply('A1', { landSource: 'new-state', stockType: null }), supply('B2', { category: 3 })], reclamation: [reclamation('C7')] }));
    const r = classify(inputs, P);
    expect(r.value.map((d) => [d.id, d.category])).toEqual([['B2', 3], ['C7', 7], ['Z9', 1]]);
    expect(codes(r.findings)).toEqual(['supply-not-linkage']);
  });
  it('holds every row of an id found in two files (决定 7)', () => {
    const r = classify(year({ supply: [supply('X1')], redevelopment: [redevelopment('X1')] }), P);
    expect(r.value.map((d) => [d.id, d.category, d.verdicts])).toEqual([['X1', 1, ['pending']], ['X1', 6, ['pending']]]);
  });
});

describe('area (二、1–3)', () => {
  it('sets the rule area and the declared area on the drafts, in place (draft.ts), never on the input rows', () => {
    const input = drafts();
    for (const d of input) deepFreeze(d.input);
    const r = area(input, P);
    expect(r.value.map((d) => [d.id, d.ruleHa?.toDecimalString(), d.declaredHa.toDecimalString()])).toEqual([
      ['A1', '0.5', '1'], ['B1', '1', '1'], ['C6', '0.4', '0.4'], ['D7', '2', '2'],
    ]);
    expect(r.value[0]).toBe(input[0]);
  });
});

describe('evidence (审核要求表 审核要求)', () => {
  it('checks each project against its category and reports documents of unknown ids', () => {
    const d = drafts();
    const rows = [...fullEvidence(supply('A1')), ...fullEvidence(redevelopment('C6')).slice(0, 1), ...fullEvidence(reclamation('ZZ'))];
    const known = new Set(['A1', 'B1', 'C6', 'D7']);
    const r = evidence(d, rows, (ids) => new Set([...ids].filter((id) => known.has(id))), P);
    expect(r.value.map((x) => [x.id, x.verdicts])).toEqual([['A1', []], ['B1', ['pending', 'pending']], ['C6', ['pending']], ['D7', ['pending', 'pending']]]);
    expect(codes(r.findings)).toEqual([...Array<string>(5).fill('evidence-missing'), 'evidence-unknown-project', 'evidence-unknown-project']);
  });
});

describe('city opinion (四、1)', () => {
  it('shares one summary finding per city between its projects when no city returned anything', () => {
    const r = cityOpinion(drafts(), [], P);
    expect(r.findings).toHaveLength(1);
    expect(r.value.every((d) => d.findings.includes(r.findings[0]!))).toBe(true);
    expect(r.value.every((d) => d.verdicts.length === 0)).toBe(true);
  });
});

describe('inspection (四、2; 五)', () => {
  it('records the conclusion and reduces the area', () => {
    const d = area(drafts(), P).value;
    const r = inspection(d, [inspectionRow('B1', { conclusion: 'area-reduced', verifiedAreaHa: ha('0.25') }), inspectionRow('C6', { conclusion: 'misreported' })]);
    expect(r.value.map((x) => [x.id, x.inspection, x.verifiedHa?.toDecimalString() ?? null, x.verdicts])).toEqual([
      ['A1', null, null, []], ['B1', 'area-reduced', '0.25', []], ['C6', 'misreported', null, ['fraud']], ['D7', null, null, []],
    ]);
  });
});

describe('ledger (决定 7)', () => {
  it('rejects ids credited in an earlier year only', () => {
    const r = ledger(drafts(), [ledgerRow('A1', { linkageYear: Y - 1 }), ledgerRow('B1', { linkageYear: Y }), ledgerRow('C6', { linkageYear: Y + 1 })], Y);
    expect(r.value.map((x) => [x.id, x.verdicts])).toEqual([['A1', ['rejected']], ['B1', []], ['C6', []], ['D7', []]]);
  });
});

describe('status (决定 3)', () => {
  it.each([
    { verdicts: [], want: 'credited' },
    { verdicts: ['pending'], want: 'pending' },
    { verdicts: ['pending', 'rejected'], want: 'rejected' },
    { verdicts: ['rejected', 'fraud', 'pending'], want: 'fraud' },
  ])('$verdicts → $want', ({ verdicts, want }) => { expect(statusOf(verdicts)).toBe(want); });

  it('credits the verified area, and nothing unless credited', () => {
    const d = area(drafts(), P).value;
    const withVerdicts = d.map((x) => (x.id === 'B1' ? { ...x, verdicts: ['pending' as const] } : x.id === 'C6' ? { ...x, verifiedHa: ha('0.1') } : x));
    const r = status(withVerdicts).value;
    expect(r.map((p) => [p.id, p.status, p.creditedHa.toDecimalString(), p.eligibleHa.toDecimalString()])).toEqual([
      ['A1', 'credited', '0.5', '0.5'], ['B1', 'pending', '0', '1'], ['C6', 'credited', '0.1', '0.1'], ['D7', 'credited', '2', '2'],
    ]);
  });
});

function project(id: string, countyCode: string, category: ProjectResult['category'], creditedHa: Exact, s: ProjectResult['status'] = 'credited'): ProjectResult {
  return {
    id, countyCode, projectName: id, location: '', category, declaredHa: creditedHa, creditedHa: s === 'credited' ? creditedHa : Exact.ZERO,
    eligibleHa: creditedHa, status: s, cityOpinion: null, inspection: null, findings: [], source: { file: 'f', row: 2 },
  };
}

describe('county quota (三、挂钩比例; 决定 2)', () => {
  it('sums exactly, then rounds the credited area and the quota once', () => {
    const r = countyQuota([
      project('a', '330102', 1, Exact.of(1, 3)), project('b', '330102', 1, Exact.of(1, 3)), project('c', '330102', 6, Exact.of(1, 3)),
      project('d', '330105', 2, ha('5'), 'pending'),
    ], P).value;
    // 330102: exact 1 → credited 1, quota 1/3 → 0.3333; 330105: listed with 0 (a pending project)
    expect(r.map((c) => [c.code, c.creditedHa.toDecimalString(), c.quotaHa.toDecimalString(), c.byCategory[1].toDecimalString(), c.byCategory[6].toDecimalString()]))
      .toEqual([['330102', '1', '0.3333', '0.6667', '0.3333'], ['330105', '0', '0', '0', '0']]);
  });

  it.each([
    { name: 'whole m² stays as is', parts: { 1: ha('0.1234'), 2: ha('0.0001') }, total: '0.1235', want: { 1: '0.1234', 2: '0.0001' } },
    { name: 'largest remainder gets the unit', parts: { 1: ha('0.00004'), 2: ha('0.00007') }, total: '0.0001', want: { 1: '0', 2: '0.0001' } },
    { name: 'tie → lower category', parts: { 6: Exact.of(1, 3), 7: Exact.of(31, 30) }, total: '1.3667', want: { 6: '0.3334', 7: '1.0333' } },
  ])('apportion: $name', ({ parts, total, want }) => {
    const exact = { ...zeroByCategory(), ...parts };
    const got = apportion(exact, ha(total), 4);
    const shown = Object.fromEntries(Object.entries(got).filter(([, v]) => !v.isZero()).map(([k, v]) => [k, v.toDecimalString()]));
    expect(shown).toEqual(Object.fromEntries(Object.entries(want).filter(([, v]) => v !== '0')));
    expect(Exact.sum(Object.values(got)).eq(ha(total))).toBe(true);
  });
});

describe('deductions (五; 决定 5)', () => {
  it('fraud of this year and the start check of last year, exact', () => {
    const fraud = project('F', '330102', 1, Exact.of(1, 7), 'fraud');
    const r = deductions([fraud], { year: Y, startCheck: [startCheck('S', { result: 'revoked', creditedAreaHa: ha('1') })], ledger: [], inspection: [] }, P);
    expect(r.value.map((d) => [d.id, d.year, d.reason, d.projectQuotaHa.eq(Exact.of(1, 21)), d.deductionHa.eq(Exact.of(2, 21))]))
      .toEqual([['F', Y, 'fraud', true, true], ['S', Y - 1, 'revoked', false, false]]);
    expect(r.value[1]!.deductionHa.eq(Exact.of(2, 3))).toBe(true);
    expect(codes(r.findings)).toEqual(['deduction-fraud', 'deduction-revoked', 'start-check-unverified']);
  });
});

describe('net quota (决定 6)', () => {
  it.each([
    { quota: '1', deduction: '0.4', net: '0.6', carried: '0' },
    { quota: '0.4', deduction: '0.4', net: '0', carried: '0' },
    { quota: '0.1', deduction: '0.5', net: '0', carried: '0.4' },
    { quota: '0', deduction: '0.3', net: '0', carried: '0.3' },
  ])('quota $quota − deduction $deduction → net $net, carried $carried', ({ quota, deduction, net, carried }) => {
    const credit = { code: '330102', creditedHa: ha(quota).mul(3), byCategory: zeroByCategory(), quotaHa: ha(quota), creditedExactHa: ha(quota).mul(3) };
    const d = { id: 'x', countyCode: '330102', year: Y, reason: 'fraud' as const, basis: 'declared' as const, basisHa: ha(deduction).mul(3).div(2), ratio: 3, projectQuotaHa: ha(deduction).div(2), multiplier: 2, deductionHa: ha(deduction), source: { file: 'f', row: 2 } };
    const [c] = netQuota([credit], [d], P).value;
    expect([c!.netQuotaHa.toDecimalString(), c!.carriedDeductionHa.toDecimalString()]).toEqual([net, carried]);
  });
});

describe('sanctions (五)', () => {
  it('every county with a deduction gets the three sanctions', () => {
    const credit = (code: string) => ({ code, creditedHa: ha('3'), byCategory: zeroByCategory(), quotaHa: ha('1'), creditedExactHa: ha('3') });
    const d = { id: 'x', countyCode: '330105', year: Y, reason: 'revoked' as const, basis: 'credited' as const, basisHa: ha('0'), ratio: 3, projectQuotaHa: ha('0'), multiplier: 2, deductionHa: ha('0'), source: { file: 'f', row: 2 } };
    const counties = netQuota([credit('330102'), credit('330105')], [d], P).value;
    const r = sanctions(counties, [d]);
    expect(r.value.map((c) => [c.code, c.sanctioned, c.sanctions])).toEqual([
      ['330102', false, []], ['330105', true, ['no-awards', 'suspend-plan-adjustment', 'suspend-new-land-approval']],
    ]);
    expect(codes(r.findings)).toEqual(['county-sanctioned']);
  });
});

describe('aggregate (决定 1)', () => {
  it('lists all 11 cities in fixed order, each the sum of its counties', () => {
    const credit = (code: string, q: string) => ({ code, creditedHa: ha(q).mul(3), byCategory: zeroByCategory(), quotaHa: ha(q), creditedExactHa: ha(q).mul(3) });
    const counties = netQuota([credit('330102', '0.1'), credit('330105', '0.2'), credit('331102', '0.3')], [], P).value;
    const { cities, province } = aggregate(counties);
    expect(cities.map((c) => c.name)).toEqual(['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市']);
    expect(cities.map((c) => c.quotaHa.toDecimalString())).toEqual(['0.3', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0.3']);
    expect(province.quotaHa.toDecimalString()).toBe('0.6');
  });
});
