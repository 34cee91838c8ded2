// report/json.ts: exactly the `--json` document of outputs.md (keys in that order, numbers in 公顷, trailing newline).
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/pipeline/compute.js';
import { renderJson, toJsonDocument } from '../../src/report/json.js';
import { jsonChunks, jsonList } from '../../src/domain/json-text.js';
import { messageOf } from '../../src/findings/index.js';
import { Y, doc, fullEvidence, ha, inspectionRow, startCheck, supply, year } from './builders.js';

const J1 = supply('J1', { surveyedAreaHa: ha('0.12345'), row: 2 });
const inputs = year({
  supply: [J1, supply('J2', { row: 3 })],
  evidence: [...fullEvidence(J1), doc('J2', 'review-opinion', { stamped: 'no', statedType: '回收收购土地', statedLocation: '上城区J2号地块', statedAreaHa: ha('1'), row: 5 })],
  inspection: [inspectionRow('J1', { conclusion: 'confirmed' })],
  startCheck: [startCheck('J0', { result: 'revoked' })],
});
const result = compute(inputs);
const text = renderJson(result);
const docJson = JSON.parse(text) as Record<string, unknown> & {
  cities: Record<string, unknown>[]; counties: Record<string, unknown>[]; projects: Record<string, unknown>[];
  deductions: Record<string, unknown>[]; findings: Record<string, unknown>[];
};

describe('--json document (outputs.md)', () => {
  it.each([
    { part: 'top level', keys: () => Object.keys(docJson), want: ['year', 'policy', 'province', 'cities', 'counties', 'projects', 'deductions', 'findings'] },
    { part: 'policy', keys: () => Object.keys(docJson.policy as object), want: ['ratio', 'penaltyMultiplier', 'roundingDecimals'] },
    { part: 'province', keys: () => Object.keys(docJson.province as object), want: ['creditedHa', 'quotaHa', 'deductionHa', 'netQuotaHa', 'carriedDeductionHa'] },
    { part: 'city', keys: () => Object.keys(docJson.cities[0]!), want: ['code', 'name', 'creditedHa', 'quotaHa', 'deductionHa', 'netQuotaHa', 'carriedDeductionHa'] },
    { part: 'county', keys: () => Object.keys(docJson.counties[0]!), want: ['code', 'name', 'cityCode', 'creditedHa', 'byCategory', 'quotaHa', 'deductionHa', 'netQuotaHa', 'carriedDeductionHa', 'sanctioned', 'sanctions'] },
    { part: 'byCategory', keys: () => Object.keys(docJson.counties[0]!.byCategory as object), want: ['1', '2', '3', '4', '5', '6', '7'] },
    { part: 'project', keys: () => Object.keys(docJson.projects[0]!), want: ['id', 'countyCode', 'category', 'declaredHa', 'creditedHa', 'status', 'findings', 'name', 'eligibleHa', 'cityOpinion', 'inspection'] },
    { part: 'deduction', keys: () => Object.keys(docJson.deductions[0]!), want: ['id', 'countyCode', 'year', 'reason', 'projectQuotaHa', 'deductionHa', 'basis', 'basisHa', 'ratio', 'multiplier', 'source'] },
    { part: 'finding', keys: () => Object.keys(docJson.findings[0]!), want: ['severity', 'code', 'message', 'id', 'file', 'sheet', 'row', 'column'] },
  ])('$part keys in order', ({ keys, want }) => { expect(keys()).toEqual(want); });

  it('areas are numbers in 公顷, rounded half-up to 4 decimals', () => {
    expect(docJson.projects).toEqual([
      { id: 'J1', countyCode: '330102', category: 1, declaredHa: 1, creditedHa: 0.1235, status: 'credited', findings: [], name: '项目J1', eligibleHa: 0.1235, cityOpinion: 'agree', inspection: 'confirmed' },
      { id: 'J2', countyCode: '330102', category: 1, declaredHa: 1, creditedHa: 0, status: 'pending', findings: ['evidence-missing', 'evidence-not-stamped'], name: '项目J2', eligibleHa: 1, cityOpinion: 'agree', inspection: null },
    ]);
    expect(docJson.counties).toEqual([{
      code: '330102', name: '上城区', cityCode: '330100', creditedHa: 0.1235, byCategory: { 1: 0.1235, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
      quotaHa: 0.0412, deductionHa: 0.2, netQuotaHa: 0, carriedDeductionHa: 0.1588, sanctioned: true,
      sanctions: [{ id: 'no-awards', label: '取消评优评先' }, { id: 'suspend-plan-adjustment', label: '暂停规划局部调整审批' }, { id: 'suspend-new-land-approval', label: '暂停新增用地报批' }],
    }]);
    // No ledger: the start-check row's own 0.3 (决定 5c) → 0.3 ÷ 3 × 2 = 0.2, its source the start-check row.
    expect(docJson.deductions).toEqual([{
      id: 'J0', countyCode: '330102', year: Y - 1, reason: 'revoked', projectQuotaHa: 0.1, deductionHa: 0.2,
      basis: 'credited', basisHa: 0.3, ratio: 3, multiplier: 2, source: { file: '开工核查.csv', sheet: null, row: inputs.startCheck[0]!.source.row },
    }]);
    expect(docJson.year).toBe(Y);
    expect(docJson.policy).toEqual({ ratio: 3, penaltyMultiplier: 2, roundingDecimals: 4 });
  });

  it('findings carry the Chinese message and null where there is no place', () => {
    const stamped = docJson.findings.find((f) => f.code === 'evidence-not-stamped')!;
    expect(stamped).toEqual({ severity: 'warning', code: 'evidence-not-stamped', message: messageOf(result.findings.find((f) => f.code === 'evidence-not-stamped')!), id: 'J2', file: '材料清单.csv', sheet: null, row: 5, column: '盖章或签字' });
    expect(stamped.message).toMatch(/盖章/);
    const sanctioned = docJson.findings.find((f) => f.code === 'county-sanctioned')!;
    expect([sanctioned.file, sanctioned.row, sanctioned.id]).toEqual([null, null, null]);
  });

  it('is 2-space indented with a trailing newline, and toJsonDocument is what renderJson prints', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(`  "year": ${Y},`);
    expect(text).toBe(JSON.stringify(toJsonDocument(result), null, 2) + '\n');
  });

  it('with its long lists made a batch at a time as compute writes it (jsonList), the same bytes', () => {
    expect(docJson.projects.length + docJson.findings.length).toBeGreaterThan(4);
    for (const batch of [1, 2, 512]) expect(Buffer.concat(jsonChunks(toJsonDocument(result, jsonList), batch)).toString('utf8')).toBe(text);
  });
});
