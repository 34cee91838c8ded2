// Hand-worked indicator figures on the 2025 fixture (year-2025.ts). Arithmetic in the comments; exact fractions asserted.
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/domain/exact.js';
import { computeIndicators, earlierFromResult } from '../../src/indicators/compute.js';
import type { EarlierYear, RegionIndicators } from '../../src/indicators/types.js';
import { classify } from '../../src/pipeline/classify.js';
import { defaultPolicy } from '../../src/policy/parameters.js';
import type { RequisitionType } from '../../src/domain/vocabulary.js';
import { d, frac, redevelopment, supply } from './fixture.js';
import { inputs2025 } from './year-2025.js';

const result = computeIndicators(inputs2025);
const region = (code: string): RegionIndicators =>
  code === '330000' ? result.province : result.cities.find((c) => c.code === code)!;

describe('computeIndicators — regions', () => {
  it('lists the 11 cities in the fixed order 杭州 … 丽水, then the province', () => {
    expect(result.cities.map((c) => c.code)).toEqual(['330100', '330200', '330300', '330400', '330500', '330600', '330700', '330800', '330900', '331000', '331100']);
    expect([result.province.code, result.province.name]).toEqual(['330000', '全省']);
    expect(result.milestone).toBe(2027);
  });
});

describe('存量土地供应占比 = 存量供应面积 ÷ 供应总面积, both without 单独选址项目 (附表注)', () => {
  const cases = [
    // 杭州: stock H1 2.0 + H4 1.0 (declared 存量面积 of a 1.5 ha filing) = 3.0; total H1 2.0 + H2 3.0 + H4 1.5 + H7 1.0 = 7.5
    //       (H3 5.0 and H5 2.5 are 单独选址: out of both; H6 is 2024) → 3 / 7.5 = 2/5 = 40% < 62.5%
    { name: '杭州 — standalone sites excluded from both', code: '330100', stock: '3/1', total: '15/2', standalone: '15/2', value: '2/5', status: 'not-met', reason: null, target: '≥62.5%' },
    // 宁波: N1 现有建设用地 4.0 (all stock) + N2 来自存量库 stock part 1.5 of 6.0 = 5.5; total 4 + 6 = 10
    //       (N3 来自存量库 without stock part: left out) → 5.5 / 10 = 11/20 = 55% < 62.5%
    { name: '宁波 — national-site sources, stock part only', code: '330200', stock: '11/2', total: '10/1', standalone: '0/1', value: '11/20', status: 'not-met', reason: null, target: '≥62.5%' },
    // 温州: W1 1.0 of 1.0 → 100% ≥ 62.5%
    { name: '温州 — all stock', code: '330300', stock: '1/1', total: '1/1', standalone: '0/1', value: '1/1', status: 'met', reason: null, target: '≥62.5%' },
    // 嘉兴: no supply → 无供应, no division by zero
    { name: '嘉兴 — no supply', code: '330400', stock: '0/1', total: '0/1', standalone: '0/1', value: null, status: 'no-value', reason: 'no-supply', target: '≥58.5%' },
    // 全省: (3 + 5.5 + 1) / (7.5 + 10 + 1) = 9.5 / 18.5 = 19/37 ≈ 51.4% < 58.5%
    { name: '全省 — from the summed areas, not an average of shares', code: '330000', stock: '19/2', total: '37/2', standalone: '15/2', value: '19/37', status: 'not-met', reason: null, target: '≥58.5%' },
  ];
  it.each(cases)('$name', (c) => {
    const f = region(c.code).stockSupplyShare;
    expect(frac(f.stockHa)).toBe(c.stock);
    expect(frac(f.totalHa)).toBe(c.total);
    expect(frac(f.standaloneHa)).toBe(c.standalone);
    expect(frac(f.value)).toBe(c.value);
    expect(f.status).toBe(c.status);
    expect(f.reason).toBe(c.reason);
    expect(f.target.text).toBe(c.target);
  });
});

