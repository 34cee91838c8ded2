// The lines below compute's city table: projects not credited per city, sanctioned counties by name with the
// measures of 五, and why a city's 核定指标 ≠ 挂钩指标 − 扣减 (domain.md 决定 6). Figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/pipeline/compute.js';
import { renderCarriedNotes, renderNotCredited, renderSanctions } from '../../src/cli/render/summary.js';
import { ha, inspectionRow, ledgerRow, startCheck, supply, year } from '../pipeline/builders.js';

// 330102 上城区: credited 0.6 → quota 0.2; revoked 0.9 last year → 2 × 0.3 = 0.6; net 0, carried 0.4.
// 330105 拱墅区: credited 3 → quota 1; a pending 0.5 (no survey) and a fraud of 0.75 declared → 2 × 0.25 = 0.5.
// 杭州市: quota 1.2, deduction 1.1, net 0 + 0.5 = 0.5 ≠ 1.2 − 1.1 = 0.1 (0.4 carried).
const result = compute(year({
  supply: [
    supply('N1', { surveyedAreaHa: ha('0.6') }),
    supply('N2', { region: { code: '330105' }, location: '拱墅区N2', supplyAreaHa: ha('3'), surveyedAreaHa: ha('3') }),
    supply('N3', { region: { code: '330105' }, location: '拱墅区N3', supplyAreaHa: ha('0.5'), surveyedAreaHa: null }),
    supply('N4', { region: { code: '330105' }, location: '拱墅区N4', supplyAreaHa: ha('0.75'), surveyedAreaHa: ha('0.7') }),
  ],
  inspection: [inspectionRow('N4', { conclusion: 'false-report' })],
  startCheck: [startCheck('N0', { result: 'revoked', creditedAreaHa: ha('0.9') })],
  ledger: [ledgerRow('N0', { creditedAreaHa: ha('0.9') })],
}));

describe('compute summary notes', () => {
  it('counts the projects not credited per city, with their declared area', () => {
    expect(renderNotCredited(result).slice(-1)[0]!.split(/\s+/)).toEqual(['330100', '杭州市', '1', '0.5000', '0', '0.0000', '1', '0.7500']);
  });

  it('names the sanctioned counties and the measures of 五', () => {
    expect(renderSanctions(result)[1]).toBe('受处罚的县（市、区）2 个：上城区（杭州市）、拱墅区（杭州市）');
    expect(renderSanctions(result)[2]).toContain('取消评优评先、暂停规划局部调整审批、暂停新增用地报批');
  });

  it('explains a city whose net quota is not quota − deduction because a county carries its excess', () => {
    expect(renderCarriedNotes(result)).toEqual(['', '注：杭州市核定指标 0.5000 ≠ 挂钩指标 1.2000 − 扣减 1.1000：扣减只从本县指标中扣除，超出部分结转下年度先行扣减（上城区 0.4000 公顷）']);
  });

  it('prints nothing when there is nothing to say', () => {
    const clean = compute(year({ supply: [supply('C1')] }));
    expect([...renderNotCredited(clean), ...renderSanctions(clean), ...renderCarriedNotes(clean)]).toEqual([]);
  });
});