describe('存量 is what the Measures count as stock (policy/stock-supply.ts): a small county year, linkage beside indicator', () => {
  // 上城区: 4.0 城中村改造 + 1.2345 三改一拆 (国有存量建设用地) + 2.5 农用地转用和土地征收 of the given 征收类型
  const year = (requisition: RequisitionType) => [
    supply({ id: 'A1', row: 2, county: '330102', source: 'state-stock', stockType: 'urban-village', ha: '4.0', use: '住宅用地', signed: '2025-03-01' }),
    supply({ id: 'A2', row: 3, county: '330102', source: 'state-stock', stockType: 'demolition', ha: '1.2345', use: '商服用地', signed: '2025-04-01' }),
    supply({ id: 'A3', row: 4, county: '330102', source: 'conversion-requisition', requisition, ha: '2.5', use: '住宅用地', signed: '2025-05-01' }),
  ];
  const cases = [
    // 集体建设用地征收 is category 5 (一、5; 审核要求表 第五类 来源1) and stock: (4.0 + 1.2345 + 2.5) / 7.7345 = 100%;
    // 盘活 7.7345 ha × 15 = 116.0175 亩
    { requisition: 'collective-construction' as const, categories: [3, 4, 5], share: '1/1', status: 'met', revitalizedMu: '46407/400' },
    // 集体农用地征收 is new land and no linkage project: 5.2345 / 7.7345 = 10469/15469 ≈ 67.68% ≥ 62.5%;
    // 盘活 5.2345 ha × 15 = 78.5175 亩
    { requisition: 'collective-farmland' as const, categories: [3, 4], share: '10469/15469', status: 'met', revitalizedMu: '31407/400' },
  ];
  it.each(cases)('$requisition → categories $categories, share $share', (c) => {
    const rows = year(c.requisition);
    const linkage = classify({ year: 2025, supply: rows, redevelopment: [], reclamation: [], findings: [] }, defaultPolicy);
    expect(linkage.value.map((p) => p.category)).toEqual(c.categories);
    const hz = computeIndicators({ year: 2025, supply: rows, redevelopment: [] }).cities[0]!;
    expect([frac(hz.stockSupplyShare.value), hz.stockSupplyShare.status]).toEqual([c.share, c.status]);
    expect(frac(hz.revitalizedStock.yearMu)).toBe(c.revitalizedMu);
  });

  it("industrialLand 'new-land-only': an industrial 集体建设用地征收 parcel is stock, not 新增工业用地", () => {
    const rows = [
      supply({ id: 'B1', row: 2, county: '330102', source: 'conversion-requisition', requisition: 'collective-construction', ha: '2.0', use: '工业用地', ratio: '2.0', signed: '2025-03-01' }),
      supply({ id: 'B2', row: 3, county: '330102', source: 'conversion-requisition', requisition: 'collective-farmland', ha: '3.0', use: '工业用地', ratio: '1.0', signed: '2025-03-01' }),
    ];
    const r = computeIndicators({ year: 2025, supply: rows, redevelopment: [] }, { industrialLand: 'new-land-only' });
    // only B2: 3.0 × 1.0 / 3.0 = 1
    expect([frac(r.cities[0]!.industrialPlotRatio.industrialHa), frac(r.cities[0]!.industrialPlotRatio.value)]).toEqual(['3/1', '1/1']);
    expect(r.excluded.map((e) => [e.id, e.reason])).toEqual([['B1', 'stock-source-industrial']]);
  });
});

describe('新增工业用地平均容积率 = Σ(容积率 × 面积) ÷ Σ面积 of the year\'s industrial supply', () => {
  const cases = [
    // 杭州: H2 3.0 ha × 2.0 = 6.0; H4 1.5 ha × 1.2 = 1.8 → 7.8 / 4.5 = 26/15 ≈ 1.73 ≥ 1.5 (H7 has no 容积率: left out)
    { name: '杭州 — weighted by area, parcel without plot ratio left out', code: '330100', area: '9/2', weighted: '39/5', parcels: 2, value: '26/15', status: 'met', reason: null },
    // 宁波: N1 4.0 × 1.0 / 4.0 = 1 < 1.5
    { name: '宁波 — below target', code: '330200', area: '4/1', weighted: '4/1', parcels: 1, value: '1/1', status: 'not-met', reason: null },
    // 温州: supply, but no industrial land → 无供应
    { name: '温州 — no industrial supply', code: '330300', area: '0/1', weighted: '0/1', parcels: 0, value: null, status: 'no-value', reason: 'no-industrial-supply' },
    { name: '嘉兴 — no supply at all', code: '330400', area: '0/1', weighted: '0/1', parcels: 0, value: null, status: 'no-value', reason: 'no-industrial-supply' },
    // 全省: (7.8 + 4) / (4.5 + 4) = 11.8 / 8.5 = 118/85 ≈ 1.39 < 1.5
    { name: '全省', code: '330000', area: '17/2', weighted: '59/5', parcels: 3, value: '118/85', status: 'not-met', reason: null },
  ];
  it.each(cases)('$name', (c) => {
    const f = region(c.code).industrialPlotRatio;
    expect(frac(f.industrialHa)).toBe(c.area);
    expect(frac(f.weightedHa)).toBe(c.weighted);
    expect(f.parcels).toBe(c.parcels);
    expect(frac(f.value)).toBe(c.value);
    expect(f.status).toBe(c.status);
    expect(f.reason).toBe(c.reason);
    expect(f.target.text).toBe('≥1.5');
  });

  it('a share exactly at the target is met: 杭州 5 of 8 ha = 62.5% ≥ 62.5%', () => {
    const r = computeIndicators({ year: 2025, redevelopment: [], supply: [
      supply({ id: 'E1', row: 2, county: '330102', source: 'state-stock', ha: '5', use: '住宅用地', signed: '2025-01-01' }),
      supply({ id: 'E2', row: 3, county: '330102', source: 'new-state', ha: '3', use: '住宅用地', signed: '2025-01-01' }),
    ] });
    const f = r.cities[0]!.stockSupplyShare;
    expect([frac(f.value), f.status]).toEqual(['5/8', 'met']);
  });

  it('a city whose only industrial parcel has no plot ratio: no value, reason 无容积率数据', () => {
    const r = computeIndicators({ year: 2025, redevelopment: [], supply: [
      supply({ id: 'S1', row: 2, county: '330502', source: 'new-state', ha: '2', use: '工业用地', ratio: '0', signed: '2025-01-01' }),
    ] });
    const f = r.cities.find((c) => c.code === '330500')!.industrialPlotRatio;
    expect([f.value, f.reason, f.status]).toEqual([null, 'no-plot-ratio', 'no-value']);
    expect(r.excluded.map((e) => [e.id, e.reason, e.value])).toEqual([['S1', 'no-plot-ratio', '0']]);
  });
});

describe('盘活存量建设用地 and 完成低效用地再开发 of the year (亩 = 公顷 × 15)', () => {
  const cases = [
    // 杭州 盘活: stock supply H1 2.0 + H4 1.0 + H5 2.5 (单独选址 counts here) = 5.5; redevelopment R1 0.8 (R2 is re-supplied
    //       by the government: counted through supply) → 6.3 ha = 94.5 亩. 再开发: R1 0.8 + R2 12000 m² ÷ 3.0 = 0.4 → 1.2 ha = 18 亩
    { name: '杭州', code: '330100', stockSupply: '11/2', redev: '4/5', revitalizedMu: '189/2', redevelopedMu: '18/1' },
    // 宁波 盘活: N1 4.0 + N2 1.5 = 5.5 ha = 82.5 亩; 再开发: R3 is 2024, R4 has no area → 0
    { name: '宁波', code: '330200', stockSupply: '11/2', redev: '0/1', revitalizedMu: '165/2', redevelopedMu: '0/1' },
    { name: '温州', code: '330300', stockSupply: '1/1', redev: '0/1', revitalizedMu: '15/1', redevelopedMu: '0/1' },
    { name: '嘉兴', code: '330400', stockSupply: '0/1', redev: '0/1', revitalizedMu: '0/1', redevelopedMu: '0/1' },
    // 全省: 6.3 + 5.5 + 1.0 = 12.8 ha = 192 亩; 再开发 1.2 ha = 18 亩
    { name: '全省', code: '330000', stockSupply: '12/1', redev: '4/5', revitalizedMu: '192/1', redevelopedMu: '18/1' },
  ];
  it.each(cases)('$name', (c) => {
    const r = region(c.code);
    expect(frac(r.revitalizedStock.stockSupplyHa)).toBe(c.stockSupply);
    expect(frac(r.revitalizedStock.redevelopmentHa)).toBe(c.redev);
    expect(frac(r.revitalizedStock.yearMu)).toBe(c.revitalizedMu);
    expect(frac(r.redevelopment.yearMu)).toBe(c.redevelopedMu);
    // 2025 is the period start: the cumulative is the year itself, nothing missing
    expect(frac(r.revitalizedStock.cumulativeMu)).toBe(c.revitalizedMu);
    expect(r.revitalizedStock.missingYears).toEqual([]);
  });

  it('progress toward 2027 and 2030: 杭州 94.5 ÷ 47000 and ÷ 94000, in progress', () => {
    const p = region('330100').revitalizedStock.progress;
    expect([frac(p[2027]!.ratio), p[2027]!.status, p[2027]!.target.text]).toEqual(['189/94000', 'in-progress', '47000']);
    expect([frac(p[2030]!.ratio), p[2030]!.status]).toEqual(['189/188000', 'in-progress']);
    // 全省 192 ÷ 300000 (正文 "30万亩") = 0.00064 = 2/3125
    expect(frac(result.province.revitalizedStock.progress[2027]!.ratio)).toBe('2/3125');
  });
});

describe('rows left out are listed with their reason and place', () => {
  it('lists every excluded row, supply first, in input order', () => {
    expect(result.excluded.map((e) => [e.kind, e.id, e.source.row, e.reason, e.indicators.join(',')])).toEqual([
      ['supply', 'H3', 4, 'standalone-site', 'stockSupplyShare'],
      ['supply', 'H5', 6, 'standalone-site', 'stockSupplyShare'],
      ['supply', 'H6', 7, 'other-year', 'stockSupplyShare,industrialPlotRatio,revitalizedStock'],
      ['supply', 'H7', 8, 'no-plot-ratio', 'industrialPlotRatio'],
      ['supply', 'N3', 11, 'no-stock-part', 'stockSupplyShare,revitalizedStock'],
      ['supply', 'X1', 13, 'no-region', 'stockSupplyShare,industrialPlotRatio,revitalizedStock'],
      ['supply', 'X2', 14, 'no-land-source', 'stockSupplyShare,revitalizedStock'],
      ['supply', 'X3', 15, 'no-area', 'stockSupplyShare,industrialPlotRatio,revitalizedStock'],
      ['supply', 'X4', 16, 'no-date', 'stockSupplyShare,industrialPlotRatio,revitalizedStock'],
      ['redevelopment', 'R2', 3, 'government-resupply', 'revitalizedStock'],
      ['redevelopment', 'R3', 4, 'other-year', 'redevelopment,revitalizedStock'],
      ['redevelopment', 'R4', 5, 'no-redevelopment-area', 'redevelopment,revitalizedStock'],
    ]);
    expect(result.excluded.find((e) => e.id === 'H6')!.value).toBe('2024-12-31');
  });

  it('names the four indicators the supply system cannot give', () => {
    expect(result.notComputable).toEqual(['unsuppliedDisposal', 'idleDisposal', 'gdpLandReduction', 'serviceCoverage']);
    expect(region('330100').targets[2027].serviceCoverage.text).toBe('≥84.0%');
  });
});

describe('options', () => {
  it("stockPoolCounts 'whole-parcel': 来自存量库 parcels count whole (宁波 12 / 12 = 100%)", () => {
    const r = computeIndicators(inputs2025, { stockPoolCounts: 'whole-parcel' });
    const nb = r.cities.find((c) => c.code === '330200')!;
    // N1 4 + N2 6 + N3 2 = 12 of 12; 盘活 12 ha = 180 亩
    expect([frac(nb.stockSupplyShare.value), nb.stockSupplyShare.status, frac(nb.revitalizedStock.yearMu)]).toEqual(['1/1', 'met', '180/1']);
    expect(r.excluded.some((e) => e.reason === 'no-stock-part')).toBe(false);
  });

  it("industrialLand 'new-land-only': stock-source industrial parcels left out (杭州 H2 only → 2.0; 宁波 → 无供应)", () => {
    const r = computeIndicators(inputs2025, { industrialLand: 'new-land-only' });
    const hz = r.cities.find((c) => c.code === '330100')!.industrialPlotRatio;
    const nb = r.cities.find((c) => c.code === '330200')!.industrialPlotRatio;
    expect([frac(hz.value), hz.parcels]).toEqual(['2/1', 1]);
    expect([nb.value, nb.reason]).toEqual([null, 'no-industrial-supply']);
    expect(r.excluded.filter((e) => e.reason === 'stock-source-industrial').map((e) => e.id)).toEqual(['H4', 'N1']);
  });

  it('a year after 2027 is compared with the 2030 targets (杭州 ≥64%)', () => {
    const r = computeIndicators({ year: 2028, supply: [], redevelopment: [] });
    expect([r.milestone, r.cities[0]!.stockSupplyShare.target.text, r.province.stockSupplyShare.target.text]).toEqual([2030, '≥64%', '≥60%']);
  });
});

describe('cumulative progress with earlier years (period start 2025)', () => {
  const mu = (v: string): Exact => d(v);
  // 2027: 杭州 supplies 15 ha of stock land = 225 亩 and completes 4 ha = 60 亩 of redevelopment (re-supplied by the government)
  const inputs2027 = {
    year: 2027,
    supply: [supply({ id: 'A', row: 2, county: '330102', source: 'state-stock', ha: '15', use: '住宅用地', signed: '2027-05-01' })],
    redevelopment: [redevelopment({ id: 'B', row: 2, county: '330102', useHa: '4', resupply: 'yes', completed: '2027-06-01' })],
  };
  const earlier: EarlierYear[] = [
    { year: 2025, cityCode: '330100', revitalizedMu: mu('23000'), redevelopedMu: mu('10000') },
    { year: 2026, cityCode: '330100', revitalizedMu: mu('23775'), redevelopedMu: mu('19000') },
  ];

  const cases = [
    // 盘活: 23000 + 23775 + 225 = 47000 = the 2027 target exactly → met (≥)
    { name: '盘活 reaches the 2027 target exactly: met', pick: 'revitalizedStock' as const, cumulative: '47000/1', y2027: 'met', r2027: '1/1', y2030: 'in-progress' },
    // 再开发: 10000 + 19000 + 60 = 29060 < 29900 and 2027 has come → not met; 2030 (59700) still in progress
    { name: '再开发 short of the 2027 target in 2027: not met', pick: 'redevelopment' as const, cumulative: '29060/1', y2027: 'not-met', r2027: '1453/1495', y2030: 'in-progress' },
  ];
  it.each(cases)('$name', (c) => {
    const r = computeIndicators(inputs2027, { earlier });
    const f = r.cities[0]![c.pick];
    expect(frac(f.cumulativeMu)).toBe(c.cumulative);
    expect(f.missingYears).toEqual([]);
    expect([f.progress[2027]!.status, frac(f.progress[2027]!.ratio), f.progress[2030]!.status]).toEqual([c.y2027, c.r2027, c.y2030]);
  });

  it('a missing earlier year is named and the cumulative is what was given', () => {
    const r = computeIndicators(inputs2027, { earlier: [earlier[0]!] });
    const f = r.cities[0]!.revitalizedStock;
    expect([frac(f.cumulativeMu), f.missingYears, f.progress[2027]!.missingYears]).toEqual(['23225/1', [2026], [2026]]);
    // every other city lacks 2025 and 2026; the province lists the union
    expect(r.province.revitalizedStock.missingYears).toEqual([2025, 2026]);
  });

  it('a 2029 milestone-2027 judgement uses 2025–2027 only', () => {
    const later: EarlierYear[] = [2025, 2026, 2027, 2028].map((year) => ({ year, cityCode: '330100', revitalizedMu: mu('10000'), redevelopedMu: mu('0') }));
    const r = computeIndicators({ year: 2029, supply: [], redevelopment: [] }, { earlier: later });
    const p = r.cities[0]!.revitalizedStock;
    // 2027 window 2025–2027: 30000 < 47000 and 2027 has passed → not met; whole period 2025–2029: 40000
    expect([frac(p.progress[2027]!.cumulativeMu), p.progress[2027]!.status, frac(p.cumulativeMu), p.progress[2030]!.status]).toEqual(['30000/1', 'not-met', '40000/1', 'in-progress']);
  });

  it('ignores and lists earlier entries outside the period, duplicated or of an unknown city', () => {
    const bad: EarlierYear[] = [
      { year: 2024, cityCode: '330100', revitalizedMu: mu('1'), redevelopedMu: mu('1') },
      { year: 2027, cityCode: '330100', revitalizedMu: mu('1'), redevelopedMu: mu('1') },
      { year: 2025, cityCode: '330100', revitalizedMu: mu('1'), redevelopedMu: mu('1') },
      { year: 2025, cityCode: '339900', revitalizedMu: mu('1'), redevelopedMu: mu('1') },
    ];
    const r = computeIndicators(inputs2027, { earlier: [...earlier, ...bad] });
    expect(r.ignoredEarlier.map((i) => [i.entry.year, i.entry.cityCode, i.reason])).toEqual([
      [2024, '330100', 'outside-period'], [2027, '330100', 'outside-period'], [2025, '330100', 'duplicate'], [2025, '339900', 'unknown-city'],
    ]);
    expect(frac(r.cities[0]!.revitalizedStock.cumulativeMu)).toBe('47000/1');
  });

  it('a year before the period start has no cumulative and no progress', () => {
    const r = computeIndicators({ year: 2024, supply: [], redevelopment: [] });
    const f = r.cities[0]!.revitalizedStock;
    expect([f.cumulativeMu, f.progress[2027], f.progress[2030]]).toEqual([null, null, null]);
  });

  it('earlierFromResult carries a year\'s figures into the next year', () => {
    const prior = earlierFromResult(result);
    expect(prior).toHaveLength(11);
    const r = computeIndicators({ ...inputs2025, year: 2026, supply: [], redevelopment: [] }, { earlier: prior });
    // 2026 has no rows: 杭州's cumulative is 2025's 94.5 亩
    expect(frac(r.cities[0]!.revitalizedStock.cumulativeMu)).toBe('189/2');
    expect(r.province.revitalizedStock.missingYears).toEqual([]);
  });
});
